"""Ukrainian case forms of places are places (h-names40).

The names stage read Ukrainian with Russian Snowball (the lexicon's ``stem_langs``),
whose vowels lack і, ї, є: "Росії", "Україні" kept their endings and matched no
place, and "Києві" (of "Київ", whose stem's vowel alternates) none either, so a
Ukrainian report's "поїздка до Росії" named no country.  Now Ukrainian is stemmed
by ``ukrainian_stem`` and a case form is also read by ``search_cases.nominatives``.
Real lexicon and real where index."""
from __future__ import annotations

import datetime as dt

import pytest

from storyline.analyse.entities import extract_entities
from storyline.analyse.where import country_of, where
from storyline.records import Article


def _article(text: str, lang: str) -> Article:
    art = Article(id="t", title="", text=text, lang=lang, url="", source="t", published=dt.datetime(2023, 9, 12),
                  origin="t", raw_text=text)
    art.entities = extract_entities(text, lang)
    return art


@pytest.mark.parametrize(("text", "country"), [
    ("Президент оголосив про поїздка до Росії наступного тижня.", "RU"),
    ("Вибух стався у Києві вночі.", "UA"),
    ("Ціни на хліб зросли в Україні.", "UA"),
    ("Путін прибув до Пхеньяна, а потім говорив про переговори у Пхеньяні.", "KP"),
])
def test_a_ukrainian_report_names_the_place_of_a_case_form(text, country):
    art = _article(text, "uk")
    assert any(m.label == "PLACE" for m in art.entities), art.entities
    assert where(art).most_common(1)[0][0] == country


@pytest.mark.parametrize(("name", "country"), [("Росії", "RU"), ("Києві", "UA"), ("Україні", "UA"),
                                               ("Китаї", "CN"), ("Львові", "UA")])
def test_the_where_index_reads_ukrainian_case_forms(name, country):
    assert country_of(name, "uk") == country


@pytest.mark.parametrize(("text", "country"), [
    ("Президент объявил о поездке в Россию на следующей неделе.", "RU"),
    ("Взрыв произошёл в Киеве ночью.", "UA"),
    ("Цены на хлеб выросли в Украине.", "UA"),
])
def test_russian_forms_are_read_as_before(text, country):
    assert where(_article(text, "ru")).most_common(1)[0][0] == country


def test_a_ukrainian_word_is_no_place_by_its_ending_alone():
    assert country_of("Сергію", "uk") is None and country_of("Вибух", "uk") is None
    assert not any(m.label == "PLACE" for m in _article("Вибух стався вночі.", "uk").entities)
