"""Service part two: stories, canonical entities and timelines.

:func:`relink` recomputes the derived layers (events -> stories, mentions ->
canonical entities) from what is stored, in one transaction.  It runs after
each ingest call.  Stories are relinked only where the call touched the story
graph (:func:`link`), and names are read only from the reports stored since
the last relink (:mod:`storyline.service_names`); ``storyline relink --full``
relinks every event and reads every report.
"""
from __future__ import annotations

import datetime as dt
import time
from collections import Counter
from typing import TYPE_CHECKING, Any, Callable

from storyline.gc_pause import gc_paused
from storyline.group.scoring import unit
from storyline.group.stories import (REFERENCE_WEIGHT, EventProfile, apply_aggregates, embed_references,
                                     event_aggregates, stable_ids)
from storyline.group.story_graph import graph_of, link_parts
from storyline.records import date_iso
from storyline.service_abjad import reread_abjad_names
from storyline.service_names import canonical_entities
from storyline.timeline import TimelineEntry, build_timeline

if TYPE_CHECKING:
    from storyline.service_types import ServiceContext


def event_profiles(app: "ServiceContext", embed: bool = True,
                   touched: set[int] | None = None, heads: list | None = None) -> list[EventProfile]:
    """Every event's profile, by id; back-references embedded unless ``embed``
    is False (an incremental relink embeds only those of the events it scores).

    What each event's articles say (names, outward-pointing dates) is read
    from the store's per-event rows (:mod:`storyline.store.story_evidence`),
    and from the articles only for the ``touched`` events and events with no
    row (``touched`` None: every event, and the rows are rewritten whole).
    The rows to write are left in ``app.story_evidence_writes`` for the
    relink's transaction.  ``heads``: ``store.event_heads()``, if read already."""
    profiles: dict[int, EventProfile] = {}
    for eid, centroid, n in app.store.event_centroids():
        profiles[eid] = EventProfile(eid, centroid, Counter(), None, None, max(n, 1))
    for row in app.store.event_heads() if heads is None else heads:
        if row.id in profiles:
            profiles[row.id].first, profiles[row.id].last = row.first_date, row.last_date
    ordered = sorted(profiles.values(), key=lambda p: p.id)
    stored = {} if touched is None else app.store.story_evidence()
    redo = set(profiles) if touched is None else (set(touched) | (profiles.keys() - stored.keys())) & profiles.keys()
    fresh = event_aggregates([profiles[e] for e in sorted(redo)],
                             app.store.event_evidence(None if touched is None else sorted(redo)))
    fresh = {e: fresh.get(e, {"names": {}, "refs": []}) for e in redo}
    writes: dict[int, dict | None] = {**fresh, **{e: None for e in stored if e not in profiles}}
    app.story_evidence_writes = (writes, touched is None)
    out = apply_aggregates(ordered, {**stored, **fresh})
    if embed and REFERENCE_WEIGHT:  # unused at weight 0: not embedded
        embed_references(out, lambda texts: app.embedder.embed(texts, "passage"))
    return out


def link(app: "ServiceContext", touched: set[int] | None = None, heads: list | None = None) -> dict[int, int]:
    """Event id -> story id: every event (``touched`` None), or only the
    connected parts of the story graph that hold the ``touched`` events and
    their earlier story-mates (:mod:`storyline.group.story_graph`); other
    events keep their stories."""
    store = app.store
    previous = store.story_map()
    profiles = event_profiles(app, embed=touched is None, touched=touched, heads=heads)
    if not profiles:
        return {}
    pos = {p.id: i for i, p in enumerate(profiles)}
    members: dict[int, set[int]] = {}
    for e, s in previous.items():
        members.setdefault(s, set()).add(e)

    def refs(i: int) -> None:
        embed_references([profiles[i]], lambda texts: app.embedder.embed(texts, "passage"))

    graph = graph_of(profiles, refs=refs)
    if touched is None:
        parts = graph.parts(range(len(profiles)))
    else:
        seeds = set(touched)
        while True:  # grow until no earlier story is cut in two by the region's edge
            mates = {m for e in seeds if e in previous for m in members[previous[e]]}
            parts = graph.parts(pos[e] for e in seeds | mates if e in pos)
            region = {profiles[i].id for part in parts for i in part}
            if {m for e in region if e in previous for m in members[previous[e]]} <= region:
                break
            seeds = region | mates
    region = {profiles[i].id for part in parts for i in part}
    groups = [[profiles[i].id for i in g] for g in link_parts(graph, parts)]
    kept = {e: s for e, s in previous.items() if e in pos and e not in region}
    out = {**kept, **stable_ids(groups, {e: s for e, s in previous.items() if e in region},
                                used=set(kept.values()), next_id=max(previous.values(), default=0) + 1)}
    app.relink_stats = {"events": len(profiles), "relinked": len(region),
                        "stories": len(set(out.values()))}
    return out


