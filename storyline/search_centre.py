"""Meaning hits ranked across languages: each report centred on its language's mean passage.

Why: multilingual-e5 places every language in a region of its own, so an
English query sits nearer every English report than the same happening told
in Spanish or Hindi.  On the demo, "earthquake death toll" ranked the ECB's
rate cut (English, cosine 0.80) in its first page and missed the Spanish
report "… el terremoto que ha dejado más de 2.000 muertos" altogether.
Subtracting each report's language mean before the cosine (the
centring grouping and the similarity model already use, fitted label-free on
the similarity model's training texts and shipped with it) takes most of that
offset away.

A language the model ships no mean for (Hindi, Czech, Greek, Hebrew) took the
global mean, which removes what every passage shares but not the language's
own offset: the demo's Hindi reports then sat above every other language's
for any query ("Naidu Nitish kingmakers NDA meeting" listed the Hindi reports
of the Pyongyang pact and the Moon landing in its first 7; "election results
Modi" in Hindi listed the Moon landing).  So each language's mean is the
store's own reports of it blended with that prior, ``PRIOR_WEIGHT``
pseudo-reports of the shipped (or global) mean, as grouping's
:class:`storyline.group.scoring.EmbeddingScorer` centres: a language with a
handful of reports stays near its prior, one with many is centred on itself
(docs/benchmarks.md "Search: a language without a shipped mean").

Only the order and the relevance cut read the centred cosine: the noise
floor and the off-topic gate (:func:`storyline.search_meaning.stands_out`) were
chosen on plain cosines and still read them, and candidates are still the
stored index's nearest by plain cosine (a rerank of ``SEMANTIC_CANDIDATES``,
so PostgreSQL's and SQLite's indexes serve it unchanged).  Measured in
docs/benchmarks.md, "Search: reports centred on their language".
"""
from __future__ import annotations

import threading
import weakref
from collections import defaultdict

import numpy as np

from storyline.similarity.language_means import LanguageMeans
from storyline.store.base import Store

# Pseudo-reports of the shipped (or global) mean in each language's mean;
# chosen by leave-one-set-out cross-validation over the demo, Wikinews dev and
# multilingual dev query sets (docs/benchmarks.md "Search: a language without
# a shipped mean"): 5 in two folds of three, 40 in the third.
PRIOR_WEIGHT = 5.0
# (Tried, not kept, and removed: blending only the languages without a shipped
# mean, and shifting the shipped mean by the language's offset from the whole
# store; docs/benchmarks.md "Search: a language without a shipped mean".)

_SUMS: "weakref.WeakKeyDictionary[Store, _Tally]" = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


class _Tally:
    """A store's per-language sums and counts of report vectors, the change
    log position they are read up to, and the reports counted."""

    def __init__(self, position: int | None):
        self.position = position
        self.means = LanguageMeans()  # sums only: the blend is language_mean's
        self.counted: set[str] = set()

    def add(self, rows) -> None:
        for r in rows:
            if r.vector is None or not r.vector.size or r.article_id in self.counted:
                continue
            self.counted.add(r.article_id)
            self.means.add(_lang(r.lang), r.vector)


def centring():
    """The shipped per-language means (:class:`storyline.similarity.stats.Centering`),
    or ``None`` when no similarity model is shipped."""
    from storyline.similarity.model import default_stats

    c = default_stats().centering
    return c if (c.means or c.fallback.size) else None


def _lang(code: str | None) -> str:
    return (code or "").split("-")[0].lower()


def language_sums(store: Store) -> LanguageMeans:
    """Per language, the sum and count of the store's report vectors, kept
    running: the reports added since the last call (the store's change log,
    ``added_since``) are folded in, and all are read again only on a store's
    first use in this process or after a delete.

    Why running: read again whenever the report count changed, every search
    after an ingest read every stored vector, on PostgreSQL over the wire."""
    feed = getattr(store, "added_since", None)
    with _LOCK:
        tally = _SUMS.get(store)
        if tally is not None and feed is not None:
            position, added, deleted = feed(tally.position)
            if not deleted:
                if added:
                    tally.add(store.iter_vectors(added))
                tally.position = position
                return tally.means
        tally = _Tally(feed(None)[0] if feed is not None else None)
        tally.add(store.iter_vectors())
        if feed is not None:  # without a log, read each time (as before: no way to know what changed)
            try:
                _SUMS[store] = tally
            except TypeError:  # a store that cannot be weakly referenced: read each time
                pass
        return tally.means


def language_mean(store: Store, c, lang: str) -> np.ndarray | None:
    """The mean a report in ``lang`` is centred on: the shipped mean (the
    global one where the language has none) blended with the store's own
    reports of the language, the prior counting ``PRIOR_WEIGHT`` reports
    (:class:`~storyline.similarity.language_means.LanguageMeans`, grouping's
    blend too)."""
    return language_sums(store).blended(lang, c.mean_for(lang), PRIOR_WEIGHT)


def centred(store: Store, qvec: np.ndarray, near: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """``near`` (article id, plain cosine) re-scored by the query's cosine with
    each report centred on its language, best first; unchanged when there is
    nothing to centre with or a vector's width is not the query's."""
    c = centring()
    if c is None or not near:
        return near
    rows = {r.article_id: r for r in store.iter_vectors([a for a, _ in near])}
    by_lang: dict[str, list[str]] = defaultdict(list)
    for a, _ in near:
        r = rows.get(a)
        if r is not None and r.vector.shape == qvec.shape:
            by_lang[_lang(r.lang)].append(a)
    score = {}
    for lang, ids in by_lang.items():
        vecs = np.stack([rows[a].vector for a in ids]).astype(np.float32)
        mean = language_mean(store, c, lang)
        if mean is not None and mean.shape[-1] == vecs.shape[-1]:
            vecs = vecs - mean
        norms = np.linalg.norm(vecs, axis=-1, keepdims=True)
        vecs = vecs / np.where(norms == 0, 1.0, norms)
        score.update(zip(ids, (vecs @ qvec.astype(np.float32)).tolist()))
    out = [(a, score[a]) for a, _ in near if a in score]  # one scale: a report without its vector drops
    out.sort(key=lambda x: -x[1])
    return out
