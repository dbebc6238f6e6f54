"""The mentions-over-time chart's period labels get their room by the script
they are drawn in (``timeaxis.label_px``), as the event chart's ticks do (h-ui27).

``count_chart`` counted 8.3 units a character for its margins and kept every
evenly chosen period label: over a month of days a Russian reader's labels
("13 сент. 2023 г.", twice an English "2023-09-13"'s room) ran into one another."""
from __future__ import annotations

import datetime as dt

import pytest

from storyline.reader_words import worded_in
from storyline.reader_words_dates import shown_date
from storyline.web.reader_lang import NAME_LANGS
from storyline.web.timeaxis import COUNT_LABEL_PX, LABEL_GAP, count_chart, label_px

DAYS = [dt.date(2023, 9, 1) + dt.timedelta(days=i) for i in range(30)]


@pytest.mark.parametrize("lang", sorted(NAME_LANGS))
def test_no_two_period_labels_touch_and_the_ends_are_named(lang):
    with worded_in(lang):
        series = [(shown_date(d), i % 4) for i, d in enumerate(DAYS)]
    chart = count_chart(series)
    ticks = chart["xticks"]
    assert [t for _, t in ticks][::len(ticks) - 1] == [series[0][0], series[-1][0]], ticks
    for (xa, ta), (xb, tb) in zip(ticks, ticks[1:]):
        room = (label_px(ta, COUNT_LABEL_PX) + label_px(tb, COUNT_LABEL_PX)) / 2 + LABEL_GAP
        assert xb - xa >= room, (lang, ta, tb)
    # the end labels, centred under the chart's ends, stay inside the picture
    assert chart["left"] - label_px(series[0][0], COUNT_LABEL_PX) / 2 >= 0
    assert chart["right"] + label_px(series[-1][0], COUNT_LABEL_PX) / 2 <= chart["width"]


def test_a_short_series_keeps_every_label():
    chart = count_chart([("2023-07", 1), ("2023-08", 0), ("2023-09", 6)])
    assert [t for _, t in chart["xticks"]] == ["2023-07", "2023-08", "2023-09"]
