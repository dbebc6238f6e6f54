"""A date given only to its year, inside the chart's true scale, is drawn over its year's days (h-ui32).

"This year" in reports of 10-12 January 2024 resolves to the year 2024, stored as its
first day (``precision="year"``).  Past the axis' break such a date has its year's slot,
named "2024" (h-ui30); on the true scale it was a dot on 1 January, read as a New Year's
Day no report said.  It is now a bar over the part of 2024 the scale shows, whose
tooltip says "2024".  The resolver, the chart, the page and Chromium are the real ones.
"""
from __future__ import annotations

import datetime as dt

import pytest

from period_marks import drawn_marks, served_store
from storyline.analyse.dates import resolve_dates
from storyline.records import Article
from storyline.web.views import event_timeline
from test_browser import browser  # noqa: F401  (fixture)

TEXT = ("Shares of the Nordic shipping group Maersk Tankers have risen 3% this year, the company said on its "
        "results call, after freight rates through the Red Sea doubled.")
DAYS = [dt.date(2024, 1, 10), dt.date(2024, 1, 11), dt.date(2024, 1, 12)]


def _reports() -> list[Article]:
    return [Article(id=f"a{i}", origin="test", title=f"Report {i}", text=TEXT, raw_text=TEXT, lang="en",
                    published=d, event_id=1, dates=resolve_dates(TEXT, d, "en")) for i, d in enumerate(DAYS)]


def test_this_year_spans_its_days_not_new_years_day():
    assert any(m.precision == "year" and m.value == dt.date(2024, 1, 1) for m in _reports()[0].dates)
    tl = event_timeline(_reports(), "en", (DAYS[0], DAYS[-1]))
    assert not tl.breaks, tl.breaks  # 1 January is near the news: on the true scale
    [year] = [m for m in tl.marks if m.kind == "mentioned"]
    days = sorted(m.x for m in tl.marks if m.kind == "report")
    assert year.span and year.span[0] < days[0] and year.span[1] >= days[-1], (year.span, days)
    assert year.label.startswith("2024: "), year.label
    assert not [m for m in tl.marks if m.kind == "report" and m.span]  # a day stays a dot


@pytest.fixture(scope="module")
def year_server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("year-true-scale")
    rows = [{"id": f"y{i}", "title": "Maersk Tankers shares up 3% this year on Red Sea freight rates", "lang": "en",
             "published": d.isoformat(), "source": f"Source {'ABC'[i]}", "text": TEXT} for i, d in enumerate(DAYS)]
    yield from served_store(folder, "year", rows)



@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_the_page_draws_the_year_over_its_days(year_server, browser, lang):  # noqa: F811
    marks, reports = drawn_marks(browser, f"{year_server}/events/1?lang={lang}")
    [year] = marks
    assert year["tip"].startswith("2024"), year  # "2024 : mentionné dans 3 articles…" in French
    assert year["left"] < min(reports) and year["right"] > max(reports), (year, reports)
