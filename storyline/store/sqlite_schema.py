"""SQLite schema: the ordered migrations ``SQLiteStore`` runs (``meta.schema_version``
says how many have), as :mod:`storyline.store.postgres_schema` holds PostgreSQL's.
Kept apart from the store's code (:mod:`storyline.store.sqlite`): one grows by a
migration, the other by a query.
"""
from __future__ import annotations

from storyline.store.article_tables import GIVEN_ID_INDEX
from storyline.store.language_sums import LANGUAGE_SUMS_SCHEMA
from storyline.store.lsh_tables import LSH_SCHEMA
from storyline.store.revision_tables import REVISIONS_SCHEMA
from storyline.store.sqlite_changes import CHANGES_SCHEMA
from storyline.store.sqlite_stories import ENTITY_ALIASES_SCHEMA, ENTITY_NAMES_SCHEMA, STORIES_SCHEMA
from storyline.store.story_evidence import STORY_EVIDENCE_SCHEMA
from storyline.store.fact_tables import FACTS_SCHEMA
from storyline.store.vector_columns import VECTOR_ROWS_INDEX
from storyline.store.word_parts import SQLITE_PARTS_FTS

WORD_KEY_FTS = """
    DROP TRIGGER articles_fts_ai;
    DROP TRIGGER articles_fts_ad;
    DROP TRIGGER articles_fts_au;
    CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, word_key(new.title), word_key(new.text));
    END;
    CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.seq, word_key(old.title), word_key(old.text));
    END;
    CREATE TRIGGER articles_fts_au AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.seq, word_key(old.title), word_key(old.text));
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, word_key(new.title), word_key(new.text));
    END;
    INSERT INTO articles_fts(articles_fts) VALUES ('delete-all');
    INSERT INTO articles_fts(rowid, title, text) SELECT seq, word_key(title), word_key(text) FROM articles;
"""

MIGRATIONS: list[str] = [
    # 1: the foundation schema
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE articles (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE, external_id TEXT, origin TEXT, title TEXT, text TEXT NOT NULL,
        raw_text TEXT, url TEXT, source TEXT, author TEXT, lang TEXT,
        lang_confidence REAL, published TEXT, removed TEXT, sentences TEXT, dates TEXT,
        entities TEXT, content_hash TEXT NOT NULL UNIQUE, duplicate_of TEXT,
        event_id INTEGER, ingested_at TEXT NOT NULL DEFAULT (datetime('now')));
    CREATE UNIQUE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;
    CREATE INDEX articles_event ON articles(event_id);
    CREATE TABLE vectors (article_id TEXT PRIMARY KEY REFERENCES articles(id),
                          vec BLOB, signature BLOB);
    CREATE TABLE events (
        id INTEGER PRIMARY KEY AUTOINCREMENT, headline TEXT, centroid BLOB,
        n_articles INTEGER NOT NULL DEFAULT 0, first_date TEXT, last_date TEXT,
        story_id INTEGER, updated_at TEXT NOT NULL DEFAULT (datetime('now')));
    CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    """,
    # 2: full-text search over title + text.  External-content FTS5 (no second copy
    # of the text) kept in sync by triggers.  Marks (M*) are token characters so
    # Devanagari words are not cut at every vowel sign; diacritics fold ("café" = "cafe").
    """
    CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles',
        content_rowid='seq', tokenize="unicode61 remove_diacritics 2 categories 'L* N* Co M*'");
    CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
    END;
    CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.seq, old.title, old.text);
    END;
    CREATE TRIGGER articles_fts_au AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.seq, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
    END;
    INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
    """,
    # 3: stories and canonical entities
    STORIES_SCHEMA,
    # 4: an index of entity spellings (filled by `fill_entity_aliases` below)
    ENTITY_ALIASES_SCHEMA,
    # 5: spelling keys in that index, display names per language
    ENTITY_NAMES_SCHEMA,
    # 6: pages the gate found not to be news reports (storyline.analyse.gate):
    # their kind and the reason, NULL for reports (columns added by `add_gate_columns`)
    "",
    # 7: sentence offsets and per-event facts (filled on the next relink)
    FACTS_SCHEMA,
    # 8: the change feed other processes catch up from (storyline.store.change_feed)
    CHANGES_SCHEMA,
    # 9: MinHash LSH bands, the shared near-duplicate index (filled from the
    # stored signatures on first use: storyline.group.duplicates.StoredDuplicates)
    LSH_SCHEMA,
    # 10: what story linking reads of each event (storyline.store.story_evidence;
    # filled by the next relink)
    STORY_EVIDENCE_SCHEMA,
    VECTOR_ROWS_INDEX,  # 11: what loading the event index reads, as an index (storyline.store.vector_columns)
    # 12: the full-text index holds each script's word keys (storyline.store.word_key:
    # nukta, harakat, niqqud, Greek accents, joiners), so a query typed either way
    # finds the words; the triggers key what they index and what they delete with
    # the `word_key` function every SQLiteStore connection registers (a connection
    # without it, the sqlite3 shell, reads the file but cannot write articles)
    WORD_KEY_FTS,
    # 13: each language's sum and count of report vectors (storyline.store.language_sums),
    # filled from the reports already stored by `fill_language_sums` below
    LANGUAGE_SUMS_SCHEMA,
    # 14: where each report's trip goes (storyline.store.trip_column): the column
    # and its values for the articles already stored, by `fill_trips` below
    "",
    # 15: a report's (source, given id) identifies it as its URL does (find_existing)
    GIVEN_ID_INDEX,
    # 16: the full-text index holds
    # the parts of a compounding language's words in a third column (storyline.store.word_parts),
    # rebuilt from the articles already stored
    SQLITE_PARTS_FTS,
    # 17: whether a report joined its event from beyond its window (a far member:
    # storyline.group.event_state; its date is not the event's); stored reports
    # are not, and the load's covering index holds the flag too (`add_far_column` below)
    "",
    # 18: the texts an updated report replaced (storyline.store.revision_tables);
    # stores before it kept no earlier text, so it starts empty
    REVISIONS_SCHEMA,
    # 19: the day each event's happening took place (storyline.store.happened_column):
    # the column and every stored event's day, by `fill_happened` below
    "",
]
# Python steps run right after a migration's SQL, in its transaction: methods of
# SQLiteStore (migration
# 5 rebuilds the index migration 4 created, so only it fills it; 6 is re-runnable)
MIGRATION_STEPS = {5: "fill_entity_aliases", 6: "add_gate_columns", 13: "fill_language_sums", 14: "fill_trips",
                   17: "add_far_column", 19: "fill_happened"}
SCHEMA_VERSION = len(MIGRATIONS)
