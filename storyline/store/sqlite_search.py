"""Full-text search over SQLite's FTS5 index, with the shared search filters.

Why apart from :mod:`storyline.store.sqlite`: search is the one part of the
SQLite store that speaks FTS5 (a query language of its own: user words must
never make a syntax error) and turns :class:`SearchFilters` into SQL; the
PostgreSQL store does the same with ``tsquery`` and arrays in its module.
"""
from __future__ import annotations

import sqlite3
from typing import Any

from storyline.store.records import SearchFilters
from storyline.store.text_query import query_terms


def _fts_query(text: str) -> str:
    """User words (:func:`~storyline.store.text_query.query_terms`) -> an FTS5
    expression that cannot be a syntax error: each term a quoted phrase of its
    tokens, ``*`` for a prefix, terms ANDed."""
    parts = []
    for term in query_terms(text):
        quoted = '"' + " ".join(term.tokens) + '"'
        parts.append(quoted + " *" if term.prefix else quoted)
    return " ".join(parts)


def _filter_sql(f: SearchFilters) -> tuple[list[str], list[Any]]:
    """WHERE clauses (over alias ``a`` = articles) for the search filters."""
    where: list[str] = []
    args: list[Any] = []
    if f.langs:
        where.append(f"a.lang IN ({','.join('?' * len(f.langs))})")
        args += list(f.langs)
    if f.sources:
        where.append(f"lower(a.source) IN ({','.join('lower(?)' for _ in f.sources)})")
        args += list(f.sources)
    if f.date_from:
        where.append("a.published >= ?")
        args.append(f.date_from.isoformat())
    if f.date_to:
        where.append("a.published <= ?")
        args.append(f.date_to.isoformat())
    if not f.not_articles:
        where.append("a.not_article IS NULL")
    if f.event_id is not None:
        where.append("a.event_id = ?")
        args.append(f.event_id)
    if f.entity_ids is not None:
        where.append("EXISTS (SELECT 1 FROM entity_mentions m WHERE m.article_id = a.id AND "
                     f"m.entity_id IN ({','.join('?' * len(f.entity_ids))}))"
                     if f.entity_ids else "0")
        args += list(f.entity_ids)
    return where, args


class SQLiteSearch:
    """:class:`~storyline.store.base.Store` search methods for SQLite."""

    db: sqlite3.Connection

    def search_text(self, query: str, limit: int | None = 100, offset: int = 0,
                    filters: SearchFilters | None = None) -> list[tuple[str, float]]:
        where, args = _filter_sql(filters or SearchFilters())
        match = _fts_query(query)
        if match:
            # bm25 is lower-is-better; the title counts twice as much as the body.
            q = ("SELECT a.id, -bm25(articles_fts, 2.0, 1.0) FROM articles_fts "
                 "JOIN articles a ON a.seq = articles_fts.rowid WHERE articles_fts MATCH ?"
                 + "".join(f" AND {w}" for w in where) + " ORDER BY 2 DESC, a.seq LIMIT ? OFFSET ?")
            args = [match] + args
        else:
            q = ("SELECT a.id, 0.0 FROM articles a" + (" WHERE " + " AND ".join(where) if where else "")
                 + " ORDER BY a.published DESC NULLS LAST, a.seq DESC LIMIT ? OFFSET ?")
        args += [-1 if limit is None else limit, offset]
        return [(r[0], float(r[1])) for r in self.db.execute(q, args)]
