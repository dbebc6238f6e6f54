"""Fragments of a gazetteer name written partly in lower case (h-names8): "la
mer Noire" gave the mention "Noire", which no key joins to the Black Sea of
the other reports; the gazetteer's name is read whole where a lower-case
place noun opens it, as it was where lower-case words close it ("des Nations
unies").  Real extractor and lexicon, sentences that are not the demo's."""
from __future__ import annotations

from conftest import entity_labels
from storyline.analyse.entity_resolver_keys import mention_keys


def test_a_lower_case_place_noun_before_a_gazetteer_name_is_part_of_it():
    got = entity_labels("Les navires quittent les ports de la mer Noire et de la mer Rouge depuis lundi.", "fr")
    assert got.get("mer Noire") == "PLACE" and got.get("mer Rouge") == "PLACE", got
    assert "black sea" in mention_keys("mer Noire")
    got = entity_labels("Los buques evitan el mar Negro desde el lunes.", "es")
    assert got.get("mar Negro") == "PLACE", got


def test_an_article_or_preposition_before_a_name_stays_out_and_lower_case_after_still_reads():
    got = entity_labels("La Russie et la France ont écrit aux Nations unies.", "fr")
    assert got.get("Russie") == "PLACE" and got.get("France") == "PLACE" and got.get("Nations unies") == "ORG", got
