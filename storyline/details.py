"""Typed detail records the service hands to every front-end: one event, one
story, one entity, with what a reader is shown about them.

Why a module of its own: the CLI (``show``, ``story``, ``entity``), the JSON
API and the HTML pages present the same things; they get them as these
records from :class:`storyline.service.Storyline` and only format them (JSON
through :mod:`storyline.serialize`, the one serializer; HTML through the
templates).  Nothing here reads the store: the records are filled from the
service's own calls.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Iterable

from storyline.records import Article
from storyline.store.base import EntityRow, EventRow, StoryRow
from storyline.wording import source_name

if TYPE_CHECKING:
    from storyline.timeline import TimelineEntry

EVENT_NAMES = 15  # top names shown with an event


@dataclass
class EntityBadge:
    """A canonical entity in a group of articles: how many articles name it, and its spellings."""

    key: str            # the canonical entity id (links to its page)
    name: str
    label: str
    articles: int
    aliases: list[str] = field(default_factory=list)


@dataclass
class Coverage:
    languages: list[tuple[str, int]]
    sources: list[tuple[str, int]]


def _most_first(c: Counter) -> list[tuple[str, int]]:
    return sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))


def coverage(articles: Iterable[Article]) -> Coverage:
    """Articles per language and per source, most first (an unknown source is said to be so)."""
    arts = list(articles)
    return Coverage(_most_first(Counter(a.lang for a in arts)),
                    _most_first(Counter(source_name(a.source) for a in arts)))


def top_entities(per_article: Iterable[list[EntityRow]], n: int = 10) -> list[EntityBadge]:
    """The canonical entities named in the most articles (each article counts once)."""
    counts: Counter = Counter()
    rows: dict[str, EntityRow] = {}
    for ents in per_article:
        for e in {e.id: e for e in ents}.values():
            counts[e.id] += 1
            rows[e.id] = e
    ranked = sorted(counts, key=lambda i: (-counts[i], -rows[i].mentions, rows[i].name))
    return [EntityBadge(key=i, name=rows[i].name, label=rows[i].label, articles=counts[i],
                        aliases=list(rows[i].aliases)) for i in ranked[:n]]


@dataclass
class EventDetail:
    """One event: its row, reports (ingest order), coverage, top names and the
    cited summary and facts in the reader's language (``facts``:
    :func:`storyline.facts.render.event_view`, None when none could be made)."""

    event: EventRow
    articles: list[Article]
    coverage: Coverage
    entities: list[EntityBadge]
    facts: dict[str, Any] | None


@dataclass
class StoryDetail:
    """One story: its row, events, reports, cited timeline (events and past
    dates mentioned, in date order), coverage, top names and cited summary."""

    story: StoryRow
    events: list[EventRow]
    articles: list[Article]
    timeline: list[TimelineEntry]
    coverage: Coverage
    entities: list[EntityBadge]
    facts: dict[str, Any] | None


__all__ = ["Coverage", "EntityBadge", "EventDetail", "StoryDetail", "coverage",
           "top_entities"]
