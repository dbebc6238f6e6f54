"""A report whose page is gone from its site says so where it is read (h-ui40, issue 10/12).

``storyline refresh`` (h-harden4) found a stored page answering 404/410, kept its text
and noted ``gone`` in the link's state, but nothing showed it: a reader of the event or
story page, of ``storyline show`` or of the API read the report as if its page were
there.  Now its line says "gone from its site since <when> UTC; text kept" (worded in
every reader language) from the stamp refresh keeps (``gone_since``: the first refresh
that found it gone, kept while it stays gone), and says nothing once the page is back.
A real HTTP server on 127.0.0.1, real SQLite file, the real model, the CLI."""
from __future__ import annotations

import json
import re
import sqlite3
import threading

import pytest
from fastapi.testclient import TestClient

from storyline.api import create_app
from storyline.cli import main as cli_main
from storyline.service import Storyline
from storyline.store.revision_tables import FETCHED
from test_refresh_links import BUDGET, INTRANET, QUAKE, Site

LOCAL = "http://127.0.0.1"
WORDED = {"en": "gone from its site since", "ru": "исчезло с сайта с", "uk": "зникло з сайту з",
          "de": "nicht mehr auf der Website", "fr": "retiré de son site depuis le", "hi": "से साइट से हटा",
          "ar": "حُذفت من موقعها منذ", "pt": "removida do site desde", "it": "rimosso dal sito dal",
          "es": "retirada de su sitio desde"}


@pytest.fixture(scope="module")
def gone_store(tmp_path_factory):
    """The quake and budget pages stored from a site on 127.0.0.1, then the budget page
    removed (410) and the store refreshed twice: (db, site, budget id, quake id, since)."""
    site = Site()
    threading.Thread(target=site.server.serve_forever, daemon=True).start()
    db = str(tmp_path_factory.mktemp("gone") / "gone.db")
    site.html("/quake", QUAKE)
    site.html("/budget", BUDGET)
    app = Storyline(db)
    try:
        added = app.ingest_paths([site.base + "/quake", site.base + "/budget"], fetch_policy=INTRANET)
        assert len(added.added) == 2
        site.html("/budget", "<p>Gone</p>", status=410)
        first = app.refresh(fetch_policy=INTRANET)
        [budget] = first.gone
        [quake] = first.unchanged
        since = app.store.get_state(FETCHED + site.base + "/budget")["gone_since"]
        again = app.refresh(fetch_policy=INTRANET)  # still gone: since when stays the first refresh's
        assert again.gone == [budget]
        assert app.store.get_state(FETCHED + site.base + "/budget")["gone_since"] == since
    finally:
        app.close()
    yield db, site, budget, quake, since
    site.server.shutdown()
    site.server.server_close()


def _get(db: str, path: str, **params):
    with TestClient(create_app(db), base_url=LOCAL) as c:
        r = c.get(path, params=params)
        assert r.status_code == 200, r.text
        return r


def _ids(db: str, article_id: str) -> tuple[int, int]:
    app = Storyline(db)
    try:
        event_id = app.article(article_id).event_id
        return event_id, app.story_of_event(event_id)
    finally:
        app.close()


def test_the_event_page_says_the_report_s_page_is_gone_and_since_when(gone_store):
    db, _, budget, quake, since = gone_store
    said = f"gone from its site since {since[:16]} UTC; text kept"
    event_id, _ = _ids(db, budget)
    html = _get(db, f"/events/{event_id}").text
    report = re.search(rf'<article class="report" id="a-{budget}".*?</article>', html, re.S).group(0)
    assert said in report and "Council passes the city budget" in report  # the kept text is still shown
    quake_event, _ = _ids(db, quake)
    assert "gone-note" not in _get(db, f"/events/{quake_event}").text  # its page is there


def test_the_story_page_s_citation_of_it_says_so(gone_store):
    db, _, budget, _, since = gone_store
    _, story_id = _ids(db, budget)
    html = _get(db, f"/stories/{story_id}").text
    chronology = re.search(r'<ol class="chronology">.*?</ol>', html, re.S).group(0)
    cited = [c for c in re.findall(r"<li><span class=\"badge lang\">.*?</li>", chronology, re.S)
             if f"/articles/{budget}" in c]
    assert cited and all(f"gone from its site since {since[:16]} UTC" in c for c in cited)


@pytest.mark.parametrize("lang", sorted(WORDED))
def test_it_is_worded_in_every_reader_language(gone_store, lang):
    db, _, budget, _, since = gone_store
    event_id, story_id = _ids(db, budget)
    for path in (f"/events/{event_id}", f"/stories/{story_id}", f"/articles/{budget}"):
        html = _get(db, path, lang=lang).text
        assert WORDED[lang] in html and since[:16] in html, (lang, path)
        if lang != "en":
            assert "gone from its site" not in html, (lang, path)


def test_storyline_show_and_the_api_say_it(gone_store, capsys):
    db, _, budget, quake, since = gone_store
    event_id, story_id = _ids(db, budget)
    assert cli_main(["--db", db, "show", str(event_id), "--lang", "fr"]) == 0
    out = re.sub(r"\s+", " ", capsys.readouterr().out)
    assert f"retiré de son site depuis le {since[:16]} UTC ; texte conservé" in out
    items = {a["id"]: a for a in _get(db, f"/api/events/{event_id}").json()["articles_list"]}
    assert items[budget]["gone_since"] == since
    assert _get(db, f"/api/articles/{quake}").json()["gone_since"] is None
    cites = [c for e in _get(db, f"/api/stories/{story_id}").json()["timeline"] for c in e["citations"]
             if c["article_id"] == budget]
    assert cites and all(c["gone_since"] == since for c in cites)
    assert cli_main(["--db", db, "story", str(story_id), "--json"]) == 0
    cli_cites = [c for e in json.loads(capsys.readouterr().out)["timeline"] for c in e["citations"]
                 if c["article_id"] == budget]
    assert cli_cites and all(c["gone_since"] == since for c in cli_cites)


@pytest.mark.sqlite_only  # copies the SQLite file
def test_a_page_back_on_its_site_says_nothing_more(gone_store, tmp_path):
    db, site, budget, _, _ = gone_store
    copy = str(tmp_path / "back.db")  # the module's store stays gone for the other cases
    with sqlite3.connect(db) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)
    site.html("/budget", BUDGET)  # the same page again: its ETag answers 304
    app = Storyline(copy)
    try:
        back = app.refresh(fetch_policy=INTRANET)
        assert budget in back.unchanged and not back.gone
        assert app.article(budget).gone is None
    finally:
        app.close()
        site.html("/budget", "<p>Gone</p>", status=410)
    event_id, _ = _ids(copy, budget)
    assert "gone-note" not in _get(copy, f"/events/{event_id}").text
