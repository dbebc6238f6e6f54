"""How the CLI's lists lay out in a terminal (h-ui15): a legend read from the
margin, counts set right in every list, and a narrow terminal's blocks that
say each field once.  ``one_db`` is test_cli's one-report store."""
from __future__ import annotations

import re
import sys

from test_cli import one_db  # noqa: F401  (fixture)

from storyline.cli import main as cli_main


def test_the_search_legend_reads_from_the_left_margin(one_db, capsys, monkeypatch):  # noqa: F811
    """The legend under the hits is a paragraph: rich centred it, so its
    second line began "                 name (names the entity typed)…"
    under a first line flush left."""
    monkeypatch.setenv("COLUMNS", "140")  # wide enough for the table (a narrow terminal prints blocks)
    assert cli_main(["--db", one_db, "search", "Derna"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert any(line.startswith("┏") for line in lines), lines
    at = next(i for i, line in enumerate(lines) if "match: words" in line)
    legend = [line for line in lines[at:] if line.strip()]
    margin = lines[at].index("match: words")  # the table's left edge
    assert len(legend) >= 2 and all(len(line) - len(line.lstrip()) == margin for line in legend), legend

def test_the_stories_list_sets_its_counts_right_as_the_events_list_does(one_db, capsys):  # noqa: F811
    """`events` put its id and articles at the right of their columns, `stories`
    at the left: the two lists, read one after the other, did not line up."""
    def cells(command: str) -> dict[str, str]:
        assert cli_main(["--db", one_db, command]) == 0
        rows = [line for line in capsys.readouterr().out.splitlines() if line.startswith(("┃", "│"))]
        header, first = ([c for c in row.split(row[0])[1:-1]] for row in rows[:2])
        return dict(zip((h.strip() for h in header), first))

    for command, numbers in (("events", ("id", "articles")), ("stories", ("id", "events", "articles"))):
        row = cells(command)
        for name in numbers:
            cell = row[name]
            assert cell.rstrip(" ") != cell.rstrip(" ").lstrip(" ") and cell.endswith("1 "), (command, name, cell)

def test_a_narrow_terminals_blocks_say_each_field_once(one_db, capsys, monkeypatch):  # noqa: F811
    """On a narrow terminal each row is a block of "column: value" fields, and
    the sources read "sources: 6 independent sources"; a value that names its
    column now stands alone, the others keep their column's name."""
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    for command in ("events", "stories"):
        assert cli_main(["--db", one_db, command]) == 0
        flat = " ".join(re.sub(r"\x1b\[[0-9;]*m", "", capsys.readouterr().out).split())
        assert "1 independent source" in flat and "sources: 1 independent source" not in flat, flat
        assert "articles: 1" in flat and "languages: en" in flat, flat
