"""In a real browser, over the demo corpus: what a phone shows of its long lists.

The demo's names have many spellings ("Russia: रूस · Russland · Russlands ·
России · …"); on a 390px screen the names table pushed its "Mentions" column
past the screen's edge.  Screenshots go to ``test-artifacts/``.
"""
from __future__ import annotations

import datetime as dt

import pytest

from test_browser import ARTIFACTS, browser, page, serve, shot  # noqa: F401  (fixtures)


@pytest.fixture(scope="module")
def demo_server(demo_app):
    """The pages over the run's demo store (``demo_app``, read only), served as a user would."""
    app, _ = demo_app
    yield from serve(str(app.store.path))


def test_the_names_table_fits_a_phone(demo_server, browser):  # noqa: F811
    # not is_mobile: a phone browser zooms out to fit a too-wide page, which hides the
    # overflow from scrollWidth while the text shrinks; the layout at 390px is what counts
    context = browser.new_context(viewport={"width": 390, "height": 844})
    pg = context.new_page()
    try:
        pg.goto(demo_server + "/entities")
        overflow = pg.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, f"/entities scrolls sideways by {overflow}px on a phone"
        width = pg.evaluate("window.innerWidth")
        rows = pg.locator("table.entities tbody tr")
        assert rows.count() >= 20
        for row in rows.all()[:20]:
            for cell in row.locator("td").all():
                box = cell.bounding_box()
                assert box["x"] >= 0 and box["x"] + box["width"] <= width + 1, box
        # the mentions column is on screen, with its number
        assert pg.locator("table.entities tbody tr td:last-child").first.inner_text().strip().isdigit()
        shot(pg, "demo-phone-names")
    finally:
        context.close()


def _story_with_most_events(base: str) -> str:
    import json
    import urllib.request

    with urllib.request.urlopen(base + "/api/stories?limit=100") as r:
        items = json.load(r)["items"]
    return f"/stories/{max(items, key=lambda s: len(s['events']))['id']}"


def test_a_phone_opens_the_timeline_at_its_newest_end(demo_server, browser):  # noqa: F811
    context = browser.new_context(viewport={"width": 390, "height": 844})
    pg = context.new_page()
    try:
        pg.goto(demo_server + _story_with_most_events(demo_server))
        fig = pg.locator("figure.timeline").first
        fig.scroll_into_view_if_needed()
        box = fig.bounding_box()
        circles = fig.locator("circle.event").all()
        newest = max(circles, key=lambda c: float(c.get_attribute("cx")))
        dot = newest.bounding_box()
        # the chart is wider than the screen (it scrolls), and the newest event is on screen
        assert pg.evaluate("document.querySelector('figure.timeline svg').getBoundingClientRect().width") > 390
        assert box["x"] <= dot["x"] and dot["x"] + dot["width"] <= box["x"] + box["width"], (box, dot)
        # its rows are named at this end too
        assert fig.locator("text.row-label.end").first.is_visible()
        assert pg.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 1
        shot(pg, "demo-phone-timeline-newest")
    finally:
        context.close()


def test_more_sources_expand_by_click_and_keyboard(demo_server, browser):  # noqa: F811
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    pg = context.new_page()
    try:
        pg.goto(demo_server + "/")  # a story of 11 sources folds four; no demo event has more than 7
        more = pg.locator(".card summary.badge.more").first
        assert more.is_visible()
        hidden = more.locator("xpath=..").locator("li.badge.source")
        assert hidden.count() >= 1 and not hidden.first.is_visible()
        more.click()
        assert hidden.first.is_visible()
        assert more.evaluate("e => e.parentElement.open")
        shot(pg, "demo-more-sources-open")
        more.click()
        more.focus()  # by keyboard: Enter opens it, and a screen reader hears "+N more sources"
        pg.keyboard.press("Enter")
        assert hidden.first.is_visible()
        assert "sources" in more.text_content()
    finally:
        context.close()


