"""Second looks: a placed report moves to a better event once later ones are in.

Placement is online (:mod:`storyline.group.events`): a report sees only the
reports placed before it.  On its second look (:mod:`storyline.service_looks`
gives them) a report is scored again against every event near it, its own
without it, and moves where another does better; a dated report alone in
its event (or with undated or far mates only) that no event within its window
takes looks beyond the window (:meth:`SecondLooks._far`), and a move made so is a *far* join: the report
is a member, but its date is not its event's (:mod:`storyline.group.event_state`).
The rules read the clusterer's state; :class:`EventClusterer` holds it.
"""
from __future__ import annotations

import datetime as dt
from typing import Any, Callable

import numpy as np


# The second look weighs a report's own event against another on the
# languages both hold (see :meth:`EventClusterer.reconsider`): two reports in
# one language share wording whatever they tell, so an event that holds the
# report's language has an edge over one that does not.  On by
# leave-stories-out CV over the three dev files (chosen in every fold;
# docs/benchmarks.md, "Next-day developments").
SHARED_LANGUAGES = True

# An undated report alone in its event (with its copies) has no event of its
# own to weigh another against on its second look, and no window to keep it
# out of one topic's other happenings: any event clearing the cut took it, and
# the events it joined so grew into chains (SemEval dev: 20 of the 27 reports
# of one Iran-US chain joined alone).  It moves only to an event it clears the
# cut by LONE_EXTRA.  The dev files' CV ties at 0 to 0.15 (no placement moves;
# 0.2 splits a Wikinews event), so the value rests on SemEval's rated pairs:
# replayed, dissimilar pairs together 17 -> 14, similar pairs apart unchanged;
# ingested, 17 -> 17 and similar apart 0.058 -> 0.055 (docs/benchmarks.md,
# "h-events13").
LONE_EXTRA = 0.10

# A dated report left alone by its window (Wikinews lists pages days to months
# from the happening: a party's page before the result, the laureate's lecture
# two months after the prize) gets a look beyond it, compared as undated: it
# joins an event it clears the cut by LONE_EXTRA that beats every other event
# by FAR_MARGIN (one event of its story near it: a story's next development
# scores alike) and whose leads agree (lead cosine margin >= FAR_LEAD).  None:
# off.  Leave-stories-out CV over the three dev files: 0.1 / 0.1 in 15 of 15
# folds (docs/benchmarks.md, h-events18).
FAR_MARGIN: float | None = 0.10
FAR_LEAD = 0.10

# A dated report placed with undated pages only (an undated event holds any
# date) is not alone, so it got no far look, and its story's event beyond its
# window could never take it: which happened depended on which pages came
# first (Wikinews dev, one shuffled order: JPL's 23 Dec asteroid report with
# two undated pages of a solar eruption; docs/benchmarks.md, h-events20).
# With FAR_MATES a report whose event holds no other dated member (its
# copies aside) gets the far look too; its own event, scored as undated
# without it, is then one more candidate the far event must beat by
# FAR_MARGIN (docs/benchmarks.md, h-events21).
FAR_MATES = True

# A dated report whose event's other members (its copies aside) all joined it
# from beyond its window (far members) or are undated anchors them: it is the
# member their event's days come from (:mod:`storyline.group.event_state`).
# Compared as dated it had no score for its own event (the far members are
# beyond its window), so any event within its window clearing the cut took
# it, and its far members stayed behind (h-events21's chase began so:
# Wikinews dev, one shuffled order, the 27 Dec asteroid report left JPL's 23
# Dec report, its far member, for undated pages).  With FAR_ANCHOR its own
# event is scored as undated, as a far member scores its own
# (:meth:`SecondLooks._far_stay`): an event within its window must beat
# that.  Its far look (it had one before too, where no event within its
# window cleared the cut) counts its far members as undated mates: their
# event competes, and where their leads agree with its own it stays (the
# same margin and lead checks as FAR_MATES).
FAR_ANCHOR = True

# Two events of one happening, each formed before the other's reports came,
# hold: on its second look a member weighs its own mates against the other
# event, and a pair formed first outscores the mean of its best few there, so
# no single move pays though both events are one (Wikinews dev, shuffled
# orders: the Delta IV pages, undated, split 3 + 2 where the pair met first;
# docs/benchmarks.md, h-events22).  With MERGE_LOOK an undated report that
# no single move takes joins another event where its own holds undated
# reports only and is not the larger (it and its copies included), every
# member of it clears the cut against the other, and the leads of the two
# agree (lead cosine margin >= FAR_LEAD, the far look's check: a merge never
# joins two happenings told alike); its mates follow on their own looks by
# the same rule.  No threshold of its own.  Undated only: a dated event has
# its days to tell a story's developments apart, and merging dated events
# (a first cut) joined one story's same-day developments (multilingual dev
# 0.9796 -> 0.9613); undated pages have nothing but their arrival order
# (docs/benchmarks.md, h-events23).
MERGE_LOOK = True


