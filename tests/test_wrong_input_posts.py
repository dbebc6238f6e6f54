"""Wrong input POSTed to the real server (`storyline serve` in a subprocess,
over a real SQLite file) and the same records read from files: every answer
is a 4xx naming the field, line or header at fault, never a 500, and nothing
stored is lost (the reads' share is in test_wrong_input_api.py)."""
from __future__ import annotations

import gzip
import json

import pytest
from live_server import Client, serve
from wrong_input_corpus import count_articles, db  # noqa: F401 (fixtures)

from storyline.cli import main as cli_main

AUTH = {"Authorization": "Bearer tok"}
JSON = {**AUTH, "Content-Type": "application/json"}


@pytest.fixture(scope="module")
def live(db):
    for base in serve(db, token="tok"):
        yield Client(base)


def report(text: str, n: int) -> dict:
    """A short report of its own (not a copy of any other in the store)."""
    return {"title": f"Ferry {n} delayed", "text": f"Ferry number {n} between Tallinn and Helsinki "
            f"was delayed by {n} hours on Monday by ice in the gulf, the operator said. {text}"}


def test_a_number_too_long_to_read_is_the_records_error_not_a_500(db, live, tmp_path, capsys):
    """Python reads no integer of more than 4,300 digits: the POST was a 500
    with a traceback in the server's log, and in a JSONL file the whole ingest
    stopped there ("error: Exceeds the limit", exit 2), the lines after unread."""
    before = count_articles(db)
    big = '{"text": "Ice closed the harbour of Tallinn on Monday.", "views": ' + "9" * 5000 + "}"
    r = live.post("/api/articles", content=big, headers=JSON)
    assert r.status_code == 422, r.text
    assert r.json()["detail"] == [{"loc": ["body"], "type": "json_invalid",
                                   "msg": "a number too long to read (5000 digits > 4300)"}]
    f = tmp_path / "views.jsonl"
    f.write_text("\n".join([json.dumps(report("First.", 1)), big, json.dumps(report("Third.", 3))]) + "\n")
    assert cli_main(["--db", db, "ingest", "-q", str(f)]) == 1
    assert f"{f}:2: a number too long to read (5000 digits > 4300)" in capsys.readouterr().err
    assert count_articles(db) == before + 2  # the lines on both sides are stored


@pytest.mark.parametrize("field, given, stored, said", [
    ("lang", "klingon", "und", "'klingon' is not a language code"),
    ("language", "English", "und", "'English' is not a language code (did you mean en?)"),
    ("lang", "PT-br", "pt", None),
])
def test_a_language_field_is_a_code_or_no_hint(db, live, field, given, stored, said):
    """A text too short to tell its language takes the input's: "klingon",
    "English" or "PT-br" were stored as the report's language, shown on its
    page and matched by no ``?lang=`` filter (which refuses such codes)."""
    body = {"text": f"12:30 — 4:0 ({given}) 7/8 9.", field: given}
    r = live.post("/api/articles", json=body, headers=AUTH)
    assert r.status_code == 201, r.text
    (article_id,) = r.json()["added"]
    assert live.get(f"/api/articles/{article_id}").json()["lang"] == stored
    warned = [w["reason"] for w in r.json()["warnings"]]
    assert warned == ([f"field '{field}': {said}; give an ISO 639-1 code such as en, de, es, fr, hi, "
                       "it, pt, ru, uk, zh; the language is told from the text"] if said else [])


def test_a_body_is_read_in_its_declared_charset_or_as_a_file_is(db, live, tmp_path, capsys):
    """A Latin-1 body was refused ("invalid UTF-8 at byte 61") even when its
    Content-Type said ``charset=iso-8859-1``, while the same line in a JSONL
    file was read with a warning naming the code page."""
    before = count_articles(db)
    latin = json.dumps(report("Le café du port a fermé.", 11), ensure_ascii=False).encode("latin-1")
    r = live.post("/api/articles", content=latin,
                  headers={**AUTH, "Content-Type": "application/json; charset=ISO-8859-1"})
    assert r.status_code == 201 and r.json()["warnings"] == [], r.text
    assert "café du port a fermé" in live.get(f"/api/articles/{r.json()['added'][0]}").json()["text"]
    undeclared = json.dumps(report("Le café du port a fermé.", 12), ensure_ascii=False).encode("cp1252")
    r = live.post("/api/articles", content=undeclared, headers=JSON)
    assert r.status_code == 201, r.text
    (note,) = r.json()["warnings"]
    assert note["origin"] == "body" and note["reason"].startswith("encoding fallback: not UTF-8: decoded as cp125")
    f = tmp_path / "latin.jsonl"
    f.write_bytes(undeclared + b"\n")
    assert cli_main(["--db", db, "ingest", str(f)]) == 0  # the file: the same article, already stored
    assert "skipped 1 already stored" in capsys.readouterr().out
    assert count_articles(db) == before + 2


