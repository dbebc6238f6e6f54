"""Extractive summaries: the most central facts, corroborated ones first, no repeats.

Each fact is scored by how central it is to the event (cosine of its sentence
vectors' mean with the mean of all the event's claim sentences), how many
independent reports state it and how early its reports state it (news puts
the main fact first).  Maximal marginal relevance (Carbonell & Goldstein 1998)
then picks facts until the word budget is spent, each time the one with the
best ``lambda * relevance - (1 - lambda) * similarity to those already
picked``, so a fact stated twice in different words is picked once.  The
summary is shown corroborated (and conflicting) facts first, then
single-source ones, each part in the order the reports tell them
(:func:`reading_order`), opened by a fact that says what happened
(:func:`opening_first`); a sentence answering one before it ("Kim returned
the gesture …") or opening with a pronoun for a person named before ("По
его словам, …") is told right after that sentence or not at all
(:func:`antecedents`).  Every step breaks ties by
fact id, so the same event gives the same summary.
"""
from __future__ import annotations

import re

import numpy as np

from storyline.facts.agreement import restates
from storyline.facts.figures import numbers_in
from storyline.facts.model import CONFLICTING, CORROBORATED, Fact, Support
from storyline.facts.trim import trim
from storyline.facts.openers import (answers, answers_act, connects, describes_person, points_back,
                                     points_to_person, quoted_by_pronoun)

MMR_LAMBDA = 0.85  # the choice of most folds of 5-fold CV (docs/benchmarks.md, Summaries)
SUMMARY_WORDS = 120  # the event page's summary; the benchmark uses 200
REPORT_WEIGHT = 0.15  # x log(1 + independent reports)
POSITION_WEIGHT = 0.30  # x 1 / (1 + rank of the fact's earliest sentence in its article)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_WORD = re.compile(r"\w+")


def words(text: str) -> int:
    """Length in words; CJK, written without spaces, counts two characters a word."""
    cjk = len(_CJK.findall(text))
    return len(_CJK.sub(" ", text).split()) + (cjk + 1) // 2


# over :func:`storyline.facts.features.fact_features` (kept on the fact so
# that weights can be cross-validated without recomputing the facts)
WEIGHTS = {"central": 1.0, "reports": REPORT_WEIGHT, "position": POSITION_WEIGHT}


def relevance(feats: dict[str, float], weights: dict[str, float] | None = None) -> float:
    w = weights or WEIGHTS
    return sum(w[k] * feats.get(k, 0.0) for k in w)


def lexical_similarity(a: str, b: str) -> float:
    """Jaccard of lower-cased words: the similarity used where nothing was embedded."""
    sa, sb = set(_WORD.findall(a.lower())), set(_WORD.findall(b.lower()))
    return len(sa & sb) / len(sa | sb) if sa and sb else 0.0


def similarity_matrix(facts: list[Fact]) -> np.ndarray:
    if facts and all(f.vector is not None for f in facts):
        m = np.vstack([f.vector for f in facts]).astype(np.float32)
        m /= np.maximum(np.linalg.norm(m, axis=1, keepdims=True), 1e-9)
        return m @ m.T
    texts = [representative(f).text for f in facts]
    return np.array([[lexical_similarity(a, b) for b in texts] for a in texts], np.float32)


def sides_of(fact: Fact) -> list[frozenset[tuple[int, int]]]:
    """Per support, the conflict sides it is on, as ``(conflict, side)`` indexes
    (empty for a sentence that stated no disputed value)."""
    out: list[set[tuple[int, int]]] = [set() for _ in fact.supports]
    for c, conflict in enumerate(fact.conflicts):
        for k, side in enumerate(conflict.sides):
            for i in side.supports:
                if 0 <= i < len(out):
                    out[i].add((c, k))
    return [frozenset(x) for x in out]


