"""PostgreSQL + pgvector backend: several processes on one database.

Chosen with ``--db postgresql://…`` (or ``$STORYLINE_DB``).  Connections come
from a psycopg pool; a writer transaction holds one connection (bound to its
thread) from its ``pg_advisory_xact_lock`` to commit, so writers are
serialised per database exactly as SQLite's ``BEGIN IMMEDIATE`` serialises
them, and reads outside a transaction each take a pooled connection in
autocommit mode (the latest committed state).  Semantic search reads the
pgvector HNSW index; full-text search a stored ``tsvector`` (see
:mod:`storyline.store.postgres_schema`, :mod:`storyline.store.postgres_search`).
The queries both backends share (articles, events and stories, entities,
facts and state, LSH bands, story evidence) are the dialect-neutral mixins
named in :class:`PostgresStore`'s bases, rendered with
:data:`~storyline.store.dialect.POSTGRES` over ``_rows``/``_one``/``_exec``/
``_many``; this module keeps what only PostgreSQL does (pool, advisory
locks, pgvector, ``bytea`` raw text, ``unnest``).
"""
from __future__ import annotations

import threading
from contextlib import contextmanager
from typing import Any, Iterator

import numpy as np
import psycopg
from pgvector.psycopg import register_vector
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool

from storyline.records import Article
from storyline.store.article_tables import ArticleTables
from storyline.store.revision_tables import RevisionTables
from storyline.store.base import Store
from storyline.store.change_feed import ChangeFeed, writes
from storyline.store.dialect import POSTGRES
from storyline.store.codec import ARTICLE_COLUMNS, article_to_row, row_to_article
from storyline.store.entity_tables import ENTITY_COLUMNS, EntityTables, entity_row
from storyline.store.event_tables import EventTables
from storyline.store.fact_tables import FactTables
from storyline.store.lsh_tables import LSHTables
from storyline.store.language_sums import LanguageSums
from storyline.store.postgres_schema import MIGRATION_STEPS, MIGRATIONS, SCHEMA_VERSION
from storyline.store.lead_reads import LeadReads
from storyline.store.happened_column import HappenedColumn
from storyline.store.story_evidence import StoryEvidence
from storyline.store.postgres_search import PostgresSearch
from storyline.store.records import EntityRow, SearchFilters, VectorRow
from storyline.store.search_sql import and_where, filter_sql

WRITER_LOCK = 0x5354_4F52_5957  # pg_advisory_xact_lock key: one writer per database
MIGRATE_LOCK = WRITER_LOCK + 1
EF_SEARCH = 400  # HNSW candidates per semantic query (>= the k asked for, up to 1000)


class SchemaError(RuntimeError):
    """The database was written by a newer Storyline, or holds another application's tables."""


def _pg_row(article: Article) -> dict[str, Any]:
    """An article's row for PostgreSQL: ``raw_text`` as UTF-8 bytes (kept exactly,
    NUL characters included); in the other text fields, which the pipeline has
    cleaned, a NUL (possible only in metadata such as a URL) becomes U+FFFD,
    since PostgreSQL text cannot hold it."""
    row = article_to_row(article)
    for key, value in row.items():
        if key == "raw_text":
            row[key] = None if value is None else value.encode("utf-8", "surrogatepass")
        elif isinstance(value, str) and "\x00" in value:
            row[key] = value.replace("\x00", "\ufffd")
    return row


def _article(row: dict[str, Any]) -> Article:
    raw = row["raw_text"]
    if raw is not None:
        row["raw_text"] = bytes(raw).decode("utf-8", "surrogatepass")
    return row_to_article(row)


def _configure(conn: psycopg.Connection) -> None:
    register_vector(conn)
    conn.execute(f"SET hnsw.ef_search = {EF_SEARCH}")
    conn.execute("SET hnsw.iterative_scan = strict_order")  # filtered queries still fill k


def _refuse_foreign(conn: psycopg.Connection) -> None:
    """Refuse a database (the schema new tables go to, ``current_schema()``)
    that holds another application's tables and no Storyline ``meta``, before
    anything is created in it: as SQLiteStore refuses another program's file.
    A ``--db`` naming the wrong database used to get ``meta``, two extensions,
    a text-search configuration and Storyline's tables beside the
    application's own, even for a read."""
    schema = conn.execute("SELECT current_schema()").fetchone()[0]
    if schema is None:  # no schema on the search path exists: CREATE fails and says so
        return
    names = [r[0] for r in conn.execute(
        "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = %s AND c.relkind IN ('r', 'p', 'v', 'm', 'f') ORDER BY c.relname",
        (schema,))]
    if names and "meta" not in names:
        shown = ", ".join(names[:5]) + (", …" if len(names) > 5 else "")
        raise SchemaError(f"database {conn.info.dbname}, schema {schema}: another application's "
                          f"PostgreSQL database (tables: {shown}), not a Storyline one; it was left "
                          "as it is: name a new database, or another schema (options=-csearch_path=…)")