def test_an_old_mention_does_not_squeeze_the_event_timeline(demo_server, browser):  # noqa: F811
    import json
    import urllib.request

    with urllib.request.urlopen(demo_server + "/api/events?limit=100") as r:
        events = json.load(r)["items"]
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    pg = context.new_page()
    try:
        squeezed, shown = [], False
        for ev in events:
            pg.goto(f"{demo_server}/events/{ev['id']}")
            fig = pg.locator("figure.timeline")
            if not fig.count():
                continue
            width = float(fig.locator("svg").get_attribute("viewBox").split()[2])
            xs = [float(c.get_attribute("cx")) for c in fig.locator("circle.report").all()]
            days = (dt.date.fromisoformat(ev["last_date"]) - dt.date.fromisoformat(ev["first_date"])).days
            # reports on different days lie apart: a day is at least a 150th of the chart (a scale
            # of five months; with 1961 on one true scale, a day was a 20,000th of it)
            if days and max(xs) - min(xs) < days * (width - 80) / 150:
                squeezed.append((ev["id"], xs))
            if fig.locator("path.break").count() and not shown:
                fig.screenshot(path=str(ARTIFACTS / "demo-event-broken-axis.png"))
                shown = True
        assert not squeezed, squeezed
    finally:
        context.close()


def test_a_reader_who_picks_hindi_on_a_list_gets_the_titles_of_the_pages(demo_server, page):  # noqa: F811
    """Issue 12: the lists name events and stories as their pages do for the
    reader: picked once in the list's "Reader's language", kept on the next list."""
    import re

    page.goto(demo_server + "/events")
    page.select_option("#reader-lang", "hi")
    page.click("form.lang-setting button")
    page.wait_for_url(re.compile(r"/events\?lang=hi$"))
    heads = page.locator("section.cards article.card h2")
    hindi = [i for i in range(heads.count()) if heads.nth(i).get_attribute("lang") == "hi"]
    assert hindi and len(hindi) < heads.count()  # Hindi where a Hindi report exists, the rest as listed
    card = heads.nth(hindi[0])
    title = card.inner_text()
    assert re.search(r"[\u0900-\u097f]", title), title
    shot(page, "demo-events-hindi")
    card.locator("a").click()
    h1 = page.locator("h1")
    assert h1.inner_text() == title and h1.get_attribute("lang") == "hi"
    # the menu of a page worded in Hindi (h-ui20) leads on in Hindi: its links carry ?lang=hi (h-ui21)
    page.click("nav a[href='/?lang=hi']:not(.brand)")
    stories = page.locator("section.cards article.card h2")
    assert any(stories.nth(i).get_attribute("lang") == "hi" for i in range(stories.count()))
    assert page.locator("#reader-lang").input_value() == "hi"
    shot(page, "demo-stories-hindi")


def test_a_date_stays_on_one_line_on_a_phone(demo_server, browser):  # noqa: F811
    """A citation's date broke at its hyphen on a 390px screen ("2023-09-" at a
    line's end, "12:" on the next), reading as two things; a date is one word."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    pg = context.new_page()
    try:
        pg.goto(demo_server + "/events")
        for eid in (it["id"] for it in pg.evaluate("fetch('/api/events?limit=100').then(r => r.json())")["items"]):
            pg.goto(f"{demo_server}/events/{eid}")
            broken = pg.evaluate("""[...document.querySelectorAll('time')]
                .filter(t => t.getClientRects().length > 1).map(t => t.textContent)""")
            assert not broken, (eid, broken)
        shot(pg, "demo-phone-event-dates")
    finally:
        context.close()


def test_the_event_timeline_axis_fits_its_dates(demo_server, browser):  # noqa: F811
    """The axis had been widened to a month around an event reported over a few
    days (ticks on 28 Aug and 25 Sep for news of 10-14 Sep, the dots bunched in
    the middle): no tick of the true scale lies before its first dot or after its
    last, so every date on the axis is a date the news is on or between."""
    import json
    import urllib.request

    with urllib.request.urlopen(demo_server + "/api/events?limit=100") as r:
        events = json.load(r)["items"]
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    try:
        checked, outside = 0, []
        for ev in events:
            if ev["first_date"] == ev["last_date"]:
                continue  # one day: widened by a day each side, so it has a scale at all
            pg.goto(f"{demo_server}/events/{ev['id']}")
            fig = pg.locator("figure.timeline")
            if not fig.count():
                continue
            cut = max([float(b) for b in fig.locator("path.break").evaluate_all(
                "els => els.map(e => e.getAttribute('d').match(/^M([\\d.]+)/)[1])")] or [-1e9])
            dots = [float(c.get_attribute("cx")) for c in fig.locator("circle").all()]
            # a week, month or year on the true scale is a bar over its days (h-ui33): its ends are dates shown
            dots += [float(x) for x in fig.locator("rect.period").evaluate_all(
                "els => els.flatMap(e => [+e.getAttribute('x') + +e.getAttribute('rx'),"
                " +e.getAttribute('x') + +e.getAttribute('width') - +e.getAttribute('rx')])")]
            dots = [x for x in dots if x > cut]  # the true scale: right of a break into the far past
            ticks = [float(t.get_attribute("x")) for t in fig.locator("text.tick-label").all()]
            ticks = [x for x in ticks if x > cut]
            checked += 1
            if ticks and (min(ticks) < min(dots) - 1 or max(ticks) > max(dots) + 1):
                outside.append((ev["id"], min(dots), max(dots), ticks))
            if ev["headline"].startswith("Putin hosts Kim"):
                fig.screenshot(path=str(ARTIFACTS / "demo-event-axis-fits.png"))
        assert checked >= 5 and not outside, outside
    finally:
        context.close()


def test_a_hits_match_kinds_read_as_one_list(demo_server, page):  # noqa: F811
    """h-ui14: a name read out of a query of several words adds a third kind to a
    hit; joined by "and" alone the line read "matched by meaning and the name it
    mentions and its event (…)".  A list of three reads as a sentence writes it."""
    from urllib.parse import quote

    page.goto(demo_server + "/search?q=" + quote("Ким Чен Ын Восточный"))
    why = page.locator("li.hit .why").all_inner_texts()
    assert why, "no hits"
    three = [w for w in why if w.count(",") >= 1]
    assert three, why  # some hit is matched by three kinds
    for w in why:
        assert w.count(" and ") <= 1, w  # "and" before the last kind only
        assert w.startswith("matched by its "), w
    shot(page, "demo-search-match-kinds")


