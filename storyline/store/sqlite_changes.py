"""SQLite's change log (schema migration 8), filled by triggers; read by
:class:`~storyline.store.change_feed.ChangeFeed`.

Existing articles are not logged: a process opening the database starts from
the log's end and loads what is stored.
"""

CHANGES_SCHEMA = """
    CREATE TABLE IF NOT EXISTS changes (pos INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, article_id TEXT);
    CREATE TRIGGER IF NOT EXISTS changes_add AFTER INSERT ON articles BEGIN
        INSERT INTO changes (kind, article_id) VALUES ('add', new.id);
    END;
    CREATE TRIGGER IF NOT EXISTS changes_move AFTER UPDATE OF event_id ON articles
        WHEN new.event_id IS NOT old.event_id BEGIN
        INSERT INTO changes (kind, article_id) VALUES ('move', new.id);
    END;
    CREATE TRIGGER IF NOT EXISTS changes_delete AFTER DELETE ON articles BEGIN
        INSERT INTO changes (kind, article_id) VALUES ('delete', old.id);
    END;
    CREATE TRIGGER IF NOT EXISTS changes_event_delete AFTER DELETE ON events BEGIN
        INSERT INTO changes (kind) VALUES ('event_delete');
    END;
"""
