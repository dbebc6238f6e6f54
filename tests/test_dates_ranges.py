"""Ranges of years that a range word opens ("tra il 1990 e il 2000", "od 1952
do 1991", "Между 1991 и 1999 годами") and Arabic pasts ending in "ى"
("ألقى", "أعطى", "بنى") [h-dates6] (part 14 of the dates sample).  The
sentences are written for these tests, not taken from the sample; each
expected value is worked out by hand from the publication date."""
from __future__ import annotations

import datetime as dt

import pytest

from storyline.analyse.dates import resolve_dates
from storyline.records import date_iso

THU = dt.date(2024, 6, 13)  # a Thursday: the coming Friday-Sunday are nearer than the last


def _dates(text, lang, pub=THU):
    return sorted(date_iso(m.value, m.precision) for m in resolve_dates(text, pub, lang))


@pytest.mark.parametrize("text,lang", [
    ("Tra il 1978 e il 1983 ha vissuto a Londra.", "it"),
    ("Fra il 1978 e il 1983 insegnò a Bologna.", "it"),
    ("Tra il 1978 ed il 1983 la fabbrica rimase chiusa.", "it"),
    ("Entre el 1978 y el 1983 dirigió la orquesta.", "es"),
    ("De 1978 à 1983, il a dirigé le journal.", "fr"),
    ("Muzeum bylo zavřené od 1978 do 1983.", "cs"),
    ("Od roku 1978 do 1983 žil v Brně.", "cs"),
    ("V letech 1978 až 1983 působil v Praze.", "cs"),
    ("Mezi lety 1978 a 1983 vedl klub.", "cs"),
    ("Между 1978 и 1983 годами он жил в Ленинграде.", "ru"),
    ("Μεταξύ 1978 και 1983 έζησε στην Αθήνα.", "el"),
    ("בין 1978 ל-1983 הוא גר בחיפה.", "he"),
    ("מ-1978 ועד 1983 הוא לימד באוניברסיטה.", "he"),
    ("بين 1978 و1983 عاش في القاهرة.", "ar"),
    ("من 1978 وحتى 1983 عمل في الصحيفة.", "ar"),
])
def test_both_ends_of_a_range_of_years_are_years(text, lang):
    assert _dates(text, lang) == ["1978", "1983"]


@pytest.mark.parametrize("text,lang", [
    # a range of counts: a counted noun (or a unit) after its last number
    ("Il biglietto costa tra i 1900 e i 2000 euro.", "it"),
    ("Trasa stoupá od 1950 do 2050 metrů nad mořem.", "cs"),
    ("Nájem stál od 1900 do 2000 korun.", "cs"),
    ("Η τιμή κυμαίνεται μεταξύ 1900 και 2000 ευρώ.", "el"),
    ("Le loyer passe de 1900 à 2100 euros.", "fr"),
    ("شارك بين 1900 و2000 متظاهر في المسيرة.", "ar"),
    # falling numbers are no span of years
    ("Il numero è sceso da 2000 a 1900.", "it"),
    ("Počet klesl od 2000 do 1950.", "cs"),
    ("The number of beds fell from 2000 to 1900.", "en"),
    ("Число мест сократилось с 2000 до 1900.", "ru"),
])
def test_a_range_of_counts_or_a_falling_range_is_no_year(text, lang):
    assert _dates(text, lang) == []


@pytest.mark.parametrize("text,lang,expected", [
    # "les années 1960 et 1970", "gli anni 1960": the decades, where the
    # plural year word also names a decade
    ("Entre les années 1960 et 1970, la ville a doublé.", "fr", []),
    ("La moda degli anni 1960 e 1970 torna.", "it", []),
    # elsewhere a plural year word before round years names the years
    ("The census was taken in the years 1980 and 1990.", "en", ["1980", "1990"]),
    ("בין השנים 1980 ו-1990 נבנו שכונות חדשות.", "he", ["1980", "1990"]),
])
def test_plural_year_words_name_decades_only_in_romance(text, lang, expected):
    assert _dates(text, lang) == expected


@pytest.mark.parametrize("text,expected", [
    ("ألقى الوزير كلمة في المؤتمر يوم الجمعة.", ["2024-06-07"]),
    ("أعطى المدرب اللاعبين إجازة يوم السبت.", ["2024-06-08"]),
    ("بنى المتطوعون جسرا يوم الأحد.", ["2024-06-09"]),
    ("ألغى المجلس القرار يوم الجمعة.", ["2024-06-07"]),
    ("وأجرى الفريق تدريبا يوم السبت.", ["2024-06-08"]),
    ("اشترى النادي ملعبا جديدا يوم الجمعة.", ["2024-06-07"]),
    ("استدعى القاضي الشهود يوم السبت.", ["2024-06-08"]),
    ("تولى الرئيس الجديد منصبه يوم الأحد.", ["2024-06-09"]),
])
def test_an_arabic_past_ending_in_alif_maqsura_is_past(text, expected):
    assert _dates(text, "ar") == expected


@pytest.mark.parametrize("text,expected", [
    # nouns, elatives and names of those shapes keep the nearer, coming day
    ("أعلى محكمة في البلاد تنظر في الطعن يوم السبت.", ["2024-06-15"]),
    ("قوى المعارضة تتظاهر يوم الجمعة.", ["2024-06-14"]),
    ("مدى الضرر يتضح يوم السبت.", ["2024-06-15"]),
    ("سامى يلعب مع فريقه يوم الأحد.", ["2024-06-16"]),
    ("تبقى المحلات مغلقة يوم السبت.", ["2024-06-15"]),
])
def test_an_arabic_noun_or_present_ending_in_alif_maqsura_is_no_past(text, expected):
    assert _dates(text, "ar") == expected
