"""Meaning hits ranked with each report centred on its language
(:mod:`storyline.search_centre`), on the demo corpus (real SQLite file, real
model): over the search bench's typed queries, more of the first 10 are
reports of the queried event than with plain cosines, and the order is the
centred cosine's."""
from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import numpy as np

import storyline.search_meaning as S
from storyline import demo
from storyline.search_centre import centred, centring, language_mean
from storyline.store.records import SearchFilters

QUERIES = Path(__file__).parent / "data" / "demo_search_queries.jsonl"


def _relevant_in_first_10(app, typed) -> tuple[int, int]:
    """(reports of the queried event, of them not in English) among each typed
    query's first 10 meaning hits, summed."""
    n = other = 0
    for q in typed:
        res = app.search(q["query"], limit=10, mode="semantic")
        for h in res.hits[:10]:
            if demo.labels()[app.article(h.article_id).external_id]["event"] in q["relevant"]:
                n += 1
                other += h.lang != "en"
    return n, other


def test_centring_lists_more_of_the_queried_event_than_plain_cosines(demo_app, monkeypatch):
    app, _ = demo_app
    typed = [json.loads(x) for x in QUERIES.read_text(encoding="utf-8").splitlines() if x.strip()]
    # no cut either way: the ranking alone is compared
    monkeypatch.setattr(app.embedder, "profile", dataclasses.replace(app.embedder.profile, search_cut=None))
    ours, ours_other = _relevant_in_first_10(app, typed)
    monkeypatch.setattr(S, "centred", lambda store, qvec, near: near)
    plain, plain_other = _relevant_in_first_10(app, typed)
    assert ours > plain and ours_other >= plain_other, (ours, plain, ours_other, plain_other)


def test_meaning_hits_are_ordered_by_their_centred_cosine(demo_app):
    """The meaning list fused into the results is in centred order (a copy
    then lends its original its place: fold_copies)."""
    app, _ = demo_app
    assert centring() is not None  # the similarity model ships its language means
    for query in ("earthquake death toll", "Putin Kim", "चंद्रयान"):
        near = S.semantic_hits(app.store, app.embedder, query, SearchFilters())
        sims = [s for _, s in near]
        assert sims and sims == sorted(sims, reverse=True), query
        assert max(sims) < 0.5  # centred: the plain cosines of e5 sit above 0.77


def test_centred_rescores_every_candidate_on_one_scale(demo_app):
    app, _ = demo_app
    qvec = app.embedder.embed_one("earthquake", "query")
    near = app.store.nearest_articles(qvec, 20)
    again = centred(app.store, qvec, near)
    assert {a for a, _ in again} == {a for a, _ in near}
    rows = {r.article_id: r for r in app.store.iter_vectors([a for a, _ in near])}
    c = centring()
    for a, s in again:
        v = rows[a].vector.astype(np.float32) - language_mean(app.store, c, rows[a].lang or "")
        v = v / np.linalg.norm(v)
        assert abs(float(v @ qvec) - s) < 1e-5
    assert centred(app.store, qvec, []) == []
