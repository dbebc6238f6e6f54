"""In a real browser, over the demo corpus: what a phone shows of its long lists.

The demo's names have many spellings ("Russia: रूस · Russland · Russlands ·
России · …"); on a 390px screen the names table pushed its "Mentions" column
past the screen's edge.  Screenshots go to ``test-artifacts/``.
"""
from __future__ import annotations

import pytest

from test_browser import browser, serve, shot  # noqa: F401  (fixtures)

from storyline import demo
from storyline.ingest.readers import from_record


@pytest.fixture(scope="module")
def demo_server(tmp_path_factory):
    from storyline.service import Storyline

    db = str(tmp_path_factory.mktemp("demo-browser") / "demo.db")
    app = Storyline(db)
    try:
        app.ingest([from_record(r, f"demo:{r['id']}") for r in demo.records()])
    finally:
        app.close()
    yield from serve(db)


def test_the_names_table_fits_a_phone(demo_server, browser):  # noqa: F811
    # not is_mobile: a phone browser zooms out to fit a too-wide page, which hides the
    # overflow from scrollWidth while the text shrinks; the layout at 390px is what counts
    context = browser.new_context(viewport={"width": 390, "height": 844})
    pg = context.new_page()
    try:
        pg.goto(demo_server + "/entities")
        overflow = pg.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, f"/entities scrolls sideways by {overflow}px on a phone"
        width = pg.evaluate("window.innerWidth")
        rows = pg.locator("table.entities tbody tr")
        assert rows.count() >= 20
        for row in rows.all()[:20]:
            for cell in row.locator("td").all():
                box = cell.bounding_box()
                assert box["x"] >= 0 and box["x"] + box["width"] <= width + 1, box
        # the mentions column is on screen, with its number
        assert pg.locator("table.entities tbody tr td:last-child").first.inner_text().strip().isdigit()
        shot(pg, "demo-phone-names")
    finally:
        context.close()
