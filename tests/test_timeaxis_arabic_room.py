"""A crowded far segment names as many dates in Arabic as in English (h-ui27).

Every Arabic letter had counted 0.7 em, so "فبراير 2024" was thought nearly
twice as wide as it is drawn ("يناير" 39 px against 20), and the far past of
the demo's Pyongyang event (1961 … Feb 2024, seven slots in 174 px) named
"1961, 2018, فبراير 2024" where the English chart named "1961, 2013, 2023,
Feb 2024".  The dates are that event's."""
from __future__ import annotations

import datetime as D

from storyline.reader_words import worded_in
from storyline.web.timeaxis import EDGE_PX, LABEL_GAP, broken_scale, label_px

NEWS = [D.date(2024, 6, 19), D.date(2024, 6, 20), D.date(2024, 6, 21)]
FAR = [D.date(1961, 1, 1), D.date(2000, 1, 1), D.date(2013, 1, 1), D.date(2018, 1, 1), D.date(2023, 9, 1),
       D.date(2024, 1, 1), D.date(2024, 2, 1)]


def _far_labels(lang: str) -> list[str]:
    with worded_in(lang):
        scale = broken_scale(NEWS + FAR, NEWS, EDGE_PX, 720 - EDGE_PX)  # views._layout's width
        ticks = scale.ticks(7)
    for (xa, ta), (xb, tb) in zip(ticks, ticks[1:]):  # none touch
        assert xb - xa >= (label_px(ta) + label_px(tb)) / 2 + LABEL_GAP - 0.1, (lang, ta, tb)
    return [t for x, t in ticks if x < scale.main.left]


def test_arabic_names_as_many_far_dates_as_english():
    english, arabic = _far_labels("en"), _far_labels("ar")
    assert len(english) == 4, english
    assert [t[-4:] for t in arabic] == [t[-4:] for t in english], (arabic, english)


def test_an_arabic_word_is_sized_by_its_letters():
    # the teeth of seen take an em, an alef a stroke: "أغسطس" (two seens) is drawn twice "يناير"'s width
    assert label_px("أغسطس") > 1.6 * label_px("يناير")
