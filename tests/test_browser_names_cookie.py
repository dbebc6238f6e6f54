"""In a real browser: two Storyline servers on one host keep their own reader's language.

A browser keeps a cookie per host, not per port: the names language chosen on
the demo (127.0.0.1:8741) turned the seeds' server (127.0.0.1:8742) Hindi too,
through one ``names_lang`` cookie.  The cookie is named by the port
(``reader_lang.names_cookie``), so each server remembers its own choice.
"""
from __future__ import annotations

import re
import pytest

from api_corpus import build_db
from test_browser import browser, serve  # noqa: F401  (fixtures)


@pytest.fixture(scope="module")
def two_servers(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("two-servers") / "storyline.db")
    build_db(db)
    first, second = serve(db), serve(db)
    try:
        yield next(first), next(second)
    finally:
        first.close()
        second.close()


def _chosen(pg, base: str) -> str:
    pg.goto(base + "/entities")
    return pg.locator("select#names").input_value()


def test_two_servers_on_one_host_keep_their_own_readers_language(two_servers, browser):  # noqa: F811
    one, other = two_servers
    assert one.split(":")[1] == other.split(":")[1] == "//127.0.0.1" and one != other
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    try:
        pg.goto(one + "/entities?names=hi")  # the reader picks Hindi on the first server
        assert pg.locator("select#names").input_value() == "hi"
        assert _chosen(pg, one) == "hi"        # remembered there
        assert _chosen(pg, other) == "en"      # not on the other server of the same host
        pg.goto(other + "/entities?names=es")  # and the other's choice leaves the first's alone
        assert _chosen(pg, other) == "es"
        assert _chosen(pg, one) == "hi"
        cookies = {c["name"]: c["value"] for c in context.cookies() if c["name"].startswith("names_lang")}
        assert cookies == {f"names_lang_{one.rsplit(':', 1)[1]}": "hi",
                           f"names_lang_{other.rsplit(':', 1)[1]}": "es"}, cookies
    finally:
        context.close()


def test_the_names_form_sets_lang_as_every_page_does(two_servers, browser):  # noqa: F811
    """The Names page's "Reader's language" sends ``?lang=`` like the lists' and
    an event's, and an address with ``?lang=`` names the names (h-ui18): the
    Names pages read only ``?names=``, so ``/entities?lang=hi`` was English."""
    one, _ = two_servers
    context = browser.new_context(viewport={"width": 390, "height": 844})
    pg = context.new_page()
    try:
        pg.goto(one + "/entities?lang=hi")
        assert pg.locator("select#names").input_value() == "hi"
        # a Hindi name is marked, or the page itself is Hindi (h-ui20/h-ui21: no mark needed)
        in_hindi = pg.locator("html").get_attribute("lang") == "hi"
        assert pg.locator("table.entities td a" + ("" if in_hindi else "[lang=hi]"),
                          has_text=re.compile("[\u0900-\u097f]")).count() >= 1
        pg.select_option("select#names", "ru")
        pg.locator("form.find-name button[type=submit]").click()
        pg.wait_for_url("**lang=ru**")
        in_russian = pg.locator("html").get_attribute("lang") == "ru"
        assert pg.locator("table.entities td a" + ("" if in_russian else "[lang=ru]"),
                          has_text=re.compile("[\u0400-\u04ff]")).count() >= 1
        assert _chosen(pg, one) == "ru"  # remembered, as the other pages' choice is
    finally:
        context.close()
