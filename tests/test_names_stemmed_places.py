"""A place of several words in its cases is one place (h-names7, issue 12):
the Czech nominative "Perský záliv" was keyed apart from its oblique forms
"Perském zálivu", "Perského zálivu", which the gazetteer does not hold and
no dictionary gives a nominative of, as pymorphy does for Russian.  Names
that are not the dev files'."""
from __future__ import annotations

from test_entity_across_scripts import _id, _resolved


def test_a_czech_place_in_its_cases_is_one_entity():
    r = _resolved([("Botnickém zálivu", "PLACE", 1, "cs"), ("Botnický záliv", "PLACE", 1, "cs"),
                   ("Botnického zálivu", "PLACE", 2, "cs"), ("Pražském hradě", "PLACE", 2, "cs"),
                   ("Pražský hrad", "PLACE", 3, "cs"), ("Mrtvé moře", "PLACE", 3, "cs"),
                   ("Mrtvém moři", "PLACE", 3, "cs")])
    assert _id(r, "Botnickém zálivu") == _id(r, "Botnický záliv") == _id(r, "Botnického zálivu")
    assert _id(r, "Pražském hradě") == _id(r, "Pražský hrad")
    assert _id(r, "Mrtvé moře") == _id(r, "Mrtvém moři")
    assert _id(r, "Botnický záliv") != _id(r, "Pražský hrad") != _id(r, "Mrtvé moře")


def test_other_places_and_other_labels_keep_their_own_stems_apart():
    r = _resolved([("Severní Korea", "PLACE", 1, "cs"), ("Jižní Korea", "PLACE", 1, "cs"),
                   ("Pražský hrad", "PLACE", 1, "cs"), ("Pražského festivalu", "MISC", 1, "cs")])
    assert _id(r, "Severní Korea") != _id(r, "Jižní Korea")
    assert _id(r, "Pražský hrad") != _id(r, "Pražského festivalu")
