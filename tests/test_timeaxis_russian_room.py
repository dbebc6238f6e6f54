"""A crowded far segment names as many dates in Russian as in English (h-ui28).

The Russian chart of the demo's Pyongyang event named its far past "1961,
2018, февр. 2024 г." where every other reader language named "1961, 2013,
2023" and the month: its tick labels carried the year's word of running text
("г."), a fifth of the label, and ``label_px`` gave "ж м ш щ ы ю ф" one em
each, 4 px over "февр. 2024" as Chromium draws it.  A tick now says "февр.
2024" (the page's other dates keep "г."), and a Russian letter is sized by
its class.  The dates are that event's (tests/test_timeaxis_arabic_room.py)."""
from __future__ import annotations

import datetime as D
import re

from test_timeaxis_arabic_room import _far_labels

from storyline.reader_words import worded_in
from storyline.reader_words_dates import shown_date, tick_date
from storyline.web.timeaxis import label_px


def test_russian_names_as_many_far_dates_as_english():
    english, russian = _far_labels("en"), _far_labels("ru")
    assert len(english) == 4, english
    assert [t[-4:] for t in russian] == [t[-4:] for t in english], (russian, english)


def test_a_russian_tick_says_no_year_word_where_the_text_does():
    with worded_in("ru"):
        ticks = [tick_date(D.date(2024, m, 19), f) for m in range(1, 13)
                 for f in ("%-d %b %Y", "%-d %b", "%b %Y", "%b")]
        assert not [t for t in ticks if re.search(r"\sг\.", t)], ticks  # "авг." is August
        assert tick_date(D.date(2024, 2, 1), "%b %Y") == "февр. 2024"
        assert tick_date(D.date(2024, 6, 19), "%-d %b %Y") == "19 июн. 2024"
        assert re.search(r"\sг\.$", shown_date(D.date(2024, 6, 19)))  # a date in the text keeps it


def test_a_russian_letter_is_sized_by_its_class():
    # "ш" is drawn 0.92 em, "г" 0.53: one width for both over- or under-states a word
    assert label_px("шщж") > 1.6 * label_px("гзс")
    assert label_px("ЖШЩЮ") > label_px("шшшш")  # the wide capitals are wider than one em


def test_a_russian_name_pages_chart_names_as_many_months_as_english():
    # the name page's count chart of Russia in the demo: "июнь 2023 г. · дек. 2023 г. · июнь 2024 г."
    # against five in English; its title and caption keep "г." (a date in words)
    from storyline.web.views import sparkline

    series = [(f"{2023 + (5 + i) // 12}-{(5 + i) % 12 + 1:02d}", i % 4) for i in range(13)]
    with worded_in("en"):
        english = [t for _, t in sparkline(series)["xticks"]]
    with worded_in("ru"):
        chart = sparkline(series)
    assert len([t for _, t in chart["xticks"]]) == len(english) == 5, (chart["xticks"], english)
    assert chart["first"] == "июнь 2023\u202fг." and chart["xticks"][0][1] == "июнь 2023"
