"""Corpus statistics the pair features are calibrated with (learned, shipped).

Why: raw evidence is not comparable across articles and languages.
- Names and words: a shared rare key ("Aurus") is strong evidence, a shared
  frequent one ("President", "Corona") weak; document frequencies say which.
- Embeddings: every e5 vector carries a large component common to all texts of
  its language, so cosines of two German texts sit higher than those of a
  German and an English one whatever they say.  Subtracting each language's
  mean vector before the cosine removes that offset; on the SemEval-2022 dev
  pairs it lifts the first-600-character cosine from Pearson 0.69 to 0.78.
Both are fitted on the training texts (no labels used) and stored in the model.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from typing import Iterable

import numpy as np

MIN_LANG_WINDOWS = 30  # fewer windows than this: too noisy, use the global mean


class Idf:
    """Inverse document frequency with a compact table of the frequent keys.

    Keys absent from the table are treated as seen once: rare, hence weighty.
    """

    def __init__(self, df: dict[str, int] | None = None, n_docs: int = 1):
        self.df = df or {}
        self.n = max(int(n_docs), 1)
        self._max = math.log((self.n + 1) / 2) + 1

    def __call__(self, key: str) -> float:
        d = self.df.get(key)
        return self._max if d is None else math.log((self.n + 1) / (d + 1)) + 1

    @classmethod
    def fit(cls, views: Iterable, min_df: int = 5, max_keys: int = 12000) -> "Idf":
        df: Counter[str] = Counter()
        n = 0
        for v in views:
            n += 1
            df.update(set(v.words) | set(v.names) | set(v.sounds))
        # ties broken by key: the table must not depend on set iteration order
        top = sorted(((k, c) for k, c in df.items() if c >= min_df), key=lambda kc: (-kc[1], kc[0]))
        return cls(dict(top[:max_keys]), n)


class Centering:
    """Per-language mean embedding (and a global fallback) to subtract."""

    def __init__(self, means: dict[str, np.ndarray] | None = None,
                 fallback: np.ndarray | None = None):
        self.means = {k: np.asarray(v, dtype=np.float32) for k, v in (means or {}).items()}
        self.fallback = (np.asarray(fallback, dtype=np.float32) if fallback is not None
                         else np.zeros(0, dtype=np.float32))

    def mean_for(self, lang: str) -> np.ndarray | None:
        m = self.means.get(lang.split("-")[0].lower())
        if m is None and self.fallback.size:
            m = self.fallback
        return m

    def apply(self, vecs: np.ndarray, lang: str) -> np.ndarray:
        """Centre and re-normalise an ``(n, d)`` array of unit vectors."""
        m = self.mean_for(lang)
        out = vecs - m if m is not None else vecs.copy()
        norms = np.linalg.norm(out, axis=-1, keepdims=True)
        return out / np.where(norms == 0, 1.0, norms)

    @classmethod
    def fit(cls, views: Iterable, sentences: bool = False) -> "Centering":
        """Means of the views' windows (title and chunks), or with
        ``sentences`` of their sentence vectors: a lone sentence's mean sits
        elsewhere than a 500-character window's."""
        sums: dict[str, np.ndarray] = {}
        counts: dict[str, int] = defaultdict(int)
        for v in views:
            lang = v.lang.split("-")[0].lower()
            if sentences:
                if v.sent_vecs is None or not len(v.sent_vecs):
                    continue
                w = v.sent_vecs
            else:
                w = np.vstack([v.title_vec[None], v.chunk_vecs])
            sums[lang] = sums.get(lang, 0) + w.sum(axis=0)
            counts[lang] += len(w)
        means = {k: sums[k] / counts[k] for k in sums if counts[k] >= MIN_LANG_WINDOWS}
        # the fallback is the average language, not the most frequent one
        fallback = np.mean(list(means.values()), axis=0) if means else None
        return cls(means, fallback)


class Stats:
    """Everything pair features need besides the two views."""

    def __init__(self, idf: Idf | None = None, centering: Centering | None = None,
                 sentences: Centering | None = None):
        self.idf = idf or Idf()
        self.centering = centering or Centering()
        # sentence vectors' own language means (the windows' where none were fitted)
        self.sentences = sentences if sentences is not None and sentences.means else self.centering

    @classmethod
    def fit(cls, views) -> "Stats":
        views = list(views)
        return cls(Idf.fit(views), Centering.fit(views), Centering.fit(views, sentences=True))

    def to_json(self) -> dict:
        r = lambda v: [round(float(x), 6) for x in v]  # noqa: E731
        return {"idf": {"n_docs": self.idf.n, "df": dict(sorted(self.idf.df.items()))},
                "lang_means": {k: r(v) for k, v in sorted(self.centering.means.items())},
                "fallback_mean": r(self.centering.fallback),
                "sentence_lang_means": {k: r(v) for k, v in sorted(self.sentences.means.items())},
                "sentence_fallback_mean": r(self.sentences.fallback)}

    @classmethod
    def from_json(cls, data: dict) -> "Stats":
        fb = data.get("fallback_mean") or None
        return cls(Idf(data["idf"]["df"], data["idf"]["n_docs"]),
                   Centering(data.get("lang_means"), fb),
                   Centering(data.get("sentence_lang_means"), data.get("sentence_fallback_mean") or None))
