"""An event's chart keeps its axis to the event's days: a report dated outside them
is a ring past the axis' break, labelled with its date and "outside the event's days"
(h-ui25).

The Wikinews asteroid event (dev set) holds a page of 2000 that joined a 2004 event by
its content, beyond the event's window: the event's days (its dates, its badge) leave
it out, but the chart plotted it at its own date as the event's news, so the axis ran
four years wide and the event's own week was one blot at its right end.
"""
from __future__ import annotations

import datetime as dt
import re

from storyline.reader_words import worded_in
from storyline.records import Article
from storyline.web.views import event_timeline
from storyline.wording import OUTSIDE_DAYS

EVENT_DAYS = (dt.date(2004, 2, 23), dt.date(2004, 2, 26))


def _reports() -> list[Article]:
    days = [dt.date(2004, 2, 23), dt.date(2004, 2, 24), dt.date(2004, 2, 26), dt.date(2000, 6, 1)]
    return [Article(id=f"a{i}", origin="test", title=f"Report {i}", text="", raw_text="", lang="en",
                    published=d, event_id=1) for i, d in enumerate(days)]


def test_the_axis_is_the_events_days_and_the_outside_report_is_past_the_break():
    tl = event_timeline(_reports(), "en", EVENT_DAYS)
    ring = [m for m in tl.marks if m.outside]
    assert [m.date for m in ring] == [dt.date(2000, 6, 1)]
    assert OUTSIDE_DAYS in ring[0].label and ring[0].label.startswith("2000-06-01")
    own = sorted(m.x for m in tl.marks if not m.outside)
    assert tl.breaks and ring[0].x < tl.breaks[0] < own[0]  # at the left edge, past the break
    assert own[-1] - own[0] > 300  # the event's three days spread over the chart, not one blot
    labels = [t for _, t in tl.ticks]
    assert "2000" in labels and not {"2001", "2002", "2003"} & set(labels), labels
    assert "2000" in tl.note and tl.outside_note


def test_without_the_events_days_the_chart_is_as_before():
    """Called with no days (or with every report inside them) nothing is a ring."""
    tl = event_timeline(_reports()[:3], "en", EVENT_DAYS)
    assert not any(m.outside for m in tl.marks) and not tl.outside_note and not tl.breaks
    assert not any(m.outside for m in event_timeline(_reports(), "en").marks)


def test_the_outside_report_is_said_in_the_readers_language():
    with worded_in("ar"):
        tl = event_timeline(_reports(), "ar", EVENT_DAYS)
    ring = next(m for m in tl.marks if m.outside)
    assert ring.label.endswith("، خارج أيام الحدث"), ring.label  # the Arabic comma, the catalogue's phrase
    assert re.search("[\u0600-\u06ff]", tl.outside_note)
