"""Meaning hits ranked across languages: each report centred on its language's mean passage.

Why: multilingual-e5 places every language in a region of its own, so an
English query sits nearer every English report than the same happening told
in Spanish or Hindi.  On the demo, "earthquake death toll" ranked the ECB's
rate cut (English, cosine 0.80) in its first page and missed the Spanish
report "… el terremoto que ha dejado más de 2.000 muertos" altogether.
Subtracting each report's language mean before the cosine (the
centring grouping and the similarity model already use, fitted label-free on
the similarity model's training texts and shipped with it) takes most of that
offset away.  Languages without a shipped mean take the global mean, which
still removes what every passage shares.

Only the order and the relevance cut read the centred cosine: the noise
floor and the off-topic gate (:func:`storyline.search_meaning.stands_out`) were
chosen on plain cosines and still read them, and candidates are still the
stored index's nearest by plain cosine (a rerank of ``SEMANTIC_CANDIDATES``,
so PostgreSQL's and SQLite's indexes serve it unchanged).  Measured in
docs/benchmarks.md, "Search: reports centred on their language".
"""
from __future__ import annotations

from collections import defaultdict

import numpy as np

from storyline.store.base import Store


def centring():
    """The shipped per-language means (:class:`storyline.similarity.stats.Centering`),
    or ``None`` when no similarity model is shipped."""
    from storyline.similarity.model import default_stats

    c = default_stats().centering
    return c if (c.means or c.fallback.size) else None


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
            by_lang[(r.lang or "").split("-")[0].lower()].append(a)
    score = {}
    for lang, ids in by_lang.items():
        vecs = c.apply(np.stack([rows[a].vector for a in ids]).astype(np.float32), lang)
        score.update(zip(ids, (vecs @ qvec.astype(np.float32)).tolist()))
    out = [(a, score[a]) for a, _ in near if a in score]  # one scale: a report without its vector drops
    out.sort(key=lambda x: -x[1])
    return out
