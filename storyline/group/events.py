"""Online event clustering: each new report joins the best event or opens one.

Candidates come from a nearest-neighbour index over article vectors: the
nearest stored reports name the events worth scoring.  The index is either
this process's own (an exact faiss flat index, the default: filled with one
copy of the stored vectors when a process starts, where an HNSW graph cost
a process 6-10 CPU s of inserts at 10,000 reports before its first answer;
a query then scans every vector, about a millisecond per 10,000) or the
store's, shared by every process
(``nearest``: PostgreSQL's pgvector HNSW, :meth:`Store.nearest_articles`),
which no process builds or catches up (each placed report's unit vector is
still kept here, for centroids and headlines).  The new report is then
scored against those neighbours with a pairwise :class:`Scorer`; an event's
score is the mean of its best few matches (robust to one odd member), and an
event is only eligible if its dates lie within ``window_days`` of the
article's publication date.  Processing is sequential and ties break on the
lower event id, so the same input order gives the same events.  A placed
report's second look is :mod:`storyline.group.event_looks`; an event's
members and days, :mod:`storyline.group.event_state`.
"""
from __future__ import annotations

import datetime as dt
from typing import Any, Callable

import faiss
import numpy as np

from storyline.embed import E5_SMALL
from storyline.group.event_looks import (FAR_ANCHOR, FAR_LEAD, FAR_MARGIN, FAR_MATES, LONE_EXTRA,  # noqa: F401
                                         MERGE_LOOK, SHARED_LANGUAGES,
                                         SecondLooks, language)
from storyline.group.event_state import EventState, days
from storyline.group.scoring import Scorer

faiss.omp_set_num_threads(1)  # one thread: the same answers whatever the machine

# An event is one happening: a report is compared only with members published
# within WINDOW_DAYS of it, and each day between two dated reports costs
# DAY_PENALTY of their score (a follow-up the next day must say much the same
# thing to be the same development).  Chosen together by leave-stories-out
# cross-validation over the Wikinews, multilingual and demo dev files (docs/benchmarks.md,
# "Events and stories"); 10 days and no penalty let a developing story's daily
# reports chain into one event.
WINDOW_DAYS = 1
DAY_PENALTY = 0.10


# What the day penalty counts.  "pair": each member's own day, so a report
# of day 2 meeting an event of days 1 and 2 paid 0.10 on every day-1 match,
# though the event had already reached its day: independent reports of one
# happening trail by a day (the demo's Pyongyang visit: the pact on the 19th,
# the gifts on the 20th and 21st, told as an event of their own; a Spanish
# report of the rescuers sent after the Moroccan quake left alone).  "event":
# the days to the event's nearest dated member among those compared (the
# event's distance), each match counted at that; a next-day report meeting
# an event of the day before alone still pays the day.  Chosen in 5 of 5
# folds by leave-stories-out CV over the three dev files (demo held out 0.969
# -> 1.000, the others level in every fold; docs/benchmarks.md, h-events14).
PENALTY_BY = "event"


