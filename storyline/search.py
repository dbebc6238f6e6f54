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

from storyline.embed import Embedder
from storyline.search_events import (EXPAND_FROM, SHORT_QUERY, event_mates, relaxed_seeds, seeds_by_meaning,
                                     worded_languages_only)
from storyline.search_fusion import fold_copies, fuse
from storyline.search_letters import spellings, word_matches
from storyline.search_meaning import semantic_hits
from storyline.search_names import (entity_hits, in_named_events, named_events_only, named_matches, query_entity,
                                    query_names, rest_words, spells_name)
from storyline.search_results import SearchCopy, SearchHit, SearchResult, snippet
from storyline.search_trips import below_matches, query_trip, trip_reading
from storyline.search_words import query_words, unspaced_place, unworded
from storyline.store.base import Store
from storyline.store.records import SearchFilters

TEXT_CANDIDATES = 500       # full-text hits considered for fusion
MODES = ("hybrid", "text", "semantic")


def search(store: Store, embedder: Embedder, query: str, filters: SearchFilters | None = None,
           limit: int = 20, offset: int = 0, mode: str = "hybrid") -> SearchResult:
    """Ranked, filtered, paginated search; ``mode`` is "hybrid", "text" or "semantic"."""
    if mode not in MODES:
        raise ValueError(f"unknown search mode {mode!r}; use one of {', '.join(MODES)}")
    filters = filters or SearchFilters()
    query = " ".join(query.split())
    lists: dict[str, list[str]] = {}
    sims: dict[str, float] = {}
    spelt: dict[str, list[str]] = {}
    if query and mode in ("hybrid", "text"):
        spelt = spellings(store, query)  # each word's other Cyrillic spellings a report writes
        lists["text"] = word_matches(store, query, spelt, TEXT_CANDIDATES, filters)
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
        seeds = (word_matches(store, query, spelt, EXPAND_FROM) if filters.active()
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
                  else word_matches(store, query, spelt, TEXT_CANDIDATES))
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
