"""A report that joined its event from beyond its window (a far member:
storyline.group.event_looks, FAR_MARGIN) is a member, but its date is not
its event's: the event's first and last day, the window later reports are
placed by and its dot on a story timeline come from its other members
(storyline.group.event_state; docs/benchmarks.md, h-events19).  The flag is
stored with the membership (SQLite migration 17, PostgreSQL 10), so a
restarted process, another writer and an upgraded store read it back."""
from __future__ import annotations

import datetime as dt
import sqlite3

import numpy as np
import pytest
from fastapi.testclient import TestClient

from storyline.api import create_app
from storyline.group.event_looks import LONE_EXTRA
from storyline.group.event_state import EventState
from storyline.group.grouper import Grouper
from storyline.ingest.readers import from_record
from storyline.serialize import event_detail_json
from storyline.service import Storyline
from storyline.store import open_store
from store_kit import make_article, unit_vector
from test_event_far import ROWS, _Given, _undated

CONGRESS, LATE = dt.date(2024, 3, 5), dt.date(2024, 3, 14)
CLEAR = 0.5 + LONE_EXTRA + 0.1  # s, read as undated, clears the cut with the congress alone


def _items(rows):
    return [from_record({"id": i, "title": i, "date": d, "text": t, "lang": "en"}, i) for i, d, t in rows]


def _joined(path: str, scorer: _Given | None = None) -> Storyline:
    """The rows of test_event_far ingested: s (14 March) joins the congress
    event (5 March) from beyond its window."""
    app = Storyline(path, scorer=scorer or _Given(_undated(CLEAR, 0.0)))
    app.ingest(_items(ROWS), relink=False)
    return app


def _by_key(app: Storyline):
    return {a.external_id: a for a in app.store.articles()}


def test_a_far_member_is_listed_but_its_date_is_not_its_events(tmp_path):
    app = _joined(str(tmp_path / "far.db"))
    try:
        a = _by_key(app)
        assert a["s"].event_id == a["a0"].event_id and a["s"].published == LATE
        row = app.store.event(a["a0"].event_id)
        assert (row.first_date, row.last_date) == (CONGRESS, CONGRESS)  # not 5-14 March
        far = {r.article_id: r.far for r in app.store.iter_vectors()}
        assert far[a["s"].id] and not far[a["a0"].id] and not far[a["z0"].id]
        assert app.store.vector_columns().far == [far[i] for i in app.store.vector_columns().ids]
        # the event page, `show --json` and the API list it, its date marked as outside the event's days
        listed = {x["id"]: x["outside_event_days"] for x in event_detail_json(
            app.event_detail(a["a0"].event_id))["articles_list"]}
        assert listed == {a["a0"].id: False, a["a1"].id: False, a["s"].id: True}
    finally:
        app.close()
    with TestClient(create_app(str(tmp_path / "far.db"), None), base_url="http://127.0.0.1") as client:
        page = client.get(f"/events/{a['a0'].event_id}?lang=de").text
    # one mark, on s's date (the page in German: the reader's words)
    assert page.count("außerhalb der Tage des Ereignisses</span>") == 1
    assert page.index('datetime="2024-03-14"') < page.index("außerhalb der Tage des Ereignisses</span>")


def test_the_flag_is_kept_by_a_restart_and_a_re_ingest(tmp_path):
    path = str(tmp_path / "kept.db")
    _joined(path).close()
    app = Storyline(path, scorer=_Given(_undated(CLEAR, 0.0)))
    try:
        report = app.ingest(_items(ROWS), relink=False)  # every row stored already: skipped
        assert len(report.skipped) == len(ROWS)
        a = _by_key(app)
        fresh = Grouper(_Given(_undated(CLEAR, 0.0)))
        fresh.load(app.store)
        ev = fresh.clusterer.events[a["a0"].event_id]
        assert ev.far == {a["s"].id} and (ev.first, ev.last) == (CONGRESS, CONGRESS)
        assert app.store.event(a["a0"].event_id).last_date == CONGRESS
    finally:
        app.close()


def test_a_later_report_near_the_far_members_date_is_not_in_the_events_window(tmp_path):
    """t (13 March) says what s said; s is within a day of it, but the event's
    days are the congress's, so t is not placed in it (with s's date counted,
    the window reached 14 March and t joined)."""
    scorer = _Given(_undated(CLEAR, 0.0))
    scorer.dated[frozenset(("t", "s"))] = 0.9
    app = _joined(str(tmp_path / "window.db"), scorer)
    try:
        app.ingest(_items([("t", "2024-03-13", "The new party leader named his deputies on Wednesday.")]),
                   relink=False)
        a = _by_key(app)
        assert a["s"].event_id == a["a0"].event_id != a["t"].event_id
    finally:
        app.close()


def test_a_far_move_by_another_writer_is_replayed_with_its_flag(store_url):
    rows = [("a0", "2024-03-05", ROWS[0][2]), ("b0", "2024-03-20", "A storm closed the northern ports.")]
    first, second = Storyline(store_url), Storyline(store_url)
    try:
        first.ingest(_items(rows), relink=False)
        a = _by_key(first)
        with second.store.transaction():
            second.store.move_article(a["b0"].id, a["a0"].event_id, far=True)
            second.store.delete_event(a["b0"].event_id)
        first.ingest(_items([("c0", "2024-04-02", "Tennis: the final was rained off.")]), relink=False)
        assert first.index_rebuilds == 0
        ev = first.grouper.clusterer.events[a["a0"].event_id]
        assert ev.far == {a["b0"].id} and (ev.first, ev.last) == (CONGRESS, CONGRESS)
        # a names rewrite in the same event keeps the flag; a move elsewhere clears it
        with second.store.transaction():
            second.store.move_article(a["b0"].id, a["a0"].event_id, [])
        assert {r.article_id: r.far for r in second.store.iter_vectors()}[a["b0"].id]
        with second.store.transaction():
            second.store.move_article(a["b0"].id, a["a0"].event_id + 100)
        assert not {r.article_id: r.far for r in second.store.iter_vectors()}[a["b0"].id]
    finally:
        first.close()
        second.close()


