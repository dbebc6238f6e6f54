"""Input that names nothing stored: an event or story id that is not a number,
and a search filter whose source or language no stored report has.

``/api/events/abc`` was FastAPI's 422 "unable to parse string as an integer"
while ``/api/events/999`` was 404 "no event with id 999": both name no event,
and are now answered alike (the pages too).  ``search --source nosuch``
printed "no results" as if the words had found nothing; now the CLI (exit 2),
the API (422 naming ``source``) and the search page say which value names
nothing, with the stored names closest to it.  Shares test_wrong_input's
database (one real report, real ingest, real model) and its API client."""
from __future__ import annotations

import json

import pytest

from storyline.cli import main as cli_main

from wrong_input_corpus import GOOD, client, db  # noqa: F401 - the shared fixtures


# -- ids that are not numbers ----------------------------------------------------------
@pytest.mark.parametrize("kind", ["event", "story"])
@pytest.mark.parametrize("given", ["abc", "1.5", "NaN", "0x10"])
def test_an_id_that_is_not_a_number_is_not_found_like_an_unknown_number(client, kind, given):
    plural = {"event": "events", "story": "stories"}[kind]
    unknown = client.get(f"/api/{plural}/999")
    r = client.get(f"/api/{plural}/{given}")
    assert unknown.status_code == r.status_code == 404, r.text
    assert r.json() == {"detail": f"no {kind} with id {given}"}
    page = client.get(f"/{plural}/{given}")
    assert page.status_code == 404 and "<title>Not found" in page.text
    assert f"There is no {kind} {given}." in page.text
    assert f"There is no {kind} 999." in client.get(f"/{plural}/999").text  # the same page


def test_what_else_is_wrong_with_an_id_is_still_named(client):
    """A negative id, one past SQLite's range, or a NUL stays a 422 naming the
    parameter (guards.py), and so does a bad ``lang`` beside a bad id."""
    for url in ("/api/events/-1", "/api/events/99999999999999999999", "/api/events/a%00b"):
        r = client.get(url)
        assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["path", "event_id"], url
    r = client.get("/api/events/abc?lang=xx")
    assert r.status_code == 422 and ["query", "lang"] in [d["loc"] for d in r.json()["detail"]]


# -- search filters naming nothing stored ----------------------------------------------
@pytest.mark.parametrize("argv, said", [
    (["--source", "wire.exampel"], "--source: 'wire.exampel' names no stored source (closest: 'wire.example')"),
    (["--source", "wire"], "--source: 'wire' names no stored source (closest: 'wire.example')"),
    # a name no typo or part of it reaches is no suggestion ("Nope" was told "closest: 'Alpenpost'")
    (["--source", "Nope"], "--source: 'Nope' names no stored source (no stored source is spelt like it)"),
    (["--lang", "ja"], "--lang: no stored report is in 'ja' (stored: en)"),
    (["--lang", "en", "--lang", "und"], "--lang: no stored report is in 'und' (stored: en)"),
    (["--article-lang", "ja"], "--article-lang: no stored report is in 'ja' (stored: en)"),
])
def test_cli_search_names_a_source_or_language_nothing_has(db, argv, said, capsys):
    capsys.readouterr()
    assert cli_main(["--db", db, "search", "Derna", *argv]) == 2
    err = capsys.readouterr().err
    assert said in " ".join(err.split()) and "no results" not in err


def test_a_source_in_other_capitals_is_the_stored_one(db, capsys):
    capsys.readouterr()
    assert cli_main(["--db", db, "search", "Derna", "--source", GOOD["source"].upper(), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["total"] >= 1


@pytest.mark.parametrize("query, loc, said", [
    ("source=wire.exampel", "source", "names no stored source (closest: 'wire.example')"),
    ("source=WIRE.example&source=nosuch", "source", "'nosuch' names no stored source (no stored source is spelt"),
    ("lang=ja", "lang", "no stored report is in 'ja' (stored: en)"),
])
def test_api_search_names_the_filter_that_names_nothing(client, query, loc, said):
    r = client.get(f"/api/search?q=Derna&{query}")
    assert r.status_code == 422, r.text
    (problem,) = r.json()["detail"]
    assert problem["loc"] == ["query", loc] and said in problem["msg"]
    assert client.get(f"/api/search?q=Derna&source={GOOD['source']}").json()["total"] >= 1


def test_the_search_page_says_which_filter_names_nothing(client):
    page = client.get("/search", params={"q": "Derna", "source": "wire.exampel"}).text
    assert "Please fix" in page and "Source: &#39;wire.exampel&#39; names no stored source" in page
    assert "result" not in page.split("Please fix")[1]  # no "0 results" under it
    page = client.get("/search", params={"q": "Derna", "lang": "ja"}).text
    assert "Written in: no stored report is in &#39;ja&#39;" in page
    page = client.get("/search", params={"q": "Derna", "source": GOOD["source"]}).text
    assert "Please fix" not in page and "1 result for" in page
