"""``bench summaries --cv``: the summary's settings chosen by 5-fold CV over events.

The grid is alignment cut x MMR lambda x headline weight (the share of the
chosen headline's words a candidate repeats, added to its relevance:
:func:`storyline.facts.candidates.pick_summary`), over the facts and the
summary-only candidates as shipped.  Beside it, on the same folds, the
summary as it was before candidates (facts alone, no headline term; cut x
lambda chosen the same way): the bar a change must clear held out.  Each
event's facts are built once per cut; lambda and the weight only re-pick.
Event ``i`` is in fold ``i % 5``; ties go to the lower cut, the higher
lambda and the lower weight (the order the grid was always read in).
Reported: held-out ROUGE-2 per fold and its spread for both, what each fold
chose, per-event wins and losses of the held-out scores, the same without
any event named in ``drop`` (wn021 of Wikinews dev: a registration form,
no report), and the grid's whole-file means.
"""
from __future__ import annotations

import dataclasses
import itertools
import statistics

from storyline.facts.align import ALIGN_CUT
from storyline.facts.candidates import HEADLINE_WEIGHT, pick_summary
from storyline.facts.event import build_event_facts, title_rows
from storyline.facts.render import event_view
from storyline.facts.summarise import MMR_LAMBDA

CUTS = (0.3, 0.4, 0.5, 0.6)
LAMBDAS = (0.5, 0.7, 0.85, 1.0)
HEADLINE_WEIGHTS = (0.0, 0.3, 0.6, 0.9, 1.2, 1.8)
BEFORE = "before"  # the weight slot of the summary without candidates or headline term


def summary_text(ef) -> str:
    return " ".join(v["text"] for v in event_view(ef, "en")["summary"])


def event_table(arts, ref, embedder, score, budget: int) -> dict[tuple, float]:
    """ROUGE-2 of one event's summary under every setting: (cut, lambda, weight)
    with candidates, and (cut, lambda, :data:`BEFORE`) without."""
    out = {}
    for cut in CUTS:
        ef = build_event_facts(0, arts, embedder, cut=cut, budget_words=budget)
        titles = title_rows(arts, embedder if ef.embedded else None)
        bare = dataclasses.replace(ef, extras=[])
        for lam in LAMBDAS:
            pick_summary(bare, titles, lam, 0.0, extras=False)
            out[(cut, lam, BEFORE)] = score(summary_text(bare), ref)["rouge2"]
            for w in HEADLINE_WEIGHTS:
                pick_summary(ef, titles, lam, w)
                out[(cut, lam, w)] = score(summary_text(ef), ref)["rouge2"]
    return out


def _folds(n: int, folds: int):
    for k in range(folds):
        train = [i for i in range(n) if i % folds != k]
        test = [i for i in range(n) if i % folds == k]
        if train and test:
            yield train, test


def choose(table: dict[tuple, list[float]], settings: list[tuple], n: int, folds: int = 5) -> dict:
    """Best mean on four folds, scored on the fifth; per event the held-out score."""
    held, chosen, per_event = [], [], [0.0] * n
    for train, test in _folds(n, folds):
        best = max(settings, key=lambda c: (statistics.fmean(table[c][i] for i in train), -c[0], c[1],
                                            -(c[2] if c[2] != BEFORE else 0.0)))
        chosen.append({"cut": best[0], "lambda": best[1], "headline": best[2]})
        held.append(statistics.fmean(table[best][i] for i in test))
        for i in test:
            per_event[i] = table[best][i]
    return {"mean": round(statistics.fmean(held), 4), "sd": round(statistics.pstdev(held), 4),
            "per_fold": [round(h, 4) for h in held], "chosen": chosen, "per_event": per_event}


def fixed(per: list[float], n: int, folds: int = 5, kept: list[int] | None = None) -> dict:
    """One setting (or a baseline) scored on the same folds (and its mean over ``kept``)."""
    held = [statistics.fmean(per[i] for i in test) for _, test in _folds(n, folds)]
    out = {"mean": round(statistics.fmean(held), 4), "sd": round(statistics.pstdev(held), 4),
           "per_fold": [round(h, 4) for h in held]}
    if kept is not None:
        out["mean_of_kept_events"] = round(statistics.fmean(per[i] for i in kept), 4)
    return out


