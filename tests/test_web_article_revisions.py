"""The pages show a report its site updated (h-ui38, issue 10/12).

h-harden3 kept the text an update replaced (``article_revisions``) and said so in
`storyline show` and the API, but the event and article pages showed the newest
text with no word of the update.  Now the article page says "updated <when> UTC;
earlier revisions: N" and lists each earlier text, folded under when it was stored
and replaced; the event page's report says the update line too: through
``ReadModels.with_revisions`` / ``article_revisions``, the records the CLI and API
read.  Real SQLite file, the ingest path of tests/test_ingest_updates.py, real
model, and a real browser."""
from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from storyline.api import create_app
from test_browser import browser, shot  # noqa: F401  (fixtures; skips without playwright)
from updated_store_kit import updated_server, updated_store  # noqa: F401  (fixtures)

LOCAL = "http://127.0.0.1"


def _get(db: str, path: str) -> str:
    with TestClient(create_app(db), base_url=LOCAL) as c:
        r = c.get(path)
        assert r.status_code == 200, r.text
        return r.text


def test_the_article_page_says_it_was_updated_and_folds_the_earlier_text(updated_store):
    db, herald, old = updated_store.db, updated_store.herald, updated_store.old
    html = _get(db, f"/articles/{herald}")
    assert f"updated {old['superseded_at'][:16]} UTC; earlier revisions: 1" in html
    assert "Earlier revisions" in html
    assert f"stored {old['stored_at'][:16]} UTC, replaced {old['superseded_at'][:16]} UTC" in html
    folded = re.search(r'<details class="revision">(.*?)</details>', html, re.S)
    assert folded and "killing 12 people" in folded.group(1)  # the earlier text, folded
    shown = html.replace(folded.group(0), "")
    assert "killing 19 people" in shown and "killing 12 people" not in shown  # the newest text is the text


def test_the_event_page_says_which_report_was_updated(updated_store):
    db, herald, event_id, old = updated_store.db, updated_store.herald, updated_store.event_id, updated_store.old
    html = _get(db, f"/events/{event_id}")
    report = re.search(rf'<article class="report" id="a-{herald}".*?</article>', html, re.S).group(0)
    assert f"updated {old['superseded_at'][:16]} UTC; earlier revisions: 1" in report
    assert html.count("updated-note") == 1  # the Valley Post's report was not updated


@pytest.mark.parametrize("lang,said", [("fr", "mis à jour"), ("ru", "обновлено"), ("de", "aktualisiert"),
                                       ("ar", "حُدِّث"), ("uk", "оновлено"), ("pt", "atualizada")])
def test_the_update_is_said_in_the_reader_s_language(updated_store, lang, said):
    db, herald, event_id = updated_store.db, updated_store.herald, updated_store.event_id
    for path in (f"/articles/{herald}?lang={lang}", f"/events/{event_id}?lang={lang}"):
        html = _get(db, path)
        assert said in html and "earlier revisions" not in html, (lang, path)


def test_storyline_show_says_it_in_the_lang_reader_s_words(updated_store, capsys):
    from storyline.cli import main as cli_main

    db, event_id, old = updated_store.db, updated_store.event_id, updated_store.old
    assert cli_main(["--db", db, "show", str(event_id), "--lang", "de"]) == 0
    out = capsys.readouterr().out
    assert f"aktualisiert {old['superseded_at'][:16]} UTC; frühere Fassungen: 1" in out


def test_in_a_browser_the_article_page_shows_the_update_and_opens_the_earlier_text(
        updated_store, updated_server, browser):  # noqa: F811
    herald, old = updated_store.herald, updated_store.old
    base = updated_server
    page = browser.new_context(viewport={"width": 1200, "height": 900}).new_page()
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(f"{base}/articles/{herald}")
    assert page.locator(".updated-note").inner_text() == (
        f"updated {old['superseded_at'][:16]} UTC; earlier revisions: 1")
    revision = page.locator("details.revision")
    assert revision.count() == 1 and not revision.locator(".text").is_visible()  # folded
    revision.locator("summary").click()
    assert "killing 12 people" in revision.locator(".text").inner_text()
    assert "killing 19 people" in page.locator("section.text").inner_text()
    shot(page, "ui38-article-updated")
    assert not errors

