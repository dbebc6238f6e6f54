"""A report's earlier texts: what an updated article replaced, kept.

Why: a site corrects a figure or adds a paragraph under the same URL (or the
same (source, id)).  Re-ingesting it used to be skipped as "already stored",
so Storyline kept showing, grouping and searching the stale text.  Now the
new text replaces the article's (:meth:`replace_article`, one statement set
in the writer transaction: the row, its vector, MinHash bands and language
sum, search index by the tables' own triggers or generated column) and the
text it replaced is kept here with the time it was superseded, so nothing
stored is lost and a reader sees "updated <when> UTC; earlier revisions: N" (CLI and pages).

Schema: SQLite migration 18, PostgreSQL migration 11 (a new table; existing
stores have no revisions).  Mixed into both store classes; needs
``dialect``, ``_rows``, ``_one``, ``_exec``, ``_to_row``,
``_add_language_sum`` and the backend's ``_put_vector``.
"""
from __future__ import annotations

import abc
import datetime as dt
import json
from typing import Any

import numpy as np

from storyline.records import Article
from storyline.store.change_feed import writes

FETCHED = "fetched:"  # state key prefix: what was last fetched of a URL (storyline.service_refresh)

_REVISIONS = """
    CREATE TABLE IF NOT EXISTS article_revisions (
        seq {seq}, article_id TEXT NOT NULL, title TEXT, text TEXT NOT NULL,
        content_hash TEXT NOT NULL, published {date}, stored_at {time},
        superseded_at {time} NOT NULL DEFAULT {now});
    CREATE INDEX IF NOT EXISTS article_revisions_article ON article_revisions(article_id, seq);
"""
REVISIONS_SCHEMA = _REVISIONS.format(seq="INTEGER PRIMARY KEY AUTOINCREMENT", date="TEXT",  # SQLite 18
                                     time="TEXT", now="(datetime('now'))")
REVISIONS_SCHEMA_PG = _REVISIONS.format(seq="BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY",  # PostgreSQL 11
                                        date="DATE", time="TIMESTAMPTZ", now="now()")

# what an update rewrites: the text and everything derived from it (the id, URL,
# source, given id, event, far flag and first ingest time stay the report's)
_REPLACED = ("origin", "title", "text", "raw_text", "author", "lang", "lang_confidence", "published",
             "removed", "sentences", "dates", "entities", "content_hash", "duplicate_of", "trips",
             "not_article", "not_article_reason")
# and, for a page the gate had flagged whose new text is a report, the event it was placed in
_PLACED = ("event_id",)


def _when(value: Any) -> str:
    """A stored time as "YYYY-MM-DD HH:MM:SS" in UTC, as SQLite's ``datetime('now')``
    writes it (PostgreSQL gives a datetime)."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%S")
    return str(value)


class RevisionContract(abc.ABC):
    """The part of the storage contract (:class:`~storyline.store.base.Store`,
    one of its bases) that keeps an updated report's earlier texts."""

    @abc.abstractmethod
    def replace_article(self, article: Article, vector: np.ndarray, signature: bytes,
                        bands: list[bytes]) -> None:
        """Give stored ``article.id`` the text ``article`` holds (an update from
        its site: :mod:`storyline.service_update`), with its vector, MinHash
        signature and bands; the text it replaces is kept as a revision
        (:meth:`revisions`).  Logged as a change other processes cannot replay."""

    @abc.abstractmethod
    def revisions(self, article_id: str) -> list[dict]:
        """The texts an article's updates replaced, oldest first: title, text,
        content_hash, published, stored_at and superseded_at (UTC)."""

    @abc.abstractmethod
    def text_stored_at(self, article_id: str) -> str:
        """When the article's current text was stored (UTC "YYYY-MM-DD HH:MM:SS"):
        when it last replaced an earlier one, else when it was first ingested;
        "" when no such article.  A feed entry updated after it is fetched again."""

    @abc.abstractmethod
    def stored_links(self, since: str | None = None, source: str | None = None) -> list[tuple[str, str]]:
        """(id, URL) of the stored articles that have a URL, in ingest order;
        ``since``: ingested at or after that UTC time; ``source``: of that source
        (``storyline refresh``)."""

    @abc.abstractmethod
    def revision_counts(self, article_ids: list[str]) -> dict[str, tuple[str, int]]:
        """{id: (when its text was last replaced, how many earlier texts are
        kept)} for those of ``article_ids`` that were updated."""

    @abc.abstractmethod
    def gone_since(self, article_ids: list[str]) -> dict[str, str]:
        """{id: since when (UTC) its page has answered 404/410} for those of
        ``article_ids`` that ``storyline refresh`` last found gone (the stamp it
        keeps in the state table, :mod:`storyline.service_refresh`)."""



