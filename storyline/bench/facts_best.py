"""``python -m storyline.bench.facts_best FILE.jsonl [--median]``: choose the best-partner tolerance
(or, with ``--median``, the median slack) by 5-fold CV.

Why a module of its own: :data:`storyline.facts.align.BEST_TOLERANCE` is a
setting of the alignment, which ``bench facts --cv`` holds fixed while it
chooses the lending and conflict settings over a grid of some 600; adding
the tolerance to that grid would multiply its cost by five.  Here the other
settings stay as shipped; each tolerance of :data:`TOLERANCES` is scored on
every event (alignment, conflict and gloss figures on the whole file), then
chosen on four folds of events by alignment F1 and scored on the fifth.
:data:`storyline.facts.align.MEDIAN_SLACK`, a setting of the same merge,
is chosen the same way over :data:`MEDIAN_SLACKS` (the tolerance as shipped).
"""
from __future__ import annotations

import argparse
import json
import statistics
from unittest import mock

from storyline.bench import facts as bench
from storyline.embed import shared_embedder
from storyline.facts import align as align_mod

TOLERANCES = (9.0, 0.1, 0.05, 0.02, 0.0)  # 9: any pair over the cut links (the old rule)
MEDIAN_SLACKS = (9.0, 0.05, 0.04, 0.03, 0.02, 0.0)  # 9: the mean alone decides a merge (the old rule)


def _align_with(tolerance: float, slack: float = align_mod.MEDIAN_SLACK):
    def run(claims, scores, cut=align_mod.ALIGN_CUT):
        return align_mod.align(claims, scores, cut, tolerance, slack)
    return run


def run(path: str, median: bool = False) -> dict:
    """The tolerances (or, ``median``, the median slacks) scored and chosen by CV."""
    events = bench.load(path)
    embedder = shared_embedder()
    grid = MEDIAN_SLACKS if median else TOLERANCES
    table = []
    for ln, obj in events:
        row = {}
        for tol in grid:
            aligner = (_align_with(align_mod.BEST_TOLERANCE, tol) if median else _align_with(tol))
            with mock.patch("storyline.facts.event.align", aligner):
                res = bench.score_event(obj, f"{path}:{ln}", embedder)
            row[tol] = {**{k: res[k] for k in ("gold", "pred", "gold_conf", "pred_conf")},
                        "glosses": res["glosses"][bench.glosses.SHIPPED]}
        table.append(row)

    def pr(idx, tol, gold="gold", pred="pred"):
        return bench._pr({(i, x) for i in idx for x in table[i][tol][gold]},
                         {(i, x) for i in idx for x in table[i][tol][pred]})
    every = list(range(len(events)))
    held, chosen = bench._folds(len(events), grid, lambda idx, t: bench._f1(*pr(idx, t)),
                                lambda t: t, 5)  # ties: the loosest setting
    fixed = [bench._f1(*pr([i for i in every if i % 5 == k], grid[0])) for k in range(5)]
    return {"setting": "median_slack" if median else "tolerance",
            "old_rule_held_out_per_fold": [round(f, 4) for f in fixed],
            "by_tolerance": {f"{t:g}": {"align_pr": pr(every, t), "align_f1": bench._f1(*pr(every, t)),
                                        "conflict_pr": pr(every, t, "gold_conf", "pred_conf"),
                                        "gloss_precision": bench.glosses.summarise(
                                            [r[t]["glosses"] for r in table])["gloss_precision"]}
                             for t in grid},
            "align_f1_held_out_per_fold": held, "align_f1_held_out_mean": round(statistics.fmean(held), 4),
            "align_f1_held_out_sd": round(statistics.pstdev(held), 4), "chosen": list(chosen)}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("file")
    ap.add_argument("--median", action="store_true", help="grid the median slack instead of the tolerance")
    args = ap.parse_args(argv)
    print(json.dumps(run(args.file, args.median), indent=1))


if __name__ == "__main__":
    main()
