"""SQLite tables for stories and canonical entities (schema migration 3).

Kept apart from :mod:`storyline.store.sqlite` so each file holds one concern;
:class:`StoryTables` is mixed into :class:`~storyline.store.sqlite.SQLiteStore`.
Both tables are *derived* data: they are rewritten whole, in one transaction,
each time stories are relinked, so they can never disagree with the events.
"""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
from storyline.analyse.entity_keys import spelling_key
from storyline.analyse.entity_lookup import AliasRow, alias_spellings
from storyline.store.change_feed import writes
from storyline.store.records import EntityRow, MentionRow, MentionSpan, StoryRow

STORIES_SCHEMA = """
    CREATE TABLE stories (id INTEGER PRIMARY KEY, headline TEXT,
                          updated_at TEXT NOT NULL DEFAULT (datetime('now')));
    CREATE TABLE entities (id TEXT PRIMARY KEY, name TEXT NOT NULL, label TEXT,
                           aliases TEXT NOT NULL, mentions INTEGER NOT NULL DEFAULT 0);
    CREATE TABLE entity_mentions (entity_id TEXT NOT NULL, article_id TEXT NOT NULL,
                                  start INTEGER, "end" INTEGER, text TEXT);
    CREATE INDEX entity_mentions_entity ON entity_mentions(entity_id);
    CREATE INDEX entity_mentions_article ON entity_mentions(article_id);
    CREATE INDEX events_story ON events(story_id);
"""


# 4: every spelling of a canonical entity, casefolded, so that a name typed in
# any script is found by an index lookup rather than a scan of all entities
ENTITY_ALIASES_SCHEMA = """
    CREATE TABLE entity_aliases (alias TEXT NOT NULL, entity_id TEXT NOT NULL);
    CREATE INDEX entity_aliases_alias ON entity_aliases(alias);
"""


# 5: the index also holds each spelling's spelling key (lookups by any
# transliteration, a part of the name or a typo scan it; see
# storyline.analyse.entity_lookup), and an entity carries its display name
# in each language its reports use ("names": {"en": "North Korea", ...})
ENTITY_NAMES_SCHEMA = """
    DROP TABLE entity_aliases;
    CREATE TABLE entity_aliases (alias TEXT NOT NULL, spell TEXT NOT NULL, entity_id TEXT NOT NULL);
    CREATE INDEX entity_aliases_alias ON entity_aliases(alias);
    CREATE INDEX entity_aliases_spell ON entity_aliases(spell);
    ALTER TABLE entities ADD COLUMN names TEXT;
"""


def alias_rows(entity_id: str, name: str, aliases: list[str]) -> list[tuple[str, str, str]]:
    spellings = {x.casefold(): x for a in (name, *aliases) for x in alias_spellings(a)}
    rows = [(a, spelling_key(text), entity_id) for a, text in sorted(spellings.items())]
    return rows + [(entity_id.casefold(), "", entity_id)]


def story_changes(before: dict[int, int], heads_before: dict[int, str], event_story: dict[int, int],
                  headlines: dict[int, str]) -> tuple[list[int], list[tuple[int, int]], list[int], list[tuple[int, str]]]:
    """What :meth:`Store.replace_stories` writes, as a difference from what is
    stored (``before``: event -> story; ``heads_before``: story -> headline):
    events whose story goes, ``(story, event)`` assignments that change,
    stories that go, ``(story, headline)`` rows new or renamed.  An ingest
    call changes a few stories of thousands; rewriting every event row (each
    holding its centroid) cost 0.1-0.2 CPU s at 20,000 reports."""
    cleared = sorted(e for e in before if e not in event_story)
    moved = sorted((s, e) for e, s in event_story.items() if before.get(e) != s)
    gone = sorted(s for s in heads_before if s not in headlines)
    renamed = sorted((s, h) for s, h in headlines.items() if heads_before.get(s) != h or s not in heads_before)
    return cleared, moved, gone, renamed


def _d(s: str | None) -> dt.date | None:
    return dt.date.fromisoformat(s) if s else None


