"""Every language a page lists is named, not only the few names can be shown in.

The coverage table, the reader's-language menu and the search form's
language filters said "el", "he", "ar" (a bare code a journalist has to look
up) for every language outside English, German, Spanish, French, Hindi,
Italian, Portuguese, Russian and Ukrainian.
"""
from __future__ import annotations

import json
from pathlib import Path

from fastapi.testclient import TestClient

from storyline.api import create_app
from storyline.ingest.readers import from_record
from storyline.service import Storyline

SAMPLE = Path(__file__).parent / "data" / "gate_sample.jsonl"


def test_arabic_and_hebrew_reports_name_their_languages(db_path):
    records = [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines()[1:]]
    app = Storyline(db_path)
    app.ingest([from_record(r, f"test:{r['id']}") for r in records if r["id"] in ("r-ar", "r-he")])
    events = {ev.languages[0]: ev.id for ev in app.events()}
    app.close()
    assert set(events) == {"ar", "he"}
    with TestClient(create_app(db_path, "tok"), base_url="http://localhost") as c:
        page = c.get(f"/events/{events['ar']}").text
        assert "<td>العربية (ar)</td>" in page  # coverage by language
        assert ">العربية (ar)</option>" in page  # the reader's language menu
        search = c.get("/search").text
        assert "> العربية (ar)</label>" in search and "> עברית (he)</label>" in search
