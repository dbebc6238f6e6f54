"""In a real browser, a French page draws its quotes as French sets them: a narrow
no-break space inside « » (h-ui30).

Why: the catalogue's own guillemets are spaced so (``reader_words_typography``), but a
cited sentence is a ``<q>``, whose marks the browser draws from the page's language:
Chromium drew «Le texte» tight on a French page, around a French, English or Russian
quote alike.  The check is on what is drawn: the opening mark is wider than the bare
« by the narrow space, and an English page's quotes are as they were.
"""
from __future__ import annotations

from test_browser import browser  # noqa: F401  (fixture)
from test_browser_demo import demo_server  # noqa: F401  (fixture)

# the first cited quote's marks as the page draws them, and the width of the opening one
DRAWN = """() => {
  const q = document.querySelector('main q'), s = getComputedStyle(q);
  const r = document.createRange(), t = q.firstChild; r.setStart(t, 0); r.setEnd(t, 1);  // its first letter
  const bare = document.createElement('span'); bare.textContent = '«'; q.parentNode.insertBefore(bare, q);
  const width = bare.getBoundingClientRect().width; bare.remove();
  return {quotes: s.quotes, before: r.getBoundingClientRect().left - q.getClientRects()[0].left, bare: width};
}"""


def _drawn(base: str, pg, lang: str) -> dict:
    pg.goto(f"{base}/events?lang={lang}")
    event = pg.locator("main a[href^='/events/']").first.get_attribute("href").split("?")[0]
    assert pg.goto(f"{base}{event}?lang={lang}&cites=open").status == 200
    return pg.evaluate(DRAWN)


def test_a_french_pages_quotes_have_their_narrow_spaces(demo_server, browser):  # noqa: F811
    pg = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        fr, en = _drawn(demo_server, pg, "fr"), _drawn(demo_server, pg, "en")
    finally:
        pg.close()
    assert "\u202f" in fr["quotes"] and "«" in fr["quotes"], fr
    assert "\u202f" not in en["quotes"], en
    assert fr["before"] > fr["bare"] + 1.5, fr  # « and its narrow space drawn, not a bare «
