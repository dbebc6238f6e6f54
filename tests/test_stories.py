"""Stories (events linked into storylines) and cited timelines."""
from __future__ import annotations

import datetime as dt
import json
from collections import Counter

import numpy as np
import pytest

from storyline.cli import main as cli_main
from storyline.group.stories import EventProfile, link_stories
from storyline.records import Article, DateMention
from storyline.service import Storyline
from storyline.store.base import EventRow
from storyline.timeline import build_timeline

D = dt.date


def _vec(seed: int, base=None, noise=0.01) -> np.ndarray:
    rng = np.random.default_rng(seed)
    v = rng.normal(size=384) if base is None else base + noise * rng.normal(size=384)
    return (v / np.linalg.norm(v)).astype(np.float32)


def test_events_sharing_names_and_meaning_form_one_story():
    a, b = _vec(1), _vec(2)
    ents_a = Counter({"putin": 3, "kim jong un": 3, "aurus": 2})
    ents_b = Counter({"spain": 3, "england": 3, "berlin": 2})
    events = [EventProfile(1, _vec(10, a), ents_a, D(2023, 9, 13), D(2023, 9, 14), 3),
              EventProfile(2, _vec(11, b), ents_b, D(2024, 7, 14), D(2024, 7, 15), 3),
              EventProfile(3, _vec(12, a), ents_a, D(2024, 6, 19), D(2024, 6, 21), 3)]
    out = link_stories(events)
    assert out[1] == out[3] != out[2]
    # ids are stable when the previous assignment is given
    again = link_stories(events, previous={1: 7, 3: 7, 2: 4})
    assert again == {1: 7, 3: 7, 2: 4}


def test_events_too_far_apart_are_separate_stories():
    a = _vec(1)
    ents = Counter({"putin": 3, "kim jong un": 3})
    events = [EventProfile(1, _vec(10, a), ents, D(2019, 4, 25), D(2019, 4, 25), 3),
              EventProfile(2, _vec(11, a), ents, D(2024, 6, 19), D(2024, 6, 19), 3)]
    out = link_stories(events)
    assert out[1] != out[2]


def _art(aid, event_id, published, dates, lang="en"):
    return Article(id=aid, origin=aid, title=aid, text="x", raw_text="x", lang=lang,
                   published=published, event_id=event_id,
                   sentences=["MOSCOW.", f"The lead sentence of article {aid}."], dates=dates)


def test_timeline_orders_events_and_cites_past_mentions():
    sept = EventRow(1, "Kim visits Russia", 2, 2, ["en"], D(2023, 9, 13), D(2023, 9, 13))
    june = EventRow(2, "Putin in Pyongyang", 2, 2, ["en"], D(2024, 6, 19), D(2024, 6, 20))
    s1 = "Putin gave Kim the same car in February."
    s2 = "Kim saw the car when he visited Russia last September."
    s3 = "The treaty will be ratified next month."
    arts = [_art("a", 1, D(2023, 9, 13), []),
            _art("b", 2, D(2024, 6, 20), [
                DateMention("in February", 0, 5, D(2024, 2, 1), "month", s1),
                DateMention("last September", 0, 5, D(2023, 9, 1), "month", s2),
                DateMention("next month", 0, 5, D(2024, 7, 1), "month", s3)])]
    tl = build_timeline([sept, june], arts)
    assert [(e.label, e.kind) for e in tl] == [
        ("2023-09-13", "event"), ("Feb 2024", "mentioned"), ("2024-06-19", "event")]
    assert tl[1].title == s1 and tl[1].citations[0].article_id == "b"
    assert tl[0].citations[0].sentence == "The lead sentence of article a."  # not the dateline
    # "last September" supports the September event instead of a new entry
    assert any(c.sentence == s2 for c in tl[0].citations)


def test_seed_articles_form_one_story_with_a_cited_timeline(seeds_dir, db_path, capsys):
    app = Storyline(db_path)
    app.ingest_paths([str(seeds_dir)])
    stories = app.stories()
    assert len(stories) == 1
    detail = app.story(stories[0].id)
    labels = {e.label for e in detail["timeline"]}
    assert {"Sep 2023", "Feb 2024"} <= labels
    assert any(e.date and (e.date.year, e.date.month) == (2024, 6) for e in detail["timeline"])
    for e in detail["timeline"]:
        assert e.citations, f"timeline entry {e.label} has no citation"
    app.close()
    assert cli_main(["--db", db_path, "story", str(stories[0].id), "--json"]) == 0
    story = json.loads(capsys.readouterr().out)
    assert story["timeline"] and story["entities"]
    assert cli_main(["--db", db_path, "entity", "पुतिन", "--json"]) == 0
    ent = json.loads(capsys.readouterr().out)
    assert "Putin" in ent["name"] and {"पुतिन", "Putin"} <= set(ent["aliases"])
    assert cli_main(["--db", db_path, "entity", "nobody-at-all"]) == 2