def stating(fact: Fact) -> list[Support]:
    """The sentences that may head the fact, best first: of a conflicting fact,
    those that state a disputed value (what the fact is about: alignment can
    put "the dams gave way" beside "2,000 dead" and "5,000 dead", and the
    dam sentence must not head the death-toll conflict); else all, in
    support order (earliest-published report first), originals before
    near-copies: a copy says what its original says, and the reader is owed
    the outlet that wrote it (the demo's Vostochny summit was headed by a
    syndicated copy's "Wednesday (September 13)", its original cited second)."""
    sides = sides_of(fact)
    disputed = [s for s, x in zip(fact.supports, sides) if x]
    return sorted(disputed or fact.supports, key=lambda s: s.duplicate_of is not None)


def representative(fact: Fact, lang: str | None = None) -> Support:
    """The sentence that states the fact (:func:`stating`): in ``lang`` if one
    does, else the first."""
    order = stating(fact)
    if lang:
        for s in order:
            if s.lang == lang:
                return s
    return order[0]


def readable(fact: Fact, lang: str) -> bool:
    """A reader of ``lang`` reads the fact in their language, or it is a
    conflict (shown side by side with its sources whatever their language:
    what a fact-checker must not miss)."""
    return fact.label == CONFLICTING or any(s.lang == lang for s in fact.supports)


def reading_rank(fact: Fact, lang: str | None, fallback: str = "en") -> int:
    """How well a reader of ``lang`` reads ``fact``: 2 where it is
    :func:`readable` in ``lang``, 1 where it has a sentence in ``fallback``
    (English, which :func:`shown_sentence` shows where ``lang`` has none),
    else 0 (it is shown in its original: German, Hindi); 0 for all without
    ``lang``.  The demo's French reader of the Lok Sabha results, which no
    French report tells, read English sentences and a Hindi one between
    them; a Russian reader of the ECB's cut, a German one (h-summ11)."""
    if not lang:
        return 0
    return 2 if readable(fact, lang) else int(any(s.lang == fallback for s in fact.supports))


def shown_sentence(fact: Fact, lang: str, fallback: str = "en") -> Support:
    """The sentence a reader of ``lang`` is shown for the fact (before any
    repeat is avoided): one in ``lang``, else in English (the pages' own
    language), else the first that states it (:func:`stating`)."""
    order = stating(fact)
    return next((s for s in order if s.lang == lang), None) or next(
        (s for s in order if s.lang == fallback), order[0])


def shown_words(fact: Fact, lang: str | None = None, as_shown: bool = False) -> int:
    """What a summary counts of a fact against its budget: the words (without
    a dateline) of its :func:`representative`, or with ``as_shown`` of the
    :func:`shown_sentence` (a story's summary: an English sentence shown for a
    Russian-first fact was counted as the shorter Russian one, and the Hindi
    story summary of the ECB ran to 270 words of 200)."""
    rep = shown_sentence(fact, lang) if as_shown and lang else representative(fact, lang)
    return words(trim(rep.text).text)


