"""``python -m storyline.bench.search_cut FILE.jsonl:QUERIES.jsonl ...``: how the
relevance cut of meaning hits (:func:`storyline.search_meaning.relevance_cut`) was chosen.

Without a cut below the off-topic gate, a query whose first hits are right
had the rest of its first 10 filled with whatever was nearest, however far
(Wikinews dev typed queries: hybrid P@10 0.352).  Each clustering file is
ingested as ``bench search`` does and gives two query sets, its headlines
(the other reports of the gold event relevant, the report itself left out
of the hits) and its typed queries; every rule below replaces the cut, and
every query of every set is searched in the ``hybrid`` and ``semantic`` modes.

A rule's parameter is chosen by leave-one-set-out cross-validation over all
the sets: on the others, the value with the best mean P@10 (over sets and
both modes) among those whose R@10 drops by at most ``TOLERANCE`` on every one
of them (a reader can skip a football report, not find a quake report that
is not listed); then scored on the held-out set.  ``--weighted`` maximises
P@10 + ``WEIGHT`` x R@10 instead.  Headlines are asked with their own report
left out of the meaning candidates (it asks about the rest of the store, as
in :mod:`storyline.bench.search_gate`); ``--own-in`` keeps it, as ``bench
search`` does (a pasted headline).  ``--rule=NAME`` (repeatable) runs only
those rules; ``--plain`` ranks and cuts on plain cosines, as search did
before reports were centred on their language
(:mod:`storyline.search_centre`).  A file given without ``:QUERIES`` gives
its headline set only.  Prints per rule and fold the value chosen and the held-out
figures against no cut, and last a JSON object of it all.
"""
from __future__ import annotations

import dataclasses
import json
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Callable

import numpy as np

import storyline.search as S
from storyline.bench import labelled_lines
from storyline.bench.clustering import ingest_rows, load_gold
from storyline.bench.search import shown
from storyline.search_meaning import BACKGROUND_WEIGHT, background, events_kept

TOLERANCE = 0.01  # R@10 a held-in set may lose (per mode) for a value to be chosen
WEIGHT = 5.0      # --weighted: a right report lost costs this many wrong ones shown
K = 10
MODES = ("hybrid", "semantic")
# the headline being searched: with ``own_out`` its report is left out of the
# meaning candidates, so the headline asks about the rest of the store (as in
# storyline.bench.search_gate) rather than finding itself as the best hit
OWN: list = [None]


def best_minus(delta: float) -> Callable:
    return lambda near, qb, event: [(a, s) for a, s in near if s >= near[0][1] - delta]


def events_together(delta: float, nth: int = 1, group: str = "event") -> Callable:
    """Within ``delta`` of the ``nth`` best, and every candidate of an event (or
    a story) one of those reports belongs to."""
    def rule(near, qb, event):
        of = event if group == "event" else (lambda a: event(a, story=True))
        top = near[min(nth, len(near)) - 1][1]
        groups = {of(a) for a, s in near if s >= top - delta} - {None}
        return [(a, s) for a, s in near if s >= top - delta or of(a) in groups]
    return rule


def events_on_average(delta: float) -> Callable:
    """Within ``delta`` of the second best, and every candidate of an event
    whose candidates reach that bar on average or that shares a story with
    such an event (the shipped rule, :func:`storyline.search_meaning.events_kept`)."""
    def rule(near, qb, event):
        bar = near[min(2, len(near)) - 1][1] - delta
        of = {a: event(a) for a, _ in near}
        story = {e: event(a, story=True) for a, e in of.items() if e is not None}
        kept = events_kept(near, of, bar, {e: s for e, s in story.items() if s is not None})
        return [(a, s) for a, s in near if s >= bar or of[a] in kept]
    return rule


def over_background(gate: float) -> Callable:
    """Each hit as stands_out judges the best: cosine - BACKGROUND_WEIGHT x the
    query's cosine with the average passage >= gate."""
    return lambda near, qb, event: [(a, s) for a, s in near if s - BACKGROUND_WEIGHT * qb >= gate]


