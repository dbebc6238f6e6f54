"""``storyline bench facts FILE.jsonl``: alignment and conflict detection against gold facts.

FILE holds one event a line (an optional first line ``{"about": ...}`` is
skipped): ``{event, articles: [records as ingested], facts: [{fact, supports:
[{article, start, end, text}], conflicts: [[i, j], ...]}]}`` -- the gold facts,
each with the sentences that state it (by article id and character offsets
into the article's cleaned text) and the pairs of its supports that disagree.
``tests/data/facts_sample.jsonl`` is such a file, written from the demo corpus
(how: ``tests/data/facts_sample_build.py``).

Each event's articles are analysed and aligned by the code that serves a
stored event (:func:`storyline.facts.event.build_event_facts`).  Scores are
over *pairs of labelled sentences from different articles* (a sentence left
out of every gold fact is not judged: the gold need not list every fact):

- alignment: a pair is predicted when some fact holds both sentences, gold when
  some gold fact does; precision and recall of predicted pairs.
- conflicts: a pair is predicted when a conflicting fact puts the two on
  different sides; gold when a gold fact lists it.  Predicted conflict pairs
  touching an unlabelled sentence are counted apart (``conflict_pairs_unjudged``).
- glosses: each non-English sentence an English reader is shown with a gloss
  is right, wrong or unjudged by the gold facts (:mod:`.glosses`):
  ``gloss_precision``, ``glosses_shown``, ``glosses_unjudged``.

A predicted support is matched to the gold sentence that contains its start,
so a claim cut finer than a sentence still counts for its sentence.
"""
from __future__ import annotations

import argparse
import itertools
import json
import statistics
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path
from typing import Callable

from storyline.bench import glosses, labelled_lines
from storyline.embed import shared_embedder
from storyline.facts.agreement import LEND_NAME_MIN
from storyline.facts.lending import EXTEND_MARGIN, LEND_OWN_RATIO, LEND_SECOND_RATIO
from storyline.facts.event import build_event_facts
from storyline.facts.disagreements import MAX_RATIO, PIN_NAME_MIN
from storyline.facts.labels import SIDE_JOIN_MIN
from storyline.ingest.readers import IngestError, from_record
from storyline.pipeline import analyse
from storyline.records import Article

Key = tuple[str, int]  # (article id as in the file, start offset of the gold sentence)


def load(path: str | Path) -> list[tuple[int, dict]]:
    out = []
    for lineno, obj in labelled_lines(path):
        if "about" in obj and "event" not in obj:
            continue
        for field in ("event", "articles", "facts"):
            if field not in obj:
                raise ValueError(f"{path}:{lineno}: needs '{field}'")
        out.append((lineno, obj))
    if not out:
        raise ValueError(f"{path}: no events")
    return out


def pair_listing(argv: list[str] | None, doc: str, what: str,
                 event_records: Callable[[dict, str, object], list[dict]],
                 count_key: Callable[[dict], object], line: Callable[[dict], str]) -> Counter:
    """The command line of the listings of one record a sentence pair
    (:mod:`storyline.bench.facts_wrong`, :mod:`storyline.bench.facts_misses`):
    a labelled fact file, each event's records (``event_records(obj, where,
    embedder)``) printed as JSON with ``--json`` or as ``line(rec)``; returns
    how many records have each ``count_key(rec)``, which each listing sums up
    in its own order.  ``doc``: the module's docstring, its first line the help;
    ``what``: what one record is ("wrong pair")."""
    ap = argparse.ArgumentParser(description=doc.split("\n")[0])
    ap.add_argument("file")
    ap.add_argument("--json", action="store_true", help=f"one JSON record a {what}")
    args = ap.parse_args(argv)
    embedder = shared_embedder()
    counts: Counter = Counter()
    for ln, obj in load(args.file):
        for rec in event_records(obj, f"{args.file}:{ln}", embedder):
            counts[count_key(rec)] += 1
            print(json.dumps(rec, ensure_ascii=False, default=list) if args.json else line(rec))
    return counts


def _pair(a: Key, b: Key) -> tuple[Key, Key]:
    return (a, b) if a <= b else (b, a)


# (lending margin, least name agreement to lend to a lone sentence,
#  least name agreement that pins a conflict across languages, largest ratio of two conflicting figures,
#  least share of a grouped sentence's score to its own fact for it to be lent,
#  least score to a conflict side for a sentence stating its figure to join it,
#  least share of its score to its own fact for a second sentence of an article to be lent)
Setting = tuple[float, float, float, float, float, float, float]
SHIPPED: Setting = (EXTEND_MARGIN, LEND_NAME_MIN, PIN_NAME_MIN, MAX_RATIO, LEND_OWN_RATIO, SIDE_JOIN_MIN,
                    LEND_SECOND_RATIO)