def mmr(facts: list[Fact], budget_words: int = SUMMARY_WORDS, lam: float = MMR_LAMBDA,
        sims: np.ndarray | None = None, lang: str | None = None,
        seed: list[int] | None = None, as_shown: bool = False) -> list[int]:
    """Indexes of ``facts`` picked for the summary, in reading order
    (corroborated and conflicting first).

    With ``lang`` (the reader's language), facts :func:`readable` in it are
    picked before the others, and of the others those with an English
    sentence first (:func:`reading_rank`): an English reader of an English
    and Portuguese event reads the English reports' facts first, and the
    others only where budget is left.  Without ``lang`` (or where no fact is readable in it)
    only relevance counts.  ``seed``: indexes picked before any (a story's
    one fact per event), their words counted, the rest picked around them;
    ``as_shown``: words counted as :func:`shown_words` says (the event
    summary, stored and benchmarked, counts its representative sentences).
    A fact whose shown sentence answers one before it (:func:`antecedents`)
    is picked only with or after the fact showing that sentence; where the
    two do not fit, an answer to an act
    (:func:`~storyline.facts.openers.answers_act`) gives its turn to the fact
    telling that act, which fits alone: the English Pyongyang reader was
    told neither Putin's Aurus gift nor Kim's answer, the gift's English
    sentence (43 words as shown) and the dogs' (32) not fitting together (h-summ10)."""
    if not facts:
        return []
    needs = antecedents(facts, lang)
    # a quotation given to "he" is picked on its own merits and kept only where its speaker's
    # sentence is told (moved right after it by reading_order); pulling that sentence in with
    # it changed what else fits (Wikinews wn066: −0.012 ROUGE-2, read level; h-summ11)
    quotes = {i: needs.pop(i) for i in list(needs) if quoted_by_pronoun(
        shown_sentence(facts[i], lang or "en").text, shown_sentence(facts[i], lang or "en").lang)}
    sims = similarity_matrix(facts) if sims is None else sims
    picked: list[int] = list(seed or [])
    shown = {(representative(facts[i], lang).article_id, representative(facts[i], lang).start) for i in picked}
    used = sum(shown_words(facts[i], lang, as_shown) for i in picked)
    left = set(range(len(facts))) - set(picked)
    first = [reading_rank(f, lang) for f in facts]
    told = {_at(shown_sentence(facts[i], lang or "en")) for i in picked}
    acts = {i: answers_act(shown_sentence(facts[i], lang or "en").text, shown_sentence(facts[i], lang or "en").lang)
            for i in needs}
    teller = {}  # a sentence -> the first fact showing it
    for i, f in enumerate(facts):
        teller.setdefault(_at(shown_sentence(f, lang or "en")), i)

    def waits(i: int) -> bool:  # leans on a sentence not told yet
        return i in needs and needs[i] not in told

    figures: dict[int, tuple[str, list]] = {}

    def figures_of(i: int) -> tuple[str, list]:
        if i not in figures:
            s = shown_sentence(facts[i], lang or "en")
            figures[i] = (s.lang, numbers_in(trim(s.text).text, lang=s.lang))
        return figures[i]

    def gain(i: int) -> tuple[bool, float, int]:
        red = max((float(sims[i, j]) for j in picked), default=0.0)
        return (first[i], lam * facts[i].score - (1 - lam) * red, -facts[i].id)

    def take(i: int) -> None:
        nonlocal used
        left.discard(i)
        rep = representative(facts[i], lang)
        if (rep.article_id, rep.start) in shown or waits(i) or any(restates(figures_of(i), figures_of(j))
                                                                   for j in picked):
            return  # a sentence that states two facts is shown once; an answer not alone; a fact once
        n = shown_words(facts[i], lang, as_shown)  # what the reader is shown counts
        if picked and used + n > budget_words * 1.1:
            return  # too long for what is left; a shorter fact may fit
        picked.append(i)
        shown.add((rep.article_id, rep.start))
        told.add(_at(shown_sentence(facts[i], lang or "en")))
        used += n

    while left and used < budget_words:
        best = max(sorted(left), key=gain)
        if waits(best):
            # an answer is told right after what it answers where both fit; else it waits for it
            j = teller.get(needs[best]) if needs[best] else None
            both = (shown_words(facts[best], lang, as_shown) + shown_words(facts[j], lang, as_shown)
                    if j is not None else 0)
            if j is not None and j in left and not waits(j) and used + both <= budget_words * 1.1:
                take(j)
            elif j is not None and j in left and not waits(j) and acts[best] and (
                    used + shown_words(facts[j], lang, as_shown) <= budget_words * 1.1):
                best = j  # no room for both: the act it answers is told alone (its fact tells of it)
            else:
                ready = [i for i in sorted(left) if not waits(i)]
                if not ready:
                    break
                best = max(ready, key=gain)
        take(best)
    # a quotation without its speaker is left out (a seed, a story's event lead, stays)
    picked = [i for i in picked if i not in quotes or quotes[i] in told or i in (seed or ())]
    return reading_order(facts, picked, lang)


def _at(s: Support) -> tuple[str, int]:
    return (s.article_id, s.sentence)


