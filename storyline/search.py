"""Hybrid search: the store's full-text index fused with cross-lingual semantic search.

Why two kinds: full-text search is exact and explainable but only finds the
words typed, in the language typed; the multilingual e5 vectors that grouping
already stores find the same happening written in Hindi or Russian for an
English query.  The ranked lists are merged by reciprocal rank fusion
(Cormack et al., 2009), which needs no score calibration between them: each
list contributes ``1 / (RRF_K + rank)``.

Semantic scores (cosines) have no natural zero, so a semantic hit is kept only
above a floor (``SEMANTIC_FLOOR``) below which multilingual-e5-small pairs are
unrelated in practice; without a cut every article would "match" every query.
(A cut relative to the best hit was dropped: a query that matches one report
closely then lost the same event's reports in other languages, which sit a
little lower; `storyline bench search`, demo corpus recall@10 0.34 -> 0.96.)

In hybrid mode two more lists join the fusion: the reports that mention the
entity the query names, when it is one of that entity's spellings in any
script; and the other reports of the events of the first full-text hits
(``EXPAND_FROM``, found in any language, then filtered).  Exact words find
reports in the query's language; their events hold the same happening in
every other language, which a short query's embedding finds poorly (e5-small
embeds one word loosely: "earthquake" alone ranks floods beside the quake).

Filters (language, source, entity, dates, event) are evaluated by the store
for every list, so every kind of search filters identically.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field, replace

from storyline.embed import Embedder
from storyline.store.base import Store
from storyline.store.records import SearchFilters

RRF_K = 60
TEXT_CANDIDATES = 500       # full-text hits considered for fusion
SEMANTIC_CANDIDATES = 200   # nearest vectors considered before the relevance cut
# Calibrated by hand for multilingual-e5-small query-vs-passage cosines: unrelated
# pairs sit around 0.72-0.76 and same-topic pairs in another language at 0.78-0.86.
SEMANTIC_FLOOR = 0.77       # below this a hit is noise, whatever the query
EXPAND_FROM = 5             # hybrid: the events of this many first full-text hits join in
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
    similarity: float | None = None    # cosine with the query, when computed
    duplicate_of: str | None = None

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

    def as_dict(self) -> dict:
        return {"query": self.query, "mode": self.mode, "total": self.total,
                "limit": self.limit, "offset": self.offset,
                "items": [h.as_dict() for h in self.hits]}


def semantic_hits(store: Store, embedder: Embedder, query: str,
                  filters: SearchFilters) -> list[tuple[str, float]]:
    """Articles whose meaning is close to the query, in any language, best first."""
    qvec = embedder.embed_one(query, "query")
    # filtered in the store, so the cut is relative to the best allowed hit
    near = store.nearest_articles(qvec, SEMANTIC_CANDIDATES, filters if filters.active() else None)
    if not near:
        return []
    return [(a, s) for a, s in near if s >= SEMANTIC_FLOOR]


def entity_hits(store: Store, query: str, filters: SearchFilters) -> list[str]:
    """Reports that mention the entity the query names, newest first: "नरेंद्र मोदी"
    also finds "Narendra Modi" and "Нарендра Моди" once names are linked."""
    found = store.find_entity(query)
    if found is None:
        return []
    return [a for a, _ in store.search_text("", None, 0, replace(filters, entity_ids=[found.id]))]


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


def fuse(ranked_lists: dict[str, list[str]]) -> list[tuple[str, float, list[str]]]:
    """Reciprocal rank fusion: ``(id, score, names of the lists it came from)``, best first."""
    scores: dict[str, float] = {}
    origin: dict[str, list[str]] = {}
    for name, ids in ranked_lists.items():
        for rank, aid in enumerate(ids):
            scores[aid] = scores.get(aid, 0.0) + 1.0 / (RRF_K + rank + 1)
            origin.setdefault(aid, []).append(name)
    order = sorted(scores, key=lambda a: (-scores[a], a))
    return [(a, scores[a], origin[a]) for a in order]


def snippet(text: str, query: str, width: int = SNIPPET_CHARS) -> str:
    """A window of the text around the first query word found, else its start."""
    folded = text.casefold()
    pos = -1
    for word in sorted(query.split(), key=len, reverse=True):
        pos = folded.find(word.casefold())
        if pos >= 0:
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
    if query and mode in ("hybrid", "semantic"):
        near = semantic_hits(store, embedder, query, filters)
        lists["semantic"] = [a for a, _ in near]
        sims = dict(near)
    if mode == "hybrid" and query and filters.entity_ids is None:
        named = entity_hits(store, query, filters)
        if named:
            lists["entity"] = named
    if mode == "hybrid" and query and filters.event_id is None:
        # the seeds are word matches in any language or source: the filters then
        # choose among their events' reports ("Pragyan" with lang=hi finds the
        # Hindi report of the event whose English report says "Pragyan")
        seeds = ([a for a, _ in store.search_text(query, EXPAND_FROM, 0)] if filters.active()
                 else lists.get("text", [])[:EXPAND_FROM])
        if seeds:
            lists["event"] = event_mates(store, seeds, filters)
    fused = fuse(lists)
    hits = []
    for aid, score, matched in fused[offset:offset + limit]:
        a = store.get_article(aid)
        if a is None:
            continue
        hits.append(SearchHit(article_id=a.id, event_id=a.event_id, lang=a.lang, title=a.title,
                              score=round(score, 6), source=a.source, published=a.published,
                              snippet=snippet(a.text, query), matched=matched,
                              similarity=round(sims[aid], 4) if aid in sims else None,
                              duplicate_of=a.duplicate_of))
    return SearchResult(query=query, mode=mode, total=len(fused), limit=limit, offset=offset,
                        hits=hits)


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
