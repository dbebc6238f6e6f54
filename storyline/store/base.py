"""The storage interface every backend implements.

The pipeline and the service talk to this, never to SQL, so that SQLite (one
machine) and PostgreSQL (beyond it) are interchangeable.  Every write that
belongs to one article happens inside one :meth:`Store.transaction`, so a
killed process leaves either the whole article or none of it.
"""
from __future__ import annotations

import abc
import datetime as dt
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any, Iterator

import numpy as np

from storyline.records import Article


@dataclass
class EventRow:
    """An event as listed to users: counts, languages, date range, headline."""

    id: int
    headline: str
    n_articles: int = 0
    n_sources: int = 0
    languages: list[str] = field(default_factory=list)
    first_date: dt.date | None = None
    last_date: dt.date | None = None
    story_id: int | None = None


@dataclass
class VectorRow:
    """What the grouping stage needs to rebuild its indexes after a restart."""

    article_id: str
    event_id: int | None
    vector: np.ndarray
    published: dt.date | None
    duplicate_of: str | None
    signature: bytes | None


class Store(abc.ABC):
    """Abstract store: articles, their vectors, events and small state blobs."""

    schema_version: int

    @abc.abstractmethod
    def transaction(self) -> AbstractContextManager[None]:
        """All writes inside commit together or not at all."""

    # -- articles ---------------------------------------------------------
    @abc.abstractmethod
    def find_existing(self, url: str | None, content_hash: str) -> str | None:
        """Id of a stored article with this URL or this normalised-text hash."""

    @abc.abstractmethod
    def add_article(self, article: Article, vector: np.ndarray | None,
                    signature: bytes | None) -> None:
        """Insert an article (with its event already assigned)."""

    @abc.abstractmethod
    def get_article(self, article_id: str) -> Article | None: ...

    @abc.abstractmethod
    def articles(self, event_id: int | None = None, limit: int | None = None,
                 offset: int = 0) -> list[Article]:
        """Articles in ingest order, optionally of one event."""

    @abc.abstractmethod
    def count_articles(self) -> int: ...

    @abc.abstractmethod
    def iter_vectors(self) -> Iterator[VectorRow]:
        """Every stored article's vector, in ingest order."""

    # -- events -----------------------------------------------------------
    @abc.abstractmethod
    def save_event(self, event_id: int | None, headline: str, centroid: np.ndarray,
                   n_articles: int, first_date: dt.date | None,
                   last_date: dt.date | None) -> int:
        """Create (``event_id=None``) or update an event; returns its id."""

    @abc.abstractmethod
    def events(self) -> list[EventRow]:
        """All events, biggest and newest first."""

    @abc.abstractmethod
    def event(self, event_id: int) -> EventRow | None: ...

    @abc.abstractmethod
    def event_centroids(self) -> Iterator[tuple[int, np.ndarray, int]]:
        """(event id, centroid, article count) for every event."""

    # -- small JSON state (learned boilerplate, entity aliases, …) -------
    @abc.abstractmethod
    def get_state(self, key: str) -> Any | None: ...

    @abc.abstractmethod
    def set_state(self, key: str, value: Any) -> None: ...

    @abc.abstractmethod
    def close(self) -> None: ...
