"""Each language's mean, one blend for grouping and search
(:class:`storyline.similarity.language_means.LanguageMeans`), and search's
per-language sums kept running from the store's change log
(:func:`storyline.search_centre.language_sums`), on every backend."""
from __future__ import annotations

import numpy as np
from store_kit import make_article, store, unit_vector  # noqa: F401 (fixture)

from storyline import search_centre
from storyline.group.scoring import EmbeddingScorer
from storyline.similarity.language_means import LanguageMeans


def test_grouping_and_search_blend_a_language_mean_alike():
    prior = np.full(4, 0.5, np.float32)
    scorer = EmbeddingScorer(prior_weight=5.0, priors=False)
    scorer.background = prior
    tally = LanguageMeans()
    for v in (np.eye(4)[0], np.eye(4)[1]):
        scorer.observe(v, (v, "hi"))
        tally.add("hi", v)
    assert np.allclose(scorer.mean("hi"), tally.blended("hi", prior, 5.0))
    assert np.allclose(scorer.mean("hi"), (np.eye(4)[0] + np.eye(4)[1] + 5 * prior) / 7)
    assert np.allclose(tally.blended("el", prior, 5.0), prior)  # no report: the prior
    assert np.allclose(tally.blended("hi", prior, float("inf")), prior)


def _store_sums(s):
    out = {}
    for r in s.iter_vectors():
        total, n = out.get(r.lang, (0.0, 0))
        out[r.lang] = (total + r.vector.astype(np.float64), n + 1)
    return out


def test_search_keeps_each_languages_sums_running_without_reading_every_vector(store, monkeypatch):
    for i, lang in enumerate(["en", "hi", "hi", "el"]):
        store.add_article(make_article(i, lang=lang), unit_vector(1.0, float(i), 0.5), None)
    sums = search_centre.language_sums(store)
    assert {lang: sums.count(lang) for lang in ("en", "hi", "el")} == {"en": 1, "hi": 2, "el": 1}
    read = []
    plain = type(store).iter_vectors
    monkeypatch.setattr(type(store), "iter_vectors",
                        lambda self, ids=None: read.append(ids) or plain(self, ids))
    store.add_article(make_article(7, lang="hi"), unit_vector(1.0, 7.0, 0.5), None)
    sums = search_centre.language_sums(store)
    assert read == [["a7"]]  # the new report only, not the store
    assert search_centre.language_sums(store).count("hi") == 3 and read == [["a7"]]  # nothing new: nothing read
    assert np.allclose(sums.blended("hi", np.zeros(3), 0.0), _store_sums(store)["hi"][0] / 3)
