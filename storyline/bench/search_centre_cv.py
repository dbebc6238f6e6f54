"""``python -m storyline.bench.search_centre_cv FILE.jsonl[:QUERIES.jsonl] ...``: how
the weight of the shipped language mean against the store's own reports
(:data:`storyline.search_centre.PRIOR_WEIGHT`) was chosen.

Each clustering file is ingested once, as ``bench search`` does, and scored
as ``bench search`` scores it (its headlines, and its typed queries where a
``:QUERIES`` file is given; own report kept) in the ``hybrid`` and
``semantic`` modes, under every weight of ``WEIGHTS`` (``inf``: the shipped
mean alone, as search centred before).  The weight is chosen by
leave-one-file-out cross-validation: on the other files, the weight with the
largest summed gain over ``inf`` in MRR (both modes), semantic R@10 and typed
P@10 (both modes), among those whose R@10 (headlines and typed, both modes)
drops by at most ``TOLERANCE`` on each of them; then scored on the held-out
file.  Prints every file's figures per weight,
then each fold's choice, then a JSON object of it all.
"""
from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

import storyline.search_centre as C
from storyline.bench.clustering import load_gold
from storyline.bench.search import _score_mode, _score_typed, _typed_queries, headline_queries

WEIGHTS = (float("inf"), 80.0, 40.0, 20.0, 10.0, 5.0)
TOLERANCE = 0.01
MODES = ("hybrid", "semantic")


def score_file(path: str, queries_path: str | None, weights=WEIGHTS) -> dict:
    """``{weight: {mode: {"r", "mrr", "typed_p", "typed_r"}}}`` for one file."""
    from storyline.service import Storyline

    rows = load_gold(path, None)
    out: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        app = Storyline(str(Path(tmp) / "bench.db"))
        try:
            cluster, articles, members, queries = headline_queries(app, rows, path)
            typed = _typed_queries(queries_path, set(cluster.values())) if queries_path else None
            saved = C.PRIOR_WEIGHT
            try:
                for w in weights:
                    C.PRIOR_WEIGHT = w
                    out[w] = {}
                    for mode in MODES:
                        h = _score_mode(app, queries, articles, mode, 10)
                        got = {"r": h["recall_at_k"], "mrr": h["mrr"]}
                        if typed:
                            t = _score_typed(app, typed, cluster, members, mode, 10)
                            got.update(typed_p=t["precision_at_k"], typed_r=t["recall_at_k"])
                        out[w][mode] = got
                    print(Path(path).name, w, json.dumps(out[w]), flush=True)
            finally:
                C.PRIOR_WEIGHT = saved
        finally:
            app.close()
    return out


def gain(res: dict, w: float) -> float:
    base, got = res[float("inf")], res[w]
    total = 0.0
    for mode in MODES:
        total += got[mode]["mrr"] - base[mode]["mrr"] + got[mode].get("typed_p", 0) - base[mode].get("typed_p", 0)
    return total + got["semantic"]["r"] - base["semantic"]["r"]


def keeps_recall(res: dict, w: float) -> bool:
    base, got = res[float("inf")], res[w]
    return all(got[m][k] >= base[m][k] - TOLERANCE for m in MODES for k in ("r", "typed_r") if k in got[m])


def cross_validate(results: dict[str, dict]) -> list[dict]:
    folds = []
    for out in results:
        held_in = [f for f in results if f != out]
        ok = [w for w in WEIGHTS if all(keeps_recall(results[f], w) for f in held_in)]
        best = max(ok, key=lambda w: (sum(gain(results[f], w) for f in held_in), -w))
        folds.append({"held_out": out, "chosen": best, "held_out_gain": round(gain(results[out], best), 4),
                      "held_out_figures": results[out][best]})
    return folds


def main(argv: list[str]) -> None:
    results = {}
    for arg in [a for a in argv if not a.startswith("--")]:
        path, _, queries = arg.partition(":")
        results[path] = score_file(path, queries or None)
    folds = cross_validate(results)
    for f in folds:
        print(f"held out {Path(f['held_out']).name}: weight {f['chosen']}, held-out gain {f['held_out_gain']:+.4f}")
    print(json.dumps({"results": {p: {str(w): r for w, r in res.items()} for p, res in results.items()},
                      "folds": folds}))


if __name__ == "__main__":
    main(sys.argv[1:])
