"""In a real browser: the search form's dates read as every page writes them, ISO (h-ui16).

The date fields were ``type="date"``, which the browser draws in its own
locale: "mm/dd/yyyy" in an American browser, "tt.mm.jjjj" in a German one,
beside result lines, cards and the API that all write 2023-08-23.  They are
text fields that show and send YYYY-MM-DD in any browser language.
"""
from __future__ import annotations

import pytest

from test_browser import CHROMIUM_ARGS, CHROMIUM, server, shot, sync_api  # noqa: F401  (fixtures)


@pytest.mark.parametrize("locale", ["en-US", "de-DE"])
def test_the_search_dates_are_iso_in_any_browser_language(server, locale):  # noqa: F811
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=[*CHROMIUM_ARGS, f"--lang={locale}"])
        context = browser.new_context(viewport={"width": 390, "height": 844}, locale=locale)
        pg = context.new_page()
        try:
            pg.goto(server + "/search")
            for field in ("#date_from", "#date_to"):
                box = pg.locator(field)
                assert box.evaluate("e => e.type") == "text"  # not drawn in the browser's locale
                assert box.get_attribute("placeholder") == "YYYY-MM-DD"
                assert "YYYY-MM-DD" in pg.locator(f"label[for={field[1:]}]").inner_text()
            pg.fill("#sq", "Moon")
            pg.fill("#date_from", "2023-08-01")
            pg.fill("#date_to", "2023-08-31")
            pg.locator("form.filters button[type=submit]").click()
            pg.wait_for_url("**/search?**")
            assert "date_from=2023-08-01" in pg.url and "date_to=2023-08-31" in pg.url
            assert pg.locator("#date_from").input_value() == "2023-08-01"  # shown back as typed
            assert pg.locator(".errors").count() == 0
            shot(pg, f"search-dates-{locale}")
            pg.fill("#date_from", "01/08/2023")  # the browser's own format is refused, saying which
            pg.locator("form.filters button[type=submit]").click()
            pg.wait_for_load_state()
            assert "is not a date (use YYYY-MM-DD)" in pg.locator(".errors").inner_text()
        finally:
            context.close()
            browser.close()
