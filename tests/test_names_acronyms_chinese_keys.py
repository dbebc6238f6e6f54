"""An acronym is an organisation's name unless the gazetteer says it is a place,
and a Chinese person's name keys as its Latin spelling does (h-names37, issues 10
and 12): "WHO" is the World Health Organization, not the stop word "who"; "the
BBC's reporter" reads its capitals less the possessive; "IRA" is no Iran, though
its key is Portuguese "Irã"'s; and "习近平" is the entity "Xi Jinping" names."""
from __future__ import annotations

import pytest

from storyline.analyse.entities import extract_entities
from storyline.analyse.entity_resolver import EntityResolver
from storyline.analyse.entity_spans import guess_label


def _labels(text: str, lang: str = "en") -> dict[str, str]:
    return {m.text: m.label for m in extract_entities(text, lang)}


@pytest.mark.parametrize("text, lang, name", [
    ("A WHO spokesperson in New Delhi said the outbreak was contained.", "en", "WHO"),
    ("The WHO said on Monday that cholera cases had doubled.", "en", "WHO"),
    ("Die WHO warnte am Montag vor einer neuen Welle.", "de", "WHO"),
])
def test_a_stop_word_in_capitals_that_the_gazetteer_writes_so_is_the_body(text, lang, name):
    assert _labels(text, lang).get(name) == "ORG"


def test_a_stop_word_in_a_line_of_capitals_stays_a_common_word():
    assert "WHO" not in _labels("WHO WE ARE AND WHAT WE DO\nThe agency was founded in 1948.")


@pytest.mark.parametrize("text, name", [
    ("But the BBC's correspondent in Sao Paulo says details are unclear.", "BBC"),
    ("The report had been placed on the DSB's website in early November.", "DSB"),
])
def test_an_acronym_with_a_possessive_is_an_organisation(text, name):
    assert _labels(text).get(name) == "ORG"


def test_an_acronym_is_no_place_whose_key_it_shares_with_an_accent_folded():
    found = _labels("Unionists claimed the IRA had not renounced violence.")
    assert found.get("IRA") == "ORG"
    assert _labels("Officials from the UAE and the USA met in Iran.") == {"UAE": "PLACE", "USA": "PLACE",
                                                                           "Iran": "PLACE"}


@pytest.mark.parametrize("name, label", [("OPEC", "ORG"), ("CERN", "ORG"), ("NASA", "ORG"), ("USA", "PLACE"),
                                         ("UAE", "PLACE"), ("IRA", "ORG"), ("Olaf Scholz", "PERSON")])
def test_a_bare_acronym_is_labelled_as_in_a_text(name, label):
    assert guess_label(name, "en") == label


@pytest.mark.parametrize("han, latin", [("习近平", "xi jinping"), ("李强", "li qiang"), ("王毅", "wang yi"),
                                        ("李克强", "li keqiang")])
def test_a_chinese_name_keys_with_its_family_name_apart(han, latin):
    from storyline.analyse.entity_han import chinese_name_key
    assert chinese_name_key(han) == latin


@pytest.mark.parametrize("han", ["普京", "莫迪", "北京", "欧阳娜娜", "Xi Jinping", "习"])
def test_a_foreign_name_a_place_or_a_long_name_has_no_such_key(han):
    from storyline.analyse.entity_han import chinese_name_key
    assert chinese_name_key(han) is None  # (Putin and Modi key as their sounds; Beijing opens with no family name)


def test_one_chinese_leader_is_one_entity_across_scripts():
    resolver = EntityResolver()
    xi = resolver.add("Xi Jinping", "PERSON", "a1", lang="en")
    li = resolver.add("Li Qiang", "PERSON", "a1", lang="en")
    assert resolver.add("习近平", "PERSON", "a2", lang="zh") == xi
    assert resolver.add("李强", "PERSON", "a2", lang="zh") == li != xi
    assert resolver.add("王毅", "PERSON", "a2", lang="zh") not in (xi, li)
