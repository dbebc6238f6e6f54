"""How often an event is placed on the day its happening took place (issue 10, h-dates10).

:func:`storyline.timeline.happened_day` places an event on the day its reports'
leads name (the demo's Luna-25: lost on Saturday 19 August 2023, first reported
on the Sunday).  Its two settings, :data:`~storyline.timeline.LEAD_SENTENCES` and
:data:`~storyline.timeline.HAPPENED_BACK`, had been set by hand on the demo's
three moved events.  This scores them on days read by hand and chooses them by
leave-one-file-out cross-validation across every labelled file together.

The labels (``tests/data/happened_days.jsonl``) hold ids and days only, one
line per gold event: ``{"part", "event", "articles": [ids], "day"}`` where
``part`` names the file the reports are in ("demo-a", "demo-b": the bundled
demo corpus's ``articles-a/b.jsonl``; "wikinews-dev": the shared Wikinews dev
clusters, read from ``$STORYLINE_SHARED/data/wikinews-clusters-dev`` at bench
time and skipped, said so, where absent) and ``day`` is the day the reports
state the happening took place (YYYY-MM-DD) or null: no report states one, so
the right answer is the first report's day.

Each event's reports are analysed as ingest analyses them
(:func:`storyline.pipeline.analyse`: publication day, sentences, resolved dates)
and a near-copy of an earlier report is marked as ingest marks it (:func:`copies_marked`);
an event none of whose reports has a day of its own cannot be placed and is
left out (counted).  A placement is *right* (the labelled day, or the first
report's day where none is stated), *fell back* (the first report's day where
the reports state an earlier one) or *wrong* (another day).

Run: ``storyline bench happened [LABELS.jsonl]``.
"""
from __future__ import annotations

import datetime as dt
import json
import os
from collections import defaultdict
from itertools import product
from pathlib import Path
from typing import Callable

from storyline.records import Article
from storyline.timeline import HAPPENED_BACK, LEAD_SENTENCES, happened_day

DEFAULT_LABELS = Path(__file__).resolve().parents[2] / "tests" / "data" / "happened_days.jsonl"
LEADS = (1, 2, 3, 4, 5, 8)  # the grid cross-validation chooses from
BACKS = (0, 1, 2, 3, 4, 5, 7)


def part_paths(shared: str | None = None) -> dict[str, Path]:
    """Each labelled part's articles file (the Wikinews one only where the shared data is)."""
    from storyline import demo

    paths = {f"demo-{p.stem.split('-')[-1]}": p for p in demo.corpus_files()}
    root = Path(shared or os.environ.get("STORYLINE_SHARED", "/work/shared"))
    wikinews = root / "data" / "wikinews-clusters-dev" / "articles.jsonl"
    if wikinews.exists():
        paths["wikinews-dev"] = wikinews
    return paths


def read_labels(path: str | Path) -> list[dict]:
    """The labelled events; a line missing a field or with a bad day is an error naming the line."""
    out = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            row = json.loads(line)
            missing = [k for k in ("part", "event", "articles", "day") if k not in row]
            if missing:
                raise ValueError(f"{path}:{n}: missing field {missing[0]!r}")
            try:
                row["day"] = dt.date.fromisoformat(row["day"]) if row["day"] else None
            except ValueError:
                raise ValueError(f"{path}:{n}: field 'day' is not a YYYY-MM-DD day: {row['day']!r}") from None
            out.append(row)
    return out


def analysed_events(labels: list[dict], paths: dict[str, Path]) -> list[tuple[dict, list[Article]]]:
    """Each labelled event of a part that is here, with its reports analysed as ingest does."""
    from storyline.ingest.formats import from_record
    from storyline.pipeline import analyse

    wanted = {a for row in labels if row["part"] in paths for a in row["articles"]}
    records: dict[str, dict] = {}
    for part, path in paths.items():
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    r = json.loads(line)
                    if r["id"] in wanted:
                        records[r["id"]] = r
    out = []
    for row in labels:
        if row["part"] not in paths:
            continue
        missing = [a for a in row["articles"] if a not in records]
        if missing:
            raise ValueError(f"labels: event {row['event']!r} names article {missing[0]!r}, "
                             f"not in {paths[row['part']]}")
        arts = [analyse(from_record(records[a], f"{row['part']}:{a}")) for a in row["articles"]]
        out.append((row, copies_marked([a for a in arts if isinstance(a, Article)])))
    return out


