"""Precision and recall of entity extraction on a labelled JSONL sample.

Each line is ``{"lang", "text", "entities": [{"text", "label"}, ...]}`` with one
entry per mention, and optionally ``"known": [[name, label], ...]``: names the
passage's event knows from its other reports (what the store passes the names
stage), for rules that read a text against them (a Hindi "ऑरस" is the "Aurus"
another report names); a passage without it is read alone.  An optional ``"title"`` is
the passage's headline, read as the store reads one (the names its text gives, found
again there: :func:`~storyline.analyse.entity_headline.headline_names`); its gold
mentions are listed in ``entities`` with the text's.  A predicted mention is correct when its exact surface text
matches a gold mention of the same passage (counted as multisets, so a name
said twice must be found twice).  Labels are scored separately ("typed": text
and label must both match), because finding a name and typing it are
different failures.

Run: ``python -m storyline.bench.entities [path]`` (default: the project's
tests/data/entities_sample.jsonl).
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from storyline.analyse.entities import extract_entities
from storyline.analyse.entity_headline import headline_names
from storyline.bench import labelled_lines
from storyline.bench.entity_lookups import DEFAULT_HAND as DEFAULT_LOOKUPS, lookup_scores

DEFAULT_SAMPLE = Path(__file__).resolve().parents[2] / "tests" / "data" / "entities_sample.jsonl"


def _prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "tp": tp, "predicted": n_pred, "gold": n_gold}


def load_sample(path: str | Path) -> list[dict]:
    """The labelled passages; a broken line is refused naming its number and field."""
    items = []
    for lineno, item in labelled_lines(path):
        for name, kind in (("lang", str), ("text", str), ("entities", list)):
            if not isinstance(item.get(name), kind):
                raise ValueError(f"{path}:{lineno}: field {name!r} missing or not a {kind.__name__}")
        for e in item["entities"]:
            if not (isinstance(e, dict) and isinstance(e.get("text"), str) and isinstance(e.get("label"), str)):
                raise ValueError(f"{path}:{lineno}: each of 'entities' needs 'text' and 'label'")
        if not all(isinstance(k, list) and k and isinstance(k[0], str) for k in item.get("known", [])):
            raise ValueError(f"{path}:{lineno}: 'known' is a list of [name, label]")
        if not isinstance(item.get("title", ""), str):
            raise ValueError(f"{path}:{lineno}: field 'title' not a str")
        items.append(item)
    return items


def evaluate(path: str | Path = DEFAULT_SAMPLE, lookups: str | Path | None = DEFAULT_LOOKUPS) -> dict:
    """Scores of ``extract_entities`` on the sample at ``path``.

    Returns ``precision``, ``recall``, ``f1`` (span text only), ``typed`` (the
    same with labels), ``by_lang`` (``{lang: {precision, recall, f1, ...}}``),
    ``errors`` (per passage: missed and spurious mentions) for inspection, and
    the lookup benchmark of :mod:`storyline.bench.entity_lookups` on the same
    gold names (``lookup_hit_at_1``, ``lookup_by_kind``, ``lookup_misses``;
    ``lookups``: hand-written lookups, skipped when the file is absent).
    """
    counts: dict[str, Counter] = {}
    errors = []
    items = load_sample(path)
    for item in items:
        gold = Counter(e["text"] for e in item["entities"])
        gold_typed = Counter((e["text"], e["label"]) for e in item["entities"])
        found = extract_entities(item["text"], item["lang"], known=[tuple(k) for k in item.get("known", ())])
        found += headline_names(item.get("title"), item["lang"], found)
        pred = Counter(m.text for m in found)
        pred_typed = Counter((m.text, m.label) for m in found)
        c = counts.setdefault(item["lang"], Counter())
        c["tp"] += sum((gold & pred).values())
        c["tp_typed"] += sum((gold_typed & pred_typed).values())
        c["pred"] += sum(pred.values())
        c["gold"] += sum(gold.values())
        missed, spurious = gold - pred, pred - gold
        if missed or spurious:
            errors.append({"lang": item["lang"], "text": item["text"],
                           "missed": sorted(missed.elements()), "spurious": sorted(spurious.elements())})
    total = sum(counts.values(), Counter())
    result = _prf(total["tp"], total["pred"], total["gold"])
    result["typed"] = _prf(total["tp_typed"], total["pred"], total["gold"])
    result["by_lang"] = {lang: {**_prf(c["tp"], c["pred"], c["gold"]),
                                "typed_f1": _prf(c["tp_typed"], c["pred"], c["gold"])["f1"]}
                         for lang, c in sorted(counts.items())}
    result["errors"] = errors
    result.update(lookup_scores(items, lookups))
    return result


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    res = evaluate(args[0] if args else DEFAULT_SAMPLE)
    print(f"all   P={res['precision']:.3f} R={res['recall']:.3f} F1={res['f1']:.3f} "
          f"(typed F1={res['typed']['f1']:.3f})")
    for lang, r in res["by_lang"].items():
        print(f"{lang:5} P={r['precision']:.3f} R={r['recall']:.3f} F1={r['f1']:.3f} (typed F1={r['typed_f1']:.3f})")
    for e in res["errors"]:
        print(f"[{e['lang']}] missed={e['missed']} spurious={e['spurious']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
