"""What the wrong-input tests share: a good and a second report of one flood,
a way to run the CLI in a subprocess, and one real SQLite file made by a real
ingest (real model), module-scoped, that every read in a test module serves."""
from __future__ import annotations

import json
import os
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
OTHER = {"id": "derna-2", "title": "Storm hits Libya", "source": "other.example",
         "date": "2023-09-12", "text": "Storm Daniel hit eastern Libya, breaking two dams near "
         "Derna; thousands of people are missing, the Red Crescent said on Tuesday."}


def run_cli(*argv: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    return subprocess.run([sys.executable, "-m", "storyline.cli", *argv], capture_output=True,
                          text=True, env=env, input=stdin, timeout=300)


def count_articles(db: str) -> int:
    from storyline.store import open_store

    store = open_store(db)
    try:
        return store.count_articles()
    finally:
        store.close()


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("wrong")
    src = folder / "good.jsonl"
    src.write_text(json.dumps(GOOD) + "\n", encoding="utf-8")
    path = str(folder / "news.db")
    assert cli_main(["--db", path, "ingest", "-q", str(src)]) == 0
    return path


@pytest.fixture(scope="module")
def client(db):
    with TestClient(create_app(db, "tok"), base_url="http://localhost") as c:
        yield c
