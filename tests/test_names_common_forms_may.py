"""An inflected form of one of its language's most frequent words opening a
sentence is capitalised by position ("Reports also said …", "Parlant à la
presse", "Horas después"), as the word itself is (h-names22); and a stop word
written as a surname is the person's: "Theresa May met …", then "May said …"
(h-names23).  Real extractor and pyspellchecker's word lists, on sentences
written for these tests."""
from __future__ import annotations

import pytest

from conftest import entity_labels
from storyline.analyse.entity_common import common_stems, common_words


@pytest.mark.parametrize("text, lang, words, names", [
    ("Families slept in the open near Antakya after the second quake. Reports also said that aid had reached "
     "the city overnight. Pakistan sent two planes loaded with tents.", "en", {"Families", "Reports"},
     {"Antakya", "Pakistan"}),
    ("Parlant à la presse mardi, Emmanuel Macron a défendu la réforme devant les députés à Paris.", "fr",
     {"Parlant"}, {"Emmanuel Macron", "Paris"}),
    ("Horas después del incendio, el presidente Pedro Sánchez visitó la zona afectada cerca de Valencia.", "es",
     {"Horas"}, {"Pedro Sánchez", "Valencia"}),
])
def test_an_inflected_common_word_opening_a_sentence_is_no_name(text, lang, words, names):
    got = entity_labels(text, lang)
    assert not words & set(got), got
    assert names <= set(got), got


def test_names_opening_a_sentence_stay_whatever_their_stem():
    got = entity_labels("Moskau hat die neuen Sanktionen der Europäischen Union scharf kritisiert.", "de")
    assert got.get("Moskau") == "PLACE", got
    got = entity_labels("Bonds fell again. Pakistan said it would respond. Brussels declined to comment.", "en")
    assert {"Pakistan", "Brussels"} <= set(got), got


def test_common_stems_are_the_stems_of_the_common_words():
    assert "report" in common_stems("en") and "report" in common_words("en")  # "reports" is not in the top words
    assert "reports" not in common_words("en")
    assert common_stems("xx") == frozenset()  # no list
    assert common_stems("he") == frozenset()  # no list, no stemmer


@pytest.mark.parametrize("text, lang, short", [
    ("British Prime Minister Theresa May met her German counterpart in Berlin on Tuesday to discuss the timetable "
     "for leaving. May said the talks were constructive and friendly.", "en", "May"),
    ("Die britische Premierministerin Theresa May traf sich am Dienstag mit ihren Kollegen in Berlin. "
     "May sagte, die Gespräche seien gut gewesen.", "de", "May"),
])
def test_a_surname_that_is_a_stop_word_is_the_persons(text, lang, short):
    from storyline.analyse.entities import extract_entities

    got = [(m.text, m.label) for m in extract_entities(text, lang)]
    assert ("Theresa May", "PERSON") in got, got
    assert (short, "PERSON") in got, got  # the short form opening the next sentence


@pytest.mark.parametrize("text, lang", [
    ("In May the council met several times to discuss the budget for London schools. May I ask whether this "
     "was wise, one member wrote to the mayor.", "en"),
    ("Theresa May has been criticised over the plan since May last year. May I ask whether she will stay?", "en"),
    ("The president met Obama Tuesday in Paris and will visit Berlin May 5 for talks with officials.", "en"),
])
def test_the_month_and_the_modal_stay_no_names(text, lang):
    from storyline.analyse.entities import extract_entities

    got = [(m.text, m.start) for m in extract_entities(text, lang)]
    assert not [g for g in got if g[0] == "May" and text.find("Theresa May") + 8 != g[1]], got
