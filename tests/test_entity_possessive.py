"""A name in the possessive owns the noun after it: a preposition before it is
that noun's ("in Taylor Hackford's biopic", "in Boeing's favor") and makes no
place of the name (``entity_parts.owns_noun``), while a place the gazetteer or
the where index holds stays one ("in Paris's old town")."""
from __future__ import annotations

from storyline.analyse.entities import extract_entities


def _labels(text: str, lang: str = "en") -> dict[str, str]:
    return {m.text: m.label for m in extract_entities(text, lang)}


def test_a_possessive_name_after_in_is_no_place():
    found = _labels("Jamie Foxx played the late Ray Charles in Taylor Hackford's biopic Ray.")
    assert found["Taylor Hackford"] == "PERSON"
    assert _labels("He was in Mike Wynne's office discussing the lease.")["Mike Wynne"] == "PERSON"
    assert _labels("Critics say the deal was structured in Boeing's favor.").get("Boeing") != "PLACE"


def test_a_place_in_the_possessive_stays_a_place():
    assert _labels("They met in Paris's old town.")["Paris"] == "PLACE"
    assert _labels("Fighting went on in Derna's streets.")["Derna"] == "PLACE"
    assert _labels("He lives in Taylor Hackford's.")["Taylor Hackford"] == "PLACE"  # no noun after it
