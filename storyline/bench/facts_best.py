"""``python -m storyline.bench.facts_best FILE.jsonl [--median | --across | --paraphrase]``: choose the best-partner
tolerance (or, with ``--median``, the median slack; ``--across``, the lone lending bar across languages;
``--paraphrase``, the meaning a pair of one language needs without agreement; ``--speaker``, the weight a
speaker's name keeps in the name agreement; ``--across-cut``, how much lower the cut is for a pair of two
languages; ``--group-lift``, how much more a merge of more than two sentences must score) by 5-fold CV.

Why a module of its own: :data:`storyline.facts.align.BEST_TOLERANCE` is a
setting of the alignment, which ``bench facts --cv`` holds fixed while it
chooses the lending and conflict settings over a grid of some 600; adding
the tolerance to that grid would multiply its cost by five.  Here the other
settings stay as shipped; each tolerance of :data:`TOLERANCES` is scored on
every event (alignment, conflict and gloss figures on the whole file), then
chosen on four folds of events by alignment F1 and scored on the fifth.
:data:`storyline.facts.align.MEDIAN_SLACK`, a setting of the same merge,
is chosen the same way over :data:`MEDIAN_SLACKS` (the tolerance as shipped), and
:data:`storyline.facts.lending.LEND_ACROSS_MIN` over :data:`ACROSS_MINS`; each
fold's alignment F1, gloss precision and right less wrong glosses are printed
by setting too, since a lending bar trades glosses as well as pairs.
:data:`storyline.facts.agreement.PARAPHRASE_MIN` is chosen over
:data:`PARAPHRASE_MINS`, ties to the looser bar.
"""
from __future__ import annotations

import argparse
import functools
import json
import statistics
from unittest import mock

from storyline.bench import facts as bench
from storyline.embed import shared_embedder
from storyline.facts import agreement
from storyline.facts import align as align_mod
from storyline.facts import lending as lending_mod

TOLERANCES = (9.0, 0.1, 0.05, 0.02, 0.0)  # 9: any pair over the cut links (the old rule)
MEDIAN_SLACKS = (9.0, 0.05, 0.04, 0.03, 0.02, 0.0)  # 9: the mean alone decides a merge (the old rule)
ACROSS_MINS = (9.0, 0.6, 0.55, 0.5, 0.45, 0.4)  # 9: a lone sentence always needs agreement (the old rule)
# 0.4 (the cut): a pair of one language links on meaning alone as any other (the old rule); 9: never
PARAPHRASE_MINS = (0.4, 0.55, 0.6, 0.65, 0.7, 9.0)
# the share of its weight a speaker's name keeps in the name agreement (0: none, the shipped rule; 1: as any name)
SPEAKER_WEIGHTS = (0.0, 0.25, 0.5, 1.0)
# how much lower than the cut a pair of two languages may score and link (0: one cut, the shipped rule)
ACROSS_CUT_DROPS = (0.0, 0.01, 0.02, 0.03, 0.05, 0.08)
# how much more a merge of more than two sentences must score on its mean (0: one cut, the shipped rule)
GROUP_LIFTS = (0.0, 0.02, 0.04, 0.06, 0.1)


def _align_with(tolerance: float, slack: float = align_mod.MEDIAN_SLACK,
                paraphrase_min: float = align_mod.PARAPHRASE_MIN):
    def run(claims, scores, cut=align_mod.ALIGN_CUT, **kw):
        return align_mod.align(claims, scores, cut, tolerance, slack, paraphrase_min=paraphrase_min, **kw)
    return run


