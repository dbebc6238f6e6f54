"""``python -m storyline.bench.search_gate FILE.jsonl[:QUERIES.jsonl] ...``: how
the off-topic test of search (:func:`storyline.search_meaning.stands_out`) was chosen.

Each clustering file is ingested as ``bench search`` does; every headline
(its own report left out, so it is a query about the rest of the store) and
every typed query is a real query, and the lines of the off-topic files
(``tests/data/search_offtopic_{tune,check}.jsonl``) are queries about nothing
stored.  A rule scores a query from its cosines with the stored reports; a
cut rejects the queries below it.  For each rule the cut is chosen by
cross-validation over four folds: one corpus's tune or check file is held
out, and the cut maximising (off-topic share rejected) - ``WEIGHT`` x (real
share rejected) on the other corpus's real queries and the other three
off-topic files is applied to the held-out file and to the held-out corpus's
real queries.  A lost real query costs ``WEIGHT`` turned-away off-topic ones:
a reader who is told "no report matches" about a stored event is misled,
one shown unrelated reports is only delayed.  A rule may also read how
the query's best hits agree (:func:`agreement`); a family of rules (weight ->
rule) has its weight chosen with the cut on each fold's held-in data
(h-search17: neither agreement term was kept, docs/benchmarks.md).  Prints one line per rule (mean
and range over the folds) and, last, a JSON object of them all.
"""
from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

import numpy as np

from storyline.bench import labelled_lines
from storyline.bench.clustering import ingest_rows, load_gold
from storyline.bench.search import OFF_TOPIC_FILES
from storyline.search_meaning import background, moved_vector

WEIGHT = 5.0
TOP = 3  # how many best hits "the hits agree" reads
RULES = {  # name -> score of one query from its cosines s, its cosine with the average passage qb
    # (and h: how its best hits agree, :func:`agreement`)
    "best cosine": lambda s, qb, *h: s.max(),
    "best - store mean": lambda s, qb, *h: s.max() - s.mean(),
    "best - store median": lambda s, qb, *h: s.max() - np.median(s),
    "z-score of the best": lambda s, qb, *h: (s.max() - s.mean()) / s.std(),
    **{f"best - {w} x background": (lambda s, qb, *h, w=w: s.max() - w * qb)
       for w in (0.25, 0.375, 0.5, 0.75, 1.0)},
    # the background weight itself as a family (h-search18): chosen with the cut per fold
    "best - w x background, w chosen": {w: (lambda s, qb, *h, w=w: s.max() - w * qb)
                                         for w in (0.25, 0.3, 0.375, 0.45, 0.5, 0.6)},
    # a family: its weight is chosen with the cut on each fold's held-in data
    # (a weight read off the held-out figures would flatter it)
    **{f"best - 0.375 x bg + w x {key}": {w: (lambda s, qb, h, w=w, key=key: s.max() - 0.375 * qb + w * h[key])
                                          for w in grid}
       for key, grid in (("coherence", (0.0, 0.025, 0.05, 0.075, 0.1, 0.15, 0.2)),
                         ("share", (0.0, 0.005, 0.01, 0.02, 0.03, 0.05)))},
}


def agreement(s: np.ndarray, V: np.ndarray, events: list) -> dict[str, float]:
    """How the query's ``TOP`` best hits agree: the mean pairwise cosine of
    their vectors ("coherence") and the share of them in their most common
    event ("share"; a hit in no event counts alone)."""
    top = np.argsort(-s)[:TOP]
    W = V[top]
    sims = W @ W.T
    n = len(top)
    coherence = float((sims.sum() - np.trace(sims)) / (n * (n - 1))) if n > 1 else 1.0
    evs = [events[i] if events[i] is not None else ("alone", i) for i in top]
    share = max(evs.count(e) for e in evs) / n if n else 0.0
    return {"coherence": coherence, "share": share}


