"""No tracked text file keeps a merge's conflict markers.

Why: branches are merged into main by hand, and a conflict resolved in one
file can be committed with the markers still in another (stop 53 committed
them into docs/architecture.md, where no other test reads)."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("storyline", "tests", "docs", ".ci")
TOP_FILES = ("README.md", "Makefile", "pyproject.toml")
SUFFIXES = {".py", ".md", ".json", ".jsonl", ".toml", ".txt", ".html", ".css", ".js", ".sh", ""}
MARKS = ("<" * 7 + " ", ">" * 7 + " ")


def _text_files() -> list[Path]:
    found = [ROOT / name for name in TOP_FILES if (ROOT / name).is_file()]
    for folder in FOLDERS:
        found += [p for p in (ROOT / folder).rglob("*")
                  if p.is_file() and p.suffix in SUFFIXES and "__pycache__" not in p.parts]
    return found


def marked_lines(path: Path) -> list[int]:
    """The 1-based numbers of the lines of ``path`` that open or close a conflict."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (UnicodeDecodeError, OSError):
        return []
    return [i for i, line in enumerate(lines, 1) if line.startswith(MARKS) or line == "=" * 7]


def test_no_file_keeps_conflict_markers():
    files = _text_files()
    assert any(p.name == "architecture.md" for p in files)  # the walk reaches the docs
    bad = {str(p.relative_to(ROOT)): marked_lines(p) for p in files if marked_lines(p)}
    assert not bad, f"merge conflict markers left in: {bad}"


def test_a_marked_file_is_found(tmp_path):
    p = tmp_path / "x.md"
    p.write_text("a\n" + "<" * 7 + " HEAD\nb\n" + "=" * 7 + "\nc\n" + ">" * 7 + " branch\n", encoding="utf-8")
    assert marked_lines(p) == [2, 4, 6]
