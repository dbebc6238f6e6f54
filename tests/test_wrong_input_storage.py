"""A database that takes no writes (a read-only file) stops an ingest with one
sentence about the database, on the command line (exit 2) and over HTTP (503),
instead of failing every input in turn with "OperationalError: attempt to write
a readonly database" as if the inputs were at fault; reads still work and
nothing stored changes.  Real SQLite file, real ingest."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from storyline.api import create_app
from storyline.cli import main as cli_main

ROOT = Path(__file__).resolve().parents[1]
GOOD = {"id": "derna-1", "title": "Flood in Derna", "source": "wire.example", "date": "2023-09-12",
        "text": "Floods after storm Daniel broke two dams above the Libyan city of Derna, and "
                "thousands of people are missing, officials said on Tuesday."}
OTHER = {"id": "bridge-1", "title": "Bridge opens", "source": "town.example", "date": "2024-03-04",
         "text": "The mayor of Springfield opened a new bridge over the river on Monday, officials "
                 "said, after two years of work and a long debate about its cost."}


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
