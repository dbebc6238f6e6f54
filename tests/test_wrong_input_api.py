"""Wrong input over HTTP: each answer names the parameter or field at fault,
answers 4xx with JSON, shows no traceback, and leaves what is stored as it was
(the command line's share is in test_wrong_input.py)."""
from __future__ import annotations

import json

import pytest
from wrong_input_corpus import OTHER, client, count_articles, db, run_cli  # noqa: F401 (fixtures)



@pytest.mark.parametrize("url", ["/api/events?lang=xx", "/api/events/1?lang=zz",
                                 "/api/stories?lang=xx", "/api/stories/1?lang=!!",
                                 "/api/entities?lang=xx", "/api/entities/Derna?lang=xx",
                                 "/api/search?q=Derna&lang=xx"])
def test_api_refuses_an_unknown_language_naming_the_parameter(client, url):
    r = client.get(url)
    assert r.status_code == 422, r.text
    (problem,) = r.json()["detail"]
    assert problem["loc"][:2] == ["query", "lang"] and "not a language code" in problem["msg"]


def test_api_and_pages_accept_valid_codes_and_a_blank_lang(client):
    assert client.get("/api/events/1?lang=PT-br").status_code == 200
    assert client.get("/api/events?lang=").status_code == 200  # blank is absent, as before
    assert client.get("/api/search?q=Derna&lang=EN").status_code == 200
    und = client.get("/api/search?q=Derna&lang=und")  # a code, though no report here is "und":
    assert und.status_code == 422 and "no stored report is in 'und'" in und.text  # that is said
    page = client.get("/events?lang=xx")
    assert page.status_code == 422 and "not a language code" in page.text
    search = client.get("/search?q=Derna&lang=xx")
    assert "Written in: " in search.text and "not a language code" in search.text


@pytest.mark.parametrize("query, loc", [("entity=Qqzzxx%20Nobody", "entity"), ("event_id=999", "event_id")])
def test_api_search_filters_that_name_nothing_are_422(client, query, loc):
    r = client.get(f"/api/search?q=Derna&{query}")
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["query", loc], r.text
    assert client.get("/api/search?q=Derna&entity=Derna").status_code == 200
    missing = client.get("/api/articles?event_id=999")
    assert missing.status_code == 404 and missing.json()["detail"] == "no event with id 999"


@pytest.mark.parametrize("body, ctype, said", [
    (b"", "application/json", "the body is empty"),
    (b"  \n", "application/x-ndjson", "the body is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 300, "application/x-ndjson", "binary data"),
])
def test_api_post_of_an_empty_or_binary_body_is_one_reason(db, client, body, ctype, said):
    before = count_articles(db)
    r = client.post("/api/articles", content=body,
                    headers={"Authorization": "Bearer tok", "Content-Type": ctype})
    assert r.status_code == 422 and len(r.json()["detail"]) == 1, r.text
    assert said in r.json()["detail"][0]["msg"] and count_articles(db) == before


@pytest.mark.parametrize("ctype", ["application/json", "application/x-ndjson"])
def test_a_batch_of_ten_thousand_articles_is_413_saying_the_limit(db, client, ctype):
    """A batch over the per-request cap is too large a payload, as a body over
    the byte cap is (413): it was 422, the status of a malformed item, which
    tells a client to fix the data rather than split the batch."""
    items = [{**OTHER, "id": f"bulk-{i}", "text": f"{OTHER['text']} Item {i}."} for i in range(10_000)]
    body = (json.dumps(items) if ctype == "application/json"
            else "\n".join(json.dumps(item) for item in items))
    before = count_articles(db)
    r = client.post("/api/articles", content=body.encode(),
                    headers={"Authorization": "Bearer tok", "Content-Type": ctype})
    assert r.status_code == 413, r.text
    assert r.json()["detail"] == ("too many articles (10000 > 1000) in one request; split the "
                                  "batch, or ingest a file with `storyline ingest`")
    assert count_articles(db) == before


def test_a_lone_surrogate_escape_is_replaced_and_said(db, client, tmp_path):
    """JSON allows "\\ud800", which is no character: SQLite, fastText and the
    encoder refuse it, and the line failed with "surrogates not allowed"."""
    before = count_articles(db)
    f = tmp_path / "surrogate.jsonl"
    f.write_text(json.dumps({**OTHER, "id": "sur", "title": "Storm \ud800 hits Libya",
                             "text": "\ud800Rescuers reached Derna on Wednesday after storm Daniel broke "
                                     "two dams; the Red Crescent counts thousands missing."}) + "\n",
                 encoding="utf-8")
    assert "\\ud800" in f.read_text(encoding="utf-8")  # the escape, as a scraper writes it
    run = run_cli("--db", db, "ingest", str(f))
    err = run.stderr
    assert run.returncode == 0, err
    assert f"{f}:1: field 'text': 1 lone surrogate escape (not a character) replaced by U+FFFD" in err
    assert "field 'title': 1 lone surrogate" in err and "Traceback" not in err
    assert count_articles(db) == before + 1
    body = json.dumps({"title": "Dams \ud800", "text": "\ud800Divers searched the harbour of Derna "
                       "on Thursday for people swept out to sea, the coast guard said."})
    r = client.post("/api/articles", content=body,
                    headers={"Authorization": "Bearer tok", "Content-Type": "application/json"})
    assert r.status_code == 201 and len(r.json()["added"]) == 1, r.text
    assert [w["reason"].split(":")[0] for w in r.json()["warnings"]] == ["field 'text'", "field 'title'"]


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le"])
def test_api_reads_a_utf16_body_as_files_are_read(db, client, codec):
    """A UTF-16 body (with or without its byte-order mark) was refused as
    "binary data (contains NUL bytes)"; it is read as a UTF-16 file is."""
    before = count_articles(db)
    body = json.dumps({"title": f"Rescue in Derna ({codec})", "text": "Rescue teams from Egypt and "
                       "Turkey reached Derna on Friday, digging for survivors of the flood in the "
                       f"eastern districts, the Libyan Red Crescent said in a statement ({codec})."},
                      ensure_ascii=False).encode(codec)
    r = client.post("/api/articles", content=body,
                    headers={"Authorization": "Bearer tok", "Content-Type": "application/json"})
    assert r.status_code == 201 and len(r.json()["added"]) == 1, r.text
    assert count_articles(db) == before + 1