class EventClusterer(SecondLooks):
    """The events placed so far, their members' vectors and views, and the
    rules that place a new report (here) or move a placed one (:class:`SecondLooks`)."""

    def __init__(self, scorer: Scorer, dim: int | None = None, threshold: float | None = None,
                 window_days: int = WINDOW_DAYS, neighbours: int = 32, top: int = 3,
                 span_days: int | None = None, day_penalty: float = DAY_PENALTY,
                 nearest: Callable[[np.ndarray, int], list[str]] | None = None,
                 shared_languages: bool = SHARED_LANGUAGES, lone_extra: float = LONE_EXTRA,
                 penalty_by: str = PENALTY_BY, far_margin: float | None = FAR_MARGIN,
                 far_lead: float = FAR_LEAD, far_mates: bool = FAR_MATES,
                 far_anchor: bool = FAR_ANCHOR, merge_look: bool = MERGE_LOOK):
        """``nearest(index_vec, k)``: the ids of the ``k`` stored reports
        nearest a vector, from a shared index (default: a faiss index
        held here: exact inner-product search, vectors added in batches)."""
        self.scorer = scorer
        self.threshold = scorer.threshold if threshold is None else threshold
        self.window = dt.timedelta(days=window_days)
        self.span = dt.timedelta(days=span_days) if span_days is not None else None
        self.day_penalty = day_penalty
        self.shared_languages = shared_languages
        self.lone_extra = lone_extra
        if penalty_by not in ("pair", "event"):
            raise ValueError(f"penalty_by {penalty_by!r}: one of pair, event")
        self.penalty_by = penalty_by
        self.far_margin, self.far_lead, self.far_mates = far_margin, far_lead, far_mates
        self.far_anchor, self.merge_look = far_anchor, merge_look
        self.k = neighbours
        self.top = top
        # faiss ids are insertion positions, so no id map is needed
        # the width of the scorer's index vectors: its embedder's (a scorer that
        # does not say is taken to use the bundled model's)
        dim = dim or getattr(scorer, "dim", E5_SMALL.dim)
        self.nearest = nearest
        self.index = None
        if nearest is None:
            self.index = faiss.IndexFlatIP(dim)
        self._pending: list[np.ndarray] = []  # index vectors not yet in ``index`` (added in one batch)
        self.ids: list[str] = []             # faiss id -> article id
        self.fid: dict[str, int] = {}        # article id -> faiss id
        self.unit: dict[str, np.ndarray] = {}  # article id -> index vector (with ``nearest``)
        self.event_of: dict[str, int] = {}
        self.views: dict[str, Any] = {}
        self.events: dict[int, EventState] = {}
        self.published: dict[str, dt.date | None] = {}
        # report -> the event its last second look found beyond its window
        # (:meth:`SecondLooks._far`): the move there is a far join
        self.far_look: dict[str, int] = {}
        self.merge_memo = None  # what merge looks found (event_looks.MergeMemo), while nothing is placed

    def _in_window(self, ev: EventState, published: dt.date | None) -> bool:
        """Whether the event, with this report in it, still spans one happening."""
        if published is None or ev.first is None:
            return True
        if self.span is not None:
            return max(ev.last, published) - min(ev.first, published) <= self.span
        return ev.first - self.window <= published <= ev.last + self.window

    def _gap(self, member: str, published: dt.date | None) -> int | None:
        """Days between a member's date and the report's (None: one is undated)."""
        d = self.published.get(member)
        if d is None or published is None:
            return None
        return abs((d - published).days)

    def _index_vector(self, article_id: str) -> np.ndarray:
        """A placed report's index vector (the unit embedding)."""
        if self.index is None:
            return self.unit[article_id]
        self._flush()
        return self.index.reconstruct(self.fid[article_id])

    def _flush(self) -> None:
        """Add the pending index vectors in one call (a store's load is one copy)."""
        if self._pending:
            pending = self._pending[0] if len(self._pending) == 1 else np.vstack(self._pending)
            self.index.add(np.ascontiguousarray(pending, np.float32))
            self._pending = []

    def neighbours(self, index_vec: np.ndarray) -> list[str]:
        """Ids of the ``k`` placed reports nearest ``index_vec``."""
        if self.index is None:
            return [a for a in self.nearest(index_vec, self.k) if a in self.event_of]
        if not self.ids:
            return []
        self._flush()
        k = min(self.k, len(self.ids))
        _, found = self.index.search(index_vec.reshape(1, -1).astype(np.float32), k)
        return [self.ids[fid] for fid in found[0] if fid >= 0]

    def candidates(self, index_vec: np.ndarray) -> dict[int, list[str]]:
        """Events of the nearest stored articles, with those articles."""
        out: dict[int, list[str]] = {}
        for aid in self.neighbours(index_vec):
            out.setdefault(self.event_of[aid], []).append(aid)
        return out

    def scores(self, view: Any, index_vec: np.ndarray, published: dt.date | None,
               exclude: frozenset[str] = frozenset(),
               langs: frozenset[str] | None = None) -> dict[int, float]:
        """Score of each candidate event in the time window: the mean of the
        report's best ``top`` matches among that event's nearest members
        (``exclude``: members not to compare with, e.g. the report itself;
        ``langs``: compare only with members in these languages).  Dated
        matches lose ``day_penalty`` per day: of each member's own gap, or,
        with ``penalty_by`` "event", of the event's (its nearest dated
        member's; see :data:`PENALTY_BY`)."""
        out: dict[int, float] = {}
        limit = self.window.days
        for event_id, near in sorted(self.candidates(index_vec).items()):
            gaps = {a: self._gap(a, published) for a in near if a not in exclude
                    and (langs is None or language(self.views[a]) in langs)}
            near = [a for a, g in gaps.items() if g is None or g <= limit]
            ev = self.events[event_id]
            # a far member's own event holds it whatever its date (its days are the others')
            if not near or not (self._in_window(ev, published) or ev.far & exclude):
                continue
            scores = self.scorer.score_many(view, [self.views[a] for a in near])
            if self.day_penalty:
                days = [gaps[a] for a in near]
                if self.penalty_by == "event":  # the event's nearest dated day
                    nearest = min((g for g in days if g is not None), default=0)
                    days = [None if g is None else nearest for g in days]
                scores = scores - self.day_penalty * np.array([g or 0 for g in days])
            scores = np.sort(scores)[::-1]
            out[event_id] = float(np.mean(scores[:self.top]))
        return out

    def assign(self, view: Any, index_vec: np.ndarray, published: dt.date | None,
               veto: Callable[[int], bool] | None = None) -> tuple[int | None, float]:
        """Best event for a new article and its score; ``None`` = open a new one.
        ``veto(event_id)``: evidence that the event is another happening."""
        found = self.scores(view, index_vec, published)
        if veto is not None:
            found = {e: s for e, s in found.items() if s < self.threshold or not veto(e)}
        if not found:
            return None, 0.0
        event_id, score = _best(found)
        return (event_id if score >= self.threshold else None), score

    def move(self, article_id: str, event_id: int, far: bool = False) -> int:
        """Put a stored article into another event (``far``: it joined from
        beyond its window, so its date is not the event's); returns the event
        it left (dropped from memory once empty)."""
        old = self.event_of[article_id]
        vector = self._index_vector(article_id)  # index vectors are the unit e5 vectors
        state = self.events[old]
        state.remove(article_id, vector, self.published)
        if not state.members:
            del self.events[old]
        self.event_of[article_id] = event_id
        self.events.setdefault(event_id, EventState()).add(article_id, vector,
                                                           self.published.get(article_id), far)
        return old

    def central(self, event_id: int, limit: int = 50) -> list[str]:
        """Members ordered from most to least typical (closest to their mean)."""
        members = self.events[event_id].members[:limit]
        vecs = np.vstack([self._index_vector(a) for a in members])
        order = np.argsort(-(vecs @ vecs.mean(axis=0)), kind="stable")
        return [members[i] for i in order]

    def add_many(self, article_ids: list[str], event_ids: list[int], views: list, index_vecs: np.ndarray,
                 vectors: np.ndarray, published: list, far: list[bool] | None = None) -> None:
        """:meth:`add` for many new reports at once, in order (a store's load):
        one copy into the index and one running sum per event, so the state
        (sums included, added in the same order) equals adding them one by one
        (``far``: which joined from beyond their window, default none)."""
        far = far or [False] * len(article_ids)
        fresh = [i for i, a in enumerate(article_ids) if a not in self.event_of]
        if len(fresh) != len(article_ids) or len(set(article_ids)) != len(article_ids):
            for i in range(len(article_ids)):  # re-adds: the general path
                self.add(article_ids[i], event_ids[i], views[i], index_vecs[i], vectors[i], published[i],
                         far[i])
            return
        if self.index is None:
            self.unit.update(zip(article_ids, np.asarray(index_vecs, np.float32)))
        else:
            self._pending.append(np.asarray(index_vecs, np.float32))
            self.fid.update((a, len(self.ids) + i) for i, a in enumerate(article_ids))
            self.ids.extend(article_ids)
        self.event_of.update(zip(article_ids, event_ids))
        self.views.update(zip(article_ids, views))
        self.published.update(zip(article_ids, published))
        rows: dict[int, list[int]] = {}
        for i, e in enumerate(event_ids):
            rows.setdefault(e, []).append(i)
        vectors = np.asarray(vectors, np.float32)
        for e, idx in rows.items():
            ev = self.events.setdefault(e, EventState())
            # float32 adds, one row at a time in order, as add() makes them
            total = np.array(vectors[idx[0]]) if ev.vector_sum is None else ev.vector_sum + vectors[idx[0]]
            for i in idx[1:]:
                total += vectors[i]
            ev.vector_sum = total
            ev.members.extend(article_ids[i] for i in idx)
            ev.far.update(article_ids[i] for i in idx if far[i])
            if ev.far:  # the days of its other members (:mod:`storyline.group.event_state`)
                ev.first, ev.last = days(ev.members, ev.far, self.published)
                continue
            dates = [published[i] for i in idx if published[i]] + [d for d in (ev.first, ev.last) if d]
            if dates:
                ev.first, ev.last = min(dates), max(dates)

    def add(self, article_id: str, event_id: int, view: Any, index_vec: np.ndarray,
            vector: np.ndarray, published: dt.date | None, far: bool = False) -> EventState:
        """Record an article's membership (also used when rebuilding from storage;
        ``far``: it joined from beyond its window, :meth:`move`)."""
        if article_id not in self.event_of:
            if self.index is None:
                self.unit[article_id] = np.asarray(index_vec, np.float32)
            else:
                self._pending.append(np.asarray(index_vec, np.float32).reshape(1, -1))
                self.fid[article_id] = len(self.ids)
                self.ids.append(article_id)
        self.event_of[article_id] = event_id
        self.views[article_id] = view
        self.published[article_id] = published
        ev = self.events.setdefault(event_id, EventState())
        ev.add(article_id, vector, published, far)
        return ev



def _best(scores: dict[int, float]) -> tuple[int, float]:
    """Highest score; ties go to the lower (older) event id."""
    return max(scores.items(), key=lambda kv: (kv[1], -kv[0]))
