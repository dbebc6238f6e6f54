"""Facts and summaries as a reader in one language sees them ("translation by alignment").

Where a fact has a sentence in the reader's language, that sentence states
it.  Where it does not, the original is shown with its language tag and, when
an aligned sentence in the reader's language exists anywhere in the story (a
fact of this or another event of the story whose sentence vectors are close
enough to be aligned), that sentence as a *gloss*.  Every supporting sentence
in another language is glossed on its own, by the reader-language sentence
that fits it (:mod:`storyline.facts.gloss`) or not at all, so an English
reader reads the Hindi report's facts without a translation model.  The output is plain dicts: the
API, the CLI and the pages all print the same thing.
"""
from __future__ import annotations

from dataclasses import asdict
from typing import Any

from storyline.facts.agreement import same_figure
from storyline.facts.candidates import candidates
from storyline.facts.copies import COPY_OVERLAP
from storyline.facts.figures import digits, numbers_in
from storyline.facts.gloss import BORROW_CUT, GLOSS_CUT, GlossPool, text_keys
from storyline.facts.model import EventFacts, Fact, Support
from storyline.facts.openers import answers_act
from storyline.facts.summarise import (MMR_LAMBDA, SUMMARY_WORDS, after_antecedents, lexical_similarity, mmr,
                                       opening_first, readable, shown_sentence, shown_words, sides_of, stating)
from storyline.facts.trim import compact, trim

DEFAULT_LANG = "en"
STORY_SUMMARY_WORDS = 200


def _cite(s: Support) -> dict[str, Any]:
    d = asdict(s)
    d["source"] = s.source or "unknown source"
    return d


def _key(s: Support) -> tuple[str, int]:
    return (s.article_id, s.start)


def _seen(s: Support, taken: dict[tuple[str, int], Support]) -> bool:
    """``s`` was shown above: itself, or its near-verbatim twin in a copy of the
    same report (a syndicated copy rewords a word or two: the demo's two Hindi
    reports of the Pyongyang visit gave a Hindi reader the same lead twice,
    as two facts)."""
    return _key(s) in taken or any(o.report == s.report and lexical_similarity(o.text, s.text) >= COPY_OVERLAP
                                   for o in taken.values())


def _closest(own: Support | None, others: list[Support]) -> Support | None:
    """The sentence of ``others`` that most plainly states what ``own`` (its
    gloss) does: one sharing a figure first, then the most name keys, then the
    first.  A fact aligns sentences close in meaning, not translations: the
    Pyongyang fact on Putin's previous visit in 2000 holds the Russian "Kim
    met him at the plane" and the Hindi "he came in 2000 to meet Kim's
    father"; the Hindi one is shown with the English as its gloss."""
    if own is None or len(others) < 2:
        return others[0] if others else None
    figures, keys = numbers_in(own.text), text_keys(own.text, own.lang)

    def fit(i: int) -> tuple[bool, int, int]:
        s = others[i]
        return (same_figure(figures, numbers_in(s.text)), len(keys & text_keys(s.text, s.lang)), -i)

    return others[max(range(len(others)), key=fit)]


def _shown(s: Support, short: bool = False) -> dict[str, Any]:
    """What a reader is shown of ``s`` (:func:`~storyline.facts.trim.trim`:
    without a dateline; ``short``, in a summary,
    :func:`~storyline.facts.trim.compact`: without its asides and the time
    of its report's days either) as ``text``, the cited sentence whole as
    ``sentence`` and its offsets, and ``shown_spans``, the article offsets of
    what is shown."""
    t = compact(s.text, s.lang) if short else trim(s.text)
    return {"text": t.text, "sentence": s.text, "start": s.start, "end": s.end,
            "shown_spans": [[s.start + a, s.start + b] for a, b in t.spans]}


