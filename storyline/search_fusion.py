"""Merging search's ranked lists into one: reciprocal rank fusion, near-copies folded.

Why apart from :mod:`storyline.search`: the lists (words, meaning, names,
events, trips) are found there; how they become one ranking, and how a
syndicated report's reprints ride along under it, is one concern of its own,
read by :mod:`storyline.search_events` too (the seeds' order, ``RRF_K``).
"""
from __future__ import annotations

from storyline.store.base import Store

RRF_K = 60


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
