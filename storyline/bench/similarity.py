"""Benchmark (and reproducible retraining) of article-pair similarity.

Input: a CSV in the SemEval-2022 Task 8 layout (an unnamed index column, then
``pair_id, lang1, lang2, text1, text2, ..., Overall``; 1 = same story, 4 =
unrelated).  Reported: Pearson correlation of our score with ``-Overall``
(the task's measure up to sign), overall and per language pair, beside the
starting point (cosine of the e5 embeddings of the first 600 characters).
The shipped model was trained on the dev file, so scoring that file without
``fit`` is an in-sample number; use ``fit`` (cross-validation) or held-out
pairs for an honest one.

``fit=True`` first runs grouped k-fold cross-validation (fixed seed) and then
trains on all rows and writes the shipped model file, so the shipped model is
always the one whose cross-validated score is reported.

``gate=storyline.bench.gate.gate_passed`` also reports every figure on the
pairs whose two articles the page gate lets through: a page the gate refuses (a bot
wall, a site's front matter, a cookie notice) joins no event, so the product
never scores a pair with one, while its SemEval label rates the page the
annotators read, not the text the scraper kept.  The figure on all pairs
stays the measure; the second says what the scores the product uses are worth.
"""
from __future__ import annotations

import csv
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Callable

import numpy as np

from storyline.similarity.features import ArticleView, views_of
from storyline.similarity.model import DEFAULT_PATH, SimilarityModel

csv.field_size_limit(sys.maxsize)


REQUIRED = ("lang1", "lang2", "text1", "text2", "Overall")


def read_pairs(path: str | Path, limit: int | None = None,
               skipped: list[str] | None = None) -> list[dict]:
    """Rows with text1/text2/lang1/lang2/Overall (texts keep their newlines).

    A file without one of those columns is refused (``ValueError`` naming them);
    a row with an empty text or a missing or non-numeric ``Overall`` is left
    out, and ``skipped`` (if given) receives "row N (line M): reason" for it.
    """
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
        if missing:
            raise ValueError(f"{path}: missing column(s) {', '.join(missing)} "
                             f"(SemEval-2022 Task 8 layout: {', '.join(REQUIRED)})")
        rows = []
        for number, row in enumerate(reader, 1):
            line = reader.line_num  # where the record ends: texts may span lines
            empty = [c for c in ("text1", "text2") if not (row.get(c) or "").strip()]
            reason = f"empty {' and '.join(empty)}" if empty else None
            if reason is None:
                try:
                    overall = float(row["Overall"])
                    reason = None if 1.0 <= overall <= 4.0 else f"Overall {row['Overall']!r} outside 1..4"
                except (TypeError, ValueError):
                    reason = f"Overall {row.get('Overall')!r} is not a number"
            if reason:
                if skipped is not None:
                    skipped.append(f"row {number} (line {line}): {reason}")
                continue
            rows.append(row)
            if limit and len(rows) >= limit:
                break
    return rows


def pair_views(rows: list[dict], embedder=None,
               progress: bool = False) -> list[tuple[ArticleView, ArticleView]]:
    """Views of both sides of every row (each distinct text built once)."""
    items: dict[tuple[str, str], int] = {}
    for r in rows:
        for t, lang in ((r["text1"], r["lang1"]), (r["text2"], r["lang2"])):
            items.setdefault((t, lang), len(items))
    if embedder is None:
        from storyline.embed import shared_embedder

        embedder = shared_embedder()
    views = views_of([("", t, lang, None) for t, lang in items], embedder, progress=progress)
    return [(views[items[(r["text1"], r["lang1"])]], views[items[(r["text2"], r["lang2"])]])
            for r in rows]


def _passed(rows: list[dict], keep: np.ndarray, scores, target) -> dict:
    """Pearson and per-language-pair figures on the rows ``keep`` marks."""
    s, t = np.asarray(scores)[keep], np.asarray(target)[keep]
    kept = [r for r, k in zip(rows, keep) if k]
    return {"pearson": _r(pearson(s, t)), "n": int(keep.sum()),
            "by_language_pair": by_language_pair(kept, s, t)}


