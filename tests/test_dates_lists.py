"""Years in a list sharing one year word, a date that names a happening, and
Arabic pasts with no affix [h-dates4] (part 12 of the dates sample).  The
sentences are written for these tests, not taken from the sample; every
expected value is a calendar fact worked out by hand from the publication
date."""
from __future__ import annotations

import datetime as dt

import pytest

from storyline.analyse.dates import resolve_dates
from storyline.records import date_iso

D = dt.date
MAY = D(2024, 5, 16)  # Thursday: the nearer 10 July is two months ahead
THU = D(2024, 6, 13)  # Thursday: the nearer Saturday is the 15th, the nearer Friday the 14th


def _dates(text, lang, pub=MAY):
    return sorted(date_iso(m.value, m.precision) for m in resolve_dates(text, pub, lang))


@pytest.mark.parametrize("text,lang,expected", [
    ("Архивы 1937 и 1953 годов открыли для историков.", "ru", ["1937", "1953"]),
    ("В 2004, 2008 и 2014 годах команда выигрывала кубок.", "ru", ["2004", "2008", "2014"]),
    ("The dam failed in 1976 and 1989, engineers said.", "en", ["1976", "1989"]),
    ("Die Wahlen der Jahre 1998 und 2005 wurden angefochten.", "de", ["1998", "2005"]),
    ("Les inondations des années 1953 et 1999 restent dans les mémoires.", "fr", ["1953", "1999"]),
    ("Negli anni 1985 e 2003 la squadra vinse lo scudetto.", "it", ["1985", "2003"]),
    ("V letech 1997 a 2002 zaplavila voda Moravu.", "cs", ["1997", "2002"]),
    ("Τα έτη 1981 και 2004 ήταν σημαντικά για τη χώρα.", "el", ["1981", "2004"]),
    ("בשנים 1982 ו-2006 פרצו מלחמות בלבנון.", "he", ["1982", "2006"]),
    ("جرت الانتخابات في عامي 2005 و2009.", "ar", ["2005", "2009"]),
])
def test_a_list_of_years_sharing_one_year_word_gives_each_year(text, lang, expected):
    assert _dates(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", [
    # decades, not years: a plural year word before round years alone
    ("Les années 1960 et 1970 ont changé la musique.", "fr", []),
    ("Negli anni 2000 la città è cresciuta.", "it", []),
    # numbers joined by "and" with no year word
    ("На два митинга пришли 1500 и 2000 человек.", "ru", []),
    ("Zwei Demos zählten 1500 und 2000 Teilnehmer.", "de", []),
])
def test_a_list_without_a_year_word_or_of_decades_gives_no_year(text, lang, expected):
    assert _dates(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("A new inquiry will look into the events of 10 July.", "en", ["2023-07-10"]),
    ("Survivors of the 10 July bombings will testify next month.", "en", ["2023-07-10", "2024-06"]),
    ("Le procès de l'attentat du 10 juillet s'ouvrira à Paris.", "fr", ["2023-07-10"]),
    ("Die Opfer des Erdbebens vom 10. Juli werden entschädigt.", "de", ["2023-07-10"]),
    ("Las víctimas del incendio del 10 de julio recibirán ayudas.", "es", ["2023-07-10"]),
    ("Суд рассмотрит дело о взрыве 10 июля.", "ru", ["2023-07-10"]),
    ("Komise prošetří výbuch ze 10. července.", "cs", ["2023-07-10"]),
    ("ستحقق اللجنة في تفجير 10 يوليو.", "ar", ["2023-07-10"]),
    ("10 जुलाई के धमाकों की जांच होगी।", "hi", ["2023-07-10"]),
])
def test_a_date_naming_a_happening_is_past_whatever_the_verb(text, lang, expected):
    assert _dates(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", [
    # planned happenings keep the clause's lean: the coming 10 July
    ("The summit of 10 July will be held in Vilnius.", "en", ["2024-07-10"]),
    ("Le sommet du 10 juillet se tiendra à Vilnius.", "fr", ["2024-07-10"]),
    # a happening noun not linked to the date: the clause's future decides
    ("On 10 July attacks will resume, the rebels warned.", "en", ["2024-07-10"]),
    ("The club will hold events 10 July in the park.", "en", ["2024-07-10"]),
])
def test_a_planned_or_unlinked_happening_keeps_its_clause(text, lang, expected):
    assert _dates(text, lang) == expected


@pytest.mark.parametrize("text,expected", [
    ("انسحب الجيش من المدينة يوم السبت.", ["2024-06-08"]),       # Form VII
    ("اجتمع الوزراء في القاهرة يوم الجمعة.", ["2024-06-07"]),      # Form VIII
    ("استهدف القصف المستشفى يوم السبت.", ["2024-06-08"]),          # Form X
    ("وعقد الطرفان جولة جديدة يوم الجمعة.", ["2024-06-07"]),       # "و" written on
    ("قد توقف العمل في الميناء يوم السبت.", ["2024-06-08"]),        # after "قد"
])
def test_an_arabic_past_without_affix_is_past(text, expected):
    assert _dates(text, "ar", THU) == expected


@pytest.mark.parametrize("text,expected", [
    ("يعقد المجلس جلسته يوم السبت.", ["2024-06-15"]),     # imperfect: the nearer day
    ("مؤتمر السلام يوم السبت في جنيف.", ["2024-06-15"]),   # a noun opens the sentence
    ("وزير الخارجية في جنيف يوم السبت.", ["2024-06-15"]),   # a construct noun, no verb
])
def test_an_arabic_present_or_noun_is_no_past(text, expected):
    assert _dates(text, "ar", THU) == expected
