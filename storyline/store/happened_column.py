"""The day each event's happening took place, stored with the event (issue 10, h-dates11).

h-dates10 dated an event by the day its reports say its happening took place
(:func:`storyline.timeline.happened_day`: Luna-25 lost on Saturday 19 August
2023, first reported on the Sunday), but placed it at view time, so only the
views that read an event's reports anyway could afford it: the events and
stories lists still dated and ordered their items by the first report's day
(placing every listed event read all the store's reports, linear in the store).
The day depends only on the event's reports, so it changes only when they do:
a relink, which runs after every write that adds, moves, re-dates or updates a
report (they mark its event stale: :mod:`storyline.service_links`), places the
events it was told changed (:meth:`HappenedColumn.happened_days`) and writes
them with the stories it links (:meth:`HappenedColumn.put_happened`).  Every
view reads ``events.happened``: the lists sort by it at no cost, and no view
places an event a second way.

Stored only where it is before the first report's day (``NULL``: the first
report's day is the happening's, or no report is dated): ``EventRow.happened``
as h-dates10 defined it.  SQLite migration 19 and PostgreSQL migration 12 add
the column and place every stored event (:func:`fill_sqlite`,
:func:`fill_postgres`), in chunks of :data:`CHUNK` events, saying how far they
are on stderr for a store of :data:`SAY_PROGRESS_FROM` events or more.
"""
from __future__ import annotations

import datetime as dt
import sys
from collections import defaultdict
from typing import Any, Callable, Iterable

from storyline.records import Article
from storyline.store.dialect import POSTGRES, SQLITE, Dialect
from storyline.store.lead_reads import read_leads

HAPPENED_SCHEMA_PG = "ALTER TABLE events ADD COLUMN IF NOT EXISTS happened DATE"  # PostgreSQL 12
CHUNK = 500  # events placed per read of their reports' leads
SAY_PROGRESS_FROM = 2000  # a back-fill of this many events or more says how far it is

Rows = Callable[[str, Any], list[Any]]
Progress = Callable[[int, int], None]


def happening_of(first: dt.date | None, reports: Iterable[Article]) -> dt.date | None:
    """The day an event first reported on ``first`` happened, as its ``reports``
    (any fields :func:`~storyline.timeline.happened_day` reads) state it, where
    that is before ``first``; else None.  The one place that asks it of an event."""
    from storyline.timeline import happened_day  # the timeline reads store records: imported late

    dated = [a for a in reports if a.published is not None]
    day = happened_day(first, dated) if dated and first is not None else None
    return day if day is not None and day < first else None


def placed_days(rows: Rows, d: Dialect, leads: Callable[[list[int]], Iterable[Article]],
                event_ids: Iterable[int] | None = None, progress: Progress | None = None) -> dict[int, dt.date | None]:
    """Each of ``event_ids``' happening day (None: every stored event), by one
    read of :data:`CHUNK` events' report leads at a time (``leads``: the store's
    ``event_leads``, or :func:`read_leads` on a migration's connection); an id no
    event holds is left out.  ``progress(done, total)`` after each chunk."""
    q = "SELECT id, first_date FROM events"
    if event_ids is None:
        heads = list(rows(q + " ORDER BY id", []))
    else:
        heads = []
        for clause, args in d.any_of_pieces("id", sorted(set(event_ids))):
            heads += rows(f"{q} WHERE {clause}", args)
    days: dict[int, dt.date | None] = {int(h[0]): None for h in heads}
    dated = [(int(h[0]), d.day(h[1])) for h in heads if h[1] is not None]
    for start in range(0, len(dated), CHUNK):
        part = dated[start:start + CHUNK]
        by_event: dict[int, list[Article]] = defaultdict(list)
        for a in leads([e for e, _ in part]):
            by_event[a.event_id].append(a)
        for event_id, first in part:
            days[event_id] = happening_of(first, by_event.get(event_id, ()))
        if progress is not None:
            progress(start + len(part), len(dated))
    return days


def _updates(d: Dialect, days: dict[int, dt.date | None]) -> tuple[str, list[tuple[Any, int]]]:
    return (f"UPDATE events SET happened={d.param} WHERE id={d.param}",
            [(None if v is None else d.date_arg(v), e) for e, v in sorted(days.items())])


def say_progress(done: int, total: int) -> None:
    """A migration's back-fill, on stderr, for a store big enough to take a while."""
    if total >= SAY_PROGRESS_FROM:
        print(f"storyline: upgrading the store: the happening days of its events: {done:,} / {total:,}",
              file=sys.stderr, flush=True)


def fill_sqlite(db: Any) -> None:
    """SQLite migration 19's step: the column (re-runnable: SQLite has no ADD
    COLUMN IF NOT EXISTS) and the happening day of every stored event."""
    if "happened" not in {r[1] for r in db.execute("PRAGMA table_info(events)")}:
        db.execute("ALTER TABLE events ADD COLUMN happened TEXT")
    def rows(q: str, a: Any) -> list[Any]:
        return db.execute(q, a).fetchall()
    query, values = _updates(SQLITE, placed_days(rows, SQLITE, lambda ids: read_leads(rows, SQLITE, ids),
                                                 progress=say_progress))
    db.executemany(query, values)


def fill_postgres(conn: Any) -> None:
    """PostgreSQL migration 12's step (after :data:`HAPPENED_SCHEMA_PG`): every stored event's day."""
    def rows(q: str, a: Any) -> list[Any]:
        return conn.execute(q, a).fetchall()
    query, values = _updates(POSTGRES, placed_days(rows, POSTGRES, lambda ids: read_leads(rows, POSTGRES, ids),
                                                   progress=say_progress))
    if values:
        with conn.cursor() as cur:
            cur.executemany(query, values)


class HappenedColumn:
    """:class:`~storyline.store.base.Store`'s happening days, for every backend
    (needs ``dialect``, ``_rows``, ``_many``, ``transaction``, ``event_leads``)."""

    def happened_days(self, event_ids: Iterable[int] | None = None) -> dict[int, dt.date | None]:
        return placed_days(self._rows, self.dialect, self.event_leads, event_ids)

    def put_happened(self, days: dict[int, dt.date | None]) -> None:
        if days:
            with self.transaction():
                self._many(*_updates(self.dialect, days))
