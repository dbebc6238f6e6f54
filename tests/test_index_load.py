"""Loading the event index from a store (one column read, sums in one pass)
gives bit for bit the state that adding every stored report one at a time
gives: the same event sums, language sums, index vectors and views (issue 15:
the fast load must not change where a report is placed)."""
from __future__ import annotations

from storyline import demo
from storyline.group.grouper import Grouper
from storyline.ingest.readers import from_record
from storyline.service import Storyline


def _state(g: Grouper) -> dict:
    c, cos = g.clusterer, g.scorer.cosine
    c._flush()
    index = [c._index_vector(a).tobytes() for a in c.ids] if c.index is not None else \
        [c.unit[a].tobytes() for a in sorted(c.unit)]
    return {
        "events": {e: (s.members, s.first, s.last, s.vector_sum.dtype.str, s.vector_sum.tobytes())
                   for e, s in c.events.items()},
        "langs": {lang: (n, total.dtype.str, total.tobytes()) for lang, (total, n) in cos.means.totals().items()},
        "index": index, "event_of": c.event_of, "published": c.published,
        "views": {a: (v.article_id, v.dated, v.cos[1], v.cos[0].dtype.str, v.cos[0].tobytes())
                  for a, v in c.views.items()},
        "copies": (g._dup_root, g._copies, g._unread),
    }


def test_a_loaded_index_equals_one_built_report_by_report(store_url):
    rows = demo.records()[:40]  # dated and undated reports, several languages and copies
    app = Storyline(store_url)
    try:
        app.ingest([from_record(r, f"demo:{r['id']}") for r in rows], relink=False)
        loaded = Grouper()
        loaded.load(app.store)
        one_by_one = Grouper()
        for row in app.store.iter_vectors():
            if row.vector is None or row.event_id is None:
                continue
            if row.duplicate_of:
                one_by_one._dup_root[row.article_id] = row.duplicate_of
                one_by_one._copies.setdefault(row.duplicate_of, []).append(row.article_id)
            if row.lang and row.article_id in loaded._unread:
                one_by_one._unread[row.article_id] = row.lang
            one_by_one._index(row.article_id, row.vector, row.event_id, row.published,
                              one_by_one.scorer.stored_view(row))
        assert len(loaded.clusterer.events) > 5 and len(loaded.scorer.cosine.means.totals()) > 1
        assert any(len(s.members) > 2 for s in loaded.clusterer.events.values())
        assert _state(loaded) == _state(one_by_one)
    finally:
        app.close()


def test_the_load_query_reads_an_index_not_the_article_rows(tmp_path):
    """SQLite: the vector rows come from the covering index of migration 11
    (an article row holds its text; reading past it cost 0.06 s at 20,000)."""
    from storyline.store.sqlite import SQLiteStore
    from storyline.store.vector_columns import _COLUMNS_Q

    store = SQLiteStore(tmp_path / "s.db")
    try:
        plan = " ".join(str(r[-1]) for r in store.db.execute("EXPLAIN QUERY PLAN " + _COLUMNS_Q.format(sig="")))
        assert "COVERING INDEX articles_vector_rows" in plan, plan
    finally:
        store.close()
