"""In a real browser, a page quotes as its reader's language does: „…“ on a German page,
«…» on a Russian, Spanish and Arabic one, “…” on an English one, whatever the language
of the sentence quoted (h-ui31).

Chromium drew a ``<q>`` with the marks of the quoted sentence's own language (its
``lang``), so a German page quoted an English report “…” and a Russian one «…», beside
the catalogue's „…“.  On an Arabic page, an English quote is set left to right inside
the right-to-left line: its « must be drawn at its left, before the first letter.
"""
from __future__ import annotations

import json

import pytest

from live_server import serve
from storyline.cli import main as cli_main
from test_browser import browser  # noqa: F401  (fixture)

# every cited quote's marks as drawn (its outer pair first), its language, and whether the
# opening mark stands left of its first letter
DRAWN = """() => [...document.querySelectorAll('main q')].map(q => {
  const r = document.createRange(), t = q.firstChild; r.setStart(t, 0); r.setEnd(t, 1);
  return {lang: q.lang, quotes: getComputedStyle(q).quotes,
          left: q.getClientRects()[0].left < r.getBoundingClientRect().left - 1};
})"""


@pytest.fixture(scope="module")
def square_server(tmp_path_factory):
    from test_cli_entity_words import square_rows

    folder = tmp_path_factory.mktemp("browser-quotes")
    src = folder / "square.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in square_rows()), encoding="utf-8")
    db = str(folder / "square.db")
    assert cli_main(["--db", db, "ingest", "-q", str(src)]) == 0
    yield from serve(db)


def test_each_page_quotes_in_its_readers_marks(square_server, browser):  # noqa: F811
    pg = browser.new_page(viewport={"width": 1280, "height": 900})
    drawn = {}
    try:
        for lang in ("en", "de", "ru", "es", "ar"):
            assert pg.goto(f"{square_server}/events/1?lang={lang}&cites=open").status == 200
            drawn[lang] = pg.evaluate(DRAWN)
    finally:
        pg.close()
    marks = {"en": '"“" "”"', "de": '"„" "“"', "ru": '"«" "»"', "es": '"«" "»"', "ar": '"«" "»"'}
    for lang, quotes in drawn.items():
        assert {q["lang"] for q in quotes} >= {"en", "es", "ru"}, (lang, quotes)  # quotes in three languages
        assert all(q["quotes"].startswith(marks[lang]) for q in quotes), (lang, quotes)
    # on the Arabic page an English (left-to-right) quote opens at its left
    assert all(q["left"] for q in drawn["ar"] if q["lang"] == "en"), drawn["ar"]
