"""Link events into long-running stories.

A story is a set of events about one storyline (a summit, then the treaty it
led to, then the gifts months later).  Events of one story share *salient
entities* (rare names weigh more than "President") and vocabulary of meaning
(their e5 centroids are close once the background mean is removed), and they
follow each other within months.  Linking is average-linkage agglomeration
over those pair scores (scipy): unlike single-link it does not chain two unrelated
storylines through one ambiguous event.  It is recomputed after every ingest
(cheap: one score per pair of events), and story ids stay stable by mapping
each new group to the old story it overlaps most.
"""
from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from storyline.group.scoring import background_mean, unit


@dataclass
class EventProfile:
    """What story linking needs to know about one event."""

    id: int
    vector: np.ndarray
    entities: Counter = field(default_factory=Counter)  # entity key -> articles naming it
    first: dt.date | None = None
    last: dt.date | None = None
    size: int = 1


def _gap_days(a: EventProfile, b: EventProfile) -> float:
    if not (a.first and b.first):
        return 0.0
    if a.last < b.first:
        return (b.first - a.last).days
    if b.last < a.first:
        return (a.first - b.last).days
    return 0.0


def _entity_weights(events: list[EventProfile]) -> list[dict[str, float]]:
    """Per event, entity -> idf weight (entities named in few events count more)."""
    df = Counter(k for e in events for k in e.entities)
    n = len(events)
    out = []
    for e in events:
        out.append({k: math.log(1 + n / df[k]) for k, c in e.entities.items()
                    if c >= max(1, 0.25 * e.size)})  # salient: named by a quarter of its articles
    return out


def pair_scores(events: list[EventProfile], max_gap_days: int = 400) -> np.ndarray:
    """Symmetric matrix of event-event story scores in about [0, 1]."""
    n = len(events)
    if n == 0:
        return np.zeros((0, 0))
    mean = background_mean(events[0].vector.shape[0])
    V = unit(np.vstack([e.vector for e in events]) - mean)
    sem = np.clip(V @ V.T, 0, 1)
    weights = _entity_weights(events)
    ent = np.zeros((n, n))
    for i in range(n):
        for j in range(i + 1, n):
            wi, wj = weights[i], weights[j]
            shared = sum(min(wi[k], wj[k]) for k in wi.keys() & wj.keys())
            total = min(sum(wi.values()), sum(wj.values())) or 1.0
            ent[i, j] = ent[j, i] = shared / total
    score = 0.5 * sem + 0.5 * ent
    for i in range(n):
        for j in range(i + 1, n):
            if _gap_days(events[i], events[j]) > max_gap_days:
                score[i, j] = score[j, i] = 0.0
    np.fill_diagonal(score, 1.0)
    return score


def link_stories(events: list[EventProfile], threshold: float = 0.45,
                 previous: dict[int, int] | None = None) -> dict[int, int]:
    """Event id -> story id.  ``previous`` (event -> story) keeps ids stable."""
    events = sorted(events, key=lambda e: e.id)
    if not events:
        return {}
    if len(events) == 1:
        return _stable_ids([[events[0].id]], previous or {})
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    dist = 1.0 - pair_scores(events)
    np.fill_diagonal(dist, 0.0)
    tree = linkage(squareform(np.clip(dist, 0, None), checks=False), method="average")
    labels = fcluster(tree, t=1.0 - threshold, criterion="distance")
    groups: dict[int, list[int]] = {}
    for e, lab in zip(events, labels):
        groups.setdefault(int(lab), []).append(e.id)
    return _stable_ids(list(groups.values()), previous or {})


def _stable_ids(groups: list[list[int]], previous: dict[int, int]) -> dict[int, int]:
    """Give each group the old story id it shares most events with, else a new id."""
    used: set[int] = set()
    next_id = max(previous.values(), default=0) + 1
    out: dict[int, int] = {}
    for g in sorted(groups, key=lambda g: (-len(g), g[0])):
        votes = Counter(previous[e] for e in g if e in previous)
        sid = next((s for s, _ in votes.most_common() if s not in used), None)
        if sid is None:
            sid, next_id = next_id, next_id + 1
        used.add(sid)
        out.update({e: sid for e in g})
    return out
