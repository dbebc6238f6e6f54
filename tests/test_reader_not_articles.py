"""A page the gate kept out of events, as the Not articles list and its own
page show it: it was placed nowhere, so an undated one is "date unknown",
never "placed by content only" (which says it joined an event by its text)."""
from __future__ import annotations


def test_an_undated_page_kept_out_of_events_is_not_said_placed_by_content(db_path):
    """The gate's undated error pages joined no event, yet the Not articles
    list badged each "date unknown · placed by content only"."""
    from fastapi.testclient import TestClient
    from test_gate import REPORTS, add_not_articles

    from storyline.api import create_app
    from storyline.ingest.readers import from_record
    from storyline.service import Storyline
    from storyline.wording import PLACED_BY_CONTENT

    error_pages = [  # as a crawler saves them: no date, no source
        {"id": "gone", "title": "Error 500 - Internal Server Error",
         "text": "Internal Server Error\nThe server encountered an internal error and was unable to "
                 "complete your request. Please try again later."},
        {"id": "weg", "lang": "de", "title": "Seite nicht gefunden | Neue Zeitung",
         "text": "Die von Ihnen aufgerufene Seite existiert leider nicht mehr.\nZur Startseite"}]
    app = Storyline(db_path)
    app.ingest([from_record(r, f"test:{r['id']}") for r in REPORTS])
    flagged = add_not_articles(app) + app.ingest([from_record(r, f"test:{r['id']}") for r in error_pages]).not_articles
    undated = [aid for aid in flagged if app.article(aid).published is None]
    app.close()
    assert undated
    with TestClient(create_app(db_path, "tok"), base_url="http://localhost") as c:
        listed = c.get("/not-articles").text
        assert "date unknown" in listed and PLACED_BY_CONTENT not in listed
        for aid in undated:
            page = c.get(f"/articles/{aid}").text
            assert PLACED_BY_CONTENT not in page and "This report states" not in page
            assert "This page states no date of its own" in page


def test_the_not_articles_lede_names_every_kind_the_gate_keeps_out(db_path):
    """The lede was written for six kinds and still named only those after the gate
    learnt age checks, app walls, video pages, disclaimers and widgets: an embedded
    tweet's page was listed under a lede that named no widget."""
    from fastapi.testclient import TestClient
    from test_gate_widgets import PAGES

    from storyline.api import create_app
    from storyline.ingest.readers import from_record
    from storyline.service import Storyline
    from storyline.wording import GATE_KIND_PLURALS, GATE_KIND_WORDS

    assert set(GATE_KIND_PLURALS) == set(GATE_KIND_WORDS), "name the new kind in the plural"
    app = Storyline(db_path)
    rows = [{"id": key, "lang": lang, "title": title, "text": text}
            for key, (_, lang, title, text) in PAGES.items() if key in ("tweet-en", "classifieds-en")]
    assert app.ingest([from_record(r, f"test:{r['id']}") for r in rows]).not_articles
    app.close()
    with TestClient(create_app(db_path, "tok"), base_url="http://localhost") as c:
        listed = c.get("/not-articles").text
    lede = listed.split('class="lede">')[1].split("</p>")[0]
    assert "embedded social posts" in lede and "classified-ads boxes" in lede and "age checks" in lede
    for plural in GATE_KIND_PLURALS.values():
        assert plural in " ".join(lede.split())


def test_a_page_kept_out_is_not_said_to_write_no_date_in_full(db_path):
    """Dates are not read on a page the gate keeps out, yet its own page said the
    days it names "cannot be placed, and it writes none in full" under a consent
    pop-up that writes "25 May 2018"."""
    from fastapi.testclient import TestClient
    from test_gate_widgets import PAGES

    from storyline.api import create_app
    from storyline.ingest.readers import from_record
    from storyline.service import Storyline

    _, lang, title, text = PAGES["consent-en"]
    assert "25 May 2018" in text
    app = Storyline(db_path)
    flagged = app.ingest([from_record({"id": "consent", "lang": lang, "title": title, "text": text},
                                      "test:consent")]).not_articles
    app.close()
    assert flagged
    with TestClient(create_app(db_path, "tok"), base_url="http://localhost") as c:
        page = c.get(f"/articles/{flagged[0]}").text
    assert "writes none in full" not in page and "cannot be placed" not in page
    assert "This page states no date of its own" in page and "are not read" in page
