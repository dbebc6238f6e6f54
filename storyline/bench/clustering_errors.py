"""``storyline bench clustering FILE --errors``: why gold events were split.

A B-cubed figure says how much recall is lost, not where.  This replays the
file's stored reports under the shipped settings (:mod:`storyline.bench.replay`;
the same events ``ingest`` forms) and, for each gold event whose lines ended
in several predicted groups, takes its *main part* (the group holding most of
its lines; a tie goes to the group of its first line) and explains every line
outside it by the rule that kept it out:

- ``gate``: the page was flagged as not a news report, so it is in no event;
- ``shared page``: the page is stored once but listed under another gold
  event first (one page, one event);
- ``retrieval``: none of the main part's reports is among the report's
  nearest neighbours (the candidates its events are taken from);
- ``window``: it is dated and every dated report of the main part lies more
  than the window away (dated reports are placed before undated ones, so it
  meets the part's undated reports only where the part has no dated one);
- ``day penalty``: its best pair with the main part clears the cut before the
  day penalty, not after;
- ``cosine cut`` / ``learned cut``: its best pair (by the scorer the pair
  uses: lead cosine between dated reports, the learned model with a small
  share of the lead cosine otherwise) misses the cut even without the penalty;
- ``order``: a pair clears everything; it went elsewhere because of what had
  arrived when it was placed (its event's top matches, a better-scoring event,
  undated reports placed after dated ones).

Each cause is priced in F1 points: the file's B-cubed F1 with that cause's
lines moved into their main part, minus the replayed F1.

Precision is read the other way round (:func:`merged_events`): each predicted
event holding lines of several gold events, its own gold event (most lines),
and how each foreign line came in: a ``shared page`` (a page the gold lists
under the own event first; stored once, so no grouping can part it), the
``far look`` (it joined from beyond its window) or ``placed`` (within it).
Its price is the F1 with the movable foreign lines parted off, one group per
gold event, minus the replayed F1: below zero, the merge is the cheaper error.  Scores are taken
after the whole file is placed (the cosine's language means are the final
ones), so a line's figures can differ slightly from what it met when placed.
"""
from __future__ import annotations

import collections
import dataclasses
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable

import numpy as np

from storyline.bench.clustering import load_gold
from storyline.bench.metrics import bcubed

CAUSES = ("gate", "shared page", "retrieval", "window", "day penalty", "cosine cut",
          "learned cut", "order")


@dataclass
class Miss:
    """One line outside its gold event's main part, and why."""

    line: str
    gold: str
    title: str
    date: str | None
    cause: str
    best_gap_days: int | None = None      # days to the nearest dated report of the main part
    best_cosine: float | None = None      # best raw lead cosine to a dated report of the main part
    best_learned: float | None = None     # best learned same-story score to the main part
    best_margin: float | None = None      # best pair score over its cut, before the day penalty


def _main_parts(gold: list[str], pred: list[str]) -> dict[str, str]:
    """Each gold event's main predicted group (most lines; ties: the first line's).

    A line in no event (``alone:``, a page the gate flagged) is the main part
    only of a gold event that has nothing else: in a two-line event of a report
    and an error page, the error page is what the gate kept out, not the report
    (Wikinews dev: 5 of the 9 "gate" lines were reports whose gold partner was
    a flagged page listed first)."""
    lines: dict[str, list[str]] = collections.defaultdict(list)
    for g, p in zip(gold, pred):
        lines[g].append(p)
    out = {}
    for g, ps in lines.items():
        grouped = [p for p in dict.fromkeys(ps) if not p.startswith("alone:")]
        out[g] = max(grouped or dict.fromkeys(ps), key=lambda p: ps.count(p))
    return out


