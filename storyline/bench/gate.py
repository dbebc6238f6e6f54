"""``storyline bench gate FILE.jsonl [--labels LABELS.jsonl]``: the page gate.

Each line of FILE is an input record (``{id, title?, text | html, lang?, url?, …}``,
the clustering layout will do; an optional first line ``{"about": ...}`` says
what the file is).  Every line goes through the real per-article
stages (:func:`storyline.pipeline.analyse`, no embedding, no database), and the
gate's verdict is compared with LABELS: lines ``{id, kind, reason?}`` naming
the pages that are *not* news reports; every other line counts as a report.
Without labels, every line counts as a report, so the figure is the share
wrongly flagged (a file of real reports should score 0 flagged).

FILE may also be a SemEval-2022 Task 8 pairs CSV (``text1``/``text2``,
``lang1``/``lang2``, ``pair_id`` "ID1_ID2"): each distinct article once, by
its own id, so the gate can be checked on real scraped news it was not
written from (about 2,400 texts in 10 languages; every flag is a page to read,
most scraped walls, any report a false flag).
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Iterator

import numpy as np

from storyline.bench import labelled_lines
from storyline.ingest.readers import IngestError, from_record
from storyline.pipeline import analyse


def load_labels(path: str | Path) -> dict[str, str]:
    """Id -> kind for each labelled non-report page; refused naming the line if no id."""
    out = {}
    for lineno, obj in labelled_lines(path):
        if "id" not in obj:
            raise ValueError(f"{path}:{lineno}: missing field 'id'")
        out[str(obj["id"])] = str(obj.get("kind", "not-article"))
    return out


def pair_ids(number: int, row: dict) -> tuple[str, str]:
    """The ids of a SemEval row's two articles: the halves of its ``pair_id``
    ("1586893419_1587582551"), or "rowN-1" / "rowN-2" where it has none."""
    ids = str(row.get("pair_id") or "").split("_")
    return tuple(ids[k] if len(ids) == 2 and ids[k] else f"row{number}-{k + 1}" for k in range(2))


def pair_texts(path: str | Path) -> Iterator[tuple[int, dict]]:
    """(row, record) for each distinct article of a SemEval pairs CSV, once,
    with the id its half of ``pair_id`` gives it ("1586893419_1587582551")."""
    from storyline.bench.similarity import read_pairs

    seen: set[str] = set()
    for number, row in enumerate(read_pairs(str(path)), 1):
        for side, key in zip(("1", "2"), pair_ids(number, row)):
            if key not in seen:
                seen.add(key)
                yield number, {"id": key, "text": row["text" + side], "lang": row["lang" + side]}


def _records(path: str | Path) -> Iterator[tuple[int, dict]]:
    if Path(path).suffix.lower() == ".csv":
        return pair_texts(path)
    return labelled_lines(path)


def refused(obj: dict, origin: str) -> tuple[str, str] | None:
    """(kind, reason) where the real per-article stages refuse the record as
    no news report, else None (a record that does not ingest is an error)."""
    rec = {k: v for k, v in obj.items() if k not in ("cluster", "story")}
    raw = from_record(rec, origin)
    if isinstance(raw, IngestError):
        raise ValueError(f"{raw.origin}: {raw.reason}")
    article = analyse(raw)
    if isinstance(article, IngestError) or not article.not_article:
        return None
    return article.not_article, article.not_article_reason


def gate_passed(rows: list[dict]) -> np.ndarray:
    """Per row, whether the page gate (the real per-article stages,
    :func:`refused`) lets both of its articles through;
    each distinct article (by its half of ``pair_id``) is judged once
    (``bench similarity --gate``: the pairs the product can meet)."""
    verdicts: dict[str, bool] = {}
    keep = []
    for number, r in enumerate(rows, 1):
        ok = True
        for side, key in zip(("1", "2"), pair_ids(number, r)):
            if key not in verdicts:
                rec = {"id": key, "text": r["text" + side], "lang": r["lang" + side]}
                verdicts[key] = refused(rec, f"row {number}: {key}") is None
            ok = ok and verdicts[key]
        keep.append(ok)
    return np.array(keep, dtype=bool)


def run(path: str | Path, labels_path: str | Path | None = None, limit: int | None = None) -> dict:
    labels = load_labels(labels_path) if labels_path else {}
    flagged: dict[str, tuple[str, str]] = {}
    ids: list[str] = []
    for lineno, obj in _records(path):
        if lineno == 1 and set(obj) == {"about"}:
            continue
        key = str(obj.get("id", f"line-{lineno}"))
        ids.append(key)
        verdict = refused(obj, f"{path}:{key}")
        if verdict:
            flagged[key] = verdict
        if limit and len(ids) >= limit:
            break
    unknown = sorted(set(labels) - set(ids))
    if unknown:
        raise ValueError(f"{labels_path}: ids not in {path}: {', '.join(unknown[:5])}")
    tp = sum(1 for i in flagged if i in labels)
    precision = tp / len(flagged) if flagged else 1.0
    recall = tp / len(labels) if labels else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"n_pages": len(ids), "n_labelled": len(labels), "n_flagged": len(flagged),
            "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "kinds_flagged": dict(Counter(k for k, _ in flagged.values())),
            "false_positives": sorted(i for i in flagged if i not in labels),
            "missed": sorted(i for i in labels if i not in flagged),
            "flagged": {i: reason for i, (_, reason) in flagged.items()}}
