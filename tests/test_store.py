"""SQLite store: schema versioning, round trips, atomic transactions."""
from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import replace

import numpy as np
import pytest

from storyline.records import Article, DateMention, EntityMention, Removal
from storyline.store import open_store
from storyline.store.records import EntityRow
from storyline.store.sqlite import SCHEMA_VERSION, SchemaError

pytestmark = pytest.mark.sqlite_only  # the SQLite backend's own file; tests/test_store_contract.py covers every backend


def _article(i: int, **kw) -> Article:
    return Article(id=f"a{i}", origin=f"f{i}.txt", title=f"Title {i}", text=f"Text {i}",
                   raw_text=f"raw {i}", content_hash=f"h{i}", lang="en",
                   published=dt.date(2024, 6, 20), **kw)


def test_schema_version_recorded_and_newer_refused(db_path):
    s = open_store(db_path)
    assert s.schema_version == SCHEMA_VERSION
    s.close()
    con = sqlite3.connect(db_path)
    con.execute("UPDATE meta SET value=? WHERE key='schema_version'", (str(SCHEMA_VERSION + 1),))
    con.commit()
    con.close()
    with pytest.raises(SchemaError, match="newer"):
        open_store(db_path)


def test_article_round_trip_with_vector(db_path):
    s = open_store(db_path)
    a = _article(1, url="https://x/1", removed=[Removal("tags-line", "Tags: a")],
                 sentences=["Text 1"],
                 dates=[DateMention("June", 0, 4, dt.date(2024, 6, 1), "month", "In June.")],
                 entities=[EntityMention("Putin", 0, 5, "PERSON", "putin")])
    with s.transaction():
        eid = s.save_event(None, "Ev", np.ones(4, np.float32), 1, a.published, a.published)
        a.event_id = eid
        s.add_article(a, np.arange(4, dtype=np.float32), b"sig")
    got = s.get_article("a1")
    assert got == a
    assert s.find_existing("https://x/1", "other") == "a1"
    assert s.find_existing(None, "h1") == "a1"
    assert s.find_existing(None, "nope") is None
    (row,) = list(s.iter_vectors())
    assert row.vector.tolist() == [0, 1, 2, 3] and row.signature == b"sig"
    ev = s.event(eid)
    # its source is unknown: not a named independent source, counted apart
    assert ev.n_articles == 1 and ev.languages == ["en"] and ev.n_sources == 0
    assert ev.n_unknown_source == 1 and ev.n_undated == 0


def test_failed_transaction_leaves_nothing(db_path):
    s = open_store(db_path)
    with pytest.raises(RuntimeError):
        with s.transaction():
            s.add_article(_article(1), None, None)
            raise RuntimeError("killed")
    assert s.count_articles() == 0
    with s.transaction():
        s.add_article(_article(1), None, None)
    with pytest.raises(sqlite3.IntegrityError):
        with s.transaction():
            s.add_article(_article(2), None, None)
            s.add_article(_article(1), None, None)  # duplicate id: whole batch rolls back
    assert s.count_articles() == 1


def test_state_blobs(db_path):
    s = open_store(db_path)
    assert s.get_state("k") is None
    s.set_state("k", {"a": [1, 2], "é": "ü"})
    s.close()
    assert open_store(db_path).get_state("k") == {"a": [1, 2], "é": "ü"}


def test_independent_sources_ignore_copies(db_path):
    s = open_store(db_path)
    with s.transaction():
        eid = s.save_event(None, "Ev", np.ones(4, np.float32), 3, None, None)
        s.add_article(_article(1, source="Wire", event_id=eid), None, None)
        s.add_article(_article(2, source="Paper", event_id=eid, duplicate_of="a1"), None, None)
        s.add_article(_article(3, source="Other", event_id=eid), None, None)
    ev = s.event(eid)
    assert ev.n_articles == 3 and ev.n_sources == 2 and ev.n_unknown_source == 0


def test_unknown_sources_and_undated_reports_are_counted_apart(db_path):
    """Reports of unknown source are not named independent sources (a copy of
    one still counts once), and reports with no date of their own are counted
    for the reader to be told; the event's dates come from its dated reports."""
    from storyline.wording import sources_phrase

    s = open_store(db_path)
    with s.transaction():
        eid = s.save_event(None, "Ev", np.ones(4, np.float32), 5, dt.date(2024, 6, 20),
                           dt.date(2024, 6, 20))
        s.add_article(_article(1, event_id=eid), None, None)
        s.add_article(_article(2, event_id=eid), None, None)
        s.add_article(_article(3, event_id=eid, duplicate_of="a2"), None, None)
        undated = _article(4, event_id=eid)
        undated.published = None
        s.add_article(undated, None, None)
    ev = s.event(eid)
    assert (ev.n_articles, ev.n_sources, ev.n_unknown_source, ev.n_undated) == (4, 0, 3, 1)
    assert sources_phrase(ev.n_sources, ev.n_unknown_source) == "3 reports, sources unknown"
    with s.transaction():
        s.add_article(_article(5, event_id=eid, source="Wire"), None, None)
        s.add_article(_article(6, event_id=eid, source="wire"), None, None)  # same outlet
    ev = s.event(eid)
    assert (ev.n_sources, ev.n_unknown_source) == (1, 3)
    assert sources_phrase(ev.n_sources, ev.n_unknown_source) == \
        "1 independent source + 3 reports of unknown source"
    assert sources_phrase(2, 0) == "2 independent sources"
    assert sources_phrase(0, 1) == "1 report, source unknown"


