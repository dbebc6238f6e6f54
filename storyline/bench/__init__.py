"""Benchmarks runnable on anyone's labelled data (``storyline bench …``)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator


def labelled_lines(path: str | Path) -> Iterator[tuple[int, dict]]:
    """(line number, object) for each non-blank line of a labelled JSONL file;
    a line that is not a JSON object is refused naming the file and line."""
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{lineno}: broken JSON: {exc.msg}") from None
            if not isinstance(obj, dict):
                raise ValueError(f"{path}:{lineno}: expected an object")
            yield lineno, obj
