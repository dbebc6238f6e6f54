"""A report its site updated (same URL or same (source, id), another text)
replaces the stored text: shown, grouped, searched and read for facts as the
newest, the old text kept as a revision (:mod:`storyline.service_update`).
Identical text is still a no-op; a failure mid-update leaves the stored
report as it was.  Real SQLite file (PostgreSQL under
$STORYLINE_TEST_BACKEND), read back through ``open_store``; real model."""
from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from api_corpus import AUTH, LOCAL, TOKEN
from storyline.api import create_app
from storyline.cli import main as cli_main
from storyline.group.placement import Placer
from storyline.ingest.readers import from_record
from storyline.service import Storyline
from storyline.store import open_store

HERALD = {"url": "https://herald.example/quake", "source": "City Herald",
          "title": "Earthquake strikes coastal town", "date": "2024-03-05",
          "text": "A magnitude 6.1 earthquake struck the coastal town of Portmere on Tuesday, killing 12 people "
                  "and injuring 40, officials said. Rescue teams searched collapsed buildings through the night. "
                  "The mayor said 300 homes were damaged."}
VALLEY = {"url": "https://valley.example/quake", "source": "Valley Post",
          "title": "Deadly quake hits Portmere", "date": "2024-03-05",
          "text": "An earthquake of magnitude 6.1 hit Portmere on Tuesday. At least 12 people died and 40 were "
                  "hurt, according to officials. Rescuers worked overnight in the collapsed buildings of the old town."}
# the Herald's correction: a new toll and a new paragraph, under the same URL
CORRECTED = {**HERALD, "text": HERALD["text"].replace("killing 12 people", "killing 19 people")
             + " Field hospitals from Dunmore arrived on Wednesday morning."}


def _ingest(app: Storyline, *records: dict):
    return app.ingest([from_record(r, f"rec:{i}") for i, r in enumerate(records)])


def _stored(db: str, article_id: str):
    store = open_store(db)
    try:
        a = store.get_article(article_id)
        vec = next(iter(store.iter_vectors([article_id])))
        return a, vec, store.revisions(article_id), store.get_event_facts(a.event_id)
    finally:
        store.close()


def _fact_texts(facts: dict, article_id: str) -> str:
    return " ".join(s["text"] for f in facts["facts"] for s in f["supports"] if s["article_id"] == article_id)


@pytest.fixture()
def quake(db_path):
    app = Storyline(db_path)
    rep = _ingest(app, HERALD, VALLEY)
    assert len(rep.added) == 2 and rep.new_events == 1 and not rep.failed
    yield app, rep.placed["rec:0"]
    app.close()


def test_an_update_replaces_the_text_keeps_the_old_and_remakes_the_facts(quake, db_path, capsys):
    app, herald = quake
    before, before_vec, revisions, facts = _stored(db_path, herald)
    assert revisions == [] and "12 people" in _fact_texts(facts, herald)

    rep = _ingest(app, CORRECTED)
    assert rep.updated == [herald] and rep.added == [] and rep.skipped == [] and not rep.failed
    assert rep.as_dict()["updated"] == 1
    after, after_vec, revisions, facts = _stored(db_path, herald)
    assert after.text == CORRECTED["text"] and after.event_id == before.event_id  # the same event
    assert after.url == HERALD["url"] and after.content_hash != before.content_hash
    assert not (after_vec.vector == before_vec.vector).all()  # embedded again
    # the event's facts are read from the new text
    assert "19 people" in _fact_texts(facts, herald) and "12 people" not in _fact_texts(facts, herald)
    [old] = revisions
    assert old["text"] == HERALD["text"] and old["content_hash"] == before.content_hash and old["superseded_at"]
    # searched as the new text: a word only the correction has finds it
    hits = app.search("Dunmore field hospitals", mode="text").hits
    assert [h.article_id for h in hits][:1] == [herald]

    # shown: the CLI's event and the API's article say so
    assert cli_main(["--db", db_path, "show", str(after.event_id)]) == 0
    out = capsys.readouterr().out
    assert "19 people" in out and "updated " in out and "; earlier revisions: 1" in out
    assert app.article(herald).revised == (old["superseded_at"], 1)


def test_the_identical_text_again_is_a_no_op_and_an_older_text_does_not_undo_the_update(quake, db_path):
    app, herald = quake
    assert _ingest(app, CORRECTED).updated == [herald]
    stored = _stored(db_path, herald)
    rep = _ingest(app, CORRECTED)
    assert rep.updated == [] and rep.skipped == [herald] and not rep.warnings
    rep = _ingest(app, HERALD)  # a stale copy of the page
    assert rep.updated == [] and rep.skipped == [herald]
    [said] = [w.reason for w in rep.warnings]
    assert said == f"an earlier text of {herald} (its site has updated it since); the newest text is kept"
    again = _stored(db_path, herald)
    assert again[0].text == CORRECTED["text"] and len(again[2]) == 1 and again[3] == stored[3]


