"""A date given only to its month (or week), inside the chart's true scale, is drawn over its days (h-ui33).

"In February" in reports of 11-13 March 2024 resolves to February 2024, stored as its first
day (``precision="month"``).  On the true scale it was a dot on 1 February, read as a day no
report said (the demo's story 2 chart had one); a year was already a bar (h-ui32).  It is now
a bar over the days of February, whose tooltip names the month in the reader's words.  The
resolver, the chart, the page and Chromium are the real ones.
"""
from __future__ import annotations

import datetime as dt

import pytest

from period_marks import drawn_marks, served_store
from storyline.analyse.dates import resolve_dates
from storyline.records import Article
from storyline.web.views import event_timeline
from test_browser import browser  # noqa: F401  (fixture)

TEXT = ("Freight volumes through the port of Rotterdam fell by a fifth in February, the port authority "
        "said, after shipping lines rerouted around the Cape of Good Hope.")
WEEK = "Freight volumes through the port of Rotterdam fell by a fifth last week, the port authority said."
DAYS = [dt.date(2024, 3, 11), dt.date(2024, 3, 12), dt.date(2024, 3, 13)]
SAID = [" Container traffic was hit hardest.", " Bulk cargo held up better.", " Tanker calls were unchanged."]  # three reports, not one copy


def _reports(text: str) -> list[Article]:
    return [Article(id=f"a{i}", origin="test", title=f"Report {i}", text=text, raw_text=text, lang="en",
                    published=d, event_id=1, dates=resolve_dates(text, d, "en")) for i, d in enumerate(DAYS)]


def _one_period(text: str, precision: str):
    tl = event_timeline(_reports(text), "en", (DAYS[0], DAYS[-1]))
    assert not tl.breaks, tl.breaks  # near the news: on the true scale
    [said] = [m for m in tl.marks if m.kind == "mentioned" and m.count == 3]
    days = sorted(m.x for m in tl.marks if m.kind == "report")
    return said, days, (days[-1] - days[0]) / 2  # a day's width in px


def test_in_february_spans_its_days_not_the_first():
    assert any(m.precision == "month" and m.value == dt.date(2024, 2, 1) for m in _reports(TEXT)[0].dates)
    month, days, day_px = _one_period(TEXT, "month")
    assert month.span, month  # a bar, not a dot on 1 February
    assert abs(month.span[1] - month.span[0] - 28 * day_px) < 1, (month.span, day_px)  # 1 to 29 February
    assert month.span[1] < days[0] and month.x == pytest.approx(sum(month.span) / 2, abs=0.1)
    assert month.label.startswith("Feb 2024: "), month.label


def test_last_week_spans_monday_to_sunday():
    week, days, day_px = _one_period(WEEK, "week")  # the week of 4 March said on 11-13 March
    assert week.span and abs(week.span[1] - week.span[0] - 6 * day_px) < 1, (week.span, day_px)
    assert week.span[1] < days[0] and week.label.startswith("week of 2024-03-04: "), week


@pytest.fixture(scope="module")
def month_server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("month-true-scale")
    rows = [{"id": f"m{i}", "title": "Rotterdam freight volumes fell by a fifth in February", "lang": "en",
             "published": d.isoformat(), "source": f"Source {'ABC'[i]}", "text": TEXT + SAID[i]} for i, d in enumerate(DAYS)]
    yield from served_store(folder, "month", rows)



@pytest.mark.parametrize("lang, month", [("en", "Feb 2024"), ("fr", "févr. 2024"), ("hi", "फ़र॰ 2024")])
def test_the_page_draws_the_month_over_its_days(month_server, browser, lang, month):  # noqa: F811
    marks, reports = drawn_marks(browser, f"{month_server}/events/1?lang={lang}")
    [feb] = marks
    assert len(reports) == 3, reports
    assert feb["tip"].startswith(month), feb  # the month in the reader's words
    day_px = (max(reports) - min(reports)) / 2
    assert feb["right"] - feb["left"] > 20 * day_px and feb["right"] < min(reports), (feb, reports)