class RevisionTables:
    """:class:`RevisionContract`'s methods, written once for every backend."""

    @writes
    def replace_article(self, article: Article, vector: np.ndarray, signature: bytes,
                        bands: list[bytes]) -> None:
        p = self.dialect.param
        old = self._one(f"SELECT a.title, a.text, a.content_hash, a.published, a.ingested_at, a.lang, a.not_article "
                        f"FROM articles a WHERE a.id={p}", (article.id,))
        if old is None:
            raise KeyError(f"no stored article {article.id!r} to update")
        last = self._one(f"SELECT superseded_at FROM article_revisions WHERE article_id={p} "
                         "ORDER BY seq DESC LIMIT 1", (article.id,))
        # the text replaced was stored when it was first ingested, or when it replaced the one before
        self._exec(f"INSERT INTO article_revisions (article_id, title, text, content_hash, published, stored_at) "
                   f"VALUES ({p}, {p}, {p}, {p}, {p}, {p})",
                   (article.id, old[0], old[1], old[2], old[3], last[0] if last else old[4]))
        old_vec = next(iter(self.iter_vectors([article.id])), None)
        if old[6] is None and old_vec is not None:  # its language's sum loses the old vector
            self._add_language_sum(old[5], old_vec.vector, sign=-1)
        row = self._to_row(article)
        cols = _REPLACED + (_PLACED if old[6] is not None else ())
        self._exec(f"UPDATE articles SET {', '.join(f'{c}={p}' for c in cols)} WHERE id={p}",
                   [row[c] for c in cols] + [article.id])
        self._put_vector(article.id, vector, signature)
        self._add_language_sum(article.lang, vector)
        self._exec(f"DELETE FROM lsh_bands WHERE article_id={p}", (article.id,))
        self.add_lsh_bands(article.id, bands)
        # other processes cannot replay a new text: they rebuild their indexes
        self._exec(f"INSERT INTO changes (kind, article_id) VALUES ('update', {p})", (article.id,))

    def text_stored_at(self, article_id: str) -> str:
        p = self.dialect.param
        last = self._one(f"SELECT MAX(superseded_at) FROM article_revisions WHERE article_id={p}", (article_id,))
        if last and last[0]:
            return _when(last[0])
        row = self._one(f"SELECT ingested_at FROM articles WHERE id={p}", (article_id,))
        return _when(row[0]) if row else ""

    def stored_links(self, since: str | None = None, source: str | None = None) -> list[tuple[str, str]]:
        p = self.dialect.param
        where, args = ["url IS NOT NULL", "url <> ''"], []
        if since:
            where.append(f"ingested_at >= {p}")
            args.append(since)
        if source:
            where.append(f"source = {p}")
            args.append(source)
        return [(r[0], r[1]) for r in self._rows(f"SELECT id, url FROM articles WHERE {' AND '.join(where)} "
                                                   "ORDER BY seq", args)]

    def revisions(self, article_id: str) -> list[dict[str, Any]]:
        p = self.dialect.param
        rows = self._rows(f"SELECT title, text, content_hash, published, stored_at, superseded_at "
                          f"FROM article_revisions WHERE article_id={p} ORDER BY seq", (article_id,))
        return [{"title": r[0], "text": r[1], "content_hash": r[2],
                 "published": str(r[3]) if r[3] else None, "stored_at": _when(r[4]),
                 "superseded_at": _when(r[5])} for r in rows]

    def revision_counts(self, article_ids: list[str]) -> dict[str, tuple[str, int]]:
        out: dict[str, tuple[str, int]] = {}
        for clause, args in self.dialect.any_of_pieces("article_id", sorted(set(article_ids))):
            for r in self._rows(f"SELECT article_id, MAX(superseded_at), COUNT(*) FROM article_revisions "
                                f"WHERE {clause} GROUP BY article_id", args):
                out[r[0]] = (_when(r[1]), int(r[2]))
        return out

    def gone_since(self, article_ids: list[str]) -> dict[str, str]:
        p, out = self.dialect.param, {}
        for clause, args in self.dialect.any_of_pieces("a.id", sorted(set(article_ids))):
            for r in self._rows(f"SELECT a.id, s.value FROM articles a JOIN state s ON s.key = {p} || a.url "
                                f"WHERE {clause}", [FETCHED, *args]):
                kept = json.loads(r[1])
                if kept.get("gone"):  # a state from before "gone_since" was kept: when it was last found gone
                    out[r[0]] = kept.get("gone_since") or kept.get("checked") or ""
        return out

    def revision_mark(self) -> int:
        """The last revision's position (0: none): changes when any stored text
        is replaced, as the article count does when one is added."""
        row = self._one("SELECT MAX(seq) FROM article_revisions")
        return int(row[0] or 0) if row else 0
