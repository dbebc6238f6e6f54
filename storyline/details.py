"""Typed detail records the service hands to every front-end: one event, one
story, one entity, with what a reader is shown about them.

Why a module of its own: the CLI (``show``, ``story``, ``entity``), the JSON
API and the HTML pages present the same things; they get them as these
records from :class:`storyline.service.Storyline` and only format them (JSON
through :mod:`storyline.serialize`, the one serializer; HTML through the
templates).  Nothing here reads the store: the records are filled from the
service's own calls.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Iterable

from storyline.facts.render import COPY_OVERLAP
from storyline.facts.summarise import lexical_similarity
from storyline.records import Article, date_label
from storyline.store.records import EntityRow, EventRow, MentionRow, StoryRow
from storyline.wording import source_name

if TYPE_CHECKING:
    from storyline.timeline import TimelineEntry

EVENT_NAMES = 15  # top names shown with an event


@dataclass
class EntityBadge:
    """A canonical entity in a group of articles: how many articles name it, and its spellings."""

    key: str            # the canonical entity id (links to its page)
    name: str
    label: str
    articles: int
    aliases: list[str] = field(default_factory=list)
    lang: str | None = None   # the language ``name`` is written in (EntityRow.name_lang)


@dataclass
class Coverage:
    languages: list[tuple[str, int]]
    sources: list[tuple[str, int]]
    # per source, how many of its articles are near-copies of another report:
    # its row counts them, the group's independent sources do not ("14 names
    # under 11 independent sources" read as a miscount)
    copies: dict[str, int] = field(default_factory=dict)


def _most_first(c: Counter) -> list[tuple[str, int]]:
    return sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))


def coverage(articles: Iterable[Article]) -> Coverage:
    """Articles per language and per source, most first (an unknown source is said to be so)."""
    arts = list(articles)
    return Coverage(_most_first(Counter(a.lang for a in arts)),
                    _most_first(Counter(source_name(a.source) for a in arts)),
                    dict(Counter(source_name(a.source) for a in arts if a.duplicate_of)))


def top_entities(per_article: Iterable[list[EntityRow]], n: int = 10) -> list[EntityBadge]:
    """The canonical entities named in the most articles (each article counts once)."""
    counts: Counter = Counter()
    rows: dict[str, EntityRow] = {}
    for ents in per_article:
        for e in {e.id: e for e in ents}.values():
            counts[e.id] += 1
            rows[e.id] = e
    ranked = sorted(counts, key=lambda i: (-counts[i], -rows[i].mentions, rows[i].name))
    return [EntityBadge(key=i, name=rows[i].name, label=rows[i].label, articles=counts[i],
                        aliases=list(rows[i].aliases), lang=rows[i].name_lang) for i in ranked[:n]]


def title_lang(headline: str, articles: Iterable[Article]) -> str | None:
    """The language of a headline: that of the report it is the title of (None: not one's title).

    Why: the page says ``lang="en"``; a Hindi or Spanish headline marked as
    English is read out by a screen reader with English rules and set in the
    wrong font, so each headline carries its own ``lang`` (the API says it too)."""
    return next((a.lang for a in articles if a.title == headline), None)


@dataclass
class EventDetail:
    """One event: its row, reports (ingest order), coverage, top names and the
    cited summary and facts in the reader's language (``facts``:
    :func:`storyline.facts.render.event_view`, None when none could be made)."""

    event: EventRow
    articles: list[Article]
    coverage: Coverage
    entities: list[EntityBadge]
    facts: dict[str, Any] | None


@dataclass
class StoryDetail:
    """One story: its row, events, reports, cited timeline (events and past
    dates mentioned, in date order), coverage, top names and cited summary."""

    story: StoryRow
    events: list[EventRow]
    articles: list[Article]
    timeline: list[TimelineEntry]
    coverage: Coverage
    entities: list[EntityBadge]
    facts: dict[str, Any] | None


def facts_by_event(facts: list[dict[str, Any]], events: Iterable[EventRow]
                   ) -> list[tuple[EventRow | None, list[dict[str, Any]]]]:
    """A story's summary facts in runs, one per event, in the summary's order.

    Why: a story's summary tells several events (the story view orders them by
    first date), and a fact says "on Wednesday" without saying which one; the
    Putin–Kim story read "met on Wednesday" (September 2023) and "landed ... on
    Wednesday" (June 2024) in one list.  Each run is headed by its event (date
    and headline) in the CLI and the page.  ``None``: an event not in ``events``."""
    rows = {e.id: e for e in events}
    runs: list[tuple[EventRow | None, list[dict[str, Any]]]] = []
    last: object = object()
    for f in facts:
        eid = f.get("event_id")
        if eid != last:
            runs.append((rows.get(eid), []))
            last = eid
        runs[-1][1].append(f)
    return runs


def more_facts(view: dict[str, Any]) -> list[dict[str, Any]]:
    """The facts listed after an event's summary: those more than one report
    states, less the summary's own (the Aurus event's page and ``show`` listed
    its four summary facts twice, word for word, one screen apart), and less
    those whose sentence in the reader's language -- the one shown, or else
    its gloss -- was shown above already."""
    summary = view.get("summary", [])
    shown = {f["id"] for f in summary}
    # a sentence the summary showed for one fact may state another (a reader
    # sees each sentence once): a Hindi reader of the Pyongyang event read the
    # arrival sentence in the summary and again at the top of this list, and an
    # English one read "It was Putin's first trip … in 2000" twice, the second
    # time as the gloss of the Hindi "he came here in 2000 to meet Kim's father"
    said = set().union(*map(_read, summary))
    out = []
    for f in view.get("facts", []):
        if f["label"] == "single-source" or f["id"] in shown:
            continue
        read = _read(f)
        if (f.get("article_id"), f.get("start")) in said or _in_reader_language(f, view.get("lang")) in said:
            continue
        out.append(f)
        said |= read
    return unless_shown_just_above(out)


def restated_facts(view: dict[str, Any], more: list[dict[str, Any]]) -> int:
    """How many facts more than one report states are counted above the summary
    but listed nowhere, because every sentence of theirs a reader would read is
    shown already (:func:`more_facts`).  Said beside the list: "18
    corroborated" over a summary of 4 and 13 more read as a fact gone missing."""
    counts = view.get("counts", {})
    multi = counts.get("corroborated", 0) + counts.get("conflicting", 0)
    listed = sum(f["label"] != "single-source" for f in view.get("summary", [])) + len(more)
    return max(0, multi - listed)


