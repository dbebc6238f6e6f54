"""Sentences whose particulars disagree in kind state two facts, whatever name or day they share.

Why: the demo's Kakhovka dam event showed a fact holding a Russian report's
"… фьючерсы на пшеницу в Чикаго во вторник подорожали примерно на 2%" (a
market's answer, a percentage) beside another's "В ночь на вторник была
разрушена плотина Каховской ГЭС" (the dam, no figure): they share "ГЭС" and
Tuesday, so the lone market sentence was lent the dam sentence.  Its Putin
visit of 2024 put "В 2018 году Ким Чен Ын дарил пару пхунсанов …" (a gift of
2018) in the fact on Putin's first visit in 24 years, beside "… साल 2000 में
…" (his visit of 2000).  :func:`storyline.facts.agreement.kept_apart` keeps
such pairs from linking and from being lent
(:func:`storyline.facts.align.vouched`, :func:`storyline.facts.lending.extend`).
"""
from __future__ import annotations

from conftest import analysed_record, demo_event_facts

from storyline.facts.agreement import kept_apart, one_sided, years_apart
from storyline.facts.event import event_claims

MARKET_RU = "Фьючерсы на пшеницу в Чикаго во вторник подорожали примерно на 2% на новостях о разрушении ГЭС."
DAM_RU = "В ночь на вторник была разрушена плотина Каховской ГЭС на Днепре."
DAM_RU_2 = "Плотина Каховской ГЭС на Днепре была разрушена в ночь на вторник, сообщили власти."
GIFT_2018 = "В 2018 году Ким Чен Ын дарил пару собак президенту Южной Кореи Мун Чжэ Ину."
VISIT_2000 = "Putin last visited Pyongyang in 2000, when he met Kim Jong Il."


def _claims(*texts: tuple[str, str]):
    arts = [analysed_record({"id": f"k{n}", "title": "Report", "text": text, "lang": lang,
                             "source": f"Source {n}", "date": "2023-06-06"})
            for n, (lang, text) in enumerate(texts)]
    _, _, claims = event_claims(arts)
    by_text = {c.text: c for c in claims}
    assert set(by_text) == {t for _, t in texts}, set(by_text)
    return by_text


def test_a_percentage_against_no_figure_or_two_years_are_kept_apart():
    c = _claims(("ru", MARKET_RU), ("ru", DAM_RU), ("ru", DAM_RU_2), ("ru", GIFT_2018), ("en", VISIT_2000))
    assert one_sided(c[MARKET_RU], c[DAM_RU])  # a percentage; no figure at all
    assert not one_sided(c[DAM_RU], c[DAM_RU_2])  # one fact told twice: nothing one-sided
    assert kept_apart(c[MARKET_RU], c[DAM_RU], names=0.3, meaning=0.45)  # they share "ГЭС" and Tuesday
    assert not kept_apart(c[MARKET_RU], c[DAM_RU], names=0.3, meaning=0.9)  # a close paraphrase stays one
    assert years_apart(c[GIFT_2018], c[VISIT_2000])  # 2018 and 2000
    assert kept_apart(c[GIFT_2018], c[VISIT_2000], names=0.0, meaning=0.45)
    assert not kept_apart(c[GIFT_2018], c[VISIT_2000], names=0.5, meaning=0.45)  # a shared name: one may be both


def _facts_with(ef, words: str) -> list[set[str]]:
    return [{s.text for s in f.supports} for f in ef.facts if any(words in s.text for s in f.supports)]


def test_kakhovka_market_move_is_no_part_of_the_dam_facts():
    ef = demo_event_facts("kakhovka-dam-2023-06", 1)
    market = _facts_with(ef, "фьючерсы на пшеницу")
    assert market, "the market sentence is a claim of the event"
    for texts in market:
        assert not any("плотина" in t for t in texts), texts
    dam = _facts_with(ef, "была разрушена плотина Каховской ГЭС")
    assert any(len(texts) >= 3 for texts in dam), dam  # the dam's own fact still stands, corroborated


def test_pyongyang_first_visit_fact_holds_no_sentence_of_2018():
    ef = demo_event_facts("putin-pyongyang-2024-06", 12)
    for texts in _facts_with(ef, "2018"):
        assert not any("2000" in t or "24" in t for t in texts if "2018" not in t), texts
    visit = _facts_with(ef, "first trip to North Korea in 24 years")
    assert any(len(texts) >= 4 for texts in visit), visit  # still corroborated across languages
