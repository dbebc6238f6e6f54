"""Storage behind one interface (:class:`Store`, the contract in
:mod:`storyline.store.base`): SQLite is the embedded default; PostgreSQL with
pgvector serves several processes on one database."""
from storyline.store.base import Store
from storyline.store.records import EntityRow, EventRow, SearchFilters, StoryRow
from storyline.store.sqlite import SchemaError, SQLiteStore

POSTGRES_SCHEMES = ("postgres://", "postgresql://")


def is_postgres_url(url_or_path: str) -> bool:
    return str(url_or_path).startswith(POSTGRES_SCHEMES)


def safe_url(url_or_path: str) -> str:
    """A database URL fit for messages and logs: its password replaced by ``***``."""
    import re

    return re.sub(r"(://[^/:@]*:)[^/@]*@", r"\1***@", str(url_or_path))


def storage_error(exc: BaseException) -> bool:
    """Whether ``exc`` comes from a server backend's driver (cannot connect,
    refused login, schema too new) or is a SQLite file's :class:`SchemaError`
    (written by a newer Storyline, or another program's database): said to the
    user in one line, no traceback."""
    from storyline.store.postgres_errors import is_postgres_error

    return is_postgres_error(exc) or isinstance(exc, SchemaError)


# SQLite's words for a database that cannot take a write at all (not one article's fault).
# Not "locked"/"busy": another writer held the file past the 30 s timeout, and the
# next article may well get in (a rerun retries the one that failed).
_SQLITE_STORE_FAILURES = ("readonly", "read-only", "disk is full", "disk i/o error", "unable to open",
                          "no such table", "malformed", "not a database")


def store_failure(exc: BaseException) -> bool:
    """Whether ``exc`` says the database itself cannot be written or read (a
    read-only file, a full disk, a lost server connection), so that an ingest
    stops and says so once, instead of blaming every input in turn."""
    import sqlite3

    if isinstance(exc, sqlite3.DatabaseError):
        return any(words in str(exc).lower() for words in _SQLITE_STORE_FAILURES)
    # psycopg: the connection-level classes by exact name (a SerializationFailure or
    # a deadlock subclasses OperationalError but is one transaction's, retried by a rerun)
    return type(exc).__name__ in ("OperationalError", "InterfaceError", "PoolTimeout",
                                  "ReadOnlySqlTransaction", "DiskFull") and \
        type(exc).__module__.split(".")[0] in ("psycopg", "psycopg_pool")


def sqlite_path(url_or_path: str) -> str:
    """The file a ``sqlite:///path`` URL names (SQLAlchemy's form: relative after
    three slashes, absolute after four); anything else unchanged."""
    return url_or_path[len("sqlite:///"):] if url_or_path.startswith("sqlite:///") else url_or_path


def open_store(url_or_path: str) -> Store:
    """Open a store from a path (SQLite), a ``sqlite:///path`` URL, or a
    ``postgresql://user@host:port/dbname`` URL (PostgreSQL + pgvector)."""
    url_or_path = sqlite_path(str(url_or_path))
    if is_postgres_url(url_or_path):
        from storyline.store.postgres import PostgresStore  # psycopg only when asked for

        return PostgresStore(url_or_path)
    return SQLiteStore(url_or_path)


__all__ = ["Store", "EventRow", "StoryRow", "EntityRow", "SearchFilters", "SQLiteStore",
           "open_store", "is_postgres_url", "safe_url", "sqlite_path", "storage_error",
           "store_failure"]
