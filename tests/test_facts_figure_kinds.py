"""Two figures are one only when what they measure does not differ.

Why: the demo's ECB 2024 event lent the German "Seit der letzten
Zinserhöhung … sei die Teuerung um mehr als 2,5 Prozentpunkte gesunken" (a fall
in points) to the French inflation forecast ("l'inflation atteindrait 2,5 %")
on a "shared" 2.5: a figure counted as shared whatever its unit.  A figure
whose unit the sentence does not say (a plain count) may still be any.
"""
from __future__ import annotations

import pytest

from conftest import demo_event_facts
from storyline.facts.agreement import kinds_agree, shares_number
from storyline.facts.claims import claim_sentences
from storyline.facts.disagreements import pair_conflicts
from storyline.facts.figures import numbers_in
from storyline.ingest.readers import from_record
from storyline.pipeline import analyse


def _claim(aid: str, lang: str, text: str, source: str):
    rec = {"id": aid, "title": text.split(".")[0][:60], "text": text, "lang": lang, "source": source,
           "published": "2024-06-06T10:00:00Z"}
    (claim,) = claim_sentences(analyse(from_record(rec, f"test:{aid}")), source)
    return claim


def test_points_are_not_a_percentage():
    fr = _claim("f1", "fr", "Selon la BCE, l'inflation atteindrait 2,5 % en moyenne cette année.", "Journal A")
    de_points = _claim("d1", "de", "Seit der letzten Zinserhöhung sei die Teuerung um mehr als 2,5 Prozentpunkte "
                                   "gesunken, sagte Lagarde.", "Zeitung B")
    de_percent = _claim("d2", "de", "Für dieses Jahr erwarten die Volkswirte der EZB nun 2,5 Prozent Inflation.",
                        "Zeitung B")
    assert not shares_number(fr, de_points)
    assert shares_number(fr, de_percent)


def test_kinds_in_the_demo_languages():
    def one(text: str, lang: str):
        (f,) = numbers_in(text, lang=lang)
        return f
    points = [one(t, l) for t, l in (("2.5 percentage points", "en"), ("2,5 points de pourcentage", "fr"),
                                     ("2,5 puntos porcentuales", "es"),
                                     ("на 2,5 процентного пункта", "ru"))]
    percent = [one(t, l) for t, l in (("2.5%", "en"), ("2,5 Prozent", "de"), ("2,5 процента", "ru"),
                                      ("2.5 प्रतिशत", "hi"))]
    assert all(kinds_agree(p, q) for p in points for q in points)
    assert all(kinds_agree(p, q) for p in percent for q in percent)
    assert not any(kinds_agree(p, q) for p in points for q in percent)
    dead, usd, eur = one("5,000 dead", "en"), one("$5,000", "en"), one("5 000 euros", "fr")
    assert not kinds_agree(dead, percent[0]) and not kinds_agree(usd, eur) and not kinds_agree(usd, dead)
    plain = one("die Rate lag bei 2,5", "de")  # no unit said: it may be any
    assert kinds_agree(plain, percent[1]) and kinds_agree(plain, points[0])


def test_points_percent_and_their_words_in_hindi_russian_and_spanish():
    def read(text: str, lang: str):
        return [(f.value, f.kind) for f in numbers_in(text, lang=lang)]
    # Hindi "अंक" is a point and a mark: points only as a change ("गिरी", "की कटौती"), basis points always
    assert read("महंगाई 2.5 प्रतिशत अंक गिरी", "hi") == [(2.5, "points")]
    assert read("महंगाई में 2.5 प्रतिशत अंकों की गिरावट आई", "hi") == [(2.5, "points")]
    assert read("छात्रा को परीक्षा में 90 प्रतिशत अंक मिले", "hi") == [(90.0, "percent")]
    assert read("रेपो दर में 25 आधार अंकों की कटौती", "hi") == [(0.25, "points")]
    # Russian abbreviations, dotted or spaced, and the full words with both taken as the unit
    assert read("ставка снижена на 2,5 п.п.", "ru") == [(2.5, "points")]
    assert read("на 0,25 п. п. до 16%", "ru") == [(0.25, "points"), (16.0, "percent")]
    assert read("на 25 б.п.", "ru") == [(0.25, "points")]
    (f,) = numbers_in("снизилась на 2,5 процентных пункта", lang="ru")
    assert (f.value, f.kind, f.written) == (2.5, "points", "2,5 процентных пункта")
    # the words of a figure's unit are no figure of their own: "ciento" is no count of 100
    assert read("la inflación bajó al 2,5 por ciento", "es") == [(2.5, "percent")]
    assert read("está cien por cien seguro", "es") == [(100.0, "percent")]


def test_a_planted_toll_conflict_across_languages_is_still_flagged():
    # a bound the other report's figure breaks ("at least 5,000" against 11,300 holds, no conflict
    # since h-facts28: test_facts_bounds.py)
    en = _claim("e1", "en", "At least 12,000 people died in the floods in Derna, officials said.", "Wire A")
    fr = _claim("f2", "fr", "Selon les autorités, les inondations ont fait 11 300 morts à Derna.", "Journal C")
    assert pair_conflicts(en, fr, names=1.0) == [("number", "12,000", "11,300")]


def test_demo_inflation_forecast_does_not_cite_a_fall_in_points():
    # lent across languages on meaning alone (0.53) until what the figures measure parted them
    # (agreement.measures_apart); the shared "2.5" had counted before kinds were read
    facts = demo_event_facts("ecb-cut-2024-06", 11).facts
    forecast = [f for f in facts if any(s.text.startswith("Les projections de la BCE") for s in f.supports)]
    assert forecast
    cited = {s.text for f in forecast for s in f.supports}
    assert not any(t.startswith("Seit der letzten Zinserhöhung") for t in cited)
