"""A story's citations in the API say a report was updated, as its page does (h-ui40, issue 10/12).

h-ui39 put "updated <when> UTC; earlier revisions: N" on the story page's chronology and
on search hits, but ``/api/stories/{id}`` and ``storyline story ID --json`` cited the
City Herald's corrected quake report (12 → 19 dead) with no word of it.  Each timeline
citation now carries ``updated`` / ``earlier_revisions`` / ``gone_since`` through
:func:`storyline.serialize.on_its_site`, the helper article rows and search hits use.
Real SQLite file updated through the ingest path, the real model, the CLI."""
from __future__ import annotations

import json

from fastapi.testclient import TestClient

from storyline.api import create_app
from storyline.cli import main as cli_main
from updated_store_kit import updated_store  # noqa: F401  (fixture)

LOCAL = "http://127.0.0.1"


def _citations(story: dict) -> list[dict]:
    return [c for entry in story["timeline"] for c in entry["citations"]]


def _check(cites: list[dict], s) -> None:
    mine = [c for c in cites if c["article_id"] == s.herald]
    others = [c for c in cites if c["article_id"] != s.herald]
    assert mine and others  # the story cites the updated report and the Valley Post's
    assert all(c["updated"] == s.old["superseded_at"] and c["earlier_revisions"] == 1 for c in mine)
    assert all(c["updated"] is None and c["earlier_revisions"] == 0 for c in others)
    assert all(c["gone_since"] is None for c in cites)


def test_the_story_api_s_citations_say_the_update(updated_store):  # noqa: F811
    with TestClient(create_app(updated_store.db), base_url=LOCAL) as c:
        r = c.get(f"/api/stories/{updated_store.story_id}")
    assert r.status_code == 200, r.text
    _check(_citations(r.json()), updated_store)


def test_storyline_story_json_says_it_as_the_api_does(updated_store, capsys):  # noqa: F811
    assert cli_main(["--db", updated_store.db, "story", str(updated_store.story_id), "--json"]) == 0
    _check(_citations(json.loads(capsys.readouterr().out)), updated_store)


def test_an_article_a_search_hit_and_a_citation_say_it_in_the_same_fields(updated_store):  # noqa: F811
    with TestClient(create_app(updated_store.db), base_url=LOCAL) as c:
        article = c.get(f"/api/articles/{updated_store.herald}").json()
        hit = next(i for i in c.get("/api/search", params={"q": "earthquake Portmere"}).json()["items"]
                   if i["article_id"] == updated_store.herald)
        cite = next(x for x in _citations(c.get(f"/api/stories/{updated_store.story_id}").json())
                    if x["article_id"] == updated_store.herald)
    fields = ("updated", "earlier_revisions", "gone_since")
    assert {k: article[k] for k in fields} == {k: hit[k] for k in fields} == {k: cite[k] for k in fields}