class StoryTables:
    db: sqlite3.Connection

    _STORY_Q = """
        SELECT s.id, s.headline, COUNT(DISTINCT e.id) AS n_events, COUNT(a.id) AS n_articles,
               COUNT(DISTINCT CASE WHEN a.duplicate_of IS NULL AND COALESCE(a.source, '') <> ''
                     THEN lower(a.source) END) AS n_sources,
               SUM(CASE WHEN a.id IS NOT NULL AND a.duplicate_of IS NULL
                   AND COALESCE(a.source, '') = '' THEN 1 ELSE 0 END) AS n_unknown_source,
               SUM(CASE WHEN a.id IS NOT NULL AND a.published IS NULL THEN 1 ELSE 0 END) AS n_undated,
               GROUP_CONCAT(DISTINCT a.lang) AS langs, MIN(e.first_date) AS first_date,
               MAX(e.last_date) AS last_date
        FROM stories s JOIN events e ON e.story_id = s.id
        LEFT JOIN articles a ON a.event_id = e.id
        {where} GROUP BY s.id ORDER BY MAX(e.last_date) DESC, n_articles DESC, s.id"""

    @writes
    def replace_stories(self, event_story: dict[int, int], headlines: dict[int, str]) -> None:
        cleared, moved, gone, renamed = story_changes(
            self.story_map(), {r[0]: r[1] for r in self.db.execute("SELECT id, headline FROM stories")},
            event_story, headlines)
        self.db.executemany("DELETE FROM stories WHERE id=?", [(s,) for s in gone])
        self.db.executemany("INSERT OR REPLACE INTO stories (id, headline) VALUES (?, ?)", renamed)
        self.db.executemany("UPDATE events SET story_id = NULL WHERE id=?", [(e,) for e in cleared])
        self.db.executemany("UPDATE events SET story_id=? WHERE id=?", moved)

    def _story_row(self, r: sqlite3.Row) -> StoryRow:
        events = [x[0] for x in self.db.execute(
            "SELECT id FROM events WHERE story_id=? ORDER BY first_date, id", (r["id"],))]
        return StoryRow(id=r["id"], headline=r["headline"] or "", event_ids=events,
                        n_articles=r["n_articles"], n_sources=r["n_sources"], n_unknown_source=r["n_unknown_source"] or 0,
                        n_undated=r["n_undated"] or 0,
                        languages=sorted((r["langs"] or "").split(",")) if r["langs"] else [],
                        first_date=_d(r["first_date"]), last_date=_d(r["last_date"]))

    def stories(self) -> list[StoryRow]:
        return [self._story_row(r) for r in self.db.execute(self._STORY_Q.format(where=""))]

    def story(self, story_id: int) -> StoryRow | None:
        r = self.db.execute(self._STORY_Q.format(where="WHERE s.id=?"), (story_id,)).fetchone()
        return self._story_row(r) if r else None

    def story_map(self) -> dict[int, int]:
        return {e: s for e, s in self.db.execute(
            "SELECT id, story_id FROM events WHERE story_id IS NOT NULL")}

    # -- entities -----------------------------------------------------------
    @writes
    def replace_entities(self, entities: list[EntityRow], mentions: list[MentionSpan]) -> None:
        self.db.execute("DELETE FROM entity_mentions")
        self.db.execute("DELETE FROM entities")
        self.db.executemany(
            "INSERT INTO entities (id, name, label, aliases, mentions, names) VALUES (?, ?, ?, ?, ?, ?)",
            [(e.id, e.name, e.label, json.dumps(e.aliases, ensure_ascii=False),
              e.mentions, json.dumps(e.names or {}, ensure_ascii=False)) for e in entities])
        self.db.executemany("INSERT INTO entity_mentions VALUES (?, ?, ?, ?, ?)",
                            [(m.entity_id, m.article_id, m.start, m.end, m.text) for m in mentions])
        self.db.execute("DELETE FROM entity_aliases")
        self.fill_entity_aliases()

    @writes
    def update_entities(self, entities: list[EntityRow], removed: list[str], renamed: dict[str, str],
                        mentions: list[MentionSpan], reread: list[str] = ()) -> None:
        for k in range(0, len(reread), 500):
            part = list(reread[k:k + 500])
            self.db.execute(f"DELETE FROM entity_mentions WHERE article_id IN ({','.join('?' * len(part))})", part)
        moves = [(k, v) for k, v in renamed.items() if k != v]
        if moves:  # one statement: each mention row moves once, whatever chains the renames form
            self.db.execute("CREATE TEMP TABLE IF NOT EXISTS entity_renames (old TEXT PRIMARY KEY, new TEXT)")
            self.db.execute("DELETE FROM entity_renames")
            self.db.executemany("INSERT INTO entity_renames VALUES (?, ?)", moves)
            self.db.execute("UPDATE entity_mentions SET entity_id=(SELECT new FROM entity_renames "
                            "WHERE old=entity_id) WHERE entity_id IN (SELECT old FROM entity_renames)")
        gone = [(i,) for i in removed]
        self.db.executemany("DELETE FROM entity_mentions WHERE entity_id=?", gone)
        ids = sorted({*removed, *(e.id for e in entities)})
        self.db.executemany("DELETE FROM entities WHERE id=?", [(i,) for i in ids])
        for k in range(0, len(ids), 500):  # the alias index has no entity_id index: one scan per 500
            part = ids[k:k + 500]
            self.db.execute(f"DELETE FROM entity_aliases WHERE entity_id IN ({','.join('?' * len(part))})", part)
        self.db.executemany(
            "INSERT INTO entities (id, name, label, aliases, mentions, names) VALUES (?, ?, ?, ?, ?, ?)",
            [(e.id, e.name, e.label, json.dumps(e.aliases, ensure_ascii=False),
              e.mentions, json.dumps(e.names or {}, ensure_ascii=False)) for e in entities])
        self.db.executemany("INSERT INTO entity_aliases (alias, spell, entity_id) VALUES (?, ?, ?)",
                            [row for e in entities for row in alias_rows(e.id, e.name, e.aliases)])
        self.db.executemany("INSERT INTO entity_mentions VALUES (?, ?, ?, ?, ?)",
                            [(m.entity_id, m.article_id, m.start, m.end, m.text) for m in mentions])

    def fill_entity_aliases(self) -> None:
        """Index every spelling of the stored entities (after a rewrite, and as
        migration 5 for a database that already has entities)."""
        rows = [row for r in self.db.execute("SELECT id, name, aliases FROM entities")
                for row in alias_rows(r["id"], r["name"], json.loads(r["aliases"]))]
        self.db.executemany("INSERT INTO entity_aliases (alias, spell, entity_id) VALUES (?, ?, ?)", rows)

    def entity_alias_rows(self) -> list[AliasRow]:
        return [AliasRow(r[0], r[1], r[2], r[3]) for r in self.db.execute(
            "SELECT x.entity_id, x.alias, x.spell, e.mentions FROM entity_aliases x "
            "JOIN entities e ON e.id = x.entity_id WHERE x.spell != ''")]

    def get_entity(self, entity_id: str) -> EntityRow | None:
        r = self.db.execute("SELECT * FROM entities WHERE id=?", (entity_id,)).fetchone()
        return self._entity_row(r) if r else None

    def _entity_row(self, r: sqlite3.Row) -> EntityRow:
        return EntityRow(id=r["id"], name=r["name"], label=r["label"],
                         aliases=json.loads(r["aliases"]), mentions=r["mentions"],
                         names=json.loads(r["names"] or "{}"))

    def entities(self, limit: int = 100, offset: int = 0) -> list[EntityRow]:
        return [self._entity_row(r) for r in self.db.execute(
            "SELECT * FROM entities ORDER BY mentions DESC, name LIMIT ? OFFSET ?",
            (limit, offset))]

    def find_entity(self, name: str) -> EntityRow | None:
        """By id, canonical name or any alias (case-insensitive); the most
        mentioned one if several share the spelling."""
        r = self.db.execute("SELECT e.* FROM entity_aliases x JOIN entities e ON e.id = x.entity_id "
                            "WHERE x.alias = ? ORDER BY e.mentions DESC, e.id LIMIT 1",
                            (name.strip().casefold(),)).fetchone()
        return self._entity_row(r) if r else None

    def entity_mentions(self, entity_id: str) -> list[MentionRow]:
        q = """SELECT m.article_id, m.text, m.start, m."end", a.event_id, e.story_id,
                      a.published, a.lang, a.title
               FROM entity_mentions m JOIN articles a ON a.id = m.article_id
               LEFT JOIN events e ON e.id = a.event_id
               WHERE m.entity_id=? ORDER BY a.published, a.seq"""
        return [MentionRow(r[0], r[1], r[2], r[3], r[4], r[5], _d(r[6]), r[7], r[8])
                for r in self.db.execute(q, (entity_id,))]

    def article_entities(self, article_id: str) -> list[EntityRow]:
        q = """SELECT DISTINCT e.* FROM entities e JOIN entity_mentions m ON m.entity_id = e.id
               WHERE m.article_id=? ORDER BY e.mentions DESC"""
        return [self._entity_row(r) for r in self.db.execute(q, (article_id,))]
