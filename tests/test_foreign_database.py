"""A database that holds another application's tables is refused, on every
backend, before anything is created or changed in it.

SQLite refused another program's file (``SQLiteStore._refuse_foreign``);
PostgreSQL took a database or schema holding another application's tables
and created ``meta``, a text-search configuration, functions, triggers and
Storyline's tables beside them, even for a read.  The PostgreSQL case runs on
a real server and skips without ``$STORYLINE_TEST_PG`` (``store_url`` in
conftest.py)."""
from __future__ import annotations

import json
import sqlite3
import urllib.parse

import pytest
from conftest import BACKEND

from storyline.store import open_store, storage_error

from wrong_input_corpus import GOOD, run_cli


def _schema(url: str) -> str:
    return urllib.parse.unquote(url).rsplit("search_path=", 1)[-1].split(",")[0]


def _contents(url: str) -> dict:
    """Everything in the database or schema a test gave another application."""
    if "://" not in url:
        with sqlite3.connect(url) as conn:
            return {"objects": conn.execute("SELECT type, name FROM sqlite_master ORDER BY name").fetchall(),
                    "rows": conn.execute("SELECT body FROM notes").fetchall()}
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        ns = (_schema(url),)
        return {"relations": conn.execute(
                    "SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = "
                    "c.relnamespace WHERE n.nspname = %s ORDER BY 1", ns).fetchall(),
                "functions": conn.execute(
                    "SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                    "WHERE n.nspname = %s ORDER BY 1", ns).fetchall(),
                "text_search": conn.execute(
                    "SELECT c.cfgname FROM pg_ts_config c JOIN pg_namespace n ON n.oid = "
                    "c.cfgnamespace WHERE n.nspname = %s", ns).fetchall(),
                "rows": conn.execute("SELECT body FROM notes").fetchall()}


def _another_application(url: str) -> None:
    if "://" not in url:
        with sqlite3.connect(url) as conn:
            conn.execute("CREATE TABLE notes (body TEXT)")
            conn.execute("INSERT INTO notes VALUES ('keep me')")
        return
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
        conn.execute("CREATE TABLE users (name TEXT)")
        conn.execute("INSERT INTO notes VALUES ('keep me')")


def test_another_applications_database_is_refused_and_left_unchanged(store_url):
    if BACKEND == "postgres" and "://" not in store_url:
        pytest.skip("SQLite paths open PostgreSQL schemas in this run")
    _another_application(store_url)
    before = _contents(store_url)
    with pytest.raises(Exception) as refused:
        open_store(store_url)
    said = str(refused.value)
    assert storage_error(refused.value), refused.value  # one line on the command line, no traceback
    assert "(tables: notes" in said and "not a Storyline one; it was left as it is" in said
    if "://" in store_url:  # the database and what was found in it are named
        assert f"schema {_schema(store_url)}: another application's" in said
        assert "(tables: notes, users)" in said
    for argv in (["events"], ["ingest", "-"]):
        run = run_cli("--db", store_url, *argv, stdin=json.dumps(GOOD) + "\n")
        assert run.returncode == 2 and "Traceback" not in run.stderr, run.stderr
        assert "notes" in run.stderr and "left as it is" in run.stderr
    assert _contents(store_url) == before  # nothing created, nothing changed


def test_an_empty_database_or_schema_is_made_a_storyline_one(store_url):
    """What the refusal must not catch: a new database, and one Storyline made."""
    for _ in range(2):
        store = open_store(store_url)
        assert store.count_articles() == 0
        store.close()