def single_facts(view: dict[str, Any]) -> list[dict[str, Any]]:
    """The facts only one report states, less the summary's own: what the
    page's count ("3 single-source facts") counts.  Why listed at all: they
    were counted above the summary and shown nowhere, and a claim one source
    makes alone is the one a fact-checker looks for."""
    shown = {f["id"] for f in view.get("summary", [])}
    return unless_shown_just_above([f for f in view.get("facts", [])
                                    if f["label"] == "single-source" and f["id"] not in shown])


def unless_shown_just_above(listed: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The facts of a list (:func:`more_facts`, :func:`single_facts`), each whose
    leaned-on sentence (``context``, :mod:`storyline.facts.leaning`) the fact listed
    just above shows a reader -- that very sentence, or near word for word its shown
    sentence or gloss (:func:`restates`) -- copied with no ``context``.  The Lok Sabha
    event listed "The result makes two allies … crucial" and, straight under it,
    "before it in Meridian Press Agency: The result makes two allies …" over "Both of
    their leaders …": one sentence twice in a row (h-audit7).  What the fact above
    *shows*, not its supports: a sentence aligned into it unseen ("Putin first showed
    Kim the limousine …" under "The visit returns a gesture …") is no answer to "Kim
    returned the gesture".  Only the fact just above: a list is no summary told in
    order (:func:`storyline.facts.leaning.unless_told_before`), and a reader further
    down still needs the line.  The view's own facts are left as they are (``--json``
    and the API give every context)."""
    out: list[dict[str, Any]] = []
    for f in listed:
        c = f.get("context")
        if c is not None and out:
            above = out[-1]
            gloss = (above.get("gloss") or {}).get("text")
            if (c["article_id"], c["start"]) == (above.get("article_id"), above.get("start")) \
                    or restates(c.get("text"), above.get("text"), gloss):
                f = dict(f, context=None)
        out.append(f)
    return out


def restates(gloss: str | None, *sentences: str | None) -> bool:
    """Whether a citation's gloss is, near word for word, a sentence the
    reader was shown just above (the fact's own, or its gloss): the same
    English lead printed again under each of a fact's five citations, after
    every Russian, Hindi and German quote, buried the quotes themselves.
    Near word for word (:data:`~storyline.facts.render.COPY_OVERLAP`, as a
    syndicated copy rewords a sentence): a copy's lead with and without its
    dateline ("TSIOLKOVSKY, Russia — ") is one sentence to a reader."""
    return bool(gloss) and any(s and (s == gloss or lexical_similarity(gloss, s) >= COPY_OVERLAP)
                               for s in sentences)


def originals_first(supports: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A fact's citations with each near-copy after its original.

    The supports come in date order, ties by article id, so a copy was often
    cited before the report it copies ("Coastal Times Online (copy of Asia
    Wire Service: not counted again)" as the first citation, Asia Wire
    Service third): a reader met "not counted again" before what it was not
    counted beside.  A copy's sentences follow the last cited sentence of its
    original (Derna's reprint cited twice follows both of the wire story's);
    a copy whose original is not cited keeps its place."""
    cited = {s.get("article_id") for s in supports}

    def original(s: dict[str, Any]) -> Any:
        o = s.get("duplicate_of")
        return o if o in cited and o != s.get("article_id") else None

    by_article: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    copies: dict[Any, list[Any]] = defaultdict(list)  # original's id -> its copies' ids, in order
    for s in supports:
        aid = s.get("article_id")
        by_article[aid].append(s)
        if original(s) is not None and aid not in copies[original(s)]:
            copies[original(s)].append(aid)
    last = {s.get("article_id"): i for i, s in enumerate(supports)}
    out: list[dict[str, Any]] = []

    def after(aid: Any) -> None:
        for c in copies.pop(aid, []):
            out.extend(by_article[c])
            after(c)

    for i, s in enumerate(supports):
        if original(s) is None:
            out.append(s)
            if last[s.get("article_id")] == i:
                after(s.get("article_id"))
    placed = {id(s) for s in out}
    out += [s for s in supports if id(s) not in placed]  # copies of each other: never lost
    return out


def repeats_original(support: dict[str, Any], supports: list[dict[str, Any]]) -> bool:
    """Whether ``support`` is a near-copy's sentence word for word the same as
    a sentence of its original cited beside it (:func:`originals_first` puts
    it right after): the Morocco toll's French reprint quoted the wire story's
    48 words again on each side of four disagreements.  Word for word, not
    near it: a reprint that changed a figure must be quoted."""
    original = support.get("duplicate_of")
    if not original or original == support.get("article_id"):
        return False
    words = (support.get("text") or "").split()
    return bool(words) and any(o.get("article_id") == original and (o.get("text") or "").split() == words
                               for o in supports)


def _in_reader_language(fact: dict[str, Any], lang: str | None) -> tuple[Any, Any] | None:
    """The sentence of a fact's view a reader of ``lang`` reads: the one shown
    when it is in ``lang``, else its gloss (None without one)."""
    x = fact if fact.get("lang") == lang else fact.get("gloss") or {}
    return (x.get("article_id"), x.get("start")) if x.get("start") is not None else None


def _read(fact: dict[str, Any]) -> set[tuple[Any, Any]]:
    """The sentences a reader reads of a fact's view: the one shown and its gloss."""
    g = fact.get("gloss") or {}
    return {(x.get("article_id"), x.get("start")) for x in (fact, g) if x.get("start") is not None}


def periods(dates: list[dt.date]) -> list[tuple[str, int]]:
    """Count dates per day, month or year (whichever gives a readable series), gaps filled."""
    if not dates:
        return []
    lo, hi = min(dates), max(dates)
    span = (hi - lo).days
    if span <= 92:
        keys = [lo + dt.timedelta(days=i) for i in range(span + 1)]
        label = dt.date.isoformat
        bucket = lambda d: d  # noqa: E731
    elif span <= 3 * 366:
        keys = []
        y, m = lo.year, lo.month
        while (y, m) <= (hi.year, hi.month):
            keys.append(dt.date(y, m, 1))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        label = lambda d: d.strftime("%Y-%m")  # noqa: E731
        bucket = lambda d: d.replace(day=1)  # noqa: E731
    else:
        keys = [dt.date(y, 1, 1) for y in range(lo.year, hi.year + 1)]
        label = lambda d: str(d.year)  # noqa: E731
        bucket = lambda d: dt.date(d.year, 1, 1)  # noqa: E731
    counts = Counter(bucket(d) for d in dates)
    return [(label(k), counts.get(k, 0)) for k in keys]


def period_precision(key: str) -> str:
    """The precision of a :func:`periods` key: "2023" a year, "2023-09" a month, else a day."""
    return {4: "year", 7: "month"}.get(len(key), "day")


def period_label(key: str) -> str:
    """A :func:`periods` key as the pages write a date at that precision
    (:func:`storyline.records.date_label`: "Sep 2023", "2023", "2023-09-14").
    The keys stay ISO in the JSON; the entity page's chart had shown them
    ("2023-09") where every other page says "Sep 2023"."""
    precision = period_precision(key)
    return date_label(dt.date.fromisoformat((key + "-01-01")[:10]), precision)


@dataclass
class Alias:
    """One spelling of an entity: how often reports use it, in which languages.

    A spelling no mention wrote (the name a language's readers are shown, as
    "plaza Kim Il-sung": the head noun lies outside the mention) has the languages
    it is shown in, so that the page marks "किम इल सुंग स्क्वायर" as Hindi rather than
    leaving it unlabelled in an English page."""

    text: str
    count: int
    langs: list[str]


@dataclass
class EntityDetail:
    """One canonical entity found by any spelling: its spellings (most used
    first), the articles naming it (one :class:`MentionRow` each, newest first), mentions per period, the
    stories naming it (most mentions first) and how the name typed matched."""

    entity: EntityRow
    aliases: list[Alias]
    n_articles: int
    by_period: list[tuple[str, int]]
    stories: list[tuple[StoryRow, int]]
    articles: list[MentionRow]
    matched: str
    n_stories: int = 0  # every story naming it; ``stories`` lists the first ``max_stories``


def entity_detail(found: dict[str, Any], stories: dict[int, StoryRow],
                  max_stories: int = 25) -> EntityDetail:
    """The record from the service's entity lookup (``found``:
    :func:`storyline.service_entities.entity_detail`) and the stored stories."""
    ent: EntityRow = found["entity"]
    counts: dict[str, int] = defaultdict(int)
    langs: dict[str, set[str]] = defaultdict(set)
    by_article: dict[str, MentionRow] = {}
    for m in found["mentions"]:
        counts[m.text] += 1
        langs[m.text].add(m.lang)
        by_article.setdefault(m.article_id, m)
    spellings = list(dict.fromkeys([*sorted(counts, key=lambda t: -counts[t]), *ent.aliases]))
    shown_in: dict[str, set[str]] = defaultdict(set)  # the name shown to readers of a language
    for lang, name in ent.names.items():
        shown_in[name].add(lang)
    aliases = [Alias(t, counts.get(t, 0), sorted(langs.get(t) or shown_in.get(t, ()))) for t in spellings]
    dates = [m.published for m in by_article.values() if m.published]
    named = [(stories[sid], n) for sid, n in found["stories"] if sid in stories]
    articles = sorted(by_article.values(), key=lambda m: m.published or dt.date.min, reverse=True)
    return EntityDetail(ent, aliases, len(by_article), periods(dates), named[:max_stories], articles,
                        found["matched"], n_stories=len(named))


__all__ = ["Alias", "Coverage", "EntityBadge", "EntityDetail", "EventDetail", "StoryDetail",
           "coverage", "entity_detail", "periods", "top_entities"]
