"""Five-letter happening stems and a year that prices amounts [h-names26].

A five-letter stem began other words as a prefix: German "brand" (fire)
"Brandenburg", English "event" "eventually", Russian "пожар" the firemen's
"Пожарные", Italian "fatti" "fattibilità", so a date after them read as a past
happening's.  Now a stem of five letters or fewer is the whole word or takes a
noun ending, and in German begins a compound whose rest is a word
("Brandursache", "Brandanschlag").  A year before its money and "terms" or
the clause's end ("In 2024 dollars, …", "in 2024 $ terms"), or after money and
"of" ("en dollars de 2024"), is a price basis, no date.  Sentences written for
these tests; expected dates worked out by hand from the publication date.
Every case of the first, third and fifth test fails on main; the guards pass
on both."""
from __future__ import annotations

import datetime as dt

import pytest

from storyline.analyse.dates import resolve_dates
from storyline.analyse.dates_happenings import happening_word
from storyline.records import date_iso

JUNE = dt.date(2024, 6, 1)
MARCH = dt.date(2025, 3, 1)


def _dates(text, lang, pub):
    return sorted(date_iso(m.value, m.precision) for m in resolve_dates(text, pub, lang))


@pytest.mark.parametrize("lang,word", [
    ("de", "Brandenburg"), ("de", "Brandung"), ("de", "Brandon"), ("en", "eventually"),
    ("en", "Quaker"), ("en", "blaster"), ("ru", "пожарной"), ("ru", "Пожарные"),
    ("es", "golpeó"), ("it", "fattibilità"), ("el", "σεισμικό"),
])
def test_a_word_a_five_letter_stem_only_begins_is_no_happening(lang, word):
    assert not happening_word(lang, word)


@pytest.mark.parametrize("lang,word", [
    ("de", "Brand"), ("de", "Brände"), ("de", "Brandursache"), ("de", "Brandanschlag"),
    ("en", "crashes"), ("en", "flooding"), ("en", "floodwaters"), ("en", "events"),
    ("ru", "пожаров"), ("ru", "взрыва"), ("el", "σεισμός"), ("el", "εκρήξεις"),
    ("es", "golpes"), ("ar", "تفجيرات"), ("he", "פיגועים"),
])
def test_a_five_letter_stem_its_forms_and_german_compounds_are_happenings(lang, word):
    assert happening_word(lang, word)


@pytest.mark.parametrize("text,lang,want", [
    ("Die Ergebnisse aus Brandenburg vom 22. September werden mit Spannung erwartet.", "de", ["2024-09-22"]),
    ("Пожарные 15 июля проведут учения в Казани.", "ru", ["2024-07-15"]),
    ("Lo studio di fattibilità del 30 settembre sarà presentato in Parlamento.", "it", ["2024-09-30"]),
])
def test_a_date_after_a_word_a_stem_begins_keeps_the_clause_tense(text, lang, want):
    assert _dates(text, lang, JUNE) == want


def test_a_date_after_a_fire_is_still_past():
    assert _dates("Die Ermittler werden die Brandursache vom 19. Juli neu untersuchen.", "de",
                  dt.date(2024, 5, 10)) == ["2023-07-19"]


@pytest.mark.parametrize("text,lang", [
    ("In 2024 dollars, the dam will cost $5bn to build.", "en"),
    ("In 2024 dollar terms, wages fell 2% over the decade.", "en"),
    ("In 2010 terms, that is $5bn.", "en"),
    ("En dollars de 2024, le coût du barrage a doublé.", "fr"),
    ("En dólares de 2024, el costo de la presa se duplicó.", "es"),
    ("In dollari del 2024 il costo della diga è raddoppiato.", "it"),
    ("In Dollar von 2015 gerechnet sank der Lohn.", "de"),
])
def test_a_price_basis_year_is_no_date(text, lang):
    assert _dates(text, lang, MARCH) == []


@pytest.mark.parametrize("text,lang,want", [
    ("In 2024 dollars were scarce in Lebanon.", "en", ["2024"]),  # a verb after the money: the year opens the clause
    ("In 2024, dollars flowed into the fund.", "en", ["2024"]),
    ("In 2024 prices rose faster than wages.", "en", ["2024"]),
    ("Prices rose 3% in 2024 $ terms, the report said.", "en", []),  # the sign: an amount on main too
])
def test_a_year_before_money_and_a_verb_stays_a_year(text, lang, want):
    assert _dates(text, lang, MARCH) == want
