"""Full-text search and the search filters as SQL, once for every backend.

Why one module: :class:`~storyline.store.records.SearchFilters` promises
that the API, the UI and both kinds of search (full-text, semantic) filter
alike on every backend, and :meth:`Store.search_text` that both backends
page and order alike.  Written once per backend, the clauses could drift;
here they are written once, and a :class:`~storyline.store.dialect.Dialect`
supplies what the engines spell differently (marks, lists, dates).  What is
really per backend, the full-text query language and its ranking, stays
with each: FTS5 in :mod:`storyline.store.sqlite_search`, ``tsquery`` in
:mod:`storyline.store.postgres_search`.
"""
from __future__ import annotations

from typing import Any, Mapping, Sequence

from storyline.store.dialect import Dialect
from storyline.store.records import SearchFilters
from storyline.store.text_query import (Term, checked_words, other_spellings, query_terms, read_in_languages,
                                        worded)
from storyline.store.word_key import word_key

CHECK_BATCH = 200  # matches read at a time when they are checked on their text for the words' forms


def filter_sql(f: SearchFilters, d: Dialect) -> tuple[list[str], list[Any]]:
    """WHERE clauses (over alias ``a`` = articles) for the search filters,
    and their arguments in order."""
    where: list[str] = []
    args: list[Any] = []

    def add(clause: str, values: list[Any]) -> None:
        where.append(clause)
        args.extend(values)

    if f.langs:
        add(*d.any_of("a.lang", f.langs))
    if f.sources:
        add(*d.any_of("a.source", f.sources, fold=True))
    if f.date_from:
        add(f"a.published >= {d.param}", [d.date_arg(f.date_from)])
    if f.date_to:
        add(f"a.published <= {d.param}", [d.date_arg(f.date_to)])
    if not f.not_articles:
        add("a.not_article IS NULL", [])
    if f.event_id is not None:
        add(f"a.event_id = {d.param}", [f.event_id])
    if f.entity_ids is not None:
        clause, values = d.any_of("m.entity_id", f.entity_ids)
        add(f"EXISTS (SELECT 1 FROM entity_mentions m WHERE m.article_id = a.id AND {clause})", values)
    return where, args


def and_where(where: list[str]) -> str:
    """``where`` appended to a query that already has a ``WHERE``."""
    return "".join(f" AND {w}" for w in where)


def recent_sql(where: list[str], d: Dialect) -> str:
    """Search with no words: the filtered articles, newest first (undated
    last), each scored 0; takes the filter arguments, then limit and offset."""
    return ("SELECT a.id, 0.0 FROM articles a" + (" WHERE " + " AND ".join(where) if where else "")
            + f" ORDER BY a.published DESC NULLS LAST, a.seq DESC LIMIT {d.param} OFFSET {d.param}")


def _texts_sql(ids: list[str], d: Dialect) -> tuple[str, list[Any]]:
    """(query, args) reading the title and text of the articles ``ids`` as one
    string, and their language."""
    clause, values = d.any_of("id", ids)
    return f"SELECT id, coalesce(title, '') || ' ' || text, lang FROM articles WHERE {clause}", values


class TextSearch:
    """:meth:`Store.search_text` over a backend's full-text index.  The
    backend supplies ``_text_match`` (the query's terms,
    :func:`~storyline.store.text_query.query_terms`, -> its query language;
    empty when no word is searchable) and ``_RANKED_Q`` (the ranked query,
    taking that expression, then the filter arguments (``{where}``), then
    limit and offset) and ``_LANGS_Q`` (the distinct languages of the
    articles matching that expression, unranked) and ``_whole_match`` (as
    ``_text_match``, matching words whole only, not a compound's part:
    :mod:`storyline.store.word_parts`), besides ``dialect`` and ``_rows``."""

    def search_text(self, query: str, limit: int | None = 100, offset: int = 0,
                    filters: SearchFilters | None = None,
                    spellings: Mapping[str, Sequence[str]] | None = None) -> list[tuple[str, float]]:
        d = self.dialect
        filters = filters or SearchFilters()
        where, args = filter_sql(filters, d)
        terms = query_terms(query, self._search_langs(filters), spellings) if query.strip() else []
        match = self._text_match(terms)
        if not match:
            return [(r[0], float(r[1])) for r in self._rows(recent_sql(where, d), args + [d.limit(limit), offset])]
        q = self._RANKED_Q.format(where=and_where(where))
        words = checked_words(terms)
        if not words:
            return [(r[0], float(r[1])) for r in self._rows(q, [match] + args + [d.limit(limit), offset])]
        return self._worded(q, [match] + args, words, limit, offset, other_spellings(terms))

    def _search_langs(self, filters: SearchFilters) -> list[str] | None:
        """The languages whose stemmers a query word's reach must cover
        (:func:`~storyline.store.text_query.query_terms`): the filter's, else
        every language of a stored report's vector (one row each in
        ``language_sums``), else (flagged pages, which carry no vector, or
        reports stored without one) every language."""
        if filters.langs:
            return list(filters.langs)
        stored = [] if filters.not_articles else [r[0] for r in self._rows("SELECT lang FROM language_sums", [])]
        return stored or None

    def _worded(self, q: str, args: list[Any], words: list[str], limit: int | None,
                offset: int, spellings: dict[str, tuple[str, ...]]) -> list[tuple[str, float]]:
        """The ranked matches whose text has a form of each word
        (:func:`~storyline.store.text_query.worded`), paged after the check:
        read in batches of :data:`CHECK_BATCH`, best first, until the page is
        full.  A match that has a word only as a compound's part
        (:mod:`storyline.store.word_parts`) comes after every match that has
        them all whole: such matches are kept apart, and are on the page
        only once the whole-word matches ran out before filling it.
        ``spellings``: a word's other spellings, any of which stands for it
        (:func:`~storyline.store.text_query.other_spellings`)."""
        out: list[tuple[str, float]] = []
        in_parts: list[tuple[str, float]] = []
        want, start = None if limit is None else offset + limit, 0
        spelt = words + [o for others in spellings.values() for o in others]
        written = {w: self._written_in(w) for w in read_in_languages(spelt)}
        while want is None or len(out) < want:
            rows = self._rows(q, args + [CHECK_BATCH, start])
            if rows:
                texts, langs = {}, {}
                for i, text, lang in self._rows(*_texts_sql([r[0] for r in rows], self.dialect)):
                    texts[i], langs[i] = text, lang
                for r in rows:
                    text, lang = texts.get(r[0], ""), langs.get(r[0])
                    if worded(text, words, lang, written, parts=False, spellings=spellings):
                        out.append((r[0], float(r[1])))
                    elif worded(text, words, lang, written, spellings=spellings):
                        in_parts.append((r[0], float(r[1])))
            if len(rows) < CHECK_BATCH:
                break
            start += CHECK_BATCH
        return (out + in_parts)[offset:want]

    def written_languages(self, word: str) -> frozenset[str]:
        """:meth:`Store.written_languages`: :meth:`_written_in` of ``word`` keyed as the index keys it."""
        return self._written_in(word_key(word)) if word.strip() else frozenset()

    def _written_in(self, word: str) -> frozenset[str]:
        """The languages (codes, region dropped) of the stored reports that
        write ``word`` as typed, as the index compares words (any filter
        aside): what :func:`~storyline.store.text_query.worded` reads a short
        word as."""
        rows = self._rows(self._LANGS_Q, [self._whole_match([Term((word,), False)])])
        return frozenset(r[0].split("-")[0].lower() for r in rows if r[0])