def analysed_articles(obj: dict, where: str) -> dict[str, Article]:
    """The event's sample records run through the per-article stages, by
    their sample id; a record that does not ingest is an error naming it."""
    arts = {}
    for rec in obj["articles"]:
        a = analyse(from_record(rec, f"{where}:{rec.get('id')}"))
        if isinstance(a, IngestError):
            raise ValueError(f"{where}: article {rec.get('id')}: {a}")
        arts[str(rec["id"])] = a
    return arts


def score_event(obj: dict, where: str, embedder, settings: tuple[Setting, ...] = (SHIPPED,),
                gloss_cuts: tuple[glosses.Cuts, ...] = (glosses.SHIPPED,),
                arts: dict[str, Article] | None = None) -> dict:
    """Gold and predicted pairs of one event (sets of sentence-key pairs),
    by setting when more than one is given; at the shipped setting also the
    English reader's glosses judged (:mod:`.glosses`), by gloss cut.
    ``arts``: the event's articles already analysed (:func:`analysed_articles`)."""
    arts = analysed_articles(obj, where) if arts is None else arts
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    gold_pairs, gold_conf = set(), set()
    member: dict[Key, set[int]] = defaultdict(set)  # gold facts of each labelled sentence
    for n, f in enumerate(obj["facts"]):
        keys = []
        for s in f["supports"]:
            art = str(s["article"])
            if art not in arts:
                raise ValueError(f"{where}: fact {f.get('fact')!r} cites unknown article {art}")
            text = arts[art].text
            if text[s["start"]:s["end"]] != s["text"]:
                raise ValueError(f"{where}: {art}[{s['start']}:{s['end']}] is not {s['text'][:40]!r}: "
                                 "the cleaned text changed; rebuild the sample")
            spans[art].append((s["start"], s["end"]))
            keys.append((art, s["start"]))
            member[(art, s["start"])].add(n)
        gold_pairs |= {_pair(x, y) for x, y in combinations(keys, 2) if x[0] != y[0]}
        gold_conf |= {_pair(keys[i], keys[j]) for i, j in f.get("conflicts", []) if keys[i][0] != keys[j][0]}
    by_internal = {a.id: ext for ext, a in arts.items()}

    def key(sup) -> Key | None:
        ext = by_internal.get(sup.article_id)
        for s, e in spans.get(ext, ()):
            if s <= sup.start < e:
                return (ext, s)
        return None

    out = {}
    for setting in settings:
        margin, name_min, pin_min, max_ratio, own_ratio, join_min, second = setting
        ef = build_event_facts(0, list(arts.values()), embedder, margin=margin, name_min=name_min,
                               pin_min=pin_min, max_ratio=max_ratio, own_ratio=own_ratio, join_min=join_min,
                               second_ratio=second)
        out[setting] = {"gold": gold_pairs, "gold_conf": gold_conf, **_predicted(ef, key)}
        if setting == SHIPPED:
            out[setting]["glosses"] = {cut: glosses.judge(glosses.gloss_pairs(ef, key, cut), member)
                                       for cut in gloss_cuts}
    return out if len(settings) > 1 else out[settings[0]]


def _predicted(ef, key) -> dict:
    pred_pairs, pred_conf, unjudged = set(), set(), 0
    for fact in ef.facts:
        keys = [key(s) for s in fact.supports]
        judged = [k for k in keys if k is not None]
        pred_pairs |= {_pair(x, y) for x, y in combinations(judged, 2) if x[0] != y[0]}
        for c in fact.conflicts:
            for s1, s2 in combinations(c.sides, 2):
                for i in s1.supports:
                    for j in s2.supports:
                        if keys[i] is None or keys[j] is None:
                            unjudged += 1
                        elif keys[i][0] != keys[j][0]:
                            pred_conf.add(_pair(keys[i], keys[j]))
    return {"pred": pred_pairs, "pred_conf": pred_conf, "unjudged": unjudged}


def _pr(gold: set, pred: set) -> tuple[float, float]:
    hit = len(gold & pred)
    return (round(hit / len(pred), 4) if pred else 1.0, round(hit / len(gold), 4) if gold else 1.0)


def _f1(p: float, r: float) -> float:
    return round(2 * p * r / (p + r), 4) if p + r else 0.0


