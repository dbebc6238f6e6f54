"""Hybrid search: the store's full-text index fused with cross-lingual semantic search.

Why two kinds: full-text search is exact and explainable but only finds the
words typed, in the language typed; the multilingual e5 vectors that grouping
already stores find the same happening written in Hindi or Russian for an
English query.  The ranked lists are merged by reciprocal rank fusion
(Cormack et al., 2009), which needs no score calibration between them: each
list contributes ``1 / (RRF_K + rank)``.

Semantic hits, with the floor, the off-topic test and the relevance cut
that keep meaning search from matching everything, are
:mod:`storyline.search_meaning`'s; reading the names a query spells is
:mod:`storyline.search_names`'s.

In hybrid mode two more lists join the fusion: the reports that mention the
entity the query names, when it is one of that entity's spellings in any
script (a longer query: the reports that name every entity its words and
word n-grams spell, in any script, and meet its other words by words or
meaning, :mod:`storyline.search_names`); and the other reports of the
events of the first full-text hits (``EXPAND_FROM``, found in any language,
then filtered).  Exact words find
reports in the query's language; their events hold the same happening in
every other language, which a short query's embedding finds poorly (e5-small
embeds one word loosely: "earthquake" alone ranks floods beside the quake).
A query of a few words with fewer word hits than ``EXPAND_FROM`` also seeds
events with all its words but one (:func:`relaxed_seeds`): one word written
differently in other languages otherwise leaves the embedding alone to rank
the other languages' reports.  The seeds are taken in the order words and
meaning rank them together (:func:`seeds_by_meaning`), and a leave-one-out
list of people's names alone seeds nothing (:func:`names_only`).

Filters (language, source, entity, dates, event) are evaluated by the store
for every list, so every kind of search filters identically.

Near-copies (syndicated reports, ``Article.duplicate_of``) are folded under
their original after fusion, as news aggregators list a wire story once with
its reprints: the entry takes the best place any of its reports earned, its
head is the original and the copies ride along in ``SearchHit.copies``.  A
copy whose original is not among the results (a filter left it out, e.g. the
copy's own source) stands alone and still names its original
(``duplicate_of``).  Without this a reprint that adds a word of the query
ranked above the report it copied.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field, replace

from storyline.embed import Embedder
from storyline.search_meaning import semantic_hits
from storyline.search_names import (common_word, entity_hits, entity_labels, in_named_events,  # noqa: F401
                                    named_events_only, named_matches, names_only, query_entity, query_names, rest_words,
                                    spells_name)
from storyline.search_words import query_words, unspaced_place, unworded
from storyline.search_trips import below_matches, query_trip, trip_reading
from storyline.store.base import Store
from storyline.store.records import SearchFilters
from storyline.store.word_key import folded_with_offsets, word_key

RRF_K = 60
TEXT_CANDIDATES = 500       # full-text hits considered for fusion
EXPAND_FROM = 5             # hybrid: the events of this many first full-text hits join in
SHORT_QUERY = 2             # hybrid: a query of this many words or fewer is read for its words (worded_languages_only)
RELAX_MIN_WORDS = 3         # hybrid: a query of this many words or more with fewer word hits
                            # than EXPAND_FROM also seeds events with all its words but one
SNIPPET_CHARS = 240
MODES = ("hybrid", "text", "semantic")


@dataclass
class SearchHit:
    """One result: enough to list it and link to its article and event."""

    article_id: str
    event_id: int | None
    lang: str
    title: str
    score: float                       # fused score, higher is better
    source: str | None = None
    published: dt.date | None = None
    snippet: str = ""
    # "text", "semantic", "entity" (mentions the named entity), "event" (same event as a text hit)
    matched: list[str] = field(default_factory=list)
    # cosine with the query, the report centred on its language (search_centre), when computed
    similarity: float | None = None
    duplicate_of: str | None = None    # set when this hit is itself a near-copy shown alone
    copies: list[SearchCopy] = field(default_factory=list)  # its near-copies among the results
    # (when its site last updated its text, earlier texts kept), as :attr:`Article.revised`:
    # filled by ``ReadModels.search`` so a hit says "updated <when>" as the report's page does
    revised: tuple[str, int] | None = None
    gone: str | None = None  # since when its page is gone from its site, as :attr:`Article.gone`

    def as_dict(self) -> dict:
        from storyline.serialize import on_its_site

        d = asdict(self)
        d["published"] = self.published.isoformat() if self.published else None
        d["copies"] = [c.as_dict() for c in self.copies]
        del d["revised"], d["gone"]  # the API's words for them, as an article's (serialize.on_its_site)
        return {**d, **on_its_site(self)}


@dataclass
class SearchCopy:
    """A near-copy folded under the hit it copies: who reprinted it, and when."""

    article_id: str
    source: str | None
    lang: str
    title: str
    published: dt.date | None = None

    def as_dict(self) -> dict:
        d = asdict(self)
        d["published"] = self.published.isoformat() if self.published else None
        return d


@dataclass
class SearchResult:
    query: str
    mode: str
    total: int
    limit: int
    offset: int
    hits: list[SearchHit]
    # the meaning search ran and no stored report is about the query (:func:`stands_out`)
    off_topic: bool = False

    def as_dict(self) -> dict:
        return {"query": self.query, "mode": self.mode, "total": self.total,
                "limit": self.limit, "offset": self.offset, "off_topic": self.off_topic,
                "items": [h.as_dict() for h in self.hits]}


def worded_languages_only(store: Store, near: list[str], worded: list[str], reached: list[str]) -> list[str]:
    """The meaning hits (``near``) less those written in a language some
    report of which has the query's words (``worded``), in an event no word,
    name or event hit reaches (``reached``).

    Why: e5-small embeds one or two words loosely, so "grain deal" ranked
    English reports of the ECB, the Pyongyang pact and the Moon landing by
    meaning after the deal's own.  In a language where reports have the
    words, a report that lacks them, outside every event they reach, is
    none of the query's; other languages are still read by meaning (an
    English "earthquake" keeps the Spanish report of Spain's rescue team).
    Only for queries of ``SHORT_QUERY`` words or fewer: a longer one needs
    every word (the full-text index), so a relevant report lacking one word
    is common, and its report in a split event was lost (Wikinews dev
    headlines R@10 0.820 -> 0.805 at three words, 0.754 at five).
    ``SHORT_QUERY`` was chosen as the search cut was, leaving one set out
    (docs/benchmarks.md "A short query is read for its words")."""
    rows = {r.article_id: r for r in store.iter_vectors(list(set(near) | set(reached) | set(worded)))}
    langs = {rows[a].lang for a in worded if a in rows}
    events = {rows[a].event_id for a in reached if a in rows} - {None}
    return [a for a in near if a not in rows or rows[a].lang not in langs or rows[a].event_id in events]


def event_mates(store: Store, seeds: list[str], filters: SearchFilters) -> list[str]:
    """The other reports (passing ``filters``) of the events of ``seeds``, event
    by event in the seeds' order."""
    events: list[int] = []
    for aid in seeds:
        a = store.get_article(aid)
        if a is not None and a.event_id is not None and a.event_id not in events:
            events.append(a.event_id)
    out: list[str] = []
    for event_id in events:
        in_event = replace(filters, event_id=event_id)
        out += [a for a, _ in store.search_text("", None, 0, in_event) if a not in seeds and a not in out]
    return out


