"""PostgreSQL for the tests: a fresh schema per database the tests ask for.

``$STORYLINE_TEST_PG`` names a server database (``.ci/postgres.sh start`` prints
one; the role must be able to create schemas and the ``vector`` and
``unaccent`` extensions).  Without it the PostgreSQL cases skip, saying so.

With ``STORYLINE_TEST_BACKEND=postgres`` every SQLite path a test opens (in
the test's process, or in a CLI subprocess it starts: ``pg_site/sitecustomize.py``
installs the same mapping there) is a schema named after the session and the
path (pytest's temporary paths are unique), so parent and child processes,
and module-scoped fixtures and the tests using them, meet in one database.
"""
from __future__ import annotations

import hashlib
import os
import urllib.parse
from pathlib import Path

PG_ENV = "STORYLINE_TEST_PG"
SKIP_REASON = (f"PostgreSQL cases need ${PG_ENV}=postgresql://… (a server with pgvector; "
               "`.ci/postgres.sh start DIR` starts one, see README 'PostgreSQL')")
RUN_ENV = "STORYLINE_TEST_RUN"  # the session's id, set by tests/conftest.py


def pg_base_url() -> str | None:
    return os.environ.get(PG_ENV) or None


def _h(text: str, n: int) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:n]


def schema_url(schema: str) -> str:
    base = pg_base_url()
    sep = "&" if "?" in base else "?"
    return base + sep + "options=" + urllib.parse.quote(f"-csearch_path={schema},public")


def fresh_schema_url(key: str) -> str:
    """A URL whose connections work in an empty schema named after ``key``
    (dropped first if a previous run left it)."""
    import psycopg
    import pytest

    if pg_base_url() is None:
        pytest.skip(SKIP_REASON)
    schema = "t_" + _h(key, 20)
    with psycopg.connect(pg_base_url(), autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        conn.execute(f"CREATE SCHEMA {schema}")
    return schema_url(schema)


def drop_schema_of(url: str) -> None:
    import psycopg

    # the URL carries it quoted ("-csearch_path%3Dt_…%2Cpublic"): unquote first
    schema = urllib.parse.unquote(url).rsplit("search_path=", 1)[-1].split(",")[0]
    if pg_base_url() and schema.startswith("t_"):
        with psycopg.connect(pg_base_url(), autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")


# -- the whole suite on PostgreSQL ------------------------------------------------------
def _run_prefix() -> str:
    return "p_" + _h(os.environ[RUN_ENV], 10)


def path_url(path: str | os.PathLike) -> str:
    """The schema standing for a SQLite path in this session (made if new)."""
    import psycopg

    resolved = Path(path).resolve()
    schema = f"{_run_prefix()}_{_h(str(resolved), 16)}"
    with psycopg.connect(pg_base_url(), autocommit=True) as conn:
        try:
            conn.execute(f"CREATE SCHEMA IF NOT EXISTS {schema}")
        except psycopg.errors.UniqueViolation:
            pass  # another process of this test made it at the same moment
    if resolved.parent.is_dir():  # the path stands for the database: "does it exist?" checks pass
        if not resolved.exists() or resolved.stat().st_size == 0:  # and "is it empty?" ones
            resolved.write_bytes(b"storyline tests: this path stands for a PostgreSQL schema\n")
    return schema_url(schema)


def drop_run_schemas() -> None:
    """Every schema this session's processes made (see :func:`path_url`)."""
    import psycopg

    with psycopg.connect(pg_base_url(), autocommit=True) as conn:
        for (schema,) in conn.execute("SELECT nspname FROM pg_namespace WHERE nspname LIKE %s",
                                      (_run_prefix() + "\\_%",)).fetchall():
            conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")


class Opened:
    """Stores opened while a test runs (``current`` is a list then), closed after it."""

    current: list | None = None


def install_mapping(opened: Opened | None = None) -> None:
    """Make :func:`storyline.store.open_store` open PostgreSQL for SQLite paths."""
    import storyline.store as store_module
    from storyline.store.postgres import PostgresStore

    def postgres_for(path):
        store = PostgresStore(path_url(path))
        store.path = Path(path)  # as SQLiteStore.path: tests name the database by it
        if opened is not None and opened.current is not None:
            opened.current.append(store)
        return store

    store_module.SQLiteStore = postgres_for
