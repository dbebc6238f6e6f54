"""Which exceptions come from the PostgreSQL backend, without importing psycopg
(a SQLite-only run never loads it)."""
from __future__ import annotations


def is_postgres_error(exc: BaseException) -> bool:
    module = type(exc).__module__
    return module.split(".")[0] in ("psycopg", "psycopg_pool") or (
        module == "storyline.store.postgres" and type(exc).__name__ == "SchemaError")
