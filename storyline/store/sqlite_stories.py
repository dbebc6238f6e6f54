"""SQLite's schema for stories and canonical entities (migrations 3-5), and
what SQLite says its own way about entities.

Both are *derived* data, rewritten by each relink in one transaction, so they
can never disagree with the events.  Their reads and writes are shared with
PostgreSQL (:mod:`storyline.store.event_tables`,
:mod:`storyline.store.entity_tables`); :class:`SQLiteEntities`, mixed into
:class:`~storyline.store.sqlite.SQLiteStore`, holds the rest: renaming
mentions through a temporary table (SQLite has no arrays to ``unnest``),
migration 5's indexing of existing entities, and ``article_entities``.
"""
from __future__ import annotations

import json
import sqlite3

from storyline.store.entity_tables import alias_rows, entity_row
from storyline.store.records import EntityRow

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


class SQLiteEntities:
    db: sqlite3.Connection

    def _rename_mentions(self, moves: list[tuple[str, str]]) -> None:
        """Point the mentions of each ``old`` entity at ``new``, in one statement."""
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS entity_renames (old TEXT PRIMARY KEY, new TEXT)")
        self.db.execute("DELETE FROM entity_renames")
        self.db.executemany("INSERT INTO entity_renames VALUES (?, ?)", moves)
        self.db.execute("UPDATE entity_mentions SET entity_id=(SELECT new FROM entity_renames "
                        "WHERE old=entity_id) WHERE entity_id IN (SELECT old FROM entity_renames)")

    def fill_entity_aliases(self) -> None:
        """Index every spelling of the stored entities (migration 5, for a
        database that already has entities)."""
        self._insert_aliases([row for r in self.db.execute("SELECT id, name, aliases FROM entities")
                              for row in alias_rows(r["id"], r["name"], json.loads(r["aliases"]))])

    def article_entities(self, article_id: str) -> list[EntityRow]:
        q = """SELECT DISTINCT e.* FROM entities e JOIN entity_mentions m ON m.entity_id = e.id
               WHERE m.article_id=? ORDER BY e.mentions DESC"""
        return [entity_row(r) for r in self.db.execute(q, (article_id,))]
