"""Story linking that scales: average linkage, one connected part at a time.

:func:`link_stories` (here) cuts an average-linkage tree at
``THRESHOLD``.  Two groups merge only when the mean score between them reaches
the cut, which needs at least one pair that reaches it.  So the stories never
cross the connected parts of the graph whose edges are the pairs scoring at
least the cut, and linkage run on each part alone gives exactly the stories
linkage over all events gives (average linkage is monotone; a part is never
influenced by another part's merges).  The graph is sparse: a pair can reach
the cut only if its centred centroids are close (``0.5 * sem >= cut`` minus
what names and back-references can add), if it shares a salient name, or if
one event's back-reference points at the other's dates.  Candidates come from
those three indexes (a blockwise range search over centroids, an inverted
index of salient names, the month index of event dates), so a whole relink no
longer scores every pair, and an incremental one (:func:`region`) only walks
the parts that hold the events an ingest call touched.
"""
from __future__ import annotations

from collections import deque
from typing import Callable, Iterable

import numpy as np

from storyline.group.scoring import background_mean, unit
from storyline.group.stories import (MAX_GAP_DAYS, REFERENCE_WEIGHT, THRESHOLD, EventProfile,
                                     _entity_weights, _gap_days, month_index, name_overlap,
                                     name_total, pointed_at, stable_ids)

BLOCK = 2048  # rows of the centroid range search per matrix product
EPS = 1e-6    # candidates and edges err on the inclusive side (a superset is exact)


class StoryGraph:
    """Candidate pairs and exact pair scores over a set of event profiles.

    ``V`` holds the centred unit centroids (rows in ``events`` order) and
    ``weights`` each event's salient names with their idf weights, both
    computed over every stored event, so a score here equals the score the
    dense :func:`~storyline.group.stories.pair_scores` gives the same pair.
    ``refs(i)`` fills event ``i``'s back-reference vectors on demand (only
    events near the touched ones pay for embedding them)."""

    def __init__(self, events: list[EventProfile], V: np.ndarray, weights: list[dict[str, float]],
                 mean: np.ndarray, refs: Callable[[int], None] | None = None,
                 threshold: float = THRESHOLD, max_gap_days: int = MAX_GAP_DAYS,
                 reference_weight: float = REFERENCE_WEIGHT):
        self.events, self.V, self.weights, self.mean = events, V, weights, mean
        self.threshold, self.max_gap_days = threshold, max_gap_days
        self.reference_weight = reference_weight
        self._refs = refs or (lambda i: None)
        self._filled: set[int] = set()
        self._sent: dict[int, list[tuple[set[int], np.ndarray]]] = {}  # event -> its back-references
        self.index = month_index(events)
        self.undated = [i for i, e in enumerate(events) if not e.first]
        self.by_name: dict[str, list[int]] = {}
        for i, w in enumerate(weights):
            for k in w:
                self.by_name.setdefault(k, []).append(i)
        self.totals = [name_total(w) for w in weights]
        # a pair sharing no salient name and no back-reference scores 0.5 * sem
        self.sem_floor = 2 * threshold

    # -- candidates -----------------------------------------------------------
    def _pointing(self, i: int) -> set[int]:
        """Events ``i``'s back-references can point at (undated ones always)."""
        out: set[int] = set()
        e = self.events[i]
        dates = _ref_dates(e)
        for when, precision in dates:
            out.update(pointed_at(when, precision, self.events, self.index))
        if dates:
            out.update(self.undated)
        out.discard(i)
        return out

    def candidates(self, rows: Iterable[int]) -> dict[int, set[int]]:
        """Row -> events that may score at least the cut with it (a superset)."""
        rows = sorted(set(rows))
        out: dict[int, set[int]] = {i: set() for i in rows}
        floor = self.sem_floor - EPS
        for s in range(0, len(rows), BLOCK):
            part = rows[s:s + BLOCK]
            sims = self.V[part] @ self.V.T
            for r, i in enumerate(part):
                out[i].update(int(j) for j in np.flatnonzero(sims[r] >= floor))
        for i in rows:
            for k in self.weights[i]:
                out[i].update(self.by_name[k])
            if self.reference_weight:
                out[i] |= self._pointing(i)
            out[i].discard(i)
        if self.reference_weight and any(_ref_dates(e) for e in self.events):
            # the other direction: events whose back-references point at row i
            pointers = self._pointers()
            for i in rows:
                out[i] |= pointers.get(i, set()) - {i}
        return out

    def _pointers(self) -> dict[int, set[int]]:
        if not hasattr(self, "_pointer_map"):
            pm: dict[int, set[int]] = {}
            for j in range(len(self.events)):
                for i in self._pointing(j):
                    pm.setdefault(i, set()).add(j)
            self._pointer_map = pm
        return self._pointer_map

    # -- scores ---------------------------------------------------------------
    def _fill(self, i: int) -> None:
        if i not in self._filled:
            self._refs(i)
            self._filled.add(i)

    def _sentences(self, a: int) -> list[tuple[set[int], np.ndarray]]:
        """Event ``a``'s back-references: the events each may point at, and its
        centred unit vector (computed once: a part scores each pair once, but
        an event in many pairs)."""
        out = self._sent.get(a)
        if out is None:
            self._fill(a)
            out = [(set(pointed_at(when, precision, self.events, self.index)),
                    unit(np.asarray(vec, np.float32) - self.mean))
                   for when, precision, vec in self.events[a].references]
            self._sent[a] = out
        return out

    def _ref_score(self, i: int, j: int) -> float:
        """Best centred cosine of a back-reference of one event with the other."""
        best = 0.0
        for a, b in ((i, j), (j, i)):
            ea, eb = self.events[a], self.events[b]
            if not _ref_dates(ea):
                continue
            for pointed, sent in self._sentences(a):
                if eb.first and b not in pointed:
                    continue
                best = max(best, float(sent @ self.V[b]))
        return min(max(best, 0.0), 1.0)

    def score(self, i: int, j: int) -> float:
        """The dense matrix's entry for (i, j), computed alone."""
        if _gap_days(self.events[i], self.events[j]) > self.max_gap_days:
            return 0.0
        sem = min(max(float(self.V[i] @ self.V[j]), 0.0), 1.0)
        ent = name_overlap(self.weights[i], self.weights[j], self.totals[i], self.totals[j])
        ref = self._ref_score(i, j) if self.reference_weight else 0.0
        return 0.5 * sem + 0.5 * ent + self.reference_weight * ref

    def neighbours(self, i: int, cand: set[int]) -> list[int]:
        return [j for j in cand if self.score(i, j) >= self.threshold - EPS]

    # -- parts ----------------------------------------------------------------
    def parts(self, seeds: Iterable[int]) -> list[list[int]]:
        """The connected parts (edges: score >= cut) that hold ``seeds``."""
        seen: set[int] = set()
        out: list[list[int]] = []
        for seed in sorted(set(seeds)):
            if seed in seen:
                continue
            part, queue = [], deque([seed])
            seen.add(seed)
            while queue:
                frontier = list(queue)
                queue.clear()
                cands = self.candidates(frontier)
                for i in frontier:
                    part.append(i)
                    for j in self.neighbours(i, cands[i] - seen):
                        seen.add(j)
                        queue.append(j)
            out.append(sorted(part))
        return out

    def dense(self, part: list[int]) -> np.ndarray:
        """Score matrix of one part (every pair: non-edges count in the means)."""
        n = len(part)
        score = np.eye(n)
        for a in range(n):
            for b in range(a + 1, n):
                score[a, b] = score[b, a] = self.score(part[a], part[b])
        return score


