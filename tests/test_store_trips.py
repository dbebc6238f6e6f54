"""Where each report's trip goes, stored with it (storyline.store.trip_column),
on every backend: written with the row, rewritten by every write that changes
what it is read from, and filled by the migration for reports stored before."""
from __future__ import annotations

import sqlite3

import pytest
from store_kit import make_article, store, unit_vector  # noqa: F401 (fixture)

from storyline.analyse.happening import read_stored_trips
from storyline.records import EntityMention
from storyline.store import open_store

VISIT = "Putin visited Pyongyang on Tuesday."
MEETING = "Putin met Kim in Pyongyang on Tuesday."  # no travel cue before the place


def _pyongyang(text: str) -> list[EntityMention]:
    start = text.index("Pyongyang")
    return [EntityMention(text="Pyongyang", start=start, end=start + 9, label="PLACE", key="pyongyang")]


def _trips(s, event_id: int) -> dict[str, frozenset[str] | None]:
    return {a: read_stored_trips(v) for e, a, v in s.report_trips([event_id]) if e == event_id}


def _add(s, i: int, text: str, event_id: int, **kw) -> None:
    s.add_article(make_article(i, text=text, raw_text=text, entities=_pyongyang(text), event_id=event_id, **kw),
                  unit_vector(1.0, float(i), 0.5), None)


def test_a_reports_trip_is_stored_and_rewritten_with_what_it_is_read_from(store):
    _add(store, 1, VISIT, event_id=1)
    _add(store, 2, MEETING, event_id=1)
    _add(store, 3, VISIT, event_id=2)
    store.add_article(make_article(4, text=VISIT, raw_text=VISIT, entities=_pyongyang(VISIT),
                                   not_article="front-page"), None, None)  # no report: not listed
    assert _trips(store, 1) == {"a1": {"country:KP"}, "a2": frozenset()}
    store.move_article("a3", 1)  # a move keeps the report's own trip
    assert _trips(store, 1)["a3"] == {"country:KP"} and _trips(store, 2) == {}
    store.move_article("a1", 1, [])  # its names rewritten: no place, no trip
    assert _trips(store, 1)["a1"] == frozenset()
    cleaned = store.get_article("a3")
    cleaned.text = MEETING
    cleaned.entities = _pyongyang(MEETING)
    store.update_cleaned(cleaned)
    assert _trips(store, 1)["a3"] == frozenset()
    dated = store.get_article("a2")  # a date months off in the visit's sentence: another trip
    dated.text, dated.entities = VISIT, _pyongyang(VISIT)
    store.update_cleaned(dated)
    assert _trips(store, 1)["a2"] == {"country:KP"}
    from storyline.analyse.dates import resolve_dates

    dated.text = "Putin visited Pyongyang on 3 March 2020."
    store.update_cleaned(dated)  # the date not read yet
    assert _trips(store, 1)["a2"] == {"country:KP"}
    dated.dates = resolve_dates(dated.text, dated.published, "en")
    store.redate_article(dated)
    assert _trips(store, 1)["a2"] == frozenset()


def _two_reports(url: str) -> None:
    s = open_store(url)
    _add(s, 1, VISIT, event_id=1)
    _add(s, 2, MEETING, event_id=1)
    s.close()


def _filled_when_opened(url: str) -> None:
    again = open_store(url)
    assert _trips(again, 1) == {"a1": {"country:KP"}, "a2": frozenset()}
    again.close()


@pytest.mark.sqlite_only  # an SQLite file of schema 13, rewritten by hand
def test_a_store_from_before_the_trips_gets_them_when_opened(tmp_path):
    """SQLite's migration 14 adds the column and fills the trips of the
    reports already stored (``MIGRATION_STEPS``)."""
    path = str(tmp_path / "old.db")
    _two_reports(path)
    con = sqlite3.connect(path)  # as a Storyline of schema 13 left it
    con.execute("ALTER TABLE articles DROP COLUMN trips")
    con.execute("UPDATE meta SET value='13' WHERE key='schema_version'")
    con.commit()
    con.close()
    _filled_when_opened(path)


def test_a_postgres_store_from_before_the_trips_gets_them_when_opened(store_url):
    """PostgreSQL's migration 7 does what SQLite's 14 does."""
    if not store_url.startswith("postgresql"):
        pytest.skip("the SQLite file's upgrade is the test above")
    import psycopg

    _two_reports(store_url)
    with psycopg.connect(store_url, autocommit=True) as con:  # as a Storyline of schema 6 left it
        con.execute("ALTER TABLE articles DROP COLUMN trips")
        con.execute("UPDATE meta SET value='6' WHERE key='schema_version'")
    _filled_when_opened(store_url)


def test_a_value_another_reading_stored_is_none():
    """A stored value is trusted only under the reading that wrote it
    (``TRIPS_VERSION``); search reads such a report again."""
    from storyline.analyse import happening

    assert read_stored_trips(f"{happening.TRIPS_VERSION}:KP RU") == {"country:KP", "country:RU"}
    assert read_stored_trips(f"{happening.TRIPS_VERSION}:") == frozenset()
    assert read_stored_trips(f"{happening.TRIPS_VERSION + 1}:KP") is None
    assert read_stored_trips(None) is None
