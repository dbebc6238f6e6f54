"""What the year and month (or week) bar tests share: a store of a few reports served by a
real `storyline serve`, and the event chart's marks as Chromium draws them.

Kept apart from the tests so that both read the marks the same way (h-ui32's year bar,
h-ui33's month bar): a box per mentioned mark with its tooltip, and each report dot's left edge.
"""
from __future__ import annotations

import json

from live_server import serve
from storyline.cli import main as cli_main

# the chart's mentioned marks as drawn: their box and their tooltip
DRAWN = """() => [...document.querySelectorAll('figure.timeline .mentioned')].map(m => {
  const b = m.getBoundingClientRect(); return {left: b.left, right: b.right, tip: m.querySelector('title').textContent};
})"""
REPORTS = """() => [...document.querySelectorAll('figure.timeline circle.report')].map(c => c.getBoundingClientRect().left)"""


def served_store(folder, name: str, rows: list[dict]):
    """Ingest ``rows`` into a fresh SQLite file under ``folder`` and yield the server's base URL."""
    src = folder / f"{name}.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    db = str(folder / f"{name}.db")
    assert cli_main(["--db", db, "ingest", "-q", str(src)]) == 0
    yield from serve(db)


def drawn_marks(browser, url: str) -> tuple[list[dict], list[float]]:
    """The mentioned marks (box, tooltip) and the report dots' left edges of the page at ``url``."""
    pg = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        assert pg.goto(url).status == 200
        return pg.evaluate(DRAWN), pg.evaluate(REPORTS)
    finally:
        pg.close()
