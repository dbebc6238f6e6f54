"""Gloss precision for ``storyline bench facts``: is the English shown beside a
foreign sentence a sentence that states the same thing?

Issue 12's "translation by alignment" shows a reader a sentence in another
language with, as its *gloss*, an aligned sentence in the reader's language.
A wrong gloss tells the reader the opposite of the original ("Peskov called it
sabotage by Ukraine" glossed "Ukraine accused Russian troops"), which is worse
than none.  The gold facts of the fact sample judge glosses without new
labels: a gloss is *right* when the sentence and its gloss are in one gold
fact, *wrong* when both are labelled but in no gold fact together, and
*unjudged* when either is unlabelled (the gold need not list every fact).

The glosses are those of an English reader's view of the event, rendered by
the code that renders it for the API and the pages
(:func:`storyline.facts.render.event_view`): every non-English supporting
sentence of every fact with the gloss it is shown with.  A pair of sentence
and gloss shown under several facts counts once.
"""
from __future__ import annotations

import statistics
from typing import Callable

from storyline.facts.model import EventFacts
from storyline.facts.gloss import BORROW_CUT, GLOSS_CUT
from storyline.facts.render import event_view

Key = tuple[str, int]
READER = "en"
Cuts = tuple[float, float]  # (:data:`~storyline.facts.gloss.GLOSS_CUT`, :data:`~storyline.facts.gloss.BORROW_CUT`)
SHIPPED: Cuts = (GLOSS_CUT, BORROW_CUT)
# the CV grid; -9: every own sentence glosses (best first); 9: never borrow
GRID: tuple[Cuts, ...] = tuple((c, b) for c in (-9.0, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)
                               for b in (0.4, 0.45, 0.5, 0.55, 0.6, 9.0))


def gloss_pairs(ef: EventFacts, key: Callable, cuts: Cuts = SHIPPED) -> set[tuple]:
    """``(sentence, gloss)`` pairs an English reader is shown: each is the gold
    key of the sentence (``key(support)``, None when unlabelled) or, unlabelled,
    ``("?", article_id, start)`` so that distinct unlabelled sentences stay apart."""
    by_text: dict[str, list] = {}
    for f in ef.facts:
        for s in f.supports:
            by_text.setdefault(s.text, []).append(s)

    def ident(s) -> tuple:
        return key(s) or ("?", s.article_id, s.start)

    out = set()
    for fv in event_view(ef, READER, gloss_cut=cuts[0], borrow_cut=cuts[1])["facts"]:
        own = {(s.article_id, s.start): s for f in ef.facts if f.id == fv["id"] for s in f.supports}
        for c in fv["supports"]:
            if c["lang"] == READER or not c["gloss"]:
                continue
            # a gloss is cited by its text: the same text in two copies is one sentence
            cands = by_text[c["gloss"]]
            g = next((x for x in cands if key(x) is not None), cands[0])
            out.add((ident(own[(c["article_id"], c["start"])]), ident(g)))
    return out


def judge(pairs: set[tuple], member: dict[Key, set[int]]) -> dict[str, int]:
    """Right / wrong / unjudged counts of gloss pairs against gold fact membership."""
    right = wrong = unjudged = 0
    for a, b in pairs:
        if a in member and b in member:
            if member[a] & member[b]:
                right += 1
            else:
                wrong += 1
        else:
            unjudged += 1
    return {"right": right, "wrong": wrong, "unjudged": unjudged}


def precision(counts: dict[str, int]) -> float:
    judged = counts["right"] + counts["wrong"]
    return round(counts["right"] / judged, 4) if judged else 1.0


def summarise(counts: list[dict[str, int]]) -> dict[str, float | int]:
    tot = {k: sum(c[k] for c in counts) for k in ("right", "wrong", "unjudged")}
    return {"gloss_precision": precision(tot), "glosses_shown": sum(tot.values()),
            "glosses_right": tot["right"], "glosses_wrong": tot["wrong"], "glosses_unjudged": tot["unjudged"]}


def net(counts: dict[str, int]) -> int:
    """What CV maximises: right glosses less wrong ones (a gloss is worth
    showing when it is more often right than wrong)."""
    return counts["right"] - counts["wrong"]


def cross_validate(table: list[dict[Cuts, dict[str, int]]], folds: Callable) -> dict:
    """Both cuts chosen on four folds of events by :func:`net`, scored
    (precision and net) on the fifth; ties: the looser cuts (more glosses).
    ``folds`` is :func:`storyline.bench.facts._folds`."""
    def tot(idx: list[int], m: Cuts) -> dict[str, int]:
        return {k: sum(table[i][m][k] for i in idx) for k in ("right", "wrong", "unjudged")}

    n = len(table)
    held, chosen = folds(n, GRID, lambda idx, m: net(tot(idx, m)), lambda m: (-m[0], -m[1]), 5)
    folds_ = [[i for i in range(n) if i % 5 == k] for k in range(5)]
    prec = [precision(tot(f, m)) for f, m in zip(folds_, chosen)]
    return {"gloss_net_held_out_per_fold": held, "gloss_precision_held_out_per_fold": prec,
            "gloss_precision_held_out_mean": round(statistics.fmean(prec), 4),
            "gloss_precision_held_out_sd": round(statistics.pstdev(prec), 4),
            "chosen_gloss_cuts": chosen,
            "grid_gloss": {f"{c:g}/{b:g}": {**tot(list(range(n)), (c, b)),
                                             "precision": precision(tot(list(range(n)), (c, b)))}
                           for c, b in GRID}}
