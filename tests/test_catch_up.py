"""Several writers on one database: a process catches its grouping indexes up
with what the others added, without rebuilding them, to exactly the state a
fresh load would give (on every backend: ``store_url``)."""
from __future__ import annotations

from storyline import demo
from storyline.group.grouper import Grouper
from storyline.ingest.readers import from_record
from storyline.service import Storyline


def _items(rows):
    return [from_record(r, f"demo:{r['id']}") for r in rows]


def _state(grouper: Grouper) -> tuple:
    c = grouper.clusterer
    return (dict(c.event_of), {e: sorted(s.members) for e, s in c.events.items()},
            sorted([*c.fid, *c.unit]), dict(grouper._dup_root))  # indexed: faiss's or the store's


def test_a_writer_catches_up_with_another_without_rebuilding(store_url):
    rows = [r for r in demo.records() if r.get("date")][:18]
    first, second = Storyline(store_url), Storyline(store_url)
    try:
        first.ingest(_items(rows[:6]), relink=False)
        second.ingest(_items(rows[4:12]), relink=False)  # 4-5 repeat: skipped, not stored twice
        report = first.ingest(_items(rows[10:]), relink=False)
        assert first.index_rebuilds == 0 and second.index_rebuilds == 0
        assert len(report.skipped) == 2 and first.store.count_articles() == 18
        fresh = Grouper()
        fresh.load(first.store)
        assert _state(first.grouper) == _state(fresh)  # caught up == rebuilt
        assert set(first.grouper.clusterer.event_of) == {a.id for a in first.store.articles()}
        # PostgreSQL: candidates come from its HNSW index, no faiss copy is held
        assert (first.grouper.clusterer.index is None) == first.store.shared_vector_index
    finally:
        first.close()
        second.close()


def test_a_move_elsewhere_is_replayed_without_rebuilding(store_url):
    rows = [r for r in demo.records() if r.get("date")][:4]
    first, second = Storyline(store_url), Storyline(store_url)
    try:
        first.ingest(_items(rows[:2]), relink=False)
        moved = first.store.articles()[0]
        with second.store.transaction():
            event = second.store.save_event(None, "elsewhere", first.embedder.embed_one("x", "passage"),
                                            1, None, None)
            second.store.move_article(moved.id, event)
            if not first.store.articles(event_id=moved.event_id):
                second.store.delete_event(moved.event_id)  # emptied: deleted, as a second look does
        first.ingest(_items(rows[2:]), relink=False)
        assert first.index_rebuilds == 0
        assert first.grouper.clusterer.event_of[moved.id] == event  # the move was replayed
        fresh = Grouper()
        fresh.load(first.store)
        assert _state(first.grouper) == _state(fresh)
    finally:
        first.close()
        second.close()
