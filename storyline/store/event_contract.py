"""The part of the storage contract (:class:`~storyline.store.base.Store`, one
of its bases) that lists events and stories and writes what a group or a relink
decides of them: kept apart so the contract's module stays readable, and beside
the stored happening day (:mod:`storyline.store.happened_column`), which a list
sorts by and a relink writes.
"""
from __future__ import annotations

import abc
import datetime as dt
from typing import Iterable, Iterator

import numpy as np

from storyline.store.records import EventRow, StoryRow


class EventContract(abc.ABC):
    """Events and stories as the store keeps and lists them."""

    # -- events -----------------------------------------------------------
    @abc.abstractmethod
    def save_event(self, event_id: int | None, headline: str, centroid: np.ndarray,
                   n_articles: int, first_date: dt.date | None,
                   last_date: dt.date | None) -> int:
        """Create (``event_id=None``) or update an event; returns its id."""

    @abc.abstractmethod
    def delete_event(self, event_id: int) -> None:
        """Remove an event whose articles all moved elsewhere."""

    @abc.abstractmethod
    def events(self) -> list[EventRow]:
        """All events, biggest and newest first (last report's day; between
        those alike, the later happening: ``EventRow.day``)."""

    @abc.abstractmethod
    def event(self, event_id: int) -> EventRow | None: ...

    @abc.abstractmethod
    def event_heads(self) -> list[EventRow]:
        """Every event by id with only its headline, dates and article count
        filled (what a relink reads of every event; cheaper than :meth:`events`)."""

    @abc.abstractmethod
    def event_centroids(self) -> Iterator[tuple[int, np.ndarray, int]]:
        """(event id, centroid, article count) for every event."""

    @abc.abstractmethod
    def happened_days(self, event_ids: Iterable[int] | None = None) -> dict[int, dt.date | None]:
        """Each of ``event_ids``' (None: every event's) happening day where its
        reports state one before its first report's day, else None; read from its
        reports' leads (:mod:`storyline.store.happened_column`), not from the column."""

    @abc.abstractmethod
    def put_happened(self, days: dict[int, dt.date | None]) -> None:
        """Store :meth:`happened_days`' answer: what :meth:`events`, :meth:`event`
        and the story rows give as ``happened`` from then on."""

    # -- stories (derived; rewritten whole on relink) -----------------------
    @abc.abstractmethod
    def replace_stories(self, event_story: dict[int, int], headlines: dict[int, str]) -> None: ...

    @abc.abstractmethod
    def stories(self) -> list[StoryRow]:
        """All stories, most recently active first; each with its events (``event_ids``)
        in the order their happenings took place, and ``happened``: its earliest event's."""

    @abc.abstractmethod
    def story(self, story_id: int) -> StoryRow | None: ...

    @abc.abstractmethod
    def story_map(self) -> dict[int, int]:
        """Event id -> story id."""
