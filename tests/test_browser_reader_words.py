"""In a real browser, over the demo: the reader chooses a language, and the page speaks it (h-ui20).

Read at 1280 px and 390 px with ``?lang=ru``, ``hi``, ``de``: the reports'
sentences were in the reader's language but the page's own words -- headings,
badges, buttons, "Removed from the page", dates -- stayed English; and the
Russian story chronology titled a past happening by a German sentence with no
language tag and no gloss, where the story held an aligned sentence for it.
Screenshots go to ``test-artifacts/``.
"""
from __future__ import annotations

import re

from test_browser import browser, page, shot  # noqa: F401  (fixtures)
from test_browser_demo import demo_server  # noqa: F401  (fixture)
from test_browser_reader_plain import _at, _event_with

SUMMARY = {"ru": "Сводка", "hi": "सारांश", "de": "Zusammenfassung", "en": "Summary", "tr": "Summary",
           "uk": "Зведення", "pt": "Resumo", "it": "Riepilogo"}  # the last three worded since h-ui36


def test_an_event_page_is_worded_in_the_readers_language(demo_server, browser):  # noqa: F811
    with _at(browser, 390) as pg:
        url = _event_with(pg, demo_server, "details.residue")
        for lang, heading in SUMMARY.items():  # tr: no wording listed, so English
            pg.goto(f"{url}?lang={lang}")
            assert pg.locator("html").get_attribute("lang") == (lang if lang != "tr" else "en")
            assert pg.locator("#h-summary").inner_text() == heading
            overflow = pg.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 1, f"?lang={lang} scrolls sideways by {overflow}px"
        pg.goto(f"{url}?lang=ru")
        assert pg.locator("#h-coverage").inner_text() == "Освещение"
        assert pg.locator("section.summary .badge.fact-label.corroborated").first.inner_text() == "подтверждено"
        assert pg.locator("a.cites-toggle").inner_text() == "Открыть все ссылки"
        assert pg.locator("details.residue summary").first.inner_text().startswith("Удалено со страницы:")
        assert pg.locator("button", has_text="Показать").count() == 1
        # a count takes Russian's plural form: 1 ссылка, 2-4 ссылки, 5+ ссылок
        for text in pg.locator("details.citations summary").all_text_contents():
            n, word = re.match(r"\s*(\d+) (\S+)", text).groups()
            n = int(n)
            want = "ссылка" if n % 10 == 1 and n % 100 != 11 else \
                "ссылки" if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else "ссылок"
            assert word == want, text
        dates = pg.locator("header .date-range time").all_inner_texts()
        assert dates and all(re.fullmatch(r"\d{1,2} \S+ \d{4}\s?г\.", d) for d in dates), dates
        shot(pg, "ui20-event-ru-phone")
        pg.goto(f"{url}?lang=de")
        assert pg.locator("details.residue summary").first.inner_text().startswith("Von der Seite entfernt:")
        assert pg.locator("header.site nav a[href='/events?lang=de']").inner_text() == "Ereignisse"  # the menu keeps the language (h-ui21)


def test_a_story_page_is_worded_in_the_readers_language(demo_server, browser):  # noqa: F811
    with _at(browser, 1280) as pg:
        pg.goto(demo_server + "/stories/1?lang=hi")
        assert pg.locator("#h-timeline").inner_text() == "समयरेखा"
        assert pg.locator("p.kicker").inner_text() == "कहानी 1"
        assert pg.locator("#h-events").inner_text() == "घटनाएं"
        assert "कवरेज में उल्लेख:" in pg.locator("ol.chronology").inner_text()
        shot(pg, "ui20-story-hi-desk")


def _glossed_entries(pg):
    return pg.locator("ol.chronology li.mentioned:has(.gloss)")


def test_a_chronology_sentence_in_another_language_is_tagged_and_glossed(demo_server, browser):  # noqa: F811
    """Each mentioned happening is told in the reader's language, or tagged with its own
    and glossed by an aligned sentence of the story where one exists (issue 12's rule)."""
    with _at(browser, 390) as pg:
        found = 0
        for story in range(1, 11):
            for lang in ("en", "ru", "de", "hi"):
                pg.goto(f"{demo_server}/stories/{story}?lang={lang}")
                for entry in pg.locator("ol.chronology li.mentioned").all():
                    told_lang = entry.locator("p > span[lang]").first.get_attribute("lang")
                    if told_lang != lang:  # not the reader's language: said so by its tag
                        badge = entry.locator("p > .badge.lang")  # not a citation's, in the fold below
                        assert badge.count() == 1 and badge.inner_text() == told_lang, (story, lang, told_lang)
                glossed = _glossed_entries(pg)
                for entry in glossed.all():
                    gloss_lang = entry.locator(".gloss [lang]").first.get_attribute("lang")
                    assert gloss_lang in (lang, "en")  # the reader's, else English, the fallback
                    assert entry.locator("p > span[lang]").first.get_attribute("lang") not in (lang, gloss_lang)
                found += glossed.count()
                if glossed.count() and lang == "en" and story == 1:
                    shot(pg, "ui20-chronology-gloss-phone")
        assert found, "no chronology entry of the demo is glossed"