def explain(path: str | Path, progress: Callable[[str], None] | None = None) -> dict:
    """Split gold events of a labelled file, each missed line with its cause,
    and each cause's price in B-cubed F1 points (see the module docstring)."""
    from storyline.bench.clustering_cv import defaults
    from storyline.bench.replay import StoredFile

    rows = load_gold(path)
    stored = StoredFile(path, rows, progress)
    setting, story_setting = defaults()
    grouper = stored.replay(setting)
    clusterer, scorer = grouper.clusterer, grouper.scorer
    event_of = dict(clusterer.event_of)
    ids = [str(r["id"]) for r in rows]
    gold = [r["cluster"] for r in rows]
    pred = stored.labels(event_of, "event")
    main = _main_parts(gold, pred)
    first_gold: dict[str, str] = {}
    for i, g in zip(ids, gold):
        if stored.stored_as[i]:
            first_gold.setdefault(stored.stored_as[i], g)
    articles = {a.id: a for a in stored.articles}
    if hasattr(scorer, "bind"):  # learned views of placed reports are built from the stored ones
        scorer.bind(articles.get)
    misses: list[Miss] = []
    for i, (line, g, p) in enumerate(zip(ids, gold, pred)):
        if p == main[g]:
            continue
        aid = stored.stored_as[line]
        article = articles.get(aid) if aid else None
        title = str(rows[i].get("title", ""))[:80]
        if article is None:
            misses.append(Miss(line, g, title, None, "gate"))
            continue
        date = article.published.isoformat() if article.published else None
        if first_gold[aid] != g:
            misses.append(Miss(line, g, title, date, "shared page"))
            continue
        members = [stored.stored_as[ids[j]] for j in range(len(rows))
                   if gold[j] == g and pred[j] == main[g] and stored.stored_as[ids[j]] in articles]
        members = list(dict.fromkeys(m for m in members if m != aid))
        misses.append(_why(line, g, title, date, aid, members, clusterer, scorer))
    base = bcubed(gold, pred)[2]
    price = {}
    for cause in CAUSES:
        lines = {m.line for m in misses if m.cause == cause}
        if lines:
            moved = [main[g] if line in lines else p for line, g, p in zip(ids, gold, pred)]
            price[cause] = {"lines": len(lines), "f1_points": round(bcubed(gold, moved)[2] - base, 4)}
    split = sorted({m.gold for m in misses})
    far = {m for ev in clusterer.events.values() for m in ev.far}
    out = {"bcubed_f1": round(base, 4), "split_events": len(split), "missed_lines": len(misses),
           "causes": price, "misses": [asdict(m) for m in misses],
           "merges": merged_events(ids, gold, pred, stored.stored_as, far)}
    if all("story" in r for r in rows):
        out["story_splits"] = _story_splits(stored, rows, event_of, far, story_setting)
    return out


def _story_splits(stored, rows, event_of, far, setting) -> list[dict]:
    """:func:`split_stories` over the replayed events, linked as ingest links them."""
    from storyline.bench.replay import EventsOf
    from storyline.group.story_graph import graph_of, link_stories

    events = EventsOf(event_of)
    events.far = frozenset(far)
    profiles = sorted(stored.story_profiles(events), key=lambda p: p.id)
    story_of = link_stories([dataclasses.replace(p) for p in profiles], setting.threshold,
                            max_gap_days=setting.max_gap_days, reference_weight=setting.reference_weight)
    graph = graph_of(profiles, threshold=setting.threshold, max_gap_days=setting.max_gap_days,
                     reference_weight=setting.reference_weight)
    pos = {p.id: i for i, p in enumerate(profiles)}
    stories: dict[int, collections.Counter] = collections.defaultdict(collections.Counter)
    for r in rows:
        aid = stored.stored_as[str(r["id"])]
        if aid in event_of:
            stories[event_of[aid]][r["story"]] += 1
    gold_story = {e: c.most_common(1)[0][0] for e, c in stories.items()}
    return split_stories(gold_story, story_of, lambda a, b: graph.score(pos[a], pos[b]), setting.threshold)


def split_stories(gold_story: dict[int, str], story_of: dict[int, int],
                  score: Callable[[int, int], float], cut: float) -> list[dict]:
    """Gold stories whose events ended in several predicted stories: the parts
    (event ids), the best link across them, the cut, and how many pairs of
    events of *different* gold stories link higher (average linkage would
    join those first, so a lower cut alone could not serve the story).
    ``gold_story``: each event's gold story (its lines' commonest)."""
    events = sorted(gold_story)
    out = []
    for story in dict.fromkeys(gold_story[e] for e in events):
        own = [e for e in events if gold_story[e] == story]
        parts: dict[int, list[int]] = {}
        for e in own:
            parts.setdefault(story_of[e], []).append(e)
        if len(parts) < 2:
            continue
        best = max(score(a, b) for a in own for b in own if a < b and story_of[a] != story_of[b])
        higher = sum(1 for a in events for b in events
                     if a < b and gold_story[a] != gold_story[b] and score(a, b) > best)
        out.append({"story": story, "parts": list(parts.values()), "best_link": round(best, 4),
                    "cut": cut, "higher_across": higher})
    return out


