"""A dated report whose event holds only undated pages gets the far look a
lone dated report gets (FAR_MATES in storyline.group.event_looks;
docs/benchmarks.md, h-events21).

An undated event is within every window, so a dated report that arrives
with no event of its own days near it can be placed with undated pages of
another happening (Wikinews dev, one shuffled order: JPL's 23 Dec asteroid
report with two undated pages of a solar eruption).  It was not alone, so it
never looked beyond its window, and its story's event could never take it.
Now it does, unless its mates' leads agree with its own (then they are
taken for its happening); its own event, scored as undated without it, is
one more candidate the far event must beat by FAR_MARGIN; once there it is a far
member and its later looks weigh its event as the far look did, so it does
not swing back to the pages it left."""
from __future__ import annotations

import numpy as np

from storyline.group.event_looks import FAR_LEAD, FAR_MARGIN, LONE_EXTRA
from storyline.ingest.readers import from_record
from storyline.service import Storyline
from test_event_far import ROWS, _Given, _undated

# "u": an undated page that scores with "s" alone (so it joins s's event)
PAGE = ("u", None, "Photographs of the capital's old town, undated.")


class _Leads(_Given):
    """:class:`_Given` whose lead margin with the page u is ``lead_u`` (others: 0.2)."""

    def __init__(self, undated, lead_u: float = FAR_LEAD - 0.1):
        super().__init__(undated)
        self.lead_u = lead_u

    def lead(self, view, views):
        return np.array([self.lead_u if "u" in (view.title, v.title) else self.lead_margin for v in views],
                        np.float32)


def _events(tmp_path, name: str, scorer: _Given, rows=(*ROWS, PAGE)) -> tuple[dict[str, int], set[str]]:
    app = Storyline(str(tmp_path / f"{name}.db"), scorer=scorer)
    try:
        app.ingest([from_record({"id": i, "title": i, "text": t, "lang": "en", **({"date": d} if d else {})}, i)
                    for i, d, t in rows], relink=False)
        arts = list(app.store.articles())
        far = {a.external_id for a in arts if app.grouper.far_member(a.id)}
        return {a.external_id: a.event_id for a in arts}, far
    finally:
        app.close()


def _scores(to_a: float, to_u: float) -> dict[frozenset, float]:
    return {**_undated(to_a, 0.0), frozenset(("s", "u")): to_u}


def test_a_dated_report_with_an_undated_mate_joins_its_storys_event_beyond_its_window(tmp_path):
    """s (nine days after the congress) is placed with the undated page u,
    the only event its window holds; read as undated it scores the congress
    higher than u by more than FAR_MARGIN, so it moves there as a far member
    and u is left alone (on main it stays with u)."""
    to_u = 0.5 + LONE_EXTRA
    event, far = _events(tmp_path, "moves", _Leads(_scores(to_u + FAR_MARGIN + 0.1, to_u)))
    assert event["s"] == event["a0"] == event["a1"] != event["u"]
    assert far == {"s"}


def test_a_dated_report_whose_undated_mate_leads_agree_stays(tmp_path):
    """Mates whose leads agree with the report's are taken for its happening:
    it stays, however the congress scores (else two dated reports of one
    story, each with such mates, took turns leaving for the other's event)."""
    to_u = 0.5 + LONE_EXTRA
    event, far = _events(tmp_path, "agree", _Leads(_scores(to_u + FAR_MARGIN + 0.1, to_u), FAR_LEAD + 0.05))
    assert event["s"] == event["u"] != event["a0"]
    assert far == set()


def test_a_dated_report_whose_undated_mate_scores_alike_stays(tmp_path):
    """Its own event competes: where the congress beats u by less than
    FAR_MARGIN, none stands out and s stays with u."""
    to_u = 0.5 + LONE_EXTRA
    event, far = _events(tmp_path, "stays", _Leads(_scores(to_u + FAR_MARGIN - 0.05, to_u)))
    assert event["s"] == event["u"] != event["a0"]
    assert far == set()


def test_a_dated_report_with_a_dated_mate_gets_no_far_look(tmp_path):
    """A mate of its own days makes the event the report's happening: s2
    (dated as s) keeps s where it is, whatever the congress scores."""
    rows = (*ROWS, ("s2", "2024-03-14", "The new leader's deputies were sworn in."))
    scorer = _Given(_undated(0.5 + LONE_EXTRA + FAR_MARGIN + 0.2, 0.0))
    scorer.dated[frozenset(("s", "s2"))] = 0.6
    event, far = _events(tmp_path, "dated", scorer, rows)
    assert event["s"] == event["s2"] != event["a0"]
    assert far == set()


def test_real_model_a_late_quake_report_placed_with_a_flood_page_joins_the_quake(tmp_path):
    """Demo corpus: the English report of the Moroccan earthquake (b-031),
    dated ten days late as a source page may be, is outside the quake's
    window; the only event its window holds is the undated English page of
    the Libyan floods (b-023), and it is placed there.  Its second look,
    as undated, finds the quake's reports (French and German, 9 September)
    well above the flood page: it joins them as a far member; the flood page
    stays apart.  On main it stays with the flood page."""
    from storyline import demo

    records = {r["id"]: dict(r) for r in demo.records()}
    records["b-031"]["date"] = "2023-09-20"
    assert "date" not in records["b-023"] or not records["b-023"]["date"]
    order = ["b-028", "b-029", "b-032", "b-031", "b-023"]
    app = Storyline(str(tmp_path / "quake.db"))
    try:
        app.ingest([from_record(records[i], i) for i in order], relink=False)
        arts = {a.external_id: a for a in app.store.articles()}
        event = {k: a.event_id for k, a in arts.items()}
        assert event["b-031"] == event["b-028"] == event["b-029"] == event["b-032"] != event["b-023"]
        assert app.grouper.far_member(arts["b-031"].id)
        row = app.store.event(event["b-028"])
        assert str(row.first_date) == str(row.last_date) == "2023-09-09"  # the far member's date is not its event's
    finally:
        app.close()
