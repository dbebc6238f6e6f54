"""What the search page says before any news report is stored.

On a new database (or one holding only pages that are not news reports) a
search answered "0 results for “Putin”. Try other words, the meaning mode, or
fewer filters": advice that cannot help, where the list pages say that
nothing has been ingested yet and how to fill the database.
"""
from __future__ import annotations

from fastapi.testclient import TestClient

from api_corpus import ARTICLES
from test_gate import add_not_articles

from storyline.api import create_app
from storyline.ingest.readers import from_record
from storyline.service import Storyline


def _search(db_path: str, **params) -> str:
    with TestClient(create_app(db_path, "tok"), base_url="http://localhost") as client:
        assert client.get("/api/search", params={"q": "Putin"}).status_code == 200
        return " ".join(client.get("/search", params={"q": "Putin", **params}).text.split())


def test_a_search_before_any_report_says_nothing_is_stored(db_path):
    Storyline(db_path).close()  # a new database
    flagged_only = None
    for step in ("new", "flagged pages only", "reports"):
        app = Storyline(db_path)
        if step == "flagged pages only":
            flagged_only = add_not_articles(app)
        elif step == "reports":
            app.ingest([from_record(r, f"test:{r['id']}") for r in ARTICLES[:2]])
        app.close()
        # a range nothing is in: 0 results on the filled database too
        page = _search(db_path, date_from="1990-01-01", date_to="1990-01-02")
        assert "0 results" in page, step
        if step == "reports":  # reports are stored: the advice, not "nothing ingested"
            assert "ingested yet" not in page and "Try other words" in page, page[-1500:]
        else:
            assert "No news report has been ingested yet, so nothing can match." in page, step
            assert "<code>storyline ingest FILES</code>" in page and "Try other words" not in page, step
    assert flagged_only
