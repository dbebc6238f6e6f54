"""SQLite backend: one file, WAL mode, versioned schema with migrations.

Migrations are an ordered list (:mod:`storyline.store.sqlite_schema`); the
``schema_version`` row says how many have run.  Opening an older database upgrades it in one transaction; opening a
newer one refuses, so an old binary never corrupts new data.  The queries
both backends share are the dialect-neutral mixins named in
:class:`SQLiteStore`'s bases, rendered with :data:`~storyline.store.dialect.SQLITE`
over ``_rows``/``_one``/``_exec``/``_many``; this module keeps what only
SQLite does (the file, WAL, migrations, vector blobs, the exact-search matrix).
"""
from __future__ import annotations

import datetime as dt
import sqlite3
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

import numpy as np

from storyline.records import Article
from storyline.store.article_tables import ArticleTables
from storyline.store.base import Store
from storyline.store.change_feed import ChangeFeed, writes
from storyline.store.dialect import SQLITE
from storyline.store.records import SearchFilters, VectorRow
from storyline.store.sqlite_search import SQLiteSearch
from storyline.store.entity_tables import EntityTables
from storyline.store.event_tables import EventTables
from storyline.store.lsh_tables import LSHTables
from storyline.store.lead_reads import LeadReads
from storyline.store.story_evidence import StoryEvidence
from storyline.store.vector_matrix import VectorMatrix
from storyline.store.word_key import word_key
from storyline.store.language_sums import LanguageSums, fill_sqlite
from storyline.store.vector_columns import SQLiteVectorColumns, add_far_column
from storyline.store.report_order import SQLiteReportOrder
from storyline.store.revision_tables import RevisionTables
from storyline.store.happened_column import HappenedColumn, fill_sqlite as fill_happened_sqlite
from storyline.store.trip_column import fill_sqlite as fill_trips_sqlite
from storyline.store.fact_tables import FactTables
from storyline.store.sqlite_schema import MIGRATION_STEPS, MIGRATIONS, SCHEMA_VERSION, SQLITE_PARTS_FTS  # noqa: F401 (tests read them here)
from storyline.store.sqlite_stories import SQLiteEntities
from storyline.store.word_parts import word_parts
from storyline.store.codec import ARTICLE_COLUMNS, article_to_row, row_to_article, vector_of as _vec



def _py_lower(value: Any) -> Any:
    """Python's ``str.lower`` for SQL (``py_lower``): every script's capitals."""
    return value.lower() if isinstance(value, str) else value


class SchemaError(RuntimeError):
    """The database was written by a newer Storyline, or is another program's."""


def _statements(script: str) -> Iterator[str]:
    """Split a migration into statements; a ";" inside a trigger body does not end one."""
    buf = ""
    for part in script.split(";"):
        buf += part + ";"
        if sqlite3.complete_statement(buf):
            if buf.strip(" \n\t;"):
                yield buf
            buf = ""
    if buf.strip(" \n\t;"):
        yield buf


