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
event with no row is read from its articles.
"""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
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
_HEADS_Q = ("SELECT e.id, e.headline, e.first_date, e.last_date, COALESCE(c.n, 0) FROM events e"
            " LEFT JOIN (SELECT event_id, COUNT(*) AS n FROM articles WHERE event_id IS NOT NULL"
            " GROUP BY event_id) c ON c.event_id = e.id ORDER BY e.id")


def _head(r: Any, day: Any = lambda d: d) -> EventRow:
    return EventRow(id=r[0], headline=r[1] or "", first_date=day(r[2]), last_date=day(r[3]),
                    n_articles=int(r[4]))


def _iso(d: str | None) -> dt.date | None:
    return dt.date.fromisoformat(d) if d else None


def _chunks(ids: list[int], size: int = 500) -> Iterator[list[int]]:
    for i in range(0, len(ids), size):
        yield ids[i:i + size]


class SQLiteStoryEvidence:
    """:class:`~storyline.store.base.Store` story-evidence methods for SQLite."""

    db: sqlite3.Connection

    def event_evidence(self, event_ids: list[int] | None = None) -> Iterator[Article]:
        if event_ids is None:
            rows = self.db.execute(_EVIDENCE_Q + " ORDER BY seq")
        else:
            rows = []
            for part in _chunks(sorted(set(event_ids))):
                rows += self.db.execute(_EVIDENCE_Q + f" AND event_id IN ({','.join('?' * len(part))})",
                                        part).fetchall()
            rows.sort(key=lambda r: r[4])
        for r in rows:
            yield evidence_article(r[0], r[1], r[2], r[3])

    def event_heads(self) -> list[EventRow]:
        return [_head(r, _iso) for r in self.db.execute(_HEADS_Q)]

    def story_evidence(self) -> dict[int, dict[str, Any]]:
        return {int(e): json.loads(v) for e, v in self.db.execute("SELECT event_id, evidence FROM story_evidence")}

    @writes
    def put_story_evidence(self, rows: dict[int, dict[str, Any] | None], whole: bool = False) -> None:
        if whole:
            self.db.execute("DELETE FROM story_evidence")
        self.db.executemany("DELETE FROM story_evidence WHERE event_id=?",
                            [(e,) for e, v in rows.items() if v is None])
        self.db.executemany("INSERT OR REPLACE INTO story_evidence VALUES (?, ?)",
                            [(e, json.dumps(v, ensure_ascii=False)) for e, v in rows.items() if v is not None])


class PostgresStoryEvidence:
    """The same for PostgreSQL (needs ``_rows``, ``_many``, ``_exec``)."""

    def event_evidence(self, event_ids: list[int] | None = None) -> Iterator[Article]:
        if event_ids is None:
            rows = self._rows(_EVIDENCE_Q + " ORDER BY seq")
        else:
            rows = self._rows(_EVIDENCE_Q + " AND event_id = ANY(%s) ORDER BY seq", (sorted(set(event_ids)),))
        for r in rows:
            yield evidence_article(r[0], r[1], r[2], r[3])

    def event_heads(self) -> list[EventRow]:
        return [_head(r) for r in self._rows(_HEADS_Q)]

    def story_evidence(self) -> dict[int, dict[str, Any]]:
        return {int(e): json.loads(v) for e, v in self._rows("SELECT event_id, evidence FROM story_evidence")}

    @writes
    def put_story_evidence(self, rows: dict[int, dict[str, Any] | None], whole: bool = False) -> None:
        if whole:
            self._exec("DELETE FROM story_evidence")
        gone = [e for e, v in rows.items() if v is None]
        if gone:
            self._exec("DELETE FROM story_evidence WHERE event_id = ANY(%s)", (gone,))
        self._many("INSERT INTO story_evidence VALUES (%s, %s) ON CONFLICT (event_id) "
                   "DO UPDATE SET evidence = EXCLUDED.evidence",
                   [(e, json.dumps(v, ensure_ascii=False)) for e, v in rows.items() if v is not None])
