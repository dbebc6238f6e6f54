"""``storyline.bench.facts_wrong``: every pair ``bench facts`` predicts that no
gold fact holds is listed once, with the step of the facts stage that paired
it (real model, the facts sample's ECB cut of 2024)."""
from __future__ import annotations

from pathlib import Path

from storyline.bench.facts import load, score_event
from storyline.bench.facts_wrong import STEPS, event_wrong, step_of
from storyline.embed import shared_embedder

SAMPLE = Path(__file__).parent / "data" / "facts_sample.jsonl"


def test_each_wrong_pair_is_listed_once_with_its_step():
    ln, obj = next((ln, o) for ln, o in load(SAMPLE) if o["event"] == "ecb-cut-2024-06")
    embedder = shared_embedder()
    scored = score_event(obj, f"{SAMPLE}:{ln}", embedder)
    wrong = event_wrong(obj, f"{SAMPLE}:{ln}", embedder)
    listed = [w["pair"] for w in wrong]
    assert sorted(listed) == sorted(scored["pred"] - scored["gold"]) and len(listed) == len(set(listed))
    assert wrong  # the event pairs some sentences wrongly: the listing is exercised
    assert all(w["step"] in STEPS and w["event"] == "ecb-cut-2024-06" for w in wrong)
    assert any(w["step"] == "merge" for w in wrong)


class _Claim:
    def __init__(self, article_id: str):
        self.article_id = article_id


def test_the_steps_read_from_the_groups():
    claims = [_Claim(a) for a in ("a", "b", "c", "a", "d")]
    aligned = [[0, 1], [2], [3], [4]]
    assert step_of(0, 1, claims, aligned, [[0, 1, 2], [2], [3], [4]]) == "merge"
    assert step_of(0, 2, claims, aligned, [[0, 1, 2], [2], [3], [4]]) == "group loan"
    assert step_of(1, 3, claims, aligned, [[0, 1, 3], [2], [3], [4]]) == "second sentence"
    assert step_of(2, 4, claims, aligned, [[0, 1], [2, 4], [3], [4]]) == "lone loan"
    assert step_of(2, 4, claims, aligned, [[0, 1, 2, 4], [2], [3], [4]]) == "two loans"
    assert step_of(2, 4, claims, aligned, [[0, 1], [2], [3], [4]]) == "conflict side"
