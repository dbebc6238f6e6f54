"""A lone sentence is lent a partner on a name only where that name is not the event's.

Why: :func:`storyline.facts.lending.extend` lends a sentence left alone its
closest sentence of another report when the two agree on something that
cannot be paraphrased, a distinctive name among them.  Names were weighed by
how few of the event's *sentences* give them, so a name every report of the
event gives ("Libya" in the Derna floods, "Kremlin" in the grain deal) still
weighed where later sentences leave it out, and two sentences that state two
things agreed on it: the demo's "Le bilan ne cesse de s'alourdir dans l'est de
la Libye" (the toll rises) was lent "The disaster has been compounded by
Libya's political division", and "Le Kremlin estime que ces engagements n'ont
jamais été tenus" Peskov's "effectively ceased to operate".  A shared name
now weighs the lesser of its inverse sentence and inverse *report*
frequency (:func:`storyline.facts.agreement.key_overlap` with ``units``),
each sentence's norm unchanged, so such a name adds nothing and no agreement
rises (docs/benchmarks.md, h-facts18).
"""
from __future__ import annotations

import numpy as np
from conftest import analysed_record

from storyline import demo
from storyline.embed import shared_embedder
from storyline.facts.agreement import key_overlap, name_agreement
from storyline.facts.event import build_event_facts, event_claims


def _event(label: str, event_id: int):
    labels = demo.labels()
    records = [r for r in demo.records() if labels.get(r["id"], {}).get("event") == label]
    articles = [analysed_record(r) for r in records]
    return build_event_facts(event_id, articles, shared_embedder()), articles


def _together(ef, a: str, b: str) -> list[list[str]]:
    return [[s.text for s in f.supports] for f in ef.facts
            if any(a in s.text for s in f.supports) and any(b in s.text for s in f.supports)]


def test_a_name_every_report_gives_lends_no_partner_in_derna():
    ef, _ = _event("derna-floods-2023-09", 7)
    toll = "Le bilan ne cesse de s'alourdir"
    assert any(toll in s.text for f in ef.facts for s in f.supports), "the French lead is a claim"
    assert not _together(ef, toll, "compounded by Libya's political division")


def test_a_name_every_report_gives_lends_no_partner_in_the_grain_deal():
    ef, articles = _event("grain-deal-exit-2023-07", 2)
    never_kept = "ces engagements n'ont jamais été tenus"
    assert any(never_kept in s.text for f in ef.facts for s in f.supports), "the French sentence is a claim"
    assert not _together(ef, never_kept, "ceased to operate")
    # Peskov's sentence still states a fact with another report
    peskov = [f for f in ef.facts if any("ceased to operate" in s.text for s in f.supports) and f.n_reports >= 2]
    assert peskov


def test_report_weighed_agreement_never_rises_and_drops_the_events_names():
    _, articles = _event("grain-deal-exit-2023-07", 2)
    claims = event_claims(articles)[2]
    plain, specific = name_agreement(claims), name_agreement(claims, by_report=True)
    assert (specific <= plain + 1e-6).all()
    assert (specific < plain - 1e-6).any(), "some shared name is given by most reports"
    # a key every report gives adds nothing; the sentences' norms stay
    keys = [{"putin", "aurus"}, {"kim"}, {"putin"}, {"kim"}, {"putin", "kim"}, {"aurus"}]
    units = ["a", "a", "b", "b", "c", "c"]
    weighed, plain_keys = key_overlap(keys, units), key_overlap(keys)
    assert weighed[2, 4] == 0.0 and plain_keys[2, 4] > 0.0  # "putin": every report, half the sentences
    assert 0.0 < weighed[0, 5] <= plain_keys[0, 5] + 1e-6  # "aurus": two reports of three
    assert np.allclose(key_overlap(keys, None), key_overlap(keys))
    # of two reports every shared name is both reports': report frequency tells nothing there
    assert np.allclose(key_overlap(keys, ["a", "a", "a", "b", "b", "b"]), plain_keys)