def story_lead(e) -> tuple:
    """Sort key of the event whose headline names its story where headlines
    are equally near the story's reports (:func:`story_head`): the most
    reports, then the earliest to happen (where the storyline begins), then the
    lowest id.  Ties went to the lowest id, i.e. the order of ingest: the
    multilingual dev file's Haiti-earthquake story, ten events of seven
    reports each, was headed "US nationals arrested for alleged abduction
    of Haitian children" rather than its first development.  "Earliest" is
    the event's ``day``, its happening's where its reports state one
    (``EventRow.happened``), as the story's timeline orders its events: by
    the first report's day, a happening reported a day late (Luna-25, lost on
    the Saturday, first reported on the Sunday) lost the story's name to an
    event of the Sunday that its page lists after it (h-dates12)."""
    return (-e.n_articles, e.day is None, e.day or dt.date.max, e.id)


def story_head(members: list, centroids: dict, titles: dict):
    """The event whose headline names its story: the one whose headline
    (``titles``: headline -> its e5 ``query:`` vector) is nearest in meaning to
    the story's reports (the events' unit ``centroids`` weighted by their
    reports), to 3 places, then :func:`story_lead` (the most reports, the
    earliest dated, the lowest id); None for no event.

    Why: a story's title should say what its storyline is about, and the
    biggest event's headline often tells one development ("Forget driving to
    the Olympics, says Beijing" over the 2008 torch relays and Games; "Metropolitan
    Police release photographs of one of the London bombers" over four years of
    the 7/7 bombings' aftermath).  A headline read as a query against the story's
    reports as passages is how e5 asks "is this text about them"; weighted by
    reports, so a side event of one report does not title the story by
    being near all of it ("España envía a la UME a Marruecos" over the Morocco
    earthquake).  Differences under 0.001 are noise: the most reports decide."""
    known = [e for e in members if e.id in centroids and e.headline in titles]
    if len(known) < 2:
        return min(members, key=story_lead, default=None)
    story = sum(e.n_articles * unit(centroids[e.id]) for e in known)
    story = unit(story)
    near = {e.id: round(float(unit(titles[e.headline]) @ story), 3) for e in known}
    return min(members, key=lambda e: (-near.get(e.id, -2.0), story_lead(e)))


def story_titles(app: "ServiceContext", members: dict[int, list]) -> tuple[dict, dict]:
    """(event id -> centroid, headline -> ``query:`` vector) of the events of
    the stories of two events or more, what :func:`story_head` compares (none
    read or embedded for a store of one-event stories; the embedder caches)."""
    events = {e.id: e for m in members.values() if len(m) > 1 for e in m}
    if not events:
        return {}, {}
    centroids = {e: c for e, c, _ in app.store.event_centroids() if e in events}
    headlines = sorted({e.headline for e in events.values() if e.headline})
    vectors = app.embedder.embed(headlines, "query") if headlines else []
    return centroids, dict(zip(headlines, vectors))


def relink(app: "ServiceContext", finish: Callable[[], None] | None = None,
           touched: set[int] | None = None) -> dict[int, int]:
    """Recompute stories and entities; returns event id -> story id.

    ``touched``: the events whose articles changed since the last relink
    (None: relink every event).  ``finish`` runs inside the transaction that
    writes them (the service clears its stale mark there, so links and mark
    commit together).  The garbage collector is paused (:mod:`storyline.gc_pause`)."""
    with gc_paused():
        return _relink(app, finish, touched)