def run(path: str, median: bool = False, across: bool = False, paraphrase: bool = False,
        speaker: bool = False, across_cut: bool = False, group_lift: bool = False) -> dict:
    """The tolerances (or, ``median``, the median slacks; ``across``, the lone
    lending bars across languages; ``paraphrase``, the bars of
    :data:`PARAPHRASE_MINS`; ``speaker``, the speaker weights of
    :data:`SPEAKER_WEIGHTS`; ``across_cut``, the drops of :data:`ACROSS_CUT_DROPS`) scored and chosen by CV."""
    events = bench.load(path)
    embedder = shared_embedder()
    grid = (MEDIAN_SLACKS if median else ACROSS_MINS if across else PARAPHRASE_MINS if paraphrase
            else SPEAKER_WEIGHTS if speaker else ACROSS_CUT_DROPS if across_cut else GROUP_LIFTS if group_lift
            else TOLERANCES)
    table = []
    for ln, obj in events:
        row = {}
        arts = bench.analysed_articles(obj, f"{path}:{ln}")
        for tol in grid:
            aligner = (_align_with(align_mod.BEST_TOLERANCE, tol) if median
                       else _align_with(align_mod.BEST_TOLERANCE) if across
                       else _align_with(align_mod.BEST_TOLERANCE, paraphrase_min=tol) if paraphrase
                       else _align_with(align_mod.BEST_TOLERANCE) if speaker or across_cut or group_lift
                       else _align_with(tol))
            lender = functools.partial(lending_mod.extend, paraphrase_min=tol) if paraphrase else lending_mod.extend
            with mock.patch("storyline.facts.event.align", aligner), \
                    mock.patch("storyline.facts.event.extend", lender), \
                    mock.patch.object(lending_mod, "LEND_ACROSS_MIN", tol if across else lending_mod.LEND_ACROSS_MIN), \
                    mock.patch.object(agreement, "SPEAKER_WEIGHT", tol if speaker else agreement.SPEAKER_WEIGHT), \
                    mock.patch.object(align_mod, "ACROSS_CUT_DROP", tol if across_cut else align_mod.ACROSS_CUT_DROP), \
                    mock.patch.object(align_mod, "GROUP_MERGE_LIFT", tol if group_lift else align_mod.GROUP_MERGE_LIFT):
                res = bench.score_event(obj, f"{path}:{ln}", embedder, arts=arts)
            row[tol] = {**{k: res[k] for k in ("gold", "pred", "gold_conf", "pred_conf")},
                        "glosses": res["glosses"][bench.glosses.SHIPPED]}
        table.append(row)

    def pr(idx, tol, gold="gold", pred="pred"):
        return bench._pr({(i, x) for i in idx for x in table[i][tol][gold]},
                         {(i, x) for i in idx for x in table[i][tol][pred]})
    every = list(range(len(events)))
    held, chosen = bench._folds(len(events), grid, lambda idx, t: bench._f1(*pr(idx, t)),
                                (lambda t: -t) if paraphrase or speaker or across_cut or group_lift else (lambda t: t), 5)
    # ties: the loosest setting; of speaker weights and cut drops, the least
    fixed = [bench._f1(*pr([i for i in every if i % 5 == k], grid[0])) for k in range(5)]

    def glosses_of(idx, t):
        return bench.glosses.summarise([table[i][t]["glosses"] for i in idx])
    folds = [[i for i in every if i % 5 == k] for k in range(5)]
    per_fold = {f"{t:g}": [(round(bench._f1(*pr(idx, t)), 4), glosses_of(idx, t)["gloss_precision"],
                            glosses_of(idx, t)["glosses_right"] - glosses_of(idx, t)["glosses_wrong"])
                           for idx in folds] for t in grid}
    return {"setting": ("median_slack" if median else "across_min" if across else "paraphrase_min" if paraphrase
                        else "speaker_weight" if speaker else "across_cut_drop" if across_cut
                        else "group_merge_lift" if group_lift else "tolerance"),
            "per_fold_f1_gloss_precision_net": per_fold,
            "old_rule_held_out_per_fold": [round(f, 4) for f in fixed],
            "by_tolerance": {f"{t:g}": {"align_pr": pr(every, t), "align_f1": bench._f1(*pr(every, t)),
                                        "conflict_pr": pr(every, t, "gold_conf", "pred_conf"),
                                        "gloss_precision": bench.glosses.summarise(
                                            [r[t]["glosses"] for r in table])["gloss_precision"]}
                             for t in grid},
            "align_f1_held_out_per_fold": held, "align_f1_held_out_mean": round(statistics.fmean(held), 4),
            "align_f1_held_out_sd": round(statistics.pstdev(held), 4), "chosen": list(chosen)}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("file")
    ap.add_argument("--median", action="store_true", help="grid the median slack instead of the tolerance")
    ap.add_argument("--across", action="store_true", help="grid the lone lending bar across languages instead")
    ap.add_argument("--paraphrase", action="store_true",
                    help="grid the meaning a pair of one language needs without agreement instead")
    ap.add_argument("--speaker", action="store_true",
                    help="grid the weight a speaker's name keeps in the name agreement instead")
    ap.add_argument("--across-cut", action="store_true",
                    help="grid how much lower the cut is for a pair of two languages instead")
    ap.add_argument("--group-lift", action="store_true",
                    help="grid how much more a merge of more than two sentences must score on its mean instead")
    args = ap.parse_args(argv)
    print(json.dumps(run(args.file, args.median, args.across, args.paraphrase, args.speaker, args.across_cut,
                         args.group_lift),
                     indent=1))


if __name__ == "__main__":
    main()
