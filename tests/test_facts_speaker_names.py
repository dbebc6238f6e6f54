"""A name given as its sentence's speaker is no agreement between two sentences.

Why: two sentences agree on a name when both give it, and a name is
evidence that they state one fact.  The person a sentence quotes is not part
of what it states: the demo's ECB hike of 2023 held "EZB-Präsidentin
Christine Lagarde sagte, eine solide Mehrheit … habe die Entscheidung
unterstützt" and "President Christine Lagarde told reporters … that she
could not say the peak had been reached" in one fact (name agreement 0.33
to 0.51 on her name), and the Lok Sabha results paired "Kharge said the
mandate was against Modi" with the INDIA leaders' meeting at his home.  A
name either sentence gives beside a one-word reporting verb
(:func:`storyline.facts.agreement.speaker_keys`) now weighs nothing shared
(:func:`~storyline.facts.agreement.key_overlap` with ``speakers``), each
sentence's norm unchanged (docs/benchmarks.md, h-facts20).
"""
from __future__ import annotations

from conftest import analysed_record

from storyline import demo
from storyline.embed import shared_embedder
from storyline.facts.agreement import claim_keys, key_overlap, name_agreement, speaker_keys
from storyline.facts.event import build_event_facts, event_claims

MAJORITY_DE = "eine solide Mehrheit der Ratsmitglieder"
MAJORITY_EN = 'a "solid majority" backed the increase'
PEAK = "could not say the peak had been reached"
KHARGE = "Kharge said the mandate was against Modi"
MEETING = "इंडिया गठबंधन के नेताओं ने भी"


def _articles(label: str):
    labels = demo.labels()
    return [analysed_record(r) for r in demo.records() if labels.get(r["id"], {}).get("event") == label]


def _facts(label: str, event_id: int) -> list[list[str]]:
    ef = build_event_facts(event_id, _articles(label), shared_embedder())
    return [[s.text for s in f.supports] for f in ef.facts]


def _together(facts: list[list[str]], a: str, b: str) -> bool:
    return any(any(a in t for t in ts) and any(b in t for t in ts) for ts in facts)


def test_what_lagarde_said_twice_is_two_facts_and_the_majority_one():
    facts = _facts("ecb-hike-2023-09", 9)
    assert any(PEAK in t for ts in facts for t in ts), "the sentence is a claim"
    assert not _together(facts, MAJORITY_DE, PEAK)
    assert _together(facts, MAJORITY_DE, MAJORITY_EN)  # the German and English "solid majority" now meet


def test_kharges_words_and_the_meeting_at_his_home_are_two_facts():
    facts = _facts("india-results-2024-06", 10)
    assert any(KHARGE in t for ts in facts for t in ts) and any(MEETING in t for ts in facts for t in ts)
    assert not _together(facts, KHARGE, MEETING)


def test_speaker_keys_and_the_agreement_they_withhold():
    claims = event_claims(_articles("ecb-hike-2023-09"))[2]
    de = next(c for c in claims if MAJORITY_DE in c.text)
    peak = next(c for c in claims if PEAK in c.text)
    assert {"lagarde", "christine lagarde"} <= speaker_keys(de) and "lagarde" in speaker_keys(peak)
    tenth = next(c for c in claims if "la décima subida" in c.text)  # "… que preside Christine Lagarde"
    assert "lagarde" in claim_keys(tenth) and not speaker_keys(tenth)  # named, not speaking
    i, j = claims.index(de), claims.index(peak)
    keys = [claim_keys(c) for c in claims]
    assert key_overlap(keys)[i, j] > 0.3  # her name was all the two agreed on
    assert name_agreement(claims)[i, j] == 0.0
    spoken = key_overlap(keys, speakers=[speaker_keys(c) for c in claims])
    assert (spoken <= key_overlap(keys) + 1e-6).all()  # no agreement rises
