"""Russian adjectives of a country or big place (issue 10): alone no name,
before a place noun a place's name; an oblast or krai is keyed in the
nominative (entity_demonyms.place_adjective, entity_parts.lowercase_head,
where._dictionary_forms)."""
from __future__ import annotations

from collections import Counter

import pytest

from storyline.analyse.entities import extract_entities
from storyline.analyse.entity_names import best_form
from storyline.analyse.entity_patterns import lexicon
from storyline.analyse.entity_resolver import EntityResolver
from storyline.analyse.where import country_of, subdivision_of


def _names(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in extract_entities(text, "ru")]


@pytest.mark.parametrize("text, word", [
    ("Корейские СМИ сообщили о запуске.", "Корейские"),  # the demo's "Корейского" was a MISC name
    ("Сирийские СМИ сообщили о запуске.", "Сирийские"),  # Сирия: CLDR's table, not the gazetteer
    ("Японские СМИ сообщили о запуске.", "Японские"),
])
def test_a_countrys_adjective_alone_is_no_name(text, word):
    assert not any(word in name for name, _ in _names(text))


@pytest.mark.parametrize("text, place, nominative", [
    ("Речь шла о ситуации на Корейском полуострове.", "Корейском полуострове", "Корейский полуостров"),
    ("Порода выведена на севере Корейского полуострова.", "Корейского полуострова", "Корейский полуостров"),
    ("Наводнение произошло в Хабаровском крае.", "Хабаровском крае", "Хабаровский край"),
])
def test_a_place_adjective_before_a_place_noun_is_a_places_name(text, place, nominative):
    """A case form of the noun ("полуострове") is its place noun, though Snowball
    stems "полуостров" itself short ("полуостр"); the locative "-ом" is an
    adjective's by the dictionary."""
    assert (place, "PLACE") in _names(text)
    assert best_form(Counter({place: 1}), "ru", "PLACE") == nominative


def test_a_place_nouns_case_forms_are_place_nouns():
    lex = lexicon()
    assert all(lex.is_cue("place_cues", w, "ru", compounds=False) for w in ("полуострове", "полуострова", "острове"))


@pytest.mark.parametrize("name, code", [("Херсонской области", "UA-65"), ("Хабаровском крае", "RU-KHA"),
                                        ("Амурской области", "RU-AMU"), ("Запорожской области", "UA-23")])
def test_an_inflected_subdivision_is_found_in_the_nominative(name, code):
    """The last word alone put in the nominative ("Херсонской область") named nothing."""
    assert subdivision_of(name, "ru") == code
    assert country_of(name, "ru") == code[:2]
    assert EntityResolver.city_key(name, "ru") == f"subdivision:{code}"


def test_an_adjective_more_before_the_head_keeps_the_organisations_name_whole():
    """The demo's "Индийским национальным конгрессом" left the MISC name "Индийским"."""
    text = "Оппозиционный блок во главе с Индийским национальным конгрессом получил большинство."
    assert ("Индийским национальным конгрессом", "ORG") in _names(text)
    shown = best_form(Counter({"Индийским национальным конгрессом": 1}), "ru", "ORG")
    assert shown == "Индийский национальный конгресс"


def test_a_foreign_name_in_the_case_of_the_title_before_it_is_named_in_the_nominative():
    """The demo's one mention of Moon Jae-in, "президенту Южной Кореи Мун Чжэ Ину",
    was shown in the dative: the dictionary knows no "Ину" (entity_inflect.in_context)."""
    from storyline.records import Article
    from storyline.service_names import _Reading

    text = "В 2018 году Ким Чен Ын дарил пару пхунсанов президенту Южной Кореи Мун Чжэ Ину."
    report = Article(id="ru1", origin="test", title="", text=text, raw_text=text, lang="ru", event_id=1,
                     entities=extract_entities(text, "ru"))
    reading = _Reading()
    assert reading.read([report], {1: 1})
    r = reading.resolver
    moon = next(eid for eid, _a, _s, _e, surface in reading.raw if surface == "Мун Чжэ Ину")
    assert r.names(moon)["ru"] == "Мун Чжэ Ин"


@pytest.mark.parametrize("text, name, nominative", [
    ("Посол приехал к Мун Чжэ Ину.", "Мун Чжэ Ину", "Мун Чжэ Ин"),  # "к" governs the dative
    ("Он позвонил канцлеру Германии Олафу Шольцу.", "Олафу Шольцу", "Олаф Шольц"),
])
def test_a_preposition_or_a_person_noun_says_the_case_of_a_foreign_name(text, name, nominative):
    from storyline.analyse.entity_inflect import in_context

    assert in_context(text, text.index(name), name, "ru") == nominative


@pytest.mark.parametrize("text, name", [
    ("Он позвонил премьеру Чандрабабу Найду.", "Чандрабабу Найду"),  # ends in a vowel: indeclinable
    ("Мун Чжэ Ину подарили собак.", "Мун Чжэ Ину"),  # no person noun says the case
])
def test_a_name_no_title_puts_in_a_case_stays_as_written(text, name):
    from storyline.analyse.entity_inflect import in_context

    assert in_context(text, text.index(name), name, "ru") == name


def test_a_place_after_an_organisations_lower_case_head_ends_its_name():
    """On main "Центрального банка России Эльвира Набиуллина" was one ORG name."""
    found = _names("Об этом сообщил глава Центрального банка России Эльвира Набиуллина.")
    assert ("Центрального банка России", "ORG") in found and ("Эльвира Набиуллина", "PERSON") in found
    whole = "Центральный банк Российской Федерации"
    assert (whole, "ORG") in _names(f"{whole} повысил ставку.")  # no place before "Федерации"


def test_a_one_letter_syllable_after_a_name_is_part_of_it():
    """Wang Yi: the conjunction "и" is never capitalised mid-sentence (the sample's "Ван И")."""
    text = "Глава МИД Китая Ван И прибыл в Москву, где встретится с Сергеем Лавровым."
    assert ("Ван И", "PERSON") in _names(text)
    assert not [n for n, _ in _names("Путин сказал, что И. Иванов приедет.") if n.endswith(" И")]


def test_the_english_pronoun_after_a_name_is_no_syllable():
    found = [m.text for m in extract_entities("When I watched the video declaring Jihad against the UK I was haunted "
                                               "by it.", "en")]
    assert "UK I" not in found and "UK" in found


def test_a_declined_name_is_undeclined_by_its_spellings_in_other_scripts():
    """The demo's Kim Il-sung was shown "Ким Ир Сена" to Russian readers ("площади Ким Ир Сена";
    "Сена" is a word of the dictionary, the Seine, so no rule of the dictionary's changed it)."""
    from storyline.analyse.entity_names import display_names

    names = display_names({"Kim Il-sung": Counter(en=2), "किम इल सुंग": Counter(hi=1), "Ким Ир Сена": Counter(ru=1)},
                          "PERSON")
    assert names["ru"] == "Ким Ир Сен"
    # a name whose own form ends in a vowel keeps it
    assert display_names({"N. Chandrababu Naidu": Counter(en=1), "Чандрабабу Найду": Counter(ru=1)},
                         "PERSON")["ru"] == "Чандрабабу Найду"
    assert display_names({"Anna Kournikova": Counter(en=1), "Анны Курниковой": Counter(ru=1)},
                         "PERSON")["ru"] == "Анна Курникова"