def fact_view(fact: Fact, lang: str, pool: GlossPool | None = None,
              event_id: int | None = None,
              taken: dict[tuple[str, int], Support] | None = None, in_summary: bool = False) -> dict[str, Any]:
    """One fact for a reader of ``lang``: its sentence, gloss, badge and citations.

    ``in_summary``: the fact's sentence and gloss are shown as a summary
    shows them (:func:`~storyline.facts.trim.compact`), but for a
    conflicting fact's; a fact listed is shown whole but for its dateline,
    and every citation is the whole sentence either way.

    ``taken``: sentences already shown above it (updated).  One sentence may
    support several facts (a long English sentence each of a Russian report's
    shorter ones), so where the reader's-language sentence is already shown
    the fact is stated by another of its sentences, with that one as gloss
    where it may gloss it (:meth:`~storyline.facts.gloss.GlossPool.pick`:
    each sentence is glossed on its own, or not at all), rather than by the
    same sentence again.  ``repeat`` in the result says
    that the fact's reader-language sentence (without one, its English one;
    without that, every sentence of it) was already shown: a summary leaves
    such a fact out.

    Without a sentence in ``lang`` the fact is stated in English where a
    report states it so, else by its earliest report.  A conflicting fact is
    headed by a sentence that states a disputed value (:func:`~storyline.facts.summarise.stating`), and a sentence is glossed
    only by one on the same side of every conflict: "more than 2,000 dead"
    is not glossed by "above 5,000 dead", nor by a sentence that states
    neither."""
    order = stating(fact)
    sides = dict(zip(map(_key, fact.supports), sides_of(fact)))
    own = next((s for s in order if s.lang == lang), None)
    # without one in the reader's language, English (the pages' own language)
    # before the earliest report's: a Russian reader of the Derna event read
    # French, Spanish and German sentences by turns
    shown = shown_sentence(fact, lang, DEFAULT_LANG)
    # without one, sentences of other facts close to this one (a conflict is not glossed from outside)
    borrowed = pool.find(fact) if pool and own is None and not fact.conflicts else []
    # what the reader reads the fact by: their language's sentence, else the English one; shown
    # already, the fact is a repeat (a Hindi reader of the Derna story read "Officials … said more
    # than 2,000 bodies had been recovered" and then, for a fact holding it, the German "Allein in
    # der Hafenstadt Darna seien mehr als 2.000 Menschen ums Leben gekommen"; h-summ11)
    read = own or next((s for s in order if s.lang == DEFAULT_LANG), None)
    stated = taken is not None and read is not None and _seen(read, taken)
    if taken is not None and _seen(shown, taken):
        other = _closest(own, [s for s in order if not _seen(s, taken)])
        if other is not None:
            shown = other
    repeat = stated or (taken is not None and _seen(shown, taken))
    if taken is not None:
        taken[_key(shown)] = shown

    readers = [s for s in fact.supports if s.lang == lang] + borrowed

    def gloss_of(s: Support) -> Support | None:
        if s.lang == lang:
            return None
        want = sides.get(_key(s), frozenset())
        same = [g for g in readers if sides.get(_key(g), frozenset()) == want]
        return pool.pick(fact, s, same) if pool else next(iter(same), None)

    gloss = gloss_of(shown)
    sources = {s.article_id: s.source or "unknown source" for s in fact.supports}
    supports = []
    for s in fact.supports:
        c = _cite(s)
        g = gloss_of(s)
        c["gloss"] = g.text if g is not None else None
        # a copy is cited by its original's source, not an article id
        c["copy_of"] = sources.get(s.duplicate_of) if s.duplicate_of else None
        supports.append(c)
    conflicts = [{"kind": c.kind, "sides": [
        {"value": side.value, "normalised": side.normalised or side.value, "written": side.written,
         "compared": _compared(c.kind, side), "supports": [supports[i] for i in side.supports]}
        for side in c.sides]} for c in fact.conflicts]
    for c in conflicts:
        c["reported_apart"] = reported_apart(c["sides"])
    # a disagreement is read whole: when a figure was said tells a toll that rose from a dispute
    short = in_summary and not fact.conflicts
    return {"id": fact.id, "event_id": event_id, "label": fact.label, **_shown(shown, short),
            "lang": shown.lang, "article_id": shown.article_id, "source": shown.source or "unknown source",
            "gloss": None if gloss is None or gloss is shown else {
                **_shown(gloss, short), "lang": gloss.lang, "article_id": gloss.article_id,
                "source": gloss.source or "unknown source"},
            "reports": fact.n_reports, "unknown_source_reports": fact.unknown_source_reports,
            "languages": fact.languages, "supports": supports, "conflicts": conflicts,
            "repeat": repeat}


