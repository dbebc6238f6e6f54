"""A Russian count after "из" is in the genitive as a whole phrase (h-ui34, issue 12).

The Not articles page read "30 из 21 строк — заголовки": after "из" the numeral and its
noun are genitive, the noun singular where CLDR's category is "one" (1, 21, 31, 101: "из
21 строки", "из двадцати одной строки") and plural otherwise ("из 22 строк", "из 5 строк",
"из 11 строк").  The entry asks for the governed form with ``{all:oblique}``, the
mechanism German's dative and Hindi's oblique use (``reader_words.GOVERNED_FORMS``); the
count said alone keeps its nominative ("21 строка").  Read through the real catalogue, the
real gate and a real SQLite store's Not articles page.
"""
from __future__ import annotations

import pytest
from babel import Locale

from storyline.reader_words import WORDS, count, count_named_elsewhere, say
from storyline.reader_words_case import OBLIQUE, specs

from not_articles_page import reasons_read

GATE_KEY = "{n} of its {all} lines are headlines, as on a front page"


@pytest.mark.parametrize("n, governed, alone", [
    (1, "из 1 строки", "1 строка"), (2, "из 2 строк", "2 строки"), (5, "из 5 строк", "5 строк"),
    (11, "из 11 строк", "11 строк"), (21, "из 21 строки", "21 строка"), (22, "из 22 строк", "22 строки"),
    (25, "из 25 строк", "25 строк"), (111, "из 111 строк", "111 строк"), (101, "из 101 строки", "101 строка"),
])
def test_the_genitive_after_iz_and_the_nominative_alone(n, governed, alone):
    said = say(GATE_KEY, "ru", n=8, all=count_named_elsewhere(n, "line", "ru"))
    assert said == f"8 {governed} — заголовки, как на главной странице", said
    assert count(n, "line", "ru") == alone


def test_every_russian_governed_count_has_its_forms_for_each_cldr_category():
    """Russian's counted forms are picked by CLDR (one / few / many); a governed entry's noun
    has a form for each, so no Russian entry governs a count it cannot say."""
    from storyline.reader_words import GOVERNED_FORMS

    categories = {Locale.parse("ru").plural_form(n) for n in range(200)}
    assert categories == {"one", "few", "many"}
    for noun, forms in GOVERNED_FORMS["ru"].items():
        assert len(forms) == len(categories), noun
    governed = [k for k, v in WORDS.items() if "ru" in v and OBLIQUE in specs(v["ru"])]
    assert governed, "no Russian entry governs a count"


def _headline_page(lines: int) -> dict:
    return {"id": f"g-tr-home-{lines}", "lang": "tr", "title": "Ana Sayfa", "date": "2024-05-02",
            "source": "home.example.com",
            "text": "\n".join(f"Belediye meclisi {i}. toplantıda yeni bütçe planını görüştü"
                              for i in range(1, lines + 1))}


@pytest.mark.parametrize("lines, said", [(21, "21 из 21 строки — заголовки"), (22, "22 из 22 строк — заголовки")])
def test_the_not_articles_page_in_russian(db_path, lines, said):
    reasons = reasons_read(db_path, _headline_page(lines), "test:home")
    assert said in reasons, reasons
