"""Benchmarks runnable on anyone's labelled data (``storyline bench …``)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator


def labelled_lines(path: str | Path) -> Iterator[tuple[int, dict]]:
    """(line number, object) for each non-blank line of a labelled JSONL file;
    a line that is not a JSON object, or not UTF-8, is refused naming the file
    and line, and a file with no record at all is refused (it scored 0.0, and
    a pairwise F1 of 1.0, as if a system had been measured)."""
    records = 0
    lineno = 0
    with open(path, encoding="utf-8") as fh:
        lines = iter(fh)
        while True:
            try:
                line = next(lines)
            except StopIteration:
                break
            except UnicodeDecodeError:
                raise ValueError(f"{path}:{lineno + 1}: not UTF-8 text (a binary file?)") from None
            lineno += 1
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{lineno}: broken JSON: {exc.msg}") from None
            if not isinstance(obj, dict):
                raise ValueError(f"{path}:{lineno}: expected an object")
            records += 1
            yield lineno, obj
    if not records:
        raise ValueError(f"{path}: no labelled records (the file is empty)")