class SecondLooks:
    """The second-look rules of :class:`~storyline.group.events.EventClusterer`
    (a mixin: it reads the clusterer's events, views and scores)."""

    def reconsider(self, article_id: str, published: dt.date | None,
                   keep_with: frozenset[str] = frozenset(),
                   veto: Callable[[int], bool] | None = None) -> int | None:
        """A better event for a placed article, now that later ones are in; None = stay.

        The article's own event is scored without it (and without ``keep_with``,
        its copies).  It moves when another event clears the threshold and
        beats that score (or its event holds nobody else: then, undated, it
        must clear the threshold by ``lone_extra``; where its other members
        are all far, :data:`FAR_ANCHOR`, its event is scored as undated); a tie stays.  Where
        the two events differ in languages, "beats" is judged on the languages
        both hold (:meth:`_fair`).  A dated report alone in its event, or
        with undated mates only, that no event within its window takes looks
        beyond it (:meth:`_far`); an undated one with undated mates that no
        single move takes may take its event into another (:meth:`_merge`,
        :data:`MERGE_LOOK`); the
        event found so is kept in ``far_look``, so that the move there is
        made a far join (:meth:`EventClusterer.move`).
        """
        self.far_look.pop(article_id, None)
        exclude = keep_with | {article_id}
        found = self.scores(self.views[article_id], self._index_vector(article_id),
                            published, exclude)
        current = self.event_of[article_id]
        stay = found.pop(current, None)
        if article_id in self.events[current].far and self.far_mates \
                or published is not None and self._far_anchor(current, exclude):
            stay = self._far_stay(article_id, current, exclude)
        if not any(m not in exclude for m in self.events[current].members):
            stay = None
        if veto is not None:
            found = {e: s for e, s in found.items() if s < self.threshold or not veto(e)}
        for event_id, score in sorted(found.items(), key=lambda kv: (-kv[1], kv[0])):
            if score < self.threshold:
                break
            if stay is None:
                alone = published is None and score < self.threshold + self.lone_extra
                return None if alone else event_id
            fair = self._fair(article_id, published, exclude, current, event_id)
            if fair is None and score > stay:
                return event_id
            if fair is not None and fair.get(event_id, -np.inf) >= self.threshold \
                    and fair[event_id] > fair.get(current, -np.inf):
                return event_id
        if stay is not None and self.merge_look:
            merge = self._merge(current, exclude, found)
            if merge is not None:
                return merge
        if published is not None and (stay is None or self._undated_mates(current, exclude)):
            far = self._far(article_id, exclude, veto)
            if far is not None:
                self.far_look[article_id] = far
            return far
        return None

    def _merge(self, current: int, exclude: frozenset[str], found: dict[int, float]) -> int | None:
        """The event a report's whole event would merge into (see
        :data:`MERGE_LOOK`; for an event of undated reports only): of those
        clearing the cut for the report (``found``, its veto applied), best
        first, one not smaller than its own whose leads agree with its
        own's and against which every other member of its own (less
        ``exclude``: the report, which ``found`` scored, and its copies)
        clears the cut; None: none.  What one look learns is kept for its
        mates' looks (:class:`MergeMemo`), so a pass over an event's members
        costs about as many pair scores as the event has members, not their
        square."""
        lead = getattr(self.scorer, "lead", None)
        mine = self.events[current].members
        if lead is None or any(self.published.get(m) for m in mine):
            return None
        memo = self._merge_memo()
        rest = [m for m in mine if m not in exclude]
        for event_id, score in sorted(found.items(), key=lambda kv: (-kv[1], kv[0])):
            if score < self.threshold:
                break
            theirs = self.events[event_id].members
            if len(theirs) < len(mine) or not memo.leads_agree(self, current, event_id, lead):
                continue
            if memo.all_clear(self, event_id, rest):
                return event_id
        return None

    def _merge_memo(self) -> "MergeMemo":
        """The merge look's memo, started afresh whenever a report has been
        placed since (the scores it holds read the placed reports)."""
        memo = getattr(self, "merge_memo", None)
        if memo is None or memo.placed != len(self.event_of):
            memo = self.merge_memo = MergeMemo(len(self.event_of))
        return memo

    def _undated_mates(self, event_id: int, exclude: frozenset[str]) -> bool:
        """Whether an event's members, less ``exclude``, are all undated (see
        :data:`FAR_MATES`; False where that rule is off), or, with
        :data:`FAR_ANCHOR`, undated or far (:meth:`_far_anchor`)."""
        return self.far_mates and not any(self.published.get(m) for m in self.events[event_id].members
                                          if m not in exclude) or self._far_anchor(event_id, exclude)

    def _far_anchor(self, event_id: int, exclude: frozenset[str]) -> bool:
        """Whether an event's members, less ``exclude``, include a far member
        and are all far or undated (see :data:`FAR_ANCHOR`; False where that
        rule is off or ``exclude`` holds a far member: that one's own look)."""
        ev = self.events[event_id]
        if not self.far_anchor or not ev.far or ev.far & exclude:
            return False
        mates = [m for m in ev.members if m not in exclude]
        return bool(mates) and all(m in ev.far or not self.published.get(m) for m in mates)

    def _far_stay(self, article_id: str, current: int, exclude: frozenset[str]) -> float | None:
        """A far member's score for its own event, compared as undated, as
        the far look that placed it there compared it (also the score of a
        report anchoring far members, :data:`FAR_ANCHOR`).  Compared as dated,
        its event's members beyond its window count for nothing, so its
        event had no score and any event within its window clearing the cut
        took it back: with :data:`FAR_MATES`, the undated mates it left, and
        on the next pass the far look again (tests/test_event_far_mates.py)."""
        undated = getattr(self.scorer, "as_undated", None)
        if undated is None:
            return None
        return self.scores(undated(self.views[article_id]), self._index_vector(article_id), None,
                           exclude).get(current)

    def _far(self, article_id: str, exclude: frozenset[str],
             veto: Callable[[int], bool] | None) -> int | None:
        """The one event of a dated report's story beyond its window, for a
        report alone in its event or with undated mates only (see
        :data:`FAR_MARGIN`, :data:`FAR_MATES`); None: none stands out, or the
        rule is off.  Its own event (its undated mates, scored without it)
        competes like any other: the far event must beat it by the margin,
        and where it scores best the report stays; and where the leads of
        its undated mates agree with its own (as the far event's must), they
        are taken for its happening and it stays (else two dated reports of
        one story, each with undated mates, took turns leaving for the
        other's event, the mates following, pass after pass: Wikinews dev,
        order 2, docs/benchmarks.md h-events21).  The lead cosines come first (cheap): where no near
        event's leads agree, no learned view is built (most lone reports of
        a stream)."""
        undated = getattr(self.scorer, "as_undated", None)
        if self.far_margin is None or undated is None:
            return None
        index_vec, own = self._index_vector(article_id), self.event_of[article_id]
        view = self.views[article_id]
        leads = {e: float(np.max(self.scorer.lead(view, [self.views[m] for m in near])))
                 for e, near in ((e, [m for m in near if m not in exclude])
                                 for e, near in self.candidates(index_vec).items()) if near}
        if leads.pop(own, -np.inf) >= self.far_lead:  # its undated mates' leads agree: its happening
            return None
        if not any(lead >= self.far_lead for lead in leads.values()):
            return None
        found = self.scores(undated(view), index_vec, None, exclude)
        if veto is not None:
            found = {e: s for e, s in found.items() if not veto(e)}
        ranked = sorted(found.items(), key=lambda kv: (-kv[1], kv[0]))
        if not ranked or ranked[0][1] < self.threshold + self.lone_extra:
            return None
        event_id, best = ranked[0]
        if len(ranked) > 1 and best - ranked[1][1] < self.far_margin:
            return None
        return event_id if event_id != own and leads.get(event_id, -np.inf) >= self.far_lead else None

    def _langs(self, event_id: int, exclude: frozenset[str]) -> frozenset[str]:
        """The languages of an event's members, less ``exclude``."""
        return frozenset(language(self.views[m]) for m in self.events[event_id].members if m not in exclude)

    def _fair(self, article_id: str, published: dt.date | None, exclude: frozenset[str],
              current: int, other: int) -> dict[int, float] | None:
        """Both events' scores over the languages both hold, where they differ
        in languages (None: they do not, or share none, or the rule is off).

        Two reports of one story in one language share wording (names as
        spelled, set phrases) whatever development each tells (multilingual
        dev: 0.32 mean centred cosine against 0.22 across languages for
        different events of one story; none for unrelated stories), and the
        nearest neighbours of a report are mostly of its own language: a Hebrew report of the day after a quake scored 0.27
        to the Hebrew report of the quake itself and 0.02-0.09 to the reports
        of its own day in other languages, and none of the quake's other
        reports was among its nearest.  So where the report's own event and
        another differ in languages, they are weighed on the languages both
        hold (its own event may have no member of those near the report at
        all: then it held the report by its language alone).  The same rule
        decides the way back, so a report does not swing between the two.  On
        a stream of one language it never fires."""
        if not self.shared_languages:
            return None
        mine, theirs = self._langs(current, exclude), self._langs(other, exclude)
        shared = mine & theirs
        if not shared or shared == mine | theirs:
            return None
        return self.scores(self.views[article_id], self._index_vector(article_id), published, exclude, shared)



