"""The merge look's work grows with an event's size, not its square
(MergeMemo in storyline.group.event_looks; docs/benchmarks.md, h-events24).

Two undated events of one happening, A (a members) and B (a + 1): every
pair across them clears the cut, every pair within one scores higher, so no
single move pays and each of A's looks asks the merge look.  Without the
memo each look scored every other member of A against B: about a squared
event scores per pass (a = 50: 77,562 pair scores where the looks alone make
3,232), and as many again on each pass where one member of A misses the cut.
The scores are scripted (scorers are a swappable component) and the
clusterer is the one ingest uses: the rule's bookkeeping is under test."""
from __future__ import annotations

import numpy as np
import pytest

from storyline.group.events import EventClusterer

CUT = 0.5
K = 32  # EventClusterer's neighbours


class _View:
    def __init__(self, name: str):
        self.name, self.group, self.lang = name, name[0], "en"


class _Scripted:
    """Within a group CUT + 0.4, across CUT + 0.1, except ``odd``'s pairs
    across (CUT - 0.2); every lead cosine margin 0.2 (the leads agree)."""

    threshold = CUT

    def __init__(self, odd: str | None = None):
        self.odd, self.pairs = odd, 0

    def index_vector(self, vector):
        return vector

    def lead(self, view, views):
        return np.full(len(views), 0.2, np.float32)

    def score_many(self, view, views):
        self.pairs += len(views)
        return np.array([CUT + 0.4 if v.group == view.group
                         else CUT - 0.2 if self.odd in (v.name, view.name) else CUT + 0.1
                         for v in views], np.float32)


def _looks(a: int, odd: str | None, fresh_memo: bool = False) -> tuple[list[int], int, dict[str, int]]:
    """Event sizes, pair scores made and each report's event after up to
    three passes of second looks over B's then A's members (``fresh_memo``:
    forget what each look learned, as before the memo)."""
    scorer = _Scripted(odd)
    clusterer = EventClusterer(scorer, dim=8)
    rng = np.random.default_rng(0)
    centre = rng.normal(size=8)
    names = [f"B{i}" for i in range(a + 1)] + [f"A{i}" for i in range(a)]
    for name in names:
        v = centre + 0.01 * rng.normal(size=8)
        v = (v / np.linalg.norm(v)).astype(np.float32)
        clusterer.add(name, 1 if name[0] == "B" else 2, _View(name), v, v, None)
    for _ in range(3):
        moved = 0
        for name in names:
            if fresh_memo:
                clusterer.merge_memo = None
            target = clusterer.reconsider(name, None)
            if target is not None:
                clusterer.move(name, target)
                moved += 1
        if not moved:
            break
    sizes = sorted(len(e.members) for e in clusterer.events.values())
    return sizes, scorer.pairs, dict(clusterer.event_of)


@pytest.mark.parametrize("odd", [None, "A49"])
def test_a_pass_costs_about_one_event_score_per_member(odd):
    """a = 50: A merges into B (odd None) or stays, its last member missing
    the cut (odd A49); either way the pair scores stay within a few event
    scores per look (101 to 202 looks of 32 neighbours), where without the
    memo they were 44,144 and 77,562."""
    sizes, pairs, _ = _looks(50, odd)
    assert sizes == ([101] if odd is None else [50, 51])
    looks = 2 * 101 if odd is None else 101
    assert pairs <= 2 * K * looks


@pytest.mark.parametrize("odd", [None, "A0", "A11"])
def test_the_memo_changes_no_answer(odd):
    """The same events as with the memo forgotten after every look (the
    rule as h-events23 shipped it), which costs a squared."""
    sizes, pairs, event_of = _looks(12, odd)
    sizes_fresh, pairs_fresh, event_of_fresh = _looks(12, odd, fresh_memo=True)
    assert (sizes, event_of) == (sizes_fresh, event_of_fresh)
    assert pairs <= pairs_fresh


class _Looks:
    """The little of a clusterer :class:`MergeMemo.all_clear` reads: an
    event's members, ``top``, the cut, and a report's score for an event
    (the mean of its best ``top`` matches, as ``EventClusterer.scores``)."""

    threshold, top, published = CUT, 3, {}

    def __init__(self, members: list[str], match: dict[str, float]):
        self.events = {1: type("E", (), {"members": members})()}
        self.views, self.match, self.scored = {}, match, 0

    def _index_vector(self, m):
        return None

    def scores(self, view, index_vec, published, exclude):
        self.scored += 1
        best = sorted((self.match[b] for b in self.events[1].members), reverse=True)[:self.top]
        return {1: float(np.mean(best))}


def test_a_small_event_that_grows_is_scored_again():
    """Below ``top`` members an event's score is a mean over fewer matches,
    which a weaker newcomer lowers: A0 clears B's one member (0.9), B then
    takes B1 (0.05), and A0's mean (0.475) misses the cut; the memo must not
    answer from what it found before."""
    from storyline.group.event_looks import MergeMemo
    memo = MergeMemo(placed=0)
    looks = _Looks(["B0"], {"B0": 0.9, "B1": 0.05})
    looks.views = {"A0": None}
    assert memo.all_clear(looks, 1, ["A0"])
    looks.events[1].members = ["B0", "B1"]
    assert not memo.all_clear(looks, 1, ["A0"])
    assert looks.scored == 2


def test_a_full_event_that_grows_keeps_what_cleared():
    """With ``top`` members or more a newcomer can only raise the mean of the
    best ``top``: what cleared stays cleared, no score is made again."""
    from storyline.group.event_looks import MergeMemo
    memo = MergeMemo(placed=0)
    looks = _Looks(["B0", "B1", "B2"], {"B0": 0.9, "B1": 0.8, "B2": 0.7, "B3": 0.05})
    looks.views = {"A0": None}
    assert memo.all_clear(looks, 1, ["A0"])
    looks.events[1].members = ["B0", "B1", "B2", "B3"]
    assert memo.all_clear(looks, 1, ["A0"])
    assert looks.scored == 1
