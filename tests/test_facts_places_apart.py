"""One measure said of two places is two facts; one place named in two languages is one.

Why: the demo's ECB 2024 event aligned "Financial markets have pushed back
expectations of a first UK cut … after inflation fell … in April, to 2.3%"
into the fact "Euro zone inflation unexpectedly ticked up to 2.6% in May":
both name inflation, and nothing read whose inflation each is.  Two
statements of one measure (inflation, growth, the dead …) about two places
(countries, a currency area, cities) must neither align nor conflict, while
"euro area" / "зона евро" / "यूरो क्षेत्र" and "UK" / "Великобритания" are
one place each (:func:`storyline.facts.places.scopes`,
:func:`storyline.facts.agreement.measured_elsewhere`).
"""
from __future__ import annotations

from conftest import analysed_record, demo_event_facts

from storyline.embed import shared_embedder
from storyline.facts.agreement import measured_elsewhere, measures_of
from storyline.facts.event import build_event_facts, event_claims
from storyline.facts.places import places_apart, scopes

EURO_EN = "Euro zone inflation ticked up to 2.6% in May, the statistics office said on Tuesday."
UK_EN = "UK inflation fell to 2.3% in April, the statistics office said on Wednesday."
EURO_HI = "सांख्यिकी कार्यालय ने मंगलवार को बताया कि यूरो क्षेत्र में मुद्रास्फीति मई में बढ़कर 2.6 प्रतिशत हो गई।"
UK_RU = "Инфляция в Великобритании в апреле замедлилась до 2,3%, сообщило в среду статистическое ведомство."


def _article(aid: str, lang: str, text: str, source: str):
    return analysed_record({"id": aid, "title": "Inflation figures", "text": text, "lang": lang,
                            "source": source, "date": "2024-06-05"})


def _event():
    return [_article("p1", "en", EURO_EN, "Ledger"), _article("p2", "en", UK_EN, "Harbour"),
            _article("p3", "hi", EURO_HI, "Pravah"), _article("p4", "ru", UK_RU, "Vedomosti")]


def test_one_place_in_two_languages_is_one_place_and_two_places_are_apart():
    _, _, claims = event_claims(_event())
    by_text = {c.text: i for i, c in enumerate(claims)}
    assert set(by_text) == {EURO_EN, UK_EN, EURO_HI, UK_RU}
    where = scopes(claims, [measures_of(c) for c in claims])
    euro_en, uk_en, euro_hi, uk_ru = (where[by_text[t]] for t in (EURO_EN, UK_EN, EURO_HI, UK_RU))
    assert not places_apart(euro_en, euro_hi)  # "Euro zone" / "यूरो क्षेत्र"
    assert not places_apart(uk_en, uk_ru)  # "UK" / "Великобритании"
    assert places_apart(euro_en, uk_en) and places_apart(euro_hi, uk_ru)
    apart = measured_elsewhere(claims)
    assert apart[by_text[EURO_EN], by_text[UK_EN]] and apart[by_text[EURO_HI], by_text[UK_RU]]
    assert not apart[by_text[EURO_EN], by_text[EURO_HI]] and not apart[by_text[UK_EN], by_text[UK_RU]]


def test_inflation_of_two_places_neither_aligns_nor_conflicts():
    ef = build_event_facts(1, _event(), shared_embedder())
    for f in ef.facts:
        texts = {s.text for s in f.supports}
        assert not (texts & {EURO_EN, EURO_HI} and texts & {UK_EN, UK_RU}), texts
        assert not f.conflicts, texts
    groups = [{s.text for s in f.supports} for f in ef.facts]
    assert {EURO_EN, EURO_HI} in groups  # one place, English and Hindi: one fact
    assert {UK_EN, UK_RU} in groups  # "UK" and "Великобритания": one fact


def test_demo_uk_inflation_is_not_the_euro_areas():
    facts = demo_event_facts("ecb-cut-2024-06", 11).facts
    uk = [f for f in facts if any(s.text.startswith("Financial markets have pushed back") for s in f.supports)]
    assert uk and all(len({s.article_id for s in f.supports}) == 1 for f in uk)
    euro = next(f for f in facts if any(s.text.startswith("Euro zone inflation unexpectedly") for s in f.supports))
    assert {s.lang for s in euro.supports} == {"de", "en", "fr"}  # the euro area's, in three languages, still one
