"""Each language's mean, one blend for grouping and search
(:class:`storyline.similarity.language_means.LanguageMeans`), and the
per-language sums the store keeps as reports are added
(:mod:`storyline.store.language_sums`), on every backend."""
from __future__ import annotations

import sqlite3

import numpy as np
import pytest
from store_kit import make_article, store, unit_vector  # noqa: F401 (fixture)

from storyline import search_centre
from storyline.group.scoring import EmbeddingScorer
from storyline.similarity.language_means import LanguageMeans
from storyline.store import open_store


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


def _scanned(s) -> dict[str, tuple[np.ndarray, int]]:
    out: dict = {}
    for r in s.iter_vectors():
        if r.vector.size != 3:  # the other width's
            continue
        total, n = out.get(r.lang.split("-")[0], (0.0, 0))
        out[r.lang.split("-")[0]] = (total + r.vector.astype(np.float64), n + 1)
    return out


def test_the_store_keeps_each_languages_sums_so_search_reads_no_vector(store, monkeypatch):
    for i, lang in enumerate(["en", "hi", "hi-IN", "el"]):
        store.add_article(make_article(i, lang=lang), unit_vector(1.0, float(i), 0.5), None)
    store.add_article(make_article(5, lang="hi"), unit_vector(1.0, 2.0), None)  # another width: left out
    store.add_article(make_article(6, lang="hi", not_article="front-page"), None, None)
    kept = store.language_vector_sums()
    assert {lang: n for lang, (_, n) in kept.items()} == {"en": 1, "hi": 2, "el": 1}
    monkeypatch.setattr(type(store), "iter_vectors", lambda self, ids=None: pytest.fail("a vector scan"))
    sums = search_centre.language_sums(store)
    assert sums.count("hi") == 2 and np.allclose(sums.blended("hi", np.zeros(3), 0.0), kept["hi"][0] / 2)
    monkeypatch.undo()
    scanned = _scanned(store)
    assert np.allclose(kept["hi"][0], scanned["hi"][0]) and np.allclose(kept["el"][0], scanned["el"][0])


@pytest.mark.sqlite_only  # an SQLite file of schema 12, rewritten by hand
def test_a_store_from_before_the_sums_gets_them_when_opened(tmp_path):
    path = str(tmp_path / "old.db")
    s = open_store(path)
    for i, lang in enumerate(["en", "ru", "ru"]):
        s.add_article(make_article(i, lang=lang), unit_vector(1.0, float(i), 0.5), None)
    s.close()
    con = sqlite3.connect(path)  # as a Storyline of schema 12 left it
    con.execute("DROP TABLE language_sums")
    con.execute("UPDATE meta SET value='12' WHERE key='schema_version'")
    con.commit()
    con.close()
    again = open_store(path)
    kept = again.language_vector_sums()
    assert {lang: n for lang, (_, n) in kept.items()} == {"en": 1, "ru": 2}
    assert np.allclose(kept["ru"][0], _scanned(again)["ru"][0])
    again.close()


def test_a_postgres_store_from_before_the_sums_gets_them_when_opened(store_url):
    """PostgreSQL's migration 6 fills the sums from the vectors already stored
    (``postgres_schema.MIGRATION_STEPS``), as SQLite's 13 does."""
    if not store_url.startswith("postgresql"):
        pytest.skip("the SQLite file's upgrade is the test above")
    import psycopg

    s = open_store(store_url)
    for i, lang in enumerate(["en", "ru", "ru"]):
        s.add_article(make_article(i, lang=lang), unit_vector(1.0, float(i), 0.5), None)
    s.close()
    with psycopg.connect(store_url, autocommit=True) as con:  # as a Storyline of schema 5 left it
        con.execute("DROP TABLE language_sums")
        con.execute("UPDATE meta SET value='5' WHERE key='schema_version'")
    again = open_store(store_url)
    kept = again.language_vector_sums()
    assert {lang: n for lang, (_, n) in kept.items()} == {"en": 1, "ru": 2}
    assert np.allclose(kept["ru"][0], _scanned(again)["ru"][0])
    again.close()


def test_rows_of_another_width_than_a_languages_sum_are_left_out_at_once_as_one_by_one():
    one, many = LanguageMeans(), LanguageMeans()
    for tally in (one, many):
        tally.add("hi", unit_vector(1.0, 2.0))
    rows = np.vstack([unit_vector(1.0, 0.0, 0.0), unit_vector(0.0, 1.0, 0.0)])
    for row in rows:
        one.add("hi", row)
    many.add_many(rows, ["hi", "hi"])
    assert one.count("hi") == many.count("hi") == 1
    assert np.allclose(one.totals()["hi"][0], many.totals()["hi"][0])
