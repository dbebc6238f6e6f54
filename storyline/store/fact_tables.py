"""Sentences, per-event facts and small JSON state, once for every backend.

``sentences`` keeps each article's sentence offsets and whether the sentence
carries a claim; the text itself stays once, in ``articles.text``.
``event_facts`` is derived data: one JSON document per event (facts, summary,
headlines) with the fingerprint of the articles it was computed from, so that
only events whose articles changed are recomputed.  ``state`` holds small
JSON values by key (checkpoints, settings the pipeline keeps).

Why one place for both backends: the queries are the same but for what the
:class:`~storyline.store.dialect.Dialect` spells per engine (marks, a list
of ids, insert-or-replace); two copies could drift.  Mixed into both store
classes; needs ``dialect``, ``_rows``, ``_one``, ``_exec``, ``_many``.  The
SQLite tables are created by :data:`FACTS_SCHEMA` (migration 7); PostgreSQL's
by its first migration (:mod:`storyline.store.postgres_schema`).
"""
from __future__ import annotations

import json
from typing import Any, Iterable

from storyline.store.change_feed import writes
from storyline.store.records import EventTitles, flag_where

FACTS_SCHEMA = """
    CREATE TABLE IF NOT EXISTS sentences (article_id TEXT NOT NULL, idx INTEGER NOT NULL,
                            start INTEGER NOT NULL, "end" INTEGER NOT NULL,
                            claim INTEGER NOT NULL, PRIMARY KEY (article_id, idx));
    CREATE TABLE IF NOT EXISTS event_facts (event_id INTEGER PRIMARY KEY, fingerprint TEXT NOT NULL,
                              facts TEXT NOT NULL,
                              updated_at TEXT NOT NULL DEFAULT (datetime('now')));
"""


class FactTables:
    """:class:`~storyline.store.base.Store` sentence, fact and state methods."""

    @writes
    def put_sentences(self, article_id: str, spans: Iterable[tuple[int, int, bool]]) -> None:
        p = self.dialect.param
        self._exec(f"DELETE FROM sentences WHERE article_id={p}", (article_id,))
        # a bool binds as 1/0 in SQLite's INTEGER column, as a boolean in PostgreSQL's
        self._many(f"INSERT INTO sentences VALUES ({self.dialect.params(5)})",
                   [(article_id, i, s, e, bool(c)) for i, (s, e, c) in enumerate(spans)])

    def sentence_spans(self, article_ids: list[str]) -> dict[str, list[tuple[int, int, bool]]]:
        d = self.dialect
        out: dict[str, list[tuple[int, int, bool]]] = {}
        for clause, args in d.any_of_pieces("article_id", article_ids):
            for r in self._rows(f'SELECT article_id, start, "end", claim FROM sentences WHERE {clause} '
                                "ORDER BY article_id, idx", args):
                out.setdefault(r[0], []).append((r[1], r[2], bool(r[3])))
        return out

    def event_fingerprints(self) -> dict[int, str]:
        return dict(self._rows("SELECT event_id, fingerprint FROM event_facts"))

    @writes
    def save_event_facts(self, event_id: int, fingerprint: str, payload: dict[str, Any]) -> None:
        self._exec(self.dialect.upsert("event_facts", ("event_id", "fingerprint", "facts"), "event_id", touch=True),
                   (event_id, fingerprint, json.dumps(payload, ensure_ascii=False)))

    def get_event_facts(self, event_id: int) -> dict[str, Any] | None:
        r = self._one(f"SELECT facts FROM event_facts WHERE event_id={self.dialect.param}", (event_id,))
        return json.loads(r[0]) if r else None

    def event_titles(self, event_ids: list[int], headlines: list[str] | None = None) -> dict[int, EventTitles]:
        """Per event: its listed headline, the headlines chosen for its summary
        and the languages of the reports titled with the listed one: two
        reads for a page of events (a list page named each of its 25 events
        in the reader's language with one facts document parsed per event,
        ~50 KB each on the demo, where only ``headlines`` is needed).
        ``headlines``: only the events listed under one of these (a story's
        top event), as extracting the member costs ~0.06 ms an event."""
        d = self.dialect
        out: dict[int, EventTitles] = {}
        reports = " AND ".join(["a.title = e.headline", *(f"a.{w}" for w in flag_where(False))])
        named, named_args = d.any_of("e.headline", headlines) if headlines is not None else ("1=1", [])
        for clause, args in d.any_of_pieces("e.id", event_ids):
            args = args + named_args
            for eid, listed, chosen in self._rows(
                    f"SELECT e.id, e.headline, {d.json_member('f.facts', 'headlines')} FROM events e "
                    f"LEFT JOIN event_facts f ON f.event_id = e.id WHERE {clause} AND {named}", args):
                out[eid] = EventTitles(listed or "", json.loads(chosen) if chosen else {})
            for eid, lang in self._rows(
                    f"SELECT e.id, a.lang FROM events e JOIN articles a ON a.event_id = e.id AND {reports} "
                    f"WHERE {clause} AND {named} ORDER BY a.seq", args):
                if lang:
                    out[eid].listed_langs.append(lang)
        return out

    @writes
    def keep_event_facts(self, event_ids: Iterable[int]) -> None:
        """Drop the facts of events that no longer exist."""
        d = self.dialect
        keep = set(event_ids)
        gone = [r[0] for r in self._rows("SELECT event_id FROM event_facts") if r[0] not in keep]
        for clause, args in d.any_of_pieces("event_id", gone):
            self._exec(f"DELETE FROM event_facts WHERE {clause}", args)

    # -- small JSON state ------------------------------------------------------
    def get_state(self, key: str) -> Any | None:
        r = self._one(f"SELECT value FROM state WHERE key={self.dialect.param}", (key,))
        return json.loads(r[0]) if r else None

    @writes
    def set_state(self, key: str, value: Any) -> None:
        self._exec(self.dialect.upsert("state", ("key", "value"), "key"), (key, json.dumps(value, ensure_ascii=False)))
