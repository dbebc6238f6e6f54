"""What story linking reads of each event, kept per event (issue 15).

A relink weighs names by how many events carry them and looks for dated
sentences pointing at other events; read from the articles, that is every
stored report's names and dates at each ingest call (linear in the store:
3 CPU s at 10,000 reports).  This table keeps it per event, as one JSON
document (:func:`storyline.group.stories.event_aggregates`: names with the
number of articles naming each, and the dated sentences that point outside
the event's dates), rewritten by the relink for the events an ingest call
touched, so linking reads one small row per event and the articles of the
touched events only.  Derived data: a full relink rewrites it whole, and an
event with no row is read from its articles.  Written once for both
backends (:class:`StoryEvidence`; the dialect supplies marks, lists of ids,
insert-or-replace and dates read back).
"""
from __future__ import annotations

import json
from typing import Any, Iterator

from storyline.records import Article
from storyline.store.change_feed import writes
from storyline.store.codec import evidence_article
from storyline.store.records import EventRow

STORY_EVIDENCE_SCHEMA = """
    CREATE TABLE IF NOT EXISTS story_evidence (event_id INTEGER PRIMARY KEY, evidence TEXT NOT NULL);
"""
STORY_EVIDENCE_SCHEMA_PG = """
    CREATE TABLE IF NOT EXISTS story_evidence (event_id BIGINT PRIMARY KEY, evidence TEXT NOT NULL);
"""
_EVIDENCE_Q = ("SELECT id, event_id, entities, dates, seq FROM articles WHERE event_id IS NOT NULL"
               " AND not_article IS NULL")


# Every event's id, headline, dates and article count, from the events table and
# the articles' event index alone: a relink needs no more of every event, and
# ``events()`` (sources, languages, undated counts) costs about 15 times as much.
_HEADS_Q = ("SELECT e.id, e.headline, e.first_date, e.last_date, COALESCE(c.n, 0), e.happened FROM events e"
            " LEFT JOIN (SELECT event_id, COUNT(*) AS n FROM articles WHERE event_id IS NOT NULL"
            " GROUP BY event_id) c ON c.event_id = e.id ORDER BY e.id")


def _head(r: Any, day: Any) -> EventRow:
    return EventRow(id=r[0], headline=r[1] or "", first_date=day(r[2]), last_date=day(r[3]),
                    n_articles=int(r[4]), happened=day(r[5]))


class StoryEvidence:
    """:class:`~storyline.store.base.Store` story-evidence methods for every
    backend (needs ``dialect``, ``_rows``, ``_exec``, ``_many``)."""

    def event_evidence(self, event_ids: list[int] | None = None) -> Iterator[Article]:
        d = self.dialect
        if event_ids is None:
            rows = self._rows(_EVIDENCE_Q + " ORDER BY seq")
        else:
            rows = []
            for clause, args in d.any_of_pieces("event_id", sorted(set(event_ids))):
                rows += self._rows(f"{_EVIDENCE_Q} AND {clause}", args)
            rows.sort(key=lambda r: r[4])  # ingest order (seq), across the pieces
        for r in rows:
            yield evidence_article(r[0], r[1], r[2], r[3])

    def event_heads(self) -> list[EventRow]:
        return [_head(r, self.dialect.day) for r in self._rows(_HEADS_Q)]

    def story_evidence(self) -> dict[int, dict[str, Any]]:
        return {int(e): json.loads(v) for e, v in self._rows("SELECT event_id, evidence FROM story_evidence")}

    @writes
    def put_story_evidence(self, rows: dict[int, dict[str, Any] | None], whole: bool = False) -> None:
        d = self.dialect
        if whole:
            self._exec("DELETE FROM story_evidence")
        for clause, args in d.any_of_pieces("event_id", [e for e, v in rows.items() if v is None]):
            self._exec(f"DELETE FROM story_evidence WHERE {clause}", args)
        self._many(d.upsert("story_evidence", ("event_id", "evidence"), "event_id"),
                   [(e, json.dumps(v, ensure_ascii=False)) for e, v in rows.items() if v is not None])
