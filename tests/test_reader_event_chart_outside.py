"""The event page's chart, for an event one of whose reports joined from years
beyond its days (h-ui25): the axis stays on the event's days and the report is a
ring past the break, its tooltip saying "outside the event's days".

The store is built as ``tests/test_event_far.py`` builds one (given pair scores, the
real far-join bookkeeping), with the lone report dated five years before the event
(the Wikinews asteroid event held a 2000 page in a 2004 event).
"""
from __future__ import annotations

import html
import re

import pytest
from test_event_far import ROWS, _Given, _undated

from storyline.group.events import FAR_MARGIN, LONE_EXTRA
from storyline.ingest.readers import from_record
from storyline.service import Storyline
from storyline.wording import OUTSIDE_DAYS


@pytest.fixture(scope="module")
def far_event(tmp_path_factory) -> tuple[str, int]:
    """A store whose event of 2024-03-05 holds a report of 2019-03-14 that joined from beyond its window."""
    db = str(tmp_path_factory.mktemp("far-event") / "far.db")
    clear = 0.5 + LONE_EXTRA + 0.1
    app = Storyline(db, scorer=_Given(_undated(clear, clear - FAR_MARGIN - 0.05)))
    rows = [(i, "2019-03-14" if i == "s" else d, t) for i, d, t in ROWS]
    app.ingest([from_record({"id": i, "title": i, "date": d, "text": t, "lang": "en"}, i) for i, d, t in rows],
               relink=False)
    event = {a.external_id: a.event_id for a in app.store.articles()}
    app.close()
    assert event["s"] == event["a0"], event  # joined from beyond its window
    return db, event["s"]


def test_the_event_page_keeps_its_chart_to_the_events_days(far_event):
    from fastapi.testclient import TestClient

    from storyline.api import create_app

    db, event_id = far_event
    with TestClient(create_app(db, "tok"), base_url="http://localhost") as c:
        page = c.get(f"/events/{event_id}").text
    assert OUTSIDE_DAYS in html.unescape(page)  # the report's badge, as before
    svg = page.split('<figure class="timeline">')[1].split("</svg>")[0]
    rings = re.findall(r'<circle class="report outside"[^>]*><title>([^<]*)</title>', svg)
    assert len(rings) == 1 and OUTSIDE_DAYS in html.unescape(rings[0]), rings
    ticks = re.findall(r'<text class="tick-label"[^>]*>([^<]*)</text>', svg)
    assert "2019" in ticks and not {"2020", "2021", "2022", "2023"} & set(ticks), ticks
    assert '<path class="break"' in svg
