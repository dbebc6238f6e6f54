"""Each language's mean e5 vector: its reports' running sum blended with a prior.

Why one class: grouping (:class:`storyline.group.scoring.EmbeddingScorer`)
and search (:mod:`storyline.search_centre`) both centre a report on its
language's mean, and both take that mean as the corpus's own reports of the
language blended with a prior (the language mean shipped with the similarity
model, else a background mean) counted as ``prior_weight`` pseudo-reports: a
language with a handful of reports stays near its prior, one with many is
centred on itself.  Written twice, the two blends could drift apart; each
caller keeps its own weight (grouping 20, search 5: each chosen by its own
cross-validation, docs/benchmarks.md) and its own prior.
"""
from __future__ import annotations

from collections import Counter
from typing import Callable

import numpy as np


class LanguageMeans:
    """Running per-language sums and counts of report vectors (float64), and
    the blended mean of each language (:meth:`mean`)."""

    def __init__(self, prior_weight: float = float("inf"),
                 prior: Callable[[str], np.ndarray | None] = lambda lang: None):
        self.prior_weight = prior_weight
        self.prior = prior
        self._sum: dict[str, np.ndarray] = {}
        self._n: Counter[str] = Counter()

    def count(self, lang: str) -> int:
        return self._n[lang]

    def totals(self) -> dict[str, tuple[np.ndarray, int]]:
        """{language: (its sum, its count)}, as kept."""
        return {lang: (total, self._n[lang]) for lang, total in self._sum.items()}

    def add(self, lang: str, vector: np.ndarray) -> None:
        """Fold one report's vector into its language's sum (one of another
        width than the sum's is left out: another encoder's)."""
        v = np.asarray(vector, np.float64)
        if lang in self._sum and self._sum[lang].shape != v.shape:
            return
        self._sum[lang] = self._sum[lang] + v if lang in self._sum else v.copy()
        self._n[lang] += 1

    def add_many(self, vectors: np.ndarray, langs: list[str]) -> None:
        """:meth:`add` for many rows at once (a store's load): the same sums,
        added in the same order, in place (no copy of the rows)."""
        rows: dict[str, list[int]] = {}
        for i, lang in enumerate(langs):
            rows.setdefault(lang, []).append(i)
        for lang, idx in rows.items():
            if lang in self._sum and self._sum[lang].shape != (vectors.shape[1],):
                continue  # another encoder's width, left out as :meth:`add` leaves it
            total = np.array(self._sum[lang]) if lang in self._sum else np.zeros(vectors.shape[1])
            for i in idx:
                total += vectors[i]
            self._sum[lang] = total
            self._n[lang] += len(idx)

    def set(self, lang: str, total: np.ndarray, n: int) -> None:
        """A language's sum and count as a store keeps them."""
        self._sum[lang] = np.asarray(total, np.float64)
        self._n[lang] = n

    def mean(self, lang: str) -> np.ndarray | None:
        """The language's mean with this tally's own prior and weight (:meth:`blended`)."""
        return self.blended(lang, self.prior(lang), self.prior_weight)

    def blended(self, lang: str, prior: np.ndarray | None, weight: float) -> np.ndarray | None:
        """The language's reports blended with ``prior`` counted as ``weight``
        pseudo-reports; the prior alone where the weight is infinite, the
        language has no report or its sum is of another width; ``None``
        where there is no prior."""
        if prior is None or not np.isfinite(weight):
            return prior
        total = self._sum.get(lang)
        if total is None or total.shape != prior.shape:
            return np.asarray(prior, np.float32)
        return ((total + weight * prior) / (self._n[lang] + weight)).astype(np.float32)
