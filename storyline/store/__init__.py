"""Storage behind one interface (:class:`Store`); SQLite is the default backend."""
from storyline.store.base import EntityRow, EventRow, Store, StoryRow
from storyline.store.sqlite import SQLiteStore


def open_store(url_or_path: str) -> Store:
    """Open a store from a path (SQLite) or a URL (``sqlite:///path``)."""
    if url_or_path.startswith("sqlite:///"):
        url_or_path = url_or_path[len("sqlite:///"):]
    if url_or_path.startswith(("postgres://", "postgresql://")):
        raise ValueError("PostgreSQL storage is not available yet; use a SQLite path")
    return SQLiteStore(url_or_path)


__all__ = ["Store", "EventRow", "StoryRow", "EntityRow", "SQLiteStore", "open_store"]