# every "·" separator in the page whose first glyph on its line it is (the glyph before it sits higher)
_DOTS_OPENING_A_LINE = """() => {
  const bad = [];
  const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
  let last = null, node;
  const rect = (n, i) => { const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + 1);
                           return r.getBoundingClientRect(); };
  while ((node = walker.nextNode())) {
    const text = node.textContent;
    if (!node.parentElement || node.parentElement.closest('details:not([open]) > :not(summary)')) continue;
    for (let i = 0; i < text.length; i++) {
      if (/\\s/.test(text[i])) continue;
      if (text[i] === '·' && last) {
        const dot = rect(node, i), before = rect(last[0], last[1]);
        if (dot.height && before.height && before.bottom <= dot.top + 2)
          bad.push(node.parentElement.closest('p, li, td, h3, summary, div').textContent.trim().slice(0, 80));
      }
      last = [node, i];
    }
  }
  return bad;
}"""


def test_no_line_opens_with_a_separator_on_a_phone(demo_server, browser):  # noqa: F811
    """A card's meta wrapped before its " · ": "1 event · 6 articles · 6 independent
    sources" and, on the next line, "· 2024-07-26 – 2024-07-27"; the Names list's
    spellings, an event page's kicker and a search hit's line did the same."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    pg = context.new_page()
    try:
        for path in ("/", "/events", "/events/8", "/stories/1", "/entities", "/entities/e7",
                     "/search?q=dam+collapse"):
            pg.goto(demo_server + path)
            opening = pg.evaluate(_DOTS_OPENING_A_LINE)
            assert not opening, (path, opening)
        shot(pg, "demo-phone-separators")
    finally:
        context.close()


def test_a_short_word_does_not_bring_in_an_event_it_only_begins_a_word_of(demo_server, browser):  # noqa: F811
    """"dam collapse" listed three Morocco earthquake reports: one by its words
    (houses "damaged", roofs "collapsed"), and through it the earthquake's
    other reports by their event (h-ui16)."""
    import json
    import urllib.parse
    import urllib.request

    def events_of(query: str) -> set[int]:
        url = demo_server + "/api/search?" + urllib.parse.urlencode({"q": query, "limit": 50})
        with urllib.request.urlopen(url) as r:
            return {h["event_id"] for h in json.load(r)["items"]}

    quake = events_of("Marrakech")  # the earthquake's events, whose reports name it
    assert quake
    context = browser.new_context(viewport={"width": 390, "height": 844})
    pg = context.new_page()
    try:
        pg.goto(demo_server + "/search?q=dam+collapse")
        links = pg.locator("ol.results li.hit a[href^='/events/']").all()
        listed = {int(a.get_attribute("href").rsplit("/", 1)[1]) for a in links}
        assert len(listed) >= 2, listed  # the Kakhovka dam and the Derna dams
        assert not listed & quake, (listed, quake)
        shot(pg, "demo-phone-search-dam-collapse")
    finally:
        context.close()