def merged_events(ids: list[str], gold: list[str], pred: list[str], stored_as: dict[str, str | None],
                  far: set[str]) -> list[dict]:
    """Predicted events holding lines of several gold events (what B-cubed
    precision loses), each with its own gold event (most lines; a tie goes to
    the first line's), every foreign line and how it came in, and the F1 points
    of parting the movable ones off (see the module docstring)."""
    first_gold: dict[str, str] = {}
    for line, g in zip(ids, gold):
        if stored_as.get(line):
            first_gold.setdefault(stored_as[line], g)
    members: dict[str, list[int]] = collections.defaultdict(list)
    for k, p in enumerate(pred):
        if not p.startswith("alone:"):
            members[p].append(k)
    base = bcubed(gold, pred)[2]
    out = []
    for event, ks in members.items():
        counts = collections.Counter(gold[k] for k in ks)
        if len(counts) < 2:
            continue
        own = max(counts, key=lambda g: (counts[g], -ks.index(next(k for k in ks if gold[k] == g))))
        foreign, moved = [], list(pred)
        for k in ks:
            if gold[k] == own:
                continue
            aid = stored_as.get(ids[k])
            how = ("shared page" if aid and first_gold[aid] != gold[k]
                   else "far look" if aid in far else "placed")
            foreign.append({"line": ids[k], "gold": gold[k], "how": how})
            if how != "shared page":
                moved[k] = f"parted:{event}:{gold[k]}"
        out.append({"event": event, "own": own, "lines": len(ks),
                    "golds": dict(counts.most_common()), "foreign": foreign,
                    "split_f1_points": round(bcubed(gold, moved)[2] - base, 4)})
    return out


def _why(line, gold, title, date, aid, members, clusterer, scorer) -> Miss:
    """The rule that kept one stored report out of its main part."""
    miss = Miss(line, gold, title, date, "order")
    if not members:  # its main part is pages the gate flagged, or itself
        miss.cause = "gate"
        return miss
    near = set(clusterer.neighbours(clusterer._index_vector(aid)))
    view = clusterer.views[aid]
    published = clusterer.published[aid]
    gaps = [clusterer._gap(m, published) for m in members]
    margins = scorer.score_many(view, [clusterer.views[m] for m in members])
    dated = [g is not None for g in gaps]
    if any(dated):
        miss.best_gap_days = min(g for g in gaps if g is not None)
        miss.best_cosine = round(float(max(margins[k] for k in range(len(members)) if dated[k])
                                       + scorer.cosine.threshold), 4)
    if hasattr(scorer, "learned"):
        own, *others = scorer._learned([view, *(clusterer.views[m] for m in members)])
        miss.best_learned = round(float(np.max(scorer.learned.score_many(own, others))), 4)
    limit = clusterer.window.days
    # dated reports are placed before undated ones, so a dated report meets
    # the main part's undated reports only where the part has no dated one
    inside = [k for k, gap in enumerate(gaps)
              if (gap is None and (published is None or not any(dated))) or (gap is not None and gap <= limit)]
    if not any(m in near for m in members):
        miss.cause = "retrieval"
    elif not inside:
        miss.cause = "window"
    else:
        best = max(inside, key=lambda k: margins[k])
        miss.best_margin = round(float(margins[best]), 4)
        penalised = margins[best] - clusterer.day_penalty * (gaps[best] or 0)
        if penalised >= 0:
            miss.cause = "order"
        elif margins[best] >= 0:
            miss.cause = "day penalty"
        else:
            miss.cause = "cosine cut" if dated[best] and published is not None else "learned cut"
    return miss


def report_lines(result: dict) -> list[str]:
    """The explanation as text, one missed line per row, then the prices."""
    out = [f"replayed B-cubed F1 {result['bcubed_f1']:.4f}; {result['split_events']} gold events split, "
           f"{result['missed_lines']} lines outside their main part"]
    for m in result["misses"]:
        figures = ", ".join(f"{k.replace('best_', '')} {m[k]}" for k in
                            ("best_gap_days", "best_cosine", "best_learned", "best_margin") if m[k] is not None)
        out.append(f"  {m['gold']} {m['line']} [{m['cause']}] {m['date'] or 'undated'} "
                   f"{m['title']!r}" + (f" ({figures})" if figures else ""))
    for cause, p in result["causes"].items():
        out.append(f"{cause}: {p['lines']} lines, +{p['f1_points']:.4f} F1 if they joined their main part")
    for s in result.get("story_splits", []):
        out.append(f"story {s['story']} split in {len(s['parts'])} (events {s['parts']}): best link across "
                   f"{s['best_link']} (cut {s['cut']}); {s['higher_across']} pairs of events of different "
                   f"gold stories link higher")
    merges = result.get("merges", [])
    out.append(f"{len(merges)} predicted events hold lines of several gold events")
    for m in merges:
        held = ", ".join(f"{g} ×{n}" for g, n in m["golds"].items())
        out.append(f"  {m['event']} holds {held} (own {m['own']}); "
                   f"{m['split_f1_points']:+.4f} F1 if the movable foreign lines were parted off")
        out.extend(f"    {f['gold']} {f['line']} [{f['how']}]" for f in m["foreign"])
    return out