def cosines(path: str, typed_path: str | None) -> dict[str, list[tuple[np.ndarray, float, dict]]]:
    """Per query set ("real", "tune", "check"): (cosines with the stored
    reports, cosine with the average passage, :func:`agreement` of its best
    hits) of each query, read from the vector search's gate reads
    (:func:`storyline.search_meaning.moved_vector`: a query in a script no
    stored language writes, moved out of its language's region, as
    :func:`~storyline.search_meaning.semantic_hits` reads its best).  Why:
    the bench read the plain vector alone, so the cut it chose was judged on
    cosines the product no longer reads for those queries (h-search19)."""
    from storyline.service import Storyline

    rows, mean = load_gold(path, None), background()
    with tempfile.TemporaryDirectory() as tmp:
        app = Storyline(str(Path(tmp) / "bench.db"))
        try:
            report, origin_of = ingest_rows(app, rows, path, None)
            stored = list(app.store.iter_vectors())
            ids = [r.article_id for r in stored]
            V = np.vstack([r.vector for r in stored])
            events = [r.event_id for r in stored]
            placed = dict.fromkeys(a for a in (report.placed.get(origin_of[str(r["id"])]) for r in rows) if a)
            sets: dict[str, list[tuple[str, str | None]]] = {
                "real": [((a.title or a.text[:200]).strip(), aid) for aid in placed
                         for a in [app.article(aid)]]}
            if typed_path:
                sets["real"] += [(obj["query"], None) for _, obj in labelled_lines(typed_path)]
            for f in OFF_TOPIC_FILES:
                sets[f.stem.rsplit("_", 1)[1]] = [(obj["query"], None) for _, obj in labelled_lines(f)]
            out = {}
            for name, queries in sets.items():
                Q = app.embedder.embed([q for q, _ in queries], "query")
                out[name] = []
                for (text, own), q in zip(queries, Q):
                    # the vector the gate reads (semantic_hits): moved out of its language's
                    # region where no stored language writes its script (moved_vector)
                    g = moved_vector(app.store, q, text)
                    s, W, ev = V @ g, V, events
                    if own in ids:  # a headline asks about the rest of the store
                        i = ids.index(own)
                        s, W, ev = np.delete(s, i), np.delete(V, i, axis=0), ev[:i] + ev[i + 1:]
                    out[name].append((s, float(g @ mean), agreement(s, W, ev)))
        finally:
            app.close()
    return out


def choose(real: np.ndarray, off: np.ndarray) -> float:
    """The best cut, halfway between the score it keeps and the one below it
    (a cut at a real query's own score would reject any lower real query)."""
    values = np.unique(np.concatenate([real, off]))
    best = None
    for i, t in enumerate(values):
        gain = (off < t).mean() - WEIGHT * (real < t).mean()
        if best is None or gain > best[0]:
            best = (gain, (t + values[i - 1]) / 2 if i else t)
    return float(best[1])


def cross_validate(data: dict[str, dict], rule) -> dict:
    """Held-out off-topic and real shares rejected, and the cut, over the
    four folds; ``rule`` is one rule or a family of them (weight -> rule),
    whose member is chosen with the cut, on each fold's held-in data.
    ``folds`` lists each fold's held-out file, chosen member (``None`` for a
    single rule), cut and held-out figures: a member chosen differently per
    fold is not a stable choice."""
    family = rule if isinstance(rule, dict) else {None: rule}
    scores = {w: {c: {k: np.array([r(*q) for q in v]) for k, v in d.items()} for c, d in data.items()}
              for w, r in family.items()}
    folds, chosen = [], []
    for held in data:
        for split in ("tune", "check"):
            best = None
            for w, score in scores.items():
                real = np.concatenate([score[c]["real"] for c in score if c != held])
                off = np.concatenate([score[c][u] for c in score for u in ("tune", "check")
                                      if (c, u) != (held, split)])
                t = choose(real, off)
                gain = (off < t).mean() - WEIGHT * (real < t).mean()
                if best is None or gain > best[0]:
                    best = (gain, t, score, w)
            _, t, score, w = best
            folds.append(((score[held][split] < t).mean(), (score[held]["real"] < t).mean(), t))
            chosen.append({"held_out": f"{held}/{split}", "member": w, "cut": round(t, 4),
                           "off_topic_rejected": round(float(folds[-1][0]), 4),
                           "real_rejected": round(float(folds[-1][1]), 4)})
    f = np.array(folds)
    return {**{name: {"mean": round(float(f[:, i].mean()), 4), "min": round(float(f[:, i].min()), 4),
                      "max": round(float(f[:, i].max()), 4)}
               for i, name in enumerate(("off_topic_rejected", "real_rejected", "cut"))},
            "folds": chosen}


def main(argv: list[str]) -> None:
    data = {}
    for arg in argv:
        path, _, typed = arg.partition(":")
        data[Path(path).parent.name or path] = cosines(path, typed or None)
    res = {name: cross_validate(data, rule) for name, rule in RULES.items()}
    for name, r in res.items():
        print(f"{name:38s} off-topic rejected {r['off_topic_rejected']['mean']:.2f} "
              f"({r['off_topic_rejected']['min']:.2f}-{r['off_topic_rejected']['max']:.2f}), real "
              f"{r['real_rejected']['mean']:.3f} ({r['real_rejected']['min']:.3f}-"
              f"{r['real_rejected']['max']:.3f}), cut {r['cut']['min']:.3f}-{r['cut']['max']:.3f}")
        if isinstance(RULES[name], dict):
            print("    per fold (held out: member, cut, off-topic, real): " + "; ".join(
                f"{c['held_out']}: {c['member']}, {c['cut']:.3f}, {c['off_topic_rejected']:.3f}, "
                f"{c['real_rejected']:.3f}" for c in r["folds"]))
    print(json.dumps(res))


if __name__ == "__main__":
    main(sys.argv[1:])
