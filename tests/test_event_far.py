"""A dated report left alone by its window gets a second look beyond it, as
an undated report would: it joins the one event of its story near it, never
one of two developments that score alike (storyline.group.events,
FAR_MARGIN in storyline.group.event_looks; docs/benchmarks.md, h-events18)."""
from __future__ import annotations

import numpy as np

from storyline.group.events import FAR_LEAD, FAR_MARGIN, LONE_EXTRA
from storyline.ingest.readers import from_record
from storyline.service import Storyline

ROWS = [("a0", "2024-03-05", "The party elected a new leader at its congress in the capital."),
        ("a1", "2024-03-05", "Delegates backed the new party leader with a large majority."),
        ("z0", "2024-03-09", "The central bank raised its main interest rate by half a point."),
        ("z1", "2024-03-09", "Markets fell after the central bank's surprise rate rise."),
        ("s", "2024-03-14", "The party's new leader, elected last week, named his deputies.")]


class _View:
    __slots__ = ("title", "undated")

    def __init__(self, title: str, undated: bool):
        self.title, self.undated = title, undated


class _Given:
    """Pair scores given by title: ``dated`` between dated reports (the
    window's own scorer), ``undated`` once one side is compared as undated;
    ``lead``: the lead cosine's margin.  The rule's bookkeeping is under
    test, not the scores (scorers are a swappable component)."""

    threshold = 0.5

    def __init__(self, undated: dict[frozenset, float], lead: float = 0.2):
        self.dated = {frozenset(("a0", "a1")): 0.9, frozenset(("z0", "z1")): 0.9}
        self.undated, self.lead_margin = undated, lead

    def index_vector(self, vector):
        return vector

    def view(self, article, vector):
        return _View(article.title, article.published is None)

    def as_undated(self, view):
        return _View(view.title, True)

    def lead(self, view, views):
        return np.full(len(views), self.lead_margin, np.float32)

    def score_many(self, view, views):
        table = self.undated if view.undated or any(v.undated for v in views) else self.dated
        return np.array([table.get(frozenset((view.title, v.title)), 0.0) for v in views], np.float32)


def _events(tmp_path, name: str, scorer: _Given) -> dict[str, int]:
    app = Storyline(str(tmp_path / f"{name}.db"), scorer=scorer)
    app.ingest([from_record({"id": i, "title": i, "date": d, "text": t, "lang": "en"}, i)
                for i, d, t in ROWS], relink=False)
    event = {a.external_id: a.event_id for a in app.store.articles()}
    app.close()
    return event


def _undated(to_a: float, to_z: float) -> dict[frozenset, float]:
    return {frozenset(("s", "a0")): to_a, frozenset(("s", "a1")): to_a,
            frozenset(("s", "z0")): to_z, frozenset(("s", "z1")): to_z}


def test_a_lone_dated_report_joins_the_one_event_of_its_story_beyond_its_window(tmp_path):
    """s, nine days after the congress, is outside every window and stays
    alone on main; read as undated it clears the cut by more than
    ``LONE_EXTRA`` with the congress alone, so it joins that event."""
    assert FAR_MARGIN is not None
    clear = 0.5 + LONE_EXTRA + 0.1
    event = _events(tmp_path, "joins", _Given(_undated(clear, clear - FAR_MARGIN - 0.05)))
    assert event["s"] == event["a0"] == event["a1"] != event["z0"] == event["z1"]


def test_a_lone_dated_report_between_two_alike_events_stays_alone(tmp_path):
    """Two events that s scores alike are two developments of one story
    (the asteroid's odds raised, then ruled out): none stands out, it stays."""
    clear = 0.5 + LONE_EXTRA + 0.1
    event = _events(tmp_path, "alike", _Given(_undated(clear, clear - FAR_MARGIN + 0.05)))
    assert len({event["s"], event["a0"], event["z0"]}) == 3


def test_a_lone_dated_report_whose_lead_says_otherwise_stays_alone(tmp_path):
    """The same story is not the same happening: where the leads do not
    agree (a death sentence beside another state's execution ruling), it stays."""
    clear = 0.5 + LONE_EXTRA + 0.1
    event = _events(tmp_path, "lead", _Given(_undated(clear, 0.0), lead=FAR_LEAD - 0.05))
    assert len({event["s"], event["a0"], event["z0"]}) == 3


def test_a_lone_dated_report_that_barely_clears_the_cut_stays_alone(tmp_path):
    """As a lone undated report must, it clears the cut by ``LONE_EXTRA``."""
    event = _events(tmp_path, "barely", _Given(_undated(0.5 + LONE_EXTRA / 2, 0.0)))
    assert len({event["s"], event["a0"], event["z0"]}) == 3


def test_real_model_a_late_report_of_the_euro_final_joins_its_event(tmp_path):
    """Demo corpus, the Euro 2024 final (14-15 July): its English report,
    dated a week late as a source page may be, is outside every window; read
    as undated, the real model puts it with the final's reports, not with
    the Olympics opening of the same weeks (on main it stays alone)."""
    from storyline import demo

    records = {r["id"]: dict(r) for r in demo.records()}
    records["a-035"]["date"] = "2024-07-22"
    order = ["a-033", "a-036", "a-034", "a-037", "a-029", "a-027", "a-030", "a-035"]
    app = Storyline(str(tmp_path / "euro.db"))
    app.ingest([from_record(records[i], i) for i in order], relink=False)
    event = {a.external_id: a.event_id for a in app.store.articles()}
    app.close()
    assert event["a-035"] == event["a-033"] == event["a-036"] != event["a-029"]
