"""A far date given only to its year sits in its year's slot, named by the year (h-ui30).

"This year" in a report of June 2024 resolves to the year 2024 (stored as its first day,
``precision="year"``).  The chart's far past gives the news' own year a slot per month,
so the mention sat in a "Jan 2024" slot, often left unnamed, read as a January the
report never said; the tooltip and the list said "2024".  The resolver, the chart and
the reader's languages here are the real ones.
"""
from __future__ import annotations

import datetime as dt

from storyline.analyse.dates import resolve_dates
from storyline.reader_words import worded_in
from storyline.records import Article
from storyline.timeline import TimelineEntry
from storyline.web.views import event_timeline, story_timeline

TEXT = "Shares have risen 3% this year. Inflation peaked in March."
DAYS = [dt.date(2024, 6, 17), dt.date(2024, 6, 18), dt.date(2024, 6, 19)]


def _reports() -> list[Article]:
    return [Article(id=f"a{i}", origin="test", title=f"Report {i}", text=TEXT, raw_text=TEXT, lang="en",
                    published=d, event_id=1, dates=resolve_dates(TEXT, d, "en")) for i, d in enumerate(DAYS)]


def _year_mark(tl):
    return next(m for m in tl.marks if m.kind == "mentioned" and m.date == dt.date(2024, 1, 1))


def test_this_year_is_the_years_slot_not_january():
    assert any(m.precision == "year" and m.value == dt.date(2024, 1, 1) for m in _reports()[0].dates)
    tl = event_timeline(_reports(), "en", (DAYS[0], DAYS[-1]))
    ticks = dict((t, x) for x, t in tl.ticks)
    assert "Jan 2024" not in ticks, tl.ticks
    assert ticks.get("2024") == _year_mark(tl).x, tl.ticks  # the dot under its year's label
    assert "Mar 2024" in ticks  # a month stays a month: only the year-only date changed slot
    assert ticks["2024"] < ticks["Mar 2024"] < tl.breaks[0]  # the year before its months, all past the break
    assert "2024 to Mar 2024" in tl.note


def test_the_year_is_named_so_in_each_readers_language():
    for lang in ("fr", "ar", "ru"):
        with worded_in(lang):
            tl = event_timeline(_reports(), lang, (DAYS[0], DAYS[-1]))
        ticks = dict((t, x) for x, t in tl.ticks)
        assert ticks.get("2024") == _year_mark(tl).x, (lang, tl.ticks)


def test_a_storys_year_only_happening_too():
    entries = [TimelineEntry(d, "day", "event", f"Event {i}", event_id=i) for i, d in enumerate(DAYS)]
    entries.append(TimelineEntry(dt.date(2024, 1, 1), "year", "mentioned", "Shares have risen 3% this year."))
    tl = story_timeline(entries)
    ticks = dict((t, x) for x, t in tl.ticks)
    assert "Jan 2024" not in ticks and ticks.get("2024") == _year_mark(tl).x, tl.ticks
