"""PostgreSQL for the tests: a fresh schema per database the tests ask for.

``$STORYLINE_TEST_PG`` names a server database (``.ci/postgres.sh start``
prints one; the role must be able to create schemas and the ``vector`` and
``unaccent`` extensions).  Without it the PostgreSQL cases skip, saying so.
"""
from __future__ import annotations

import hashlib
import os
import urllib.parse

import pytest

PG_ENV = "STORYLINE_TEST_PG"
SKIP_REASON = (f"PostgreSQL cases need ${PG_ENV}=postgresql://… (a server with pgvector; "
               "`.ci/postgres.sh start DIR` starts one, see README 'PostgreSQL')")


def pg_base_url() -> str | None:
    return os.environ.get(PG_ENV) or None


def fresh_schema_url(key: str) -> str:
    """A URL whose connections work in an empty schema named after ``key``
    (dropped first if a previous run left it)."""
    import psycopg

    base = pg_base_url()
    if base is None:
        pytest.skip(SKIP_REASON)
    schema = "t_" + hashlib.sha1(key.encode()).hexdigest()[:20]
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        conn.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in base else "?"
    return base + sep + "options=" + urllib.parse.quote(f"-csearch_path={schema},public")


def drop_schema_of(url: str) -> None:
    import psycopg

    base = pg_base_url()
    schema = urllib.parse.unquote(url.rsplit("search_path=", 1)[-1]).split(",")[0]
    if base and schema.startswith("t_"):
        with psycopg.connect(base, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