def antecedents(facts: list[Fact], lang: str | None = None) -> dict[int, tuple]:
    """For each fact whose shown sentence (for ``lang``; English for the
    stored summary) :func:`~storyline.facts.openers.answers` a sentence
    before it ("Kim returned the gesture with a pair of dogs"; "किम जोंग उन ने
    इसे … बताया") or opens with a pronoun for a person it named
    (:func:`~storyline.facts.openers.points_to_person`: "По его словам, …",
    whose speaker, the mayor of Nova Kakhovka, the Russian Kakhovka summary
    told after it),
    the sentence it leans on: the nearest earlier sentence of its article that
    any of ``facts`` holds, as ``(article id, sentence index)``; ``()`` where
    none does.  Such a fact is told only after a fact showing that very
    sentence (:func:`mmr`, :func:`after_antecedents`), else not at all: a
    fact answering another must not be read without it, and a sentence
    aligned with its antecedent is not enough (the English "Kim returned the
    gesture" was read after "The visit returns a gesture Kim made last
    September", a fact that also holds the sentence before it).  An answer
    to an act (:func:`~storyline.facts.openers.answers_act`) whose nearest
    sentence no fact shows leans instead on its report's first held sentence,
    where a fact shows that: a report states its main act first and tells
    background before the answer ("Putin first showed Kim the limousine …
    last September" stands between the Meridian Times' Aurus gift, its lede,
    and "Kim returned the gesture with a pair of Pungsan dogs"; h-summ10).
    A connective (:func:`~storyline.facts.openers.connects`: "Киев, в свою
    очередь, обвинил …") leans so only on a sentence a corroborated (or
    conflicting) fact shows: told after Peskov's accusation, which two
    reports state, it reads as the other side's answer; a single-source
    lead-in is not pulled into a summary for its sake (the Russian Putin–Kim
    story told "Российский лидер назвал документ «поистине прорывным» …",
    one report's, only to lead into "Ким Чен Ын, в свою очередь, …"), and
    the connective is then held to the opening rule alone.  A pronoun for a
    person, or a quotation given to one ('"…," he said', "«Индия теперь на
    Луне», — сказал он."), leans on the nearest earlier held sentence that
    names a person (:attr:`~storyline.facts.model.Fact.naming`), else on the
    nearest: its speaker is named there, and the nearest may name no one
    ("During the eight-day penalty phase, prosecutors argued …" before
    '"Scott Peterson is the worst of the worst," he told the jury'; h-summ11)."""
    held: dict[str, set[int]] = {}
    for f in facts:
        for s in f.supports:
            held.setdefault(s.article_id, set()).add(s.sentence)
    naming = {_at(f.supports[k]) for f in facts for k in f.naming if k < len(f.supports)}
    shown: dict[tuple, str] = {}  # a sentence shown -> the label of the first fact showing it
    for f in facts:
        shown.setdefault(_at(shown_sentence(f, lang or "en")), f.label)
    out: dict[int, tuple] = {}
    for i, f in enumerate(facts):
        s = shown_sentence(f, lang or "en")
        before = sorted(k for k in held.get(s.article_id, ()) if k < s.sentence)
        near, lede = ((s.article_id, before[-1]), (s.article_id, before[0])) if before else ((), ())
        if points_to_person(s.text, s.lang) or (before and _at(s) not in naming and describes_person(s.text, s.lang)):
            # the speaker: the nearest earlier sentence naming a person, where one does
            out[i] = next(((s.article_id, k) for k in reversed(before) if (s.article_id, k) in naming), near)
        elif answers(s.text, s.lang):
            out[i] = lede if near not in shown and lede in shown and answers_act(s.text, s.lang) else near
        elif connects(s.text, s.lang) and shown.get(near) in (CORROBORATED, CONFLICTING):
            out[i] = near
    return out


