"""In a real browser: what the reader sees of dates, sources and text (issue 11).

The story timeline is a true time scale (ticks at calendar boundaries placed
by date, dots three days apart apart from each other), undated reports carry
the "placed by content only" badge, a subhead on its own line stays on its
own line, and the mentions-over-time chart has labelled axes.  Screenshots go
to ``test-artifacts/``.
"""
from __future__ import annotations

import copy

import pytest

from api_corpus import ARTICLES
from test_browser import browser, page, serve, shot  # noqa: F401  (fixtures)

from storyline.ingest.readers import from_record

MOON_PAST = (" The landing came days after Russia's Luna-25 crashed on 19 August 2023, three "
             "days after it had entered lunar orbit on 16 August 2023. India's previous attempt, "
             "Chandrayaan-2, failed in September 2019.")
UNDATED = {"id": "moon-undated", "title": "Vikram and Pragyan on the Moon",
           "text": "India's Chandrayaan-3 lander Vikram touched down near the lunar south pole, "
                   "making India the first country to land in that region, ISRO said, as "
                   "scientists in Bengaluru cheered the landing.\n"
                   "What happens next\n"
                   "The rover Pragyan will roll down a ramp and study the lunar soil for about "
                   "two weeks, sending its data back through the lander."}


@pytest.fixture(scope="module")
def reader_server(tmp_path_factory):
    from storyline.service import Storyline

    rows = copy.deepcopy(ARTICLES)
    rows[0]["text"] += MOON_PAST
    rows.append(UNDATED)
    db = str(tmp_path_factory.mktemp("reader") / "reader.db")
    app = Storyline(db)
    report = app.ingest([from_record(r, f"test:{r['id']}") for r in rows])
    ids = {app.article(a).external_id: a for a in report.added}
    moon_event = app.article(ids["moon-en"]).event_id
    story = app.story_of_event(moon_event)
    app.close()
    for base in serve(db):
        yield base, ids, moon_event, story


def _circles(pg, selector):
    return pg.eval_on_selector_all(selector, "els => els.map(e => ({x: +e.getAttribute('cx'), "
                                   "y: +e.getAttribute('cy'), r: +e.getAttribute('r'), "
                                   "t: e.textContent}))")


def test_story_timeline_is_a_true_time_scale_with_separate_dots(reader_server, page):
    base, ids, moon_event, story = reader_server
    page.goto(f"{base}/stories/{story}")
    ticks = page.eval_on_selector_all(
        "figure.timeline text.tick-label", "els => els.map(e => [+e.getAttribute('x'), e.textContent])")
    xs = [x for x, _ in ticks]
    assert xs == sorted(xs) and len(set(xs)) == len(xs)
    # September 2019 is years before the landing: it sits past a break in the axis,
    # labelled, and the August 2023 days keep a true scale of their own
    assert ticks[0][1] == "2019" and page.locator("figure.timeline path.break").count() >= 1, ticks
    assert "not to scale" in page.locator("figure.timeline .axis-note").inner_text()
    main = ticks[1:]
    assert len(main) >= 3, ticks
    # the last tick names the last day shown; the day ticks before it are equal steps
    assert main[-1][1] == "23 Aug 2023", ticks
    gaps = [b[0] - a[0] for a, b in zip(main[:-1], main[1:-1])]
    assert max(gaps) - min(gaps) < 3, ticks
    dots = _circles(page, "figure.timeline circle")
    assert len(dots) >= 4, dots
    for i, a in enumerate(dots):  # no dot hides another (16 and 19 August are two dots)
        for b in dots[i + 1:]:
            dist = ((a["x"] - b["x"]) ** 2 + (a["y"] - b["y"]) ** 2) ** 0.5
            assert dist >= a["r"] + b["r"], (a, b)
    x_of = {day: d["x"] for d in dots for day in (16, 19, 23) if d["t"].startswith(f"2023-08-{day}")}
    assert set(x_of) == {16, 19, 23}, dots
    assert all(x > ticks[0][0] for x in x_of.values())
    # placed by date: 16 -> 19 August is three days, 19 -> 23 four
    ratio = (x_of[23] - x_of[19]) / (x_of[19] - x_of[16])
    assert abs(ratio - 4 / 3) < 0.1, x_of
    shot(page, "reader-story-timeline")


def test_undated_report_is_badged_and_keeps_its_lines(reader_server, page):
    base, ids, moon_event, story = reader_server
    page.goto(f"{base}/articles/{ids['moon-undated']}")
    badge = page.locator(".badge.undated").first
    assert badge.is_visible() and "placed by content only" in badge.inner_text()
    text = page.locator("section.text").inner_text()
    assert "What happens next\nThe rover Pragyan" in text, text  # not run together
    shot(page, "reader-undated-article")
    page.goto(f"{base}/stories/{story}")
    entry = page.locator("ol.chronology li.undated")
    assert entry.count() >= 1 and "date unknown" in entry.first.inner_text()
    if page.locator("ol.chronology li.undated a", has_text="Vikram and Pragyan").count():
        assert "2023-08-23" not in entry.first.inner_text().split("\n")[0]
    page.goto(f"{base}/events/{moon_event}")
    meta = page.locator("header .meta").first.inner_text()
    assert "placed by content only" in meta and "of unknown source" in meta, meta
    shot(page, "reader-event-undated")


def test_mentions_chart_has_labelled_axes(reader_server, page):
    base, *_ = reader_server
    page.goto(f"{base}/entities/Narendra Modi")
    chart = page.locator("figure.sparkline svg")
    assert chart.count() == 1
    texts = lambda sel: page.eval_on_selector_all(sel, "els => els.map(e => e.textContent)")  # noqa: E731
    xlabels, ylabels = texts("figure.sparkline text.x-label"), texts("figure.sparkline text.y-label")
    assert xlabels and all(x.startswith("2023") for x in xlabels), xlabels
    assert "0" in ylabels and any("articles per" in t for t in texts("figure.sparkline text"))
    shot(page, "reader-entity-chart")