def seeds_by_meaning(seeds: list[str], semantic: list[str]) -> list[str]:
    """The word-match seeds in the order words and meaning rank them together
    (reciprocal rank fusion of their word rank and meaning rank), so the events
    they carry into other languages come in that order.

    Why: the full-text index ranks a report that names the query's words in
    passing ("armoured train Kim Russia": the Pyongyang pact's report recalls
    "Kim travelled by armoured train to Russia" last year) above the report
    the words are about (the 2023 spaceport visit), and its event's reports
    in every language then came first, the pact's Hindi report above the
    visit's own.  The meaning of the whole query tells the two apart; a seed
    the meaning search did not keep counts as ranked last there."""
    if len(seeds) < 2 or not semantic:
        return seeds
    where = {a: i for i, a in enumerate(semantic)}
    score = {a: 1.0 / (RRF_K + i + 1) + 1.0 / (RRF_K + where.get(a, len(semantic)) + 1)
             for i, a in enumerate(seeds)}
    return sorted(seeds, key=lambda a: -score[a])


def relaxed_seeds(store: Store, query: str, seeds: list[str]) -> list[str]:
    """The reports, beyond ``seeds`` (up to ``EXPAND_FROM`` in all), that have
    every query word but one (each such word list's best first, taken in
    turn) and belong to a story of the seeds' events; none unless the query has
    at least ``RELAX_MIN_WORDS`` words (one of two words alone names too much)
    and fewer than ``EXPAND_FROM`` seeds.  :func:`search` lets their events
    confirm, not add, semantic hits.

    Why: one word the other languages write differently ("limousine" is
    "लिमोजिन" in a Hindi report of the gift) leaves a single word match and
    so a single event to carry into other languages; the reports with the
    other words ("Putin Pyongyang") name the events the query is about, and
    their other-language reports then outrank a report that only the
    embedding ties to the query.  Other stories' events sharing all but one
    word cost the true event's reports (Wikinews dev R@10 0.826 -> 0.811)."""
    words = query.split()
    if not seeds or len(seeds) >= EXPAND_FROM or len(words) < RELAX_MIN_WORDS:
        return []
    labels = entity_labels(store, words)
    kept = [i for i in range(len(words)) if not names_only(labels, words[:i] + words[i + 1:], words[i])]
    partial = [[a for a, _ in store.search_text(" ".join(words[:i] + words[i + 1:]), EXPAND_FROM, 0)]
               for i in kept]
    out = list(seeds)
    for rank in range(EXPAND_FROM):
        for found in partial:
            if len(out) < EXPAND_FROM and rank < len(found) and found[rank] not in out:
                out.append(found[rank])
    story_map, story = store.story_map(), {}
    for aid in out:
        a = store.get_article(aid)
        story[aid] = story_map.get(a.event_id) if a is not None and a.event_id is not None else None
    mine = {story[a] for a in seeds} - {None}
    return [a for a in out[len(seeds):] if story[a] in mine]


