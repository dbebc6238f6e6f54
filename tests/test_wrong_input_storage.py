"""The database file given wrongly: another program's SQLite file, one from a
newer Storyline, an empty file, a file that is no database, an empty --db, a
sqlite:/// URL; and a database that takes no writes (a read-only file), which
stops an ingest with one sentence about the database, on the command line
(exit 2) and over HTTP (503), instead of failing every input in turn with
"OperationalError: attempt to write a readonly database" as if the inputs were
at fault.  Each leaves the file as it was.  Real SQLite files, real ingest."""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import copy_sqlite
from fastapi.testclient import TestClient

from storyline.api import create_app
from storyline.cli import main as cli_main

from wrong_input_corpus import GOOD, ROOT, db, run_cli  # noqa: F401 - db: the shared fixture (one good report)

pytestmark = pytest.mark.sqlite_only  # about SQLite files themselves
OTHER = {"id": "bridge-1", "title": "Bridge opens", "source": "town.example", "date": "2024-03-04",
         "text": "The mayor of Springfield opened a new bridge over the river on Monday, officials "
                 "said, after two years of work and a long debate about its cost."}


# -- the database file --------------------------------------------------------------
def test_another_programs_sqlite_file_is_refused_and_left_unchanged(tmp_path):
    other = tmp_path / "app.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
        conn.execute("INSERT INTO notes VALUES ('keep me')")
    before = other.read_bytes()
    for argv in (["events"], ["ingest", "-"]):
        run = run_cli("--db", str(other), *argv, stdin=json.dumps(GOOD) + "\n")
        assert run.returncode == 2 and "Traceback" not in run.stderr, run.stderr
        assert "another program's SQLite database (tables: notes)" in run.stderr
    assert other.read_bytes() == before and not Path(str(other) + "-wal").exists()


def test_a_newer_schema_is_one_line_not_a_traceback(db, tmp_path):
    newer = tmp_path / "newer.db"
    copy_sqlite(db, newer)  # not read_bytes(): see conftest.copy_sqlite
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE meta SET value='999' WHERE key='schema_version'")
    run = run_cli("--db", str(newer), "events")
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert f"--db {newer}: schema version 999 is newer" in run.stderr


def test_a_read_command_does_not_turn_an_empty_file_into_a_database(tmp_path):
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    run = run_cli("--db", str(empty), "events")
    assert run.returncode == 2 and "is an empty file, not a Storyline database" in run.stderr
    assert empty.stat().st_size == 0


def test_a_file_that_is_not_a_database_is_named(tmp_path):
    junk = tmp_path / "notes.db"
    junk.write_text("not a database at all, just some words" * 50)
    run = run_cli("--db", str(junk), "events")
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert f"--db {junk}: not a database file" in run.stderr


def test_an_empty_db_or_a_sqlite_url_is_read_as_meant(db, tmp_path, capsys):
    capsys.readouterr()
    assert cli_main(["--db", "", "events"]) == 2
    assert "--db is empty" in capsys.readouterr().err
    assert cli_main(["--db", f"sqlite:///{db}", "events", "--json"]) == 0  # sqlite:////abs/path
    assert json.loads(capsys.readouterr().out)
    assert cli_main(["--db", f"sqlite:///{tmp_path}/none/x.db", "events"]) == 2
    assert f"folder {tmp_path}/none does not exist" in capsys.readouterr().err


# -- a database that takes no writes -------------------------------------------------
def _read_only(path: Path) -> bool:
    """Make ``path`` read-only for this process: mode 0444, and for root (whom
    modes do not stop) the immutable attribute; False where neither works."""
    os.chmod(path, 0o444)
    try:
        with open(path, "ab"):
            pass
    except OSError:
        return True
    chattr = shutil.which("chattr")
    return bool(chattr) and subprocess.run([chattr, "+i", str(path)], capture_output=True).returncode == 0


@pytest.fixture
def locked_db(tmp_path):
    src = tmp_path / "good.jsonl"
    src.write_text(json.dumps(GOOD) + "\n", encoding="utf-8")
    db = tmp_path / "news.db"
    assert cli_main(["--db", str(db), "ingest", "-q", str(src)]) == 0
    before = db.read_bytes()
    if not _read_only(db):
        pytest.skip("cannot make a file read-only here (root without chattr)")
    yield db, before
    if shutil.which("chattr"):
        subprocess.run(["chattr", "-i", str(db)], capture_output=True)
    os.chmod(db, 0o644)


def test_ingest_into_a_read_only_database_stops_with_one_sentence(locked_db, tmp_path):
    db, before = locked_db
    inputs = []
    for n, record in enumerate((OTHER, {**OTHER, "id": "bridge-2", "text": OTHER["text"] + " Again."})):
        path = tmp_path / f"in{n}.jsonl"
        path.write_text(json.dumps(record) + "\n", encoding="utf-8")
        inputs.append(str(path))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    run = subprocess.run([sys.executable, "-m", "storyline.cli", "--db", str(db), "ingest", "-q", *inputs],
                         capture_output=True, text=True, env=env, timeout=300)
    assert run.returncode == 2 and "Traceback" not in run.stderr, run.stderr
    assert f"--db {db}: the database cannot be written here" in run.stderr
    assert "OperationalError" not in run.stderr and "in0.jsonl" not in run.stderr  # no input blamed
    assert db.read_bytes() == before
    read = subprocess.run([sys.executable, "-m", "storyline.cli", "--db", str(db), "events", "--json"],
                          capture_output=True, text=True, env=env, timeout=300)
    assert read.returncode == 0 and len(json.loads(read.stdout)) == 1  # reading still works


def test_a_post_to_a_read_only_database_is_503_not_the_bodys_fault(locked_db):
    db, before = locked_db
    with TestClient(create_app(str(db), "tok"), base_url="http://localhost") as client:
        r = client.post("/api/articles", json=OTHER, headers={"Authorization": "Bearer tok"})
        assert r.status_code == 503 and "cannot take writes" in r.json()["detail"], r.text
        assert client.get("/api/health").json()["articles"] == 1
    assert db.read_bytes() == before
