"""Does the sentence's own meaning rank facts better?  ``python -m storyline.bench.summaries_embed ARTICLES SUMMARIES``

Why kept: the learned scorer of :mod:`storyline.bench.summaries_learned`
sees only eleven surface features of a fact; the hypothesis measured here is
that a summary writer's sentences are a *kind* of sentence (what happened,
who, where, how many) unlike quotes, background and reactions, and that the
fact's sentence vector (its language-centred e5 mean, ``Fact.vector``, stored
with every embedded event) sees the kind.  Tried, over the same labels (the
share of a fact's shown sentence's bigrams the reference repeats):

- the vector alone (ridge, strongly regularised; or PCA to k dims + ridge),
  as is and minus the event's mean fact vector (the kind *within* the event);
- cosines to the event's lead sentences (the facts holding an article's first
  sentence) beside the eleven features;
- all together; a logistic on "label above the event's median"; a ridge on
  features and labels centred within each event (listwise in effect); and a
  pairwise logistic on within-event differences (RankNet-like, linear);
  the last two also without the vector, to tell what it adds.

Only embedded events (two or more reports) have vectors, so only they are
rescored; the others keep the hand weights, as a shipped scorer would.
Every model's setting (ridge strength, k, C, MMR lambda) is chosen by inner
cross-validation on the other folds (ROUGE-2 of their summaries) and the
held-out events summarised with the model fitted without them; seeded folds
as in :mod:`~storyline.bench.summaries_learned`.  The result is in
docs/benchmarks.md, "Summaries" (tried, not kept: the best, the centred
ridge with the vector, is level with the hand weights on the same folds).
``--only FAMILY ...`` runs some of :func:`families` (all: ~18 min on one core).
"""
from __future__ import annotations

import argparse
import itertools
import json
import random
import statistics

import numpy as np

from storyline.bench.summaries_learned import FOLDS, SEED, Data, HandWeights, baselines, folds_of
from storyline.facts.summarise import MMR_LAMBDA

LAMBDAS = (0.7, 0.85, 1.0)


def _unit(v: np.ndarray) -> np.ndarray:
    return v / np.maximum(np.linalg.norm(v, axis=-1, keepdims=True), 1e-9)


def views(data: Data) -> list[dict[str, np.ndarray] | None]:
    """Per event (None where nothing was embedded): the eleven features ``f``,
    the fact vectors ``v``, the vectors minus the event's mean ``vc``, the hand score ``hand``, and
    ``lead``: cosine to the mean of the lead facts and the largest cosine to
    another lead fact."""
    from storyline.facts.features import FEATURE_NAMES
    first = FEATURE_NAMES.index("first_sentence")
    out = []
    for ef, X in zip(data.facts, data.X):
        if not ef.embedded or not len(ef.facts) or any(f.vector is None for f in ef.facts):
            out.append(None)
            continue
        v = _unit(np.vstack([f.vector for f in ef.facts]).astype(np.float64))
        leads = np.flatnonzero(X[:, first] > 0)
        if not len(leads):
            leads = np.arange(len(v))
        sims = v @ v[leads].T
        sims[leads, np.arange(len(leads))] = -1.0  # not a lead's cosine with itself
        lead = np.column_stack([v @ _unit(v[leads].mean(axis=0)),
                                np.where(len(leads) > 1, sims.max(axis=1), 0.0)])
        out.append({"f": X, "v": v, "vc": v - v.mean(axis=0), "lead": lead,
                    "hand": HandWeights().predict(X)[:, None]})
    return out


