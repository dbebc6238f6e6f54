"""In a real browser, over the demo: an event chart's tick labels, as drawn, do
not touch, and in every language the far dots nearest the news, past each
break of the axis, are labelled with their date (h-ui26: the Arabic and Hindi
charts had dropped the far year next to the news' first day, the only date
its dots have, where the English kept it), at a desk's width and a phone's."""
from __future__ import annotations

import pytest

from test_browser import browser  # noqa: F401  (fixture)
from test_browser_demo import demo_server  # noqa: F401  (fixture)
from test_browser_reader_plain import _at

LABELS = """() => {
  const svg = document.querySelector("figure.timeline svg");
  if (!svg) return null;
  const breaks = [...svg.querySelectorAll("path.break")].map(p => p.getBBox().x + p.getBBox().width / 2);
  const ticks = [...svg.querySelectorAll("text.tick-label")].map(t => {
    const b = t.getBBox(); return [t.textContent, b.x, b.x + b.width]; });
  const dots = [...svg.querySelectorAll("circle")].map(c => c.cx.baseVal.value);
  return {breaks, ticks, dots, width: svg.viewBox.baseVal.width};
}"""


def _charts(pg, base: str, lang: str) -> dict[int, dict]:
    found = {}
    for event_id in range(1, 40):  # an event merged into another leaves its id unused
        if pg.goto(f"{base}/events/{event_id}?lang={lang}").status != 200:
            continue
        drawn = pg.evaluate(LABELS)
        if drawn:
            found[event_id] = drawn
    return found


def _unnamed_far_dots(drawn: dict) -> list[float]:
    """The far dots nearest the news (the first past each break) that no label is centred
    on: a break left of the chart's middle ends the far past, one right of it begins the
    far future, and a far slot's label sits at its dots' x."""
    middle = drawn["width"] / 2
    centres = [(a + b) / 2 for _, a, b in drawn["ticks"]]
    nearest = []
    for b in drawn["breaks"]:
        far = [x for x in drawn["dots"] if (x < b if b < middle else x > b)]
        if far:
            nearest.append(max(far) if b < middle else min(far))
    return [x for x in nearest if not any(abs(x - c) <= 1.5 for c in centres)]


@pytest.mark.parametrize("width", [1280, 390])
def test_far_dates_keep_their_labels_in_every_language_and_none_touch(demo_server, browser, width):  # noqa: F811
    charts = {}
    with _at(browser, width) as pg:
        for lang in ("en", "ar", "hi"):
            charts[lang] = _charts(pg, demo_server, lang)
    assert charts["en"] and sum(bool(d["breaks"]) for d in charts["en"].values()) >= 5
    for lang, pages in charts.items():
        assert pages.keys() == charts["en"].keys()
        for event_id, drawn in pages.items():
            ticks = sorted(drawn["ticks"], key=lambda t: t[1])
            for (ta, _, a_end), (tb, b_start, _) in zip(ticks, ticks[1:]):
                assert a_end + 1 <= b_start, (width, lang, event_id, ta, tb)
            assert not _unnamed_far_dots(drawn), (width, lang, event_id, [t for t, _, _ in ticks])
