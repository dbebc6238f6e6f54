"""In a real browser: each Russian letter's room in ``timeaxis.label_px`` is never
less than Chromium draws it, nor more than a fifth over (h-ui28).

Why each letter: the month labels (tests/test_browser_tick_label_widths.py)
hold a few of them, and a name page's count chart or a far month may hold
any.  Before, "д ц ъ" (0.69-0.71 em drawn) counted 0.64 and "Ж Ш Щ Ю"
(1.07-1.09) one em: under, so two labels thought apart could touch; "ж м ш
щ ы ю ф" one em, over by up to a quarter ("м" 0.75), which left out far
years the English chart names.  Measured as the demo's chart draws its tick
labels (getBBox, its CSS)."""
from __future__ import annotations

from test_browser import browser  # noqa: F401  (fixture)
from test_browser_demo import demo_server  # noqa: F401  (fixture)
from test_browser_tick_label_widths import DRAWN

from storyline.web.timeaxis import label_px

ALPHABET = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"


def test_a_russian_letter_gets_the_room_it_is_drawn_in(demo_server, browser):  # noqa: F811
    pg = browser.new_page()
    try:
        assert pg.goto(f"{demo_server}/events/12?lang=ru").status == 200
        runs = [ch * 4 for ch in ALPHABET]  # four of a letter: the font's rounding spread over them
        drawn = pg.evaluate(DRAWN, runs)
    finally:
        pg.close()
    ratios = {run[0]: round(label_px(run) / w, 3) for run, w in zip(runs, drawn)}
    assert min(ratios.values()) >= 0.99, sorted(ratios.items(), key=lambda r: r[1])[:4]
    assert max(ratios.values()) <= 1.2, sorted(ratios.items(), key=lambda r: r[1])[-4:]