def compare(table: dict[tuple, list[float]], cuts: tuple[float, ...], names: list[str],
            drop: tuple[str, ...], folds: int, lambdas: tuple[float, ...] = LAMBDAS) -> dict:
    """The summary now against before, each with its settings chosen by CV
    over ``cuts`` x ``lambdas`` (now also x :data:`HEADLINE_WEIGHTS`) on
    the same folds; per event the held-out difference."""
    n = len(names)
    new = choose(table, list(itertools.product(cuts, lambdas, HEADLINE_WEIGHTS)), n, folds)
    old = choose(table, list(itertools.product(cuts, lambdas, (BEFORE,))), n, folds)
    diff = [a - b for a, b in zip(new["per_event"], old["per_event"])]
    kept = [i for i in range(n) if names[i] not in drop]
    ranked = sorted(range(n), key=lambda i: (diff[i], names[i]))
    return {
        "rouge2_held_out_mean": new["mean"], "rouge2_held_out_sd": new["sd"],
        "rouge2_per_fold": new["per_fold"], "chosen": new["chosen"],
        "before_candidates": {k: old[k] for k in ("mean", "sd", "per_fold", "chosen")},
        "events_up_down_level": [sum(d > 1e-9 for d in diff), sum(d < -1e-9 for d in diff),
                                 sum(abs(d) <= 1e-9 for d in diff)],
        "largest_losses": [(names[i], round(diff[i], 4)) for i in ranked[:3] if diff[i] < 0],
        "largest_gains": [(names[i], round(diff[i], 4)) for i in reversed(ranked[-3:]) if diff[i] > 0],
        f"held_out_without_{'_'.join(drop)}": {
            "n": len(kept), "now": round(statistics.fmean(new["per_event"][i] for i in kept), 4),
            "before": round(statistics.fmean(old["per_event"][i] for i in kept), 4)},
    }


def cross_validate(events, embedder, score, budget: int, baselines: dict[str, list[float]] | None = None,
                   drop: tuple[str, ...] = ("wn021",), folds: int = 5) -> dict:
    """:func:`compare` over every cut, and at the shipped cut alone (the cut
    sets which sentences are one fact, so every fact's label and citations:
    it is the facts stage's, chosen by `bench facts`, and a summary cannot
    ship another); the shipped settings and the baselines on the same folds."""
    names = [c for c, _, _ in events]
    n = len(names)
    table: dict[tuple, list[float]] = {}
    for _, arts, ref in events:
        for cfg, v in event_table(arts, ref, embedder, score, budget).items():
            table.setdefault(cfg, []).append(v)
    now, then = table[(ALIGN_CUT, MMR_LAMBDA, HEADLINE_WEIGHT)], table[(ALIGN_CUT, MMR_LAMBDA, BEFORE)]
    kept = [i for i in range(n) if names[i] not in drop]
    out = {**compare(table, CUTS, names, drop, folds),
           "at_shipped_cut": compare(table, (ALIGN_CUT,), names, drop, folds),
           # the headline weight alone chosen, cut and lambda as shipped
           "at_shipped_cut_and_lambda": compare(table, (ALIGN_CUT,), names, drop, folds, (MMR_LAMBDA,)),
           # the shipped settings against before, per event, and without ``drop``
           "shipped_fixed": fixed(now, n, folds, kept), "before_shipped_fixed": fixed(then, n, folds, kept),
           "candidates_without_headline_fixed": fixed(table[(ALIGN_CUT, MMR_LAMBDA, 0.0)], n, folds, kept),
           "shipped_fixed_up_down_level": [sum(a > b + 1e-9 for a, b in zip(now, then)),
                                           sum(a < b - 1e-9 for a, b in zip(now, then)),
                                           sum(abs(a - b) <= 1e-9 for a, b in zip(now, then))],
           "grid_rouge2": {"/".join(map(str, c)): round(statistics.fmean(v), 4) for c, v in table.items()}}
    if baselines:
        out["baselines_per_fold"] = {k: fixed(v, n, folds) for k, v in baselines.items()}
    return out
