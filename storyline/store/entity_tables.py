"""Canonical entities, their spellings and mentions, once for every backend.

Why one place: what is stored of an entity (its row, the casefolded index of
every spelling, its mentions) and how it is read back decide what a reader
finds by name; two copies of it could let a name resolve on one backend and
not the other.  The rows are built here (:func:`alias_rows`,
:meth:`EntityTables._insert_entities`) and the writes and reads written
once; the :class:`~storyline.store.dialect.Dialect` supplies marks, lists
of ids, dates read back and byte-order sorting of ties.  What stays per
backend is ``_rename_mentions`` (one statement moving every renamed
entity's mentions: through a temporary table on SQLite, ``unnest`` of two
arrays on PostgreSQL) and ``article_entities`` (SQLite's breaks no ties).
Mixed into both store classes; needs ``dialect``, ``_rows``, ``_one``,
``_exec``, ``_many``.
"""
from __future__ import annotations

import json
from typing import Any

from storyline.analyse.entity_keys import spelling_key
from storyline.analyse.entity_lookup import AliasRow, alias_spellings
from storyline.store.change_feed import writes
from storyline.store.records import EntityRow, MentionRow, MentionSpan

ENTITY_COLUMNS = "e.id, e.name, e.label, e.aliases, e.mentions, e.names"  # of ``entities e``

_MENTIONS_Q = """SELECT m.article_id, m.text, m.start, m."end", a.event_id, e.story_id,
                      a.published, a.lang, a.title
               FROM entity_mentions m JOIN articles a ON a.id = m.article_id
               LEFT JOIN events e ON e.id = a.event_id
               WHERE m.entity_id={p} ORDER BY a.published NULLS FIRST, a.seq"""


def alias_rows(entity_id: str, name: str, aliases: list[str]) -> list[tuple[str, str, str]]:
    """The ``entity_aliases`` rows of one entity: each spelling casefolded
    with its spelling key, and its id (key empty: found by exact id only)."""
    spellings = {x.casefold(): x for a in (name, *aliases) for x in alias_spellings(a)}
    rows = [(a, spelling_key(text), entity_id) for a, text in sorted(spellings.items())]
    return rows + [(entity_id.casefold(), "", entity_id)]


def entity_row(r: Any) -> EntityRow:
    """An ``entities`` row (read by column name) as an :class:`EntityRow`."""
    return EntityRow(id=r["id"], name=r["name"], label=r["label"], aliases=json.loads(r["aliases"]),
                     mentions=r["mentions"], names=json.loads(r["names"] or "{}"))


class EntityTables:
    """:class:`~storyline.store.base.Store` entity writes and reads shared by the backends."""

    def _insert_aliases(self, rows: list[tuple[str, str, str]]) -> None:
        self._many(f"INSERT INTO entity_aliases (alias, spell, entity_id) VALUES ({self.dialect.params(3)})", rows)

    def _insert_entities(self, entities: list[EntityRow], mentions: list[MentionSpan]) -> None:
        """Insert the entities, their spellings and ``mentions`` (none may be stored yet)."""
        d = self.dialect
        self._many(f"INSERT INTO entities (id, name, label, aliases, mentions, names) VALUES ({d.params(6)})",
                   [(e.id, e.name, e.label, json.dumps(e.aliases, ensure_ascii=False), e.mentions,
                     json.dumps(e.names or {}, ensure_ascii=False)) for e in entities])
        self._insert_aliases([row for e in entities for row in alias_rows(e.id, e.name, e.aliases)])
        self._many(f"INSERT INTO entity_mentions VALUES ({d.params(5)})",
                   [(m.entity_id, m.article_id, m.start, m.end, m.text) for m in mentions])

    @writes
    def replace_entities(self, entities: list[EntityRow], mentions: list[MentionSpan]) -> None:
        for table in ("entity_mentions", "entities", "entity_aliases"):
            self._exec(f"DELETE FROM {table}")
        self._insert_entities(entities, mentions)

    @writes
    def update_entities(self, entities: list[EntityRow], removed: list[str], renamed: dict[str, str],
                        mentions: list[MentionSpan], reread: list[str] = ()) -> None:
        d = self.dialect
        for clause, args in d.any_of_pieces("article_id", list(reread)):
            self._exec(f"DELETE FROM entity_mentions WHERE {clause}", args)
        moves = [(old, new) for old, new in renamed.items() if old != new]
        if moves:  # one statement: each mention row moves once, whatever chains the renames form
            self._rename_mentions(moves)
        for clause, args in d.any_of_pieces("entity_id", list(removed)):
            self._exec(f"DELETE FROM entity_mentions WHERE {clause}", args)
        ids = sorted({*removed, *(e.id for e in entities)})
        for clause, args in d.any_of_pieces("id", ids):
            self._exec(f"DELETE FROM entities WHERE {clause}", args)
        for clause, args in d.any_of_pieces("entity_id", ids):  # no entity_id index: one scan a piece
            self._exec(f"DELETE FROM entity_aliases WHERE {clause}", args)
        self._insert_entities(entities, mentions)

    def entity_alias_rows(self) -> list[AliasRow]:
        return [AliasRow(r[0], r[1], r[2], r[3]) for r in self._rows(
            "SELECT x.entity_id, x.alias, x.spell, e.mentions FROM entity_aliases x "
            "JOIN entities e ON e.id = x.entity_id WHERE x.spell != ''")]

    def get_entity(self, entity_id: str) -> EntityRow | None:
        r = self._one(f"SELECT {ENTITY_COLUMNS} FROM entities e WHERE id={self.dialect.param}",
                      (entity_id,), dicts=True)
        return entity_row(r) if r else None

    def entities(self, limit: int = 100, offset: int = 0) -> list[EntityRow]:
        d = self.dialect
        return [entity_row(r) for r in self._rows(
            f"SELECT {ENTITY_COLUMNS} FROM entities e ORDER BY mentions DESC, name{d.binary_order} "
            f"LIMIT {d.param} OFFSET {d.param}", (limit, offset), dicts=True)]

    def find_entity(self, name: str) -> EntityRow | None:
        """By id, canonical name or any alias (case-insensitive); the most
        mentioned one if several share the spelling."""
        d = self.dialect
        r = self._one(f"SELECT {ENTITY_COLUMNS} FROM entity_aliases x JOIN entities e ON e.id = x.entity_id "
                      f"WHERE x.alias = {d.param} ORDER BY e.mentions DESC, e.id{d.binary_order} LIMIT 1",
                      (name.strip().casefold(),), dicts=True)
        return entity_row(r) if r else None

    def entity_mentions(self, entity_id: str) -> list[MentionRow]:
        day = self.dialect.day
        return [MentionRow(r[0], r[1], r[2], r[3], r[4], r[5], day(r[6]), r[7], r[8])
                for r in self._rows(_MENTIONS_Q.format(p=self.dialect.param), (entity_id,))]