def test_an_update_about_something_else_leaves_its_event_for_one_of_its_own(quake, db_path):
    """The page at the URL now tells another story (a site reusing its address):
    its event's reports no longer take it, so it is grouped as a new report would be."""
    app, herald = quake
    quake_event = _stored(db_path, herald)[0].event_id
    flood = {**HERALD, "title": "Parliament passes pension reform",
             "text": "Parliament passed the pension reform bill on Thursday by 312 votes to 198, raising the "
                     "retirement age to 64 from 2027. Unions announced a national strike for next week."}
    rep = _ingest(app, flood)
    assert rep.updated == [herald] and rep.new_events == 1 and not rep.failed
    after = _stored(db_path, herald)[0]
    assert after.event_id != quake_event and after.text == flood["text"]
    events = {e.id: e for e in app.events()}
    assert events[quake_event].n_articles == 1 and events[after.event_id].n_articles == 1


def test_a_failure_mid_update_leaves_the_stored_report_as_it_was(quake, db_path, monkeypatch):
    app, herald = quake
    before = _stored(db_path, herald)

    def broken(self, article, open_event):
        raise RuntimeError("placement failed")

    monkeypatch.setattr(Placer, "updated", broken)  # after the row is rewritten, in the same transaction
    rep = _ingest(app, CORRECTED)
    assert rep.updated == [] and [f.reason for f in rep.failed] == [
        "updating stored reports: RuntimeError: placement failed"]
    after = _stored(db_path, herald)
    assert after[0].text == HERALD["text"] and after[2] == []
    assert (after[1].vector == before[1].vector).all() and after[1].signature == before[1].signature
    monkeypatch.undo()
    assert _ingest(app, CORRECTED).updated == [herald]  # sent again, it is applied


def test_a_post_with_a_changed_text_updates_and_lists_the_revision(tmp_path):
    db = str(tmp_path / "post.db")
    with TestClient(create_app(db, TOKEN), base_url=LOCAL) as c:
        r = c.post("/api/articles", json=[HERALD, VALLEY], headers=AUTH)
        assert r.status_code == 201, r.text
        herald = r.json()["added"][0]
        r = c.post("/api/articles", json=CORRECTED, headers=AUTH)
        assert r.status_code == 200 and r.json()["updated"] == [herald] and r.json()["added"] == []
        got = c.get(f"/api/articles/{herald}", headers=AUTH).json()
        assert got["text"] == CORRECTED["text"] and got["earlier_revisions"] == 1 and got["updated"]
        assert [v["text"] for v in got["revisions"]] == [HERALD["text"]]
        event = c.get(f"/api/events/{got['event_id']}", headers=AUTH).json()
        listed = {a["id"]: a for a in event["articles_list"]}
        assert listed[herald]["earlier_revisions"] == 1 and json.dumps(listed[herald]["updated"])


def _old_store_updates(db: str) -> None:
    """A store opened after its upgrade takes an update and keeps its revision."""
    app = Storyline(db)
    try:
        [herald] = [a.id for a in app.store.articles(limit=None) if a.url == HERALD["url"]]
        assert _ingest(app, CORRECTED).updated == [herald]
        assert [r["text"] for r in app.store.revisions(herald)] == [HERALD["text"]]
    finally:
        app.close()


@pytest.mark.sqlite_only  # an SQLite file of schema 17, rewritten by hand
def test_an_old_sqlite_store_gets_its_revisions_table_when_opened(tmp_path):
    """SQLite migration 18 adds the table; a store of 17 kept no earlier texts."""
    import sqlite3

    path = str(tmp_path / "old.db")
    app = Storyline(path)
    _ingest(app, HERALD, VALLEY)
    app.close()
    con = sqlite3.connect(path)  # as a Storyline of schema 17 left it
    con.execute("DROP TABLE article_revisions")
    con.execute("UPDATE meta SET value='17' WHERE key='schema_version'")
    con.commit()
    con.close()
    _old_store_updates(path)


def test_an_old_postgres_store_gets_its_revisions_table_when_opened(store_url):
    """PostgreSQL migration 11 adds the table, as SQLite's 18."""
    if not store_url.startswith("postgresql"):
        pytest.skip("the SQLite file's upgrade is the test above")
    import psycopg

    app = Storyline(store_url)
    _ingest(app, HERALD, VALLEY)
    app.close()
    with psycopg.connect(store_url, autocommit=True) as con:  # as a Storyline of schema 10 left it
        con.execute("DROP TABLE article_revisions")
        con.execute("UPDATE meta SET value='10' WHERE key='schema_version'")
    _old_store_updates(store_url)
