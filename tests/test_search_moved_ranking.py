"""Meaning hits of a query in a script no stored report is written in, whose
own vector is not about anything stored by itself, are ranked by the query
read out of its language's region (the vector the off-topic gate reads,
storyline.search_meaning.moved_vector), not by its own vector: "地震"
(earthquake) listed the Derna floods before the Morocco quake.
Real model, real SQLite file (the session's demo store, read only)."""
from __future__ import annotations

import pytest

from storyline.search_centre import centred, centring
from storyline.search_meaning import moved_vector, semantic_hits, stands_out
from storyline.store.records import SearchFilters


def _event(app, query: str) -> int:
    return app.search(query, limit=1).hits[0].event_id


@pytest.fixture()
def app(demo_app):
    if centring() is None:
        pytest.skip("no similarity model shipped")
    return demo_app[0]


def test_a_chinese_word_for_earthquake_lists_the_quake_first(app):
    quake, floods = _event(app, "Morocco earthquake"), _event(app, "Derna floods")
    # the premise: its own vector fails the gate, and read with it the floods' report comes first
    qvec = app.embedder.embed_one("地震", "query")
    near = [(a, s) for a, s in app.store.nearest_articles(qvec, 200) if s >= app.embedder.profile.search_floor]
    assert not stands_out(near[0][1], qvec, app.embedder.profile.search_gate)
    first = centred(app.store, qvec, near)[0][0]
    assert app.store.get_article(first).event_id == floods
    hits = semantic_hits(app.store, app.embedder, "地震", SearchFilters())
    assert hits and app.store.get_article(hits[0][0]).event_id == quake
    res = app.search("地震", limit=10)
    assert not res.off_topic and res.hits[0].event_id == quake


def test_a_query_in_a_stored_script_is_ranked_by_its_own_vector(app):
    """English and Russian reports are stored: their queries are not moved,
    so their order is the centred cosines of their own vector."""
    for query in ("earthquake", "наводнение в Ливии"):
        qvec = app.embedder.embed_one(query, "query")
        assert moved_vector(app.store, qvec, query) is qvec
        near = [(a, s) for a, s in app.store.nearest_articles(qvec, 200) if s >= app.embedder.profile.search_floor]
        order = [a for a, _ in centred(app.store, qvec, near)]
        hits = semantic_hits(app.store, app.embedder, query, SearchFilters())
        assert [a for a, _ in hits] == [a for a in order if a in dict(hits)]


def test_a_moved_query_that_stands_out_by_itself_keeps_its_own_order(app):
    """"普京访问朝鲜" (Putin visits North Korea) is moved for the gate but its
    own vector stands out already: its meaning hits are in its own order."""
    query = "普京访问朝鲜"
    qvec = app.embedder.embed_one(query, "query")
    assert moved_vector(app.store, qvec, query) is not qvec
    near = [(a, s) for a, s in app.store.nearest_articles(qvec, 200) if s >= app.embedder.profile.search_floor]
    assert stands_out(near[0][1], qvec, app.embedder.profile.search_gate)
    order = [a for a, _ in centred(app.store, qvec, near)]
    hits = semantic_hits(app.store, app.embedder, query, SearchFilters())
    assert hits and [a for a, _ in hits] == [a for a in order if a in dict(hits)]
