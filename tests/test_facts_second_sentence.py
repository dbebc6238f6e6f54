"""A fact is lent a second sentence of an article it already holds, when that
sentence fits the fact at least as well as its own and agrees with each of the
fact's other reports on a name, a figure or a date.

Why: a fact took one sentence an article, so a sentence stating two facts
("The 25 basis point move, which also lifts the main refinancing rate to
4.5%, came as policymakers raised their inflation forecasts") that aligned
with one of them could not support the other, whose place for its article was
held by another of its sentences ("Staff now expect price growth to average
5.6% in 2023"): 147 of the sample's missed pairs were of this kind
(``python -m storyline.bench.facts_misses``, docs/benchmarks.md).
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from storyline.bench.facts import analysed_articles
from storyline.embed import shared_embedder
from storyline.facts.lending import extend
from storyline.facts.event import build_event_facts
from storyline.facts.model import ClaimSentence, Figure

SAMPLE = Path(__file__).parent / "data" / "facts_sample.jsonl"


def _claim(article: str, text: str, names=(), numbers=()) -> ClaimSentence:
    return ClaimSentence(article_id=article, idx=0, start=0, end=len(text), text=text, lang="en",
                         source=article, report=article, names=list(names), numbers=list(numbers))


def _pct(v: float) -> Figure:
    return Figure(v, "percent", "", False)


def test_a_second_sentence_of_an_article_is_lent_when_it_fits_and_agrees():
    claims = [_claim("a", "staff expect inflation of 5.6%", ["ecb"], [_pct(5.6)]),        # 0: forecast fact
              _claim("b", "inflation forecast 5.6 % for 2023", ["bce"], [_pct(5.6)]),     # 1: forecast fact
              _claim("c", "Inflationsrate von 5,6 Prozent", ["ezb"], [_pct(5.6)]),        # 2: forecast fact
              _claim("a", "the move came as forecasts of 5.6% were raised", ["ecb"],
                     [_pct(5.6), _pct(4.5)]),                                            # 3: rate fact, states both
              _claim("b", "le taux atteint 4,5 %", ["bce"], [_pct(4.5)])]                # 4: rate fact
    scores = np.full((5, 5), -np.inf, np.float32)

    def s(i, j, v):
        scores[i, j] = scores[j, i] = v
    s(0, 1, 0.8), s(0, 2, 0.8), s(1, 2, 0.8)  # the forecast fact
    s(3, 4, 0.6)                              # the rate fact, which sentence 3 joined
    s(3, 1, 0.7), s(3, 2, 0.7)                # sentence 3 fits the forecast fact better than its own
    groups = [[0, 1, 2], [3, 4]]
    out = extend(claims, scores, groups, cut=0.4)
    assert out[0] == [0, 1, 2, 3]
    assert out[1] == [3, 4]
    # it fits its own fact better: not lent
    s(3, 4, 0.9)
    assert extend(claims, scores, groups, cut=0.4)[0] == [0, 1, 2]
    # never, the old rule
    s(3, 4, 0.6)
    assert extend(claims, scores, groups, cut=0.4, second_ratio=9)[0] == [0, 1, 2]
    # as close, but sharing no figure with them ("ecb" is no name of theirs): not lent
    claims[3] = _claim("a", "the move came as forecasts were raised", ["ecb"], [_pct(4.5)])
    assert extend(claims, scores, groups, cut=0.4)[0] == [0, 1, 2]


def test_ecb_move_sentence_also_supports_the_inflation_forecast_fact():
    obj = next(o for o in map(json.loads, SAMPLE.read_text("utf-8").splitlines())
               if o.get("event") == "ecb-hike-2023-09")
    arts = analysed_articles(obj, "sample")
    ef = build_event_facts(1, list(arts.values()), shared_embedder())
    move = "The 25 basis point move, which also lifts the main refinancing rate to 4.5%"
    forecast = "Les économistes de la BCE ont revu à la hausse leurs prévisions d'inflation"
    both = [f for f in ef.facts if any(x.text.startswith(move) for x in f.supports)
            and any(x.text.startswith(forecast) for x in f.supports)]
    assert both
    # and it still supports the rate fact it aligned with
    assert any(any(x.text.startswith(move) for x in f.supports)
               and any("4,5" in x.text and x.lang == "de" for x in f.supports) for f in ef.facts)
