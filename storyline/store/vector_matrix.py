"""Exact nearest-vector search over a store's vectors, for backends without a
vector index of their own (SQLite).

Every stored article vector as one matrix, reloaded when the article count
changes.  A brute-force matrix product is exact and, at laptop scale (10^5
articles x 384 floats = 150 MB at most), a few milliseconds per query.
PostgreSQL answers the same question from its pgvector HNSW index instead.
"""
from __future__ import annotations

import threading
from typing import Callable, Iterable

import numpy as np

from storyline.store.records import VectorRow


class VectorMatrix:
    def __init__(self) -> None:
        self.count = -1
        self.ids: list[str] = []
        self.matrix = np.zeros((0, 0), dtype=np.float32)
        self._lock = threading.Lock()

    def refresh(self, count: int, rows: Callable[[], Iterable[VectorRow]]) -> None:
        """Reload from ``rows()`` when the store's article ``count`` changed."""
        with self._lock:
            if count == self.count:
                return
            ids, vecs = [], []
            for row in rows():
                if row.vector is not None and row.vector.size and (not vecs or row.vector.size == vecs[0].size):
                    ids.append(row.article_id)
                    vecs.append(row.vector)
            self.ids = ids
            self.matrix = np.vstack(vecs).astype(np.float32) if vecs else np.zeros((0, 0), np.float32)
            self.count = count

    def nearest(self, query_vec: np.ndarray, k: int,
                allowed: set[str] | None = None) -> list[tuple[str, float]]:
        """The ``k`` most similar articles (among ``allowed``) as ``(id, cosine)``, best first."""
        with self._lock:
            ids, matrix = self.ids, self.matrix
        if allowed is not None:
            rows = [i for i, a in enumerate(ids) if a in allowed]
            ids, matrix = [ids[i] for i in rows], matrix[rows]
        query = np.asarray(query_vec, dtype=np.float32)
        if not ids or k <= 0 or matrix.shape[1] != query.size:
            return []
        sims = matrix @ query
        k = min(k, len(ids))
        top = np.argpartition(-sims, k - 1)[:k]
        top = top[np.argsort(-sims[top], kind="stable")]
        return [(ids[i], float(sims[i])) for i in top]
