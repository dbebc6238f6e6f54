"""The day each event's happening took place is stored with it (issue 10, h-dates11).

h-dates10 placed an event's happening at view time, so only views that read its
reports anyway gave it: the events and stories lists dated (and, where a day
orders them, ordered) their items by the first report's day, and the list pages
read every listed event's reports.  Now a relink places the events whose reports
changed and stores the day (``events.happened``; SQLite migration 19,
PostgreSQL 12 place the events of a store written before), and every view reads it.

The store cases run on both backends (PostgreSQL with ``$STORYLINE_TEST_PG``)."""
import datetime as dt
import json
import re
import sqlite3

import numpy as np
import pytest

from storyline.cli import main as cli_main
from storyline.store import open_store
from tests.conftest import analysed_record

D = dt.date.fromisoformat
# A bridge fell on Sunday 3 March 2024, first reported on the Tuesday; a volcano
# erupted on Monday 4 March, reported that day.  First reports put the bridge
# later (03-05 after 03-04), happenings earlier (03-03 before 03-04); both events
# have two reports, the last on 03-05.
BRIDGE = [
    {"id": "br-1", "date": "2024-03-05", "lang": "en", "source": "Porto Daily",
     "title": "Road bridge over the Douro collapses in Porto",
     "text": "A road bridge over the Douro river in Porto collapsed on 3 March 2024, city officials said "
             "on Tuesday. Rescue teams searched the water for two drivers who are still missing.\n\n"
             "The mayor of Porto said the bridge had been inspected last year and ordered every other "
             "bridge in the city closed for checks."},
    {"id": "br-2", "date": "2024-03-05", "lang": "en", "source": "Lisbon Herald",
     "title": "Prosecutors open inquiry into Porto bridge collapse",
     "text": "Portuguese prosecutors opened an inquiry into the collapse of the Douro road bridge in Porto "
             "on 3 March 2024, in which two drivers went missing. Divers resumed the search on Tuesday.\n\n"
             "Engineers told the inquiry the bridge's steel cables had corroded."},
]
VOLCANO = [
    {"id": "vo-1", "date": "2024-03-04", "lang": "en", "source": "Reykjavik Post",
     "title": "Volcano erupts on Iceland's Reykjanes peninsula",
     "text": "A volcano on Iceland's Reykjanes peninsula erupted on Monday evening, sending lava towards "
             "the evacuated fishing town of Grindavik, the Icelandic Meteorological Office said.\n\n"
             "The Blue Lagoon spa was closed and its guests were taken away by bus."},
    {"id": "vo-2", "date": "2024-03-05", "lang": "en", "source": "Nordic Wire",
     "title": "Volcano on Iceland's Reykjanes peninsula keeps erupting near Grindavik",
     "text": "The volcano on Iceland's Reykjanes peninsula kept erupting on Tuesday, sending lava towards "
             "the evacuated fishing town of Grindavik, the Icelandic Meteorological Office said.\n\n"
             "The Blue Lagoon spa stayed closed and workers raised earth walls around the town."},
]


@pytest.fixture(scope="module")
def two_events(tmp_path_factory):
    """A real SQLite store of both events, ingested (the bridge first) and relinked."""
    from storyline.service import Storyline

    path = tmp_path_factory.mktemp("happened") / "two.db"
    corpus = path.with_suffix(".jsonl")
    corpus.write_text("".join(json.dumps(r) + "\n" for r in BRIDGE + VOLCANO), encoding="utf-8")
    app = Storyline(str(path))
    app.ingest_paths([str(corpus)])
    rows = {r.headline.split()[0]: r for r in app.events()}
    app.close()
    assert set(rows) == {"Road", "Volcano"} or len(rows) == 2, rows
    return str(path)


def _ids_by_headline(rows):
    return [("bridge" if "ridge" in r["headline"] else "volcano") for r in rows]


def test_the_relink_stores_each_events_happening_day(two_events):
    store = open_store(two_events)
    rows = {("bridge" if "ridge" in r.headline else "volcano"): r for r in store.events()}
    assert (rows["bridge"].first_date, rows["bridge"].happened) == (D("2024-03-05"), D("2024-03-03"))
    assert (rows["volcano"].first_date, rows["volcano"].happened) == (D("2024-03-04"), None)
    store.close()


