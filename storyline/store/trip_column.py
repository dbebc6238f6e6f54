"""Where each report's trip goes, kept beside it (``articles.trips``).

Why: a query that states a trip ranks the hits whose event goes there
(:mod:`storyline.search_trips`), and an event goes where most of its reports
that name a trip's country say it does.  Read from the reports, that was up to
30 events' reports loaded whole (text, names, dates) on every such query; the
countries a report's trip goes to depend on that report's own row only (its
text, language, date, date mentions and names:
:func:`storyline.analyse.happening.stored_trips`), so they are written with
the row (``codec.article_to_row``) and again by every write that changes one
of those columns (re-cleaning, re-dating, names rewritten at a move), and an
event's are counted at query time from its reports' stored values: a move
between events needs no rewrite.  A value stored by another reading of trips
(:data:`~storyline.analyse.happening.TRIPS_VERSION`) is read again from its
report by the caller.  SQLite migration 14 and PostgreSQL migration 7 add the
column and fill it from the reports already stored.
"""
from __future__ import annotations

from typing import Any, Mapping

from storyline.analyse.happening import stored_trips
from storyline.records import Article
from storyline.store.codec import _date, dates_of, entities_of

TRIP_COLUMNS = ("id", "text", "lang", "published", "dates", "entities")  # what a trip is read from
TRIPS_SCHEMA_PG = "ALTER TABLE articles ADD COLUMN IF NOT EXISTS trips TEXT"  # PostgreSQL 7 (SQLite 14: fill_sqlite)


def trips_of_row(r: Mapping[str, Any]) -> str:
    """:func:`stored_trips` of a row holding :data:`TRIP_COLUMNS`."""
    article = Article(id=r["id"], origin="", title="", text=r["text"], raw_text="", lang=r["lang"],
                      published=_date(r["published"]), dates=dates_of(r["dates"]),
                      entities=entities_of(r["entities"]))
    return stored_trips(article)


def _filled(rows: Any) -> list[tuple[str, str]]:
    return [(trips_of_row(dict(zip(TRIP_COLUMNS, r))), r[0]) for r in rows]


_FILL_Q = f"SELECT {', '.join(TRIP_COLUMNS)} FROM articles"


def fill_sqlite(db: Any) -> None:
    """SQLite migration 14's step: the column (re-runnable: SQLite has no ADD
    COLUMN IF NOT EXISTS, and a file set back to an older version runs it
    again) and the trips of the articles already stored."""
    if "trips" not in {r[1] for r in db.execute("PRAGMA table_info(articles)")}:
        db.execute("ALTER TABLE articles ADD COLUMN trips TEXT")
    db.executemany("UPDATE articles SET trips=? WHERE id=?", _filled(db.execute(_FILL_Q).fetchall()))


def fill_postgres(conn: Any) -> None:
    """PostgreSQL migration 7's step: the trips of the articles already stored."""
    rows = _filled(conn.execute(_FILL_Q).fetchall())
    with conn.cursor() as cur:
        cur.executemany("UPDATE articles SET trips=%s WHERE id=%s", rows)

