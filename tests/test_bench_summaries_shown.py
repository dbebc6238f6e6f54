"""Which of a fact's sentences the summary shows: the rules ``summaries_shown`` tries."""
from __future__ import annotations

import numpy as np

import storyline.facts.render as render_mod
import storyline.facts.summarise as summ_mod
from storyline.bench.summaries_shown import CONTROLS, RULES, keys_for, patched
from storyline.facts.model import Fact, Support


def sup(art: str, idx: int, text: str) -> Support:
    return Support(article_id=art, sentence=idx, start=idx * 100, end=idx * 100 + len(text), text=text,
                   lang="en", source=art, report=art, unknown_source=False)


class Claim:
    def __init__(self, s: Support, names: int):
        self.article_id, self.start, self.text, self.lang = s.article_id, s.start, s.text, s.lang
        self.names, self.numbers, self.dates = ["n"] * names, [], []


def fact_of_three():
    a = sup("a", 4, "Two dams burst in Derna on Monday, officials said at a news conference late on Tuesday.")
    b = sup("b", 0, "Dams burst in Derna.")
    c = sup("c", 2, "Two dams burst in Derna, Libya, and 2,000 died, the Red Crescent said.")
    fact = Fact(id=0, label="corroborated", supports=[a, b, c], reports=["a", "b", "c"], languages=["en"])
    claims = [Claim(a, 1), Claim(b, 1), Claim(c, 4)]
    vecs = np.array([[1.0, 0.0], [0.0, 1.0], [0.6, 0.8]])
    fact.vector = np.array([0.0, 1.0])
    return fact, claims, vecs


def test_each_rule_puts_its_sentence_first_and_the_shipped_order_comes_back():
    fact, claims, vecs = fact_of_three()
    centre = np.array([1.0, 0.1])
    want = {"first": "a", "lead": "b", "names": "c", "longest": "a", "shortest": "b", "latest": "c",
            "central": "a", "medoid": "b"}
    try:
        for rule, art in want.items():
            assert rule in RULES + CONTROLS
            patched(keys_for(rule, None, claims, vecs, centre))
            assert summ_mod.shown_sentence(fact, "en").article_id == art, rule
            assert render_mod.stating(fact)[0].article_id == art, rule
        # without vectors (an event of one report) the vector rules leave the shipped order
        patched(keys_for("central", None, claims, None, None))
        assert summ_mod.shown_sentence(fact, "en").article_id == "a"
    finally:
        patched(None)
    assert summ_mod.shown_sentence(fact, "en").article_id == "a"
