"""A conflict side holds every sentence of the event that states its figure.

Why: alignment groups a sentence by what it says as a whole, so a report can
state a disputed death toll in a sentence that aligned with another fact (the
demo's Spanish Derna report gives "más de 5.000" muertos in its sentence on the
mass burials).  The dispute then showed the toll as reported by one source on
one side, though two reports state it.
"""
from __future__ import annotations

import json
from importlib import resources

import numpy as np

from storyline.embed import shared_embedder
from storyline.facts.event import build_event_facts
from storyline.facts.labels import build_fact, join_sides, place_on_sides
from storyline.facts.model import CONFLICTING, ClaimSentence, Figure
from storyline.ingest.readers import from_record
from storyline.pipeline import analyse


def _toll(report: str, value: float, concept: str, written: str, lang: str = "en") -> ClaimSentence:
    fig = Figure(value, "count", "", False, frozenset({"toll"}), concept, written)
    text = f"the toll reached {written} {concept}"
    return ClaimSentence(article_id=report, idx=0, start=0, end=len(text), text=text, lang=lang,
                         source=report, report=report, numbers=[fig])


def test_a_side_takes_a_sentence_stating_its_figure_and_nothing_else():
    claims = [_toll("a", 2000, "dead", "2,000"), _toll("b", 5000, "dead", "5,000"),
              _toll("c", 5000, "dead", "5.000", "es"),  # the same toll: joins the 5,000 side
              _toll("d", 5000, "injured", "5,000"),  # another quantity
              _toll("e", 5000, "dead", "5,000"),  # too far from the side in meaning
              _toll("a", 5000, "dead", "5,000")]  # the other side's report: not set against itself
    scores = np.full((6, 6), -np.inf, np.float32)
    scores[0, 1] = scores[1, 0] = 0.6
    for j, s in ((2, 0.5), (3, 0.5), (4, 0.2), (5, 0.5)):
        scores[j, 1] = scores[1, j] = s
    fact = build_fact(0, claims, [0, 1], scores, 0.4)
    assert fact.label == CONFLICTING
    joined = join_sides(claims, scores, [0, 1], fact, 0.35)
    assert list(joined) == [2]
    assert join_sides(claims, scores, [0, 1], fact, 0.55) == {}
    members = [0, 1, 2]
    fact = build_fact(0, claims, members, scores, 0.4)
    place_on_sides(fact, members, joined)
    (conflict,) = fact.conflicts
    low, high = conflict.sides
    assert [fact.supports[i].article_id for i in low.supports] == ["a"]
    assert [fact.supports[i].article_id for i in high.supports] == ["b", "c"]
    assert high.value == "5,000 / 5.000"


def _demo_b(ids: set[str]) -> list:
    lines = resources.files("storyline.demo").joinpath("articles-b.jsonl").read_text("utf-8").splitlines()
    recs = [json.loads(x) for x in lines if x.strip()]
    return [analyse(from_record(r, f"demo:{r['id']}")) for r in recs if r["id"] in ids]


def _sides(ef) -> list[tuple[str, list[str]]]:
    """(side value, its sentences) of every number conflict of the event."""
    return [(side.value, [fact.supports[i].text for i in side.supports])
            for fact in ef.facts for c in fact.conflicts if c.kind == "number" for side in c.sides]


def test_the_derna_toll_is_on_its_side_in_every_report_that_states_it():
    arts = _demo_b({"b-022", "b-024", "b-025", "b-026", "b-027"})
    emb = shared_embedder()
    spanish = "el número de muertos superaba ya los 5.000"
    ef = build_event_facts(1, arts, emb)
    on_side = [value for value, texts in _sides(ef) if any(spanish in t for t in texts)]
    assert on_side and all("5.000" in v or "5,000" in v for v in on_side)
    # every sentence on a side writes that side's figure
    for value, texts in _sides(ef):
        forms = value.split(" / ")
        assert all(any(f in t for f in forms) for t in texts), (value, texts)
    never = build_event_facts(1, arts, emb, join_min=9.0)
    assert not any(spanish in t for _, texts in _sides(never) for t in texts)


def test_a_third_value_of_the_disputed_quantity_joins_the_conflict():
    """Morocco: the German report gives "mindestens 632 Menschen ums Leben gekommen"
    in a sentence aligned elsewhere, while its sentence in the toll fact gives the
    injured; tolls of 1,037 and 2,000 were disputed without it."""
    claims = [_toll("a", 2000, "dead", "2,000"), _toll("b", 1037, "dead", "1 037", "fr"),
              _toll("c", 632, "dead", "632", "de"),  # a third toll, another report: joins
              _toll("d", 300, "injured", "300"),  # another quantity: stays out
              _toll("e", 700, "dead", "700"),  # too far from the sides in meaning
              _toll("a", 900, "dead", "900")]  # a report that already gives the toll in the fact
    scores = np.full((6, 6), -np.inf, np.float32)
    scores[0, 1] = scores[1, 0] = 0.6
    for j, s in ((2, 0.5), (3, 0.5), (4, 0.2), (5, 0.5)):
        scores[j, [0, 1]] = scores[[0, 1], j] = s
    fact = build_fact(0, claims, [0, 1], scores, 0.4)
    joined = join_sides(claims, scores, [0, 1], fact, 0.35)
    assert joined == {2: ("", "")}
    members = [0, 1, 2]
    fact = build_fact(0, claims, members, scores, 0.4)
    place_on_sides(fact, members, joined)
    pairs = {tuple(side.normalised for side in c.sides) for c in fact.conflicts}
    assert pairs == {("1,037", "2,000"), ("1,037", "632"), ("2,000", "632")}
