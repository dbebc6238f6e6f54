"""In a real browser, over the demo: an Arabic reader's event page (h-ui24).

``?lang=ar`` was answered in English, left to right.  The page is now worded in
Arabic and laid out right to left, while what is not the page's own words -- a
report's English sentence, a name as English readers write it -- keeps its own
direction, isolated.  Screenshots go to ``test-artifacts/``.
"""
from __future__ import annotations

import re

from test_browser import browser, shot  # noqa: F401  (fixtures)
from test_browser_demo import demo_server  # noqa: F401  (fixture)
from test_browser_reader_plain import _at, _event_with

from storyline.reader_words import WORDS

# the page's own words: text not inside a part marked with a language (a report's sentence, a name
# as some language writes it), nor a source's name, a URL, a command or a chart's quoted sentences
OWN_TEXT = """() => {
  const skip = "[lang]:not(html), .badge.source, .badge.entity, .source, select, .url, code, svg title, "
             + "script, style, td.source, a[href^='http']";
  const out = [];
  const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walk.nextNode(); n; n = walk.nextNode())
    if (!n.parentElement.closest(skip) && n.textContent.trim()) out.push(n.textContent);
  for (const el of document.querySelectorAll("[placeholder], [aria-label], [title]"))
    if (!el.closest(skip))
      for (const a of ["placeholder", "aria-label", "title"]) if (el.getAttribute(a)) out.push(el.getAttribute(a));
  return out.join("\\n");
}"""


def _catalogue_phrases() -> set[str]:
    """Each English key's fixed words (between its fields), long enough not to be part of a name."""
    found = set()
    for key in WORDS:
        for part in re.split(r"\{\w+\}", key):
            part = part.strip(" .,:;()“”")
            if len(part) >= 6 or (" " in part and len(part) >= 4):
                found.add(part)
    return found


def test_an_arabic_event_page_runs_right_to_left_with_no_english_of_its_own(demo_server, browser):  # noqa: F811
    phrases = _catalogue_phrases()
    for width in (390, 1280):
        with _at(browser, width) as pg:
            url = _event_with(pg, demo_server, "details.residue")
            pg.goto(f"{url}?lang=ar")
            assert pg.locator("html").get_attribute("dir") == "rtl"
            assert pg.locator("html").get_attribute("lang") == "ar"
            assert pg.evaluate("getComputedStyle(document.body).direction") == "rtl"
            # a report's English sentence keeps its own direction inside the Arabic page
            assert pg.eval_on_selector(".fact-text[lang=en]", "e => getComputedStyle(e).direction") == "ltr"
            own = pg.evaluate(OWN_TEXT)
            assert "الملخص" in own
            left = sorted(p for p in phrases if p in own)
            assert not left, f"left in English at {width}px: {left}"
            overflow = pg.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 1, f"scrolls sideways by {overflow}px at {width}px"
            shot(pg, f"ui24-event-ar-{width}")
