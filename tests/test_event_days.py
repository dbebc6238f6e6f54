"""The day penalty counts the days between a report and its candidate event
(the nearest day of the event's members it is compared with), not each
member's own day: once an event holds a report of the new report's day,
its members of the day before are no further from it than that report
(storyline.group.events, PENALTY_BY; docs/benchmarks.md, h-events14)."""
from __future__ import annotations

from collections import defaultdict

import pytest

from storyline import demo
from storyline.group.events import EventClusterer
from storyline.ingest.readers import from_record
from storyline.service import Storyline
from test_service import _GivenScores  # pair scores given by title: the penalty's arithmetic is under test

# a0 (day 1) and b (day 2) are one event.  f (day 2) says much the same as
# a0 (0.58) and enough like b (0.50); g (day 2) is as like a0 but the event it
# meets holds a0 alone.
SCORES = {frozenset(p): s for p, s in [(("a0", "b"), 0.9), (("a0", "f"), 0.58), (("b", "f"), 0.50),
                                        (("c0", "g"), 0.58)]}
ROWS = [("a0", "2024-03-05", "The river burst its banks at dawn, flooding the old town."),
        ("c0", "2024-03-05", "The orchestra announced its new season with three premieres."),
        ("b", "2024-03-06", "Floodwater receded from the old town a day after the river rose."),
        ("f", "2024-03-06", "Insurers began counting the cost of the flood in the old town."),
        ("g", "2024-03-06", "Tickets for the orchestra's premieres sold out within hours.")]


def _ingest(path, rows, scorer=None):
    app = Storyline(str(path), scorer=scorer)
    report = app.ingest([from_record(r, f"demo:{r['id']}") for r in rows], relink=False)
    assert not report.failed, report.failed
    return app


def test_an_event_that_reached_the_reports_day_costs_no_day(tmp_path):
    """f meets an event holding b of its own day: a0's day before costs
    nothing (mean of 0.58 and 0.50 clears 0.5; by each member's own day it
    was 0.48 and 0.50, apart).  g meets an event of the day before only: the
    day still costs (0.48), so a next-day report must still say much the same
    thing to join."""
    rows = [{"id": i, "title": i, "date": d, "text": t, "lang": "en"} for i, d, t in ROWS]
    app = _ingest(tmp_path / "days.db", rows, _GivenScores(SCORES))
    event = {a.external_id: a.event_id for a in app.store.articles()}
    app.close()
    assert event["a0"] == event["b"] == event["f"]
    assert event["g"] != event["c0"]


def test_the_penalty_rule_is_a_setting_of_the_clusterer():
    assert EventClusterer(_GivenScores({})).penalty_by == "event"
    assert EventClusterer(_GivenScores({}), penalty_by="pair").penalty_by == "pair"
    with pytest.raises(ValueError):
        EventClusterer(_GivenScores({}), penalty_by="member")


def test_reports_of_one_happening_a_day_apart_form_one_event(tmp_path):
    """The demo's reports of September 2023 and June 2024 (real model, real
    SQLite): Putin's Pyongyang visit (the pact on the 19th, the gifts on the
    20th and 21st, in four languages) and the Moroccan earthquake (a Spanish
    report of the rescue unit sent on the 10th) are one event each, and no
    event holds two happenings (the Derna floods, Kim's Russia visit and the
    ECB's rise share those days).  By each member's own day the gifts formed
    an event of their own and the Spanish report stood alone."""
    labels = demo.labels()
    months = ("2023-09", "2024-06")
    rows = [r for r in demo.records()
            if (r.get("date") or "")[:7] in months or labels[r["id"]]["event"].endswith(months)]
    app = _ingest(tmp_path / "demo-days.db", rows)
    by_gold, by_event = defaultdict(set), defaultdict(set)
    for a in app.store.articles():
        gold = labels[a.external_id.removeprefix("demo:")]["event"]
        by_gold[gold].add(a.event_id)
        by_event[a.event_id].add(gold)
    app.close()
    assert {"putin-pyongyang-2024-06", "morocco-quake-2023-09", "derna-floods-2023-09"} <= set(by_gold)
    assert by_gold["putin-pyongyang-2024-06"] and len(by_gold["putin-pyongyang-2024-06"]) == 1
    assert len(by_gold["morocco-quake-2023-09"]) == 1
    assert all(len(golds) == 1 for golds in by_event.values()), by_event
