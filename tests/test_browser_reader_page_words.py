"""In a real browser: a reader in Russian or Hindi follows a worded page's links and stays in the language (h-ui22).

h-ui21 worded the lists and h-ui20 the event and story pages; the report, name,
search, Not articles and error pages one click away were English, and so were
the footer and the spoken labels of the badges and charts.  Read at 390 px and
1280 px with the cookies cleared before each click, so only the links carry the
language.  Screenshots go to ``test-artifacts/``.
"""
from __future__ import annotations

import re

import pytest
from test_browser import browser, server, shot  # noqa: F401  (fixtures)
from test_browser_demo import demo_server  # noqa: F401  (fixture)
from test_browser_reader_plain import _at

from storyline.reader_words import WORDS, say
from storyline.wording import GATE_KIND_PLURALS, GATE_KIND_WORDS

FOOTER = "Storyline: offline multilingual news events. Article text is shown as plain text; nothing in it runs."


def _fits(pg, where: str) -> None:
    overflow = pg.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1, f"{where} scrolls sideways by {overflow}px"


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("lang", ["ru", "hi"])
def test_a_report_a_name_search_and_a_dead_link_are_worded_in_the_readers_language(
        demo_server, browser, lang, width):  # noqa: F811
    with _at(browser, width) as pg:
        pg.goto(f"{demo_server}/events/8?lang={lang}")
        pg.context.clear_cookies()
        pg.locator("article.report h3 a").first.click()
        pg.wait_for_url(re.compile(rf"/articles/\w+\?lang={lang}$"))
        assert pg.locator("html").get_attribute("lang") == lang
        assert pg.locator("#h-dates").inner_text() == say("Dates mentioned", lang)
        assert pg.locator("footer.site p").inner_text().startswith(say(FOOTER, lang))
        assert pg.locator("section.text").get_attribute("aria-label") == say("Cleaned text", lang)
        _fits(pg, "the article page")
        shot(pg, f"ui22-article-{lang}-{width}")
        pg.context.clear_cookies()
        pg.locator("#h-names ~ ul .badge.entity a").first.click()
        pg.wait_for_url(re.compile(rf"/entities/.+\?lang={lang}$"))
        assert pg.locator("#h-aliases").inner_text() == say("Spellings", lang)
        assert pg.locator("p.kicker").inner_text() in {say(k, lang) for k in
                                                       ("person", "organisation", "place", "product", "other name")}
        chart = pg.locator("figure.sparkline svg title").first.text_content()
        assert "Articles naming" not in chart and "per month" not in chart, chart
        labels = pg.locator("figure.sparkline text.x-label").all_text_contents()
        assert labels and not any(re.search(r"[A-Za-z]", t) for t in labels), labels
        _fits(pg, "the name page")
        shot(pg, f"ui22-name-{lang}-{width}")
        pg.goto(f"{demo_server}/search?q=Putin&lang={lang}")
        modes = pg.locator("select#mode option").all_inner_texts()
        assert modes == [say(m, lang) for m in ("words and meaning", "exact words", "meaning (any language)")]
        assert "matched by" not in pg.locator("main").inner_text()
        _fits(pg, "the search page")
        shot(pg, f"ui22-search-{lang}-{width}")
        pg.goto(f"{demo_server}/events/999?lang={lang}")
        assert pg.locator("h1").inner_text() == say("Not found", lang)
        assert pg.locator("p[role=alert]").inner_text() == say("There is no event {value}.", lang, value=999)
        shot(pg, f"ui22-error-{lang}-{width}")


@pytest.mark.parametrize("lang", ["ru", "hi"])
def test_the_not_articles_page_and_its_reasons_are_worded(server, browser, lang):  # noqa: F811
    with _at(browser, 390) as pg:
        pg.goto(f"{server}/not-articles?lang={lang}")
        lede = pg.locator("p.lede").inner_text()
        head = WORDS["Pages that are not news reports: {kinds}."][lang].split("{kinds}")[0]
        assert lede.startswith(head + say(GATE_KIND_PLURALS["error"], lang)), lede
        assert "news reports" not in lede and " and " not in lede
        reasons = pg.locator("p.reason").all_inner_texts()
        assert reasons and all(r.startswith(say("Why:", lang)) for r in reasons), reasons
        english = re.compile(r"\b(?:lines?|read|like|characters|its title|links)\b")
        for r in reasons:  # the page's own words are quoted in “…”; the clauses around them are the reader's
            assert not english.search(re.sub(r"“[^”]*”", "", r)), r
        badges = pg.locator(".badge.kind").all_inner_texts()
        assert badges and not set(badges) & set(GATE_KIND_WORDS.values()), badges
        _fits(pg, "Not articles")
        shot(pg, f"ui22-not-articles-{lang}-390")
        pg.context.clear_cookies()
        pg.locator("li.not-article h2 a").first.click()
        pg.wait_for_url(re.compile(rf"/articles/\w+\?lang={lang}$"))
        assert pg.locator("p.kicker.not-article").inner_text().startswith(say("Not a news report:", lang))
        shot(pg, f"ui22-not-article-{lang}-390")
