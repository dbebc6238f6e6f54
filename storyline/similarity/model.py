"""The shipped pair-similarity model: load it, score pairs of article views.

Why a JSON file with our own tree evaluator: a pickled scikit-learn estimator
breaks across scikit-learn versions, while the learned boosted trees are just
arrays (feature, threshold, children, leaf value).  Exported to JSON they load
anywhere, stay small (< 1 MB, versioned by file name), and are evaluated for
many pairs at once with a few numpy operations per tree level.

The score is the model's estimate of ``(4 - Overall) / 3`` in SemEval-2022
Task 8 terms, clipped to [0, 1]: 1 = same story, 0 = unrelated.  The corpus
statistics the features are calibrated with (document frequencies, language
mean vectors: :mod:`storyline.similarity.stats`) ship in the same file.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import numpy as np

from storyline.similarity.features import FEATURE_NAMES, ArticleView, pair_features
from storyline.similarity.stats import Stats

MODEL_VERSION = "v2"
DEFAULT_PATH = Path(__file__).with_name(f"model-{MODEL_VERSION}.json")


class Forest:
    """Gradient-boosted regression trees packed into flat arrays.

    All trees are walked together: ``node`` holds, per (pair, tree), the
    current node index, and each step moves every unfinished walk one level.
    """

    def __init__(self, baseline: float, roots: Sequence[int], nodes: dict):
        self.baseline = float(baseline)
        self.roots = np.asarray(roots, dtype=np.int64)
        self.feature = np.asarray(nodes["feature"], dtype=np.int64)
        self.threshold = np.asarray(nodes["threshold"], dtype=np.float64)
        self.missing_left = np.asarray(nodes["missing_left"], dtype=bool)
        self.left = np.asarray(nodes["left"], dtype=np.int64)
        self.right = np.asarray(nodes["right"], dtype=np.int64)
        self.leaf = np.asarray(nodes["leaf"], dtype=bool)
        self.value = np.asarray(nodes["value"], dtype=np.float64)

    @classmethod
    def from_sklearn(cls, est, columns: Sequence[int] | None = None) -> "Forest":
        """Pack a fitted ``HistGradientBoostingRegressor`` (numeric features);
        ``columns[j]`` is the full-vector index of the estimator's feature j."""
        columns = list(columns) if columns is not None else list(range(est.n_features_in_))
        cols: dict[str, list] = {k: [] for k in
                                 ("feature", "threshold", "missing_left", "left",
                                  "right", "leaf", "value")}
        roots = []
        for (pred,) in est._predictors:
            n = pred.nodes
            off = len(cols["value"])
            roots.append(off)
            leaf = n["is_leaf"].astype(bool)
            cols["feature"] += [columns[int(f)] for f in n["feature_idx"]]
            cols["threshold"] += [float(t) for t in n["num_threshold"]]
            cols["missing_left"] += [int(m) for m in n["missing_go_to_left"]]
            cols["left"] += [0 if lf else int(i) + off for i, lf in zip(n["left"], leaf)]
            cols["right"] += [0 if lf else int(i) + off for i, lf in zip(n["right"], leaf)]
            cols["leaf"] += [int(x) for x in leaf]
            cols["value"] += [float(v) for v in n["value"]]
        return cls(float(np.ravel(est._baseline_prediction)[0]), roots, cols)

    def to_json(self) -> dict:
        r = lambda a: [round(float(x), 7) for x in a]  # noqa: E731 - 7 digits is exact enough
        return {"baseline": self.baseline, "roots": self.roots.tolist(), "nodes": {
            "feature": self.feature.tolist(), "threshold": r(self.threshold),
            "missing_left": self.missing_left.astype(int).tolist(),
            "left": self.left.tolist(), "right": self.right.tolist(),
            "leaf": self.leaf.astype(int).tolist(), "value": r(self.value)}}

    def predict(self, X: np.ndarray) -> np.ndarray:
        X = np.atleast_2d(np.asarray(X, dtype=np.float64))
        node = np.broadcast_to(self.roots, (len(X), len(self.roots))).copy()
        rows = np.arange(len(X))[:, None]
        while True:
            active = ~self.leaf[node]
            if not active.any():
                break
            x = X[rows, self.feature[node]]
            go_left = np.where(np.isnan(x), self.missing_left[node],
                               x <= self.threshold[node])
            nxt = np.where(go_left, self.left[node], self.right[node])
            node = np.where(active, nxt, node)
        return self.baseline + self.value[node].sum(axis=1)


