"""A story's page and the search results say a report was updated (h-ui39, issue 10/12).

h-ui38 said "updated <when> UTC; earlier revisions: N" on the article and event pages of
a report its site updated, but a reader of the story (its chronology cites the report)
or of a search hit (web, ``/api/search``, ``storyline search``) read the newest text with
no word of the update.  Now each says it in the same phrase, through the same macro and
``ReadModels.with_revisions``.  Real SQLite file updated through the ingest path of
tests/test_ingest_updates.py, real model, a real browser."""
from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from storyline.api import create_app
from test_browser import browser, shot  # noqa: F401  (fixtures; skips without playwright)
from updated_store_kit import updated_server, updated_store  # noqa: F401  (fixtures)

LOCAL = "http://127.0.0.1"


def _get(db: str, path: str, **params):
    with TestClient(create_app(db), base_url=LOCAL) as c:
        r = c.get(path, params=params)
        assert r.status_code == 200, r.text
        return r


def test_the_story_page_says_which_cited_report_was_updated(updated_store):
    db, herald, story_id, said = updated_store.db, updated_store.herald, updated_store.story_id, updated_store.said
    html = _get(db, f"/stories/{story_id}").text
    chronology = re.search(r'<ol class="chronology">.*?</ol>', html, re.S).group(0)
    cited = re.findall(r"<li><span class=\"badge lang\">.*?</li>", chronology, re.S)
    herald_cites = [c for c in cited if f"/articles/{herald}" in c]
    assert herald_cites and all(said in c for c in herald_cites)
    assert not any("updated-note" in c for c in cited if f"/articles/{herald}" not in c)  # the Valley Post's


def test_the_search_page_says_which_hit_was_updated(updated_store):
    db, herald, said = updated_store.db, updated_store.herald, updated_store.said
    html = _get(db, "/search", q="earthquake Portmere").text
    hits = re.findall(r'<li class="hit">.*?</li>\s*(?=<li class="hit">|</ol>)', html, re.S)
    mine = [h for h in hits if f'href="/articles/{herald}"' in h]
    assert len(hits) >= 2 and len(mine) == 1
    assert said in mine[0] and sum("updated-note" in h for h in hits) == 1


def test_the_search_api_says_when_a_hit_was_updated(updated_store):
    db, herald, said = updated_store.db, updated_store.herald, updated_store.said
    items = _get(db, "/api/search", q="earthquake Portmere").json()["items"]
    by_id = {i["article_id"]: i for i in items}
    assert by_id[herald]["earlier_revisions"] == 1 and said.split()[1] in by_id[herald]["updated"]
    assert all(i["updated"] is None and i["earlier_revisions"] == 0 for i in items if i["article_id"] != herald)
    assert "revised" not in by_id[herald]


@pytest.mark.parametrize("lang,word", [("de", "aktualisiert"), ("uk", "оновлено"), ("pt", "atualizada")])
def test_the_story_and_search_pages_say_it_in_the_reader_s_language(updated_store, lang, word):
    db, story_id = updated_store.db, updated_store.story_id
    for path, params in ((f"/stories/{story_id}", {}), ("/search", {"q": "earthquake Portmere"})):
        html = _get(db, path, lang=lang, **params).text
        assert word in html and "earlier revisions" not in html, (lang, path)


def test_storyline_search_says_which_hit_was_updated(updated_store, capsys):
    from storyline.cli import main as cli_main

    db, said = updated_store.db, updated_store.said
    assert cli_main(["--db", db, "search", "earthquake Portmere"]) == 0
    out = re.sub(r"\s+", " ", re.sub(r"[│┃|]", " ", capsys.readouterr().out))
    assert out.count("earlier revisions: 1") == 1 and said.split()[1] in out


def test_in_a_browser_the_story_and_search_show_the_update(updated_store, updated_server, browser):  # noqa: F811
    herald, story_id, said = updated_store.herald, updated_store.story_id, updated_store.said
    page = browser.new_context(viewport={"width": 1200, "height": 900}).new_page()
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(f"{updated_server}/search?q=earthquake+Portmere")
    hit = page.locator("li.hit", has=page.locator(f'h3 a[href="/articles/{herald}"]'))
    assert hit.locator(".updated-note").inner_text() == said and hit.locator(".updated-note").is_visible()
    assert page.locator("li.hit .updated-note").count() == 1
    shot(page, "ui39-search-updated")
    page.goto(f"{updated_server}/stories/{story_id}")
    page.locator("ol.chronology details summary").first.click()
    notes = page.locator("ol.chronology .updated-note")
    assert notes.count() >= 1 and notes.first.inner_text() == said
    assert not errors