class Scorer:
    """A linear scorer over some of an event's views: standardise, optionally
    PCA the vector block, then one of ridge / logistic (label above the
    event's median) / centred ridge / pairwise logistic."""

    def __init__(self, blocks: tuple[str, ...], kind: str = "ridge", reg: float = 10.0,
                 k: int | None = None, vec: str = "v"):
        self.blocks, self.kind, self.reg, self.k, self.vec = blocks, kind, reg, k, vec

    def _raw(self, view: dict) -> np.ndarray:
        parts = []
        for b in self.blocks:
            m = view[self.vec] if b == "vec" else view[b]
            if b == "vec" and self.k:
                m = (m - self.pca_mean) @ self.pca
            parts.append(m)
        return np.hstack(parts)

    def fit(self, vs: list[dict], ys: list[np.ndarray]) -> "Scorer":
        from sklearn.linear_model import LogisticRegression, Ridge
        if "vec" in self.blocks and self.k:
            V = np.vstack([v[self.vec] for v in vs])
            self.pca_mean = V.mean(axis=0)
            _, _, vt = np.linalg.svd(V - self.pca_mean, full_matrices=False)
            self.pca = vt[: self.k].T
        Xs = [self._raw(v) for v in vs]
        X = np.vstack(Xs)
        self.mean, self.scale = X.mean(axis=0), X.std(axis=0)
        self.scale[self.scale == 0] = 1.0
        Zs = [(x - self.mean) / self.scale for x in Xs]
        if self.kind == "ridge":
            est = Ridge(alpha=self.reg).fit(np.vstack(Zs), np.concatenate(ys))
        elif self.kind == "centred":
            est = Ridge(alpha=self.reg, fit_intercept=False).fit(
                np.vstack([z - z.mean(axis=0) for z in Zs]), np.concatenate([y - y.mean() for y in ys]))
        elif self.kind == "median":
            lab = np.concatenate([y > np.median(y) for y in ys])
            est = LogisticRegression(C=self.reg, max_iter=2000).fit(np.vstack(Zs), lab)
        elif self.kind == "pairs":
            rng = random.Random(SEED)
            d, lab = [], []
            for z, y in zip(Zs, ys):
                pairs = [(i, j) for i, j in itertools.combinations(range(len(y)), 2) if abs(y[i] - y[j]) > 0.05]
                for i, j in rng.sample(pairs, min(len(pairs), 1500)):
                    s = rng.random() < 0.5  # both orders, so the classes are balanced
                    a, b = (i, j) if s else (j, i)
                    d.append(z[a] - z[b])
                    lab.append(y[a] > y[b])
            est = LogisticRegression(C=self.reg, fit_intercept=False, max_iter=2000).fit(np.array(d), lab)
        else:
            raise ValueError(f"unknown scorer kind {self.kind!r}")
        self.coef = np.ravel(est.coef_)
        return self

    def predict_view(self, view: dict) -> np.ndarray:
        return ((self._raw(view) - self.mean) / self.scale) @ self.coef


class Harness:
    """Rescores embedded events with a fitted scorer (the others with the hand
    weights), predictions scaled to the hand scores' spread so that the MMR
    lambda keeps its meaning."""

    def __init__(self, data: Data):
        self.data, self.views = data, views(data)
        self.embedded = [i for i, v in enumerate(self.views) if v is not None]
        self.hand = [data.rouge2(i, HandWeights(), MMR_LAMBDA)["rouge2"] for i in range(len(data.events))]
        self.hand_sd = float(np.std(np.concatenate([HandWeights().predict(data.X[i]) for i in self.embedded])))

    def fit(self, make, train: list[int]):
        idx = [i for i in train if self.views[i] is not None]
        model = make().fit([self.views[i] for i in idx], [self.data.y[i] for i in idx])
        sd = float(np.std(np.concatenate([model.predict_view(self.views[i]) for i in idx])))
        model.gain = self.hand_sd / sd if sd else 1.0
        return model

    def rouge2(self, i: int, model, lam: float) -> float:
        if self.views[i] is None:
            return self.hand[i]

        class Fixed:
            def predict(_, X):  # noqa: N805
                return model.gain * model.predict_view(self.views[i])
        return self.data.rouge2(i, Fixed(), lam)["rouge2"]