def first_gap(gap: float) -> Callable:
    """Down the list until two neighbours differ by more than ``gap``."""
    def rule(near, qb, event):
        for i in range(1, len(near)):
            if near[i - 1][1] - near[i][1] > gap:
                return near[:i]
        return near
    return rule


RULES: dict[str, dict[float, Callable]] = {
    "best - delta": {d: best_minus(d) for d in np.round(np.arange(0.01, 0.125, 0.005), 3)},
    "best - delta, events together": {d: events_together(d)
                                      for d in np.round(np.arange(0.01, 0.125, 0.005), 3)},
    "best - delta, stories together": {d: events_together(d, 1, "story")
                                       for d in np.round(np.arange(0.01, 0.125, 0.005), 3)},
    # to 0.25: centred cosines (storyline.search_centre) spread about twice as wide
    "second best - delta, events together": {d: events_together(d, 2)
                                             for d in np.round(np.arange(0.01, 0.255, 0.01), 3)},
    "second best - delta, events on average or in their story": {
        d: events_on_average(d) for d in np.round(np.arange(0.01, 0.255, 0.01), 3)},
    "cosine - 0.375 x background": {g: over_background(g)
                                    for g in np.round(np.arange(0.48, 0.62, 0.005), 3)},
    "first gap": {g: first_gap(g) for g in (0.005, 0.0075, 0.01, 0.0125, 0.015, 0.02, 0.025, 0.03, 0.04)},
}


def query_sets(app, path: str, typed_path: str, report, origin_of, rows):
    """{"headlines": [(query, own id, relevant ids, recall denominator)], "typed": [...]}"""
    cluster: dict[str, str] = {}
    for row in rows:
        aid = report.placed.get(origin_of[str(row["id"])])
        if aid is not None:
            cluster.setdefault(aid, row["cluster"])
    members: dict[str, set[str]] = {}
    for aid, c in cluster.items():
        members.setdefault(c, set()).add(aid)
    heads = []
    for aid, c in cluster.items():
        a = app.article(aid)
        query, relevant = (a.title or a.text[:200]).strip(), members[c] - {aid}
        if query and relevant:
            heads.append((query, aid, relevant, len(relevant)))
    typed = []
    for _, obj in (labelled_lines(typed_path) if typed_path else ()):
        relevant = set().union(*(members.get(c, set()) for c in obj["relevant"]))
        if relevant:
            typed.append((obj["query"], None, relevant, min(K, len(relevant))))
    return {"headlines": heads, "typed": typed}


def score(app, queries, mode: str) -> dict:
    """P@10, R@10, MRR and the mean number of reports shown (of the first 10)."""
    p, r, rr, n = [], [], [], []
    for query, own, relevant, denominator in queries:
        OWN[0] = own
        res = app.search(query, limit=K + 1, mode=mode)
        hits = [h for h in shown(res.hits) if h != own][:K]
        good = [h in relevant for h in hits]
        p.append(sum(good) / len(hits) if hits else 0.0)
        r.append(sum(good) / denominator)
        rr.append(next((1.0 / i for i, g in enumerate(good, 1) if g), 0.0))
        n.append(len(hits))
    return {"p": statistics.fmean(p), "r": statistics.fmean(r), "mrr": statistics.fmean(rr),
            "shown": statistics.fmean(n)}