class SQLiteStore(ChangeFeed, ArticleTables, RevisionTables, EventTables, EntityTables, LSHTables, FactTables,
                  SQLiteEntities, StoryEvidence, LeadReads, HappenedColumn, SQLiteVectorColumns, SQLiteReportOrder, SQLiteSearch,
                  LanguageSums, Store):
    dialect = SQLITE  # for the queries written once for both backends
    _to_row = staticmethod(article_to_row)  # an article as a row and back (ArticleTables)
    _to_article = staticmethod(row_to_article)

    def __init__(self, path: str | Path):
        self.path = Path(path)
        if self.path.parent and not self.path.parent.exists():
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(str(self.path), isolation_level=None, timeout=30,
                                  check_same_thread=False)
        self.db.row_factory = sqlite3.Row
        # the dialect's case folding (SQLite's lower() folds ASCII only)
        self.db.create_function("py_lower", 1, _py_lower, deterministic=True)
        # the full-text index's word keys (migration 12's triggers call it)
        self.db.create_function("word_key", 1, word_key, deterministic=True)
        # the parts of a compounding language's words (the index's third column, migration 16)
        self.db.create_function("word_parts", 3, word_parts, deterministic=True)
        self._refuse_foreign()
        self._enter_wal()
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA foreign_keys=ON")
        self._depth = 0
        self._vectors = VectorMatrix()
        self.schema_version = self._migrate()
        self._feed_open()

    def _enter_wal(self, patience: float = 30.0) -> None:
        """Switch the file to WAL.  The switch needs the file to itself and
        SQLite does not wait for it (no busy handler on that path), so
        processes opening one new file together (``bench writers``) got
        "database is locked"; retry for as long as the connection would wait."""
        deadline = time.monotonic() + patience
        pause = 0.01
        while True:
            try:
                self.db.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(pause)
                pause = min(pause * 2, 0.5)

    # -- the connection as the shared query code uses it (as PostgresStore's) --
    def _rows(self, query: str, args: Any = (), dicts: bool = False) -> list[sqlite3.Row]:
        return self.db.execute(query, args).fetchall()  # a Row is read by index and by name

    def _one(self, query: str, args: Any = (), dicts: bool = False) -> sqlite3.Row | None:
        return self.db.execute(query, args).fetchone()

    def _exec(self, query: str, args: Any = ()) -> None:
        self.db.execute(query, args)

    def _many(self, query: str, rows: list[Any]) -> None:
        self.db.executemany(query, rows)

    # -- schema -------------------------------------------------------------
    def _migrate(self) -> int:
        """Run the migrations this file lacks, each in a writer transaction
        that re-reads the version under the lock: several processes opening
        one new file at once (``bench writers``) migrate it once, the others
        wait and find it done."""
        while True:
            with self.transaction():
                current = self._stored_version()
                if current > SCHEMA_VERSION:
                    raise SchemaError(f"schema version {current} is newer than this "
                                      f"Storyline supports ({SCHEMA_VERSION}); upgrade Storyline")
                if current == SCHEMA_VERSION:
                    return SCHEMA_VERSION
                version = current + 1
                for stmt in _statements(MIGRATIONS[version - 1]):
                    self.db.execute(stmt)
                if version in MIGRATION_STEPS:
                    getattr(self, MIGRATION_STEPS[version])()
                self.db.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)",
                                (str(version),))

    def _refuse_foreign(self) -> None:
        """Refuse a SQLite file that holds another program's tables, before
        anything is written (the message names no file: the caller knows it): given as ``--db`` by mistake, it used to be
        switched to WAL and filled with Storyline's tables, even by a read."""
        names = [r[0] for r in self.db.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
        if names and "meta" not in names:
            self.db.close()
            shown = ", ".join(sorted(names)[:5]) + (", …" if len(names) > 5 else "")
            raise SchemaError(f"another program's SQLite database (tables: {shown}), "
                              f"not a Storyline one; it was left as it is: name a new file")

    def _stored_version(self) -> int:
        if not self.db.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'").fetchone():
            return 0
        row = self.db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        return int(row[0]) if row else 0

    def fill_language_sums(self) -> None:
        """Migration 13: the language sums of the reports already stored."""
        fill_sqlite(self.db)

    def fill_trips(self) -> None:
        """Migration 14: where the trips of the articles already stored go."""
        fill_trips_sqlite(self.db)

    def add_far_column(self) -> None:
        """Migration 17: whether a report joined its event from beyond its window."""
        add_far_column(self.db)

    def fill_happened(self) -> None:
        """Migration 19: the day each stored event's happening took place."""
        fill_happened_sqlite(self.db)

    def add_gate_columns(self) -> None:
        """Migration 6, written to be safe to re-run (SQLite has no ADD COLUMN IF NOT EXISTS)."""
        have = {r[1] for r in self.db.execute("PRAGMA table_info(articles)")}
        for col in ("not_article", "not_article_reason"):
            if col not in have:
                self.db.execute(f"ALTER TABLE articles ADD COLUMN {col} TEXT")
        self.db.execute("CREATE INDEX IF NOT EXISTS articles_not_article ON articles(not_article) "
                        "WHERE not_article IS NOT NULL")

    def _log_end(self) -> int:
        return int(self.db.execute("SELECT COALESCE(MAX(pos), 0) FROM changes").fetchone()[0])

    def _log_after(self, position: int) -> list[tuple[int, str, str | None]]:
        return [tuple(r) for r in self.db.execute(
            "SELECT pos, kind, article_id FROM changes WHERE pos > ? ORDER BY pos", (position,))]

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self.db.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            self._feed_begin()
            yield
            self._feed_commit()
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        else:
            self.db.execute("COMMIT")
        finally:
            self._depth = 0

    # -- articles -----------------------------------------------------------
    @writes
    def add_article(self, article: Article, vector: np.ndarray | None,
                    signature: bytes | None) -> None:
        row = article_to_row(article)
        cols = ",".join(ARTICLE_COLUMNS)
        self.db.execute(f"INSERT INTO articles ({cols}) VALUES ({','.join('?' * len(row))})",
                        [row[c] for c in ARTICLE_COLUMNS])
        self._put_vector(article.id, vector, signature)
        if article.not_article is None:
            self._add_language_sum(article.lang, vector)

    def _put_vector(self, article_id: str, vector: np.ndarray | None, signature: bytes | None) -> None:
        blob = None if vector is None else np.asarray(vector, np.float32).tobytes()
        self.db.execute("INSERT OR REPLACE INTO vectors VALUES (?, ?, ?)", (article_id, blob, signature))

    def iter_vectors(self, article_ids: list[str] | None = None) -> Iterator[VectorRow]:
        q = ("SELECT a.seq, a.id, a.event_id, a.published, a.duplicate_of, v.vec, v.signature, a.lang, "
             "a.far_joined "
             "FROM articles a JOIN vectors v ON v.article_id=a.id WHERE a.not_article IS NULL ")
        if article_ids is None:
            rows = self.db.execute(q + "ORDER BY a.seq").fetchall()
        else:
            rows = []
            for i in range(0, len(article_ids), 500):
                part = article_ids[i:i + 500]
                rows += self.db.execute(q + f"AND a.id IN ({','.join('?' * len(part))}) ORDER BY a.seq",
                                        part).fetchall()
            rows.sort(key=lambda r: r["seq"])
        for r in rows:
            yield VectorRow(r["id"], r["event_id"], _vec(r["vec"]),
                            dt.date.fromisoformat(r["published"]) if r["published"] else None,
                            r["duplicate_of"], r["signature"], r["lang"], bool(r["far_joined"]))

    def nearest_articles(self, vector: np.ndarray, k: int,
                         filters: SearchFilters | None = None) -> list[tuple[str, float]]:
        # exact, over a matrix of every vector reloaded when the article count changes
        # reloaded when a report is added or a stored text replaced (an update keeps the count)
        self._vectors.refresh((self.count_articles(), self.revision_mark()), self.iter_vectors)
        allowed = None
        if filters is not None:
            allowed = {a for a, _ in self.search_text("", None, 0, filters)}
        return self._vectors.nearest(vector, k, allowed)

    # -- events -------------------------------------------------------------
    @writes
    def save_event(self, event_id, headline, centroid, n_articles, first_date, last_date) -> int:
        vals = (headline, np.asarray(centroid, np.float32).tobytes(), n_articles,
                first_date.isoformat() if first_date else None,
                last_date.isoformat() if last_date else None)
        if event_id is None:
            cur = self.db.execute("INSERT INTO events (headline, centroid, n_articles, "
                                  "first_date, last_date) VALUES (?,?,?,?,?)", vals)
            return int(cur.lastrowid)
        self.db.execute("UPDATE events SET headline=?, centroid=?, n_articles=?, first_date=?, "
                        "last_date=?, updated_at=datetime('now') WHERE id=?", vals + (event_id,))
        return event_id

    @writes
    def delete_event(self, event_id: int) -> None:
        self.db.execute("DELETE FROM events WHERE id=?", (event_id,))

    def event_centroids(self) -> Iterator[tuple[int, np.ndarray, int]]:
        for r in self.db.execute("SELECT id, centroid, n_articles FROM events ORDER BY id"):
            yield r[0], _vec(r[1]), r[2]

    def close(self) -> None:
        self.db.close()
