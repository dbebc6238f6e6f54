"""Multi-task candidates: learning Overall with the annotators' sub-scores.

Why: the SemEval-2022 Task 8 pairs are labelled not only with Overall but with
Geography, Entities, Time, Narrative, Style and Tone (1 = same .. 4 =
different), and the task's best systems found that learning those beside
Overall helped.  Narrative (r 0.90 with Overall on the dev pairs) and
Entities (0.83) say nearly what Overall says, with other annotator noise, so
they might steady a model learned from 1,283 pairs, and the language pairs
the model does worst on (ar-ar, pl-en) might gain from balanced weights.

Each candidate is a *learner* for :func:`storyline.similarity.ablation.evaluate`:
it sees the sub-scores of training rows only (inside each CV or
leave-one-language-pair-out fold), and is scored against Overall alone:

- ``stack``: one model per sub-score; their out-of-fold predictions on the
  training rows (inner grouped CV), and the full training rows' models'
  predictions on the test rows, join the features of the Overall model;
- ``blend``: the Overall model learns a weighted mean of Overall and
  sub-scores (the prediction is still scored against Overall);
- ``rows``: one model learns Overall and sub-scores as rows of one table with
  a task column, and predicts with the Overall task;
- ``balanced``: training pairs weighted by 1 / n(language pair) ** power.

Unlabelled statistics are fitted once, as in the ablation.  Run::

    python -m storyline.similarity.multitask ../shared/data/semeval2022-task8-dev/pairs.csv
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from typing import Callable, Sequence

import numpy as np
from sklearn.model_selection import GroupKFold

from storyline.similarity.ablation import _fit_predict, evaluate
from storyline.similarity.features import FEATURE_NAMES
from storyline.similarity.train import target_of

TASKS = ("Geography", "Entities", "Time", "Narrative", "Style", "Tone")

Learner = Callable[[np.ndarray, np.ndarray, np.ndarray, int], np.ndarray]


def sub_targets(rows: Sequence[dict], tasks: Sequence[str] = TASKS) -> np.ndarray:
    """The sub-scores of ``rows`` on Overall's [0, 1] scale (higher = more
    alike); a file without a column, or a row without a number in it, is
    refused with the row and column named."""
    out = np.zeros((len(rows), len(tasks)))
    for i, r in enumerate(rows):
        for j, t in enumerate(tasks):
            try:
                out[i, j] = target_of(r[t])
            except (KeyError, TypeError, ValueError):
                raise ValueError(f"row {i + 1}: column {t!r} is {r.get(t)!r}, not a number "
                                 f"(multi-task candidates need every sub-score)") from None
    return out


def blend_learner(y: np.ndarray, S: np.ndarray, weights: Sequence[float]) -> Learner:
    """Learn ``(y + sum w_j S_j) / (1 + sum w_j)`` instead of Overall."""
    w = np.asarray(weights, dtype=np.float64)
    target = (y + S @ w) / (1.0 + w.sum())
    return lambda X, tr, te, seed: _fit_predict(X[tr], target[tr], X[te], None, seed)


def balanced_learner(y: np.ndarray, lang_pairs: Sequence[str], power: float,
                     target: np.ndarray | None = None) -> Learner:
    """Weight each training pair by 1 / n(its language pair in training) ** power."""
    lps = np.asarray(lang_pairs)
    t = y if target is None else target

    def learn(X, tr, te, seed):
        n = Counter(lps[tr])
        w = np.array([n[lp] ** -power for lp in lps[tr]])
        return _fit_predict(X[tr], t[tr], X[te], None, seed, weight=w / w.mean())
    return learn


def stacked_learner(y: np.ndarray, S: np.ndarray, groups: np.ndarray, inner: int = 5,
                    keep_features: bool = True) -> Learner:
    """Sub-score models' predictions as extra features of the Overall model.

    The training rows' sub-score predictions are out-of-fold (grouped inner
    CV on the training rows only), so the Overall model learns how far to
    trust predictions, not labels; the test rows get the predictions of
    sub-score models fitted on all training rows."""
    groups = np.asarray(groups)

    def learn(X, tr, te, seed):
        k = S.shape[1]
        s_tr, s_te = np.zeros((len(tr), k)), np.zeros((len(te), k))
        splits = list(GroupKFold(inner, shuffle=True, random_state=seed).split(tr, groups=groups[tr]))
        for j in range(k):
            for itr, ite in splits:
                s_tr[ite, j] = _fit_predict(X[tr[itr]], S[tr[itr], j], X[tr[ite]], None, seed)
            s_te[:, j] = _fit_predict(X[tr], S[tr, j], X[te], None, seed)
        if not keep_features:
            return _fit_predict(s_tr, y[tr], s_te, None, seed)
        return _fit_predict(np.hstack([X[tr], s_tr]), y[tr], np.hstack([X[te], s_te]), None, seed)
    return learn


def averaged_learner(y: np.ndarray, S: np.ndarray) -> Learner:
    """The mean of the Overall model's and each sub-score model's predictions."""
    def learn(X, tr, te, seed):
        preds = [_fit_predict(X[tr], t[tr], X[te], None, seed) for t in (y, *S.T)]
        return np.mean(preds, axis=0)
    return learn


def agreement_learner(y: np.ndarray, other: np.ndarray, scale: float = 3.0) -> Learner:
    """Weight training pairs by 1 / (1 + scale * |Overall - other|): a pair
    whose Overall and Narrative disagree is likelier to be annotator noise."""
    w = 1.0 / (1.0 + scale * np.abs(y - other))

    def learn(X, tr, te, seed):
        return _fit_predict(X[tr], y[tr], X[te], None, seed, weight=w[tr] / w[tr].mean())
    return learn


def rows_learner(y: np.ndarray, S: np.ndarray) -> Learner:
    """One model over Overall and sub-score rows, told the task by a column."""
    k = S.shape[1]

    def learn(X, tr, te, seed):
        task = np.repeat(np.arange(k + 1), len(tr))
        Xa = np.hstack([np.tile(X[tr], (k + 1, 1)), np.eye(k + 1)[task]])
        ya = np.concatenate([y[tr], *(S[tr, j] for j in range(k))])
        Xt = np.hstack([X[te], np.eye(k + 1)[np.zeros(len(te), dtype=int)]])
        return _fit_predict(Xa, ya, Xt, None, seed)
    return learn


def candidates(y, S, tasks: Sequence[str], lang_pairs, groups) -> dict[str, Learner | None]:
    """The candidates measured (``None``: the shipped recipe)."""
    col = {t: S[:, tasks.index(t)] for t in tasks}
    four = np.column_stack([col[t] for t in ("Geography", "Entities", "Time", "Narrative")])
    ne = np.column_stack([col["Narrative"], col["Entities"]])
    return {
        "v2 (shipped recipe)": None,
        "stack G/E/T/N": stacked_learner(y, four, groups),
        "stack all six": stacked_learner(y, S, groups),
        "blend mean(O, N, E)": blend_learner(y, ne, (1.0, 1.0)),
        "blend 0.75 O + 0.25 N": blend_learner(y, ne[:, :1], (1 / 3,)),
        "blend 0.5 O + 0.5 N": blend_learner(y, ne[:, :1], (1.0,)),
        "rows O + N + E": rows_learner(y, ne),
        "stack N/E": stacked_learner(y, ne, groups),
        "stack G/E/T/N, no features": stacked_learner(y, four, groups, keep_features=False),
        "mean of O, N models": averaged_learner(y, ne[:, :1]),
        "mean of O, N, E models": averaged_learner(y, ne),
        "O/N agreement weights": agreement_learner(y, col["Narrative"]),
        "balanced ^0.5": balanced_learner(y, lang_pairs, 0.5),
        "balanced ^1": balanced_learner(y, lang_pairs, 1.0),
    }


def run(path: str, seeds=(0, 1, 2), only: Sequence[str] = ()) -> list[dict]:
    """Every candidate beside the shipped recipe, on the same features and folds."""
    from storyline.bench.similarity import pair_views, read_pairs
    from storyline.similarity.stats import Stats
    from storyline.similarity.train import features_matrix, groups_of

    rows = read_pairs(path)
    S = sub_targets(rows)
    pairs = pair_views(rows, progress=True)
    stats = Stats.fit(list({id(v): v for p in pairs for v in p}.values()))
    X = features_matrix(pairs, stats)
    y = np.array([target_of(r["Overall"]) for r in rows])
    lps = [f"{r['lang1']}-{r['lang2']}" for r in rows]
    ids = [tuple(r["pair_id"].split("_", 1)) if "_" in r.get("pair_id", "")
           else (f"{i}a", f"{i}b") for i, r in enumerate(rows)]
    groups = groups_of(ids)
    out = []
    for label, learner in candidates(y, S, TASKS, lps, groups).items():
        if only and label not in only and learner is not None:
            continue
        res = evaluate(X, FEATURE_NAMES, y, lps, groups, seeds, learner=learner)
        out.append({"variant": label, **res})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("pairs", help="SemEval-2022 Task 8 layout CSV, with the sub-score columns")
    ap.add_argument("--seeds", type=int, default=3, help="fold splits to repeat CV over")
    ap.add_argument("--only", action="append", default=[], help="run only this candidate (repeatable)")
    args = ap.parse_args(argv)
    for res in run(args.pairs, tuple(range(args.seeds)), args.only):
        print(json.dumps(res, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
