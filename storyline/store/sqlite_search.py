"""Full-text search over SQLite's FTS5 index: the query language and ranking.

Why apart from :mod:`storyline.store.sqlite`: this is the one part of the
SQLite store that speaks FTS5 (a query language of its own: user words must
never make a syntax error).  Filters, paging and the no-words listing are
the shared :class:`~storyline.store.search_sql.TextSearch`; the PostgreSQL
store speaks ``tsquery`` in :mod:`storyline.store.postgres_search`.
"""
from __future__ import annotations

from storyline.store.search_sql import TextSearch
from storyline.store.text_query import Term


def _fts_query(terms: list[Term]) -> str:
    """The query's terms (:func:`~storyline.store.text_query.query_terms`) -> an FTS5
    expression that cannot be a syntax error: each term a quoted phrase of its
    tokens, ``*`` for a prefix, ORed with its other spellings (:attr:`Term.others`),
    terms ANDed."""
    def phrase(term: Term) -> str:
        quoted = '"' + " ".join(term.tokens) + '"'
        return quoted + " *" if term.prefix else quoted

    return " AND ".join("(" + " OR ".join(map(phrase, (t, *t.others))) + ")" if t.others else phrase(t)
                        for t in terms)


class SQLiteSearch(TextSearch):
    """:meth:`Store.search_text` for SQLite: FTS5 with bm25 (lower is
    better, hence negated; the title counts twice as much as the body, a
    compound's part, :mod:`storyline.store.word_parts`, a fifth of it)."""

    _RANKED_Q = ("SELECT a.id, -bm25(articles_fts, 2.0, 1.0, 0.2) FROM articles_fts "
                 "JOIN articles a ON a.seq = articles_fts.rowid WHERE articles_fts MATCH ?"
                 "{where} ORDER BY 2 DESC, a.seq LIMIT ? OFFSET ?")

    _LANGS_Q = ("SELECT DISTINCT a.lang FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid "
                "WHERE articles_fts MATCH ?")

    _text_match = staticmethod(_fts_query)

    @staticmethod
    def _whole_match(terms: list[Term]) -> str:
        """:func:`_fts_query` in the title and text only, not a compound's parts."""
        return "{title text} : (" + _fts_query(terms) + ")"
