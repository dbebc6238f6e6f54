"""The bundled demo corpus: multilingual articles written for this project.

``articles-*.jsonl`` hold the articles (with the kinds of residue real scraped
pages carry); ``labels-*.csv`` are the sidecar labels (``id,event,story``) used
by the integration tests and by ``storyline bench clustering``.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path

HERE = Path(__file__).parent


def corpus_files() -> list[Path]:
    return sorted(HERE.glob("articles-*.jsonl"))


def records() -> list[dict]:
    """All demo articles in publication order (undated ones last): a news stream."""
    rows = []
    for f in corpus_files():
        with open(f, encoding="utf-8") as fh:
            rows += [json.loads(line) for line in fh if line.strip()]
    return sorted(rows, key=lambda r: (r.get("date") or "9999", r["id"]))


def labels() -> dict[str, dict[str, str]]:
    """Article id -> {"event": slug, "story": slug}."""
    out: dict[str, dict[str, str]] = {}
    for f in sorted(HERE.glob("labels-*.csv")):
        with open(f, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                out[row["id"]] = {"event": row["event"], "story": row["story"]}
    return out


def write_gold(path: str | Path) -> Path:
    """The demo corpus in ``bench clustering`` layout (cluster = event, story)."""
    lab = labels()
    with open(path, "w", encoding="utf-8") as fh:
        for r in records():
            fh.write(json.dumps({**r, "cluster": lab[r["id"]]["event"],
                                 "story": lab[r["id"]]["story"]}, ensure_ascii=False) + "\n")
    return Path(path)
