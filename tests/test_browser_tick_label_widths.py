"""In a real browser, on an event page of the demo in each reader language: the
width the chart's axis gives a tick label (``timeaxis.label_px``) is never less
than Chromium draws it, and not far more (h-ui27).

Why both ways: under, two labels thought apart touch ("जुल॰" was drawn a
fifth wider than estimated); far over, a date the axis has room for is left
out ("يناير" was estimated 39 px, drawn 20, and the Arabic chart of the
Pyongyang event named fewer far years than the English).  Every label an axis
can show (each month in each form) is set in the page's own chart, with its
CSS, and measured with getBBox."""
from __future__ import annotations

import datetime as dt

import pytest

from test_browser import browser  # noqa: F401  (fixture)
from test_browser_demo import demo_server  # noqa: F401  (fixture)

from storyline.reader_words import worded_in
from storyline.reader_words_dates import tick_date
from storyline.web.timeaxis import label_px

DRAWN = """(labels) => {
  const svg = document.querySelector("figure.timeline svg");
  const t = document.createElementNS("http://www.w3.org/2000/svg", "text");
  t.setAttribute("class", "tick-label"); t.setAttribute("x", "360"); t.setAttribute("y", "20");
  t.setAttribute("text-anchor", "middle"); svg.appendChild(t);
  return labels.map(l => { t.textContent = l; return t.getBBox().width; });
}"""


def _labels(lang: str) -> list[str]:
    with worded_in(lang):
        return sorted({tick_date(dt.date(2024, m, d), f) for m in range(1, 13) for d in (1, 28)
                       for f in ("%-d %b %Y", "%-d %b", "%b %Y", "%b")} | {"1961", "2024"})


@pytest.mark.parametrize("lang", ["en", "ar", "hi", "ru", "de", "fr", "es", "pt", "it", "uk"])  # the last three: h-ui36
def test_a_tick_label_gets_the_room_it_is_drawn_in(demo_server, browser, lang):  # noqa: F811
    pg = browser.new_page()
    try:
        assert pg.goto(f"{demo_server}/events/12?lang={lang}").status == 200
        labels = _labels(lang)
        drawn = pg.evaluate(DRAWN, labels)
    finally:
        pg.close()
    ratios = {t: label_px(t) / w for t, w in zip(labels, drawn)}
    assert min(ratios.values()) >= 0.99, sorted(ratios.items(), key=lambda r: r[1])[:3]
    assert max(ratios.values()) <= 1.45, sorted(ratios.items(), key=lambda r: r[1])[-3:]
