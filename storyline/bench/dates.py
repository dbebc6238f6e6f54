"""Precision and recall of date resolution on a labelled JSONL sample.

Each line is ``{"lang", "published", "text", "dates"}``: ``published`` is the
report's date as YYYY-MM-DD (or null for an undated text, where only absolute
dates can be resolved) and ``dates`` lists every date the text refers to, at
the precision the text gives it: a day as YYYY-MM-DD, a month as YYYY-MM, a
year as YYYY ("last September" in a report of 2024-06-21 is "2023-09"), a
week as its ISO week YYYY-Www ("last week" there is "2024-W24", the week of
Monday 10 June).

Matching: per text, the gold ``dates`` and the resolved mentions (each written
at its precision the same way) are compared as multisets of strings.  A
mention is correct when the same string is still unmatched in the gold list,
so a date written twice must be found twice, and a right day at the wrong
precision ("2024-02-01" for "2024-02") counts as one false positive and one
miss.  Precision, recall and F1 are micro-averaged over all mentions, overall
and per language.

Run: ``storyline bench dates FILE.jsonl`` (the project's development sample is
tests/data/dates_sample.jsonl).
"""
from __future__ import annotations

import datetime as dt
import regex
from collections import Counter
from pathlib import Path

from storyline.analyse.dates import resolve_dates
from storyline.bench import labelled_lines
from storyline.records import date_iso

DEFAULT_SAMPLE = Path(__file__).resolve().parents[2] / "tests" / "data" / "dates_sample.jsonl"
_DATE = regex.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2})?")


def _prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4),
            "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "tp": tp, "predicted": n_pred, "gold": n_gold}


def load_sample(path: str | Path) -> list[dict]:
    """The labelled texts; a broken line is refused naming its number and field."""
    items = []
    for lineno, item in labelled_lines(path):
        for name, kind in (("lang", str), ("text", str), ("dates", list)):
            if not isinstance(item.get(name), kind):
                raise ValueError(f"{path}:{lineno}: field {name!r} missing or not a {kind.__name__}")
        pub = item.get("published")
        if pub is not None:
            try:
                item["published"] = dt.date.fromisoformat(pub)
            except (TypeError, ValueError):
                raise ValueError(f"{path}:{lineno}: field 'published' must be YYYY-MM-DD or null, "
                                 f"got {pub!r}") from None
        for d in item["dates"]:
            if not (isinstance(d, str) and _DATE.fullmatch(d)):
                raise ValueError(f"{path}:{lineno}: each of 'dates' must be YYYY, YYYY-MM, "
                                 f"YYYY-MM-DD or YYYY-Www, got {d!r}")
        items.append(item)
    return items


def evaluate(path: str | Path = DEFAULT_SAMPLE) -> dict:
    """Scores of ``resolve_dates`` on the sample at ``path``.

    Returns ``precision``, ``recall``, ``f1``, ``n`` (texts), ``by_language``
    (``{lang: {precision, recall, f1, n, ...}}``) and ``errors`` (per text:
    missed and spurious dates) for inspection.
    """
    counts: dict[str, Counter] = {}
    errors = []
    for item in load_sample(path):
        gold = Counter(item["dates"])
        found = resolve_dates(item["text"], item["published"], item["lang"])
        pred = Counter(date_iso(m.value, m.precision) for m in found)
        tp = sum((gold & pred).values())
        c = counts.setdefault(item["lang"], Counter())
        c.update(tp=tp, pred=sum(pred.values()), gold=sum(gold.values()), n=1)
        if gold != pred:
            errors.append({"lang": item["lang"], "text": item["text"],
                           "missed": sorted((gold - pred).elements()),
                           "spurious": sorted((pred - gold).elements()),
                           "found": [(m.text, date_iso(m.value, m.precision)) for m in found]})
    total: Counter = sum(counts.values(), Counter())
    by_language = {lang: {**_prf(c["tp"], c["pred"], c["gold"]), "n": c["n"]}
                   for lang, c in sorted(counts.items())}
    return {**_prf(total["tp"], total["pred"], total["gold"]), "n": total["n"],
            "by_language": by_language, "errors": errors}


def report_lines(res: dict) -> list[str]:
    """A small table for people: one row per language, then all."""
    rows = [f"{'lang':<6}{'texts':>6}{'precision':>11}{'recall':>8}{'f1':>7}"]
    for lang, s in res["by_language"].items():
        rows.append(f"{lang:<6}{s['n']:>6}{s['precision']:>11.3f}{s['recall']:>8.3f}{s['f1']:>7.3f}")
    rows.append(f"{'all':<6}{res['n']:>6}{res['precision']:>11.3f}{res['recall']:>8.3f}{res['f1']:>7.3f}")
    return rows


if __name__ == "__main__":  # python -m storyline.bench.dates [path] [--errors]
    import json
    import sys

    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    result = evaluate(args[0] if args else DEFAULT_SAMPLE)
    if "--errors" in sys.argv:
        for e in result["errors"]:
            print(json.dumps(e, ensure_ascii=False))
    print("\n".join(report_lines(result)))
    result.pop("errors")
    print(json.dumps(result, ensure_ascii=False))
