"""``storyline bench clustering FILE [FILE ...] --cv``: choose the grouping
settings by cross-validation that leaves whole stories out, across all files.

The settings that decide events (the time window, the day penalty, the cosine
and learned scorers' cuts) and stories (the average-linkage cut, the longest
gap) were chosen on labelled data, so a figure on that data says little about
unseen news.  This re-runs the choice from the repository:

- each file is ingested once and its stored reports replayed under every
  setting of the grid (:mod:`storyline.bench.replay`);
- folds are stories: each file's stories (its ``story`` field, else its
  ``cluster``: an event is its own story) are shuffled with a fixed seed and
  dealt round-robin into ``k`` folds, so every fold holds about a k-th of
  every file's stories and no story is split between folds;
- for each fold, the event setting with the best mean B-cubed F1 over the
  files, scored on the *other* folds' lines only, is chosen; then the story
  setting, the same way, on the files that label stories, over the events the
  chosen setting formed;
- the chosen settings are scored on the fold's own (held-out) lines, per
  file, and summarised over the folds (mean, sd, range), beside what the
  shipped defaults score on the same held-out lines.

Grouping is online and replays every line of a file, so held-out reports are
grouped together with the training ones (as they would be in a database); only
the scoring is split: each scored line is judged against its whole predicted
group, so a held-out line put with training lines (always of other stories)
loses precision, as a line put with lines of its own fold does.  Ties between
settings go to the earlier one in the grid.
"""
from __future__ import annotations

import itertools
import random
import statistics
from pathlib import Path
from typing import Callable

from storyline.bench.clustering import load_gold
from storyline.bench.metrics import bcubed
from storyline.analyse.where import MAIN_SHARE, MIN_WEIGHT
from storyline.bench.replay import EventSetting, StoredFile, StorySetting
from storyline.group.events import (FAR_ANCHOR, FAR_LEAD, FAR_MARGIN, FAR_MATES, LONE_EXTRA, MERGE_LOOK, PENALTY_BY,
                                    SHARED_LANGUAGES)
from storyline.group.grouper import WHERE
from storyline.group.scoring import UNANCHORED_PENALTY
from storyline.group.stories import REFERENCE_WEIGHT

# Small enough to run in minutes with the embeddings cached (80 event
# replays per file, 10 story links per chosen event grouping).  The lead
# cosine's share for undated pairs was chosen with the other settings held
# (`--grid lead_weight=0,0.05,0.1,0.25`, docs/benchmarks.md), and so were the
# country veto's (`--grid where=off,undated,all --grid where_weight=3,2,4
# --grid where_share=0.3,0.5`); the full grid keeps the shipped values so as
# not to multiply its cost.
EVENT_GRID = {"window_days": [0, 1, 2, 3, 10], "day_penalty": [0.0, 0.05, 0.10, 0.15],
              "cosine_cut": [0.32, 0.36], "learned_cut": [0.40, 0.50], "lead_weight": [0.05],
              "where": [WHERE], "where_weight": [MIN_WEIGHT], "where_share": [MAIN_SHARE],
              "shared_languages": [SHARED_LANGUAGES], "unanchored_penalty": [UNANCHORED_PENALTY],
              "lone_extra": [LONE_EXTRA], "penalty_by": [PENALTY_BY], "far_margin": [FAR_MARGIN],
              "far_lead": [FAR_LEAD], "far_mates": [FAR_MATES],
              "far_anchor": [FAR_ANCHOR], "merge_look": [MERGE_LOOK]}
STORY_GRID = {"threshold": [0.15, 0.20, 0.24, 0.30, 0.45], "max_gap_days": [400, 1500],
              "reference_weight": [REFERENCE_WEIGHT]}


def defaults() -> tuple[EventSetting, StorySetting]:
    """The settings Storyline ships with."""
    from storyline.group import events, stories
    from storyline.group.scoring import LEAD_WEIGHT, EmbeddingScorer, LearnedScorer

    return (EventSetting(events.WINDOW_DAYS, events.DAY_PENALTY, EmbeddingScorer.threshold,
                         LearnedScorer.threshold, LEAD_WEIGHT, WHERE, MIN_WEIGHT, MAIN_SHARE),
            StorySetting(stories.THRESHOLD, stories.MAX_GAP_DAYS, stories.REFERENCE_WEIGHT))


