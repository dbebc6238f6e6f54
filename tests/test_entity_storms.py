"""Name fragments (demo store, December 2026): "Daniel" of "Storm Daniel" and
"Haouz" of "Al Haouz" were listed as names.

* a storm's noun is part of its name, in every language and case ("Storm
  Daniel", "la tempête Daniel", "Sturmtief Daniel", "ураган Катрина", "तूफान
  डेनियल"), which is no person's, and every spelling shares the key "storm
  <name>", so the reports of one storm name one entity;
* the Arabic article ("Al Haouz", "al-Marj") and any capitalised particle that
  its place in the sentence does not explain ("El Salvador", "Abu Mansour")
  open the name; a Spanish or French article opening a sentence does not;
* an elided article before a lower-case word is a word of its own ("l'ouragan
  Katrina", "C'était", "D'autres").

Real extractor; the last test a real ingest into a real SQLite file (real model).
"""
from __future__ import annotations

import json

import pytest

from storyline.analyse.entities import extract_entities
from storyline.analyse.entity_storms import storm_key


def _found(text: str, lang: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.label, m.key) for m in extract_entities(text, lang)}


STORMS = [
    ("en", "Storm Daniel struck Libya on Sunday. Residents were told to stay home as the storm approached.",
     "Storm Daniel", "Daniel"),
    ("en", "Floods after storm Daniel broke two dams above Derna.", "storm Daniel", "Daniel"),
    ("en", "Hurricane Katrina flooded New Orleans in 2005.", "Hurricane Katrina", "Katrina"),
    ("en", "Officials said Typhoon Haiyan killed thousands in the Philippines.", "Typhoon Haiyan", "Haiyan"),
    ("fr", "Avant la Libye, la tempête Daniel avait causé des inondations en Grèce.", "tempête Daniel", "Daniel"),
    ("fr", "Dix ans après, l'ouragan Katrina reste dans les mémoires.", "ouragan Katrina", "Katrina"),
    ("fr", "Le typhon Haiyan a frappé les Philippines.", "typhon Haiyan", "Haiyan"),
    ("es", "La borrasca Daniel descargó lluvias torrenciales sobre Cirenaica.", "borrasca Daniel", "Daniel"),
    ("es", "Hace años el huracán Katrina inundó Nueva Orleans.", "huracán Katrina", "Katrina"),
    ("de", "Sturmtief Daniel hatte am Sonntag heftigen Regen gebracht.", "Sturmtief Daniel", "Daniel"),
    ("de", "Damals zerstörte Hurrikan Katrina große Teile der Stadt.", "Hurrikan Katrina", "Katrina"),
    ("ru", "Много лет назад ураган Катрина разрушил Новый Орлеан.", "ураган Катрина", "Катрина"),
    ("ru", "Позже тайфун Хайян обрушился на Филиппины.", "тайфун Хайян", "Хайян"),
    ("hi", "तूफान डेनियल ने लीबिया में भारी तबाही मचाई।", "तूफान डेनियल", "डेनियल"),
]


@pytest.mark.parametrize("lang,text,name,fragment", STORMS)
def test_a_storm_is_named_with_its_noun_and_is_no_person(lang, text, name, fragment):
    found = _found(text, lang)
    assert name in found, (found, name)
    assert fragment not in found
    label, key = found[name]
    assert label == "MISC"
    assert key == storm_key(fragment)  # every language's spelling of one storm shares it


def test_one_storm_in_several_languages_shares_one_key():
    keys = {_found(text, lang)[name][1] for lang, text, name, fragment in STORMS if fragment == "Daniel"}
    assert keys == {"storm daniel"}
    assert {_found(text, lang)[name][1] for lang, text, name, fragment in STORMS if fragment == "Katrina"} \
        == {"storm katrina"}


def test_a_storm_noun_before_no_storm_name_is_left_as_it_was():
    found = _found("Britain sent Storm Shadow missiles to Kyiv, the National Hurricane Center said. "
                   "After the storm Russia sent aid.", "en")
    assert found["Storm Shadow"] == ("PRODUCT", "storm shadow")  # a missile: a product noun follows
    assert "National Hurricane Center" in found
    assert "Russia" in found and not any(key.startswith("storm ") for _, key in found.values() if key != "storm shadow")