MARGINS = (0.0, 0.05, 0.1, 0.15, 0.2, 9.0)  # 9: never lend a sentence to a group of two or more
NAME_MINS = (0.0, 0.05, 0.1, 0.15, 0.2)  # 0: lend to a lone sentence on meaning alone (the old rule)
PIN_MINS = (0.0, 0.05, 0.1, 0.15, 0.2)  # 0: any name shared pins a conflict across languages
MAX_RATIOS = (5.0, 10.0, 20.0, 1e9)  # 1e9: figures of any size apart may conflict
OWN_RATIOS = (0.0, 0.6, 0.7, 0.8)  # 0: lend a grouped sentence however much better it fits its own fact
JOIN_MINS = (0.3, 0.35, 0.4, 0.45, 0.5, 9.0)  # 9: a conflict side holds only the fact's own sentences
SECOND_RATIOS = (0.8, 0.9, 1.0, 1.2, 9.0)  # 9: never lend a second sentence of an article a fact holds


def _folds(n: int, grid, score: Callable, tie: Callable, folds: int) -> tuple[list[float], list]:
    """Held-out scores and choices of ``folds``-fold cross-validation over ``n`` events."""
    held, chosen = [], []
    for k in range(folds):
        train = [i for i in range(n) if i % folds != k]
        test = [i for i in range(n) if i % folds == k]
        best = max(grid, key=lambda m: (score(train, m), tie(m)))
        chosen.append(best)
        held.append(score(test, best))
    return held, chosen


def cross_validate(path: str | Path, events, embedder, folds: int = 5) -> dict:
    """Choose the lending margin (:data:`storyline.facts.lending.EXTEND_MARGIN`),
    the name agreement a lone sentence needs (:data:`~storyline.facts.agreement.LEND_NAME_MIN`)
    and the shares of a sentence's score to its own fact for it to be lent
    (:data:`~storyline.facts.lending.LEND_OWN_RATIO`, :data:`~storyline.facts.lending.LEND_SECOND_RATIO`)
    on four folds of events by alignment F1, score them on the fifth; then, at
    the shipped alignment, the conflict rules' settings
    (:data:`~storyline.facts.disagreements.PIN_NAME_MIN`, :data:`~storyline.facts.disagreements.MAX_RATIO`,
    :data:`~storyline.facts.labels.SIDE_JOIN_MIN`)
    by conflict F1 the same way; and the gloss cuts (:func:`.glosses.cross_validate`)."""
    _, _, pin, ratio, _, join, _ = SHIPPED
    grid = tuple((m, n, pin, ratio, o, join, s)
                 for m, n, o, s in itertools.product(MARGINS, NAME_MINS, OWN_RATIOS, SECOND_RATIOS))
    cgrid = tuple((EXTEND_MARGIN, LEND_NAME_MIN, p, r, LEND_OWN_RATIO, j, LEND_SECOND_RATIO)
                  for p, r, j in itertools.product(PIN_MINS, MAX_RATIOS, JOIN_MINS))
    table = [score_event(obj, f"{path}:{ln}", embedder, tuple(dict.fromkeys(grid + cgrid)), glosses.GRID)
             for ln, obj in events]

    def f1(idx: list[int], m: Setting, gold_key: str = "gold", pred_key: str = "pred") -> float:
        gold = {(i, x) for i in idx for x in table[i][m][gold_key]}
        pred = {(i, x) for i in idx for x in table[i][m][pred_key]}
        return _f1(*_pr(gold, pred))

    def cf1(idx: list[int], m: Setting) -> float:
        return f1(idx, m, "gold_conf", "pred_conf")
    n = len(events)
    # ties: the smallest margin and name bar, then the strictest own-fact shares
    held, chosen = _folds(n, grid, f1, lambda m: (-m[0], -m[1], m[4], m[6]), folds)
    # ties: the strictest pin, then the smallest ratio, then the strictest join (fewer conflicts shown)
    cheld, cchosen = _folds(n, cgrid, cf1, lambda m: (m[2], -m[3], m[5]), folds)
    # the join rule's own choice, the other conflict settings as shipped (its held-out
    # F1 beside that of never joining, on the same folds)
    jgrid = [m for m in cgrid if m[2] == pin and m[3] == ratio]
    jheld, jchosen = _folds(n, jgrid, cf1, lambda m: m[5], folds)
    never = (EXTEND_MARGIN, LEND_NAME_MIN, pin, ratio, LEND_OWN_RATIO, 9.0, LEND_SECOND_RATIO)
    nheld = [cf1([i for i in range(n) if i % folds == k], never) for k in range(folds)]
    # what the name rule for lone sentences removes, at the shipped margin: pairs
    # lent on meaning alone that the rule no longer lends, and how many were right
    loose = (EXTEND_MARGIN, 0.0, pin, ratio, LEND_OWN_RATIO, join, LEND_SECOND_RATIO)
    dropped = [(i, x) for i in range(n) for x in table[i][loose]["pred"] - table[i][SHIPPED]["pred"]]
    right = sum(x in table[i][SHIPPED]["gold"] for i, x in dropped)
    return {**glosses.cross_validate([t[SHIPPED]["glosses"] for t in table], _folds),
            "lone_lending_pairs_dropped": len(dropped), "lone_lending_pairs_dropped_gold": right,
            "align_f1_held_out_mean": round(statistics.fmean(held), 4),
            "align_f1_held_out_sd": round(statistics.pstdev(held), 4),
            "align_f1_per_fold": held, "chosen_margin": [m[0] for m in chosen],
            "chosen_name_min": [m[1] for m in chosen], "chosen_own_ratio": [m[4] for m in chosen],
            "chosen_second_ratio": [m[6] for m in chosen],
            "grid_align_f1": {f"{m}/{n_}/{o}/{s:g}": f1(list(range(n)), (m, n_, pin, ratio, o, join, s))
                              for m, n_, _, _, o, _, s in grid},
            "conflict_f1_held_out_mean": round(statistics.fmean(cheld), 4),
            "conflict_f1_held_out_sd": round(statistics.pstdev(cheld), 4),
            "conflict_f1_per_fold": cheld, "chosen_pin_min": [m[2] for m in cchosen],
            "chosen_max_ratio": [m[3] for m in cchosen], "chosen_join_min": [m[5] for m in cchosen],
            "join_conflict_f1_held_out_per_fold": jheld, "join_chosen": [m[5] for m in jchosen],
            "never_join_conflict_f1_per_fold": nheld,
            "join_align_f1_per_fold": [f1([i for i in range(n) if i % folds == k], m) for k, m in enumerate(jchosen)],
            "never_join_align_f1_per_fold": [f1([i for i in range(n) if i % folds == k], never) for k in range(folds)],
            "grid_conflict_f1": {f"{p}/{r:g}/{j:g}": cf1(list(range(n)), m) for m in cgrid for _, _, p, r, _, j, _ in [m]},
            "grid_conflict_pr": {f"{p}/{r:g}/{j:g}": _pr({(i, x) for i in range(n) for x in table[i][m]["gold_conf"]},
                                                         {(i, x) for i in range(n) for x in table[i][m]["pred_conf"]})
                                 for m in cgrid for _, _, p, r, _, j, _ in [m]}}


