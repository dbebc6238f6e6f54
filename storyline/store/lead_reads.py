"""What placing an event's happening reads of its reports (issue 10, h-dates10).

:func:`storyline.timeline.happened_day` needs, of each report, its day, whether
it is a copy, its sentences (to find its lead) and its date mentions: never its
text, names or vectors.  Every list of events places each event's happening, so
this reads those columns alone, for many events in one query per chunk of ids,
rather than whole articles event by event.  Written once for both backends
(:class:`LeadReads`; the dialect supplies marks, lists of ids and dates read back).
"""
from __future__ import annotations

import json
from typing import Iterator

from storyline.records import Article
from storyline.store.codec import dates_of

_LEADS_Q = ("SELECT id, event_id, published, duplicate_of, sentences, dates, seq FROM articles"
            " WHERE event_id IS NOT NULL AND not_article IS NULL")


class LeadReads:
    """:class:`~storyline.store.base.Store` lead reads for every backend (needs ``dialect``, ``_rows``)."""

    def event_leads(self, event_ids: list[int]) -> Iterator[Article]:
        d = self.dialect
        rows = []
        for clause, args in d.any_of_pieces("event_id", sorted(set(event_ids))):
            rows += self._rows(f"{_LEADS_Q} AND {clause}", args)
        rows.sort(key=lambda r: r[6])  # ingest order (seq), across the pieces
        for r in rows:
            yield Article(id=r[0], origin="", title="", text="", raw_text="", event_id=r[1],
                          published=d.day(r[2]), duplicate_of=r[3],
                          sentences=json.loads(r[4] or "[]"), dates=dates_of(r[5]))
