"""Full-text search over PostgreSQL's stored ``tsvector``: the query language
and ranking.

Why apart from :mod:`storyline.store.postgres`: this is the part of the
PostgreSQL store that speaks ``tsquery`` (a query language of its own: user
words must never make a syntax error), as :mod:`storyline.store.sqlite_search`
speaks FTS5.  Filters, paging and the no-words listing are the shared
:class:`~storyline.store.search_sql.TextSearch`.
"""
from __future__ import annotations

from storyline.store.search_sql import TextSearch
from storyline.store.text_query import Term


def _tsquery(terms: list[Term], weights: str = "") -> str:
    """The query's terms (:func:`~storyline.store.text_query.query_terms`) -> a
    ``to_tsquery`` string that cannot be a syntax error: each term its tokens
    as a phrase (``<->``), ``:*`` for a prefix, ORed (``|``) with its other
    spellings (:attr:`Term.others`), terms ANDed; ``weights``: the
    parts of the ``tsvector`` a token is matched in (title A, text B, a
    compound's parts D: :mod:`storyline.store.word_parts`), all if empty."""
    def phrase(term: Term) -> str:
        tokens = [f"'{t}'" + (":" + weights if weights else "") for t in term.tokens]  # no quote or backslash
        if term.prefix:
            tokens[-1] += "*" if weights else ":*"
        return "(" + " <-> ".join(tokens) + ")"

    return " & ".join("(" + " | ".join(map(phrase, (t, *t.others))) + ")" if t.others else phrase(t)
                      for t in terms)


class PostgresSearch(TextSearch):
    """:meth:`Store.search_text` for PostgreSQL: ``ts_rank`` over the stored
    ``tsvector`` (title, weight A, counts 1.0; text, B, 0.4: its default weights)."""

    _RANKED_Q = ("SELECT a.id, ts_rank(a.tsv, q) FROM articles a, to_tsquery('storyline', %s) q "
                 "WHERE a.tsv @@ q{where} ORDER BY 2 DESC, a.seq LIMIT %s OFFSET %s")

    _LANGS_Q = "SELECT DISTINCT a.lang FROM articles a WHERE a.tsv @@ to_tsquery('storyline', %s)"

    _text_match = staticmethod(_tsquery)

    @staticmethod
    def _whole_match(terms: list[Term]) -> str:
        """:func:`_tsquery` in the title and text only (A, B), not a compound's parts (D)."""
        return _tsquery(terms, "AB")