def _stored_before_the_flag(path: str) -> str:
    s = open_store(path)
    with s.transaction():
        event = s.save_event(None, "e", unit_vector(1.0, 0.0, 0.5), 1, None, None)
        art = make_article(0)
        art.event_id = event
        s.add_article(art, unit_vector(1.0, 0.0, 0.5), None)
    s.close()
    return art.id, event


def _reads_the_flag_unset(path: str, article_id: str, event: int) -> None:
    again = open_store(path)
    try:
        assert [r.far for r in again.iter_vectors()] == [False]
        assert again.vector_columns().far == [False]
        with again.transaction():
            again.move_article(article_id, event, far=True)
        assert [r.far for r in again.iter_vectors()] == [True]
    finally:
        again.close()


@pytest.mark.sqlite_only  # an SQLite file of schema 16, rewritten by hand
def test_an_old_sqlite_store_gets_the_flag_unset_when_opened(tmp_path):
    """SQLite migration 17 adds the flag; rows stored before are not far."""
    path = str(tmp_path / "old.db")
    article_id, event = _stored_before_the_flag(path)
    con = sqlite3.connect(path)  # as a Storyline of schema 16 left it
    con.execute("DROP INDEX articles_vector_rows")
    con.execute("ALTER TABLE articles DROP COLUMN far_joined")
    con.execute("CREATE INDEX articles_vector_rows ON articles(seq, id, event_id, published, duplicate_of, "
                "lang, not_article) WHERE not_article IS NULL")
    con.execute("UPDATE meta SET value='16' WHERE key='schema_version'")
    con.commit()
    con.close()
    _reads_the_flag_unset(path, article_id, event)


def test_an_old_postgres_store_gets_the_flag_unset_when_opened(store_url):
    """PostgreSQL migration 10 adds the flag, as SQLite's 17."""
    if not store_url.startswith("postgresql"):
        pytest.skip("the SQLite file's upgrade is the test above")
    import psycopg

    article_id, event = _stored_before_the_flag(store_url)
    with psycopg.connect(store_url, autocommit=True) as con:  # as a Storyline of schema 9 left it
        con.execute("DROP INDEX articles_vector_rows")
        con.execute("ALTER TABLE articles DROP COLUMN far_joined")
        con.execute("UPDATE meta SET value='9' WHERE key='schema_version'")
    _reads_the_flag_unset(store_url, article_id, event)


def test_an_events_days_are_its_own_members_unless_all_are_far():
    v = np.ones(2, np.float32)
    ev = EventState()
    ev.add("a", v, CONGRESS)
    ev.add("s", v, LATE, far=True)
    assert (ev.first, ev.last) == (CONGRESS, CONGRESS)
    ev.remove("a", v, {"a": CONGRESS, "s": LATE})  # its others moved out: it is the event
    assert (ev.first, ev.last) == (LATE, LATE)
    ev.add("b", v, CONGRESS)  # a member of the event's own: the far days give way
    assert (ev.first, ev.last) == (CONGRESS, CONGRESS) and ev.far == {"s"}
    alone = EventState()
    alone.add("s", v, LATE, far=True)
    alone.add("u", v, None)
    assert (alone.first, alone.last) == (None, None)  # an undated event with a far member


def test_real_model_a_late_report_of_the_euro_final_leaves_the_finals_days(tmp_path):
    """Demo corpus, the Euro 2024 final (14-15 July): its English report dated
    a week late joins the final's event from beyond its window (test_event_far);
    the event still runs 14-15 July, and `show` marks the late report's date."""
    from storyline import demo
    from storyline.cli_read import _article_when

    records = {r["id"]: dict(r) for r in demo.records()}
    records["a-035"]["date"] = "2024-07-22"
    order = ["a-033", "a-036", "a-034", "a-037", "a-029", "a-027", "a-030", "a-035"]
    app = Storyline(str(tmp_path / "euro.db"))
    try:
        app.ingest([from_record(records[i], i) for i in order], relink=False)
        a = _by_key(app)
        assert a["a-035"].event_id == a["a-033"].event_id
        row = app.store.event(a["a-033"].event_id)
        assert row.last_date < dt.date(2024, 7, 22) and row.first_date >= dt.date(2024, 7, 14)
        assert "outside the event's days" in _article_when(a["a-035"], row)
        assert "outside" not in _article_when(a["a-033"], row)
    finally:
        app.close()


@pytest.mark.parametrize("far", [False, True])
def test_a_loaded_event_equals_one_built_member_by_member(far):
    """:meth:`EventClusterer.add_many` (a store's load) gives the days adding one by one gives."""
    from storyline.group.events import EventClusterer

    class _S:
        threshold, dim = 0.5, 2

    ids, dates = ["s", "a", "b"], [LATE, CONGRESS, None]
    flags = [far, False, False]
    vecs = np.eye(3, 2, dtype=np.float32)
    bulk, one = EventClusterer(_S()), EventClusterer(_S())
    bulk.add_many(ids, [1, 1, 1], [None] * 3, vecs, vecs, dates, flags)
    for i in range(3):
        one.add(ids[i], 1, None, vecs[i], vecs[i], dates[i], flags[i])
    got = [(c.events[1].first, c.events[1].last, c.events[1].far) for c in (bulk, one)]
    assert got[0] == got[1] == ((CONGRESS, CONGRESS, {"s"}) if far else (CONGRESS, LATE, set()))
