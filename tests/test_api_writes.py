"""HTTP API writes over a real database file: tokens, validation, idempotent
POSTs, warnings and the relinking a burst of posts costs."""
from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from api_corpus import ARTICLES, AUTH, LOCAL, TOKEN, client, db_file  # noqa: F401 (fixtures)

from storyline.api import create_app
from storyline.ingest.readers import from_record
from storyline.web.payloads import MAX_BODY_BYTES


def test_writes_need_the_token(client, db_file):
    body = {"text": "Short enough but real: the bridge reopened to traffic on Friday morning."}
    assert client.post("/api/articles", json=body).status_code == 401
    r = client.post("/api/articles", json=body, headers={"Authorization": "Bearer wrong"})
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    with TestClient(create_app(db_file, None), base_url=LOCAL) as no_token:
        assert no_token.post("/api/articles", json=body).status_code == 403
        assert no_token.get("/api/events").status_code == 200  # reads stay open on loopback


def test_public_bind_needs_a_token_for_reads(db_file):
    with pytest.raises(ValueError, match="token"):
        create_app(db_file, None, public=True)
    with TestClient(create_app(db_file, TOKEN, public=True), base_url=LOCAL) as c:
        assert c.get("/api/events").status_code == 401
        assert c.get("/", follow_redirects=False).status_code == 401
        assert c.get("/api/events", headers=AUTH).status_code == 200


def test_post_validation_names_fields_and_limits(client):
    r = client.post("/api/articles", json={"title": "no body"}, headers=AUTH)
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", "text"]
    ok = {"text": "A perfectly fine article body about a harbour opening in the north."}
    r = client.post("/api/articles", json=[ok, {"text": "x" * 40, "title": 5}], headers=AUTH)
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", 1, "title"]
    r = client.post("/api/articles", content=b"{broken", headers=AUTH)
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body"]
    r = client.post("/api/articles", content=b"a" * 10, headers={**AUTH, "Content-Type": "text/csv"})
    assert r.status_code == 415
    big = b'{"text": "' + b"a" * MAX_BODY_BYTES + b'"}'
    r = client.post("/api/articles", content=big, headers={**AUTH, "Content-Type": "application/json"})
    assert r.status_code == 413
    before = client.get("/api/articles").json()["total"]
    assert before == len(ARTICLES)  # nothing above was ingested


def test_post_ingests_idempotently_including_jsonl(client):
    one = {"id": "harbour-1", "source": "port.example.com", "date": "2023-10-02",
           "title": "New harbour opens in the north",
           "text": "A new deep-water harbour opened in the northern port city on Monday after "
                   "four years of construction. The first container ship docked at noon."}
    two = {"title": "Rail strike ends", "lang": "en",
           "text": "The national rail strike ended on Tuesday after unions and the operator "
                   "agreed on a new wage deal for the coming two years."}
    r = client.post("/api/articles", json=one, headers=AUTH)
    assert r.status_code == 201 and len(r.json()["added"]) == 1
    harbour_id = r.json()["added"][0]
    body = "\n".join(json.dumps(x) for x in (one, two)).encode()
    r = client.post("/api/articles", content=body,
                    headers={**AUTH, "Content-Type": "application/x-ndjson"})
    assert r.status_code == 201 and r.json()["skipped"] == [harbour_id]
    assert len(r.json()["added"]) == 1
    r = client.post("/api/articles", json=[two], headers=AUTH)
    assert r.status_code == 200 and r.json()["added"] == [] and len(r.json()["skipped"]) == 1
    assert client.get("/api/articles").json()["total"] == len(ARTICLES) + 2
    hits = client.get("/api/search", params={"q": "harbour", "mode": "text"}).json()["items"]
    assert [h["article_id"] for h in hits] == [harbour_id]  # the FTS index follows inserts


@pytest.mark.sqlite_only
def test_search_index_is_built_when_an_older_database_is_upgraded(tmp_path):
    """A database from before full-text search gets its index on first open."""
    import sqlite3

    from storyline.store import open_store
    from storyline.store.sqlite import MIGRATIONS

    path = tmp_path / "old.db"
    con = sqlite3.connect(path)
    con.executescript(MIGRATIONS[0])
    con.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    con.execute("INSERT INTO articles (id, title, text, content_hash, lang) VALUES "
                "('old1', 'Старая статья', 'Выборы прошли спокойно.', 'h1', 'ru')")
    con.commit()
    con.close()
    store = open_store(str(path))
    try:
        assert store.schema_version >= 2
        assert [a for a, _ in store.search_text("выборы")] == ["old1"]
        assert store.search_text("ВЫБОРЫ прошли") and not store.search_text("выборы дождь")
    finally:
        store.close()


def test_post_reports_an_unreadable_field_as_a_warning(tmp_path):
    with TestClient(create_app(str(tmp_path / "warn.db"), TOKEN), base_url=LOCAL) as c:
        art = {**ARTICLES[3], "id": "ecb-bad-date", "date": "yesterday-ish"}
        r = c.post("/api/articles", json=art, headers=AUTH)
        assert r.status_code == 201, r.text
        [warning] = r.json()["warnings"]
        assert "field 'date'" in warning["reason"] and "yesterday-ish" in warning["reason"]


def test_posts_one_at_a_time_are_relinked_once_when_writes_pause(tmp_path):
    """Stories and entities are whole-corpus work: a burst of single-article
    POSTs costs one relink, done in the background, not one per request."""
    import time

    with TestClient(create_app(str(tmp_path / "burst.db"), TOKEN), base_url=LOCAL) as c:
        backend = c.app.state.backend
        backend.relinker.delay = 5.0  # wide enough that the posts below form one burst
        relinks = []
        real = backend.writer.relink
        backend.writer.relink = lambda: (relinks.append(1), real())[1]
        for art in ARTICLES[:3]:
            r = c.post("/api/articles", json=art, headers=AUTH)
            assert r.status_code == 201, r.text
        assert backend.writer.stale and not relinks  # the POSTs did not relink
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not c.get("/api/stories").json()["total"]:
            time.sleep(0.2)
        stories = c.get("/api/stories").json()
        assert stories["total"] >= 1 and relinks == [1]
        assert not backend.writer.stale
        assert c.get("/api/entities").json()["items"]


def test_a_server_catches_up_on_links_left_stale(tmp_path):
    from storyline.service import Storyline

    path = str(tmp_path / "stale.db")
    app = Storyline(path)
    app.ingest([from_record(r, f"test:{r['id']}") for r in ARTICLES[:2]], relink=False)
    app.mark_stale()  # as if the server was killed before its relink
    app.close()
    with TestClient(create_app(path, TOKEN), base_url=LOCAL) as c:
        assert c.get("/api/stories").json()["total"] >= 1
        assert not c.app.state.backend.writer.stale