def pearson(x, y) -> float:
    x, y = np.asarray(x, float), np.asarray(y, float)
    if len(x) < 3 or x.std() == 0 or y.std() == 0:
        return float("nan")
    return float(np.corrcoef(x, y)[0, 1])


def _r(value: float) -> float | None:
    """Rounded for the JSON line; undefined (too few pairs) becomes null, not NaN."""
    return None if value != value else round(value, 4)


def by_language_pair(rows: list[dict], scores, target) -> dict[str, dict]:
    idx: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        idx[f"{r['lang1']}-{r['lang2']}"].append(i)
    s, t = np.asarray(scores), np.asarray(target)
    return {lp: {"pearson": _r(pearson(s[ii], t[ii])), "n": len(ii)}
            for lp, ii in sorted(idx.items(), key=lambda kv: -len(kv[1]))}


def run(path: str, limit: int | None = None, fit: bool = False, folds: int = 5, seed: int = 0,
        progress: bool = True, model_path: str | Path | None = None,
        gate: Callable[[list[dict]], np.ndarray] | None = None) -> dict:
    """Score (or, with ``fit``, cross-validate and retrain) on a pairs CSV.

    Returns pearson/n/by_language_pair of the scores against ``-Overall``,
    ``baseline_pearson`` (first-600-character cosine), ``pairs_per_second``
    of scoring with views precomputed, ``seconds`` in all, and with ``fit``
    ``cv_pearson``/``cv_by_language_pair`` and ``model_path`` written; with
    ``gate`` (:func:`storyline.bench.gate.gate_passed`: rows -> whether the gate
    lets both articles through), ``gate_refused_pairs`` and ``gate_passed`` (and
    ``cv_gate_passed``): the same figures on the pairs it lets through.
    """
    from storyline.similarity import train

    t0 = time.perf_counter()
    skipped: list[str] = []
    rows = read_pairs(path, limit, skipped)
    if skipped:
        print(f"{path}: left out {len(skipped)} row(s): " + "; ".join(skipped[:10])
              + (" …" if len(skipped) > 10 else ""), file=sys.stderr)
    if not rows:
        raise ValueError(f"{path}: no usable pairs")
    pairs = pair_views(rows, progress=progress)
    target = np.array([train.target_of(r["Overall"]) for r in rows])
    baseline = [float(a.lead_vec @ b.lead_vec) for a, b in pairs]
    out: dict = {"n": len(rows), "skipped": len(skipped), "baseline_pearson": _r(pearson(baseline, target)),
                 "baseline_by_language_pair": by_language_pair(rows, baseline, target)}
    keep = gate(rows) if gate else None
    if keep is not None:
        out["gate_refused_pairs"] = int((~keep).sum())
    if fit:
        ids = [tuple(r["pair_id"].split("_", 1)) if "_" in r.get("pair_id", "")
               else (f"{i}a", f"{i}b") for i, r in enumerate(rows)]
        oof = train.cross_val_predict(pairs, target, train.groups_of(ids), folds, seed)
        out["cv_pearson"] = _r(pearson(oof, target))
        out["cv_by_language_pair"] = by_language_pair(rows, oof, target)
        out["cv_folds"] = folds
        if keep is not None:
            out["cv_gate_passed"] = _passed(rows, keep, oof, target)
        model = train.fit(pairs, target, seed=seed, meta={
            "cv_pearson": out["cv_pearson"], "cv_folds": folds,
            "trained_on": Path(path).name, "baseline_pearson": out["baseline_pearson"]})
        out["model_path"] = str(model.save(model_path or DEFAULT_PATH))
    else:
        model = SimilarityModel.load(model_path)
    t1 = time.perf_counter()
    X = np.vstack([model.pair_features(a, b) for a, b in pairs])
    scores = model.predict_features(X)
    dt = time.perf_counter() - t1
    out["pearson"] = _r(pearson(scores, target))
    if fit:
        out["note"] = "pearson is in-sample (the model was trained on these rows); see cv_pearson"
    out["by_language_pair"] = by_language_pair(rows, scores, target)
    if keep is not None:
        out["gate_passed"] = _passed(rows, keep, scores, target)
    out["pairs_per_second"] = round(len(rows) / dt, 1) if dt > 0 else None
    out["seconds"] = round(time.perf_counter() - t0, 2)
    return out
