"""A place named after a person (h-names8): "la plaza Kim Il-sung" gave a PERSON,
as a place noun right before a name said PLACE only for a one-word name ("el
río Dniéper").  Real extractor, sentences that are not the demo's."""
from __future__ import annotations

from storyline.analyse.entities import extract_entities


def _labels(text: str, lang: str) -> dict[str, str]:
    return {m.text: m.label for m in extract_entities(text, lang)}


def test_a_place_noun_right_before_a_persons_name_makes_the_place():
    got = _labels("Miles de personas desfilaron por la plaza Kim Il-sung de Pyongyang el miércoles.", "es")
    assert got.get("Kim Il-sung") == "PLACE" and got.get("Pyongyang") == "PLACE", got
    got = _labels("Le match aura lieu au stade Pierre Mauroy samedi soir.", "fr")
    assert got.get("Pierre Mauroy") == "PLACE", got


def test_a_person_after_a_comma_or_a_title_stays_a_person():
    got = _labels("El alcalde de la ciudad, Juan Pérez, saludó al presidente Kim Jong-un en la plaza.", "es")
    assert got.get("Juan Pérez") == "PERSON" and got.get("Kim Jong-un") == "PERSON", got
