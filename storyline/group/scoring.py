"""Pairwise article scorers used by event clustering (swappable, BERTopic-style).

A scorer turns an article into a *view* once (cheap to keep in memory) and
scores one view against many.  :class:`EmbeddingScorer` is the fallback: the
cosine of mean-centred e5 vectors.  e5 vectors all sit in a narrow cone
(cosines of unrelated news are ~0.8), so subtracting a background mean spreads
them out and makes one threshold work across topics.  The learned
:mod:`storyline.similarity` model is used when it is installed.
"""
from __future__ import annotations

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
    """Cosine of background-centred embeddings of title + lead."""

    threshold = 0.29

    def __init__(self, mean: np.ndarray | None = None):
        self.mean = background_mean() if mean is None else mean

    def index_vector(self, vector: np.ndarray) -> np.ndarray:
        return unit(np.asarray(vector, np.float32) - self.mean)

    def view(self, article: Article, vector: np.ndarray) -> np.ndarray:
        return self.index_vector(vector)

    def score_many(self, view: np.ndarray, views: Sequence[np.ndarray]) -> np.ndarray:
        if not len(views):
            return np.zeros(0, dtype=np.float32)
        return np.vstack(views) @ view


def default_scorer() -> Scorer:
    """The learned similarity model if available, else the embedding scorer."""
    try:
        from storyline.similarity.scorer import LearnedScorer
    except ImportError:
        return EmbeddingScorer()
    return LearnedScorer()
