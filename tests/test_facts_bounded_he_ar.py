"""Hebrew and Arabic "more than / at least / about N" are figures, rounded as the English ones (issue 12).

Hebrew joins a prefix letter to a figure with a hyphen ("יותר מ-5,000", more
than 5,000; "כ-300", about 300), and the figure reader took any figure after a
hyphen for part of a name ("COVID-19"): the sentence had no figure, so its
toll never disputed "11,300 dead".  And neither language's words of rounding
were known, so Arabic "نحو 11000" (about 11,000) disputed an English 11,300 as
an exact count would.  The real analyser, claim split and sentence model.
"""
from __future__ import annotations

import pytest

from storyline.embed import shared_embedder
from storyline.facts.claims import claim_sentences
from storyline.facts.disagreements import pair_conflicts
from storyline.facts.event import build_event_facts
from storyline.facts.figures import numbers_in
from storyline.facts.model import CONFLICTING

from test_facts import _article

TOLL_EN = {"id": "q1", "source": "wire.example", "lang": "en", "date": "2023-09-10", "title": "Morocco earthquake",
           "text": "The earthquake in Morocco killed 11,300 people, officials said on Sunday."}
TOLL_HE = {"id": "q2", "source": "news.example.il", "lang": "he", "date": "2023-09-10", "title": "רעידת אדמה במרוקו",
           "text": "יותר מ-5,000 בני אדם נהרגו ברעידת האדמה במרוקו, כך מסרו הרשויות ביום ראשון."}
TOLL_AR = {"id": "q3", "source": "news.example.ae", "lang": "ar", "date": "2023-09-10", "title": "زلزال المغرب",
           "text": "لقي نحو 11000 شخص حتفهم في الزلزال الذي ضرب المغرب، بحسب السلطات يوم الأحد."}


@pytest.mark.parametrize("text,lang", [
    ("יותר מ-5,000 בני אדם נהרגו", "he"),  # more than, the figure after "מ-"
    ("יותר מ\u05be5,000 בני אדם נהרגו", "he"),  # a maqaf for the hyphen
    ("לפחות 5,000 הרוגים", "he"),  # at least
    ("5,000 הרוגים לפחות", "he"),  # at least, after the noun
    ("מעל 5,000 הרוגים", "he"),  # over
    ("כ-5,000 הרוגים", "he"),  # about: the prefix "כ-"
    ("קרוב ל-5,000 הרוגים", "he"),  # close to
    ("لقي أكثر من 5000 شخص حتفهم", "ar"),  # more than
    ("ما لا يقل عن 5000 قتيل", "ar"),  # no fewer than
    ("5000 قتيل على الأقل", "ar"),  # at least, after the noun
    ("حوالي ٥٠٠٠ قتيل", "ar"),  # about, Arabic-Indic digits
    ("ارتفعت الحصيلة بنحو 5000 قتيل", "ar"),  # by about: "ب" glued to "نحو"
    ("قرابة 5000 قتيل", "ar"),  # nearly
    ("more than 5,000 dead", "en"),  # the English form they now read as
])
def test_bounded_figure_is_read_and_rounded(text, lang):
    assert [(f.value, f.approximate) for f in numbers_in(text, lang=lang)] == [(5000.0, True)], text


@pytest.mark.parametrize("text,lang,values", [
    ("נהרגו 5,000 בני אדם", "he", [5000.0]),  # a plain figure stays exact
    ("قتل 5000 شخص", "ar", [5000.0]),
    ("COVID-19 hit Chandrayaan-3 and a 12-year plan", "en", []),  # a Latin name's hyphen still no figure
    ("הנשיא נבחר ב-2023, ו-120 בתי ספר נסגרו", "he", [120.0]),  # a year after "ב-" is the dates' business
])
def test_plain_figures_stay_exact(text, lang, values):
    figures = numbers_in(text, lang=lang)
    assert [f.value for f in figures] == values and not any(f.approximate for f in figures), figures


def test_hebrew_dates_after_a_prefix_are_no_counts():
    """"ב-15 בספטמבר" (on 15 September) is a date the date stage resolves, so no count of 15."""
    rec = {"id": "q4", "source": "news2.example.il", "lang": "he", "date": "2023-09-18", "title": "רעידת אדמה",
           "text": "רעידת האדמה פגעה במרוקו ב-8 בספטמבר, וב-15 בספטמבר נפתחו מחדש 120 בתי ספר, כך נמסר."}
    claim = claim_sentences(_article(rec), rec["source"])[0]
    assert [f.value for f in claim.numbers] == [120.0] and "2023-09-15" in claim.dates


def test_hebrew_lower_bound_disputes_an_english_toll():
    """Issue 12's own example, "at least 5,000 dead" against "11,300 dead", with the bound in Hebrew."""
    en = claim_sentences(_article(TOLL_EN), "wire")[0]
    he = claim_sentences(_article(TOLL_HE), "news")[0]
    assert ("number", "11,300", "5,000") in pair_conflicts(en, he, names=0.0)
    ef = build_event_facts(1, [_article(r) for r in (TOLL_EN, TOLL_HE)], shared_embedder())
    toll = [f for f in ef.facts if {s.lang for s in f.supports} == {"en", "he"}]
    assert toll and toll[0].label == CONFLICTING, [(f.supports, f.label) for f in ef.facts]
    assert [[s.value for s in c.sides] for c in toll[0].conflicts] == [["11,300", "5,000"]]


def test_arabic_about_is_a_rounding_not_a_dispute():
    """"نحو 11000" (about 11,000) and "11,300" are one toll, as "about 11,000" and "11,300" are (5 %)."""
    en = claim_sentences(_article(TOLL_EN), "wire")[0]
    ar = claim_sentences(_article(TOLL_AR), "news")[0]
    assert [(f.value, f.approximate) for f in ar.numbers] == [(11000.0, True)]
    assert not [k for k in pair_conflicts(en, ar, names=0.0) if k[0] == "number"]
    he = claim_sentences(_article(TOLL_HE), "news")[0]
    assert ("number", "5,000", "11,000") in pair_conflicts(he, ar, names=0.0)  # a bound of 5,000 is still not 11,000