def reported_apart(sides: list[dict[str, Any]]) -> bool:
    """Whether every report of one side was published before every report of
    the other: "2,000 dead" on 12 September against "5,000" on the 14th may be
    a toll that rose, not a dispute, and a reader told only "sources disagree"
    takes it for one.  Unknown when a report states no date (False), except
    a near-copy whose original is on the same side: the original dates the
    figure (Derna's undated reprint of the 12 September wire story hid that
    its 2,000 and the 5,000 of the 13th and 14th were days apart)."""
    days = [[s.get("published") for s in side["supports"] if s.get("published") or not _copy_beside(s, side)]
            for side in sides]
    if len(days) != 2 or not all(days) or any(d is None for side in days for d in side):
        return False
    a, b = days
    return max(a) < min(b) or max(b) < min(a)


def _copy_beside(support: dict[str, Any], side: dict[str, Any]) -> bool:
    """Is this support a near-copy of another support of its side?"""
    original = support.get("duplicate_of")
    return original is not None and any(o.get("article_id") == original for o in side["supports"])


def _compared(kind: str, side) -> str | None:
    """A figure's value as compared, where the written forms do not say it
    already: "31 miles" was compared as "49.879 km", "3,5 millions" as
    "3,500,000"; "2 000" / "2.000" as "2,000" says nothing new (dates carry theirs)."""
    bare = "".join(ch for ch in side.normalised if ch.isalnum())
    if kind != "number" or not side.normalised or all(
            "".join(ch for ch in digits(w) if ch.isalnum()) == bare for w in side.value.split(" / ")):
        return None
    return side.normalised


def _views(facts: list[tuple[int | None, Fact]], lang: str, pool: GlossPool,
           skip_repeats: bool) -> list[dict[str, Any]]:
    """Views of facts in reading order, each sentence stated once where it can
    be; a summary (``skip_repeats``) drops a fact whose sentence in the
    reader's language (or, without one, every sentence) is already shown,
    and shows its sentences as a summary does (``in_summary``)."""
    taken: dict[tuple[str, int], Support] = {}
    out = [fact_view(f, lang, pool, eid, taken, in_summary=skip_repeats) for eid, f in facts]
    return [v for v in out if not (skip_repeats and v["repeat"])]


def fits(facts: list[Fact], budget_words: int, lang: str) -> bool:
    """Whether ``facts``, as a reader of ``lang`` is shown them
    (:func:`~storyline.facts.summarise.shown_words`), keep within the budget
    as :func:`~storyline.facts.summarise.mmr` keeps it (a tenth over, or one
    fact however long)."""
    return len(facts) <= 1 or sum(shown_words(f, lang, as_shown=True) for f in facts) <= budget_words * 1.1


def reader_summary(ef: EventFacts, lang: str) -> list[int]:
    """Fact ids of the event's summary for a reader of ``lang``: the stored one,
    unless it states a fact only in another language while a fact
    :func:`~storyline.facts.summarise.readable` in ``lang`` was left out, or
    it overruns the budget as this reader is shown it, or it shows this
    reader a fact that leans on a sentence it does not show
    (:func:`~storyline.facts.summarise.after_antecedents`: the stored
    Pyongyang summary showed a Russian reader "… в ответ преподнёс … двух
    собак" without Putin's gift); then picked again,
    readable facts first, counting the sentences shown
    (:func:`~storyline.facts.summarise.mmr` with ``as_shown``), over the
    facts and the summary-only candidates (:mod:`~storyline.facts.candidates`).

    The stored summary counts each fact's first sentence, whatever its
    language: the demo's ECB event (German, English, Spanish, French reports)
    counted short German sentences that a reader of Hindi, Russian or any
    language without a report was shown in English, 215 words of 120.  A
    reader of a language no report is in reads the English reader's
    summary: the stored one showed a French reader of the Lok Sabha results
    a Hindi sentence between English ones (h-summ11)."""
    pool = candidates(ef)
    if not any(s.lang == lang for f in pool for s in f.supports):
        lang = DEFAULT_LANG  # no report in the reader's language: shown English, so read as its reader
    at = {f.id: k for k, f in enumerate(pool)}
    first = {f.id for f in pool if readable(f, lang)}
    stored = [pool[at[i]] for i in ef.summary if i in at]
    if not fits(stored, ef.budget_words, lang):
        # an answer to an act gives way to the act where the two overrun as shown, as in
        # :func:`mmr` (the stored Pyongyang summary counted the Aurus gift by its short Russian
        # sentence; an English reader is shown the English one, and a new pick lost the gift)
        kept = [f for f in stored if not answers_act(shown_sentence(f, lang).text, shown_sentence(f, lang).lang)]
        stored = kept if kept and fits(kept, ef.budget_words, lang) else stored
    if fits(stored, ef.budget_words, lang) and (
            not first or all(i in first for i in ef.summary if i in at) or first <= set(ef.summary)):
        # stored for an English reader: opened again by what this reader is shown
        order = after_antecedents(pool, [at[stored[k].id] for k in opening_first(stored, list(range(len(stored))),
                                                                                  lang)], lang)
        if order is not None:
            return [pool[i].id for i in order]
    return [pool[i].id for i in mmr(pool, ef.budget_words, ef.lam, lang=lang, as_shown=True)]


