"""Russian names shown in the nominative (OpenCorpora's dictionaries via pymorphy3, offline).

A Russian reader of the demo was shown "Новой Каховки", "Амуре",
"Йоханнесбурге", "Каховской ГЭС": the forms the reports happened to use.
"""
from __future__ import annotations

from collections import Counter

import pytest

from storyline.analyse.entity_inflect import nominative
from storyline.analyse.entity_names import best_form, display_names


@pytest.mark.parametrize("written, shown", [
    ("Новой Каховки", "Новая Каховка"),  # adjective agrees with its head
    ("Каховской ГЭС", "Каховская ГЭС"),  # an indeclinable head: the adjective says the case
    ("Голой Пристани", "Голая Пристань"),  # the adjective picks the singular over a plural nominative
    ("Амуре", "Амур"), ("Кремле", "Кремль"), ("Луны", "Луна"), ("Пхеньяне", "Пхеньян"),
    ("Йоханнесбурге", "Йоханнесбург"),  # a place the dictionary lists by its ending
    ("Чёрного моря", "Чёрное море"),  # "Чёрного" is an adjective here, not the noun "чёрный"
    ("Совета Безопасности ООН", "Совет Безопасности ООН"),  # genitive modifiers stay
    ("Международного валютного фонда", "Международный валютный фонд"),
    ("Дмитрия Пескова", "Дмитрий Песков"), ("Владимира Путина", "Владимир Путин"),  # names in apposition
])
def test_a_declined_name_is_shown_in_the_nominative(written, shown):
    assert nominative(written, "ru") == shown


@pytest.mark.parametrize("written", [
    "Россия", "Индийская организация космических исследований", "Совет Безопасности ООН",
    "Ким Чен Ыну",  # "Ыну" is not in the dictionary: nothing guessed
    "Чандрабабу Найду", "Сунан",  # guessed by the ending as "Чандрабаба", a plural "сунана"
    "Эммануэля Макрона",  # half a name in the nominative reads worse than the whole in the genitive
    "Луна-25", "Нью-Йорке",  # digits and hyphens: as written
    "ООН", "США", "Моди",
])
def test_what_the_dictionary_is_not_sure_of_stays_as_written(written):
    assert nominative(written, "ru") == written


def test_other_languages_are_left_alone():
    assert nominative("Києві", "uk") == "Києві"  # its dictionary gave "Кий" for Kyiv
    assert nominative("Lagardes", "de") == "Lagardes"


def test_a_russian_reader_is_shown_the_nominative_even_where_no_report_writes_it():
    assert best_form(Counter({"Новой Каховки": 5, "Новую Каховку": 2}), "ru") == "Новая Каховка"
    assert best_form(Counter({"Путина": 4, "Путин": 1}), "ru") == "Путин"
    names = display_names({"Новой Каховки": Counter({"ru": 3}), "Nova Kakhovka": Counter({"en": 2})})
    assert names == {"ru": "Новая Каховка", "en": "Nova Kakhovka"}


def test_a_name_only_russian_reports_write_is_named_in_the_nominative_for_every_reader():
    """An English reader of the demo was shown "Анкаре", "Алешках", "Бихара" (a
    canonical name is read by readers of languages that do not write it)."""
    from storyline.analyse.entities import EntityResolver

    r = EntityResolver()
    ids = [r.add(text, "PLACE", "a1", group="story:1", lang="ru") for text in ("Анкаре", "Алешках", "Бихара")]
    hindi = r.add("द्रौपदी मुर्मू", "PERSON", "a2", group="story:1", lang="hi")
    # a place the gazetteer knows is named in English for English readers (h-audit: "Japón" was
    # shown for Japan; Oleshky is a gazetteer row since h-ui39), in the nominative for Russian ones
    assert [r.canonical_name(i) for i in ids] == ["Ankara", "Oleshky", "Бихар"]
    assert [r.names(i)["ru"] for i in ids] == ["Анкара", "Алёшки", "Бихар"]
    assert r.canonical_name(hindi) == "द्रौपदी मुर्मू"
