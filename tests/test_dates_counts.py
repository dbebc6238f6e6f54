"""Counted offsets with number words: the rules added for part 8 of the dates
sample (numbers 11-20 and the tens, 21-99 in one word or two, "a couple of",
Arabic and Hebrew teens and duals, forward words after the count, "from now"
words).  The sentences are written for these tests, not taken from the sample
or the dev files; every expected value is worked out by hand from the
publication date (weeks: tests/test_dates_weeks.py).
"""
from __future__ import annotations

import datetime as dt

import pytest

from storyline.analyse.dates import resolve_dates
from storyline.analyse.dates_lexicon import get_lexicon
from storyline.records import date_iso

PUB = dt.date(2025, 4, 30)  # Wednesday


def _dates(text, lang, pub=PUB):
    return [date_iso(m.value, m.precision) for m in resolve_dates(text, pub, lang)]


@pytest.mark.parametrize("text,lang,expected", [
    # 11-20 and the tens, each language
    ("Nineteen days ago the court froze the accounts.", "en", ["2025-04-11"]),
    ("Vor sechzehn Tagen brach das Feuer aus.", "de", ["2025-04-14"]),
    ("Il y a treize jours, le barrage a cédé.", "fr", ["2025-04-17"]),
    ("Hace diecisiete días desapareció el barco.", "es", ["2025-04-13"]),
    ("Sedici giorni fa è crollato il ponte.", "it", ["2025-04-14"]),
    ("Há catorze dias, o navio afundou.", "pt", ["2025-04-16"]),
    ("Восемнадцать дней назад рухнул мост.", "ru", ["2025-04-12"]),
    ("सोलह दिन पहले पुल गिर गया था।", "hi", ["2025-04-14"]),
    ("Před šestnácti dny se zřítil most.", "cs", ["2025-04-14"]),
    ("Πριν από δεκαέξι ημέρες κατέρρευσε η γέφυρα.", "el", ["2025-04-14"]),
    ("Sixty years ago the bridge opened.", "en", ["1965"]),
    ("Vor dreißig Jahren fiel die Entscheidung.", "de", ["1995"]),
    ("पचास साल पहले यह बांध बना था।", "hi", ["1975"]),
    ("Πριν από τριάντα χρόνια υπογράφηκε η συμφωνία.", "el", ["1995"]),
    # 21-99: tens and a unit in two words, or one
    ("Twenty-one days ago the talks broke down.", "en", ["2025-04-09"]),
    ("Hace treinta y cinco años cayó el régimen.", "es", ["1990"]),
    ("Há vinte e dois dias começou a greve.", "pt", ["2025-04-08"]),
    ("Il y a quatre-vingts ans, la guerre prenait fin en Europe.", "fr", ["1945"]),
    ("Vor fünfundzwanzig Jahren wurde der Euro eingeführt.", "de", ["2000"]),
    ("Trentacinque anni fa cadde il muro.", "it", ["1990"]),
    ("Hace veintitrés días comenzó la huelga.", "es", ["2025-04-07"]),
    ("Двадцать пять лет назад открылся театр.", "ru", ["2000"]),
    # Arabic and Hebrew teens (two words), tens with "and" written onto the unit, duals
    ("اندلعت الاحتجاجات قبل ثلاثة عشر يوما.", "ar", ["2025-04-17"]),
    ("قبل خمسة وعشرين عاما انسحب الجيش.", "ar", ["2000"]),
    ("לפני שלושה עשר ימים נפתחה החקירה.", "he", ["2025-04-17"]),
    ("לפני עשרים וחמש שנים נחתם ההסכם.", "he", ["2000"]),
    ("לפני שנתיים נבחר ראש העיר.", "he", ["2023"]),
    ("قبل شهرين استقال رئيس الوزراء.", "ar", ["2025-02"]),
    # "a couple of"
    ("The mayor resigned a couple of days ago.", "en", ["2025-04-28"]),
    ("Hace un par de días el río se desbordó.", "es", ["2025-04-28"]),
    ("Через пару дней откроется выставка.", "ru", ["2025-05-02"]),
    # forward: "بعد" before the count, "बाद" or "from now" after it; "and" written on "בעוד"
    ("ستبدأ المحادثات بعد ثلاثة أيام.", "ar", ["2025-05-03"]),
    ("चार दिन बाद मतदान होगा।", "hi", ["2025-05-04"]),
    ("The reactor will restart ten days from now.", "en", ["2025-05-10"]),
    ("השר נאם אתמול, ובעוד ארבעה ימים יתכנס הפרלמנט.", "he", ["2025-04-29", "2025-05-04"]),
])
def test_counted_offsets(text, lang, expected):
    assert _dates(text, lang) == expected


@pytest.mark.parametrize("text,lang", [
    # counted from another event, not from the report
    ("ستجرى الانتخابات بعد ثلاثة أيام من الاستفتاء.", "ar"),
    ("चुनाव के चार दिन बाद नतीजे आएंगे।", "hi"),
    # a forward word in a past sentence is "later" or a span
    ("चार दिन बाद उसकी मौत हो गई।", "hi"),
    # the demo's Pyongyang report: "came after 24 years" (a gap), not 2048
    ("पुतिन 24 साल बाद उत्तर कोरिया की यात्रा पर आए हैं.", "hi"),
    ("किम जोंग उन चार साल बाद रूस पहुंचे।", "hi"),
    ("For the second time in twelve days, the rebels shelled the port.", "en"),
    # "a few" is no count
    ("Vor ein paar Tagen kam es zu Protesten.", "de"),
])
def test_counts_that_give_no_date(text, lang):
    assert _dates(text, lang) == []


def test_semicolon_parts_keep_their_own_tense():
    """A past sentence before a semicolon does not make the next one's "in N
    days" a span; within one clause set it still does."""
    assert _dates("The envoy left Cairo; negotiators meet again in eleven days.", "en") == ["2025-05-11"]
    assert _dates("The envoy left Cairo and negotiators met again in eleven days.", "en") == []


def test_daqui_a_points_ahead_whatever_the_tense():
    """"daqui a" is "from now": never a span, even beside a past clause."""
    assert _dates("A final é daqui a doze dias, e o sorteio foi ontem.", "pt") == ["2025-05-12", "2025-04-29"]


def test_number_words_as_days_stay_days():
    """Hindi writes a day as its number word; a tens word past 31 is no day
    (the month alone is still read)."""
    lex = get_lexicon("hi")
    assert lex.numbers["बीस"] == 20 and lex.numbers["पचास"] == 50
    assert _dates("बीस मई को मतदान होगा।", "hi") == ["2025-05-20"]
    assert _dates("पचास मई को मतदान होगा।", "hi") == ["2025-05"]
