"""``python -m storyline.bench.facts_best FILE.jsonl``: choose the best-partner tolerance by 5-fold CV.

Why a module of its own: :data:`storyline.facts.align.BEST_TOLERANCE` is a
setting of the alignment, which ``bench facts --cv`` holds fixed while it
chooses the lending and conflict settings over a grid of some 600; adding
the tolerance to that grid would multiply its cost by five.  Here the other
settings stay as shipped; each tolerance of :data:`TOLERANCES` is scored on
every event (alignment, conflict and gloss figures on the whole file), then
chosen on four folds of events by alignment F1 and scored on the fifth.
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


def _align_with(tolerance: float):
    def run(claims, scores, cut=align_mod.ALIGN_CUT):
        return align_mod.align(claims, scores, cut, tolerance)
    return run


def run(path: str) -> dict:
    events = bench.load(path)
    embedder = shared_embedder()
    table = []
    for ln, obj in events:
        row = {}
        for tol in TOLERANCES:
            with mock.patch("storyline.facts.event.align", _align_with(tol)):
                res = bench.score_event(obj, f"{path}:{ln}", embedder)
            row[tol] = {**{k: res[k] for k in ("gold", "pred", "gold_conf", "pred_conf")},
                        "glosses": res["glosses"][bench.glosses.SHIPPED]}
        table.append(row)

    def pr(idx, tol, gold="gold", pred="pred"):
        return bench._pr({(i, x) for i in idx for x in table[i][tol][gold]},
                         {(i, x) for i in idx for x in table[i][tol][pred]})
    every = list(range(len(events)))
    held, chosen = bench._folds(len(events), TOLERANCES, lambda idx, t: bench._f1(*pr(idx, t)),
                                lambda t: t, 5)  # ties: the loosest tolerance
    return {"by_tolerance": {f"{t:g}": {"align_pr": pr(every, t), "align_f1": bench._f1(*pr(every, t)),
                                        "conflict_pr": pr(every, t, "gold_conf", "pred_conf"),
                                        "gloss_precision": bench.glosses.summarise(
                                            [r[t]["glosses"] for r in table])["gloss_precision"]}
                             for t in TOLERANCES},
            "align_f1_held_out_per_fold": held, "align_f1_held_out_mean": round(statistics.fmean(held), 4),
            "align_f1_held_out_sd": round(statistics.pstdev(held), 4), "chosen": list(chosen)}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("file")
    print(json.dumps(run(ap.parse_args(argv).file), indent=1))


if __name__ == "__main__":
    main()