def after_antecedents(facts: list[Fact], order: list[int], lang: str | None = None,
                      needs: dict[int, tuple] | None = None) -> list[int] | None:
    """``order`` with every fact that leans on a sentence (:func:`antecedents`)
    moved right after the fact showing it ("Владимир Путин подарил Ким Чен
    Ыну автомобиль Aurus …", then "Северокорейский лидер в ответ преподнёс
    … двух собак"); None where one's sentence is not shown at all
    (the summary must be picked again without it).  The leaning facts move
    earliest sentence first, so a chain (A, then B answering A, then C
    answering B) reads in its report's order."""
    needs = antecedents(facts, lang) if needs is None else needs
    at = {_at(shown_sentence(facts[i], lang or "en")): i for i in order}
    out = list(order)
    for i in sorted((i for i in order if i in needs), key=lambda i: _at(shown_sentence(facts[i], lang or "en"))):
        j = at.get(needs[i]) if needs[i] else None
        if j is None or j == i:
            return None
        out.remove(i)
        out.insert(out.index(j) + 1, i)
    return out


def told_at(fact: Fact) -> float:
    """Where the fact's reports tell it: the median index of its sentences in
    their articles (a news report states the main fact first and the
    background later)."""
    return float(np.median([s.sentence for s in fact.supports])) if fact.supports else 0.0


def reading_order(facts: list[Fact], picked: list[int], lang: str | None = None) -> list[int]:
    """``picked`` as the summary reads: corroborated (and conflicting) facts
    first, then single-source ones, each part in the order its reports tell
    it (:func:`told_at`; ties in the order picked).  Picking order alone put
    the demo's "The landing came just days after Russia's Luna-25 crashed"
    (a background sentence, late in every report, but central) before the
    landing itself."""
    rank = {i: k for k, i in enumerate(picked)}
    key = lambda i: (told_at(facts[i]), rank[i])  # noqa: E731
    first = sorted((i for i in picked if facts[i].label in (CORROBORATED, CONFLICTING)), key=key)
    order = opening_first(facts, first + sorted((i for i in picked if i not in first), key=key), lang)
    return after_antecedents(facts, order, lang) or order


def opens_vaguely(fact: Fact, lang: str | None = None) -> bool:
    """Whether the sentence a reader of ``lang`` is shown for ``fact``
    (:func:`shown_sentence`; the stored summary's reader reads English)
    states fewer than two particulars (:attr:`~storyline.facts.model.Fact.vague`)
    or opens with a word pointing back to a sentence not shown
    (:func:`~storyline.facts.openers.points_back`: "इसके साथ ही भारत …")."""
    shown = shown_sentence(fact, lang or "en")
    return (any(fact.supports[k] is shown for k in fact.vague if k < len(fact.supports))
            or points_back(shown.text, shown.lang))


def opening_first(facts: list[Fact], order: list[int], lang: str | None = None) -> list[int]:
    """``order`` with the first fact that says what happened moved to the
    front: a summary's first sentence tells who, what, where or when, so a
    fact whose shown sentence :func:`opens_vaguely` does not open it.  The
    demo's Hindi election summary opened "लोकसभा चुनाव 2024 के नतीजों ने
    सबको चौंका दिया है" (the results surprised everyone), told first by both
    Hindi reports.  Unchanged when every fact is vague."""
    lead = next((k for k, i in enumerate(order) if not opens_vaguely(facts[i], lang)), 0)
    return order[lead:lead + 1] + order[:lead] + order[lead + 1:]


def choose_headlines(titles: list[tuple[str, str, np.ndarray | None]],
                     summary_vector: np.ndarray | None,
                     summary_text: str) -> dict[str, str]:
    """The headline per language: the title closest to what the summary says
    (its facts' mean vector; word overlap where nothing was embedded), so a
    headline stating the corroborated facts wins over the first report's;
    ``""`` maps to the best overall."""
    best: dict[str, tuple[float, str]] = {}
    for title, lang, vec in titles:
        if not title:
            continue
        if summary_vector is not None and vec is not None:
            score = float(vec @ summary_vector)
        else:
            score = lexical_similarity(title, summary_text)
        for key in (lang, ""):
            if key not in best or (score, title) > best[key]:
                best[key] = (score, title)
    return {k: v[1] for k, v in sorted(best.items())}
