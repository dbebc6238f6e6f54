"""The storage contract every backend implements (SQLite, PostgreSQL).

The pipeline and the service talk to this, never to SQL, so that SQLite (one
machine) and PostgreSQL (several processes, beyond one machine) are
interchangeable.  Rows in and out are the dataclasses of
:mod:`storyline.store.records`.  ``tests/test_store_contract.py`` runs the
same cases against every backend: a behaviour stated here is a behaviour
tested there.

Concurrency contract (what several processes writing one database rely on):

* **Writers are serialised per database.**  :meth:`Store.transaction` takes
  the database's single writer lock before its first statement (SQLite:
  ``BEGIN IMMEDIATE``; PostgreSQL: ``pg_advisory_xact_lock``), holds it to
  commit or rollback, and all its writes commit together or not at all.  So a
  placement decided inside one transaction sees every article committed
  before it and nothing can be committed between its reads and its writes.
* **Visibility.**  Inside a transaction, reads see everything committed before
  the lock was taken plus the transaction's own writes.  Outside one, each
  call sees the latest committed state (no stale snapshot is kept).
* **Writes outside a transaction** commit on their own, each as if wrapped in
  its own :meth:`Store.transaction` (so they too take the writer lock).
* **Idempotence.**  An article is stored once: its id, its URL and its
  normalised-text hash are unique, and :meth:`Store.find_existing` inside the
  writer transaction is the check that makes a re-ingest a no-op (a new text
  under a stored URL replaces the old, kept: :class:`RevisionContract`).
* **Change feed.**  :meth:`Store.changes_elsewhere` tells a process what other
  processes committed, so in-memory derived state (the grouping indexes) can
  catch up incrementally instead of being rebuilt.
"""
from __future__ import annotations

import abc
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any, Iterator, Mapping, Sequence

import numpy as np

from storyline.records import Article, EntityMention
from storyline.store.event_contract import EventContract
from storyline.store.revision_tables import RevisionContract
from storyline.store.records import (Changes, EntityRow, EventRow, EventTitles, MentionRow, MentionSpan,
                                     SearchFilters, StoryRow, VectorRow)

if TYPE_CHECKING:
    from storyline.store.vector_columns import VectorColumns

__all__ = ["Store", "Changes", "EntityRow", "EventRow", "MentionRow", "MentionSpan",
           "SearchFilters", "StoryRow", "VectorRow"]


