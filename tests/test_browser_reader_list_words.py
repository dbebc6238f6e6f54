"""In a real browser, over the demo: a Hindi reader stays in Hindi from list to page (h-ui21).

The events list a reader came from was English under a Hindi event page's
menu, and its links led on by the cookie alone.  Read at 390 px and 1280 px:
every list is worded in the reader's language, and its menu and cards carry
``?lang`` so a click keeps it with no cookie; the event page's chart ticks are
Hindi months.  Screenshots go to ``test-artifacts/``.
"""
from __future__ import annotations

import re

import pytest
from test_browser import browser, shot  # noqa: F401  (fixtures)
from test_browser_demo import demo_server  # noqa: F401  (fixture)
from test_browser_reader_plain import _at

from storyline.reader_words import say


@pytest.mark.parametrize("width", [390, 1280])
def test_a_hindi_reader_stays_in_hindi_from_the_lists_to_an_event(demo_server, browser, width):  # noqa: F811
    with _at(browser, width) as pg:
        for path, heading in (("/", "Stories"), ("/entities", "Names"), ("/not-articles", "Not articles"),
                              ("/search?q=Putin", "Search")):
            pg.goto(f"{demo_server}{path}{'&' if '?' in path else '?'}lang=hi")
            assert pg.locator("html").get_attribute("lang") == "hi"
            assert pg.locator("h1").inner_text() == say(heading, "hi")
            overflow = pg.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 1, f"{path} scrolls sideways by {overflow}px"
        pg.goto(f"{demo_server}/?lang=hi")
        shot(pg, f"ui21-stories-hi-{width}")
        pg.context.clear_cookies()  # the links alone keep the language
        pg.locator("header.site nav a", has_text=say("Events", "hi")).click()
        pg.wait_for_url(re.compile(r"/events\?lang=hi$"))
        assert pg.locator("h1").inner_text() == say("Events", "hi")
        assert pg.locator("#reader-lang").input_value() == "hi"
        pg.context.clear_cookies()
        pg.locator("section.cards article.card h2 a").first.click()
        pg.wait_for_url(re.compile(r"/events/\d+\?lang=hi$"))
        assert pg.locator("#h-summary").inner_text() == say("Summary", "hi")
        ticks = pg.locator("figure.timeline text.tick-label").all_text_contents()
        assert ticks and not any(re.search(r"[A-Za-z]", t) for t in ticks), ticks
        shot(pg, f"ui21-event-hi-{width}")
