"""Upper bounds for event grouping on a labelled file (`bench clustering --ceilings`).

A B-cubed figure means little without knowing what the file allows.  Three
oracle groupings, each given the gold labels, say how far any system built on
Storyline's rules could get:

- ``one_page_one_event``: every stored article in the gold event of its first
  line.  A page listed under two gold events (or two lines with the same text,
  stored once) can only be in one.
- ``time_window``: also, dated articles of one gold event are only together when
  a chain of publication dates with gaps of at most the clusterer's window links
  them (what "an event is one happening" means in Storyline); undated ones join
  the largest part.
- ``time_window_and_evidence``: also, an article whose best same-story score
  (the learned model) to any other article of its gold event is below
  ``EVIDENCE`` stays alone: nothing in its text says it belongs there (a site's
  home page, an error page, another day's front page).

The dates are the ones Storyline found (header, URL, dateline), so the bounds
are for this pipeline, not for the file in the abstract.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from storyline.bench.metrics import bcubed
from storyline.records import Article

EVIDENCE = 0.25  # learned same-story score; the event threshold is 0.40


def _window_parts(members: list[Article], window: dt.timedelta) -> list[list[str]]:
    """Split one gold event's articles into parts a date window can keep together."""
    dated = sorted((a for a in members if a.published), key=lambda a: (a.published, a.id))
    parts: list[list[Article]] = []
    for a in dated:
        if parts and a.published - parts[-1][-1].published <= window:
            parts[-1].append(a)
        else:
            parts.append([a])
    undated = [a for a in members if not a.published]
    if not parts:
        return [[a.id for a in undated]]
    largest = max(parts, key=len)
    largest.extend(undated)
    return [[a.id for a in p] for p in parts]


def _without_evidence(members: list[Article], learned: Any) -> set[str]:
    """Articles whose best learned score to the rest of their gold event is low."""
    if len(members) < 2:
        return set()
    views = dict(zip([a.id for a in members], learned.views(members)))
    alone = set()
    for a in members:
        others = [views[b.id] for b in members if b.id != a.id]
        if max(learned.score_many(views[a.id], others)) < EVIDENCE:
            alone.add(a.id)
    return alone


def ceilings(gold: list[str], stored_ids: list[str | None], articles: dict[str, Article],
             window: dt.timedelta) -> dict[str, float]:
    """B-cubed F1 of the three oracle groupings (see the module docstring).

    ``gold[i]`` is line i's gold event, ``stored_ids[i]`` the article it was
    stored as (None if it was not stored: it counts as alone).
    """
    from storyline.group.scoring import LearnedScorer

    first: dict[str, str] = {}
    for g, aid in zip(gold, stored_ids):
        if aid is not None:
            first.setdefault(aid, g)
    members: dict[str, list[Article]] = {}
    for aid, g in first.items():
        members.setdefault(g, []).append(articles[aid])

    def score(label: dict[str, str]) -> float:
        pred = [label.get(aid, f"alone:{aid}") if aid else f"unstored:{i}"
                for i, aid in enumerate(stored_ids)]
        return round(bcubed(gold, pred)[2], 4)

    out = {"one_page_one_event": score(dict(first))}
    learned = LearnedScorer()
    for name, evidence in (("time_window", False), ("time_window_and_evidence", True)):
        label: dict[str, str] = {}
        for g, arts in members.items():
            alone = _without_evidence(arts, learned) if evidence else set()
            kept = [a for a in arts if a.id not in alone]
            for k, part in enumerate(_window_parts(kept, window)):
                label.update({aid: f"{g}:{k}" for aid in part})
        out[name] = score(label)
    return out