def test_the_cli_and_api_events_lists_order_by_happening_day(two_events, capsys):
    """Both events are as big and as recent (2 reports, last 2024-03-05): the later
    happening (the volcano's 03-04) comes first, though the bridge's first report
    (03-05) is later and the bridge was stored first (the old order, by id)."""
    from fastapi.testclient import TestClient

    from storyline.api import create_app

    assert cli_main(["--db", two_events, "events", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert _ids_by_headline(listed) == ["volcano", "bridge"]
    assert [(e["happened"], e["first_reported"]) for e in listed] == [
        ("2024-03-04", "2024-03-04"), ("2024-03-03", "2024-03-05")]
    with TestClient(create_app(two_events, "tok"), base_url="http://localhost") as client:
        items = client.get("/api/events").json()["items"]
    assert _ids_by_headline(items) == ["volcano", "bridge"]


def test_the_lists_read_no_report(demo_app, client, monkeypatch):
    """The lists read the stored day: no report is read to list events (h-dates10's
    view-time placing read every listed event's reports on each page)."""
    app, _ = demo_app

    def refused(*_a, **_k):
        raise AssertionError("a list read its events' reports")
    monkeypatch.setattr(type(app.store), "event_leads", refused)
    assert client.get("/api/events", params={"limit": 100}).status_code == 200
    assert client.get("/events").status_code == 200
    assert client.get("/api/stories").status_code == 200


def test_the_stories_list_opens_each_story_on_its_earliest_happening(demo_app, client, capsys, monkeypatch):
    """The demo's Luna-25 story: its first event was lost on 19 August 2023 and
    first reported on the 20th; its story's list row said 08-20 alone."""
    app, _ = demo_app
    luna = next(e for e in client.get("/api/events", params={"limit": 100}).json()["items"]
                if "Luna-25" in e["headline"])
    story = next(s for s in client.get("/api/stories", params={"limit": 100}).json()["items"]
                 if s["id"] == luna["story_id"])
    assert (story["happened"], story["first_reported"]) == ("2023-08-19", "2023-08-20")
    monkeypatch.setenv("COLUMNS", "240")
    assert cli_main(["--db", str(app.store.path), "stories", "--json"]) == 0
    row = next(s for s in json.loads(capsys.readouterr().out) if s["id"] == luna["story_id"])
    assert (row["happened"], row["first_reported"]) == ("2023-08-19", "2023-08-20")
    assert cli_main(["--db", str(app.store.path), "stories"]) == 0
    said = " ".join(capsys.readouterr().out.split())
    assert "2023-08-19" in said and "first reported 2023-08-20" in said
    page = client.get("/stories").text
    card = page.split(f'/stories/{luna["story_id"]}"')[1].split("</article>")[0]
    assert 'datetime="2023-08-19"' in card and "first reported 2023-08-20" in re.sub(r"<[^>]+>", "", card)


def _event(store, first, last, n=0):
    return store.save_event(None, f"event from {first}", np.ones(4, np.float32), n, D(first), D(last))


def test_a_storys_events_and_the_lists_order_by_the_stored_day(store_url):
    """Written on each backend: a story's events in the order their happenings took
    place, and between events (and stories) alike in size and last day, the later
    happening first."""
    store = open_store(store_url)
    early_report = _event(store, "2024-03-04", "2024-03-06")  # happened on its first report's day
    late_report = _event(store, "2024-03-05", "2024-03-06")   # happened 03-03
    store.put_happened({early_report: None, late_report: D("2024-03-03")})
    store.replace_stories({early_report: 1, late_report: 1}, {1: "one story"})
    (story,) = store.stories()
    assert story.event_ids == [late_report, early_report]
    assert (story.happened, story.first_date) == (D("2024-03-03"), D("2024-03-04"))
    assert [e.id for e in store.events()] == [early_report, late_report]
    assert store.event(late_report).day == D("2024-03-03")
    # a second story as big and as recent whose happening is later comes first
    other = _event(store, "2024-03-05", "2024-03-06")
    store.replace_stories({early_report: 1, late_report: 1, other: 2}, {1: "one story", 2: "another"})
    assert [s.id for s in store.stories()] == [2, 1]
    store.close()


def _stored_before(store_url, records):
    """A store as Storyline left it before the column: SQLite schema 18, PostgreSQL 11."""
    from storyline.store.sqlite import SQLiteStore

    store = open_store(store_url)
    event = _event(store, "2024-03-05", "2024-03-06", n=len(records))
    for r in records:
        a = analysed_record(r)
        a.event_id = event
        store.add_article(a, np.ones(4, np.float32), None)
    store.close()
    if isinstance(store, SQLiteStore):
        con = sqlite3.connect(store_url)
        con.execute("ALTER TABLE events DROP COLUMN happened")
        con.execute("UPDATE meta SET value='18' WHERE key='schema_version'")
        con.commit()
        con.close()
    else:
        import psycopg

        with psycopg.connect(store_url, autocommit=True) as conn:
            conn.execute("ALTER TABLE events DROP COLUMN happened")
            conn.execute("UPDATE meta SET value='11' WHERE key='schema_version'")
    return event


@pytest.mark.sqlite_only  # about an old SQLite file (its [postgres] case runs in the SQLite pass)
def test_a_store_written_before_the_column_gets_its_events_days_on_open(store_url, capsys, monkeypatch):
    from storyline.store import happened_column

    event = _stored_before(store_url, BRIDGE)
    monkeypatch.setattr(happened_column, "SAY_PROGRESS_FROM", 1)  # a big store says how far it is
    store = open_store(store_url)
    assert store.event(event).happened == D("2024-03-03")
    assert "the happening days of its events: 1 / 1" in capsys.readouterr().err
    store.close()


@pytest.mark.sqlite_only  # about an old SQLite file (its [postgres] case runs in the SQLite pass)
def test_a_schema_18_file_opens_with_its_events_placed(tmp_path, capsys):
    """The file itself: its schema row, its new column, and no word for a small store."""
    path = str(tmp_path / "old.db")
    event = _stored_before(path, BRIDGE)
    assert sqlite3.connect(path).execute("SELECT value FROM meta WHERE key='schema_version'").fetchone() == ("18",)
    store = open_store(path)
    assert store.schema_version == 19
    assert sqlite3.connect(path).execute("SELECT happened FROM events WHERE id=?", (event,)).fetchone() == (
        "2024-03-03",)
    assert capsys.readouterr().err == ""
    store.close()
