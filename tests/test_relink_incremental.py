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
    rows = app.store.entities(limit=100000)
    entities = sorted((e.id, e.name, e.label, tuple(e.aliases), e.mentions, tuple(sorted(e.names.items())))
                      for e in rows)
    mentions = sorted((e.id, m.article_id, m.start, m.end, m.text)
                      for e in rows for m in app.store.entity_mentions(e.id))
    return {"events": events, "stories": stories, "entities": entities, "mentions": mentions}


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
    # and read names only from their own reports where the checkpoint held
    assert stats[0]["names_whole"] == "no checkpoint"
    assert any("names_whole" not in s and s["names_read"] <= 16 for s in stats[1:]), stats
    kept = app.store.story_evidence()  # written event by event, by the calls that touched them
    app.relink(full=True)
    assert app.relink_stats["relinked"] == app.relink_stats["events"]
    assert snapshot(app) == incremental
    assert app.store.story_evidence() == kept  # a full relink reads every article: the same rows


def test_profiles_from_kept_evidence_equal_profiles_from_every_article(sliced):
    app, _ = sliced
    read = event_profiles(app, embed=False)  # every article read
    kept = event_profiles(app, embed=False, touched=set())  # the per-event rows, no article read
    assert len(read) >= 10 and any(p.reference_dates for p in read)
    for a, b in zip(read, kept, strict=True):
        assert (a.id, dict(a.entities), a.reference_dates, a.size, a.first, a.last) == \
            (b.id, dict(b.entities), b.reference_dates, b.size, b.first, b.last)


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


def _named_line(app: Storyline, skip: set[str]) -> str:
    """A line of a stored report that holds a counted name and recurs in no other event."""
    counted = {(m.article_id, m.start) for e in app.store.entities(limit=100000)
               for m in app.store.entity_mentions(e.id)}
    for a in app.store.articles():
        for m in a.entities:
            start = a.text.rfind("\n", 0, m.start) + 1
            end = a.text.find("\n", m.start)
            line = a.text[start:len(a.text) if end < 0 else end].strip()
            if (a.id, m.start) in counted and 40 <= len(line) <= 300 and line not in skip:
                return line
    raise AssertionError("no named line in the demo")


def _report_quoting(line: str, n: int):
    """A new report of another time and topic that repeats ``line`` word for word."""
    from storyline.records import RawArticle

    lead = (f"The harbour festival of the small fishing town opened for the {n}th time on Saturday with "
            "boat races, brass bands and a market of local crafts along the quay. Organisers counted more "
            "visitors than last summer and said the weather had helped. Children sailed toy boats in the "
            "old dock while fishermen sold smoked mackerel and bread from their stalls until late at night. "
            "The mayor thanked the volunteers who had cleaned the beach before the opening, and the lifeboat "
            "crew showed their new boat to families waiting in a long queue on the pier. ")
    text = f"{lead * 2}\n{line}\n"  # the lead (what places a report) is the festival's; the line comes last
    return RawArticle(origin=f"quote:{n}", title=f"Harbour festival {n}", text=text, lang="en",
                      date="2031-06-0" + str(n))


def test_a_line_turned_template_rereads_every_report(sliced, monkeypatch):
    """A new report repeats a named line of an old one in another event: the
    line becomes a template line, so the old mention no longer counts.  The
    relink must notice and read every report again; resuming blindly (the
    check switched off) leaves the old mention counted and differs from a
    full relink, which is what this test would catch."""
    from storyline.analyse.entity_evidence import LineLedger

    app, _ = sliced
    first = _named_line(app, set())
    app.ingest([_report_quoting(first, 1)])
    assert app.relink_stats["names_whole"] == "a named line became a template line"
    incremental = snapshot(app)
    app.relink(full=True)
    assert snapshot(app) == incremental

    second = _named_line(app, {first})
    real_add = LineLedger.add
    monkeypatch.setattr(LineLedger, "add", lambda self, e, text: real_add(self, e, text) and False)
    app.ingest([_report_quoting(second, 2)])
    assert "names_whole" not in app.relink_stats  # resumed although it must not
    blind = snapshot(app)
    monkeypatch.undo()
    app.relink(full=True)
    assert snapshot(app) != blind and len(snapshot(app)["mentions"]) < len(blind["mentions"])


