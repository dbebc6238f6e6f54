"""A day counted from a day the sentence names ("the previous day", "la veille",
"am Vortag", "накануне") is that day's neighbour, not the report's (issue 10,
h-dates12; storyline/analyse/dates_anchored.py).  The first two sentences are the
Wikinews dev file's (wn025-4, wn031-1, also in part 18 of the dates sample); the
others are written for these tests, each expected day worked out by hand from the
named day.  The report is dated Friday 12 November 2004, so a day counted from
the report (Thursday the 11th) differs from one counted from Wednesday the 10th."""
from __future__ import annotations

import datetime as dt

import pytest

from storyline.analyse.dates import resolve_dates
from storyline.analyse.dates_anchored import anchored_phrases

FRI = dt.date(2004, 11, 12)


def _said(text, lang, pub=FRI):
    return [(m.text, m.value.isoformat()) for m in resolve_dates(text, pub, lang)]


def test_wikinews_submarine_entered_the_day_before_the_thursday_named():
    text = ("Japan on Thursday continued tracking an unidentified submarine that entered its "
            "territorial waters off Okinawa the previous day.")
    assert _said(text, "en") == [("Thursday", "2004-11-11"), ("the previous day", "2004-11-10")]


def test_wikinews_hosts_suspended_the_day_after_the_date_named():
    text = ("The bogus report that smoking in cars also was banned was aired Nov. 10, and three "
            "morning show hosts were suspended the following day.")
    assert _said(text, "en", dt.date(2004, 11, 18)) == [("Nov. 10", "2004-11-10"),
                                                        ("the following day", "2004-11-11")]


@pytest.mark.parametrize("lang,text,phrase,day", [
    ("en", "He resigned on Wednesday, and the day before, he had denied it.", "the day before", "2004-11-09"),
    ("en", "He resigned on Wednesday and left the country the next day.", "the next day", "2004-11-11"),
    ("fr", "Mercredi, il a démissionné ; la veille, il avait démenti.", "la veille", "2004-11-09"),
    ("fr", "Il est arrivé mercredi et il est reparti le lendemain.", "le lendemain", "2004-11-11"),
    ("de", "Am Mittwoch trat er zurück, am Vortag hatte er noch dementiert.", "am Vortag", "2004-11-09"),
    ("de", "Er kam am Mittwoch an und reiste am Tag darauf weiter.", "am Tag darauf", "2004-11-11"),
    ("es", "El miércoles dimitió; el día anterior lo había negado.", "el día anterior", "2004-11-09"),
    ("es", "Llegó el miércoles y al día siguiente se fue.", "al día siguiente", "2004-11-11"),
    ("it", "Mercoledì il presidente è arrivato; il giorno prima aveva incontrato il ministro.",
     "il giorno prima", "2004-11-09"),
    ("pt", "Na quarta-feira o presidente chegou; na véspera tinha encontrado o ministro.",
     "na véspera", "2004-11-09"),
    ("ru", "В среду президент прибыл, а накануне встретился с министром.", "накануне", "2004-11-09"),
    ("ru", "В среду президент прибыл в Москву, а на следующий день улетел.", "на следующий день",
     "2004-11-11"),
    ("uk", "У середу президент прибув до Києва, а напередодні зустрівся з міністром.", "напередодні",
     "2004-11-09"),
    ("ar", "وصل الرئيس يوم الأربعاء بعد أن التقى في اليوم السابق بوزير الخارجية.", "اليوم السابق",
     "2004-11-09"),
    ("hi", "बुधवार को राष्ट्रपति पहुंचे, एक दिन पहले उन्होंने मंत्री से मुलाकात की थी।", "एक दिन पहले",
     "2004-11-09"),
])
def test_counted_from_the_day_named_before_it(lang, text, phrase, day):
    assert (phrase, day) in _said(text, lang)


def test_a_second_count_starts_from_the_named_day_not_from_the_first_count():
    said = _said("El miércoles dimitió; el día anterior lo había negado y al día siguiente se fue.", "es")
    assert said == [("miércoles", "2004-11-10"), ("el día anterior", "2004-11-09"),
                    ("al día siguiente", "2004-11-11")]


@pytest.mark.parametrize("lang,text", [
    ("en", "She disappeared from her home the day before Christmas 2002."),
    ("fr", "Mercredi, à la veille du vote de jeudi, il a démissionné."),
    ("fr", "Le président a déclaré mercredi que le lendemain de la catastrophe était inimaginable."),
    ("de", "Am Mittwoch, am Vortag der Wahl, trat er zurück."),
    ("it", "Mercoledì, il giorno dopo la strage, il presidente è arrivato."),
    ("ru", "В среду, накануне выборов, президент выступил."),
    ("uk", "У середу, напередодні виборів, президент прибув до Києва."),
    ("ar", "وصل الرئيس يوم الأربعاء في اليوم السابق للانتخابات."),
    ("hi", "बुधवार को राष्ट्रपति पहुंचे, चुनाव से एक दिन पहले।"),
    ("en", "On Monday doctors said patients will die in the next day or two."),
])
def test_a_day_before_or_after_something_else_is_no_count(lang, text):
    assert anchored_phrases(text, lang) == []


def test_without_a_named_day_in_its_sentence_the_phrase_keeps_its_old_reading():
    # English, French …: not a date; Arabic "اليوم السابق": the day before the report, as before
    assert _said("The submarine entered the waters the previous day.", "en") == []
    assert _said("التقى الرئيس في اليوم السابق بوزير الخارجية.", "ar") == [("اليوم السابق", "2004-11-11")]