def nested_cv(h: Harness, grid: dict[str, callable], folds: int = FOLDS, seed: int = SEED) -> dict:
    """Held-out ROUGE-2 of the scorer family ``grid`` (setting name -> factory);
    setting and lambda chosen per outer fold by inner CV on the other folds."""
    n = len(h.data.events)
    parts = folds_of(n, folds, seed)
    per_fold, chosen = [], []
    for k, test in enumerate(parts):
        train = [i for i in range(n) if i not in test]
        table = {(s, lam): [] for s in grid for lam in LAMBDAS}
        for j, p in enumerate(parts):
            if j == k:
                continue
            rest = [i for i in train if i not in p]
            for s, make in grid.items():
                model = h.fit(make, rest)
                for lam in LAMBDAS:
                    table[(s, lam)] += [h.rouge2(i, model, lam) for i in p]
        best = max(sorted(table), key=lambda c: round(statistics.fmean(table[c]), 6))
        model = h.fit(grid[best[0]], train)
        per_fold.append(statistics.fmean(h.rouge2(i, model, best[1]) for i in test))
        chosen.append(f"{best[0]}/{best[1]}")
    return {"mean": round(statistics.fmean(per_fold), 4), "sd": round(statistics.pstdev(per_fold), 4),
            "per_fold": [round(x, 4) for x in per_fold], "chosen": chosen}


def families() -> dict[str, dict[str, callable]]:
    """Each family's grid of settings (the inner CV picks one, with lambda)."""
    S = Scorer
    F, FL = ("f",), ("f", "lead")
    return {
        "features_ridge": {f"a{a}": (lambda a=a: S(F, reg=a)) for a in (1.0, 10.0, 100.0)},
        "features_lead_ridge": {f"a{a}": (lambda a=a: S(FL, reg=a)) for a in (1.0, 10.0, 100.0)},
        "vector_ridge": {f"a{a}": (lambda a=a: S(("vec",), reg=a)) for a in (300.0, 3000.0, 30000.0)},
        "vector_minus_event_ridge": {f"a{a}": (lambda a=a: S(("vec",), reg=a, vec="vc"))
                                     for a in (300.0, 3000.0, 30000.0)},
        "vector_pca_ridge": {f"k{k}a{a}": (lambda k=k, a=a: S(("vec",), reg=a, k=k))
                             for k in (16, 32, 64) for a in (10.0, 100.0)},
        "features_lead_vector_pca_ridge": {f"k{k}a{a}": (lambda k=k, a=a: S(FL + ("vec",), reg=a, k=k))
                                           for k in (16, 32, 64) for a in (10.0, 100.0)},
        "features_lead_vector_ridge": {f"a{a}": (lambda a=a: S(FL + ("vec",), reg=a))
                                       for a in (300.0, 3000.0)},
        "median_logistic": {f"k{k}C{c}": (lambda k=k, c=c: S(FL + ("vec",), kind="median", reg=c, k=k))
                            for k in (16, 32) for c in (0.01, 0.1)},
        "centred_ridge": {f"k{k}a{a}": (lambda k=k, a=a: S(FL + ("vec",), kind="centred", reg=a, k=k))
                          for k in (0, 16, 32) for a in (10.0, 100.0)},
        "centred_ridge_no_vector": {f"a{a}": (lambda a=a: S(FL, kind="centred", reg=a)) for a in (1.0, 10.0, 100.0)},
        "pairwise_logistic_no_vector": {f"C{c}": (lambda c=c: S(FL, kind="pairs", reg=c)) for c in (0.01, 0.1, 1.0)},
        "centred_hand_vector": {f"k{k}a{a}": (lambda k=k, a=a: S(("hand", "vec"), kind="centred", reg=a, k=k))
                                for k in (16, 32) for a in (10.0, 100.0)},
        "pairwise_logistic": {f"k{k}C{c}": (lambda k=k, c=c: S(FL + ("vec",), kind="pairs", reg=c, k=k))
                              for k in (0, 16, 32) for c in (0.01, 0.1)},
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("articles")
    ap.add_argument("summaries")
    ap.add_argument("--only", nargs="*", help="families to run (default: all)")
    args = ap.parse_args(argv)
    h = Harness(Data(args.articles, args.summaries))
    parts = folds_of(len(h.data.events))
    base = baselines(h.data, parts)
    for b in base.values():  # the figure comparable with nested_cv's: the mean of the fold means
        b["mean_of_folds"] = round(statistics.fmean(b["rouge2_per_fold"]), 4)
    report = {"n": len(h.data.events), "embedded": len(h.embedded), "baselines": base}
    for name, grid in families().items():
        if not args.only or name in args.only:
            report[name] = nested_cv(h, grid)
            print(name, json.dumps(report[name]), flush=True)
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
