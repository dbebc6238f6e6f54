"""Incremental relinking (issue 15): an ingest call relinks only the parts of
the story graph it touched, and that equals relinking every event.

Real components: the demo corpus, the real model, a real SQLite file.
"""
from __future__ import annotations

import numpy as np
import pytest

from storyline import demo
from storyline.cli import main
from storyline.group.stories import pair_scores
from storyline.group.story_graph import link_stories
from storyline.ingest.readers import from_record
from storyline.service import Storyline
from storyline.service_links import TOUCHED_KEY
from storyline.service_stories import event_profiles


def snapshot(app: Storyline) -> dict:
    """Events, stories (as sets of events, with headlines) and entities, id-free where ids are arbitrary."""
    events = sorted((e.id, e.headline, e.n_articles, tuple(a.id for a in app.store.articles(event_id=e.id)))
                    for e in app.store.events())
    stories = sorted((tuple(sorted(s.event_ids)), s.headline) for s in app.store.stories())
    entities = sorted((e.name, e.label, tuple(sorted(e.aliases)), e.mentions)
                      for e in app.store.entities(limit=100000))
    return {"events": events, "stories": stories, "entities": entities}


def dense_stories(profiles) -> set[frozenset[int]]:
    """The reference: average linkage over the dense matrix of every pair's score."""
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    from storyline.group.stories import THRESHOLD

    profiles = sorted(profiles, key=lambda p: p.id)
    if len(profiles) < 2:
        return {frozenset(p.id for p in profiles)}
    dist = 1.0 - pair_scores(profiles)
    np.fill_diagonal(dist, 0.0)
    labels = fcluster(linkage(squareform(np.clip(dist, 0, None), checks=False), method="average"),
                      t=1.0 - THRESHOLD, criterion="distance")
    groups: dict[int, set[int]] = {}
    for p, lab in zip(profiles, labels):
        groups.setdefault(int(lab), set()).add(p.id)
    return {frozenset(g) for g in groups.values()}


@pytest.fixture(scope="module")
def sliced(tmp_path_factory):
    """The demo corpus ingested in five calls, each relinking what it touched."""
    app = Storyline(str(tmp_path_factory.mktemp("sliced") / "demo.db"))
    rows = demo.records()
    items = [from_record(r, f"demo:{r['id']}") for r in rows]
    stats = []
    for k in range(5):
        app.ingest(items[k * len(items) // 5:(k + 1) * len(items) // 5])
        stats.append(dict(app.relink_stats))
        assert not app.stale and app.store.get_state(TOUCHED_KEY) == []
    yield app, stats
    app.close()


def test_incremental_relink_equals_a_full_relink(sliced):
    app, stats = sliced
    incremental = snapshot(app)
    assert len(incremental["events"]) >= 10 and len(incremental["stories"]) >= 5
    # later calls relinked only part of the corpus (the slices bring events of known stories)
    assert any(s["relinked"] < s["events"] for s in stats[1:]), stats
    app.relink(full=True)
    assert app.relink_stats["relinked"] == app.relink_stats["events"]
    assert snapshot(app) == incremental


def test_sparse_linking_equals_dense_average_linkage(sliced):
    app, _ = sliced
    profiles = event_profiles(app)
    sparse = link_stories(profiles)
    groups: dict[int, set[int]] = {}
    for e, s in sparse.items():
        groups.setdefault(s, set()).add(e)
    assert {frozenset(g) for g in groups.values()} == dense_stories(event_profiles(app))


def test_a_touched_event_relinks_its_part_only(sliced):
    app, _ = sliced
    before = snapshot(app)
    some = app.store.events()[0].id
    app.mark_stale([some])
    assert app.store.get_state(TOUCHED_KEY) == [some]
    app.relink()
    assert 1 <= app.relink_stats["relinked"] < app.relink_stats["events"]
    assert snapshot(app) == before
    app.mark_stale()  # changed events unknown: the next relink is a full one
    assert app.store.get_state(TOUCHED_KEY) == "all"
    app.relink()
    assert app.relink_stats["relinked"] == app.relink_stats["events"]


def test_cli_relink_full(sliced, capsys):
    app, _ = sliced
    db = app.store.path if hasattr(app.store, "path") else None
    if db is None:
        pytest.skip("store has no file path")
    assert main(["--db", str(db), "relink", "--full", "--json"]) == 0
    out = capsys.readouterr().out
    assert '"relinked"' in out and '"events"' in out
