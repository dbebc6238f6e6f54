"""Office places, contracted place prepositions, title and adjective words, buyers [h-names28].

* A portfolio, a particle and a gazetteer place: the place is the office's country
  ("ministre des Finances d'Allemagne" named "d'Allemagne" PERSON, "ministre de l'Intérieur
  de France Gérald Darmanin" one PERSON of it all; "ministro de
  Asuntos Exteriores de España" named "Exteriores de España" PERSON).
* A Portuguese or Italian preposition fused with its article ("no", "na", "nel",
  "nell'") before a country or region the where index knows: that PLACE ("no
  Arizona", MISC on main); not before a company ("no Facebook").
* A capitalised word the text also writes in lower case, before a title, is part of
  the title anywhere ("said Executive Director … the executive director": "Executive"
  MISC on main).
* A German compound adjective capitalised by its place, a name's only word, names
  nothing ("Brandheiß ist das Thema", "Knallhart reagierte": MISC on main).
* A bare name before a verb of taking over a business, and what is bought, is a
  company ("Zorblax acquired the startup", "übernimmt den Konkurrenten", "a racheté
  la start-up": MISC on main); a person's name is not relabelled.

Real extractor and word lists (the where index too), sentences written for these
tests; every case of the first test fails on main, the guards pass on both."""
from __future__ import annotations

import pytest

from conftest import assert_named, entity_labels


@pytest.mark.parametrize("text, lang, named, not_named", [
    ("Le ministre des Finances d'Allemagne a refusé le plan.", "fr", {"Allemagne": "PLACE"}, "d'Allemagne"),
    ("Le ministre de l'Intérieur d'Italie a demandé un délai.", "fr", {"Italie": "PLACE"}, "d'Italie"),
    ("Le ministre de l'Intérieur de France Gérald Darmanin a parlé.", "fr",
     {"France": "PLACE", "Gérald Darmanin": "PERSON"}, "de France Gérald Darmanin"),
    ("El ministro de Asuntos Exteriores de España viajó a Rabat.", "es", {"España": "PLACE", "Rabat": "PLACE"},
     "Exteriores de España"),
    ("O governador disse no Arizona que a lei vai mudar.", "pt", {"Arizona": "PLACE"}, "no Arizona"),
    ("A medida chega na Califórnia em maio.", "pt", {"Califórnia": "PLACE"}, "na Califórnia"),
    ("Vive nel Texas da anni.", "it", {"Texas": "PLACE"}, "nel Texas"),
    ("Lavora nell'Arizona da anni.", "it", {"Arizona": "PLACE"}, "nell'Arizona"),
    ("On Monday, Technical Director Anna Berg said sales had grown. The technical director gave no figures.", "en",
     {"Anna Berg": "PERSON"}, "Technical"),
    ("Gas flowed, said Executive Director of Bulgaria’s Bulgartransgaz operator Vladimir Malinov. "
     "Bulgartransgaz executive director added that fees would fall.", "en",
     {"Vladimir Malinov": "PERSON", "Bulgaria": "PLACE"}, "Executive"),
    ("Brandheiß ist das Thema in Berlin.", "de", {"Berlin": "PLACE"}, "Brandheiß"),
    ("Knallhart reagierte die Regierung in Berlin.", "de", {"Berlin": "PLACE"}, "Knallhart"),
    ("Zorblax acquired the startup for $2 billion on Monday.", "en", {"Zorblax": "ORG"}, "startup"),
    ("Zorblax has acquired Qux Labs for $2 billion.", "en", {"Zorblax": "ORG"}, "has acquired"),
    ("Zorblax übernimmt den Konkurrenten für zwei Milliarden Euro.", "de", {"Zorblax": "ORG"}, "Konkurrenten"),
    ("Lundi, Zorblax a racheté la start-up lyonnaise pour 40 millions d'euros.", "fr", {"Zorblax": "ORG"}, "start"),
    ("Zorblax adquirió la startup por 40 millones de euros.", "es", {"Zorblax": "ORG"}, "startup"),
])
def test_names_read_on_branch(text, lang, named, not_named):
    assert_named(text, lang, named, not_named)


@pytest.mark.parametrize("text, lang, name, label", [
    ("Ele postou no Facebook e no Twitter.", "pt", "Facebook", "MISC"),  # a company after the same "no"
    ("Elon Musk acquired Twitter in 2022.", "en", "Elon Musk", "PERSON"),  # a person is never relabelled
    ("Smith acquired a taste for wine.", "en", "Smith", "MISC"),  # no business bought
    ("Neumann sagte, die Lage sei ernst.", "de", "Neumann", "MISC"),  # no adjective compound
    ("Alexander Krüger sagte, die Lage sei ernst.", "de", "Alexander Krüger", "PERSON"),  # "alex" + "ander": one word alone only
    ("Apple CEO Tim Cook spoke in Cupertino.", "en", "Tim Cook", "PERSON"),
])
def test_guards_hold(text, lang, name, label):
    assert entity_labels(text, lang).get(name) == label, entity_labels(text, lang)
