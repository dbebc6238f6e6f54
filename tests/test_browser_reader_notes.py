"""In a real browser: a Hindi event page's last English notes, the Names page's "did you
mean" and a 422 are worded, and an Arabic report still reads right to left (h-ui23).

A Hindi reader hovering a removed line read "cleaning rule: cross-link", a screen
reader announced "Timeline of event 12", the facts said "12 beyond the summary's 7
above", the Names page answered "No single name is “Chandrayan”. Did you mean:", and a
mistyped offset gave "Input should be a valid integer".  Arabic is no reader's language
of the catalogue: its page stays English, its report's text right to left.  Read at
390 px and 1280 px; screenshots go to ``test-artifacts/``.
"""
from __future__ import annotations

import pytest
from test_browser import browser, shot  # noqa: F401  (fixtures)
from test_browser_demo import demo_server  # noqa: F401  (fixture)
from test_browser_reader_plain import _at
from test_browser_rtl import rtl_server  # noqa: F401  (fixture)

from storyline.reader_words import say


@pytest.mark.parametrize("width", [390, 1280])
def test_a_hindi_event_page_names_and_error_speak_hindi(demo_server, browser, width):  # noqa: F811
    with _at(browser, width) as pg:
        pg.goto(f"{demo_server}/events/12?lang=hi")
        rules = pg.locator("details.residue .rule")
        tips = [rules.nth(i).get_attribute("title") for i in range(rules.count())]
        assert tips and all(t.startswith(say("cleaning rule: {rule}", "hi", rule="")) for t in tips), tips
        assert pg.locator("#tl-title").text_content() == say("Timeline of event {n}", "hi", n=12)
        facts = pg.locator("section.facts-all p.meta").first.inner_text()
        assert "beyond" not in facts and "summary" not in facts, facts
        pg.locator("section.facts-all").scroll_into_view_if_needed()
        shot(pg, f"ui23-event-hi-{width}")
        pg.goto(f"{demo_server}/entities/Chandrayan?lang=hi")
        assert pg.locator("#h-dym").inner_text() == say("No single name is “{find}”. Did you mean:", "hi",
                                                        find="Chandrayan")
        metas = pg.locator("section.did-you-mean .meta").all_inner_texts()
        assert metas and not any(" match on " in m or "mention" in m for m in metas), metas
        assert pg.locator("#find").get_attribute("placeholder") == say("any spelling or script, part of a name", "hi")
        shot(pg, f"ui23-did-you-mean-hi-{width}")
        pg.goto(f"{demo_server}/events?offset=abc&lang=hi")
        assert pg.locator("p[role=alert]").inner_text() == f"offset: {say('not a whole number', 'hi')}"
        shot(pg, f"ui23-422-hi-{width}")


def test_an_arabic_report_reads_right_to_left_under_lang_ar(rtl_server, browser):  # noqa: F811
    base, arabic = rtl_server
    with _at(browser, 390) as pg:
        pg.goto(f"{base}/articles/{arabic.id}?lang=ar")
        for where in ("h1[lang=ar]", "section.text[lang=ar]"):
            assert pg.locator(where).evaluate("e => getComputedStyle(e).direction") == "rtl", where
        rules = pg.locator(".rule")
        for i in range(rules.count()):  # no catalogue for Arabic: the tooltip is the English one, whole
            assert rules.nth(i).get_attribute("title").startswith("cleaning rule: ")
        shot(pg, "ui23-article-ar-390")