class MergeMemo:
    """What the merge look (:meth:`SecondLooks._merge`) found, kept across
    the looks of one event's members while no report is placed.

    Without it each member's look scored every other member of its event
    against the other event: one pass over an event of ``a`` undated
    reports cost about ``a`` squared event scores, and where the merge was
    refused by one member, as many again on every pass (two scripted events
    of 200 and 201: 1.24 million pair scores where the looks alone make
    13,000; docs/benchmarks.md, h-events24).  It keeps, so that the answers
    are the same:

    - per other event, the members that cleared the cut against it, while
      that event has lost none of the members it had then (an event's score
      for a report is the mean of its best ``top`` matches among its members
      near the report, which only rises as members join once it has ``top``;
      below that the mean is over fewer, so any change forgets), and the member
      that last did not, tried first next time;
    - per pair of events, one pair of their members whose leads agree, while
      both are still members, and a refusal while neither event changed.
    """

    def __init__(self, placed: int):
        self.placed = placed
        self.cleared: dict[int, tuple[frozenset[str], set[str]]] = {}  # event -> (its members then, cleared)
        self.failed: dict[int, str] = {}  # event -> the member that last missed the cut against it
        self.agree: dict[tuple[int, int], tuple[str, str]] = {}
        self.refused: dict[tuple[int, int], tuple[frozenset[str], frozenset[str]]] = {}

    def leads_agree(self, looks: SecondLooks, current: int, other: int, lead: Callable) -> bool:
        """Whether some member of ``current`` and some of ``other`` have a
        lead cosine margin of at least the far look's :data:`FAR_LEAD`."""
        mine, theirs = looks.events[current].members, looks.events[other].members
        pair = self.agree.get((current, other))
        if pair is not None and pair[0] in mine and pair[1] in theirs:
            return True
        key = (frozenset(mine), frozenset(theirs))
        if self.refused.get((current, other)) == key:
            return False
        views = [looks.views[t] for t in theirs]
        for m in mine:
            margins = lead(looks.views[m], views)
            best = int(np.argmax(margins))
            if float(margins[best]) >= looks.far_lead:
                self.agree[current, other] = (m, theirs[best])
                return True
        self.refused[current, other] = key
        return False

    def all_clear(self, looks: SecondLooks, other: int, members: list[str]) -> bool:
        """Whether every one of ``members`` clears the cut against ``other``."""
        now = frozenset(looks.events[other].members)
        then, cleared = self.cleared.get(other, (now, set()))
        if not then <= now or (now != then and len(then) < looks.top):
            # it lost a member, or grew while it had fewer than ``top`` (a mean over
            # fewer matches, which a weaker newcomer lowers): its scores may have fallen
            then, cleared = now, set()
        self.cleared[other] = (then, cleared)
        failed = self.failed.get(other)
        for m in sorted(members, key=lambda m: m != failed):  # the last to miss, first
            if m in cleared:
                continue
            if looks.scores(looks.views[m], looks._index_vector(m), looks.published.get(m),
                            frozenset({m})).get(other, -np.inf) < looks.threshold:
                self.failed[other] = m
                return False
            cleared.add(m)
        return True


def language(view: Any) -> str | None:
    """A scorer view's language: the hybrid view's cosine part, the cosine
    view's second item, else the view's ``lang`` (None where it has none)."""
    view = getattr(view, "cos", view)
    if isinstance(view, tuple) and len(view) == 2 and isinstance(view[1], str):
        return view[1]
    return getattr(view, "lang", None)
