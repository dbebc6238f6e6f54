"""Names a reader can trust (h-names6, issues 10/12): common words written in
capitals passed as names ("FEDERAL GOVERNMENT SAID"), and an organisation in
capitals met the adjective "Federal" by its core ("FEDERAL NEWS" less
"NEWS"); the Czech "Perského zálivu" (the Persian Gulf) was dropped as an
adjective, not read as a place's name with its place noun; irregular
demonyms ("Welsh", "Danes", French "Belge", "Néerlandaise") were names, and
French "Italien" (an Italian) was typed PLACE as German "Italien" (Italy).
On sentences that are not the dev files'; the entity stage alone, with the
real lexicon, gazetteer and where index."""
from __future__ import annotations

from test_entity_across_scripts import _id, _resolved

from conftest import entity_labels


def test_common_words_in_capitals_are_no_names():
    text = ("The senator said in Ohio the deal is DUMB and that the FEDERAL GOVERNMENT knew it. The government "
            "had called it dumb, a federal matter.")
    spans = entity_labels(text)
    assert not any("GOVERNMENT" in s or "DUMB" in s for s in spans), spans
    assert spans.get("Ohio") == "PLACE"
    # a name the gazetteer knows, and an acronym, stay whole in capitals
    spans = entity_labels("TRADE TALKS WITH SOUTH AMERICA AND THE UNITED STATES\nThe talks with trade unions "
                          "were discussed.")
    assert "SOUTH AMERICA" in spans and "UNITED STATES" in spans and "TRADE" not in spans, spans
    # an organisation's name is made of common words: its head word keeps it whole
    spans = entity_labels("(C) COPYRIGHT 2004, FEDERAL NEWS SERVICE, INC. Its reporters were there.")
    assert spans.get("FEDERAL NEWS SERVICE") == "ORG", spans


def test_an_organisation_in_capitals_does_not_meet_an_adjective_by_its_core():
    r = _resolved([("FEDERAL NEWS", "ORG", 1, "en"), ("Federal", "MISC", 1, "en"),
                   ("Vostochny Cosmodrome", "PLACE", 2, "en"), ("Восточный", "PLACE", 2, "ru"),
                   ("HARVARD UNIVERSITY", "ORG", 3, "en"), ("Harvard University", "ORG", 3, "en")])
    assert _id(r, "FEDERAL NEWS") != _id(r, "Federal")
    assert _id(r, "Vostochny Cosmodrome") == _id(r, "Восточный")  # title case: the core still meets
    assert _id(r, "HARVARD UNIVERSITY") == _id(r, "Harvard University")  # the whole spelling still meets


def test_a_czech_place_adjective_before_a_place_noun_is_the_places_name():
    for text, name in (("Tanker se potopil v Perském zálivu u pobřeží Íránu.", "Perském zálivu"),
                       ("Lodě v oblasti Perského zálivu hlídá námořnictvo.", "Perského zálivu"),
                       ("Perský záliv je důležitý pro obchod s ropou.", "Perský záliv"),
                       ("Turisté prošli Trafalgarském náměstí v Londýně.", "Trafalgarském náměstí")):
        assert entity_labels(text, "cs").get(name) == "PLACE", (text, entity_labels(text, "cs"))
    # alone, the adjective still names nothing
    assert not entity_labels("Podle Perského velvyslance to nebyla pravda.", "cs").keys() & {"Perského"}


def test_irregular_demonyms_are_no_names():
    for text in ("Yesterday, officials met Welsh farmers and Scottish fishermen in a hall.",
                 "The Danes and the Swedes agreed, and Basque and Catalan leaders did too.",
                 "On Monday, Congolese troops and Slovak police were there."):
        assert not entity_labels(text), (text, entity_labels(text))
    for text in ("Hier, une Néerlandaise et deux Belges ont parlé.", "Un Italien et un Tchèque ont gagné."):
        assert not entity_labels(text, "fr"), (text, entity_labels(text, "fr"))
    # the country where the language names it so; a full name that holds one
    assert entity_labels("Il est rentré en Argentine lundi.", "fr").get("Argentine") == "PLACE"
    assert entity_labels("Der Minister reiste nach Italien.", "de").get("Italien") == "PLACE"
    assert "Argentine" not in entity_labels("Officials met Argentine diplomats on Monday.")
    assert entity_labels("Kevin Welsh spoke on Monday.").get("Kevin Welsh") == "PERSON"
    assert entity_labels("Louis Gallois a parlé lundi.", "fr").get("Louis Gallois") == "PERSON"
    assert entity_labels("Le Belge Tom Boonen a gagné.", "fr").get("Tom Boonen") == "PERSON"


def test_a_noun_that_counts_is_no_name_at_a_sentence_start():
    for text, lang, place in (("Miles de personas se manifestaron en Buenos Aires.", "es", "Buenos Aires"),
                              ("Migliaia di persone hanno sfilato a Roma.", "it", "Roma"),
                              ("Milhares de pessoas protestaram em Lisboa.", "pt", "Lisboa")):
        assert entity_labels(text, lang) == {place: "PLACE"}, (text, entity_labels(text, lang))
    assert "Cybertruck" in entity_labels("Tesla retiró miles de Cybertruck en Texas.", "es")


def test_a_region_or_country_after_a_place_and_a_comma_is_a_place():
    spans = entity_labels("Apple unveiled the phone at its headquarters in Cupertino, California, on Monday.")
    assert spans.get("Cupertino") == "PLACE" and spans.get("California") == "PLACE", spans
    spans = entity_labels("The race finished in Canterbury, Kent. In London, Reuters said the riders were tired.")
    assert spans.get("Kent") == "PLACE" and spans.get("Reuters") != "PLACE", spans
