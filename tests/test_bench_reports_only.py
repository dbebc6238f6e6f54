"""`bench clustering`'s ``reports_only`` figure: the grouping scored over the
lines the gate kept, beside the full figure that counts a gold file's error
pages and indexes as sources of their event."""
from __future__ import annotations

import json
from pathlib import Path

from storyline.bench.clustering import reports_only, run
from storyline.bench.metrics import bcubed

DEVELOPING = Path(__file__).parent / "data" / "developing_story.jsonl"
NOT_FOUND = {"id": "g-en-404", "lang": "en", "date": "2025-03-02", "title": "Page Not Found | Daily Herald",
             "text": "Sorry, the page you are looking for does not exist or has been moved.\n"
                     "Please check the address or return to the home page.\nError 404"}


def test_flagged_lines_leave_the_score_and_their_gold_event_is_scored_on_its_reports():
    gold = ["a", "a", "a", "b", "b"]
    pred = ["e1", "e1", "flag:3", "e2", "e2"]  # line 2, an error page the gold lists under a
    flagged = [False, False, True, False, False]
    assert bcubed(gold, pred)[2] < 1.0  # the full figure charges the page as lost recall
    assert reports_only(gold, pred, flagged) == {"bcubed_precision": 1.0, "bcubed_recall": 1.0,
                                                 "bcubed_f1": 1.0, "n": 4}
    # a real split among the kept lines still costs
    split = reports_only(gold, ["e1", "e3", "flag:3", "e2", "e2"], flagged)
    assert split["bcubed_recall"] < 1.0 and split["n"] == 4
    assert reports_only(["a"], ["flag:0"], [True])["n"] == 0


def test_the_bench_reports_both_figures_for_a_gold_file_with_an_error_page(tmp_path):
    """One day's ferry reports plus a not-found page the gold lists among them:
    the gate keeps the page out, the full figure loses recall for it, the
    reports-only figure does not."""
    rows = [json.loads(line) for line in DEVELOPING.read_text(encoding="utf-8").splitlines()]
    rows = [{**r, "cluster": r["id"][:2]} for r in rows if r["id"].startswith("d1")]
    rows.append({**NOT_FOUND, "cluster": "d1"})
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")

    out = run(path)
    assert out["n_not_articles"] == 1
    assert out["reports_only"]["n"] == len(rows) - 1
    assert out["bcubed_recall"] < out["reports_only"]["bcubed_recall"] == 1.0
