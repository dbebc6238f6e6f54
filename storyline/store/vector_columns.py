"""Every placed report's vector row as columns: what loading the event index reads (issue 15).

A fresh process (each CLI call) rebuilds its event index from every stored
vector.  Read as one :class:`~storyline.store.records.VectorRow` per report,
that cost a Python object, a vector copy and a date parse per row, then one
more copy of all vectors stacked into a matrix (about 0.5 CPU s at 20,000
reports).  Here the rows come back as columns and the vectors as one matrix
made from the joined blobs (SQLite), so loading touches each vector once.
The rows are those :meth:`Store.iter_vectors` lists that carry a vector and
an event (the ones the index holds), in the same (ingest) order.
"""
from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from typing import Iterable

import numpy as np

from storyline.store.records import VectorRow


@dataclass
class VectorColumns:
    """Parallel columns, one entry per report; ``matrix`` holds the vectors
    (float32, one row each; read-only where made from the stored bytes)."""

    ids: list[str]
    event_ids: list[int]
    published: list[dt.date | None]
    duplicate_of: list[str | None]
    langs: list[str | None]
    signatures: list[bytes | None]
    matrix: np.ndarray
    far: list[bool] | None = None  # joined from beyond its window (VectorRow.far); None: none did

    def __post_init__(self) -> None:
        if self.far is None:
            self.far = [False] * len(self.ids)

    def __len__(self) -> int:
        return len(self.ids)

    def row(self, i: int) -> VectorRow:
        return VectorRow(self.ids[i], self.event_ids[i], self.matrix[i], self.published[i],
                         self.duplicate_of[i], self.signatures[i], self.langs[i], self.far[i])


def stack(vectors: list[np.ndarray]) -> np.ndarray:
    """One float32 matrix of equally long vectors (``np.vstack`` raises on unequal ones)."""
    if not vectors:
        return np.zeros((0, 0), np.float32)
    return np.vstack(vectors).astype(np.float32, copy=False)


def columns_of(rows: Iterable[VectorRow]) -> VectorColumns:
    """The columns of ``rows`` that carry a vector and an event (any backend)."""
    kept = [r for r in rows if r.vector is not None and r.event_id is not None]
    return VectorColumns([r.article_id for r in kept], [r.event_id for r in kept],
                         [r.published for r in kept], [r.duplicate_of for r in kept],
                         [r.lang for r in kept], [r.signature for r in kept],
                         stack([np.asarray(r.vector, np.float32) for r in kept]), [r.far for r in kept])


# Migration 11 (SQLite) / 4 (PostgreSQL): the columns the load reads, in ingest
# order, of reports only, as a covering index, so the scan reads no article row
# (each holds its text; the flag and date columns lie past it, often on
# overflow pages): the query fell from 0.155 to 0.094 CPU s at 20,000 reports.
VECTOR_ROWS_INDEX = """
    CREATE INDEX IF NOT EXISTS articles_vector_rows
        ON articles(seq, id, event_id, published, duplicate_of, lang, not_article) WHERE not_article IS NULL;
"""
VECTOR_ROWS_INDEX_PG = """
    CREATE INDEX IF NOT EXISTS articles_vector_rows ON articles (seq)
        INCLUDE (id, event_id, published, duplicate_of, lang) WHERE not_article IS NULL;
"""
# Migration 17 (SQLite) / 10 (PostgreSQL): a report's far flag (VectorRow.far),
# read by the load, so the covering index holds it too (existing rows: not far)
FAR_INDEX = """
    DROP INDEX IF EXISTS articles_vector_rows;
    CREATE INDEX articles_vector_rows ON articles(seq, id, event_id, published, duplicate_of, lang,
        far_joined, not_article) WHERE not_article IS NULL;
"""
FAR_JOINED_PG = """
    ALTER TABLE articles ADD COLUMN IF NOT EXISTS far_joined BOOLEAN NOT NULL DEFAULT false;
    DROP INDEX IF EXISTS articles_vector_rows;
    CREATE INDEX articles_vector_rows ON articles (seq)
        INCLUDE (id, event_id, published, duplicate_of, lang, far_joined) WHERE not_article IS NULL;
"""


def add_far_column(db: sqlite3.Connection) -> None:
    """SQLite migration 17's step, re-runnable (SQLite has no ADD COLUMN IF NOT
    EXISTS, and a file set back to an older version runs it again)."""
    if "far_joined" not in {r[1] for r in db.execute("PRAGMA table_info(articles)")}:
        db.execute("ALTER TABLE articles ADD COLUMN far_joined INTEGER NOT NULL DEFAULT 0")
    for stmt in FAR_INDEX.split(";"):
        if stmt.strip():
            db.execute(stmt)


_COLUMNS_Q = ("SELECT a.id, a.event_id, a.published, a.duplicate_of, a.lang, a.far_joined, v.vec{sig} "
              "FROM articles a JOIN vectors v ON v.article_id=a.id WHERE a.not_article IS NULL "
              "AND a.event_id IS NOT NULL AND v.vec IS NOT NULL ORDER BY a.seq")


class SQLiteVectorColumns:
    """:meth:`Store.vector_columns` for SQLite: plain tuples (no row objects)
    and the vector blobs joined into one buffer, viewed as the matrix."""

    db: sqlite3.Connection

    def vector_columns(self, signatures: bool = False) -> VectorColumns:
        cur = self.db.cursor()
        cur.row_factory = None
        rows = cur.execute(_COLUMNS_Q.format(sig=", v.signature" if signatures else "")).fetchall()
        blobs = [r[6] for r in rows]
        width = len(blobs[0]) if blobs else 0
        if width and width % 4 == 0 and all(len(b) == width for b in blobs):
            matrix = np.frombuffer(b"".join(blobs), np.float32).reshape(len(rows), width // 4)
        else:  # unequal widths raise here, as stacking them would
            matrix = stack([np.frombuffer(b, np.float32) for b in blobs])
        iso = dt.date.fromisoformat
        return VectorColumns([r[0] for r in rows], [r[1] for r in rows],
                             [iso(r[2]) if r[2] else None for r in rows], [r[3] for r in rows],
                             [r[4] for r in rows], [r[7] for r in rows] if signatures else [None] * len(rows),
                             matrix, [bool(r[5]) for r in rows])
