"""Storage contract cases for what the ingest call of a large store reads
and writes (issue 15): the event index's columns, the reports after a name
checkpoint, stories written as a difference.  Every backend, as
tests/test_store_contract.py (PostgreSQL skips without ``$STORYLINE_TEST_PG``)."""
from __future__ import annotations

import numpy as np
from store_kit import D, make_article, store, unit_vector  # noqa: F401  (the same store fixture)


def test_vector_columns_are_the_placed_rows_of_iter_vectors_as_one_matrix(store):
    """What loading the event index reads: the rows with a vector and an
    event, in ingest order, the vectors bit for bit (one matrix)."""
    assert len(store.vector_columns()) == 0
    with store.transaction():
        e1 = store.save_event(None, "E1", unit_vector(1, 0, 0), 2, D, D)
        for i, e, vec in [(3, e1, unit_vector(1, 2, 3)), (1, None, unit_vector(0, 1, 0)), (2, e1, unit_vector(3, 1, 0)),
                          (4, e1, None)]:
            store.add_article(make_article(i, event_id=e, duplicate_of="a3" if i == 2 else None),
                              vec, b"s%d" % i)
    cols = store.vector_columns()
    placed = [r for r in store.iter_vectors() if r.vector is not None and r.event_id is not None]
    assert cols.ids == [r.article_id for r in placed] == ["a3", "a2"]
    assert cols.matrix.dtype == np.float32 and cols.matrix.shape == (2, 3)
    assert cols.matrix.tobytes() == np.vstack([r.vector for r in placed]).astype(np.float32).tobytes()
    for i, r in enumerate(placed):
        got = cols.row(i)
        assert (got.article_id, got.event_id, got.published, got.duplicate_of, got.lang, got.signature) == \
            (r.article_id, r.event_id, r.published, r.duplicate_of, r.lang, None)
        assert got.vector.tobytes() == r.vector.tobytes()
    assert cols.duplicate_of == [None, "a3"] and cols.published == [D, D]
    assert store.vector_columns(signatures=True).signatures == [b"s3", b"s2"]


def test_reports_since_the_nth_report_only_if_it_is_the_one_named(store):
    store.add_article(make_article(1), unit_vector(1, 0), None)
    store.add_article(make_article(2, not_article="error-page"), None, None)  # flagged: not counted
    for i in (3, 4, 5):
        store.add_article(make_article(i), unit_vector(1, i), None)
    ids = lambda got: None if got is None else [a.id for a in got]  # noqa: E731
    assert ids(store.reports_since(0, None)) == ["a1", "a3", "a4", "a5"]
    assert ids(store.reports_since(2, "a3")) == ["a4", "a5"]
    assert ids(store.reports_since(4, "a5")) == []
    assert store.reports_since(2, "a4") is None and store.reports_since(3, "a3") is None
    assert store.reports_since(2, "a2") is None and store.reports_since(1, "gone") is None
    assert store.reports_since(2, "a3")[0] == store.get_article("a4")


def test_replace_stories_leaves_exactly_the_new_stories_whatever_was_there(store):
    """Only what changed is written, but the result is the whole new map:
    stories gone, events left out (no story), renamed and new stories."""
    with store.transaction():
        e1, e2, e3, e4 = (store.save_event(None, f"E{i}", unit_vector(1, i), 1, D, D) for i in range(4))
        for i, e in enumerate((e1, e2, e3, e4)):
            store.add_article(make_article(i, event_id=e), unit_vector(1, i), None)
    store.replace_stories({e1: 1, e2: 1, e3: 2, e4: 3}, {1: "One", 2: "Two", 3: "Three"})
    store.replace_stories({e1: 1, e2: 4, e3: 2}, {1: "One", 2: "Two, renamed", 4: "Four"})
    assert store.story_map() == {e1: 1, e2: 4, e3: 2}
    assert sorted((s.id, s.headline, s.event_ids) for s in store.stories()) == \
        [(1, "One", [e1]), (2, "Two, renamed", [e3]), (4, "Four", [e2])]
    assert store.event(e4).story_id is None and store.story(3) is None
    store.replace_stories({}, {})
    assert store.story_map() == {} and store.stories() == []


def test_lists_longer_than_one_statement_takes_are_read_and_written_whole(store):
    """The shared queries split a list of ids into pieces where the backend
    needs it (SQLite: 500 marks a statement, ``Dialect.any_of_pieces``);
    every piece must count: reads merge them, deletes add up."""
    n = 1201  # three SQLite pieces, the last a short one
    ids = [f"s{i:04d}" for i in range(n)]
    with store.transaction():
        for i, a in enumerate(ids):
            store.put_sentences(a, [(0, 5, bool(i % 2)), (6, 9 + i, False)])
    spans = store.sentence_spans(ids[::-1])
    assert sorted(spans) == ids and spans["s1200"] == [(0, 5, False), (6, 1209, False)]
    assert spans["s0001"][0] == (0, 5, True)
    store.put_story_evidence({e: {"n": e} for e in range(1, n + 1)})
    store.put_story_evidence({e: None for e in range(1, n)})  # all but the last gone
    assert store.story_evidence() == {n: {"n": n}}
    with store.transaction():
        for e in range(1, n + 1):
            store.save_event_facts(e, f"f{e}", {"e": e})
    store.keep_event_facts([3, n])
    assert store.event_fingerprints() == {3: "f3", n: f"f{n}"}
    assert store.get_event_facts(n) == {"e": n} and store.get_event_facts(4) is None


def test_event_titles_read_a_page_of_events_headlines_at_once(store):
    """What a list page names its events from (issue 12): the listed headline,
    the ``headlines`` member of the stored facts ({} before they are stored;
    the rest of the document is not read) and the languages of the reports,
    not the flagged pages, titled with the listed headline, in ingest order."""
    with store.transaction():
        e1 = store.save_event(None, "Dam bursts", unit_vector(1, 0), 3, D, D)
        e2 = store.save_event(None, "Плотина", unit_vector(0, 1), 1, D, D)
        store.add_article(make_article(1, event_id=e1, title="Damm bricht", lang="de"), unit_vector(1, 0), None)
        store.add_article(make_article(2, event_id=e1, title="Dam bursts", lang="fr"), unit_vector(1, 0), None)
        store.add_article(make_article(3, event_id=e1, title="Dam bursts"), unit_vector(1, 0), None)
        store.add_article(make_article(4, title="Dam bursts", lang="es", not_article="error-page"), None, None)
        store.add_article(make_article(5, event_id=e2, title="Плотина", lang="ru"), unit_vector(0, 1), None)
    store.save_event_facts(e1, "fp", {"facts": [1] * 50, "headlines": {"": "Dam bursts", "de": "Damm bricht",
                                                                       "ру": "é"}})
    got = store.event_titles([e1, e2, 999])
    assert set(got) == {e1, e2}  # an id not stored is left out
    assert (got[e1].listed, got[e1].chosen, got[e1].listed_langs) == \
        ("Dam bursts", {"": "Dam bursts", "de": "Damm bricht", "ру": "é"}, ["fr", "en"])
    assert (got[e2].listed, got[e2].chosen, got[e2].listed_langs) == ("Плотина", {}, ["ru"])
    assert store.event_titles([]) == {}
    assert set(store.event_titles([e1, e2], headlines=["Плотина", "Other"])) == {e2}  # a story's top only
    assert store.event_titles([e1, e2], headlines=[]) == {}
