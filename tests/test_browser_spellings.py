"""In a real browser: the Spellings of a place named after a person (h-ui14).

Since h-names10 each language's reader is shown the square with its head noun
("plaza Kim Il-sung", "किम इल सुंग स्क्वायर"), and those forms are stored as
spellings; but no mention wrote them (a mention keeps only the man's words), so
the entity page listed them with no language at all, and the Devanagari one sat
in the English page with no ``lang`` attribute.  A spelling no report wrote now
carries the languages whose readers are shown it.
"""
from __future__ import annotations

from urllib.parse import quote

import pytest

from test_browser import browser, page, serve, shot  # noqa: F401  (fixtures)
from test_cli_entity_words import square_rows

from storyline.ingest.readers import from_record
from storyline.reader_words import say


@pytest.fixture(scope="module")
def square_server(tmp_path_factory):
    from storyline.service import Storyline

    db = str(tmp_path_factory.mktemp("spellings") / "spellings.db")
    app = Storyline(db)
    rows = square_rows()  # the square written in en, es and ru
    app.ingest([from_record(r, f"test:{r['id']}") for r in rows])
    square = next(e for e in app.entities(limit=500) if "Kim Il Sung Square" in [e.name, *e.aliases])
    app.close()
    for base in serve(db):
        yield base, square.id


def test_a_spelling_no_report_wrote_says_whose_readers_are_shown_it(square_server, page):
    base, square = square_server
    page.goto(f"{base}/entities/{quote(square, safe='')}")
    badge = page.locator("ul[aria-label='Spellings across scripts'] li", has_text="plaza Kim Il-sung")
    assert badge.count() == 1
    assert badge.locator(".langs").inner_text() == "es"
    assert badge.locator("span[lang=es]").inner_text() == "plaza Kim Il-sung"
    shot(page, "h-ui14-square-spellings")


def test_a_name_the_text_writes_in_small_letters_heads_its_page_with_a_capital(square_server, page):
    """"plaza Kim Il-sung" is how running Spanish writes the square; as the page's
    heading and tab title it starts with a capital, as a heading does."""
    base, square = square_server
    page.goto(f"{base}/entities/{quote(square, safe='')}?names=es")
    assert page.locator("h1").inner_text() == "Plaza Kim Il-sung"
    assert page.title().startswith("Plaza Kim Il-sung")
    spellings = say("Spellings across scripts", "es")  # a Spanish reader's page is worded in Spanish (h-ui22)
    assert page.locator(f"ul[aria-label='{spellings}']").inner_text().count("plaza Kim Il-sung") == 1


def test_heading_case_raises_only_a_first_word_in_small_letters():
    from storyline.wording import heading_case

    assert heading_case("площадь Ким Ир Сена") == "Площадь Ким Ир Сена"
    for name in ("iPhone 15", "eBay", "किम इल सुंग स्क्वायर", "Kim Il Sung Square", "", "3M"):
        assert heading_case(name) == name