ARTICLES = [
    ("en", "The quake hit at 11.11pm, with its epicentre in Al Haouz province.", "Al Haouz", "Haouz"),
    ("fr", "Son épicentre a été localisé dans la province d'Al Haouz, au sud-ouest de Marrakech.",
     "Al Haouz", "Haouz"),
    ("es", "El terremoto sacudió la provincia de Al Haouz, al suroeste de Marrakech.", "Al Haouz", "Haouz"),
    ("de", "Das Epizentrum lag in der Provinz Al Haouz im Atlasgebirge.", "Al Haouz", "Haouz"),
    ("en", "Protests spread to Al Hoceima on Friday.", "Al Hoceima", "Hoceima"),
    ("en", "The plane landed in El Salvador on Monday.", "El Salvador", "Salvador"),
    ("es", "El avión aterrizó en El Salvador el lunes.", "El Salvador", "Salvador"),
    ("en", "Other towns, including Bayda, Susa and al-Marj, were also hit.", "al-Marj", "Marj"),
    ("en", "Other towns, including Bayda, Susa and Al-Marj, were also hit.", "Al-Marj", "Marj"),
    ("en", "The Abu Mansour and Derna dams gave way.", "Abu Mansour", "Mansour"),
    ("en", "Al Gore spoke in Paris on Monday.", "Al Gore", "Gore"),
    ("ru", "Вчера боевики аль-Каиды атаковали город.", "аль-Каиды", "Каиды"),
]


@pytest.mark.parametrize("lang,text,name,fragment", ARTICLES)
def test_the_article_of_an_arabic_or_romance_name_is_the_names(lang, text, name, fragment):
    found = _found(text, lang)
    assert name in found, (found, name)
    assert fragment not in found


def test_an_article_that_opens_a_sentence_is_still_the_articles():
    assert "BCE" in _found("El BCE mantuvo los tipos. El Salvador no.", "es")
    assert "Russie" in _found("La Russie a annoncé des frappes.", "fr")
    assert "Kremlin" in _found("Le Kremlin a démenti.", "fr")


@pytest.fixture(scope="module")
def names(tmp_path_factory) -> dict[str, set[str]]:
    """Entity name -> its spellings, after a real ingest of four reports of one storm and one quake."""
    from storyline.cli import main as cli_main
    from storyline.store import open_store

    folder = tmp_path_factory.mktemp("storms")
    rows = [
        ("d-en", "en", "Storm Daniel struck Libya's eastern coast on Sunday. Late that night, two dams above Derna "
                       "gave way as the storm dumped rain on the city; thousands are missing, officials said."),
        ("d-fr", "fr", "Des milliers de personnes sont portées disparues à Derna, en Libye, après le passage de la "
                       "tempête Daniel, qui a fait céder deux barrages dimanche, selon les autorités."),
        ("d-es", "es", "Miles de personas siguen desaparecidas en Derna, en Libia, después de que la borrasca Daniel "
                       "reventara dos presas el domingo, según las autoridades."),
        ("d-de", "de", "Nach dem Sturmtief Daniel werden in der libyschen Stadt Darna Tausende Menschen vermisst; "
                       "zwei Staudämme waren am Sonntag gebrochen, teilten die Behörden mit."),
    ]
    src = folder / "reports.jsonl"
    src.write_text("".join(json.dumps({"id": i, "title": "", "text": t, "lang": lang, "source": f"{i}.example",
                                       "date": "2023-09-12"}, ensure_ascii=False) + "\n" for i, lang, t in rows),
                   encoding="utf-8")
    db = str(folder / "news.db")
    assert cli_main(["--db", db, "ingest", "-q", str(src)]) == 0
    store = open_store(db)
    try:
        return {e.name: set(e.aliases) for e in store.entities(limit=10_000)}
    finally:
        store.close()


def test_the_names_list_shows_one_storm_not_its_given_name(names):
    assert "Daniel" not in names and not any("Daniel" == a for spellings in names.values() for a in spellings)
    assert {"Storm Daniel", "tempête Daniel", "borrasca Daniel"} <= names["Storm Daniel"]


def test_an_elided_article_before_a_lower_case_word_is_split_off():
    # the storm noun after "l'" is found ("l'ouragan Katrina", above); a capital one
    # opening a sentence is no name; a paragraph's first word opens as a sentence's does
    found = _found("Le ministre est arrivé.\nC'était prévu. J'espère qu'il viendra. D'autres pays ont suivi.\n"
                   "L'Union européenne a réagi. Le groupe d'aide Oxfam a ajouté qu'il enverrait une équipe.", "fr")
    for junk in ("C", "C'était", "J", "J'espère", "D'autres", "L'Union européenne"):
        assert junk not in found, junk
    assert "Union européenne" in found
    assert found["Oxfam"][0] == "ORG"  # "groupe d'aide": the head noun two words before still counts
