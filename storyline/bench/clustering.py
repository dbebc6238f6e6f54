"""``storyline bench clustering FILE.jsonl``: event grouping against gold labels.

Each line is ``{id, title, text, lang?, date?, cluster, story?}``.  The lines are
ingested in one call, in file order, into a fresh temporary database through
the same service the CLI uses (so undated lines are placed after the dated
ones, as ``storyline ingest FILE`` would), so the figure measures the real
pipeline; then each
item's event is compared with its gold ``cluster`` (and its story with the
gold ``story`` when given).  A page the gate flags as not a news report
(:mod:`storyline.analyse.gate`) joins no event: it is scored as a singleton
event (and story) of its own, as an unplaced line is, and counted in
``n_not_articles``; the gold file still lists it under its cluster, so a
flagged page that gold counts as a source costs recall.  Beside it,
``reports_only`` scores the same grouping over the lines the gate kept (what
issue 10 asks an event to hold: news reports, not the error pages and indexes
a gold file lists as sources), with ``n`` the lines scored; it is only as
honest as the gate, so read it with ``n_not_articles`` and ``bench gate``.
"""
from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

from storyline.bench import labelled_lines
from storyline.bench.metrics import bcubed, pairwise
from storyline.ingest.readers import from_record


def load_gold(path: str | Path, limit: int | None = None) -> list[dict]:
    rows = []
    for lineno, obj in labelled_lines(path):
        if "cluster" not in obj:
            raise ValueError(f"{path}:{lineno}: missing field 'cluster'")
        obj.setdefault("id", f"line-{lineno}")
        rows.append(obj)
        if limit and len(rows) >= limit:
            break
    return rows


def ingest_rows(app, rows: list[dict], path: str | Path,
                progress: Callable[[str], None] | None = None):
    """Store labelled lines in one call, as `storyline ingest FILE` would;
    returns the report and each line id's origin (``report.placed`` keys)."""
    items, origin_of = [], {}
    for row in rows:
        rec = {k: v for k, v in row.items() if k not in ("cluster", "story")}
        rec["id"] = str(row["id"])
        origin_of[rec["id"]] = f"{path}:{rec['id']}"
        items.append(from_record(rec, origin_of[rec["id"]]))
    return app.ingest(items, progress, relink=False), origin_of


def run(path: str | Path, limit: int | None = None, progress: Callable[[str], None] | None = None,
        db: str | None = None, shuffle: int = 0, ceilings: bool = False, **service_args) -> dict:
    """Score the file in its own order; with ``shuffle`` N, also in N seeded
    random orders (online grouping depends on arrival order), reported as
    ``shuffled_bcubed_f1`` = {mean, sd, min, max, orders} (and
    ``shuffled_story_bcubed_f1`` where the file has stories); with ``ceilings``,
    also the F1 of oracle groupings (:mod:`storyline.bench.ceilings`)."""
    rows = load_gold(path, limit)
    out = _score(rows, path, progress, db, ceilings, **service_args)
    if shuffle > 0:
        runs = [_score(random.Random(seed).sample(rows, len(rows)), path, progress, None,
                       **service_args) for seed in range(shuffle)]
        out["shuffled_bcubed_f1"] = spread([r["bcubed_f1"] for r in runs])
        if all("story_bcubed_f1" in r for r in runs):
            out["shuffled_story_bcubed_f1"] = spread([r["story_bcubed_f1"] for r in runs])
    return out


def spread(scores: list[float]) -> dict:
    """{mean, sd, min, max, orders} of one figure over seeded input orders."""
    return {"mean": round(statistics.fmean(scores), 4), "sd": round(statistics.pstdev(scores), 4),
            "min": min(scores), "max": max(scores), "orders": len(scores)}


def _score(rows: list[dict], path: str | Path, progress: Callable[[str], None] | None,
           db: str | None, with_ceilings: bool = False, **service_args) -> dict:
    from storyline.service import Storyline

    started = time.time()
    with tempfile.TemporaryDirectory() as tmp:
        app = Storyline(db or str(Path(tmp) / "bench.db"), **service_args)
        try:
            event_of: dict[str, int | str] = {}
            story_of: dict[str, int] = {}
            flagged: set[str] = set()
            report, origin_of = ingest_rows(app, rows, path, progress)
            problems = [f"{e.origin}: {e.reason}" for e in report.warnings + report.failed]
            for key, origin in origin_of.items():
                if origin in report.placed:
                    event_of[key] = report.placed[origin]
            app.relink()  # stories are whole-corpus work: once, at the end
            for key, aid in list(event_of.items()):
                art = app.article(aid)
                if art.not_article:  # in no event: a singleton of its own
                    flagged.add(key)
                    event_of[key] = f"not-article:{key}"
                    continue
                event_of[key] = art.event_id
                story = app.story_of_event(art.event_id)
                if story is not None:
                    story_of[key] = story
            seconds = time.time() - started
            if with_ceilings:
                from storyline.bench.ceilings import ceilings

                stored = [report.placed.get(origin_of[str(r["id"])]) for r in rows]
                bounds = ceilings([r["cluster"] for r in rows], stored,
                                  {a: app.article(a) for a in set(stored) if a},
                                  app.grouper.clusterer.window)
        finally:
            app.close()
    if problems:  # unplaced items count as singletons: say which and why
        print(f"{len(problems)} input problem(s): " + "; ".join(problems[:10])
              + (" …" if len(problems) > 10 else ""), file=sys.stderr)
    ids = [str(r["id"]) for r in rows]
    gold = [r["cluster"] for r in rows]
    pred = [event_of.get(i, f"unplaced:{i}") for i in ids]
    p, r, f = bcubed(gold, pred)
    _, _, pf = pairwise(gold, pred)
    out = {"bcubed_precision": round(p, 4), "bcubed_recall": round(r, 4), "bcubed_f1": round(f, 4),
           "pairwise_f1": round(pf, 4), "n_articles": len(rows), "n_gold": len(set(gold)),
           "n_pred": len(set(pred)), "n_unplaced": sum(i not in event_of for i in ids),
           "n_not_articles": len(flagged),
           "seconds": round(seconds, 2)}
    out["reports_only"] = reports_only(gold, pred, [i in flagged for i in ids])
    if with_ceilings:
        out["ceilings"] = bounds
    if story_of and any("story" in r for r in rows):
        sgold = [r.get("story", r["cluster"]) for r in rows]
        spred = [story_of.get(i, f"unplaced:{i}") for i in ids]
        sp, sr, sf = bcubed(sgold, spred)
        out.update(story_bcubed_precision=round(sp, 4), story_bcubed_recall=round(sr, 4),
                   story_bcubed_f1=round(sf, 4))
    return out


def reports_only(gold: list, pred: list, flagged: list[bool]) -> dict:
    """B-cubed of ``pred`` against ``gold`` over the lines not ``flagged``:
    {bcubed_precision, bcubed_recall, bcubed_f1, n}; a gold event whose every
    line is flagged drops out, one whose pages are partly flagged is scored on
    its reports."""
    kept = [k for k, f in enumerate(flagged) if not f]
    p, r, f = bcubed([gold[k] for k in kept], [pred[k] for k in kept]) if kept else (0.0, 0.0, 0.0)
    return {"bcubed_precision": round(p, 4), "bcubed_recall": round(r, 4), "bcubed_f1": round(f, 4),
            "n": len(kept)}
