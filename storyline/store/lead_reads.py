"""What placing an event's happening reads of its reports (issue 10, h-dates10).

:func:`storyline.timeline.happened_day` needs, of each report, its day, whether
it is a copy, its sentences (to find its lead) and its date mentions: never its
text, names or vectors.  A relink places the happening of every event whose reports
changed (and a migration every stored event's: :mod:`storyline.store.happened_column`),
so this reads those columns alone, for many events in one query per chunk of ids,
rather than whole articles event by event.  Written once for both backends
(:class:`LeadReads`; the dialect supplies marks, lists of ids and dates read back).
"""
from __future__ import annotations

import json
from typing import Any, Callable, Iterator

from storyline.records import Article
from storyline.store.codec import dates_of

_LEADS_Q = ("SELECT id, event_id, published, duplicate_of, sentences, dates, seq FROM articles"
            " WHERE event_id IS NOT NULL AND not_article IS NULL")


def read_leads(rows: Callable[[str, Any], list[Any]], d: Any, event_ids: list[int]) -> Iterator[Article]:
    """The lead columns of ``event_ids``' reports, in ingest order: ``rows`` runs a query
    with its arguments, ``d`` is the dialect (a store's, or a migration's connection:
    :mod:`storyline.store.happened_column` fills stored stores through it)."""
    found = []
    for clause, args in d.any_of_pieces("event_id", sorted(set(event_ids))):
        found += rows(f"{_LEADS_Q} AND {clause}", args)
    found.sort(key=lambda r: r[6])  # ingest order (seq), across the pieces
    for r in found:
        yield Article(id=r[0], origin="", title="", text="", raw_text="", event_id=r[1],
                      published=d.day(r[2]), duplicate_of=r[3],
                      sentences=json.loads(r[4] or "[]"), dates=dates_of(r[5]))


class LeadReads:
    """:class:`~storyline.store.base.Store` lead reads for every backend (needs ``dialect``, ``_rows``)."""

    def event_leads(self, event_ids: list[int]) -> Iterator[Article]:
        return read_leads(self._rows, self.dialect, event_ids)
