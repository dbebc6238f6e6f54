"""A far segment too narrow for all its labels gives the ones it names their room (h-ui29).

The demo's ECB event (its far past: 2019, 2022, 2023 and April 2024) named
"2022" in English and Spanish only: the segment is capped at 30 % of the chart
and every slot was narrowed alike, so where the month's label was wider
("أبريل 2024", "апр. 2024", "Apr. 2024") the years beside it were 0.2 px short
of their own labels' room.  Now the labels named are chosen first and given
their room (:mod:`storyline.web.far_slots`), and every reader language names
the same years; no two labels touch.
"""
from __future__ import annotations

import html
import re

import pytest

from storyline.web.far_slots import FAR_DOT, label_order, named_slots, packed, slot_centres
from storyline.web.timeaxis import LABEL_GAP, label_px

LANGS = ("en", "ar", "ru", "hi", "de", "fr", "es")
TICK = re.compile(r'<text class="tick-label" x="([0-9.]+)"[^>]*>([^<]*)</text>')


def _ticks(client, event_id: int, lang: str) -> list[tuple[float, str]]:
    page = client.get(f"/events/{event_id}?lang={lang}").text
    return [(float(x), html.unescape(t)) for x, t in TICK.findall(page)]


@pytest.fixture(scope="module")
def ecb(demo_app):
    app, _ = demo_app
    return next(e.id for e in app.store.events() if "European Central Bank" in (e.headline or ""))


def test_every_language_names_the_ecb_events_far_years(client, ecb):
    years = {}
    for lang in LANGS:
        ticks = _ticks(client, ecb, lang)
        assert ticks, lang
        years[lang] = [t for _, t in ticks if re.fullmatch(r"\d{4}", t)]
    assert "2022" in years["en"] and "2019" in years["en"], years["en"]
    assert all(y == years["en"] for y in years.values()), years


@pytest.mark.parametrize("lang", LANGS)
def test_no_two_tick_labels_touch(client, ecb, lang):
    ticks = sorted(_ticks(client, ecb, lang))
    assert len(ticks) >= 6, ticks
    for (xa, ta), (xb, tb) in zip(ticks, ticks[1:]):
        assert xb - xa >= (label_px(ta) + label_px(tb)) / 2 + LABEL_GAP - 0.1, (lang, ta, tb)


def test_a_wide_month_leaves_the_years_beside_it_their_room():
    years, month = [label_px("2022")] * 3, label_px("أبريل 2024")
    widths = [label_px("2019")] + years + [month]  # date order, the news after them
    total, centres, named = slot_centres(widths, 174, near_last=True, far_slot=56, gap=LABEL_GAP)
    assert total <= 174 and named == {0, 1, 2, 3, 4}
    for a, b in zip(sorted(named), sorted(named)[1:]):
        assert centres[b] - centres[a] >= (widths[a] + widths[b]) / 2 + LABEL_GAP, (a, b)


def test_the_most_labels_that_fit_nearest_and_farthest_first():
    widths = [30.0, 30.0, 30.0, 30.0, 55.0]  # date order; the nearest (last) is a month
    assert label_order(list(reversed(widths)))[:2] == [0, 4]
    named = named_slots(widths, 120, near_last=True, gap=6)
    assert {0, 4} <= named and packed(widths, named, 6)[0] <= 120
    assert not any(packed(widths, named | {i}, 6)[0] <= 120 for i in set(range(5)) - named)
    assert packed([30.0, 30.0], set(), 6) == (2 * FAR_DOT, [FAR_DOT / 2, 1.5 * FAR_DOT])
