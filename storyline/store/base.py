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
from dataclasses import dataclass, field, replace
from typing import Any, Iterator

import numpy as np

from storyline.records import Article, EntityMention


@dataclass
class EventRow:
    """An event as listed to users: counts, languages, date range, headline."""

    id: int
    headline: str
    n_articles: int = 0
    n_sources: int = 0  # distinct named sources of its original (non-copy) reports
    languages: list[str] = field(default_factory=list)
    first_date: dt.date | None = None  # from its dated reports only
    last_date: dt.date | None = None
    story_id: int | None = None
    n_unknown_source: int = 0  # original reports whose source is unknown (not counted above)
    n_undated: int = 0  # reports with no date of their own: placed by content only


@dataclass
class StoryRow:
    """A story: its events (in date order) and coverage."""

    id: int
    headline: str
    event_ids: list[int] = field(default_factory=list)
    n_articles: int = 0
    n_sources: int = 0
    languages: list[str] = field(default_factory=list)
    first_date: dt.date | None = None
    last_date: dt.date | None = None
    n_unknown_source: int = 0
    n_undated: int = 0


@dataclass
class EntityRow:
    """A canonical entity with its aliases in every script seen."""

    id: str
    name: str
    label: str
    aliases: list[str] = field(default_factory=list)
    mentions: int = 0
    names: dict[str, str] = field(default_factory=dict)  # language -> display name

    def display(self, lang: str | None) -> "EntityRow":
        """This entity named as readers of ``lang`` know it (its name in that
        language where one is stored, else the canonical name)."""
        name = self.names.get((lang or "en").lower(), self.name)
        return self if name == self.name else replace(self, name=name)


@dataclass
class VectorRow:
    """What the grouping stage needs to rebuild its indexes after a restart."""

    article_id: str
    event_id: int | None
    vector: np.ndarray
    published: dt.date | None
    duplicate_of: str | None
    signature: bytes | None


@dataclass
class SearchFilters:
    """Restrictions shared by full-text and semantic search; all optional, ANDed.

    One definition for every backend, so the API, the UI and both kinds of
    search filter the same way.  ``entity_ids`` are canonical entity ids (see
    :meth:`Store.find_entity`): an article passes if it mentions any of them;
    ``None`` means no entity filter, an empty list matches nothing (unknown name).
    """

    langs: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    entity_ids: list[str] | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    event_id: int | None = None
    not_articles: bool = False  # also pages the gate found not to be news reports

    def active(self) -> bool:
        return bool(self.langs or self.sources or self.entity_ids is not None or self.date_from
                    or self.date_to or self.event_id is not None)


