"""PostgreSQL tables for stories, canonical entities, sentences, facts and
small JSON state: the same queries as :mod:`storyline.store.sqlite_stories`
and :mod:`storyline.store.sqlite_facts`, in PostgreSQL's dialect (NULL dates
sort as SQLite sorts them: first ascending, last descending), with upserts
where a row may already exist.  Mixed into
:class:`~storyline.store.postgres.PostgresStore`.
"""
from __future__ import annotations

import json
from typing import Any, Iterable

from storyline.analyse.entity_lookup import AliasRow
from storyline.store.change_feed import writes
from storyline.store.records import EntityRow, MentionRow, MentionSpan, StoryRow
from storyline.store.sqlite_stories import alias_rows, story_changes


class PostgresTables:
    """Needs ``_rows``, ``_one``, ``_exec``, ``_many`` and ``transaction`` (PostgresStore)."""

    _STORY_Q = """
        SELECT s.id, s.headline, COUNT(a.id) AS n_articles,
               COUNT(DISTINCT CASE WHEN a.duplicate_of IS NULL AND COALESCE(a.source, '') <> ''
                     THEN lower(a.source) END) AS n_sources,
               SUM(CASE WHEN a.id IS NOT NULL AND a.duplicate_of IS NULL
                   AND COALESCE(a.source, '') = '' THEN 1 ELSE 0 END) AS n_unknown_source,
               SUM(CASE WHEN a.id IS NOT NULL AND a.published IS NULL THEN 1 ELSE 0 END) AS n_undated,
               string_agg(DISTINCT a.lang, ',') AS langs, MIN(e.first_date) AS first_date,
               MAX(e.last_date) AS last_date
        FROM stories s JOIN events e ON e.story_id = s.id
        LEFT JOIN articles a ON a.event_id = e.id
        {where} GROUP BY s.id ORDER BY MAX(e.last_date) DESC NULLS LAST, n_articles DESC, s.id"""

    @writes
    def replace_stories(self, event_story: dict[int, int], headlines: dict[int, str]) -> None:
        cleared, moved, gone, renamed = story_changes(
            self.story_map(), {r[0]: r[1] for r in self._rows("SELECT id, headline FROM stories")},
            event_story, headlines)  # only what changed is written
        if gone:
            self._exec("DELETE FROM stories WHERE id = ANY(%s)", (gone,))
        self._many("INSERT INTO stories (id, headline) VALUES (%s, %s) ON CONFLICT (id) "
                   "DO UPDATE SET headline = EXCLUDED.headline, updated_at = now()", renamed)
        if cleared:
            self._exec("UPDATE events SET story_id = NULL WHERE id = ANY(%s)", (cleared,))
        self._many("UPDATE events SET story_id=%s WHERE id=%s", moved)

    def _story_row(self, r: dict[str, Any]) -> StoryRow:
        events = [x[0] for x in self._rows(
            "SELECT id FROM events WHERE story_id=%s ORDER BY first_date NULLS FIRST, id", (r["id"],))]
        return StoryRow(id=r["id"], headline=r["headline"] or "", event_ids=events,
                        n_articles=r["n_articles"], n_sources=r["n_sources"],
                        n_unknown_source=int(r["n_unknown_source"] or 0), n_undated=int(r["n_undated"] or 0),
                        languages=sorted(r["langs"].split(",")) if r["langs"] else [],
                        first_date=r["first_date"], last_date=r["last_date"])

    def stories(self) -> list[StoryRow]:
        return [self._story_row(r) for r in self._rows(self._STORY_Q.format(where=""), dicts=True)]

    def story(self, story_id: int) -> StoryRow | None:
        r = self._one(self._STORY_Q.format(where="WHERE s.id=%s"), (story_id,), dicts=True)
        return self._story_row(r) if r else None

    def story_map(self) -> dict[int, int]:
        return {e: s for e, s in self._rows("SELECT id, story_id FROM events WHERE story_id IS NOT NULL")}

    # -- entities -----------------------------------------------------------
    @writes
    def replace_entities(self, entities: list[EntityRow], mentions: list[MentionSpan]) -> None:
        self._exec("DELETE FROM entity_mentions")
        self._exec("DELETE FROM entities")
        self._exec("DELETE FROM entity_aliases")
        self._many("INSERT INTO entities (id, name, label, aliases, mentions, names) "
                   "VALUES (%s, %s, %s, %s, %s, %s)",
                   [(e.id, e.name, e.label, json.dumps(e.aliases, ensure_ascii=False), e.mentions,
                     json.dumps(e.names or {}, ensure_ascii=False)) for e in entities])
        self._many("INSERT INTO entity_mentions VALUES (%s, %s, %s, %s, %s)",
                   [(m.entity_id, m.article_id, m.start, m.end, m.text) for m in mentions])
        self._many("INSERT INTO entity_aliases (alias, spell, entity_id) VALUES (%s, %s, %s)",
                   [row for e in entities for row in alias_rows(e.id, e.name, e.aliases)])

    @writes
    def update_entities(self, entities: list[EntityRow], removed: list[str], renamed: dict[str, str],
                        mentions: list[MentionSpan], reread: list[str] = ()) -> None:
        if reread:
            self._exec("DELETE FROM entity_mentions WHERE article_id = ANY(%s)", (list(reread),))
        moves = [(old, new) for old, new in renamed.items() if old != new]
        if moves:  # one statement: each mention row moves once, whatever chains the renames form
            self._exec("UPDATE entity_mentions m SET entity_id = r.new FROM unnest(%s::text[], %s::text[]) "
                       "AS r(old, new) WHERE m.entity_id = r.old", ([o for o, _ in moves], [n for _, n in moves]))
        if removed:
            self._exec("DELETE FROM entity_mentions WHERE entity_id = ANY(%s)", (list(removed),))
        ids = sorted({*removed, *(e.id for e in entities)})
        if ids:
            self._exec("DELETE FROM entities WHERE id = ANY(%s)", (ids,))
            self._exec("DELETE FROM entity_aliases WHERE entity_id = ANY(%s)", (ids,))
        self._many("INSERT INTO entities (id, name, label, aliases, mentions, names) "
                   "VALUES (%s, %s, %s, %s, %s, %s)",
                   [(e.id, e.name, e.label, json.dumps(e.aliases, ensure_ascii=False), e.mentions,
                     json.dumps(e.names or {}, ensure_ascii=False)) for e in entities])
        self._many("INSERT INTO entity_aliases (alias, spell, entity_id) VALUES (%s, %s, %s)",
                   [row for e in entities for row in alias_rows(e.id, e.name, e.aliases)])
        self._many("INSERT INTO entity_mentions VALUES (%s, %s, %s, %s, %s)",
                   [(m.entity_id, m.article_id, m.start, m.end, m.text) for m in mentions])

    def entity_alias_rows(self) -> list[AliasRow]:
        return [AliasRow(r[0], r[1], r[2], r[3]) for r in self._rows(
            "SELECT x.entity_id, x.alias, x.spell, e.mentions FROM entity_aliases x "
            "JOIN entities e ON e.id = x.entity_id WHERE x.spell != ''")]

    @staticmethod
    def _entity_row(r: dict[str, Any]) -> EntityRow:
        return EntityRow(id=r["id"], name=r["name"], label=r["label"], aliases=json.loads(r["aliases"]),
                         mentions=r["mentions"], names=json.loads(r["names"] or "{}"))

    _ENTITY_COLS = "e.id, e.name, e.label, e.aliases, e.mentions, e.names"

    def get_entity(self, entity_id: str) -> EntityRow | None:
        r = self._one(f"SELECT {self._ENTITY_COLS} FROM entities e WHERE id=%s", (entity_id,), dicts=True)
        return self._entity_row(r) if r else None

    def entities(self, limit: int = 100, offset: int = 0) -> list[EntityRow]:
        return [self._entity_row(r) for r in self._rows(
            f"SELECT {self._ENTITY_COLS} FROM entities e ORDER BY mentions DESC, name COLLATE \"C\" "
            "LIMIT %s OFFSET %s", (limit, offset), dicts=True)]

    def find_entity(self, name: str) -> EntityRow | None:
        r = self._one(f"SELECT {self._ENTITY_COLS} FROM entity_aliases x JOIN entities e "
                      "ON e.id = x.entity_id WHERE x.alias = %s ORDER BY e.mentions DESC, "
                      "e.id COLLATE \"C\" LIMIT 1", (name.strip().casefold(),), dicts=True)
        return self._entity_row(r) if r else None

    def entity_mentions(self, entity_id: str) -> list[MentionRow]:
        q = """SELECT m.article_id, m.text, m.start, m."end", a.event_id, e.story_id,
                      a.published, a.lang, a.title
               FROM entity_mentions m JOIN articles a ON a.id = m.article_id
               LEFT JOIN events e ON e.id = a.event_id
               WHERE m.entity_id=%s ORDER BY a.published NULLS FIRST, a.seq"""
        return [MentionRow(*r) for r in self._rows(q, (entity_id,))]

    def article_entities(self, article_id: str) -> list[EntityRow]:
        q = f"""SELECT {self._ENTITY_COLS} FROM entities e WHERE e.id IN
                (SELECT entity_id FROM entity_mentions WHERE article_id=%s)
                ORDER BY e.mentions DESC, e.id COLLATE "C" """
        return [self._entity_row(r) for r in self._rows(q, (article_id,), dicts=True)]

    # -- sentences and facts -------------------------------------------------
    @writes
    def put_sentences(self, article_id: str, spans: Iterable[tuple[int, int, bool]]) -> None:
        self._exec("DELETE FROM sentences WHERE article_id=%s", (article_id,))
        self._many("INSERT INTO sentences VALUES (%s, %s, %s, %s, %s)",
                   [(article_id, i, s, e, bool(c)) for i, (s, e, c) in enumerate(spans)])

    def sentence_spans(self, article_ids: list[str]) -> dict[str, list[tuple[int, int, bool]]]:
        out: dict[str, list[tuple[int, int, bool]]] = {}
        for r in self._rows('SELECT article_id, start, "end", claim FROM sentences '
                            "WHERE article_id = ANY(%s) ORDER BY article_id, idx", (list(article_ids),)):
            out.setdefault(r[0], []).append((r[1], r[2], bool(r[3])))
        return out

    def event_fingerprints(self) -> dict[int, str]:
        return dict(self._rows("SELECT event_id, fingerprint FROM event_facts"))

    @writes
    def save_event_facts(self, event_id: int, fingerprint: str, payload: dict[str, Any]) -> None:
        self._exec("INSERT INTO event_facts (event_id, fingerprint, facts) VALUES (%s, %s, %s) "
                   "ON CONFLICT (event_id) DO UPDATE SET fingerprint = EXCLUDED.fingerprint, "
                   "facts = EXCLUDED.facts, updated_at = now()",
                   (event_id, fingerprint, json.dumps(payload, ensure_ascii=False)))

    def get_event_facts(self, event_id: int) -> dict[str, Any] | None:
        r = self._one("SELECT facts FROM event_facts WHERE event_id=%s", (event_id,))
        return json.loads(r[0]) if r else None

    @writes
    def keep_event_facts(self, event_ids: Iterable[int]) -> None:
        self._exec("DELETE FROM event_facts WHERE NOT (event_id = ANY(%s))", (list(event_ids),))

    # -- small JSON state ------------------------------------------------------
    def get_state(self, key: str) -> Any | None:
        r = self._one("SELECT value FROM state WHERE key=%s", (key,))
        return json.loads(r[0]) if r else None

    @writes
    def set_state(self, key: str, value: Any) -> None:
        self._exec("INSERT INTO state VALUES (%s, %s) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
                   (key, json.dumps(value, ensure_ascii=False)))
