"""Near-duplicate detection with MinHash LSH (datasketch).

Syndicated wire copy and light rewrites of one report share most of their word
5-grams; MinHash estimates that overlap (Jaccard) in constant time per pair and
LSH finds candidates without comparing against every stored article.  A copy
counts as the same report: it joins its original's event and is not counted as
an independent source.  Shingles are words, so only texts in one language (or
literal copies across languages) can match, which is what we want.
"""
from __future__ import annotations

import re

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

NUM_PERM = 128
SHINGLE = 4
_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, k: int = SHINGLE) -> set[bytes]:
    """Lowercased word k-grams (fewer words than k: the words themselves)."""
    words = _WORD.findall(text.lower())
    if len(words) < k:
        return {w.encode() for w in words}
    return {" ".join(words[i:i + k]).encode() for i in range(len(words) - k + 1)}


def signature(text: str) -> LeanMinHash:
    m = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME)
    m.update_batch(list(shingles(text)) or [b""])
    return LeanMinHash(m)


SCHEME = "affine32"  # datasketch 2.x default; stored signatures depend on it


def to_bytes(sig: LeanMinHash) -> bytes:
    return np.asarray(sig.hashvalues, dtype=np.uint32).tobytes()


def from_bytes(blob: bytes) -> LeanMinHash:
    return LeanMinHash(seed=1, hashvalues=np.frombuffer(blob, dtype=np.uint32), scheme=SCHEME)


class DuplicateFinder:
    """Finds the earliest stored article that a new text is a near-copy of.

    ``threshold`` is the estimated Jaccard similarity of word 4-grams above
    which two texts are one report; 0.5 keeps copies with an added or dropped
    paragraph and rejects independent reports of the same event (which share
    names and facts but rarely long word sequences).
    """

    def __init__(self, threshold: float = 0.5):
        self.threshold = threshold
        self.lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self.sigs: dict[str, LeanMinHash] = {}
        self.order: dict[str, int] = {}

    def add(self, article_id: str, sig: LeanMinHash) -> None:
        if article_id in self.sigs:
            return
        self.lsh.insert(article_id, sig)
        self.sigs[article_id] = sig
        self.order[article_id] = len(self.order)

    def find(self, sig: LeanMinHash) -> tuple[str, float] | None:
        """(id, estimated Jaccard) of the best earlier match, or None."""
        best: tuple[str, float] | None = None
        for cand in self.lsh.query(sig):
            j = sig.jaccard(self.sigs[cand])
            if j >= self.threshold and (best is None or j > best[1] or
                                        (j == best[1] and self.order[cand] < self.order[best[0]])):
                best = (cand, j)
        return best


_BANDING = MinHashLSH(threshold=0.5, num_perm=NUM_PERM)  # only for its choice of bands (25 x 5)
BAND_RANGES: list[tuple[int, int]] = list(_BANDING.hashranges)
BANDING_KEY = "lsh.banding"  # store state: the banding the stored band index was written with


def band_keys(sig: LeanMinHash) -> list[bytes]:
    """The keys of a signature's LSH bands: band ``i``'s slice of the hash
    values, the bucket datasketch's ``MinHashLSH`` would put it in."""
    values = np.asarray(sig.hashvalues, dtype=np.uint32)
    return [values[start:end].tobytes() for start, end in BAND_RANGES]


class StoredDuplicates:
    """:class:`DuplicateFinder` over the store's band table
    (:meth:`Store.lsh_candidates`): nothing held in memory, nothing to
    rebuild or catch up, the same answers (candidates share a band exactly
    as in ``MinHashLSH``; ties go to the earliest stored).  Bands are written
    by the service with the article (:attr:`Placed.bands`); :meth:`add` is
    a no-op (``stored``: a loader need not read signatures for it).  A store written before the table existed (or with another
    banding) has its bands filled from the stored signatures on first use."""

    stored = True

    def __init__(self, store, threshold: float = 0.5):
        self.store = store
        self.threshold = threshold
        banding = [list(r) for r in BAND_RANGES]
        if store.get_state(BANDING_KEY) != banding:
            with store.transaction():  # one process fills it; the others then see it done
                if store.get_state(BANDING_KEY) != banding:
                    store.replace_lsh_bands(
                        (row.article_id, band_keys(from_bytes(row.signature)))
                        for row in store.iter_vectors()
                        if row.signature and row.event_id is not None)
                    store.set_state(BANDING_KEY, banding)

    def add(self, article_id: str, sig: LeanMinHash) -> None:
        """Nothing to do: the band rows are stored with the article."""

    def find(self, sig: LeanMinHash) -> tuple[str, float] | None:
        """(id, estimated Jaccard) of the best stored match, or None."""
        best: tuple[str, float] | None = None
        for cand, blob in self.store.lsh_candidates(band_keys(sig)):
            j = sig.jaccard(from_bytes(blob))
            if j >= self.threshold and (best is None or j > best[1]):
                best = (cand, j)
        return best
