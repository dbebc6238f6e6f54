"""In a real browser: an event's report dated outside its days is a ring at the
chart's left edge, past the break, and the event's own reports spread over the
chart (h-ui25; the store: ``test_reader_event_chart_outside.far_event``)."""
from __future__ import annotations

import pytest

from test_browser import browser, page, serve, shot  # noqa: F401  (fixtures)
from test_reader_event_chart_outside import far_event  # noqa: F401  (fixture)

from storyline.wording import OUTSIDE_DAYS


@pytest.fixture(scope="module")
def far_server(far_event):  # noqa: F811
    db, event_id = far_event
    for base in serve(db):
        yield base, event_id


def test_the_outside_report_is_a_ring_past_the_break(far_server, page):  # noqa: F811
    base, event_id = far_server
    page.goto(f"{base}/events/{event_id}")
    ring = page.locator("figure.timeline circle.report.outside")
    assert ring.count() == 1
    assert OUTSIDE_DAYS in ring.locator("title").text_content()
    dots = page.locator("figure.timeline circle.report:not(.outside)")
    fill = lambda loc: loc.evaluate("e => getComputedStyle(e).fill")  # noqa: E731
    assert fill(ring) != fill(dots.first)  # hollow: drawn apart from the event's own reports
    x = lambda loc: loc.bounding_box()["x"]  # noqa: E731
    own = sorted(x(dots.nth(i)) for i in range(dots.count()))
    assert x(ring) < x(page.locator("figure.timeline path.break").first) < own[0]
    assert page.locator("figure.timeline .outside-note").is_visible()
    shot(page, "h-ui25-event-chart-outside")
