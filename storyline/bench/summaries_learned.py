"""Does a learned fact scorer beat the hand weights?  ``python -m storyline.bench.summaries_learned ARTICLES SUMMARIES``

Why kept: the summary ranks facts by hand-set weights over three features
(:data:`storyline.facts.summarise.WEIGHTS`); a supervised scorer over all of
:data:`~storyline.facts.features.FEATURE_NAMES` is the obvious next step for
ROUGE, and this is how it is measured, on events it was not fitted on.  (It
did not beat the hand weights on the Wikinews dev file -- docs/benchmarks.md, "Summaries
summaries" -- so no learned scorer ships; :mod:`storyline.bench.summaries_embed`
adds the facts' sentence vectors and within-event rankers, and does not either.)  Each event's facts are built once with
the code that summarises a stored event; each fact is labelled by how much of
the reference summary its sentence (as an English reader sees it) repeats:
the share of its word bigrams (stemmed, ``rouge-score``'s tokeniser) found in
the reference.  A ridge regression on :data:`~storyline.facts.scorer.FEATURE_NAMES`
learns that label.

Measured by cross-validation over events (leave events out; seeded folds
over the whole file): for each fold the ridge strength and MMR lambda are
chosen on the other folds by their summaries' ROUGE-2, and the held-out
events are summarised with the model fitted without them.  The output gives
each fold's choice and held-out ROUGE-2, their mean and spread, beside the
hand weights and the two baselines on the same folds.
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
from collections import Counter

import numpy as np

from storyline.bench.summaries import BUDGET, FACTS_ONLY, _scorer, lead_of_longest, leads_in_turn, load_events
from storyline.embed import shared_embedder
from storyline.facts.event import build_event_facts
from storyline.facts.model import EventFacts
from storyline.facts.render import event_view
from storyline.facts.features import feature_matrix
from storyline.facts.summarise import MMR_LAMBDA, WEIGHTS, mmr, representative, similarity_matrix

ALPHAS = (1.0, 10.0, 100.0)
LAMBDAS = (0.7, 0.85, 1.0)
FOLDS = 5
SEED = 0


def bigrams(tokens: list[str]) -> Counter:
    return Counter(zip(tokens, tokens[1:]))


def fact_labels(ef: EventFacts, reference: str, tokenizer, lang: str = "en") -> list[float]:
    """Share of each fact's shown sentence's bigrams that the reference has."""
    ref = bigrams(tokenizer.tokenize(reference))
    out = []
    for f in ef.facts:
        got = bigrams(tokenizer.tokenize(representative(f, lang).text))
        out.append(sum(min(n, ref[b]) for b, n in got.items()) / max(1, sum(got.values())))
    return out


def resummarise(ef: EventFacts, scores: list[float], lam: float, budget: int = BUDGET) -> EventFacts:
    """The event's summary again with other fact scores (facts themselves unchanged)."""
    for f, s in zip(ef.facts, scores):
        f.score = float(s)
    ef.summary = [ef.facts[i].id for i in mmr(ef.facts, budget, lam, similarity_matrix(ef.facts))]
    ef.budget_words, ef.lam = budget, lam  # a reader's summary is picked again with these
    return ef


def fit(X: np.ndarray, y: np.ndarray, alpha: float):
    """Ridge on standardised features, packed as the similarity model's ``Linear``
    (JSON-able, so a scorer that wins could ship without pickles)."""
    from sklearn.linear_model import Ridge

    from storyline.similarity.model import Linear
    mean, scale = X.mean(axis=0), X.std(axis=0)
    scale[scale == 0] = 1.0
    est = Ridge(alpha=alpha).fit((X - mean) / scale, y)
    return Linear(list(range(X.shape[1])), mean, scale, est.coef_, float(est.intercept_))


class Data:
    """Every event's facts, features and labels, built once."""

    def __init__(self, articles: str, summaries: str, limit: int | None = None, progress=None):
        self.events = load_events(articles, summaries, limit)
        self.rouge = _scorer()
        embedder = shared_embedder()
        self.facts: list[EventFacts] = []
        for cluster, arts, _ in self.events:
            if progress:
                progress(cluster)
            self.facts.append(build_event_facts(0, arts, embedder, budget_words=BUDGET, **FACTS_ONLY))
        tok = self.rouge._tokenizer
        self.X = [feature_matrix([f.features for f in ef.facts]) for ef in self.facts]
        self.y = [np.array(fact_labels(ef, ref, tok)) for ef, (_, _, ref) in zip(self.facts, self.events)]

    def rouge2(self, i: int, model, lam: float) -> dict[str, float]:
        ef = self.facts[i]
        if len(ef.facts):
            resummarise(ef, model.predict(self.X[i]), lam)
        text = " ".join(v["text"] for v in event_view(ef, "en")["summary"])
        return {k: v.fmeasure for k, v in self.rouge.score(self.events[i][2], text).items()}

    def stack(self, idx: list[int]) -> tuple[np.ndarray, np.ndarray]:
        return (np.vstack([self.X[i] for i in idx]),
                np.concatenate([self.y[i] for i in idx]))