def fuse(ranked_lists: dict[str, list[str]], after: dict[str, int] | None = None
         ) -> list[tuple[str, float, list[str]]]:
    """Reciprocal rank fusion: ``(id, score, names of the lists it came from)``, best first;
    a list named in ``after`` ranks its first item that many places down."""
    scores: dict[str, float] = {}
    origin: dict[str, list[str]] = {}
    for name, ids in ranked_lists.items():
        skip = (after or {}).get(name, 0)
        for rank, aid in enumerate(ids, skip):
            scores[aid] = scores.get(aid, 0.0) + 1.0 / (RRF_K + rank + 1)
            origin.setdefault(aid, []).append(name)
    order = sorted(scores, key=lambda a: (-scores[a], a))
    return [(a, scores[a], origin[a]) for a in order]


def fold_copies(store: Store, fused: list[tuple[str, float, list[str]]]
                ) -> list[tuple[str, float, list[str], list[str]]]:
    """Fused hits as entries ``(head id, score, matched, copy ids)``, best first:
    every near-copy joins its original's entry (or, original absent, the entry
    of the first-ranked copy of the same original).  An entry sits where its
    best report ranked, with that report's score; ``matched`` is every list
    that found one of its reports."""
    ids = [aid for aid, _, _ in fused]
    original = {r.article_id: r.duplicate_of for r in store.iter_vectors(ids) if r.duplicate_of}
    present = set(ids)
    entries: dict[str, tuple[str, float, list[str], list[str]]] = {}  # group key -> entry
    for aid, score, matched in fused:
        root = original.get(aid) or aid
        entry = entries.get(root)
        if entry is None:
            head = root if root in present else aid
            entry = entries[root] = (head, score, [], [])
        for m in matched:
            if m not in entry[2]:
                entry[2].append(m)
        if aid != entry[0]:
            entry[3].append(aid)
    return list(entries.values())


