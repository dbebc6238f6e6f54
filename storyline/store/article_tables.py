"""Reading and updating stored articles, once for every backend.

Why one place: the article queries (by id, by event, by source, counted,
moved to an event, re-cleaned) are the same SQL on both backends but for
the parameter mark and ``LIMIT`` without a limit, which the
:class:`~storyline.store.dialect.Dialect` supplies.  What does differ is
how an article becomes a row and back (PostgreSQL keeps ``raw_text`` as
bytes, since its text cannot hold NUL): each store class gives
``_to_row`` and ``_to_article`` (built on :mod:`storyline.store.codec`).
Inserting stays with each backend: it writes the vector too, in the
backend's own vector type.  Mixed into both store classes; needs
``dialect``, ``_rows``, ``_one`` and ``_exec``.
"""
from __future__ import annotations

from storyline.records import Article, EntityMention
from storyline.store.change_feed import writes
from storyline.store.codec import ARTICLE_COLUMNS, entities_json
from storyline.store.records import flag_where
from storyline.store.trip_column import TRIP_COLUMNS, trips_of_row

_SELECT = f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles"
_CLEANED = ("text", "removed", "sentences", "dates", "entities", "trips")  # what re-cleaning rewrites
_FILTERED = ("source", "lang")  # the columns whose stored values article_values lists


# migration 15 (SQLite; 8 on PostgreSQL): a report's (source, given id) names it
# as its URL does (:attr:`Article.given_key`), looked up at every ingest
GIVEN_ID_INDEX = "CREATE INDEX IF NOT EXISTS articles_given_id ON articles(external_id, source) WHERE external_id IS NOT NULL"


def _where(where: list[str]) -> str:
    return " WHERE " + " AND ".join(where) if where else ""


class ArticleTables:
    """:class:`~storyline.store.base.Store` article reads and updates."""

    def find_existing(self, url: str | None, content_hash: str | None,
                      given: tuple[str, str] | None = None) -> str | None:
        p = self.dialect.param
        row = self._one(f"SELECT id FROM articles WHERE content_hash={p} OR url={p} LIMIT 1",
                        (content_hash, url))
        if row is None and given:  # a query of its own, which reads GIVEN_ID_INDEX
            row = self._one(f"SELECT id FROM articles WHERE external_id={p} AND source={p} "
                            "ORDER BY seq LIMIT 1", (given[1], given[0]))
        return row[0] if row else None

    @writes
    def move_article(self, article_id: str, event_id: int,
                     entities: list[EntityMention] | None = None, far: bool | None = None) -> None:
        p = self.dialect.param
        # far None: the flag stays where the event does (a names rewrite), else it is cleared
        far_sql, far_args = ((f"far_joined={p}", (far,)) if far is not None else
                             (f"far_joined=CASE WHEN event_id={p} THEN far_joined ELSE {p} END", (event_id, False)))
        if entities is None:
            self._exec(f"UPDATE articles SET {far_sql}, event_id={p} WHERE id={p}",
                       (*far_args, event_id, article_id))
        else:  # its names rewritten: where its trip goes is read again with them
            names = entities_json(entities)
            row = self._one(f"SELECT {', '.join(TRIP_COLUMNS)} FROM articles WHERE id={p}", (article_id,), dicts=True)
            trips = trips_of_row({**row, "entities": names}) if row else None
            self._exec(f"UPDATE articles SET {far_sql}, event_id={p}, entities={p}, trips={p} WHERE id={p}",
                       (*far_args, event_id, names, trips, article_id))

    @writes
    def redate_article(self, article: Article) -> None:
        p = self.dialect.param
        row = self._to_row(article)
        self._exec(f"UPDATE articles SET published={p}, dates={p}, trips={p} WHERE id={p}",
                   (row["published"], row["dates"], row["trips"], article.id))
        # no trigger logs a date: other processes read it as a change they cannot replay
        self._exec(f"INSERT INTO changes (kind, article_id) VALUES ('redate', {p})", (article.id,))

    @writes
    def update_cleaned(self, article: Article) -> None:
        p = self.dialect.param
        row = self._to_row(article)
        self._exec(f"UPDATE articles SET {', '.join(f'{c}={p}' for c in _CLEANED)} WHERE id={p}",
                   [row[c] for c in _CLEANED] + [article.id])

    def report_trips(self, event_ids: list[int]) -> list[tuple[int, str, str | None]]:
        rows: list = []
        for clause, args in self.dialect.any_of_pieces("event_id", sorted(set(event_ids))):
            rows += self._rows(f"SELECT event_id, id, trips FROM articles WHERE not_article IS NULL AND {clause}", args)
        return [(r[0], r[1], r[2]) for r in rows]

    def source_article_ids(self, source: str) -> list[str]:
        return [r[0] for r in self._rows(
            f"SELECT id FROM articles WHERE source={self.dialect.param} ORDER BY seq", (source,))]

    def article_values(self, column: str, flagged: bool | None = False) -> list[str]:
        if column not in _FILTERED:
            raise ValueError(f"not a filtered column: {column!r}")
        where = flag_where(flagged) + [f"{column} IS NOT NULL", f"{column} <> ''"]
        return sorted(r[0] for r in self._rows(f"SELECT DISTINCT {column} FROM articles{_where(where)}"))

    def get_article(self, article_id: str) -> Article | None:
        row = self._one(f"{_SELECT} WHERE id={self.dialect.param}", (article_id,), dicts=True)
        return self._to_article(row) if row else None

    def articles(self, event_id: int | None = None, limit: int | None = None,
                 offset: int = 0, flagged: bool | None = False) -> list[Article]:
        d = self.dialect
        where, args = flag_where(flagged), []
        if event_id is not None:
            where.append(f"event_id={d.param}")
            args.append(event_id)
        q = f"{_SELECT}{_where(where)} ORDER BY seq LIMIT {d.param} OFFSET {d.param}"
        return [self._to_article(r) for r in self._rows(q, args + [d.limit(limit), offset], dicts=True)]

    def count_articles(self, flagged: bool | None = False) -> int:
        return int(self._one("SELECT COUNT(*) FROM articles" + _where(flag_where(flagged)))[0])