def run(path: str | Path, limit: int | None = None, cv: bool = False,
        progress: Callable[[str], None] | None = None) -> dict:
    events = load(path)[:limit] if limit else load(path)
    embedder = shared_embedder()
    tot = {"gold": set(), "pred": set(), "gold_conf": set(), "pred_conf": set()}
    per_event, unjudged, gloss_counts = {}, 0, []
    for lineno, obj in events:
        res = score_event(obj, f"{path}:{lineno}", embedder)
        p, r = _pr(res["gold"], res["pred"])
        gloss_counts.append(res["glosses"][glosses.SHIPPED])
        per_event[obj["event"]] = {"align_p": p, "align_r": r, "gloss_p": glosses.precision(gloss_counts[-1]),
                                   **{f"glosses_{k}": v for k, v in gloss_counts[-1].items()},
                                   "conflicts_gold": len(res["gold_conf"]),
                                   "conflicts_found": len(res["gold_conf"] & res["pred_conf"]),
                                   "conflicts_false": len(res["pred_conf"] - res["gold_conf"])}
        if progress:
            progress(f"{obj['event']}: {per_event[obj['event']]}")
        for k in tot:  # events are disjoint: tag pairs with the event so they stay apart
            tot[k] |= {(lineno, x) for x in res[k]}
        unjudged += res["unjudged"]
    ap, ar = _pr(tot["gold"], tot["pred"])
    cp, cr = _pr(tot["gold_conf"], tot["pred_conf"])
    f1 = _f1
    out = {"align_precision": ap, "align_recall": ar, "align_f1": f1(ap, ar),
            "conflict_precision": cp, "conflict_recall": cr, "conflict_f1": f1(cp, cr),
            "pairs_gold": len(tot["gold"]), "pairs_predicted": len(tot["pred"]),
            "conflict_pairs_gold": len(tot["gold_conf"]), "conflict_pairs_predicted": len(tot["pred_conf"]),
            "conflict_pairs_unjudged": unjudged, **glosses.summarise(gloss_counts),
            "events": len(events), "per_event": per_event}
    if cv:
        out["cv"] = cross_validate(path, events, embedder)
    return out
