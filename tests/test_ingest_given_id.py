"""A record's own ``id`` from one source names one report, as its URL does:
a second text under the same (source, id) is that report updated by its site
(its text replaces the stored one, kept as a revision:
:mod:`storyline.service_update`; tests/test_ingest_updates.py), on every
ingest path (JSONL file, feed, POST); the same id twice in one call keeps the
first; reading a file again changes nothing.  Real SQLite file (PostgreSQL under $STORYLINE_TEST_BACKEND),
read back through ``open_store``; real model."""
from __future__ import annotations

import json
from pathlib import Path

from fastapi.testclient import TestClient

from api_corpus import AUTH, LOCAL, TOKEN
from storyline.api import create_app
from storyline.service import Storyline
from storyline.store import open_store

FIRST = ("The city council approved a new budget for public transport on Tuesday, adding "
         "forty buses and two tram lines to be built over the next five years.")
CHANGED = ("The city council approved a revised budget for public transport on Wednesday, "
           "after a correction: thirty buses and one tram line over the next six years.")
OTHER = ("Heavy rain flooded the river valley on Sunday night and closed the main road "
         "between the two towns, the regional fire service said on Monday.")


def _jsonl(path: Path, *records: dict) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return str(path)


def _stored(db: str) -> dict[str, tuple]:
    store = open_store(db)
    try:
        return {a.id: (a.external_id, a.source, a.url, a.text, a.event_id)
                for a in store.articles(limit=None, flagged=None)}
    finally:
        store.close()


def test_same_id_same_source_changed_text_updates_as_the_same_url_does(tmp_path, db_path):
    app = Storyline(db_path)
    first = {"id": "bus-1", "source": "City Herald", "title": "Council backs transport budget",
             "text": FIRST, "date": "2024-03-05"}
    by_url = {"url": "https://herald.example/bus", "title": "Rain closes valley road",
              "text": OTHER, "date": "2024-03-04"}
    rep = app.ingest_paths([_jsonl(tmp_path / "a.jsonl", first, by_url)])
    assert len(rep.added) == 2 and not rep.failed
    before = _stored(db_path)
    [bus_id] = [i for i, row in before.items() if row[0] == "bus-1"]
    [url_id] = [i for i, row in before.items() if row[2] == by_url["url"]]

    # the same id (also written as a number) and the same URL, each with another text
    again = [{**first, "text": CHANGED}, {**by_url, "text": CHANGED + " Roads reopened."}]
    rep = app.ingest_paths([_jsonl(tmp_path / "b.jsonl", *again)])
    assert rep.added == [] and rep.skipped == [] and rep.updated == [bus_id, url_id] and not rep.failed
    after = _stored(db_path)
    assert sorted(after) == sorted(before)  # the same reports, with the new texts
    assert after[bus_id][3] == CHANGED and after[url_id][3] == CHANGED + " Roads reopened."

    # the same id from another source, or with no source at all, is another report
    elsewhere = [{**first, "source": "Valley Post", "text": CHANGED + " The Valley Post reports."},
                 {"id": "bus-1", "title": "Rain", "text": OTHER + " More rain is expected."}]
    rep = app.ingest_paths([_jsonl(tmp_path / "c.jsonl", *elsewhere)])
    assert len(rep.added) == 2 and not rep.skipped and not rep.updated
    assert len(_stored(db_path)) == 4


def test_same_id_twice_in_one_file_keeps_the_first(tmp_path, db_path):
    records = [{"id": 7, "source": "City Herald", "text": FIRST},
               {"id": "7", "source": "City Herald", "text": CHANGED}]
    rep = Storyline(db_path).ingest_paths([_jsonl(tmp_path / "a.jsonl", *records)])
    assert len(rep.added) == 1 and rep.skipped == rep.added and not rep.updated  # not an update of itself
    [(external, _, _, text, _)] = _stored(db_path).values()
    assert external == "7" and text == FIRST


def test_reading_a_file_again_changes_nothing(tmp_path, db_path):
    records = [{"id": f"r{i}", "source": "City Herald", "title": f"Report {i}",
                "text": f"{text} Report number {i}.", "date": f"2024-03-0{i + 1}"}
               for i, text in enumerate([FIRST, CHANGED, OTHER])]
    path = _jsonl(tmp_path / "a.jsonl", *records)
    app = Storyline(db_path)
    assert len(app.ingest_paths([path]).added) == 3
    before = _stored(db_path)
    rep = app.ingest_paths([path])
    assert rep.added == [] and sorted(rep.skipped) == sorted(before) and not rep.failed
    assert _stored(db_path) == before


RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>City Herald</title>
<item><guid isPermaLink="false">herald-{n}</guid><title>Council backs budget</title>
<description>{text}</description></item></channel></rss>"""


def test_a_feed_entry_with_its_guid_and_a_changed_text_updates_it(tmp_path, db_path):
    app = Storyline(db_path)
    feed = tmp_path / "feed.rss"
    feed.write_text(RSS.format(n=1, text=FIRST), encoding="utf-8")
    [stored] = app.ingest_paths([str(feed)]).added
    feed.write_text(RSS.format(n=1, text=CHANGED), encoding="utf-8")  # the entry edited, no link
    rep = app.ingest_paths([str(feed)])
    assert rep.added == [] and rep.skipped == [] and rep.updated == [stored]
    assert _stored(db_path)[stored][3] == CHANGED
    feed.write_text(RSS.format(n=2, text=OTHER), encoding="utf-8")  # a new entry
    assert len(app.ingest_paths([str(feed)]).added) == 1
    assert len(_stored(db_path)) == 2


def test_a_post_with_a_stored_id_and_another_text_updates_it(tmp_path):
    db = str(tmp_path / "post.db")
    one = {"id": "bus-1", "source": "City Herald", "text": FIRST}
    with TestClient(create_app(db, TOKEN), base_url=LOCAL) as c:
        r = c.post("/api/articles", json=one, headers=AUTH)
        assert r.status_code == 201, r.text
        [stored] = r.json()["added"]
        r = c.post("/api/articles", json={**one, "text": CHANGED}, headers=AUTH)
        assert r.status_code == 200 and r.json()["updated"] == [stored] and r.json()["added"] == []
        assert r.json()["skipped"] == [] and r.json()["warnings"] == []
    [(_, _, _, text, _)] = _stored(db).values()
    assert text == CHANGED
