"""In a real browser: Arabic and Hebrew reports read right to left.

The pages mark each piece of text with its language, but the page's own
flow is left to right, so an Arabic sentence had its full stop at its right
end and each wrapped line began at the left; the stylesheet now sets such
text right to left, isolated from the English around it.  Screenshots go to
``test-artifacts/``.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from test_browser import browser, page, serve, shot  # noqa: F401  (fixtures)

from storyline.ingest.readers import from_record

SAMPLE = Path(__file__).parent / "data" / "gate_sample.jsonl"


@pytest.fixture(scope="module")
def rtl_server(tmp_path_factory):
    from storyline.service import Storyline

    records = [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines()[1:]]
    reports = [r for r in records if r["id"] in ("r-ar", "r-he")]  # two short news reports
    assert len(reports) == 2
    db = str(tmp_path_factory.mktemp("rtl") / "rtl.db")
    app = Storyline(db)
    try:
        app.ingest([from_record(r, f"test:{r['id']}") for r in reports])
        arabic = next(a for a in app.articles() if a.lang == "ar")
    finally:
        app.close()
    for base in serve(db):
        yield base, arabic


def _direction(pg, selector: str) -> str:
    return pg.eval_on_selector(selector, "e => getComputedStyle(e).direction")


def test_arabic_text_runs_right_to_left_and_leaves_the_english_alone(rtl_server, page):  # noqa: F811
    base, arabic = rtl_server
    page.goto(f"{base}/articles/{arabic.id}")
    assert _direction(page, "h1[lang=ar]") == "rtl"
    assert _direction(page, "section.text[lang=ar]") == "rtl"
    assert _direction(page, "p.meta") == "ltr"  # the page's own words stay left to right
    # the sentence's full stop is at its left end, where an Arabic reader's sentence ends
    box = page.eval_on_selector("section.text[lang=ar] p", """p => {
        const r = document.createRange(), t = p.firstChild, n = t.textContent.length;
        r.setStart(t, n - 1); r.setEnd(t, n);
        const dot = r.getBoundingClientRect(), all = p.getBoundingClientRect();
        return {dot: dot.left, left: all.left, right: all.right}; }""")
    assert box["dot"] - box["left"] < box["right"] - box["dot"], box
    page.goto(f"{base}/events/{arabic.event_id}")
    assert _direction(page, ".fact-text[lang=ar]") == "rtl"
    assert _direction(page, "p.kicker") == "ltr"
    shot(page, "rtl-arabic-event")
