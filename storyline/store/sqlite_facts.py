"""SQLite tables for sentences and facts (schema migration 6).

``sentences`` keeps each article's sentence offsets and whether the sentence
carries a claim; the text itself stays once, in ``articles.text``.
``event_facts`` is derived data: one JSON document per event (facts, summary,
headlines) with the fingerprint of the articles it was computed from, so that
only events whose articles changed are recomputed.
"""
from __future__ import annotations

import json
import sqlite3
from typing import Any, Iterable

from storyline.store.change_feed import writes

FACTS_SCHEMA = """
    CREATE TABLE IF NOT EXISTS sentences (article_id TEXT NOT NULL, idx INTEGER NOT NULL,
                            start INTEGER NOT NULL, "end" INTEGER NOT NULL,
                            claim INTEGER NOT NULL, PRIMARY KEY (article_id, idx));
    CREATE TABLE IF NOT EXISTS event_facts (event_id INTEGER PRIMARY KEY, fingerprint TEXT NOT NULL,
                              facts TEXT NOT NULL,
                              updated_at TEXT NOT NULL DEFAULT (datetime('now')));
"""


class FactTables:
    db: sqlite3.Connection

    @writes
    def put_sentences(self, article_id: str, spans: Iterable[tuple[int, int, bool]]) -> None:
        self.db.execute("DELETE FROM sentences WHERE article_id=?", (article_id,))
        self.db.executemany("INSERT INTO sentences VALUES (?, ?, ?, ?, ?)",
                            [(article_id, i, s, e, int(c)) for i, (s, e, c) in enumerate(spans)])

    def sentence_spans(self, article_ids: list[str]) -> dict[str, list[tuple[int, int, bool]]]:
        out: dict[str, list[tuple[int, int, bool]]] = {}
        for i in range(0, len(article_ids), 500):
            part = article_ids[i:i + 500]
            q = ('SELECT article_id, start, "end", claim FROM sentences WHERE article_id IN (%s) '
                 "ORDER BY article_id, idx" % ",".join("?" * len(part)))
            for r in self.db.execute(q, part):
                out.setdefault(r[0], []).append((r[1], r[2], bool(r[3])))
        return out

    def event_fingerprints(self) -> dict[int, str]:
        return dict(self.db.execute("SELECT event_id, fingerprint FROM event_facts"))

    @writes
    def save_event_facts(self, event_id: int, fingerprint: str, payload: dict[str, Any]) -> None:
        self.db.execute("INSERT OR REPLACE INTO event_facts (event_id, fingerprint, facts) "
                        "VALUES (?, ?, ?)", (event_id, fingerprint,
                                             json.dumps(payload, ensure_ascii=False)))

    def get_event_facts(self, event_id: int) -> dict[str, Any] | None:
        r = self.db.execute("SELECT facts FROM event_facts WHERE event_id=?", (event_id,)).fetchone()
        return json.loads(r[0]) if r else None

    @writes
    def keep_event_facts(self, event_ids: Iterable[int]) -> None:
        """Drop the facts of events that no longer exist."""
        keep = set(event_ids)
        gone = [e for (e,) in self.db.execute("SELECT event_id FROM event_facts") if e not in keep]
        self.db.executemany("DELETE FROM event_facts WHERE event_id=?", [(e,) for e in gone])
