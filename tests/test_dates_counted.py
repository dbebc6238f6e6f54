"""A number (or range of numbers) right before a counted noun is a count, not
a year, even after a preposition that marks years [h-dates5] (part 13 of the
dates sample).  The sentences are written for these tests, not taken from the
sample; each expected value is worked out by hand from the publication date."""
from __future__ import annotations

import datetime as dt

import pytest

from storyline.analyse.dates import resolve_dates
from storyline.records import date_iso

TUE = dt.date(2024, 3, 12)  # a Tuesday: its Saturday is the 9th


def _dates(text, lang, pub=TUE):
    return sorted(date_iso(m.value, m.precision) for m in resolve_dates(text, pub, lang))


@pytest.mark.parametrize("text,lang", [
    ("Police estimated between 1600 and 2100 marchers in the capital.", "en"),
    ("The storm damaged from 1300 to 1700 houses along the coast.", "en"),
    ("Organisers expected 1200-1500 participants at the rally.", "en"),
    ("Up to 1900 troops will join the exercise.", "en"),
    ("На площадь пришли от 1300 до 1900 человек.", "ru"),
    ("Zwischen 1200 und 1700 Menschen kamen von 1300 Haushalten.", "de"),
    ("Entre 1400 et 1800 personnes ont défilé dans la ville.", "fr"),
    ("La marcha reunió de 1600 a 1900 manifestantes.", "es"),
    ("Il corteo contava da 1300 a 1700 persone.", "it"),
    ("O protesto juntou de 1400 a 1900 pessoas.", "pt"),
    ("قتل من 1100 إلى 1300 شخص في الفيضانات.", "ar"),
    ("השתתפו עד 1900 מפגינים בעצרת.", "he"),
    ("Die Polizei ermittelt wegen der Unterschlagung von 2000 Euro.", "de"),
])
def test_a_number_before_a_counted_noun_is_no_year(text, lang):
    assert _dates(text, lang) == []


def test_a_range_of_counts_keeps_the_other_dates_of_the_sentence():
    assert _dates("Between 1500 and 2000 protesters gathered on Saturday.", "en") == ["2024-03-09"]


@pytest.mark.parametrize("text,lang,expected", [
    # Real years stay: no counted noun, or a comma before the noun.
    ("Between 1990 and 2000, the town grew by a third.", "en", ["1990", "2000"]),
    ("In 2000, people voted for the first time.", "en", ["2000"]),
    ("Entre 1990 et 2000, la ville a doublé.", "fr", ["1990", "2000"]),
    # English: one number right after the clause's opening preposition is the year.
    ("In 2000 people voted for the first time in a free election.", "en", ["2000"]),
    ("By 2030 students will need a degree to teach.", "en", ["2030"]),
    # ... and so is a range there, unless all its ends are round hundreds.
    ("From 2005 to 2010 cases rose by a third.", "en", ["2005", "2010"]),
    # A word that takes only a time keeps the year whatever follows.
    ("Coming back for the first time since 1994 fans packed the road.", "en", ["1994"]),
    ("Depuis 2010 emplois et salaires stagnent.", "fr", ["2010"]),
    # German "zwischen" marks years as "between" does; the Arabic dual "عامي"
    # (the two years) names no decades, even when both years are round tens.
    ("Zwischen 1990 und 2000 wuchs die Stadt um ein Drittel.", "de", ["1990", "2000"]),
    ("بين عامي 1990 و2000 تضاعف عدد السكان.", "ar", ["1990", "2000"]),
])
def test_years_stay_where_the_number_cannot_count(text, lang, expected):
    assert _dates(text, lang) == expected


def test_mid_sentence_in_before_a_counted_noun_is_a_count():
    assert _dates("Power was cut in 1800 homes on Tuesday.", "en") == ["2024-03-12"]


def test_an_expression_read_across_a_sentence_end_does_not_crash():
    """"esta. Lunes" is read as one expression past the sentence's period; the
    clause bound used to look past the sentence and raise ValueError."""
    text = ("El jefe dijo que la emergencia era de esta am de esta. "
            "Lunes, 27 de enero en San Rafael de Quepos.")
    assert "2020-01-27" in _dates(text, "es", dt.date(2020, 6, 1))
