"""A word that opens a sentence is no name a lone sentence's loan can agree on.

Why: :func:`storyline.facts.lending.extend` lends a sentence left alone its
closest sentence of another report when the two agree on something that
cannot be paraphrased, a distinctive name among them.  Names are read as
capitalised words, so the word opening a sentence is one: the demo's ECB cut
of 2024 lent "The move had been all but pre-announced by policymakers …" the
other report's "The decision offers some relief to households …", two
sentences whose only key is "The" (name agreement 1.0, 0.14 weighed by
report: over :data:`~storyline.facts.agreement.LEND_NAME_MIN`).  A word the event's
sentences write in lower case somewhere (:func:`storyline.facts.agreement.written_lower`)
now weighs nothing shared in that agreement, each sentence's norm unchanged,
so no loan's agreement rises (docs/benchmarks.md, h-facts19).
"""
from __future__ import annotations

from conftest import analysed_record

from storyline import demo
from storyline.embed import shared_embedder
from storyline.facts.agreement import name_agreement, written_lower
from storyline.facts.event import build_event_facts, event_claims

MOVE = "The move had been all but pre-announced"
RELIEF = "The decision offers some relief"


def _articles(label: str):
    labels = demo.labels()
    return [analysed_record(r) for r in demo.records() if labels.get(r["id"], {}).get("event") == label]


def test_an_opening_word_lends_no_partner_in_the_ecb_cut():
    articles = _articles("ecb-cut-2024-06")
    ef = build_event_facts(11, articles, shared_embedder())
    texts = [[s.text for s in f.supports] for f in ef.facts]
    assert any(MOVE in t for ts in texts for t in ts), "the sentence is a claim"
    assert any(RELIEF in t for ts in texts for t in ts), "the sentence is a claim"
    assert not [ts for ts in texts if any(MOVE in t for t in ts) and any(RELIEF in t for t in ts)]


def test_the_loans_agreement_reads_no_opening_word_and_never_rises():
    claims = event_claims(_articles("ecb-cut-2024-06"))[2]
    plain, specific = name_agreement(claims), name_agreement(claims, by_report=True)
    i = next(n for n, c in enumerate(claims) if MOVE in c.text)
    j = next(n for n, c in enumerate(claims) if RELIEF in c.text)
    assert plain[i, j] > 0.5  # "The" is all the two share, and it is their only key
    assert specific[i, j] == 0.0
    assert (specific <= plain + 1e-6).all()


def test_words_written_in_lower_case():
    claims = event_claims(_articles("putin-pyongyang-2024-06"))[2]
    lower = written_lower(claims)
    assert "the" in lower  # "The two men later swapped places …" opens with what the text writes as "the"
    assert "putin" not in lower and "vladimir" not in lower and "pyongyang" not in lower
    hindi = [c for c in claims if c.lang == "hi"]
    assert hindi and not written_lower(hindi)  # a caseless script has no lower case
