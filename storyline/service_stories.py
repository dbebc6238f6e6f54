"""Service part two: stories, canonical entities and timelines.

:func:`relink` recomputes the derived layers (events -> stories, mentions ->
canonical entities) from what is stored, in one transaction.  It runs after
each ingest call; it is whole-corpus work, so callers that ingest one article
at a time (the clustering benchmark) run it once at the end.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import TYPE_CHECKING, Any, Callable


from storyline.analyse.entities import EntityResolver
from storyline.group.stories import EventProfile, link_stories, month_index, pointed_at, refers_to
from storyline.timeline import TimelineEntry, build_timeline

if TYPE_CHECKING:
    from storyline.service import Storyline


def event_profiles(app: "Storyline") -> list[EventProfile]:
    profiles: dict[int, EventProfile] = {}
    for eid, centroid, n in app.store.event_centroids():
        profiles[eid] = EventProfile(eid, centroid, Counter(), None, None, max(n, 1))
    for row in app.store.events():
        if row.id in profiles:
            profiles[row.id].first, profiles[row.id].last = row.first_date, row.last_date
    events = list(profiles.values())
    index = month_index(events)
    pending: list[tuple[EventProfile, dt.date, str, str]] = []
    for a in app.store.articles():
        p = profiles.get(a.event_id)
        if p is None:
            continue
        p.entities.update({m.key for m in a.entities if m.key})
        for d in a.dates:
            if p.first and not refers_to(d.value, d.precision, p) and any(
                    events[i] is not p for i in pointed_at(d.value, d.precision, events, index)):
                pending.append((p, d.value, d.precision, d.sentence))
    if pending:  # back-references: only sentences that could point at another event
        vectors = app.embedder.embed([s for *_, s in pending], "passage")
        for (p, when, precision, _), vec in zip(pending, vectors):
            p.references.append((when, precision, vec))
    return events


def relink(app: "Storyline", finish: Callable[[], None] | None = None) -> dict[int, int]:
    """Recompute stories and entities; returns event id -> story id.

    ``finish`` runs inside the transaction that writes them (the service
    clears its stale mark there, so links and mark commit together)."""
    store = app.store
    profiles = event_profiles(app)
    event_story = link_stories(profiles, previous=store.story_map())
    events = {e.id: e for e in store.events()}
    headlines: dict[int, str] = {}
    for sid in sorted(set(event_story.values())):
        members = [events[e] for e, s in event_story.items() if s == sid and e in events]
        top = max(members, key=lambda e: (e.n_articles, -e.id), default=None)
        headlines[sid] = top.headline if top else ""
    resolver = EntityResolver()
    raw_mentions: list[tuple[str, Any]] = []
    for a in store.articles():
        group = f"story:{event_story.get(a.event_id)}"
        for m in a.entities:
            try:
                eid = resolver.add(m.text, m.label, a.id, group=group)
            except ValueError:
                continue
            raw_mentions.append((eid, (a.id, m.start, m.end, m.text)))
    entities = [{k: e[k] for k in ("id", "name", "label", "aliases", "mentions")}
                for e in resolver.entities()]
    mentions = [(resolver.resolve(eid), *rest) for eid, rest in raw_mentions]
    with store.transaction():
        store.replace_stories(event_story, headlines)
        store.replace_entities(entities, mentions)
        if finish is not None:
            finish()
    return event_story


def story_detail(app: "Storyline", story_id: int) -> dict[str, Any] | None:
    """A story with its events, timeline and top entities."""
    story = app.store.story(story_id)
    if story is None:
        return None
    events = [app.store.event(e) for e in story.event_ids]
    events = [e for e in events if e is not None]
    articles = [a for e in events for a in app.store.articles(event_id=e.id)]
    timeline = build_timeline(events, articles)
    counts: Counter[str] = Counter()
    names: dict[str, Any] = {}
    for a in articles:
        for ent in app.store.article_entities(a.id):
            counts[ent.id] += 1
            names[ent.id] = ent
    return {"story": story, "events": events, "articles": articles, "timeline": timeline,
            "entities": [(names[i], n) for i, n in counts.most_common(15)]}


def entity_detail(app: "Storyline", name: str) -> dict[str, Any] | None:
    ent = app.store.find_entity(name)
    if ent is None:
        return None
    mentions = app.store.entity_mentions(ent.id)
    stories = Counter(m["story_id"] for m in mentions if m["story_id"] is not None)
    by_month: Counter[str] = Counter(m["published"][:7] for m in mentions if m["published"])
    return {"entity": ent, "mentions": mentions, "stories": stories.most_common(),
            "by_month": sorted(by_month.items())}


def timeline_json(entries: list[TimelineEntry]) -> list[dict[str, Any]]:
    return [{"date": e.date.isoformat() if e.date else None, "precision": e.precision,
             "label": e.label, "kind": e.kind, "title": e.title, "event_id": e.event_id,
             "citations": [{"article_id": c.article_id, "sentence": c.sentence,
                            "source": c.source, "lang": c.lang,
                            "published": c.published.isoformat() if c.published else None}
                           for c in e.citations]} for e in entries]


__all__ = ["relink", "story_detail", "entity_detail", "timeline_json"]