class PostgresStore(ChangeFeed, ArticleTables, RevisionTables, EventTables, EntityTables, LSHTables, FactTables, StoryEvidence,
                    LeadReads, HappenedColumn, PostgresSearch, LanguageSums, Store):
    shared_vector_index = True  # placement candidates come from the HNSW index
    dialect = POSTGRES  # for the queries written once for both backends
    _to_row = staticmethod(_pg_row)  # an article as a row and back (ArticleTables)
    _to_article = staticmethod(_article)

    def __init__(self, url: str, pool_size: int = 4):
        self.url = url
        self.schema_version = self._migrate()
        self._local = threading.local()
        self.pool = ConnectionPool(url, min_size=1, max_size=pool_size, open=True,
                                   kwargs={"autocommit": True}, configure=_configure,
                                   name="storyline")
        self._dims: set[int] = set()  # dimensions with an HNSW index (see _hnsw)
        self._feed_open()

    # -- connections, schema, transactions ---------------------------------
    def _migrate(self) -> int:
        with psycopg.connect(self.url, autocommit=True) as conn:
            conn.execute("SELECT pg_advisory_lock(%s)", (MIGRATE_LOCK,))  # one migrator at a time
            try:
                _refuse_foreign(conn)
                conn.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
                row = conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
                current = int(row[0]) if row else 0
                if current > SCHEMA_VERSION:
                    raise SchemaError(f"{conn.info.dbname}: schema version {current} is newer than "
                                      f"this Storyline supports ({SCHEMA_VERSION}); upgrade Storyline")
                for version in range(current + 1, SCHEMA_VERSION + 1):
                    with conn.transaction():
                        conn.execute(MIGRATIONS[version - 1])
                        if version in MIGRATION_STEPS:
                            MIGRATION_STEPS[version](conn)
                        conn.execute("INSERT INTO meta VALUES ('schema_version', %s) ON CONFLICT (key) "
                                     "DO UPDATE SET value = EXCLUDED.value", (str(version),))
            finally:
                conn.execute("SELECT pg_advisory_unlock(%s)", (MIGRATE_LOCK,))
        return SCHEMA_VERSION

    @contextmanager
    def _conn(self) -> Iterator[psycopg.Connection]:
        """The open transaction's connection in this thread, else a pooled one."""
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            yield conn
            return
        with self.pool.connection() as conn:
            yield conn

    def _rows(self, query: str, args: Any = (), dicts: bool = False, binary: bool = False) -> list[Any]:
        with self._conn() as conn:
            with conn.cursor(row_factory=dict_row if dicts else psycopg.rows.tuple_row,
                             binary=binary) as cur:
                cur.execute(query, args)
                return cur.fetchall() if cur.description else []

    def _one(self, query: str, args: Any = (), dicts: bool = False) -> Any:
        rows = self._rows(query, args, dicts)
        return rows[0] if rows else None

    def _exec(self, query: str, args: Any = ()) -> None:
        with self._conn() as conn:
            conn.execute(query, args)

    def _many(self, query: str, rows: list[Any]) -> None:
        if rows:
            with self._conn() as conn, conn.cursor() as cur:
                cur.executemany(query, rows)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if getattr(self._local, "conn", None) is not None:
            yield  # joins the outer transaction
            return
        with self.pool.connection() as conn:
            self._local.conn = conn
            try:
                with conn.transaction():
                    conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITER_LOCK,))
                    self._feed_begin()
                    yield
                    self._feed_commit()
            finally:
                self._local.conn = None

    def _log_end(self) -> int:
        return int(self._one("SELECT COALESCE(MAX(pos), 0) FROM changes")[0])

    def _log_after(self, position: int) -> list[tuple[int, str, str | None]]:
        return [tuple(r) for r in self._rows(
            "SELECT pos, kind, article_id FROM changes WHERE pos > %s ORDER BY pos", (position,))]

    # -- articles -----------------------------------------------------------
    def _hnsw(self, dim: int) -> None:
        """An HNSW index (cosine) for vectors of this dimension, made once."""
        if dim in self._dims:
            return
        self._exec(f"CREATE INDEX IF NOT EXISTS vectors_hnsw_{dim} ON vectors USING hnsw "
                   f"((vec::public.vector({dim})) public.vector_cosine_ops) WHERE vector_dims(vec) = {dim}")
        self._dims.add(dim)

    @writes
    def add_article(self, article: Article, vector: np.ndarray | None,
                    signature: bytes | None) -> None:
        row = _pg_row(article)
        self._exec(f"INSERT INTO articles ({','.join(ARTICLE_COLUMNS)}) "
                   f"VALUES ({','.join(['%s'] * len(ARTICLE_COLUMNS))})", [row[c] for c in ARTICLE_COLUMNS])
        self._put_vector(article.id, vector, signature)
        if article.not_article is None:
            self._add_language_sum(article.lang, vector)

    def _put_vector(self, article_id: str, vector: np.ndarray | None, signature: bytes | None) -> None:
        vec = None if vector is None else np.asarray(vector, np.float32)
        if vec is not None:
            self._hnsw(vec.size)
        self._exec("INSERT INTO vectors VALUES (%s, %s, %s) ON CONFLICT (article_id) DO UPDATE "
                   "SET vec = EXCLUDED.vec, signature = EXCLUDED.signature", (article_id, vec, signature))

    def iter_vectors(self, article_ids: list[str] | None = None) -> Iterator[VectorRow]:
        q = ("SELECT a.id, a.event_id, a.published, a.duplicate_of, v.vec, v.signature, a.lang, a.far_joined "
             "FROM articles a JOIN vectors v ON v.article_id = a.id WHERE a.not_article IS NULL")
        args: list[Any] = []
        if article_ids is not None:
            q += " AND a.id = ANY(%s)"
            args.append(list(article_ids))
        for r in self._rows(q + " ORDER BY a.seq", args, binary=True):
            vec = None if r[4] is None else np.asarray(r[4], np.float32)
            yield VectorRow(r[0], r[1], vec, r[2], r[3], None if r[5] is None else bytes(r[5]), r[6], bool(r[7]))

    def nearest_articles(self, vector: np.ndarray, k: int,
                         filters: SearchFilters | None = None) -> list[tuple[str, float]]:
        vec = np.asarray(vector, np.float32)
        dim = vec.size
        if k <= 0 or not dim:
            return []
        where, args = filter_sql(filters or SearchFilters(), POSTGRES)
        dist = f"(v.vec::public.vector({dim}) OPERATOR(public.<=>) %s::public.vector({dim}))"
        q = (f"SELECT a.id, 1 - {dist} FROM vectors v JOIN articles a ON a.id = v.article_id "
             f"WHERE vector_dims(v.vec) = {dim} AND a.not_article IS NULL"
             + and_where(where) + f" ORDER BY {dist}, a.seq LIMIT %s")
        with self._conn() as conn:
            if k > EF_SEARCH:
                conn.execute("SELECT set_config('hnsw.ef_search', %s, false)", (str(min(k, 1000)),))
            try:
                rows = conn.execute(q, [vec, *args, vec, k]).fetchall()
            finally:
                if k > EF_SEARCH:
                    conn.execute(f"SET hnsw.ef_search = {EF_SEARCH}")
        return sorted(((r[0], float(r[1])) for r in rows), key=lambda x: -x[1])

    # -- events -------------------------------------------------------------
    @writes
    def save_event(self, event_id, headline, centroid, n_articles, first_date, last_date) -> int:
        vals = (headline, np.asarray(centroid, np.float32), n_articles, first_date, last_date)
        if event_id is None:
            return int(self._one("INSERT INTO events (headline, centroid, n_articles, first_date, "
                                 "last_date) VALUES (%s,%s,%s,%s,%s) RETURNING id", vals)[0])
        self._exec("UPDATE events SET headline=%s, centroid=%s, n_articles=%s, first_date=%s, "
                   "last_date=%s, updated_at=now() WHERE id=%s", vals + (event_id,))
        return event_id

    @writes
    def delete_event(self, event_id: int) -> None:
        self._exec("DELETE FROM events WHERE id=%s", (event_id,))

    def event_centroids(self) -> Iterator[tuple[int, np.ndarray, int]]:
        for r in self._rows("SELECT id, centroid, n_articles FROM events ORDER BY id", binary=True):
            yield r[0], None if r[1] is None else np.asarray(r[1], np.float32), r[2]

    # -- entities: what PostgreSQL says its own way (the rest: entity_tables) --
    def _rename_mentions(self, moves: list[tuple[str, str]]) -> None:
        """Point the mentions of each ``old`` entity at ``new``, in one statement."""
        self._exec("UPDATE entity_mentions m SET entity_id = r.new FROM unnest(%s::text[], %s::text[]) "
                   "AS r(old, new) WHERE m.entity_id = r.old", ([o for o, _ in moves], [n for _, n in moves]))

    def article_entities(self, article_id: str) -> list[EntityRow]:
        q = f"""SELECT {ENTITY_COLUMNS} FROM entities e WHERE e.id IN
                (SELECT entity_id FROM entity_mentions WHERE article_id=%s)
                ORDER BY e.mentions DESC, e.id COLLATE "C" """
        return [entity_row(r) for r in self._rows(q, (article_id,), dicts=True)]

    def close(self) -> None:
        self.pool.close()