class Store(RevisionContract, EventContract):
    """Abstract store: articles, their vectors, events and small state blobs."""

    schema_version: int
    # True when :meth:`nearest_articles` is answered from an index the database
    # keeps current with every commit (PostgreSQL: pgvector HNSW), so placement
    # may take its candidates from it instead of a per-process index (SQLite's
    # exact search reloads its matrix after each write, so placement keeps faiss)
    shared_vector_index: bool = False

    @abc.abstractmethod
    def transaction(self) -> AbstractContextManager[None]:
        """A writer transaction (see the module's concurrency contract).

        Takes the per-database writer lock (waiting for another process's
        transaction to end), then everything inside commits together or, on
        an exception, not at all.  Nested calls join the outer transaction.
        """

    @abc.abstractmethod
    def changes_elsewhere(self) -> Changes:
        """What *other* connections committed to article placement since this
        connection's previous call (the first call covers everything committed
        since the store was opened): articles added, in commit order, and
        whether anything else moved (an article moved to another event, an
        event deleted).  This connection's own commits are never reported.

        A backend must answer exactly; one that cannot tell what changed
        reports ``other=True`` whenever anything may have changed, so callers
        rebuild rather than place against stale state.  Called inside a
        writer transaction, the answer is complete up to that transaction.
        """

    def changed_elsewhere(self) -> bool:
        """Whether another connection committed placement changes since the last
        call (consumes the same feed as :meth:`changes_elsewhere`)."""
        return bool(self.changes_elsewhere())

    # -- articles ---------------------------------------------------------
    @abc.abstractmethod
    def find_existing(self, url: str | None, content_hash: str | None,
                      given: tuple[str, str] | None = None) -> str | None:
        """Id of a stored article with this URL or this normalised-text hash
        (``None``: by URL only), or with this (source, given id)
        (:attr:`Article.given_key`)."""

    @abc.abstractmethod
    def add_article(self, article: Article, vector: np.ndarray | None,
                    signature: bytes | None) -> None:
        """Insert an article (with its event already assigned)."""

    @abc.abstractmethod
    def move_article(self, article_id: str, event_id: int,
                     entities: list[EntityMention] | None = None, far: bool | None = None) -> None:
        """Reassign a stored article to another event (a second look found a
        better one), with the entities re-read against that event's names.
        ``far``: whether it joined the event from beyond its window (its date
        is not the event's, :mod:`storyline.group.event_state`; read back as
        :attr:`VectorRow.far`); None keeps the flag when the event is the
        same (only its names are rewritten) and clears it otherwise."""

    @abc.abstractmethod
    def redate_article(self, article: Article) -> None:
        """Write the publication date a stored undated article was given and
        its re-resolved date mentions (:mod:`storyline.service_redate`); logged
        in the change feed as a change other processes cannot replay."""

    @abc.abstractmethod
    def update_cleaned(self, article: Article) -> None:
        """Rewrite an article's cleaned text and what was derived from it (removed
        residue, sentences, dates, entities): boilerplate learned later was cut."""

    @abc.abstractmethod
    def source_article_ids(self, source: str) -> list[str]:
        """Ids of the articles of one source, in ingest order."""

    @abc.abstractmethod
    def article_values(self, column: str, flagged: bool | None = False) -> list[str]:
        """The distinct non-empty values of ``source`` or ``lang`` over the
        articles (``flagged`` as for :meth:`articles`), sorted: what a search
        filter's value is checked against, so that one naming nothing stored
        is said to, with the names near it."""

    @abc.abstractmethod
    def get_article(self, article_id: str) -> Article | None: ...

    @abc.abstractmethod
    def articles(self, event_id: int | None = None, limit: int | None = None,
                 offset: int = 0, flagged: bool | None = False) -> list[Article]:
        """Articles in ingest order, optionally of one event.  ``flagged``: news
        reports only (False, the default), only the pages the gate found not to
        be reports (True, ``Article.not_article`` set), or both (None)."""

    def reports_since(self, n: int, last: str | None) -> list[Article] | None:
        """The news reports stored after the first ``n`` (ingest order), if
        the ``n``-th is ``last``; None if it is not (``n`` 0: every report).
        What resuming the name checkpoint reads; backends may answer without
        walking the first ``n`` rows."""
        if n and [a.id for a in self.articles(offset=n - 1, limit=1)] != [last]:
            return None
        return self.articles(offset=n)

    def event_evidence(self, event_ids: list[int] | None = None) -> Iterator[Article]:
        """Every news report placed in an event (or in one of ``event_ids``),
        in ingest order, with only what story linking reads (``event_id``,
        ``entities``, ``dates``): never its text.  Backends may override this
        with a lighter query; the default reads whole articles."""
        wanted = None if event_ids is None else set(event_ids)
        return iter([a for a in self.articles() if a.event_id is not None
                     and (wanted is None or a.event_id in wanted)])

    def event_leads(self, event_ids: list[int]) -> Iterator[Article]:
        """Every news report of ``event_ids`` in ingest order, with what placing its event's
        happening reads (``timeline.happened_day``; :mod:`storyline.store.lead_reads`)."""
        wanted = set(event_ids)
        return iter([a for a in self.articles() if a.event_id in wanted])

    def report_trips(self, event_ids: list[int]) -> list[tuple[int, str, str | None]]:
        """``(event id, report id, stored trips)`` of every news report of
        ``event_ids``: where each report's trip goes, as
        :func:`storyline.analyse.happening.stored_trips` wrote it with the row
        (:mod:`storyline.store.trip_column`; None where a store holds none), so
        that search reads where events go without loading their reports.  The
        default reads whole articles."""
        from storyline.analyse.happening import stored_trips

        return [(e, a.id, stored_trips(a)) for e in sorted(set(event_ids)) for a in self.articles(event_id=e)]

    @abc.abstractmethod
    def story_evidence(self) -> dict[int, dict[str, Any]]:
        """Event id -> what story linking keeps of it (:mod:`storyline.store.story_evidence`)."""

    @abc.abstractmethod
    def put_story_evidence(self, rows: dict[int, dict[str, Any] | None], whole: bool = False) -> None:
        """Write events' story evidence (None: drop the event's row); ``whole``:
        drop every other row first."""

    @abc.abstractmethod
    def count_articles(self, flagged: bool | None = False) -> int:
        """How many :meth:`articles` would list (same ``flagged`` meaning)."""

    @abc.abstractmethod
    def iter_vectors(self, article_ids: list[str] | None = None) -> Iterator[VectorRow]:
        """Every stored news report's vector (or those of ``article_ids``), with
        the few fields placement remembers (event, date, language, copy of), in
        ingest order: what rebuilding the event index reads, without whole articles (flagged pages have none: they are placed in no event and
        found by no semantic search)."""

    def vector_columns(self, signatures: bool = False) -> VectorColumns:
        """The :meth:`iter_vectors` rows that carry a vector and an event, as
        columns and one vector matrix (:mod:`storyline.store.vector_columns`):
        what loading the event index reads.  ``signatures``: also the MinHash
        signatures (else ``None`` each).  Backends may read it faster."""
        from storyline.store.vector_columns import columns_of

        cols = columns_of(self.iter_vectors())
        if not signatures:
            cols.signatures = [None] * len(cols)
        return cols

    @abc.abstractmethod
    def nearest_articles(self, vector: np.ndarray, k: int,
                         filters: SearchFilters | None = None) -> list[tuple[str, float]]:
        """Semantic search: the ``k`` stored reports whose vectors are most
        similar to ``vector`` (cosine), as ``(article id, cosine)`` best first,
        among those passing ``filters``.  A backend may answer from an
        approximate index (PostgreSQL: pgvector HNSW) but must return exact
        cosines for what it returns."""

    @abc.abstractmethod
    def search_text(self, query: str, limit: int | None = 100, offset: int = 0,
                    filters: SearchFilters | None = None,
                    spellings: Mapping[str, Sequence[str]] | None = None) -> list[tuple[str, float]]:
        """Full-text search over title and text: ``(article id, score)``, best
        first (higher is better), ties in ingest order.

        Behaviour every backend meets (tested by the contract suite):

        * ``query`` is what a user typed, never backend syntax: quotes,
          operators and punctuation are just characters; no query is an error.
        * Every word must occur (AND), as typed or as one of its other
          spellings ``spellings`` gives it (OR; a typed word -> its other
          spellings, :mod:`storyline.search_letters`: "ЄЦБ" -> ["ЕЦБ"]);
          matching ignores case and diacritics
          ("cafe" finds "Café"), in every script, and each script's optional
          marks and variant letters (:mod:`storyline.store.word_key`:
          "लग्ज़री" finds "लग्जरी", "Αθήνα" finds "ΑΘΗΝΑ", "محمد" finds "مُحَمَّد").
        * Word forms: a word of 3+ characters matches its forms
          (:func:`~storyline.store.text_query.worded`, checked alike on every
          backend): the words of the same Snowball stem in the report's
          language or in English ("gifted" finds "gifts", "flood" finds
          "flooding", "Staat" finds "Staaten"; "plea" does not find
          "pleaded", nor "dam" "damaged" or German "damit"), in an English
          report also a word it begins by an English ending the stemmer keeps
          ("sing" finds "singers", "korea" "Koreans"), in a language that
          writes compounds as one word also the words it begins as typed
          (German "Dammbrüchen") and, from 6 letters, without its last letter
          ("olympic" finds "Olympiastadion", "empfängt" "empfangen"); a word
          under 4 letters (by its stem) or a frequent word, that stored reports
          of some languages write as typed, is read in those languages alone
          ("dam" finds German "Damm", not Spanish or German "Dame"); in a language without a stemmer, a word of
          6+ letters matches the words it begins without its last letter and
          a shorter one those it begins by at most three letters more (a
          frequent word of the language only by an ending its frequent words
          take).
        * No phrase semantics: words match anywhere in the article, in any
          order.
        * Ranking: a word in the title counts for more than in the body; more
          occurrences rank higher.  Scores compare within one result list only.
        * An empty query (or one with no word characters) returns every
          article passing ``filters``, newest first (undated last), score 0.
        * Flagged pages (not news reports) are found only with
          ``filters.not_articles``.
        """

    def written_languages(self, word: str) -> frozenset[str]:
        """The languages (codes, region dropped) of the stored reports that write
        ``word`` (one word) as it is, as the full-text index compares words
        (case, accents and :mod:`~storyline.store.word_key`'s variants folded;
        no other form of it, any filter aside); empty where none does: whether
        the index's vocabulary holds the word (search's letter variants,
        :mod:`storyline.search_letters`)."""
        raise NotImplementedError

    # -- the near-duplicate index (MinHash LSH bands, storyline.store.lsh_tables) --
    @abc.abstractmethod
    def add_lsh_bands(self, article_id: str, bands: list[bytes]) -> None:
        """Index a stored article's LSH bands (``bands[i]``: band ``i``'s key);
        written in the transaction that stores the article, so every process
        finds it as soon as it commits.  Adding the same rows again is a no-op."""

    @abc.abstractmethod
    def replace_lsh_bands(self, rows: Iterator[tuple[str, list[bytes]]]) -> None:
        """Rewrite the whole band index (``(article id, bands)`` pairs): the
        bands of a store written before the index existed, or under another
        banding."""

    @abc.abstractmethod
    def lsh_candidates(self, bands: list[bytes]) -> list[tuple[str, bytes]]:
        """Stored reports placed in an event that share at least one band
        (same band number, same key) with ``bands``, as ``(article id,
        MinHash signature)`` in ingest order.  Exact: no candidate is missed
        and none is added, whatever the backend."""

    # -- entities (derived; rewritten whole on relink) ------------------
    @abc.abstractmethod
    def replace_entities(self, entities: list[EntityRow], mentions: list[MentionSpan]) -> None:
        """Rewrite the canonical entities and their mentions whole (derived data,
        recomputed on relink), with the index of their spellings."""

    @abc.abstractmethod
    def update_entities(self, entities: list[EntityRow], removed: list[str], renamed: dict[str, str],
                        mentions: list[MentionSpan], reread: list[str] = ()) -> None:
        """Change the canonical entities in place (what an incremental relink
        found changed), in this order: the stored mentions of the reports in
        ``reread`` (read again, whose mentions come in ``mentions``) are
        deleted; every stored mention of an entity in
        ``renamed`` moves to its new id (all at once: with ``{a: b, b: c}``
        a's mentions go to b and b's to c); the mentions and rows of the ids in
        ``removed`` are deleted; each row of ``entities`` replaces the row of
        its id (with its spellings' index); ``mentions`` are added.  Ids in
        ``entities`` whose mentions are kept should not be in ``removed``."""

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
    def entity_mentions(self, entity_id: str) -> list[MentionRow]:
        """Every mention of one entity, by publication date (undated first) then
        ingest order."""

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
    def event_titles(self, event_ids: list[int], headlines: list[str] | None = None) -> dict[int, EventTitles]:
        """Event id -> its listed headline, the headline chosen per language
        for its summary (``{}`` before its facts are stored) and the
        languages of the reports titled with the listed one; ids not stored
        are left out, and with ``headlines`` the events not listed under one of them."""

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
