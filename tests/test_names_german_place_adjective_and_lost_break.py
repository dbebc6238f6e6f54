"""German: a place's -er adjective opens a name, and a capitalised preposition after a lost line
break is no part of one [h-names33].

On main "der Thüringer Allgemeinen" (a newspaper) named nothing: "Thüringer" after "der" was read as
a noun the article governs and "Allgemeinen" as an adjective made a noun; and a headline joined to
its text, "von CDU und Linken Angesichts der …", gave the ORG "Linken Angesichts".  Now an -er word of
a place the where index knows (Thüringen, Frankfurt) before a capitalised word opens that name and
is no person's, and the genitive prepositions ("angesichts", "aufgrund", "infolge") are German stop
words, never in a name.

Real extractor, word lists and where index; the sentences are written for these tests.  Every case
of the first two tests fails on main; the guards pass on both."""
from __future__ import annotations

import pytest

from conftest import entity_labels


@pytest.mark.parametrize("text, name", [
    ("Das sagte er der Thüringer Allgemeinen am Montag.", "Thüringer Allgemeinen"),
    ('In der "Thüringer Allgemeinen" schlug er eine Projektregierung vor.', "Thüringer Allgemeinen"),
    ("Er sprach mit der Frankfurter Allgemeinen.", "Frankfurter Allgemeinen"),
])
def test_a_place_adjective_opens_a_name(text, name):
    got = entity_labels(text, "de")
    assert name in got and got[name] != "PERSON", got


@pytest.mark.parametrize("text", [
    "Dieter Althaus für eine Projektregierung von CDU und Linken Angesichts der schwierigen Lage drängt er.",
    "Die Wahl gewann die Linken Aufgrund der Lage zögerte die CDU.",
])
def test_a_capitalised_preposition_ends_a_party_name(text):
    got = entity_labels(text, "de")
    assert got.get("Linken") == "ORG" and not any(" " in n and n.startswith("Linken") for n in got), got


@pytest.mark.parametrize("text, name, label", [
    ("Eine Gruppe Jugendliche griff die Polizei an.", "Jugendliche", None),  # still no name
    ("Der Lehrer Thomas Müller sprach.", "Thomas Müller", "PERSON"),  # an -er noun of no place
    ("Das sagte der Vorarlberger Magnus Brunner am Montag.", "Magnus Brunner", "PERSON"),  # the -er opens no name
    ("Er sprach mit der Hamburger CDU.", "CDU", "ORG"),  # but before an adjective made a noun
])
def test_guards(text, name, label):
    assert entity_labels(text, "de").get(name) == label