def folds_of(n: int, k: int = FOLDS, seed: int = SEED) -> list[list[int]]:
    order = list(range(n))
    random.Random(seed).shuffle(order)
    return [sorted(order[j::k]) for j in range(k)]


def cross_validate(data: Data, folds: int = FOLDS, seed: int = SEED) -> dict:
    if not 3 <= folds <= len(data.events):
        raise ValueError(f"--folds must be 3..{len(data.events)} (the events), not {folds}: "
                         "the setting is chosen by an inner cross-validation on the other folds")
    grid = [(a, lam) for a in ALPHAS for lam in LAMBDAS]
    parts = folds_of(len(data.events), folds, seed)
    out_folds, held = [], []
    for k, test in enumerate(parts):
        train = [i for i in range(len(data.events)) if i not in test]
        inner = [p for j, p in enumerate(parts) if j != k]
        # choose (alpha, lambda) by ROUGE-2 of the training events, each
        # summarised by a model fitted without its own inner fold
        table = {cfg: [] for cfg in grid}
        for p in inner:
            rest = [i for i in train if i not in p]
            for alpha in ALPHAS:
                model = fit(*data.stack(rest), alpha)
                for lam in LAMBDAS:
                    table[(alpha, lam)] += [data.rouge2(i, model, lam)["rouge2"] for i in p]
        best = max(grid, key=lambda c: (round(statistics.fmean(table[c]), 6), c[0], -c[1]))
        model = fit(*data.stack(train), best[0])
        scores = [data.rouge2(i, model, best[1]) for i in test]
        held.append({key: statistics.fmean(s[key] for s in scores) for key in scores[0]})
        out_folds.append({"alpha": best[0], "lambda": best[1], "events": len(test),
                          "rouge2": round(held[-1]["rouge2"], 4)})
    r2 = [h["rouge2"] for h in held]
    return {"folds": out_folds, "rouge2_held_out_mean": round(statistics.fmean(r2), 4),
            "rouge2_held_out_sd": round(statistics.pstdev(r2), 4),
            "rouge1_held_out_mean": round(statistics.fmean(h["rouge1"] for h in held), 4),
            "rougeL_held_out_mean": round(statistics.fmean(h["rougeL"] for h in held), 4),
            "chosen": Counter(f"{f['alpha']}/{f['lambda']}" for f in out_folds).most_common()}


class HandWeights:
    """The shipped relevance (:func:`storyline.facts.summarise.relevance`) as a model."""

    def predict(self, X: np.ndarray) -> np.ndarray:
        from storyline.facts.features import FEATURE_NAMES
        return sum(w * X[:, FEATURE_NAMES.index(k)] for k, w in WEIGHTS.items())


def baselines(data: Data, parts: list[list[int]]) -> dict:
    """The hand weights' and the two simple baselines' ROUGE-2 on the same folds."""
    hand = [data.rouge2(i, HandWeights(), MMR_LAMBDA)["rouge2"] for i in range(len(data.events))]
    out = {"hand_weights": {"rouge2": round(statistics.fmean(hand), 4),
                            "rouge2_per_fold": [round(statistics.fmean(hand[i] for i in p), 4) for p in parts]}}
    for name, fn in (("lead_of_longest", lead_of_longest), ("leads_in_turn", leads_in_turn)):
        per = [data.rouge.score(ref, fn(arts))["rouge2"].fmeasure for _, arts, ref in data.events]
        folds = [statistics.fmean(per[i] for i in p) for p in parts]
        out[name] = {"rouge2": round(statistics.fmean(per), 4),
                     "rouge2_per_fold": [round(f, 4) for f in folds]}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("articles")
    ap.add_argument("summaries")
    ap.add_argument("--folds", type=int, default=FOLDS)
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args(argv)
    data = Data(args.articles, args.summaries)
    report = cross_validate(data, args.folds, args.seed)
    report["baselines"] = baselines(data, folds_of(len(data.events), args.folds, args.seed))
    report["n"] = len(data.events)
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
