"""The near-duplicate index as a table: MinHash LSH bands, shared by every
process writing one database.

Why a table: an in-memory LSH index (datasketch ``MinHashLSH``) must be
rebuilt from every stored signature by each process and caught up with every
other process's commits; a table is written once, in the transaction that
stores the article, and read by whoever places the next one.  A row is one
band of one article's signature: ``(band, key, article_id)`` where ``key`` is
the band's slice of the signature (what datasketch hashes into a bucket), so
two articles are candidates exactly when datasketch would make them so.  The
banding itself (how many bands, of how many rows) belongs to the group stage
(:mod:`storyline.group.duplicates`); the store only keeps and matches keys.
"""
from __future__ import annotations

from typing import Any, Iterable

from storyline.store.change_feed import writes

_LSH_SCHEMA = """
    CREATE TABLE IF NOT EXISTS lsh_bands (band INTEGER NOT NULL, key {blob} NOT NULL,
                                          article_id TEXT NOT NULL,
                                          PRIMARY KEY (band, key, article_id));
"""
LSH_SCHEMA = _LSH_SCHEMA.format(blob="BLOB")  # SQLite migration 9
LSH_SCHEMA_PG = _LSH_SCHEMA.format(blob="BYTEA")  # PostgreSQL migration 2


def _band_rows(article_id: str, bands: list[bytes]) -> list[tuple[int, bytes, str]]:
    return [(i, bytes(k), article_id) for i, k in enumerate(bands)]


def _matches(placeholder: str, bands: list[bytes]) -> tuple[str, list[Any]]:
    """``WHERE`` of the rows sharing any band with ``bands`` (same band number, same key)."""
    where = " OR ".join(f"(b.band = {placeholder} AND b.key = {placeholder})" for _ in bands)
    args: list[Any] = []
    for i, k in enumerate(bands):
        args += [i, bytes(k)]
    return where, args


_CANDIDATES = ("SELECT a.id, v.signature FROM articles a JOIN vectors v ON v.article_id = a.id "
               "WHERE a.event_id IS NOT NULL AND v.signature IS NOT NULL AND a.id IN "
               "(SELECT b.article_id FROM lsh_bands b WHERE {where}) ORDER BY a.seq")


class LSHTables:
    """:class:`~storyline.store.base.Store` LSH methods for every backend
    (needs ``dialect``, ``_rows``, ``_many``, ``_exec``: what a store class
    provides over its connection)."""

    @writes
    def add_lsh_bands(self, article_id: str, bands: list[bytes]) -> None:
        self._many(self.dialect.insert_ignore("lsh_bands", 3), _band_rows(article_id, bands))

    @writes
    def replace_lsh_bands(self, rows: Iterable[tuple[str, list[bytes]]]) -> None:
        self._exec("DELETE FROM lsh_bands")
        for article_id, bands in rows:
            self.add_lsh_bands(article_id, bands)

    def lsh_candidates(self, bands: list[bytes]) -> list[tuple[str, bytes]]:
        if not bands:
            return []
        where, args = _matches(self.dialect.param, bands)
        return [(r[0], bytes(r[1])) for r in self._rows(_CANDIDATES.format(where=where), args)]
