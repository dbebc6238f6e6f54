"""One day for an event everywhere: the day its happening took place (issue 10, h-dates10).

The story timeline placed Luna-25's loss on Saturday 19 August 2023, the day its
reports say it happened (:func:`storyline.timeline.happened_day`), while the
events list, the event page, the summaries and the API gave Sunday 20 August,
its first report's day: one event, two days.  Every view now asks this module,
which sets :attr:`~storyline.store.records.EventRow.happened` on the rows it is
given (``EventRow.day``: the happening's day, else the first report's), so the
CLI, the API and the pages show the same day and still have the first report's
(``first_date``) to say "first reported".

Computed at view time, never stored: it is a reading of stored reports with
settings a benchmark chooses (``storyline bench happened``), so a change of
those settings needs no migration.  Its cost is one light read of the listed
events' reports (:meth:`~storyline.store.base.Store.event_leads`: sentences
and date mentions, never text) per list, and a report's sentences are looked
at only when it names a day in its event's window.
"""
from __future__ import annotations

import dataclasses
from collections import defaultdict
from typing import Iterable

from storyline.records import Article
from storyline.store import EventRow, Store
from storyline.timeline import happened_day


def event_happened(row: EventRow, reports: Iterable[Article]) -> EventRow:
    """``row`` (a copy) with its happening's day from ``reports`` (its own, any fields
    ``happened_day`` reads) where that is before its first report's day."""
    dated = [a for a in reports if a.event_id == row.id and a.published is not None]
    day = happened_day(row.first_date, dated) if dated else None
    return dataclasses.replace(row, happened=day if day is not None and day != row.first_date else None)


def with_happened(store: Store, rows: list[EventRow]) -> list[EventRow]:
    """``rows`` (copies, same order) each with its happening's day: one read of the
    reports of every dated row (``event_leads``), grouped by event."""
    wanted = [r.id for r in rows if r is not None and r.first_date is not None]
    by_event: dict[int, list[Article]] = defaultdict(list)
    if wanted:
        for a in store.event_leads(wanted):
            by_event[a.event_id].append(a)
    return [r if r is None else event_happened(r, by_event.get(r.id, ())) for r in rows]


__all__ = ["event_happened", "with_happened"]
