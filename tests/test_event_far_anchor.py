"""A dated report whose event's other members all joined it from beyond its
window (far members) weighs its own event as undated, and gets the far look
(FAR_ANCHOR in storyline.group.event_looks; docs/benchmarks.md, h-events22).

Compared as dated, its far members are beyond its window and count for
nothing: it had no score for its own event, so any event within its window
that cleared the cut took it, the far members left behind (the chase
h-events21 traced began so: the 27 Dec asteroid report left JPL's 23 Dec
report, its far member, for undated pages).  Now its own event, scored as
undated without it, is the score another event must beat, as a far member's
own is (``SecondLooks._far_stay``)."""
from __future__ import annotations

from storyline.group.event_looks import FAR_LEAD, FAR_MARGIN, LONE_EXTRA
from test_event_far_mates import _events, _Leads

CUT = 0.5  # _Given.threshold
ROWS = (("z0", "2024-03-09", "The central bank raised its main interest rate by half a point."),
        ("z1", "2024-03-09", "Markets fell after the central bank's surprise rate rise."),
        ("k", "2024-03-20", "The port reopened after the strike ended."),
        ("f", "2024-03-05", "Dock workers walked out over pay at the port."),
        ("u", None, "A guide to the harbour's ferry timetables."))


def _scores(k_f: float, k_u: float, f_u: float, k_z: float) -> dict[frozenset, float]:
    """Scores once one side is compared as undated."""
    pairs = {("k", "f"): k_f, ("k", "u"): k_u, ("f", "u"): f_u, ("k", "z0"): k_z, ("k", "z1"): k_z}
    return {frozenset(p): s for p, s in pairs.items()}


def test_a_report_anchoring_a_far_member_stays_with_it(tmp_path):
    """The strike's end (k, 20 Mar) and its start (f, 5 Mar) are one story
    beyond each other's window.  u (undated, its lead another's) is placed
    with f; k's far look finds f's event and the bank's alike (no margin),
    f's finds k's event well above u: f joins k as a far member.  On the
    next pass k, compared as dated, had no score for its own event (f is 15
    days off), so u's event, in every window and clearing the cut, took it
    (and f followed it there, u with them).  Weighed as undated, f holds k."""
    f_u = CUT + 0.05
    k_f = CUT + LONE_EXTRA + FAR_MARGIN + 0.05  # f's far look: k's event beats u by more than the margin
    k_u = CUT + 0.02                            # clears the cut, below f_u (u is placed with f)
    k_z = CUT + LONE_EXTRA                      # k's far look: the bank's event as high as f's: none stands out
    assert (k_f + k_u) / 2 - k_z < FAR_MARGIN and k_f - f_u >= FAR_MARGIN
    event, far = _events(tmp_path, "anchor", _Leads(_scores(k_f, k_u, f_u, k_z), FAR_LEAD - 0.1), ROWS)
    assert event["k"] == event["f"] != event["u"]
    assert far == {"f"}
    assert event["z0"] == event["z1"] != event["k"]
