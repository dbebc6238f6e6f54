"""A pair formed first holds where no single move beats it; the merge look
takes its whole event into the other (MERGE_LOOK in
storyline.group.event_looks; docs/benchmarks.md, h-events22 and h-events23).

Wikinews dev, shuffled orders: astronautix's "Delta IV Large" page and
Rocketdyne's RS-68 page, both undated, met before the mission pages held
"Delta IV Large"; on its second look "Delta IV Large" weighed its mate
against the mean of its best three among the mission pages and stayed, the
RS-68 page likewise: two events where file order formed one.  The scores
here are scripted (scorers are a swappable component): the rule's
bookkeeping is under test."""
from __future__ import annotations

import numpy as np

from storyline.group.event_looks import FAR_LEAD, LONE_EXTRA
from storyline.ingest.readers import from_record
from storyline.service import Storyline

CUT = 0.5  # _Scripted.threshold
# all undated: placed in this order; r opens, the mission pages form their
# own event (m's one candidate, r, is below the cut), d joins r (its mate)
ROWS = (("r", "The RS-68 engine: a liquid hydrogen rocket engine."),
        ("m", "A mission report of the launch vehicle's first heavy flight."),
        ("e", "The evolved expendable launch vehicle programme."),
        ("l", "The air force declares the heavy launcher ready."),
        ("d", "Delta IV Heavy: the three-core launch vehicle."))
SCORES = {("r", "m"): CUT - 0.05, ("r", "e"): CUT + 0.05, ("r", "l"): CUT + 0.05, ("r", "d"): CUT + 0.3,
          ("d", "m"): CUT + 0.1, ("d", "e"): CUT + 0.1, ("d", "l"): CUT + 0.1,
          ("m", "e"): CUT + 0.4, ("m", "l"): CUT + 0.4, ("e", "l"): CUT + 0.4}


class _View:
    def __init__(self, title: str):
        self.title, self.lang = title, "en"


class _Scripted:
    """Pair scores by title (:data:`SCORES`, 0 otherwise); every pair's lead
    cosine margin is ``lead``."""

    threshold = CUT

    def __init__(self, lead: float):
        self.lead_margin = lead

    def index_vector(self, vector):
        return vector

    def view(self, article, vector):
        return _View(article.title)

    def lead(self, view, views):
        return np.full(len(views), self.lead_margin, np.float32)

    def score_many(self, view, views):
        return np.array([SCORES.get((view.title, v.title), SCORES.get((v.title, view.title), 0.0))
                         for v in views], np.float32)


def _events(tmp_path, name: str, lead: float, merge_look: bool, date: str | None = None) -> dict[str, int]:
    app = Storyline(str(tmp_path / f"{name}.db"), scorer=_Scripted(lead), merge_look=merge_look)
    try:
        app.ingest([from_record({"id": i, "title": i, "text": t, "lang": "en", **({"date": date} if date else {})},
                                i) for i, t in ROWS], relink=False)
        return {a.external_id: a.event_id for a in app.store.articles()}
    finally:
        app.close()


def _premises() -> None:
    """No single move pays: r's mate d outscores the mission pages' mean for
    r, and so for d; yet each clears the cut against them; alone, d clears
    it by LONE_EXTRA (so it follows r)."""
    s = lambda a, b: SCORES[(a, b)]  # noqa: E731
    r_mel = (s("r", "m") + s("r", "e") + s("r", "l")) / 3
    d_mel = (s("d", "m") + s("d", "e") + s("d", "l")) / 3
    assert s("r", "m") < CUT <= r_mel < s("r", "d") and CUT <= d_mel < s("r", "d")
    assert (s("d", "m") + s("d", "e") + s("r", "d")) / 3 >= CUT + LONE_EXTRA


def test_a_pair_formed_first_merges_into_the_larger_event(tmp_path):
    """r and d hold each other; every member of their event clears the cut
    against the mission pages' event, which is larger, and the leads agree:
    r moves there and d follows (with the look off they stay two events)."""
    _premises()
    event = _events(tmp_path, "merge", FAR_LEAD + 0.1, merge_look=True)
    assert event["r"] == event["d"] == event["m"] == event["e"] == event["l"]


def test_without_the_merge_look_the_pair_holds(tmp_path):
    """The premise: with the look off, no single move beats the pair."""
    event = _events(tmp_path, "off", FAR_LEAD + 0.1, merge_look=False)
    assert event["r"] == event["d"] != event["m"] == event["e"] == event["l"]


def test_a_merge_is_refused_where_the_leads_disagree(tmp_path):
    """The same scores, every lead cosine below the far look's margin: two
    happenings told alike; the pair keeps its event."""
    event = _events(tmp_path, "leads", FAR_LEAD - 0.05, merge_look=True)
    assert event["r"] == event["d"] != event["m"] == event["e"] == event["l"]


def test_dated_events_are_not_merged(tmp_path):
    """The same scores, every report of one day: dated events have their
    days to tell a story's developments apart (the first cut merged the
    multilingual file's same-day developments), so only single moves."""
    event = _events(tmp_path, "dated", FAR_LEAD + 0.1, merge_look=True, date="2024-03-09")
    assert event["r"] == event["d"] != event["m"] == event["e"] == event["l"]