def parse_grid(specs: list[str] | None) -> tuple[dict, dict]:
    """``NAME=V1,V2`` overrides of :data:`EVENT_GRID` / :data:`STORY_GRID`."""
    events, stories = {k: list(v) for k, v in EVENT_GRID.items()}, {k: list(v) for k, v in STORY_GRID.items()}
    for spec in specs or []:
        name, _, values = spec.partition("=")
        grid = events if name in events else stories if name in stories else None
        if grid is None or not values:
            raise ValueError(f"--grid {spec!r}: expected NAME=V1,V2 with NAME one of "
                             + ", ".join([*EVENT_GRID, *STORY_GRID]))
        kind = int if name in ("window_days", "max_gap_days") else str if name in ("where", "penalty_by") \
            else _on_off if name in ("shared_languages", "far_mates", "far_anchor", "merge_look") \
            else _off_or_float if name == "far_margin" else float
        try:
            grid[name] = [kind(v) for v in values.split(",")]
        except ValueError:
            raise ValueError(f"--grid {spec!r}: {name} takes {kind.__name__} values") from None
    return events, stories


def _on_off(value: str) -> bool:
    """A switch in ``--grid``: on/off (also true/false, 1/0)."""
    value = value.strip().lower()
    if value in ("on", "true", "1"):
        return True
    if value in ("off", "false", "0"):
        return False
    raise ValueError(value)


def _off_or_float(value: str) -> float | None:
    """A setting that can be switched off in ``--grid`` ("off": None)."""
    return None if value.strip().lower() in ("off", "none") else float(value)


def _settings(cls, grid: dict) -> list:
    names = list(grid)
    return [cls(**dict(zip(names, combo))) for combo in itertools.product(*(grid[n] for n in names))]


def story_folds(rows: list[dict], k: int, seed: int) -> list[int]:
    """Each line's fold: its story's (stories shuffled with ``seed``, dealt round-robin)."""
    stories = sorted({str(r.get("story", r["cluster"])) for r in rows})
    random.Random(seed).shuffle(stories)
    fold_of = {s: i % k for i, s in enumerate(stories)}
    return [fold_of[str(r.get("story", r["cluster"]))] for r in rows]


def _f1(gold: list, pred: list, keep: list[bool]) -> float:
    """B-cubed F1 of the ``keep`` lines, each against its whole event: a line
    grouped with another fold's lines (always another story) loses precision
    (scored on the kept lines alone, such merges cost nothing, so the choice
    missed four in five of a setting's wrong merges with five folds)."""
    return bcubed(gold, pred, keep)[2]


def _summary(values: list[float]) -> dict:
    return {"mean": round(statistics.fmean(values), 4), "sd": round(statistics.pstdev(values), 4),
            "min": round(min(values), 4), "max": round(max(values), 4)}


def _short(name: str) -> str:
    p = Path(name)
    return p.parent.name if p.stem == "articles" and p.parent.name else p.stem