@pytest.mark.parametrize("headers, said", [
    ({"Content-Type": "application/json; charset=klingon"}, "unknown charset 'klingon' in the Content-Type"),
    ({"Content-Type": "application/json", "Content-Encoding": "gzip"},
     "Content-Encoding 'gzip' is not accepted; send the body uncompressed"),
])
def test_a_body_that_cannot_be_read_is_415_naming_the_header(db, live, headers, said):
    """A gzip body was parsed as its bytes ("binary data, not JSON"); an unknown
    charset was ignored, the body read as UTF-8 whatever it was."""
    before = count_articles(db)
    body = json.dumps(report("Compressed.", 21)).encode()
    r = live.post("/api/articles", content=gzip.compress(body) if "Content-Encoding" in headers else body,
                  headers={**AUTH, **headers})
    assert r.status_code == 415 and r.json()["detail"].startswith(said), r.text
    assert count_articles(db) == before


def test_broken_json_says_where_in_plain_words(db, live, tmp_path, capsys):
    """"Unterminated string starting at at column 10": the parser's message
    ends in "at"; a body over several lines gave a column and no line; a
    string or null body was "got str", "got NoneType"."""
    r = live.post("/api/articles", content=b'[\n{"text": "Ice in the gulf."},\n{"text": ice}\n]', headers=JSON)
    assert r.json()["detail"][0]["msg"] == "broken JSON: Expecting value at line 3, column 10"
    for body, kind in ((b'"a report"', "a string"), (b"null", "null")):
        r = live.post("/api/articles", content=body, headers=JSON)
        assert r.status_code == 422 and r.json()["detail"][0]["msg"] == f"expected a JSON object, got {kind}"
    f = tmp_path / "cut.jsonl"
    f.write_text('{"text": "Ice closed the harbour')  # the last line, without its newline
    assert cli_main(["--db", db, "ingest", "-q", str(f)]) == 1
    assert f"{f}:1: broken JSON: Unterminated string starting at column 10\n" in capsys.readouterr().err


def test_a_source_or_author_too_long_to_be_one_is_cut_and_said(live):
    """A title over 1,000 characters was cut with a warning; a source or an
    author was stored whole (3 MB, a body pasted in the wrong field) and shown
    on every list of its reports."""
    body = {**report("Long names.", 31), "site": "Harbour News " * 300, "author": "x" * 5000}
    r = live.post("/api/articles", json=body, headers=AUTH)
    assert r.status_code == 201, r.text
    assert [w["reason"] for w in r.json()["warnings"]] == [
        "field 'site': longer than 1000 characters; cut", "field 'author': longer than 1000 characters; cut"]
    stored = live.get(f"/api/articles/{r.json()['added'][0]}").json()
    assert len(stored["source"]) <= 1000 and stored["source"].startswith("Harbour News Harbour")
    assert len(stored["author"]) == 1000


def test_a_feed_that_is_no_xml_or_is_cut_off_says_so_and_keeps_what_it_read(db, tmp_path, capsys):
    """A non-XML .rss said "<unknown>:2:0: syntax error" (feedparser's place,
    a line off); a feed cut off mid-entry stored the entries before the cut
    and said nothing of the cut."""
    before = count_articles(db)
    junk, cut = tmp_path / "junk.rss", tmp_path / "cut.rss"
    junk.write_text("this is not xml at all")
    item = ("<item><title>Ice in the gulf</title><description>Ice closed the harbour of Tallinn on "
            "Monday for the first time in ten years, the port authority said.</description></item>")
    cut.write_text(f"<rss><channel><title>Gulf News</title>{item}<item><title>Ferry</title><descr")
    assert cli_main(["--db", db, "ingest", "-q", str(junk), str(cut)]) == 1
    err = capsys.readouterr().err
    assert f"{junk}: not an RSS or Atom feed: not XML (syntax error at line 1, column 1)" in err
    assert f"{cut}: feed cut off (unclosed token at line 1, column " in err
    assert "2 entries were read up to the cut" in err
    assert count_articles(db) == before + 1


@pytest.mark.parametrize("url", ["N/A", "javascript:alert(1)", "/news/1"])
def test_a_url_that_is_no_address_is_not_the_reports_identity(db, live, url):
    """A stored URL makes a second report with the same one "already stored":
    a scraper writing ``"url": "N/A"`` (or ``javascript:…``, or a relative
    path) for every record had all but its first report skipped, answered
    with the first one's id."""
    before = count_articles(db)
    first, second = ({**report(f"Item {n} of a feed without links.", 40 + n + len(url)), "url": url}
                     for n in (1, 2))
    r = live.post("/api/articles", json=[first, second], headers=AUTH)
    assert r.status_code == 201 and len(r.json()["added"]) == 2 and r.json()["skipped"] == [], r.text
    assert {w["reason"] for w in r.json()["warnings"]} == {
        f"field 'url': {url!r} is no http(s) address; the report is stored without it"}
    assert count_articles(db) == before + 2
    assert live.get(f"/api/articles/{r.json()['added'][0]}").json()["url"] is None


def test_html_with_no_text_is_refused_naming_the_field(db, live):
    before = count_articles(db)
    r = live.post("/api/articles", json={"title": "Script only", "html": "<html><body>"
                                         "<script>var a = 1;</script></body></html>"}, headers=AUTH)
    assert r.status_code == 422, r.text
    assert r.json()["detail"] == [{"loc": ["body", "html"], "type": "value_error",
                                   "msg": "no article text found in the HTML"}]
    assert count_articles(db) == before
