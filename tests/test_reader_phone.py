"""In a real browser over the demo: labels a reader must be able to read whole.

A names table's kind is one word on one line ("organis / ation" on a
phone); a timeline names the year at the end a phone opens it on (the newest:
"12 Sep, 13 Sep, 14 Sep" said no year); the mentions chart's period labels
and axis title lie inside the picture, at a desk's width and a phone's
("Jun 2024" ran past the right edge, "articles per month" lost its
descenders).  Screenshots go to ``test-artifacts/``.
"""
from __future__ import annotations

import json
import re
import urllib.request

import pytest

from test_browser import browser, shot  # noqa: F401  (fixtures)
from test_browser_demo import demo_server  # noqa: F401  (fixture)

YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _get(base: str, path: str) -> dict:
    with urllib.request.urlopen(base + path) as r:
        return json.load(r)


@pytest.fixture
def phone(browser):  # noqa: F811
    context = browser.new_context(viewport={"width": 390, "height": 844})
    yield context.new_page()
    context.close()


def test_a_names_kind_stays_one_word_on_a_phone(demo_server, phone):  # noqa: F811
    phone.goto(demo_server + "/entities")
    lines = ("e => { const r = document.createRange(); r.selectNodeContents(e);"
             " return new Set([...r.getClientRects()].map(x => Math.round(x.y))).size; }")
    kinds = phone.locator("table.entities tbody tr td:nth-child(2)").all()
    assert any(k.inner_text().strip() == "organisation" for k in kinds)
    broken = [k.inner_text() for k in kinds if k.evaluate(lines) != 1]
    assert not broken, broken
    shot(phone, "reader-phone-names-kinds")


def test_a_phone_sees_the_year_where_the_timeline_opens(demo_server, phone):  # noqa: F811
    """Every event's and story's chart, as a phone opens it: a tick label on
    screen names its year."""
    paths = [f"/events/{e['id']}" for e in _get(demo_server, "/api/events?limit=100")["items"]]
    paths += [f"/stories/{s['id']}" for s in _get(demo_server, "/api/stories?limit=100")["items"]]
    seen = "els => els.map(e => [e.getBoundingClientRect().left, e.getBoundingClientRect().right, e.textContent])"
    for path in paths:
        phone.goto(demo_server + path)
        scroll = phone.locator("figure.timeline .scroll")
        if not scroll.count():
            continue
        box = scroll.first.bounding_box()
        ticks = scroll.first.evaluate(f"s => ({seen})([...s.querySelectorAll('text.tick-label')])")
        shown = [t for left, right, t in ticks if left >= box["x"] - 1 and right <= box["x"] + box["width"] + 1]
        assert any(YEAR.search(t) for t in shown), (path, shown)
    shot(phone, "reader-phone-timeline-year")


def _charted(base: str) -> list[str]:
    """A name charted by month, one by day (their keys' lengths)."""
    found = {}
    for item in _get(base, "/api/entities?limit=60")["items"]:
        periods = _get(base, f"/api/entities/{item['id']}")["mentions_by_period"]
        if len(periods) > 1:
            found.setdefault(len(periods[0]["period"]), item["id"])
    assert {7, 10} <= set(found), found
    return [found[7], found[10]]


@pytest.mark.parametrize("width", [1280, 390])
def test_the_mentions_chart_keeps_its_labels_inside(demo_server, browser, width):  # noqa: F811
    context = browser.new_context(viewport={"width": width, "height": 900})
    pg = context.new_page()
    try:
        for ent in _charted(demo_server):
            pg.goto(f"{demo_server}/entities/{ent}")
            svg = pg.locator("figure.sparkline svg")
            w, h = (float(v) for v in svg.get_attribute("viewBox").split()[2:])
            boxes = svg.evaluate("s => [...s.querySelectorAll('text')].map(t => { const b = t.getBBox();"
                                 " return [t.getAttribute('class'), t.textContent, b.x, b.y, b.width, b.height]; })")
            for cls, text, x, y, bw, bh in boxes:
                assert x >= 0 and x + bw <= w and y >= 0 and y + bh <= h, (ent, cls, text, x, y, bw, bh, w, h)
            title = next(b for b in boxes if b[0] == "axis-title")
            for b in (b for b in boxes if b[0] == "x-label"):  # the title sits below the labels
                assert title[3] >= b[3] + b[5] - 1, (title, b)
        shot(pg, f"reader-entity-chart-{width}")
    finally:
        context.close()


@pytest.mark.parametrize("width", [1280, 390])
def test_a_phone_is_told_the_timeline_scrolls_for_earlier_dates(demo_server, browser, width):  # noqa: F811
    """A phone opens the chart at its newest end, wider than the screen: it
    showed "n 2024" cut at the edge and, under it, a note on a break at
    "2019" that nothing on screen showed (h-ui17).  Where the chart scrolls,
    a line above it says so; where it fits, there is none."""
    context = browser.new_context(viewport={"width": width, "height": 900})
    pg = context.new_page()
    try:
        story = max(_get(demo_server, "/api/stories?limit=100")["items"], key=lambda s: len(s["events"]))
        pg.goto(f"{demo_server}/stories/{story['id']}")
        scrolls = pg.locator("figure.timeline .scroll").evaluate("s => s.scrollWidth > s.clientWidth + 1")
        hint = pg.locator("figure.timeline .scroll-hint")
        assert hint.is_visible() == scrolls == (width < 640), (width, scrolls)
        if scrolls:
            assert "earlier" in hint.inner_text()
            shot(pg, "reader-phone-timeline-hint")
    finally:
        context.close()


def test_names_mentioned_stands_apart_from_the_sources_table(demo_server, phone):  # noqa: F811
    """On a phone "Names mentioned" sat on the sources table's last row, as if
    it were one more source (h-ui17)."""
    story = max(_get(demo_server, "/api/stories?limit=100")["items"], key=lambda s: len(s["events"]))
    for path in (f"/stories/{story['id']}", f"/events/{story['events'][0]}"):
        phone.goto(demo_server + path)
        gap = phone.locator("section.coverage").evaluate(
            "s => s.querySelector(':scope > h3').getBoundingClientRect().top"
            " - s.querySelector('.columns').getBoundingClientRect().bottom")
        assert gap >= 12, (path, gap)
