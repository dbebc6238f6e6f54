"""Pairwise article scorers used by event clustering (swappable, BERTopic-style).

A scorer turns an article into a *view* once (cheap to keep in memory) and
scores one view against many.  :class:`EmbeddingScorer` is the fallback: the
cosine of mean-centred e5 vectors.  e5 vectors all sit in a narrow cone
(cosines of unrelated news are ~0.8), so subtracting a background mean spreads
them out and makes one threshold work across topics.  The learned
:mod:`storyline.similarity` model is used when it is installed.
"""
from __future__ import annotations

import math
from collections import Counter
from pathlib import Path
from typing import Any, Protocol, Sequence

import numpy as np

from storyline.records import Article

BACKGROUND = Path(__file__).with_name("background_mean.npy")


def unit(v: np.ndarray) -> np.ndarray:
    n = np.linalg.norm(v, axis=-1, keepdims=True)
    return v / np.where(n == 0, 1.0, n)


def background_mean(dim: int = 384) -> np.ndarray:
    """Mean e5 vector of a multilingual news sample (the bundled demo corpus)."""
    if BACKGROUND.exists():
        return np.load(BACKGROUND).astype(np.float32)
    return np.zeros(dim, dtype=np.float32)


class Scorer(Protocol):
    threshold: float

    def index_vector(self, vector: np.ndarray) -> np.ndarray: ...

    def view(self, article: Article, vector: np.ndarray) -> Any: ...

    def score_many(self, view: Any, views: Sequence[Any]) -> np.ndarray: ...


class EmbeddingScorer:
    """Cosine of mean-centred embeddings of title + lead.

    The mean is the running mean of everything ingested so far, blended with
    the bundled background mean (``prior_weight`` pseudo-articles) so that the
    first articles are centred sensibly too.  Centring on the corpus's *own*
    mean is what lets one threshold work on an English-only archive and on a
    multilingual stream alike.  Views are the raw vectors; centring happens at
    scoring time with the current mean.
    """

    # One global cut, chosen on the bundled demo corpus and the Wikinews dev
    # file together (README: "Measured figures"); not tuned per item.
    threshold = 0.25
    # IDF-weighted overlap of entity keys; measured no gain on the dev data
    # over centred cosine alone, so off by default (kept for experiments).
    entity_weight = 0.0

    def __init__(self, mean: np.ndarray | None = None, prior_weight: float = 20.0):
        self.prior = background_mean() if mean is None else np.asarray(mean, np.float32)
        self.prior_weight = prior_weight
        self._sum = np.zeros_like(self.prior, dtype=np.float64)
        self._n = 0
        self._df: Counter[str] = Counter()

    @property
    def mean(self) -> np.ndarray:
        w = self.prior_weight
        return ((self._sum + w * self.prior) / (self._n + w)).astype(np.float32)

    def observe(self, vector: np.ndarray, view: Any = None) -> None:
        """Fold a stored article into the running mean and name frequencies."""
        self._sum += vector
        self._n += 1
        if view is not None:
            self._df.update(view[1])

    def index_vector(self, vector: np.ndarray) -> np.ndarray:
        return unit(np.asarray(vector, np.float32))

    def view(self, article: Article, vector: np.ndarray) -> tuple[np.ndarray, frozenset]:
        keys = frozenset(m.key for m in article.entities if m.key and len(m.key) > 2)
        return np.asarray(vector, np.float32), keys

    def _idf(self, key: str) -> float:
        return math.log(1 + (self._n + 1) / (self._df[key] + 1))

    def _entity_overlap(self, a: frozenset, b: frozenset) -> float:
        if not a or not b:
            return 0.0
        shared = sum(self._idf(k) for k in a & b)
        return shared / min(sum(self._idf(k) for k in a), sum(self._idf(k) for k in b))

    def score_many(self, view, views) -> np.ndarray:
        if not len(views):
            return np.zeros(0, dtype=np.float32)
        mu = self.mean
        vec, keys = view
        cos = unit(np.vstack([v[0] for v in views]) - mu) @ unit(vec - mu)
        if not self.entity_weight:
            return cos
        ent = np.array([self._entity_overlap(keys, v[1]) for v in views], dtype=np.float32)
        return (1 - self.entity_weight) * cos + self.entity_weight * ent


class LearnedScorer:
    """The learned pair model of :mod:`storyline.similarity` (issue: similarity).

    Its score estimates how strongly human judges would call two articles
    "the same story" (SemEval-2022 Task 8 scale mapped to [0, 1]); the event
    threshold asks for a clear "same story" on that scale.  Views embed the
    title, the lead and up to four body windows (cached), so long articles are
    compared beyond their first 512 tokens.
    """

    threshold = 0.40

    def __init__(self, model=None):
        from storyline.similarity import SimilarityModel

        self.model = model or SimilarityModel.load()

    def index_vector(self, vector: np.ndarray) -> np.ndarray:
        return unit(np.asarray(vector, np.float32))

    def view(self, article: Article, vector: np.ndarray):
        from storyline.similarity import view_of

        return view_of(article.title, article.text, article.lang, article.published)

    def score_many(self, view, views) -> np.ndarray:
        return np.asarray(self.model.score_many(view, list(views)), dtype=np.float32)


SCORERS = ("cosine", "learned")


def make_scorer(name: str = "cosine") -> Scorer:
    """A scorer by name: "cosine" (default) or "learned".

    Measured on the bundled demo corpus and the Wikinews dev file (README),
    the centred cosine of title + lead groups *events* better than the learned
    same-story model, which also joins distinct events of one storyline (the
    Luna-25 crash and the Chandrayaan-3 landing, three days apart); so the
    cosine is the default and the learned model is one flag away.
    """
    if name == "cosine":
        return EmbeddingScorer()
    if name == "learned":
        return LearnedScorer()
    raise ValueError(f"unknown scorer {name!r}; choose one of {', '.join(SCORERS)}")


def default_scorer() -> Scorer:
    return make_scorer("cosine")