def snippet(text: str, query: str, width: int = SNIPPET_CHARS) -> str:
    """A window of the text around the first query word found (keyed as the
    word index keys it, :func:`~storyline.store.word_key.word_key`), else its start."""
    folded, origin = folded_with_offsets(text)
    pos = -1
    for word in sorted(word_key(query).split(), key=len, reverse=True):
        pos = folded.find(folded_with_offsets(word)[0])
        if pos >= 0:
            pos = origin[pos]
            break
    start = 0 if pos < 0 else max(0, pos - width // 3)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < pos else start
    end = start + width
    if end < len(text) and not text[end].isspace():
        space = max(text.rfind(" ", start, end), text.rfind("\n", start, end))
        end = space if space > start + width // 2 else end  # whole words, unless one is huge
    piece = " ".join(text[start:end].split())
    return ("…" if start else "") + piece + ("…" if end < len(text) else "")


def search(store: Store, embedder: Embedder, query: str, filters: SearchFilters | None = None,
           limit: int = 20, offset: int = 0, mode: str = "hybrid") -> SearchResult:
    """Ranked, filtered, paginated search; ``mode`` is "hybrid", "text" or "semantic"."""
    if mode not in MODES:
        raise ValueError(f"unknown search mode {mode!r}; use one of {', '.join(MODES)}")
    filters = filters or SearchFilters()
    query = " ".join(query.split())
    lists: dict[str, list[str]] = {}
    sims: dict[str, float] = {}
    if query and mode in ("hybrid", "text"):
        lists["text"] = [a for a, _ in store.search_text(query, TEXT_CANDIDATES, 0, filters)]
    off_topic = False
    if query and mode in ("hybrid", "semantic"):
        near = semantic_hits(store, embedder, query, filters)
        off_topic = near is None
        lists["semantic"] = [a for a, _ in near or []]
        sims = dict(near or [])
    also_named: set[str] = set()  # word matches that name the query's entities too
    goes_to: frozenset[str] = frozenset()  # the countries a trip the query states goes to
    after: dict[str, int] = {}
    if mode == "hybrid" and query and filters.entity_ids is None:
        found = query_entity(store, query)
        named = entity_hits(store, found.id, filters) if found else []
        if named:
            lists["entity"] = named
            if lists.get("semantic"):
                lists["semantic"] = named_events_only(store, found.id, lists["semantic"])
        elif len(words := query_words(query, lambda w: spells_name(store, w) or unspaced_place(w))) > 1:
            # the names among a longer query's words, in any script: "Putin limousine"
            # finds a Hindi report that writes "पुतिन" and is about the limousine.  They
            # count as word matches, ranked after those the words found (:func:`fuse`'s
            # ``after``); a word match that names them is marked, not fused twice (a
            # list of its own put word matches of other events above the query's own,
            # Wikinews dev headlines MRR 0.844 -> 0.834, and names-only reports above
            # the word matches: "Ким Чен Ын Восточный" listed the 2024 reports recalling
            # the 2023 meeting above it)
            worded = set(lists.get("text", []))
            names = query_names(store, words)
            if names and unworded(store, rest_words(words, names)):
                # the words no report writes cannot say the query is about nothing stored:
                # its names are stored, so meaning ranks among their events (:mod:`storyline.search_words`),
                # gate passed or not ("摩洛哥地震" passing it listed the Derna floods after the quake)
                near = (semantic_hits(store, embedder, query, filters, gated=False) or [] if off_topic
                        else [(a, sims[a]) for a in lists.get("semantic", [])])
                near = in_named_events(store, [n.entity.id for n in names], near)
                lists["semantic"], sims, off_topic = [a for a, _ in near], dict(near), False
            goes_to = query_trip(words, names)
            named = named_matches(store, words, names, filters, lists.get("semantic", []), lists.get("text", []))
            also_named = {a for a in named if a in worded}
            if len(also_named) < len(named):
                lists["entity"] = [a for a in named if a not in worded]
                after["entity"] = len(lists.get("text", []))
    if mode == "hybrid" and query and filters.event_id is None:
        # the seeds are word matches in any language or source: the filters then
        # choose among their events' reports ("Pragyan" with lang=hi finds the
        # Hindi report of the event whose English report says "Pragyan")
        seeds = ([a for a, _ in store.search_text(query, EXPAND_FROM, 0)] if filters.active()
                 else lists.get("text", [])[:EXPAND_FROM])
        seeds = seeds_by_meaning(seeds, lists.get("semantic", []))
        mates = event_mates(store, seeds, filters) if seeds else []
        extra = relaxed_seeds(store, query, seeds)
        if extra and lists.get("semantic"):
            # confirmation only: a report the embedding found rises when its event
            # has all but one of the words; nothing new joins (new candidates
            # pushed out the true event's other reports: Wikinews R@10 0.826 -> 0.800)
            near, known = set(lists["semantic"]), set(mates) | set(seeds)
            mates += [a for a in event_mates(store, seeds + extra, filters)
                      if a in near and a not in known]
        if mates:
            lists["event"] = mates
    if mode == "hybrid" and lists.get("semantic") and lists.get("text") and len(query.split()) <= SHORT_QUERY:
        worded = (lists["text"] if not filters.active()
                  else [a for a, _ in store.search_text(query, TEXT_CANDIDATES, 0)])
        lists["semantic"] = worded_languages_only(store, lists["semantic"], worded,
                                                  lists.get("text", []) + lists.get("entity", []) + lists.get("event", []))
    fused = fuse(lists, after)
    going, elsewhere = trip_reading(store, [a for a, _, _ in fused], goes_to) if goes_to else ([], set())
    if going:  # orders what the other lists found, finds nothing: no match of its own
        fused = [(a, score, [m for m in matched if m != "trip"])
                 for a, score, matched in fuse({**lists, "trip": going}, after)]
        fused = below_matches(fused, going, elsewhere)  # the trip the other way round: below
    entries = fold_copies(store, fused)
    for _, _, matched, _ in (e for e in entries if e[0] in also_named or also_named & set(e[3])):
        if "entity" not in matched:
            matched.append("entity")
    hits = []
    for aid, score, matched, copy_ids in entries[offset:offset + limit]:
        a = store.get_article(aid)
        if a is None:
            continue
        copies = [SearchCopy(c.id, c.source, c.lang, c.title, c.published)
                  for c in map(store.get_article, copy_ids) if c is not None]
        hits.append(SearchHit(article_id=a.id, event_id=a.event_id, lang=a.lang, title=a.title,
                              score=round(score, 6), source=a.source, published=a.published,
                              snippet=snippet(a.text, query), matched=matched,
                              similarity=round(sims[aid], 4) if aid in sims else None,
                              duplicate_of=a.duplicate_of, copies=copies))
    return SearchResult(query=query, mode=mode, total=len(entries), limit=limit, offset=offset,
                        hits=hits, off_topic=off_topic)


def filters_from(store: Store, langs: list[str] | None = None, sources: list[str] | None = None,
                 entity: str | None = None, date_from: dt.date | None = None,
                 date_to: dt.date | None = None, event_id: int | None = None,
                 not_articles: bool = False) -> SearchFilters:
    """Build filters from user input; an entity given by any name or alias, in any
    script, is looked up among the canonical entities (unknown: matches nothing).
    ``not_articles`` also lets in the pages the gate flagged (words only: they
    have no vector, event or names)."""
    entity_ids = None
    if entity and entity.strip():
        from storyline.service_entities import filter_ids

        entity_ids = filter_ids(store, entity)
    return SearchFilters(langs=[x for x in (langs or []) if x], sources=[x for x in (sources or []) if x],
                         entity_ids=entity_ids, date_from=date_from, date_to=date_to, event_id=event_id,
                         not_articles=not_articles)