class Linear:
    """Ridge regression on standardised features; a missing value counts as
    the training mean.  Averaged with the trees, it smooths their steps."""

    def __init__(self, columns, mean, scale, coef, intercept: float):
        self.columns = np.asarray(columns, dtype=np.int64)
        self.mean = np.asarray(mean, dtype=np.float64)
        self.scale = np.asarray(scale, dtype=np.float64)
        self.coef = np.asarray(coef, dtype=np.float64)
        self.intercept = float(intercept)

    def predict(self, X: np.ndarray) -> np.ndarray:
        Z = (np.atleast_2d(X)[:, self.columns] - self.mean) / self.scale
        return np.nan_to_num(Z, nan=0.0) @ self.coef + self.intercept

    def to_json(self) -> dict:
        r = lambda a: [round(float(x), 9) for x in a]  # noqa: E731
        return {"columns": self.columns.tolist(), "mean": r(self.mean), "scale": r(self.scale),
                "coef": r(self.coef), "intercept": round(self.intercept, 9)}


class SimilarityModel:
    """Scores whether two articles report the same story (1) or not (0):
    the mean of boosted trees and a ridge model over :data:`FEATURE_NAMES`."""

    def __init__(self, forest: Forest, linear: Linear, stats: Stats, meta: dict | None = None):
        self.forest = forest
        self.linear = linear
        self.stats = stats
        self.meta = meta or {}

    # ------------------------------------------------------------ persistence
    @classmethod
    def load(cls, path: str | Path | None = None) -> "SimilarityModel":
        """Load a model file (default: the one shipped in the package)."""
        data = json.loads(Path(path or DEFAULT_PATH).read_text(encoding="utf-8"))
        if data.get("feature_names") != FEATURE_NAMES:
            raise ValueError(f"{path}: model was trained on other features; retrain it "
                             "with `storyline bench similarity PAIRS.csv --fit`")
        return cls(Forest(**data["forest"]), Linear(**data["linear"]),
                   Stats.from_json(data["stats"]), data.get("meta", {}))

    def to_json(self) -> dict:
        return {"format": "storyline-similarity", "version": MODEL_VERSION,
                "feature_names": FEATURE_NAMES,
                "target": "(4 - Overall) / 3 of SemEval-2022 Task 8, clipped to [0, 1]",
                "meta": self.meta,
                "stats": self.stats.to_json(),
                "forest": self.forest.to_json(), "linear": self.linear.to_json()}

    def save(self, path: str | Path | None = None) -> Path:
        path = Path(path or DEFAULT_PATH)
        path.write_text(json.dumps(self.to_json(), ensure_ascii=False, separators=(",", ":"),
                                   sort_keys=True) + "\n", encoding="utf-8")
        return path

    # ---------------------------------------------------------------- scoring
    def pair_features(self, a: ArticleView, b: ArticleView) -> np.ndarray:
        return pair_features(a, b, self.stats)

    def predict_features(self, X: np.ndarray) -> np.ndarray:
        X = np.atleast_2d(np.asarray(X, dtype=np.float64))
        return np.clip((self.forest.predict(X) + self.linear.predict(X)) / 2, 0.0, 1.0)

    def score(self, a: ArticleView, b: ArticleView) -> float:
        """Probability-like score in [0, 1] that ``a`` and ``b`` tell the same story."""
        return float(self.predict_features(self.pair_features(a, b)[None, :])[0])

    def score_many(self, a: ArticleView, bs: Sequence[ArticleView]) -> np.ndarray:
        """Scores of ``a`` against each of ``bs`` (trees evaluated in one batch)."""
        if not bs:
            return np.zeros(0)
        X = np.vstack([self.pair_features(a, b) for b in bs])
        return self.predict_features(X)


@lru_cache(maxsize=1)
def default_model() -> SimilarityModel:
    return SimilarityModel.load()


def default_stats() -> Stats:
    """Calibration statistics of the shipped model (empty if none is shipped yet)."""
    try:
        return default_model().stats
    except FileNotFoundError:
        return Stats()