def test_entities_are_found_by_any_spelling_also_after_an_upgrade(db_path):
    """Migrations 4-5 index every spelling of the canonical entities (with its
    spelling key); a database written before them (entities, no index, no
    names per language) gets its index when it is opened."""
    s = open_store(db_path)
    people = [EntityRow(id="narendra modi", name="Narendra Modi", label="PERSON",
                        aliases=["Narendra Modi", "नरेंद्र मोदी", "Нарендра Моди"], mentions=3),
              EntityRow(id="modi", name="Modi", label="PERSON", aliases=["Modi"], mentions=1)]
    with s.transaction():
        s.replace_entities(people, [])
    assert s.find_entity("нарендра моди").name == "Narendra Modi"  # case and script
    assert s.find_entity(" नरेंद्र मोदी ").id == "narendra modi"
    assert s.find_entity("Modi").id == "modi" and s.find_entity("Putin") is None
    s.close()
    con = sqlite3.connect(db_path)  # as a Storyline of schema 3 left it
    con.execute("DROP TABLE entity_aliases")
    con.execute("ALTER TABLE entities DROP COLUMN names")
    con.execute("UPDATE meta SET value='3' WHERE key='schema_version'")
    con.commit()
    con.close()
    again = open_store(db_path)
    assert again.schema_version == SCHEMA_VERSION
    assert again.find_entity("Нарендра Моди").id == "narendra modi"
    assert "narendra modi" in {r.spell for r in again.entity_alias_rows() if r.entity_id == "narendra modi"}
    again.close()


def _open_and_report(path: str, start, out) -> None:
    start.wait()  # a barrier: every process is up before any opens the file
    try:
        store = open_store(path)
        out.put(store.schema_version)
        store.close()
    except Exception as exc:  # noqa: BLE001 - reported to the test
        out.put(f"{type(exc).__name__}: {exc}")


def test_processes_opening_a_new_file_at_once_migrate_it_once(tmp_path):
    """Several writers started together on a new file (``bench writers``): each
    migration re-reads the version under the writer lock, so none fails on a
    table another process just created (the old check, outside the lock, did)."""
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")
    start, out = ctx.Barrier(4), ctx.Queue()
    path = str(tmp_path / "new.db")
    procs = [ctx.Process(target=_open_and_report, args=(path, start, out)) for _ in range(4)]
    for p in procs:
        p.start()
    got = [out.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(30)
    assert got == [SCHEMA_VERSION] * 4
    assert sqlite3.connect(path).execute("SELECT value FROM meta").fetchone()[0] == str(SCHEMA_VERSION)


def test_word_index_is_keyed_again_when_an_older_file_is_opened(db_path):
    """Migration 12 re-indexes the words of a file written before word keys
    (storyline.store.word_key), and the triggers key what they add and
    update from then on: "लग्ज़री" finds the "लग्जरी" stored before."""
    from storyline.store.sqlite import MIGRATIONS

    s = open_store(db_path)
    s.add_article(_article(1), None, None)
    s.close()
    con = sqlite3.connect(db_path)  # the index as a Storyline of schema 11 left it, words unkeyed
    for name in ("articles_fts_ai", "articles_fts_ad", "articles_fts_au"):
        con.execute(f"DROP TRIGGER {name}")
    con.execute("DROP TABLE articles_fts")
    con.execute("UPDATE articles SET text='किम को ऑरस लग्जरी कार भेंट की' WHERE id='a1'")
    con.executescript(MIGRATIONS[1])  # migration 2: the index and its triggers, filled as written
    con.execute("UPDATE meta SET value='11' WHERE key='schema_version'")
    con.commit()
    con.close()
    again = open_store(db_path)
    assert [a for a, _ in again.search_text("लग्ज़री")] == ["a1"]
    again.add_article(replace(_article(2), title="ΑΘΗΝΑ"), None, None)
    assert [a for a, _ in again.search_text("Αθήνα")] == ["a2"]
    again.update_cleaned(replace(again.get_article("a1"), text="न्यूज़ के मुताबिक"))
    assert [a for a, _ in again.search_text("न्यूज")] == ["a1"] and again.search_text("लग्जरी") == []
    again.close()