def _ref_dates(e: EventProfile) -> list[tuple]:
    """(date, precision) of an event's back-references, embedded or not yet."""
    return [(w, p) for w, p, _ in (e.references or e.reference_dates)]


def graph_of(events: list[EventProfile], threshold: float = THRESHOLD,
             refs: Callable[[int], None] | None = None,
             max_gap_days: int = MAX_GAP_DAYS, reference_weight: float = REFERENCE_WEIGHT) -> StoryGraph:
    """The story graph of ``events`` (names weighted over all of them)."""
    mean = background_mean(events[0].vector.shape[0])
    V = unit(np.vstack([e.vector for e in events]) - mean)
    return StoryGraph(events, V, _entity_weights(events), mean, refs, threshold, max_gap_days,
                      reference_weight)


def link_parts(graph: StoryGraph, parts: list[list[int]]) -> list[list[int]]:
    """Average-linkage groups (event positions) of every part."""
    return [g for part in parts for g in link_part(graph, part)]


def link_part(graph: StoryGraph, part: list[int]) -> list[list[int]]:
    """Average-linkage groups (as event positions) of one connected part."""
    if len(part) == 1:
        return [part]
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    dist = 1.0 - graph.dense(part)
    np.fill_diagonal(dist, 0.0)
    tree = linkage(squareform(np.clip(dist, 0, None), checks=False), method="average")
    labels = fcluster(tree, t=1.0 - graph.threshold, criterion="distance")
    groups: dict[int, list[int]] = {}
    for i, lab in zip(part, labels):
        groups.setdefault(int(lab), []).append(i)
    return list(groups.values())


def link_stories(events: list[EventProfile], threshold: float = THRESHOLD,
                 previous: dict[int, int] | None = None,
                 max_gap_days: int = MAX_GAP_DAYS,
                 reference_weight: float = REFERENCE_WEIGHT) -> dict[int, int]:
    """Event id -> story id.  ``previous`` (event -> story) keeps ids stable.

    Average linkage cut at ``threshold``, one connected part of the graph of
    pairs scoring at least the cut at a time (:mod:`storyline.group.story_graph`:
    the same stories as linkage over the dense matrix of :func:`pair_scores`)."""
    events = sorted(events, key=lambda e: e.id)
    if not events:
        return {}
    graph = graph_of(events, threshold=threshold, max_gap_days=max_gap_days,
                     reference_weight=reference_weight)
    groups = link_parts(graph, graph.parts(range(len(events))))
    return stable_ids([[events[i].id for i in g] for g in groups], previous or {})
