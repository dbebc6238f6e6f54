"""Stateful grouping: near-duplicates first, then events.

Holds the in-memory indexes (faiss flat index of report vectors; the MinHash LSH bands are a table) that make placing one
article cheap, and rebuilds them from storage on start, so that a restarted
process continues exactly where the last one stopped.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable

import numpy as np

from storyline.analyse.happening import comparable, conflicts, destinations, travels
from storyline.analyse.where import MAIN_SHARE, MIN_WEIGHT, apart, combined, where
from storyline.gc_pause import gc_paused
from storyline.group.duplicates import DuplicateFinder, from_bytes, signature, to_bytes
from storyline.group.events import EventClusterer, EventState
from storyline.group.scoring import Scorer, default_scorer
from storyline.records import Article
from storyline.store.base import Store

# Which reports are kept out of events whose places lie in other countries
# (:mod:`storyline.analyse.where`): "off", "undated" (a report without a
# publication date, which has no time window) or "all".  Chosen by
# cross-validation over the dev files together (docs/benchmarks.md).
WHERE = "undated"
WHERE_SCOPES = ("off", "undated", "all")


@dataclass
class Placement:
    """Where a new article goes: an existing event (or ``None`` for a new one)."""

    event_id: int | None
    score: float
    duplicate_of: str | None
    signature: bytes
    view: Any = field(default=None, repr=False)  # the scorer's view, kept for commit


class Grouper:
    def __init__(self, scorer: Scorer | None = None, duplicates: Any = None, where_scope: str = WHERE,
                 where_weight: float = MIN_WEIGHT, where_share: float = MAIN_SHARE, **cluster_args):
        """``duplicates``: the near-duplicate index (default: in memory; the
        service passes the store's, :class:`StoredDuplicates`); ``where_scope``,
        ``where_weight`` and ``where_share``: which reports the country veto
        judges (:data:`WHERE`), the evidence each side needs and a main
        country's share of it (:func:`storyline.analyse.where.apart`)."""
        if where_scope not in WHERE_SCOPES:
            raise ValueError(f"where_scope {where_scope!r}: one of {', '.join(WHERE_SCOPES)}")
        self.where_scope, self.where_weight, self.where_share = where_scope, where_weight, where_share
        self.scorer = scorer or default_scorer()
        self.duplicates = duplicates if duplicates is not None else DuplicateFinder()
        self.clusterer = EventClusterer(self.scorer, **cluster_args)
        self._dup_root: dict[str, str] = {}  # copy -> the original it copies
        self._copies: dict[str, list[str]] = {}  # original -> its copies
        self._trips: dict[str, tuple[str, frozenset[str]]] = {}  # article -> (lang, destinations)
        self._unread: dict[str, str] = {}  # loaded article -> its language; its trips not read yet
        self._wheres: dict[str, Counter[str]] = {}  # article -> its countries (a loaded one's read on need)
        self._fetch: Callable[[str], Article | None] | None = None

    def load(self, store: Store) -> None:
        """Rebuild indexes from everything stored, in ingest order (the
        garbage collector paused: :mod:`storyline.gc_pause`).

        Only the vector rows are read, as columns (vector matrix, MinHash,
        event, date, language, copy of: :meth:`Store.vector_columns`), not
        whole articles: a report's trips (:meth:`_trip`) are read from the
        store when a veto first needs them, and a learned view when a score
        first does, so opening a large store costs one query."""
        with gc_paused():
            self._load(store)

    def _load(self, store: Store) -> None:
        self._fetch = store.get_article
        if hasattr(self.scorer, "bind"):  # scorers that build evidence lazily fetch from the store
            self.scorer.bind(store.get_article)
        stored_view = getattr(self.scorer, "stored_view", None)
        memory = not getattr(self.duplicates, "stored", False)  # an in-memory LSH index is filled here
        cols = store.vector_columns(signatures=memory)
        keep, views = [], []
        for i, article_id in enumerate(cols.ids):
            signature_, copy_of, lang = cols.signatures[i], cols.duplicate_of[i], cols.langs[i]
            if signature_ and memory:
                self.duplicates.add(article_id, from_bytes(signature_))
            if copy_of:
                self._dup_root[article_id] = copy_of
                self._copies.setdefault(copy_of, []).append(article_id)
            if travels(lang):
                self._unread[article_id] = lang or ""
            if stored_view is not None:
                view = stored_view(cols.row(i))
            else:  # a scorer that reads the text (the learned one): the article is needed
                article = store.get_article(article_id)
                if article is None:
                    continue
                view = self.scorer.view(article, cols.matrix[i])
            keep.append(i)
            views.append(view)
        if not keep:
            return
        # one matrix, one pass: the same sums and index vectors as adding row by row
        vectors = cols.matrix if len(keep) == len(cols) else cols.matrix[keep]
        if hasattr(self.scorer, "observe_many"):
            self.scorer.observe_many(vectors, views)
        elif hasattr(self.scorer, "observe"):
            for v, view in zip(vectors, views):
                self.scorer.observe(v, view)
        self.clusterer.add_many([cols.ids[i] for i in keep], [cols.event_ids[i] for i in keep], views,
                                self.scorer.index_vector(vectors), vectors, [cols.published[i] for i in keep],
                                [cols.far[i] for i in keep])

    def _trip(self, article_id: str) -> tuple[str, frozenset[str]]:
        """(language, destinations) of a placed report; a loaded one's are read
        from the store on first need."""
        unread = self._unread.get(article_id)
        if unread is not None and self._fetch is not None:
            del self._unread[article_id]
            article = self._fetch(article_id)
            trips = destinations(article) if article is not None else frozenset()
            if trips:
                self._trips[article_id] = (article.lang, trips)
        return self._trips.get(article_id, ("", frozenset()))

    def catch_up(self, store: Store, added: list[str]) -> None:
        """Add what other processes stored (``added``, in commit order) as
        :meth:`load` would have: the same state as a rebuild, for the cost of
        the new rows only (see :meth:`Store.changes_elsewhere`)."""
        rows = {r.article_id: r for r in store.iter_vectors(added)}
        for article_id in added:
            row = rows.get(article_id)
            if row is None or row.vector is None or row.event_id is None \
                    or article_id in self.clusterer.event_of:
                continue
            article = store.get_article(article_id)
            if article is None:
                continue
            if row.signature:
                self.duplicates.add(article.id, from_bytes(row.signature))
            self._remember(article, row.vector, article.event_id, far=row.far)

    def replay_moves(self, store: Store, moved: list[str]) -> None:
        """Apply moves other processes committed (``moved``, in commit order):
        each article goes to the event it is stored in now, as a far member where
        it is stored as one.  An event is only ever deleted once all its reports
        moved out (:meth:`Store.delete_event`), so replaying the moves also drops
        the events they emptied."""
        now = {r.article_id: (r.event_id, r.far) for r in store.iter_vectors(sorted(set(moved)))}
        for article_id in dict.fromkeys(moved):
            target, far = now.get(article_id, (None, False))
            if target is not None and self.clusterer.event_of.get(article_id, target) != target:
                self.clusterer.move(article_id, target, far)

    def place(self, article: Article, vector: np.ndarray, view: Any = None,
              sig: Any = None) -> Placement:
        """Where a new article goes (nothing recorded yet); ``view`` and
        ``sig``: its scorer view and MinHash, if made already (:meth:`Placer.prepare`)."""
        sig = signature(article.text) if sig is None else sig
        dup = self.duplicates.find(sig)
        if dup is not None:
            original = dup[0]
            root = self._root(original)
            return Placement(self.clusterer.event_of[original], dup[1], root, to_bytes(sig), view)
        view = self.scorer.view(article, vector) if view is None else view
        event_id, score = self.clusterer.assign(view, self.scorer.index_vector(vector),
                                                article.published, self._veto(article))
        return Placement(event_id, score, None, to_bytes(sig), view)

    def _veto(self, article: Article, trips: frozenset[str] | None = None):
        """Events that are another happening: their trip goes elsewhere, or
        their places lie in other countries (:meth:`_travel_veto`, :meth:`_where_veto`)."""
        travel, place = self._travel_veto(article, trips), self._where_veto(article)
        if travel is None or place is None:
            return travel or place
        return lambda event_id: travel(event_id) or place(event_id)

    def _where_veto(self, article: Article):
        """Events whose reports' places lie in other countries than this
        report's, both sides with evidence enough (:func:`storyline.analyse.where.apart`);
        only for the reports :attr:`where_scope` names."""
        if self.where_scope == "off" or (self.where_scope == "undated" and article.published is not None):
            return None
        mine = self._wheres.get(article.id)
        mine = where(article) if mine is None else mine
        if sum(mine.values()) < self.where_weight:
            return None
        members = self.clusterer.events

        def veto(event_id: int) -> bool:
            theirs = combined(self._where(m) for m in members[event_id].members if m != article.id)
            return apart(mine, theirs, self.where_weight, self.where_share)
        return veto

    def _where(self, article_id: str) -> Counter[str]:
        """A placed report's countries; a loaded one's read from the store on first need."""
        found = self._wheres.get(article_id)
        if found is None:
            article = self._fetch(article_id) if self._fetch is not None else None
            found = self._wheres[article_id] = where(article) if article is not None else Counter()
        return found

    def _travel_veto(self, article: Article, trips: frozenset[str] | None = None):
        """Events whose reports say their trip goes elsewhere than this
        report's (:mod:`storyline.analyse.happening`): those in this report's
        language by the destinations' names and countries; where none of
        them names a trip, those in other languages by their countries
        (:func:`~storyline.analyse.happening.comparable`)."""
        mine = destinations(article) if trips is None else trips
        if not mine:
            return None
        members = self.clusterer.events

        def veto(event_id: int) -> bool:
            trips = [self._trip(m) for m in members[event_id].members if m != article.id]
            theirs = [t for lang, t in trips if lang == article.lang and t] \
                or [comparable(mine, t) for lang, t in trips if lang != article.lang]
            return conflicts(mine, theirs)
        return veto

    def reconsider(self, article: Article) -> int | None:
        """A better event for a placed article (``None``: it stays).

        Placement is online: a report sees only what arrived before it.  Undated
        reports are placed last of their call, but among themselves the first
        still meets fewer than the last; a second look, once all are in, lets
        it join the event a later report formed.  Its copies go with it.
        """
        if article.id not in self.clusterer.event_of or article.id in self._dup_root:
            return None
        trips = self._trip(article.id)[1]
        return self.clusterer.reconsider(article.id, article.published,
                                         frozenset(self._copies.get(article.id, ())),
                                         self._veto(article, trips))

    def strays(self, order: list[str], start: int) -> list[str]:
        """Reports placed before ``order[start]`` that are alone in their event
        (with their copies) and among the nearest of a dated report placed
        since, within its window (or undated): the later reports may be their
        event's (:mod:`storyline.service_looks` gives them a second look too).
        An undated report has no window, so it brings none: an old report is
        looked at again for a report of its own days.  In placement order."""
        cl = self.clusterer
        pos = {aid: i for i, aid in enumerate(order)}
        found: set[str] = set()
        for aid in order[start:]:
            published = cl.published.get(aid)
            if aid in self._dup_root or published is None:
                continue
            for near in cl.neighbours(cl._index_vector(aid)):
                if pos.get(near, start) >= start or near in found or near in self._dup_root:
                    continue
                members = cl.events[cl.event_of[near]].members
                if any(m != near and self._dup_root.get(m) != near for m in members):
                    continue  # not alone: its event was formed with others
                gap = cl._gap(near, published)
                if gap is None or gap <= cl.window.days:
                    found.add(near)
        return sorted(found, key=pos.__getitem__)

    def move(self, article_id: str, event_id: int) -> tuple[int, list[str]]:
        """Move an article and its copies; returns (event left, ids moved).
        Where its second look found the event beyond its window, they are
        far members there (:meth:`far_member`)."""
        moved = [article_id, *self._copies.get(article_id, ())]
        old = self.clusterer.event_of[article_id]
        far = self.clusterer.far_look.pop(article_id, None) == event_id
        for aid in moved:
            self.clusterer.move(aid, event_id, far)
        return old, moved

    def far_member(self, article_id: str) -> bool:
        """Whether a placed report joined its event from beyond its window (its
        date is not its event's: :mod:`storyline.group.event_state`)."""
        event_id = self.clusterer.event_of.get(article_id)
        return event_id is not None and article_id in self.clusterer.events[event_id].far

    def _root(self, article_id: str) -> str:
        return self._dup_root.get(article_id, article_id)

    def commit(self, article: Article, vector: np.ndarray, placement: Placement) -> EventState:
        """Record the article (its event id must be set by now)."""
        assert article.event_id is not None
        self.duplicates.add(article.id, from_bytes(placement.signature))
        return self._remember(article, vector, article.event_id, placement.view)

    def _remember(self, article: Article, vector: np.ndarray, event_id: int,
                  view: Any = None, far: bool = False) -> EventState:
        if article.duplicate_of:
            self._dup_root[article.id] = article.duplicate_of
            self._copies.setdefault(article.duplicate_of, []).append(article.id)
        trips = destinations(article)
        if trips:
            self._trips[article.id] = (article.lang, trips)
        if self.where_scope != "off":
            self._wheres[article.id] = where(article)
        if view is None:
            view = self.scorer.view(article, vector)
        return self._index(article.id, vector, event_id, article.published, view, far)

    def _index(self, article_id: str, vector: np.ndarray, event_id: int, published: Any,
               view: Any, far: bool = False) -> EventState:
        if hasattr(self.scorer, "observe"):
            self.scorer.observe(vector, view)
        return self.clusterer.add(article_id, event_id, view, self.scorer.index_vector(vector),
                                  np.asarray(vector, np.float32), published, far)