def run(paths: list[str | Path], folds: int = 5, seed: int = 0, grid: list[str] | None = None,
        say: Callable[[str], None] = print, progress: Callable[[str], None] | None = None,
        names: list[str] | None = None) -> dict:
    """Cross-validate the grouping settings over ``paths`` together (see the
    module docstring); ``names`` label the files in the output (default: the paths)."""
    if folds < 2:
        raise ValueError("--folds must be at least 2")
    event_grid, story_grid = parse_grid(grid)
    event_settings, story_settings = _settings(EventSetting, event_grid), _settings(StorySetting, story_grid)
    default_event, default_story = defaults()
    if default_event not in event_settings:
        event_settings.append(default_event)  # scored beside the choice, never chosen unless in the grid
    if default_story not in story_settings:
        story_settings.append(default_story)
    files = []
    names = [str(n) for n in (names or paths)]
    for path in paths:
        rows = load_gold(path)
        if len({str(r.get("story", r["cluster"])) for r in rows}) < folds:
            raise ValueError(f"{path}: fewer stories than --folds {folds}")
        say(f"{names[len(files)]}: {len(rows)} lines; ingesting once, then {len(event_settings)} event settings")
        files.append(StoredFile(path, rows, progress))
    gold = [[r["cluster"] for r in f.rows] for f in files]
    sgold = [[r.get("story", r["cluster"]) for r in f.rows] for f in files]
    has_story = [any("story" in r for r in f.rows) for f in files]
    fold_of = [story_folds(f.rows, folds, seed) for f in files]
    event_of = {s: [f.events(s) for f in files] for s in event_settings}
    event_pred = {s: [f.labels(e, "event") for f, e in zip(files, event_of[s])] for s in event_settings}
    story_pred: dict[EventSetting, list[dict[StorySetting, list[str]]]] = {}

    def stories_of(s: EventSetting) -> list[dict[StorySetting, list[str]]]:
        if s not in story_pred:
            story_pred[s] = [dict(zip(story_settings, (f.labels(m, "story") for m in f.stories(e, story_settings))))
                             for f, e in zip(files, event_of[s])]
        return story_pred[s]

    def mean_f1(pred: list[list[str]], golds: list[list], fold: int, held_out: bool, which: list[bool]) -> float:
        scores = [_f1(g, p, [(x == fold) == held_out for x in fold_of[i]])
                  for i, (g, p) in enumerate(zip(golds, pred)) if which[i]]
        return statistics.fmean(scores)

    choosable = [s for s in event_settings if all(getattr(s, n) in event_grid[n] for n in event_grid)]
    choosable_story = [s for s in story_settings if all(getattr(s, n) in story_grid[n] for n in story_grid)]
    every = [True] * len(files)
    per_fold = []
    for fold in range(folds):
        best = max(choosable, key=lambda s: (mean_f1(event_pred[s], gold, fold, False, every),
                                             -choosable.index(s)))
        best_story = None
        if any(has_story):
            spred = stories_of(best)
            best_story = max(choosable_story, key=lambda t: (
                mean_f1([p[t] for p in spred], sgold, fold, False, has_story), -choosable_story.index(t)))
        entry = {"fold": fold, "event_setting": best.label(),
                 "story_setting": best_story.label() if best_story else None, "files": {}}
        for i, f in enumerate(files):
            held = [x == fold for x in fold_of[i]]
            scores = {"event_f1": round(_f1(gold[i], event_pred[best][i], held), 4),
                      "default_event_f1": round(_f1(gold[i], event_pred[default_event][i], held), 4)}
            if has_story[i] and best_story:
                scores["story_f1"] = round(_f1(sgold[i], stories_of(best)[i][best_story], held), 4)
                scores["default_story_f1"] = round(
                    _f1(sgold[i], stories_of(default_event)[i][default_story], held), 4)
            entry["files"][names[i]] = scores
        per_fold.append(entry)
        say(f"fold {fold + 1}/{folds}: {best.label()}"
            + (f"; {best_story.label()}" if best_story else "") + " | held out: "
            + "; ".join(f"{_short(p)} events {s['event_f1']:.3f}"
                        + (f" stories {s['story_f1']:.3f}" if "story_f1" in s else "")
                        for p, s in entry["files"].items()))
    summary = {}
    for name in names:
        summary[name] = {key: _summary([e["files"][name][key] for e in per_fold])
                         for key in per_fold[0]["files"][name]}
        s = summary[name]
        say(f"{name}: held-out event B-cubed F1 {s['event_f1']['mean']:.3f} "
            f"(sd {s['event_f1']['sd']:.3f}, {s['event_f1']['min']:.3f}-{s['event_f1']['max']:.3f}); "
            f"defaults {s['default_event_f1']['mean']:.3f}"
            + (f"; stories {s['story_f1']['mean']:.3f} (sd {s['story_f1']['sd']:.3f}, "
               f"{s['story_f1']['min']:.3f}-{s['story_f1']['max']:.3f}), defaults "
               f"{s['default_story_f1']['mean']:.3f}" if "story_f1" in s else ""))
    chosen = statistics.multimode(e["event_setting"] for e in per_fold)[0]
    return {"folds": folds, "seed": seed, "event_settings": len(choosable), "story_settings": len(choosable_story),
            "defaults": {"event": default_event.label(), "story": default_story.label()},
            "most_chosen": {"event": chosen, "folds": sum(e["event_setting"] == chosen for e in per_fold)},
            "per_fold": per_fold, "held_out": summary}
