"""Years after a word meaning "for" ("für 2024", "pour 2025", "pro 2024"),
singular articles before a year ("entro il 2028"), two-word range links
("od 1948 až do 1989", "de 2017 jusqu'à 2022") and ranges after a plural
year word ("entre los años 1990 y 2000") [h-dates7] (part 15 of the dates
sample).  The sentences are written for these tests, not taken from the
sample; each expected value is worked out by hand from the publication date."""
from __future__ import annotations

import datetime as dt

import pytest

from storyline.analyse.dates import resolve_dates
from storyline.records import date_iso

PUB = dt.date(2024, 10, 2)


def _dates(text, lang, pub=PUB):
    return sorted(date_iso(m.value, m.precision) for m in resolve_dates(text, pub, lang))


@pytest.mark.parametrize("text,lang,want", [
    ("Die Ökonomen heben ihre Prognose für 2025 an.", "de", ["2025"]),
    ("Für 2027 kündigt der Konzern neue Modelle an.", "de", ["2027"]),
    ("Die Ziele für 2025 und 2026 bleiben bestehen.", "de", ["2025", "2026"]),
    ("L'Insee relève sa prévision pour 2025.", "fr", ["2025"]),
    ("Les objectifs pour 2025 et 2026 restent inchangés.", "fr", ["2025", "2026"]),
    ("Le pays veut sortir du nucléaire d'ici 2035.", "fr", ["2035"]),
    ("La CEPAL mejora su pronóstico para 2025.", "es", ["2025"]),
    ("La Banca d'Italia alza la stima per il 2025.", "it", ["2025"]),
    ("La Germania chiuderà le centrali entro il 2038.", "it", ["2038"]),
    ("Le stime per il 2025 e il 2026 sono peggiorate.", "it", ["2025", "2026"]),
    ("El paro bajará en el 2025, según el informe.", "es", ["2025"]),
    ("Ministerstvo počítá pro 2025 se schodkem.", "cs", ["2025"]),
    ("Plán na 2026 vláda odložila.", "cs", ["2026"]),
    ("Zákaz platí až do 2035.", "cs", ["2035"]),
    ("Η ΕΚΤ αναθεώρησε τις εκτιμήσεις για 2025.", "el", ["2025"]),
    ("האוצר עדכן את התחזית ל-2025.", "he", ["2025"]),
    ("התוכנית עבור 2026 נדחתה.", "he", ["2026"]),
    ("تعهدت الدولة بخفض الانبعاثات بحلول 2035.", "ar", ["2035"]),
    ("رفع البنك توقعاته للعام 2025.", "ar", ["2025"]),
    ("رفع البنك توقعاته لـ2025.", "ar", ["2025"]),
])
def test_a_year_after_a_for_word_is_a_year(text, lang, want):
    assert _dates(text, lang) == want


@pytest.mark.parametrize("text,lang", [
    # a counted noun after the number
    ("Das Zelt bietet Platz für 2025 Gäste und Helfer.", "de"),
    ("Die Karten kosten zusammen für 2025 Euro.", "de"),
    ("Le gymnase sert de refuge pour 2025 personnes.", "fr"),
    ("Se prepararon raciones para 2025 personas.", "es"),
    ("La sala ha posti per 2025 spettatori.", "it"),
    ("Hala má místa pro 2025 diváků.", "cs"),
    ("Index vzrostl na 2025 bodů.", "cs"),
    ("Sleva až do 2025 korun platí do konce měsíce.", "cs"),
    ("Το θέατρο έχει θέσεις για 2025 θεατές.", "el"),
    ("המדד עלה ל-2025 נקודות.", "he"),
    ("تتسع الخيمة لـ2025 شخصا.", "ar"),
    # a currency or percent sign after the number
    ("Das Jahresticket kostet für 2025 € mehr.", "de"),
    ("Le forfait est vendu pour 2025 € par an.", "fr"),
    ("The tickets were sold for 2025 $ each.", "en"),
    # a range of counts with a two-word link
    ("Demonstrace se zúčastnilo od 1900 až do 2000 lidí.", "cs"),
    ("Le concert a réuni de 1900 jusqu'à 2000 personnes.", "fr"),
    # a number far from the report's year after a word that also takes amounts
    ("Er kaufte das Bild für 1985 Franken.", "de"),
    ("Il a vendu la voiture pour 1990 francs suisses.", "fr"),
    # decades in French and Italian, as before
    ("Entre les années 1960 et 1970, la ville a doublé.", "fr"),
])
def test_a_count_or_a_far_number_after_a_for_word_is_no_year(text, lang):
    assert _dates(text, lang) == []


def test_without_a_report_date_a_for_year_is_not_read():
    """Near to which year?  An undated text keeps only the years a year word marks."""
    assert _dates("Die Prognose für 2025 steigt.", "de", pub=None) == []
    assert _dates("Die Prognose für das Jahr 2025 steigt.", "de", pub=None) == ["2025"]


@pytest.mark.parametrize("text,lang", [
    ("Komunisté vládli od 1948 až do 1989.", "cs"),
    ("Il a présidé le club de 1948 jusqu'à 1989.", "fr"),
    ("Entre los años 1950 y 1990 el pueblo perdió la mitad de sus vecinos.", "es"),
    ("Entre los años 1948 y 1989 el partido gobernó solo.", "es"),
    ("Entre os anos 1950 e 1990 a aldeia perdeu metade dos habitantes.", "pt"),
    ("בין השנים 1950 ל-1990 הוכפלה האוכלוסייה.", "he"),
    ("Μεταξύ των ετών 1950 και 1990 ο πληθυσμός μειώθηκε.", "el"),
])
def test_ranges_with_two_word_links_or_a_plural_year_word(text, lang):
    want = ["1948", "1989"] if "1948" in text else ["1950", "1990"]
    assert _dates(text, lang) == want


def test_czech_pro_is_for_not_december():
    """dateparser lists "pro" as December's abbreviation; it is the word "for"."""
    assert _dates("Vláda schválila plán pro 2025.", "cs") == ["2025"]
    assert _dates("Stadion má místa pro 2025 fanoušků.", "cs") == []
    assert _dates("Volby se konaly 5. prosince 2023.", "cs") == ["2023-12-05"]


@pytest.mark.parametrize("text,want", [
    ("W 2019 roku firma zbankrutowała.", ["2019"]),
    ("Ustawa weszła w życie w 2021 r.", ["2021"]),
    ("W roku 2022 ceny wzrosły.", ["2022"]),
    ("Ministerstwo przygotowało budżet na 2025 i 2026.", ["2025", "2026"]),
    ("Od 1952 do 1989 roku fabryka należała do państwa.", ["1952", "1989"]),
    ("Między 1952 a 1989 rokiem fabryka należała do państwa.", ["1952", "1989"]),
    ("Ulga obowiązuje aż do 2027.", ["2027"]),
    ("Koncert odbył się 21 września w Gdańsku.", ["2024-09-21"]),
    ("Związkowcy mają dość obietnic rządu.", []),
    ("Zbiórka dla 2025 osób zakończyła się sukcesem.", []),
])
def test_polish_years_and_words_folded_onto_months(text, want):
    """Polish writes "w 2019 roku"; "się" is no August ("sie") and "mają" (they have) no May ("maja")."""
    assert _dates(text, "pl") == want
