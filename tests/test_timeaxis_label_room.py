"""A chart's tick labels get room by how wide their script draws them (h-ui26).

Every character had counted as one Latin letter's width, so an Arabic or Hindi
end date ("14 يوليو 2024") was thought wider or narrower than it is, and the
year past the axis' break -- the only date its dots have -- was left out of
the Arabic and Hindi charts that the English one kept (a "2029" tick)."""
from __future__ import annotations

import datetime as D

import pytest

from storyline.reader_words import worded_in
from storyline.web.reader_lang import NAME_LANGS
from storyline.web.timeaxis import EDGE_PX, LABEL_GAP, broken_scale, label_px

NEWS = [D.date(2024, 7, 14), D.date(2024, 7, 15)]
FAR = [D.date(1964, 5, 1), D.date(1966, 1, 1), D.date(2008, 1, 1), D.date(2012, 1, 1), D.date(2021, 1, 1),
       D.date(2029, 1, 1)]


def test_a_combining_sign_takes_no_room_and_an_ideograph_a_whole_em():
    assert label_px("जुल॰") < label_px("जुलाई")  # the vowel sign ु is drawn on the letter
    assert label_px("2024年") == pytest.approx(label_px("2024") + 11)
    assert label_px("أغسطس") > label_px("Aug")


@pytest.mark.parametrize("lang", sorted(NAME_LANGS))
def test_every_far_year_keeps_its_label_in_every_language(lang):
    with worded_in(lang):
        # the chart's width (views._layout's; a phone scrolls it at the same scale)
        scale = broken_scale(NEWS + FAR, NEWS, EDGE_PX, 720 - EDGE_PX)
        ticks = scale.ticks(7)
    labels = [t for _, t in ticks]
    for year in ("1964", "2008", "2021", "2029"):  # the narrow past segment keeps every other year
        assert year in labels, (lang, labels)
    assert len([t for t in labels if not t.isdigit()]) == 2, labels  # the news' two days too
    for (xa, ta), (xb, tb) in zip(ticks, ticks[1:]):  # and no two labels touch
        assert xb - xa >= (label_px(ta) + label_px(tb)) / 2 + LABEL_GAP - 0.1, (lang, ta, tb)


@pytest.mark.parametrize("lang", ["ar", "hi", "ru"])
def test_a_far_month_wider_than_its_slot_keeps_its_label(lang):
    """An Arabic "سبتمبر 2024" past the break is wider than a year's slot: its slot widens."""
    news = [D.date(2024, 5, 1), D.date(2024, 5, 20)]
    with worded_in(lang):
        scale = broken_scale(news + [D.date(2024, 9, 1), D.date(2025, 3, 1), D.date(2026, 3, 1)], news, 70, 650)
        labels = [t for _, t in scale.ticks(7)]
    assert [t for _, _, t in scale.future] == [t for t in labels[-3:]], labels