def copies_marked(arts: list[Article]) -> list[Article]:
    """``arts`` in stream order (day, then id), a near-copy of an earlier one marked as ingest
    marks it (:class:`storyline.group.duplicates.DuplicateFinder`): a copy's lead does not vote
    again.  Unmarked, the demo's two dpa reports of Kim's visit ("am Dienstag … die Grenze
    überquert") outvoted its day, Wednesday, which the product (one dpa report, one copy) keeps."""
    from storyline.group.duplicates import DuplicateFinder, signature

    finder = DuplicateFinder()
    ordered = sorted(arts, key=lambda a: (a.published or dt.date.max, a.id))
    for a in ordered:
        sig = signature(a.text)
        found = finder.find(sig)
        if found is not None:
            a.duplicate_of = found[0]
        finder.add(a.id, sig)
    return ordered


def placements(events: list[tuple[dict, list[Article]]], lead: int, back: int) -> list[dict]:
    """Each placeable event's labelled day, first report's day and placement at these settings."""
    out = []
    for row, arts in events:
        dated = [a for a in arts if a.published is not None]
        if not dated:
            continue
        first = min(a.published for a in dated)
        got = happened_day(first, dated, lead, dt.timedelta(days=back))
        want = row["day"] or first
        kind = "right" if got == want else "fell back" if got == first else "wrong"
        out.append({"part": row["part"], "event": row["event"], "day": want, "first": first, "got": got,
                    "kind": kind})
    return out


def score(placed: list[dict]) -> dict:
    n = len(placed)
    kinds = {k: sum(p["kind"] == k for p in placed) for k in ("right", "fell back", "wrong")}
    return {"events": n, "accuracy": round(kinds["right"] / n, 4) if n else 0.0,
            "right": kinds["right"], "fell_back": kinds["fell back"], "wrong": kinds["wrong"],
            "earlier_stated": sum(p["day"] != p["first"] for p in placed)}


def _choose(events, held: str) -> tuple[int, int]:
    """The grid's best settings on every part but ``held`` (ties: the shipped ones, then smaller)."""
    train = [e for e in events if e[0]["part"] != held]
    shipped = (LEAD_SENTENCES, HAPPENED_BACK.days)

    def key(s):
        placed = placements(train, *s)
        return (sum(p["kind"] == "right" for p in placed), -sum(p["kind"] == "wrong" for p in placed),
                s == shipped, -s[0], -s[1])
    return max(product(LEADS, BACKS), key=key)


def run(labels_path: str | Path | None = None, shared: str | None = None,
        say: Callable[[str], None] = print) -> dict:
    paths = part_paths(shared)
    labels = read_labels(labels_path or DEFAULT_LABELS)
    absent = sorted({r["part"] for r in labels} - set(paths))
    for part in absent:
        say(f"bench happened: part {part!r} skipped: its articles are not here "
            f"(the Wikinews dev set is read from $STORYLINE_SHARED/data/wikinews-clusters-dev)")
    events = analysed_events(labels, paths)
    shipped = placements(events, LEAD_SENTENCES, HAPPENED_BACK.days)
    by_part = defaultdict(list)
    for p in shipped:
        by_part[p["part"]].append(p)
    res: dict = {"settings": {"lead_sentences": LEAD_SENTENCES, "happened_back": HAPPENED_BACK.days},
                 "all": score(shipped), "parts": {k: score(v) for k, v in sorted(by_part.items())},
                 "unplaceable": len(events) - len(shipped), "skipped_parts": absent,
                 "misses": [{**p, "day": p["day"].isoformat(), "first": p["first"].isoformat(),
                             "got": p["got"].isoformat()} for p in shipped if p["kind"] != "right"]}
    parts = sorted(by_part)
    if len(parts) > 1:
        folds = []
        for held in parts:
            lead, back = _choose(events, held)
            test = [e for e in events if e[0]["part"] == held]
            folds.append({"held_out": held, "lead_sentences": lead, "happened_back": back,
                          **score(placements(test, lead, back)),
                          "at_shipped": score(placements(test, LEAD_SENTENCES, HAPPENED_BACK.days))["accuracy"]})
        accs = [f["accuracy"] for f in folds]
        held_right = sum(f["right"] for f in folds)
        res["cv"] = {"folds": folds, "held_out_accuracy": round(held_right / sum(f["events"] for f in folds), 4),
                     "spread": [min(accs), max(accs)],
                     "shipped_held_out": round(sum(f["at_shipped"] * f["events"] for f in folds)
                                               / sum(f["events"] for f in folds), 4)}
    return res