def test_a_resumed_resolver_decides_as_one_that_read_everything(sliced):
    """The checkpoint's resolver, through JSON, then the rest of the reports,
    holds exactly the state of one resolver that read them all (ids, keys and
    the order of fuzzy-search ties included)."""
    import json

    from storyline.service_names import _Reading

    app, _ = sliced
    stories = app.store.story_map()
    articles = [a for a in app.store.articles() if a.origin.startswith("demo:")]  # not the quoting reports
    whole = _Reading()
    whole.read(articles, stories)
    resumed_at = []
    for cut in (len(articles) * k // 5 for k in range(1, 5)):
        head = _Reading()
        head.read(articles[:cut], stories)
        checkpoint, _ = head.finish(stories)
        resumed = _Reading(json.loads(json.dumps(checkpoint)))
        if not resumed.read(articles[cut:], stories):
            continue  # a named line of the head became a template line: a relink reads all again
        resumed_at.append(cut)
        assert resumed.resolver.to_dict() == whole.resolver.to_dict()
        assert resumed.resolver._key_list == whole.resolver._key_list
        assert resumed.position == whole.position and resumed.ledger.to_dict() == whole.ledger.to_dict()
        assert resumed.raw[-5:] == whole.raw[-5:]
    assert len(resumed_at) >= 2, resumed_at


@pytest.fixture(scope="module")
def thirds(tmp_path_factory):
    """The demo corpus ingested in two calls (each source's reports in one
    call, so no call cleans a report an earlier call stored), then a call
    bringing a new happening with names of its own (names resumed at each)."""
    from storyline.records import RawArticle

    app = Storyline(str(tmp_path_factory.mktemp("thirds") / "demo.db"))
    rows = demo.records()
    rank = {src: i for i, src in enumerate(dict.fromkeys(r["source"] for r in rows))}
    for k in range(2):
        app.ingest([from_record(r, f"demo:{r['id']}") for r in rows if rank[r["source"]] % 2 == k])
    text = ("Mayor Annika Lindqvist opened the Harbourtown regatta on Saturday, and Captain Jonas Berg "
            "of the Lindholm Sailing Club won the first race ahead of the Ostvik crew. Lindqvist said "
            "the regatta had drawn more boats than ever; Berg thanked the volunteers of the club. ") * 3
    app.ingest([RawArticle(origin="regatta:1", title="Lindqvist opens the Harbourtown regatta", text=text,
                           lang="en", date="2031-06-07")])
    assert "names_whole" not in app.relink_stats, app.relink_stats
    yield app
    app.close()


def test_a_story_change_rereads_from_the_checkpoint_before_it(thirds):
    """An event the last relink read moves to another story (a story split or
    merged by what a later call brought): the latest checkpoint read its
    names in the old story, so it cannot be resumed; the one before it never
    read that event, so only the reports since are read again, and the
    entities and mentions equal a whole re-read under the same stories."""
    from storyline.service_names import CHECKPOINT_KEY, _priors, _whole, canonical_entities

    app = thirds
    latest = app.store.get_state(CHECKPOINT_KEY)
    priors = _priors(app.store)
    assert priors and priors[0]["n"] < latest["n"]
    since = {a for a in latest["articles"] if a not in priors[0]["articles"]}
    named = [int(e) for e in latest["stories"] if e not in priors[0]["stories"]]  # first read last
    assert named, "no event with names among the last call's reports"
    stories = app.store.story_map()
    moved = {**stories, named[0]: max(stories.values()) + 1}  # it leaves its story
    update = canonical_entities(app, moved, set())
    assert not update.whole and update.stats["names_prior"] == 1
    assert update.stats["names_read"] == len(since) < latest["n"]
    with app.store.transaction():
        update.write(app.store)
    resumed = snapshot(app)
    with app.store.transaction():
        _whole(app, moved, "reference").write(app.store)
    assert snapshot(app) == resumed
    assert _priors(app.store) == []  # a whole read keeps no earlier checkpoint


def test_earlier_checkpoints_each_under_their_own_key(thirds):
    """A store written before the slots holds the earlier checkpoints as one
    list: they are read, and moved to slots at the next relink.  Then a
    resumed relink neither reads nor rewrites the checkpoints it keeps (each
    about as large as the latest); it writes only the one it demotes."""
    from storyline.service_names import CHECKPOINT_KEY, PRIOR_KEY, _demoted, _priors, canonical_entities

    app, store = thirds, thirds.store
    latest = store.get_state(CHECKPOINT_KEY)
    first = _demoted(latest)
    # the stories the latest checkpoint read under (a test before may have written it under others)
    stories = {**store.story_map(), **{int(e): s for e, s in latest["stories"].items()}}
    with store.transaction():
        store.set_state(PRIOR_KEY, [first])  # the list as a store written before holds it
    assert _priors(store) == [first]

    def relink() -> None:
        update = canonical_entities(app, stories, set())
        assert not update.whole, update.stats
        with store.transaction():
            update.write(store)

    relink()
    keys = store.get_state(PRIOR_KEY)
    assert len(keys) == 2 and all(isinstance(k, str) for k in keys)
    assert _priors(store) == [first, first]  # nothing new read: the demoted latest equals the first
    read, written = [], []
    get, put = store.get_state, store.set_state
    store.get_state = lambda k: (read.append(k), get(k))[1]
    store.set_state = lambda k, v: (written.append(k), put(k, v))[1]
    try:
        relink()
    finally:
        del store.get_state, store.set_state
    assert CHECKPOINT_KEY in read and not set(keys) & set(read)
    assert not set(keys) & set(written)
    now = store.get_state(PRIOR_KEY)
    assert now[1:] == keys and now[0] in written and len(_priors(store)) == 3


def test_a_cross_script_merge_made_by_a_resumed_relink_equals_a_full_one(tmp_path):
    """The Russia-North Korea story's Russian reports, then the others in a
    second call: that call resumes the names from the checkpoint, and its
    cross-script pass joins the first call's "Ким Чен Ын" to the "Kim Jong Un"
    the new reports write, as a full relink does.  (Russian first: a Russian
    report placed after reports that call him "Kim" alone is read as "Ким",
    that known name, which needs no cross-script merge.)"""
    rows = [r for r in demo.records() if demo.labels()[r["id"]]["story"] == "russia-north-korea"]
    app = Storyline(str(tmp_path / "kim.db"))
    try:
        for russian in (True, False):
            app.ingest([from_record(r, f"demo:{r['id']}") for r in rows if (r["lang"] == "ru") == russian])
        assert "names_whole" not in app.relink_stats and app.relink_stats["names_read"] > 0, app.relink_stats
        kim = app.store.find_entity("Kim Jong Un")
        assert app.store.find_entity("Ким Чен Ын").id == kim.id and kim.names["ru"] == "Ким Чен Ын"
        incremental = snapshot(app)
        app.relink(full=True)
        assert snapshot(app) == incremental
    finally:
        app.close()
