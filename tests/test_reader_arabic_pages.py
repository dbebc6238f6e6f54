"""An Arabic reader chooses Arabic on every page, the API and the CLI (h-ui24).

Served over the demo store: each page of a kind (lists, event, story, article,
names, a name, search, Not articles, an error) is worded in Arabic and laid out
right to left; English pages keep no ``dir`` and say what they said.
"""
from __future__ import annotations

import re

from storyline.cli import main as cli_main

RTL_HTML = '<html lang="ar" dir="rtl">'


def _pages(app):
    ev = app.events()[0]
    story = app.stories()[0]
    article = next(a for a in app.articles() if a.event_id is not None)
    return ["/", "/events", f"/events/{ev.id}", f"/stories/{story.id}", f"/articles/{article.id}", "/entities",
            "/entities/Russia", "/search?q=Putin", "/not-articles", "/events/99999", "/entities?offset=-1"]


def test_every_kind_of_page_is_arabic_and_right_to_left(client, demo_app):
    app, _ = demo_app
    for path in _pages(app):
        page = client.get(path, params={"lang": "ar"}).text
        assert RTL_HTML in page, path
        assert "الأحداث" in page, path  # the menu
        client.cookies.clear()  # the choice is remembered; a reader who never made it reads English
        english = client.get(path).text
        assert '<html lang="en">' in english, path
    assert '<option value="ar">العربية (ar)</option>' in client.get("/").text  # offered as a reader's language


def test_an_event_page_says_its_counts_and_dates_in_arabic(client, demo_app):
    app, _ = demo_app
    ev = max(app.events(), key=lambda e: e.n_articles)
    page = client.get(f"/events/{ev.id}", params={"lang": "ar"}).text
    assert re.search(r"<time datetime=\"\d{4}-\d\d-\d\d\">\d{1,2} (يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|"
                     r"سبتمبر|أكتوبر|نوفمبر|ديسمبر) \d{4}</time>", page)
    assert "الملخص" in page and "Summary" not in page


def test_the_api_and_the_cli_take_arabic(client, demo_app, capsys):
    app, _ = demo_app
    ev = app.events()[0]
    got = client.get(f"/api/events/{ev.id}", params={"lang": "ar"})
    assert got.status_code == 200 and got.json()["lang"] == "ar"
    assert cli_main(["--db", str(app.store.path), "show", str(ev.id), "--lang", "ar"]) == 0
    said = capsys.readouterr().out
    assert f"الحدث {ev.id}" in said and "الملخص" in said
