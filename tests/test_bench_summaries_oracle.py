"""The summary benchmark's ceilings: greedy ROUGE-2 oracles over each stage's candidate sentences."""
from __future__ import annotations

from storyline.bench.summaries import _scorer, run
from storyline.bench.summaries_oracle import LEVELS, greedy_oracle

from test_bench_summaries_learned import summary_files


def test_greedy_oracle_picks_what_the_reference_says_within_the_budget():
    tok = _scorer()._tokenizer
    ref = "Two dams burst in Derna. Thousands of people died in the floods."
    cands = ["The weather was nice in Rome yesterday afternoon.",
             "Two dams burst in Derna on Sunday night.",
             "Thousands of people died in the floods, officials said.",
             "Two dams burst in Derna on Sunday night."]
    picked = greedy_oracle(cands, ref, tok, budget=200)
    assert set(picked) == {cands[1], cands[2]}  # the unrelated sentence lowers F1; a repeat is one candidate
    # 8 words: one sentence fits, the one sharing more bigrams with the reference
    assert greedy_oracle(cands, ref, tok, budget=8) == [cands[2]]
    assert greedy_oracle(cands, "", tok, budget=200) == []


def test_bench_summaries_ceilings_report_every_level(tmp_path):
    arts, refs = summary_files(tmp_path, events=2, chars=300)
    res = run(arts, refs, ceilings=True)
    levels = res["ceilings"]
    assert list(levels) == list(LEVELS)
    size = {k: v["candidates"] for k, v in levels.items()}
    # nested candidate sets: every stage keeps at most what the one before it had
    assert size["cleaned"] >= size["substantive"] >= size["claims"] >= size["claims_limited"] > 0
    # the reference is an article's opening: the oracle over all sentences finds it
    assert levels["cleaned"]["rouge2"] > res["rouge2"] and levels["cleaned"]["rouge2"] > 0.5