class Store(abc.ABC):
    """Abstract store: articles, their vectors, events and small state blobs."""

    schema_version: int

    @abc.abstractmethod
    def transaction(self) -> AbstractContextManager[None]:
        """All writes inside commit together or not at all."""

    def changed_elsewhere(self) -> bool:
        """Whether another connection (another process) committed since the last
        call.  Callers that keep derived state in memory (the event indexes)
        rebuild it when this is true; a store that cannot tell says False."""
        return False

    # -- articles ---------------------------------------------------------
    @abc.abstractmethod
    def find_existing(self, url: str | None, content_hash: str | None) -> str | None:
        """Id of a stored article with this URL or this normalised-text hash
        (``None``: by URL only)."""

    @abc.abstractmethod
    def add_article(self, article: Article, vector: np.ndarray | None,
                    signature: bytes | None) -> None:
        """Insert an article (with its event already assigned)."""

    @abc.abstractmethod
    def move_article(self, article_id: str, event_id: int,
                     entities: list[EntityMention] | None = None) -> None:
        """Reassign a stored article to another event (a second look found a
        better one), with the entities re-read against that event's names."""

    @abc.abstractmethod
    def update_cleaned(self, article: Article) -> None:
        """Rewrite an article's cleaned text and what was derived from it (removed
        residue, sentences, dates, entities): boilerplate learned later was cut."""

    @abc.abstractmethod
    def source_article_ids(self, source: str) -> list[str]:
        """Ids of the articles of one source, in ingest order."""

    @abc.abstractmethod
    def get_article(self, article_id: str) -> Article | None: ...

    @abc.abstractmethod
    def articles(self, event_id: int | None = None, limit: int | None = None,
                 offset: int = 0, flagged: bool | None = False) -> list[Article]:
        """Articles in ingest order, optionally of one event.  ``flagged``: news
        reports only (False, the default), only the pages the gate found not to
        be reports (True, ``Article.not_article`` set), or both (None)."""

    def event_evidence(self) -> Iterator[Article]:
        """Every news report placed in an event, in ingest order, with only what
        story linking reads (``event_id``, ``entities``, ``dates``): a relink
        scans the whole corpus for names and dates, never its text.  Backends
        may override this with a lighter query; the default reads whole articles."""
        return iter([a for a in self.articles() if a.event_id is not None])

    @abc.abstractmethod
    def count_articles(self, flagged: bool | None = False) -> int:
        """How many :meth:`articles` would list (same ``flagged`` meaning)."""

    @abc.abstractmethod
    def iter_vectors(self) -> Iterator[VectorRow]:
        """Every stored news report's vector, in ingest order (flagged pages
        have none: they are placed in no event and found by no semantic search)."""

    @abc.abstractmethod
    def search_text(self, query: str, limit: int | None = 100, offset: int = 0,
                    filters: SearchFilters | None = None) -> list[tuple[str, float]]:
        """Full-text search: ``(article id, score)``, best first (higher is better).

        ``query`` is what a user typed (never backend syntax); every word must
        occur, a word of 3+ characters also matches as a prefix.  An empty
        query returns every article passing ``filters``, newest first, score 0.
        """

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
        """All events, biggest and newest first."""

    @abc.abstractmethod
    def event(self, event_id: int) -> EventRow | None: ...

    @abc.abstractmethod
    def event_centroids(self) -> Iterator[tuple[int, np.ndarray, int]]:
        """(event id, centroid, article count) for every event."""

    # -- stories and entities (derived; rewritten whole on relink) ---------
    @abc.abstractmethod
    def replace_stories(self, event_story: dict[int, int], headlines: dict[int, str]) -> None: ...

    @abc.abstractmethod
    def stories(self) -> list[StoryRow]:
        """All stories, most recently active first."""

    @abc.abstractmethod
    def story(self, story_id: int) -> StoryRow | None: ...

    @abc.abstractmethod
    def story_map(self) -> dict[int, int]:
        """Event id -> story id."""

    @abc.abstractmethod
    def replace_entities(self, entities: list[dict[str, Any]],
                         mentions: list[tuple[str, str, int, int, str]]) -> None: ...

    @abc.abstractmethod
    def entities(self, limit: int = 100, offset: int = 0) -> list[EntityRow]: ...

    @abc.abstractmethod
    def find_entity(self, name: str) -> EntityRow | None: ...

    @abc.abstractmethod
    def entity_alias_rows(self) -> list[Any]:
        """Every stored spelling as an :class:`~storyline.analyse.entity_lookup.AliasRow`
        (what fuzzy lookups scan)."""

    @abc.abstractmethod
    def get_entity(self, entity_id: str) -> EntityRow | None: ...

    @abc.abstractmethod
    def entity_mentions(self, entity_id: str) -> list[dict[str, Any]]: ...

    @abc.abstractmethod
    def article_entities(self, article_id: str) -> list[EntityRow]: ...

    # -- sentences and facts (issue 12) --------------------------------------
    @abc.abstractmethod
    def put_sentences(self, article_id: str, spans: list[tuple[int, int, bool]]) -> None:
        """An article's sentence offsets ``(start, end, is_claim)`` (text stays in the article)."""

    @abc.abstractmethod
    def sentence_spans(self, article_ids: list[str]) -> dict[str, list[tuple[int, int, bool]]]: ...

    @abc.abstractmethod
    def event_fingerprints(self) -> dict[int, str]:
        """Event id -> fingerprint of the articles its stored facts were computed from."""

    @abc.abstractmethod
    def save_event_facts(self, event_id: int, fingerprint: str, payload: dict[str, Any]) -> None: ...

    @abc.abstractmethod
    def get_event_facts(self, event_id: int) -> dict[str, Any] | None: ...

    @abc.abstractmethod
    def keep_event_facts(self, event_ids: list[int]) -> None:
        """Drop stored facts of every event not listed."""

    # -- small JSON state (learned boilerplate, entity aliases, …) -------
    @abc.abstractmethod
    def get_state(self, key: str) -> Any | None: ...

    @abc.abstractmethod
    def set_state(self, key: str, value: Any) -> None: ...

    @abc.abstractmethod
    def close(self) -> None: ...
