"""Particle surnames after a title, German "bei", an article before a buyer, a German subject [h-names29].

* A title word after a capitalised particle that follows a name word is the surname's:
  "Le ministre des Finances Bruno Le Maire" named "Bruno" alone on main ("maire" is a mayor);
  with a portfolio before it, the holder's three words are kept whole ("ministro de Finanzas
  Bruno Le Maire" named "Le Maire" PERSON and "Finanzas Bruno" PLACE on main).
* German "bei" stands before companies, platforms and people as often as before places:
  a name after it is PLACE only where the where index knows it as a country or a region
  ("bei Facebook und YouTube" both PLACE on main).
* An article before a bare name does not stop the verb of taking over a business: "A Zorblax
  adquiriu a startup" (MISC on main), as "Zorblax adquiriu a startup" (ORG on both).
* A German sentence's first word before a verb and an accusative-only article is the
  clause's subject, no compound adjective: "Hochtief hat einen Auftrag …" (dropped on main).
* A plural in -s of one of its language's 5,000 most frequent words opening a sentence is a
  common noun ("Profits at …", "profit" 3,654: MISC on main), not in a sentence about sport,
  where a plural names a team ("Warriors coach Steve Kerr").

Real extractor and word lists (the where index too), sentences written for these tests;
every case of the first two tests fails on main, the guards pass on both."""
from __future__ import annotations

import pytest

from conftest import assert_named, entity_labels


@pytest.mark.parametrize("text, lang, named, not_named", [
    ("Le ministre des Finances Bruno Le Maire a annoncé mardi une nouvelle taxe.", "fr",
     {"Bruno Le Maire": "PERSON"}, "Bruno"),
    ("Selon le ministre Bruno Le Maire, la taxe augmentera.", "fr", {"Bruno Le Maire": "PERSON"}, "Bruno"),
    ("El ministro de Finanzas Bruno Le Maire dijo el martes que subirán los impuestos.", "es",
     {"Bruno Le Maire": "PERSON"}, "Le Maire"),
    ("A Zorblax adquiriu a startup brasileira por 20 milhões de reais.", "pt", {"Zorblax": "ORG"}, "startup"),
    ("La Zorblax ha acquisito la startup milanese per 40 milioni di euro.", "it", {"Zorblax": "ORG"}, "startup"),
    ("Hochtief hat einen Auftrag in Australien gewonnen.", "de", {"Hochtief": "MISC", "Australien": "PLACE"},
     "Auftrag"),
    ("Profits at the largest utilities in Germany doubled.", "en", {"Germany": "PLACE"}, "Profits"),
])
def test_names_read_on_branch(text, lang, named, not_named):
    assert_named(text, lang, named, not_named)


@pytest.mark.parametrize("text, name", [
    ("Die Videos waren bei Facebook und YouTube zu sehen, sagte ein Sprecher.", "Facebook"),
    ("Die Videos waren bei Facebook und YouTube zu sehen, sagte ein Sprecher.", "YouTube"),
    ("Er arbeitete zuvor bei Siemens in München.", "Siemens"),
])
def test_no_place_after_bei_alone(text, name):
    got = entity_labels(text, "de")
    assert name in got and got[name] != "PLACE", got


@pytest.mark.parametrize("text, lang, name, label", [
    ("Das Treffen fand bei Berlin statt.", "de", "Berlin", "PLACE"),  # a gazetteer place after "bei"
    ("Er spielte früher bei Bayern.", "de", "Bayern", "PLACE"),
    ("Der Unfall ereignete sich bei Mönchengladbach am Montag.", "de", "Mönchengladbach", "PLACE"),  # a city  # a region the where index knows
    ("Er arbeitete zuvor bei Siemens in München.", "de", "München", "PLACE"),
    ("Le président Marcel De Gaulle a parlé.", "fr", "Marcel De Gaulle", "PERSON"),  # no title after the particle
    ("Le ministre des Affaires étrangères Jean-Yves Le Drian a parlé.", "fr", "Jean-Yves Le Drian", "PERSON"),
    ("Elon Musk acquired Twitter in 2022.", "en", "Elon Musk", "PERSON"),  # a person is never relabelled
    ("Zorblax adquiriu a startup por 20 milhões de reais.", "pt", "Zorblax", "ORG"),
    ("Remarks by Bill Gates, Chairman and Chief Software Architect\nI will ask Bill to show us a demo. "
     "Bill mentioned the server.", "en", "Bill", "PERSON"),
    ("The Warriors lost again. Warriors coach Steve Kerr said the team would recover.", "en", "Warriors", "MISC"),
])
def test_guards_hold(text, lang, name, label):
    assert entity_labels(text, lang).get(name) == label, entity_labels(text, lang)


@pytest.mark.parametrize("text", ["Brandheiß ist das Thema in Berlin.", "Knallhart reagierte die Regierung in Berlin."])
def test_compound_adjective_still_dropped(text):
    got = entity_labels(text, "de")
    assert set(got) == {"Berlin"}, got
