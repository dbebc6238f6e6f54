"""In a real browser: the search page's language filter is ``article_lang``,
and ``lang`` is the reader's language there as on every page (h-ui17).

A reader who chose Hindi on the events page and then searched kept the
Hindi names; ticking "Written in: हिन्दी" filters the reports; an old link
with the filter under its old name lands on the filtered page.
"""
from __future__ import annotations

import re

from storyline.reader_words import say
from test_browser import CHROMIUM_ARGS, CHROMIUM, server, shot, sync_api  # noqa: F401  (fixtures)


def _hit_langs(pg) -> set[str]:
    return {h.get_attribute("lang") for h in pg.locator("li.hit h3").all()}


def test_the_reader_language_and_the_written_in_filter_are_two_settings(server):  # noqa: F811
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 390, "height": 844})
        pg = context.new_page()
        pg.set_default_timeout(20_000)
        try:
            pg.goto(server + "/events?lang=hi")  # the reader picks Hindi on a list page
            pg.fill("#site-q", "Moon landing")
            pg.locator("form.searchbox button[type=submit]").click()
            pg.wait_for_url("**/search?**")
            assert {"en", "hi", "ru"} <= _hit_langs(pg)  # the reader's language filters nothing
            # a Hindi name is marked, or the page itself is Hindi (h-ui20/h-ui21: no mark needed)
            in_hindi = pg.locator("html").get_attribute("lang") == "hi"
            assert pg.locator("span.in-event a" + ("" if in_hindi else "[lang=hi]"),
                              has_text=re.compile("[\u0900-\u097f]")).count() >= 1  # the event named for a Hindi reader
            written_in = say("Written in", "hi" if in_hindi else "en")  # the page's own words (h-ui21)
            box = pg.locator("fieldset", has_text=written_in).get_by_label("हिन्दी (hi)")
            box.check()
            pg.locator("form.filters button[type=submit]").click()
            pg.wait_for_url("**article_lang=hi**")
            assert _hit_langs(pg) == {"hi"} and box.is_checked()
            # still named for the reader: the Hindi report's own title heads its event for a Hindi reader
            titles = say("the event it titles", "hi") if in_hindi else "which it titles"  # worded (h-ui22)
            assert pg.locator("li.hit", has_text=titles).count() >= 1
            shot(pg, "search-written-in-390")
            pg.goto(server + "/search?q=Moon+landing&lang=hi&lang=ru")  # an old link: the filter's old name
            assert "article_lang=hi" in pg.url and "article_lang=ru" in pg.url
            assert _hit_langs(pg) == {"hi", "ru"}
        finally:
            context.close()
            browser.close()