def _relink(app: "ServiceContext", finish: Callable[[], None] | None,
            touched: set[int] | None) -> dict[int, int]:
    store = app.store
    t0 = time.process_time()
    abjad = reread_abjad_names(app, touched)  # before the stories and entities read them
    ta = time.process_time()
    app.relink_stats = {"events": 0, "relinked": 0, "stories": 0}
    heads = store.event_heads()  # read once: linking and the headlines below both need it
    event_story = link(app, touched, heads)
    t1 = time.process_time()
    events = {e.id: e for e in heads}
    members: dict[int, list] = {s: [] for s in event_story.values()}
    for e, s in event_story.items():
        if e in events:
            members[s].append(events[e])
    # the day each changed event's happening took place, written with the links (storyline.store.happened_column);
    # placed before the stories are named, as the name goes to the earliest happening on a tie (story_lead)
    th = time.process_time()
    happened = store.happened_days(touched)
    for e in heads:
        if e.id in happened:
            e.happened = happened[e.id]
    th = time.process_time() - th
    centroids, titles = story_titles(app, members)
    headlines = {}
    for sid in sorted(members):
        top = story_head(members[sid], centroids, titles)
        headlines[sid] = top.headline if top else ""
    names = canonical_entities(app, event_story, touched)
    t2 = te = time.process_time()
    with store.transaction():
        store.replace_stories(event_story, headlines)
        store.put_happened(happened)
        evidence, whole = getattr(app, "story_evidence_writes", ({}, False))
        store.put_story_evidence(evidence, whole=whole)
        names.write(store)
        if finish is not None:
            finish()
    t3 = time.process_time()
    from storyline.service_facts import refresh_facts

    refresh_facts(app, touched)  # facts of the events whose articles changed (issue 12)
    app.relink_stats.update(**abjad, cpu_abjad=round(ta - t0, 3), cpu_stories=round(t1 - ta, 3),
                            cpu_entities=round(te - t1 - th, 3),
                            cpu_happened=round(th, 3), cpu_write=round(t3 - t2, 3),
                            cpu_facts=round(time.process_time() - t3, 3), **names.stats)
    return event_story


def story_detail(app: "ServiceContext", story_id: int, lang: str | None = None,
                 names: str | None = None, summary: bool = False) -> dict[str, Any] | None:
    """A story with its events, timeline and top entities, for a reader of
    ``lang`` (default English): the story's and its events' headlines as
    their pages give them (:func:`~storyline.service_facts.reader_events`),
    names as ``names`` readers know them (default ``lang``).  ``summary``: with
    its summary (:func:`~storyline.service_facts.story_summary`, under "summary"),
    made from the facts and gloss pool the chronology's glosses read: the story
    page and the API's story had read the facts and built the pool twice."""
    import dataclasses

    from storyline.facts.chronology import gloss_titles
    from storyline.facts.render import story_gloss_pool
    from storyline.service_facts import reader_events, story_facts, story_summary

    story = app.store.story(story_id)  # its header opens where its first event happened (``happened``)
    if story is None:
        return None
    # each event with its stored happening day (storyline.store.happened_column), as the lists give it
    listed = [e for e in (app.store.event(e) for e in story.event_ids) if e is not None]
    articles = [a for e in listed for a in app.store.articles(event_id=e.id)]
    events = reader_events(app, listed, lang or "en")
    # the story is named by its top event's headline: in the reader's language like the event's
    top = next((new for old, new in zip(listed, events) if old.headline == story.headline), None)
    if top is not None and top.headline != story.headline:
        story = dataclasses.replace(story, headline=top.headline)
    timeline = build_timeline(events, articles, lang=lang)
    facts = story_facts(app, story)
    pool = story_gloss_pool(facts, lang or "en") if summary else None  # else built only if an entry needs it
    gloss_titles(timeline, facts, lang or "en", pool)
    names = names or lang
    counts: Counter[str] = Counter()
    shown: dict[str, Any] = {}
    for a in articles:
        for ent in app.store.article_entities(a.id):
            counts[ent.id] += 1
            shown[ent.id] = ent.display(names)
    return {"story": story, "events": events, "articles": articles, "timeline": timeline,
            "entities": [(shown[i], n) for i, n in counts.most_common(15)],
            "summary": story_summary(app, story_id, lang or "en", facts, pool, articles) if summary else None}


__all__ = ["relink", "story_detail"]