def measure(path: str, typed_path: str, own_out: bool = True) -> dict:
    """{set: {rule: {value: {mode: figures}}}} with "none" for no cut."""
    from storyline.service import Storyline

    rows = load_gold(path)
    mean = background()
    with tempfile.TemporaryDirectory() as tmp:
        app = Storyline(str(Path(tmp) / "bench.db"))
        try:
            report, origin_of = ingest_rows(app, rows, path, None)
            app.relink()
            sets = query_sets(app, path, typed_path, report, origin_of, rows)
            uncut = S.semantic_hits
            cache: dict = {}
            events: dict = {}

            stories = app.store.story_map()

            def event(aid, story=False):
                if aid not in events:
                    a = app.store.get_article(aid)
                    events[aid] = a.event_id if a is not None else None
                return stories.get(events[aid]) if story else events[aid]

            def patched(store, embedder, query, filters):
                key = (query, repr(filters))
                if key not in cache:
                    near = uncut(store, embedder, query, filters)
                    qb = float(embedder.embed_one(query, "query") @ mean)
                    cache[key] = (near, qb)
                near, qb = cache[key]
                if own_out and near:
                    near = [(a, s) for a, s in near if a != OWN[0]]
                return near if not near or RULE[0] is None else RULE[0](near, qb, event)

            RULE: list = [None]
            S.semantic_hits = patched
            # the shipped cut off: every rule replaces it
            app.embedder.profile = dataclasses.replace(app.embedder.profile, search_cut=None)
            try:
                out = {}
                for name, queries in sets.items():
                    if not queries:  # a file given without typed queries
                        continue
                    out[name] = {"none": {None: {m: score(app, queries, m) for m in MODES}}}
                    for rule, grid in RULES.items():
                        out[name][rule] = {}
                        for value, fn in grid.items():
                            RULE[0] = fn
                            out[name][rule][float(value)] = {m: score(app, queries, m) for m in MODES}
                        RULE[0] = None
            finally:
                S.semantic_hits = uncut
        finally:
            app.close()
    return out


def objective(figures: dict) -> float:
    return statistics.fmean(f["p"] + WEIGHT * f["r"] for f in figures.values())


def keeps_recall(figures: dict, none: dict) -> bool:
    """R@10 drops by at most ``TOLERANCE`` in every mode."""
    return all(figures[m]["r"] >= none[m]["r"] - TOLERANCE for m in MODES)


def cross_validate(data: dict[str, dict], rule: str, weighted: bool = False) -> list[dict]:
    """One fold per held-out set: the value chosen on the others, and the
    held-out figures.  The value: the best mean P@10 among those that keep
    R@10 (:func:`keeps_recall`) on every other set (none: no cut); with
    ``weighted``, the best P@10 + ``WEIGHT`` x R@10 instead."""
    folds = []
    values = list(next(iter(data.values()))[rule])
    for held in data:
        others = [s for s in data if s != held]
        if weighted:
            chosen = max(values, key=lambda v: (statistics.fmean(objective(data[s][rule][v]) for s in others), -v))
        else:
            ok = [v for v in values if all(keeps_recall(data[s][rule][v], data[s]["none"][None]) for s in others)]
            chosen = max(ok, key=lambda v: (statistics.fmean(data[s][rule][v][m]["p"] for s in others
                                                             for m in MODES), -v), default=None)
        folds.append({"held_out": held, "value": chosen,
                      "cut": data[held][rule][chosen] if chosen is not None else data[held]["none"][None],
                      "none": data[held]["none"][None]})
    return folds


def main(argv: list[str]) -> None:
    own_out = "--own-in" not in argv
    if "--plain" in argv:  # rank and cut on plain cosines, as before reports were centred
        S.centred = lambda store, qvec, near: near
    only = [a.split("=", 1)[1] for a in argv if a.startswith("--rule=")]
    for name in [r for r in RULES if only and r not in only]:
        del RULES[name]
    data = {}
    for arg in [a for a in argv if not a.startswith("--")]:
        path, _, typed = arg.partition(":")
        name = Path(path).parent.name or Path(path).stem
        for qset, figures in measure(path, typed, own_out).items():
            data[f"{name} {qset}"] = figures
    res = {}
    for rule in RULES:
        res[rule] = folds = cross_validate(data, rule, "--weighted" in argv)
        print(f"\n{rule}")
        for f in folds:
            line = "  ".join(f"{m} P {f['none'][m]['p']:.3f}->{f['cut'][m]['p']:.3f} "
                             f"R {f['none'][m]['r']:.3f}->{f['cut'][m]['r']:.3f} "
                             f"MRR {f['none'][m]['mrr']:.3f}->{f['cut'][m]['mrr']:.3f} "
                             f"shown {f['none'][m]['shown']:.1f}->{f['cut'][m]['shown']:.1f}"
                             for m in MODES)
            print(f"  {f['held_out']:34s} {str(f['value']):6s} {line}")
    print(json.dumps({"folds": res, "all": {s: {r: {str(v): f for v, f in g.items()} for r, g in d.items()}
                                            for s, d in data.items()}}))


if __name__ == "__main__":
    main(sys.argv[1:])