def event_view(ef: EventFacts, lang: str = DEFAULT_LANG,
               story_facts: list[Fact] | None = None, gloss_cut: float = GLOSS_CUT,
               borrow_cut: float = BORROW_CUT) -> dict[str, Any]:
    """Summary, headline and every fact of one event for a reader of ``lang``
    (``gloss_cut``: :data:`GLOSS_CUT`, a parameter for the bench's CV).  The
    summary may show a summary-only candidate (``summary_only`` true in its
    view); ``facts``, ``counts`` and the gloss pool are the facts alone."""
    facts = story_facts if story_facts is not None else ef.facts
    home = set(map(id, ef.facts))
    pool = GlossPool(facts, lang, borrow_cut, gloss_cut,
                     events=[ef.event_id if id(f) in home else None for f in facts])
    by_id = {f.id: f for f in candidates(ef)}
    facts = _views([(ef.event_id, f) for f in _ranked(ef)], lang, pool, skip_repeats=False)
    summary = _views([(ef.event_id, by_id[i]) for i in reader_summary(ef, lang) if i in by_id], lang, pool,
                     skip_repeats=True)
    _mark_summary_only(summary, [ef])
    return {"lang": lang, "headline": ef.headlines.get(lang) or ef.headlines.get("", ""),
            "summary": summary,
            "facts": facts, "counts": _counts(ef.facts)}


def _opened(facts: list[Fact], order: list[int], lang: str) -> list[int]:
    """One event's part of a story summary opened as an event summary is
    (:func:`~storyline.facts.summarise.opening_first`), its answers kept
    after what they answer: MMR opens the story as a whole, and the Hindi
    Chandrayaan-3 story told "इसके साथ ही भारत … पहला देश बन गया" (with this,
    India became the first …) right after the Luna-25 crash (h-summ11)."""
    order = opening_first(facts, order, lang)
    return after_antecedents(facts, order, lang) or order


def _mark_summary_only(views: list[dict[str, Any]], events: list[EventFacts]) -> None:
    """``summary_only`` on each summary view: whether it states a summary-only
    candidate (a sentence no fact holds), which a page must not count as a fact."""
    extra = {(ef.event_id, f.id) for ef in events for f in ef.extras}
    for v in views:
        v["summary_only"] = (v["event_id"], v["id"]) in extra


def _ranked(ef: EventFacts) -> list[Fact]:
    """An event's facts as its page lists them: conflicts, then corroborated,
    then single-source facts, each kind most central first."""
    order = {"conflicting": 0, "corroborated": 1, "single-source": 2}
    return sorted(ef.facts, key=lambda f: (order[f.label], -f.score, f.id))


def _counts(facts: list[Fact]) -> dict[str, int]:
    out = {"corroborated": 0, "single-source": 0, "conflicting": 0}
    for f in facts:
        out[f.label] += 1
    return out


def event_lead(ef: EventFacts, lang: str) -> Fact | None:
    """The fact that tells a story's reader what happened in one of its events:
    the first of the event's own summary for ``lang`` (:func:`reader_summary`,
    in its reading order: the corroborated fact its reports open with) that
    is :func:`~storyline.facts.summarise.readable` in ``lang``, else the
    first (then shown as the event's summary shows it: in English or its
    original, with a gloss where one exists); None for an event with no facts."""
    by_id = {f.id: f for f in candidates(ef)}
    ids = [i for i in reader_summary(ef, lang) if i in by_id]
    ids = ids or [f.id for f in sorted(ef.facts, key=lambda f: (-f.score, f.id))]
    return by_id[next((i for i in ids if readable(by_id[i], lang)), ids[0])] if ids else None


