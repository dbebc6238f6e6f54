"""Chart geometry: calendar ticks placed by date, dots that never overlap, labelled axes."""
from __future__ import annotations

import datetime as dt

from storyline.timeline import TimelineEntry
from storyline.web.timeaxis import calendar_ticks, count_chart, stack_levels
from storyline.web.views import story_timeline

D = dt.date


def test_ticks_are_calendar_boundaries_inside_the_range():
    for lo, hi in [(D(2023, 9, 13), D(2024, 6, 21)), (D(2000, 3, 1), D(2024, 6, 1)),
                   (D(2024, 6, 10), D(2024, 6, 22)), (D(2023, 1, 15), D(2023, 4, 2))]:
        ticks = calendar_ticks(lo, hi)
        assert 1 <= len(ticks) <= 7
        assert all(lo <= d <= hi for d, _ in ticks)
        dates = [d for d, _ in ticks]
        assert dates == sorted(dates)
    months = calendar_ticks(D(2023, 9, 13), D(2024, 6, 21))
    assert all(d.day == 1 for d, _ in months)
    assert ("Jan 2024" in [t for _, t in months]) or any(d.month == 1 for d, _ in months)
    years = calendar_ticks(D(2000, 3, 1), D(2024, 6, 1))
    assert all((d.month, d.day) == (1, 1) and t == str(d.year) for d, t in years)


def test_story_timeline_places_ticks_and_dots_on_one_scale():
    entries = [TimelineEntry(D(2023, 9, 13), "day", "event", "Kim in Russia", 1),
               TimelineEntry(D(2024, 2, 1), "month", "mentioned", "The car gift"),
               TimelineEntry(D(2024, 6, 19), "day", "event", "Putin in Pyongyang", 2),
               TimelineEntry(D(2024, 6, 22), "day", "event", "Treaty published", 3),
               TimelineEntry(None, "day", "event", "An undated report", 2)]
    tl = story_timeline(entries)
    tick_x = {label: x for x, label in tl.ticks}
    feb = next(m for m in tl.marks if m.date == D(2024, 2, 1))
    feb_tick = next((x for label, x in tick_x.items() if label.startswith("Feb")), None)
    jan_tick = next((x for label, x in tick_x.items() if label.startswith("Jan")), None)
    mar_tick = next((x for label, x in tick_x.items() if label.startswith("Mar")), None)
    assert feb_tick is None and jan_tick is not None and mar_tick is not None, tick_x  # 2-month steps
    assert jan_tick < feb.x < mar_tick  # the February mark lies between the Jan and Mar ticks
    # a month is a bar over its days (h-ui33): from 1 February, its share of the way, to the 29th
    share = lambda x: (x - jan_tick) / (mar_tick - jan_tick)  # noqa: E731
    assert abs(share(feb.span[0]) - 31 / 60) < 0.02 and abs(share(feb.span[1]) - 59 / 60) < 0.02, feb.span
    assert feb.x == round(sum(feb.span) / 2, 1)
    # events three days apart are two dots that do not touch
    a, b = [m for m in tl.marks if m.date in (D(2024, 6, 19), D(2024, 6, 22))]
    r = lambda m: 3 + min(m.count, 6)  # noqa: E731
    assert ((a.x - b.x) ** 2 + (a.y - b.y) ** 2) ** 0.5 >= r(a) + r(b)
    assert len(tl.marks) == 4  # the undated entry is not drawn on the date axis


def test_stack_levels_separate_close_dots_only():
    assert stack_levels([(10, 4), (12, 4), (14, 4), (100, 4)]) == [0, 1, 2, 0]
    assert stack_levels([(10, 4), (30, 4)]) == [0, 0]


def test_count_chart_has_both_axes_labelled():
    chart = count_chart([("2023-07", 1), ("2023-08", 0), ("2023-09", 6), ("2023-10", 0)])
    assert [label for _, label in chart["xticks"]][0] == "2023-07"
    assert [label for _, label in chart["xticks"]][-1] == "2023-10"
    assert [label for _, label in chart["yticks"]] == ["0", "3", "6"]
    assert all(chart["left"] <= x <= chart["right"] for x, _ in chart["xticks"])


def test_the_scale_ends_at_the_first_and_last_date():
    """An event of 10-14 September had an axis from late August to late September."""
    from storyline.web.timeaxis import LABEL_GAP, broken_scale, label_px

    news = [D(2023, 9, 13), D(2023, 9, 14)]
    scale = broken_scale(news + [D(2023, 9, 10), D(2019, 4, 1)], news, 70, 650)
    assert (scale.main.lo, scale.main.hi) == (D(2023, 9, 10), D(2023, 9, 14))
    assert scale.x(D(2023, 9, 14)) == 650 and [t for _, _, t in scale.past] == ["2019"]
    one = broken_scale([D(2024, 7, 26)], [D(2024, 7, 26)], 70, 650)  # one day: a day each side
    assert (one.main.lo, one.main.hi) == (D(2024, 7, 25), D(2024, 7, 27)) and one.x(D(2024, 7, 26)) == 360


def test_the_axis_names_the_first_and_last_day_of_the_news():
    """A story of September and June had ticks at Nov, Jan, Mar and May only:
    no label near either event.  The ends of the scale are labelled with their
    dates, and calendar ticks that would touch them give way."""
    from storyline.web.timeaxis import LABEL_GAP, broken_scale, label_px

    news = [D(2023, 9, 13), D(2024, 6, 19), D(2024, 6, 20)]
    scale = broken_scale(news + [D(2023, 9, 10), D(2024, 6, 21), D(2019, 4, 1)], news, 70, 650)
    ticks = scale.ticks(7)
    labels = [t for _, t in ticks]
    assert labels[0] == "2019" and "10 Sep 2023" in labels and labels[-1] == "21 Jun 2024", labels
    assert dict((t, x) for x, t in ticks)["10 Sep 2023"] == scale.x(D(2023, 9, 10))
    xs = [x for x, _ in ticks]
    assert xs == sorted(xs)
    for (xa, ta), (xb, tb) in zip(ticks, ticks[1:]):  # no two labels touch
        assert xb - xa >= (label_px(ta) + label_px(tb)) / 2 + LABEL_GAP - 0.1, (ta, tb)
    assert any(t.startswith(("Jan", "Mar")) for t in labels)  # the calendar between still shows
    # one day, widened a day each side: its day ticks, no invented ends
    one = broken_scale([D(2024, 7, 26)], [D(2024, 7, 26)], 70, 650)
    assert "26 Jul" in " ".join(t for _, t in one.ticks(7))


def test_between_the_dated_ends_only_a_january_names_its_year():
    """The ends name their years ("10 Sep 2023", "21 Jun 2024"); the last
    calendar tick naming its year as well read "Jan 2024 · Mar · May 2024",
    as if May were of another year than March."""
    from storyline.web.timeaxis import LABEL_GAP, broken_scale, label_px

    news = [D(2023, 9, 13), D(2024, 6, 19), D(2024, 6, 20)]
    scale = broken_scale(news + [D(2023, 9, 10), D(2024, 6, 21)], news, 70, 650)
    labels = [t for _, t in scale.ticks(7)]
    assert labels[0] == "10 Sep 2023" and labels[-1] == "21 Jun 2024", labels
    between = labels[1:-1]
    assert between and all(t.endswith(" 2024") == t.startswith("Jan") for t in between), labels