def _reports(ef: EventFacts) -> int:
    return len({r for f in ef.facts for r in f.reports})


def story_gloss_pool(events: list[EventFacts], lang: str) -> GlossPool:
    """The gloss pool of a story for a reader of ``lang``: every fact of its events, each
    with its event.  One per story page: its summary (:func:`story_view`) and its
    chronology (:mod:`storyline.facts.chronology`) gloss from it, and had each built it."""
    listed = [(ef.event_id, f) for ef in events for f in ef.facts]
    return GlossPool([f for _, f in listed], lang, events=[eid for eid, _ in listed])


def story_view(events: list[EventFacts], lang: str = DEFAULT_LANG,
               budget_words: int = STORY_SUMMARY_WORDS, lam: float = MMR_LAMBDA,
               pool: GlossPool | None = None) -> dict[str, Any]:
    """A story's summary: every event's :func:`event_lead` first, then MMR over
    the facts of all its events for the budget left; told event by event in
    the order given (the caller's: first dates), each event's facts in MMR's
    reading order.  MMR alone, readable facts first, left out whole events:
    a Hindi reader of the Putin–Kim story read nothing of the Aurus gifts
    (reported in English and Russian only), a German reader only Vostochny.
    Where the leads do not fit in ``budget_words``, the most-reported events'
    do (ties: the earlier); ``left_out`` names the events the summary does
    not tell.  In pick order alone the Pyongyang story told the Aurus gift
    of the visit's second day before the landing of its first.  ``pool``:
    :func:`story_gloss_pool` of ``events`` for ``lang``, where the caller has it."""
    listed = [(ef.event_id, f) for ef in events for f in ef.facts]
    pool = pool if pool is not None else story_gloss_pool(events, lang)
    # what the summary picks from: every event's facts and summary-only candidates
    pairs = [(ef.event_id, f) for ef in events for f in candidates(ef)]
    facts = [f for _, f in pairs]
    rank = {ef.event_id: k for k, ef in enumerate(events)}
    index = {id(f): i for i, f in enumerate(facts)}
    seed: list[int] = []
    used = 0
    for ef in sorted(events, key=lambda e: (-_reports(e), rank[e.event_id])):
        lead = event_lead(ef, lang)
        n = shown_words(lead, lang, as_shown=True) if lead is not None else 0
        if lead is None or (seed and used + n > budget_words):
            continue  # the most-reported events' leads first; a shorter one may still fit
        seed.append(index[id(lead)])
        used += n
    picked = mmr(facts, budget_words, lam, lang=lang, seed=seed, as_shown=True) if facts else []
    picked = sorted(picked, key=lambda i: rank[pairs[i][0]])  # stable: MMR's order within an event
    picked = [i for ef in events for i in _opened(facts, [i for i in picked if pairs[i][0] == ef.event_id], lang)]
    summary = _views([pairs[i] for i in picked], lang, pool, skip_repeats=True)
    _mark_summary_only(summary, events)
    told = {v["event_id"] for v in summary}
    # every fact of the story, event by event, as each event's page lists them
    # (the API's and --json's ``facts``; the text and the page show the counts)
    every = _views([(ef.event_id, f) for ef in events for f in _ranked(ef)], lang, pool, skip_repeats=False)
    return {"lang": lang, "summary": summary, "facts": every, "counts": _counts([f for _, f in listed]),
            "left_out": [ef.event_id for ef in events if ef.event_id not in told]}


def facts_json(view: dict[str, Any] | None) -> dict[str, Any]:
    """The fields the API and ``--json`` add to an event or story: ``summary``,
    ``facts`` (each with ``label`` and its supporting sentences with article,
    source and ``lang``), ``fact_counts``, and the ``summary_headline`` chosen."""
    if view is None:
        return {"lang": None, "summary_headline": None, "summary": [], "facts": [],
                "fact_counts": _counts([])}
    return {"lang": view["lang"], "summary_headline": view.get("headline"),
            "summary": view["summary"], "facts": view.get("facts", []), "fact_counts": view["counts"]}


__all__ = ["event_view", "story_view", "fact_view", "facts_json", "DEFAULT_LANG", "SUMMARY_WORDS"]
