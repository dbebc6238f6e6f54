"""The PostgreSQL pass of `make test` leaves out only tests that touch no storage
(tests/storage_free.py): checked on a small suite run as `make test` runs it,
once recording (SQLite) and once leaving out (PostgreSQL)."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

SUITE = '''
import subprocess, sys
import pytest
from storyline.store.sqlite import SQLiteStore

@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = SQLiteStore(str(tmp_path_factory.mktemp("s") / "x.db"))
    yield s
    s.close()

@pytest.fixture(scope="module")
def words():
    return ["a", "b"]

def test_pure():
    assert 1 + 1 == 2

def test_pure_fixture(words):
    assert words

def test_opens_a_store(tmp_path):
    SQLiteStore(str(tmp_path / "y.db")).close()

def test_store_fixture_first(store):
    assert store is not None

def test_store_fixture_again(store):  # the fixture was set up by the test before
    assert store is not None

def test_starts_a_process():
    subprocess.run([sys.executable, "-c", "pass"], check=True)

def test_fails():
    assert False
'''

CONFTEST = '''
from storage_free import (pytest_collection_modifyitems, pytest_configure, pytest_fixture_setup,  # noqa: F401
                          pytest_runtest_logreport, pytest_runtest_protocol, pytest_sessionfinish)
'''


def _counts(run: subprocess.CompletedProcess) -> dict[str, int]:
    """pytest's last line as counts: {"passed": 6, "failed": 1, ...}."""
    last = run.stdout.strip().splitlines()[-1]
    return {w: int(n) for n, w in re.findall(r"(\d+) (passed|failed|deselected|skipped|error)", last)}


def _run(tmp_path: Path, backend: str, *options: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "STORYLINE_TEST_BACKEND": backend,
           "STORYLINE_TEST_STORAGE_FREE": str(tmp_path / "free.txt"),
           "PYTHONPATH": os.pathsep.join([str(Path(__file__).parent), os.environ.get("PYTHONPATH", "")])}
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-o", "addopts=",
                           "--rootdir", str(tmp_path / "suite"), *options, str(tmp_path / "suite")],
                          env=env, cwd=tmp_path / "suite", capture_output=True, text=True, timeout=300)


def test_only_tests_that_touch_no_storage_are_left_out_of_the_second_pass(tmp_path):
    (tmp_path / "suite").mkdir()
    (tmp_path / "suite" / "conftest.py").write_text(CONFTEST)
    (tmp_path / "suite" / "test_mixed.py").write_text(SUITE)
    first = _run(tmp_path, "sqlite")
    assert _counts(first) == {"passed": 6, "failed": 1}, first.stdout + first.stderr
    free = sorted(n.split("::")[1] for n in (tmp_path / "free.txt").read_text().split())
    assert free == ["test_pure", "test_pure_fixture"]  # a failed test is not counted free either
    second = _run(tmp_path, "postgres")
    assert _counts(second) == {"passed": 4, "failed": 1, "deselected": 2}, second.stdout + second.stderr
    for name in ("test_opens_a_store", "test_store_fixture_again", "test_starts_a_process"):
        assert name not in (tmp_path / "free.txt").read_text()


def test_without_the_file_every_test_runs(tmp_path):
    (tmp_path / "suite").mkdir()
    (tmp_path / "suite" / "conftest.py").write_text(CONFTEST)
    (tmp_path / "suite" / "test_mixed.py").write_text(SUITE)
    assert _counts(_run(tmp_path, "postgres")) == {"passed": 6, "failed": 1}


def test_parallel_workers_each_record_their_tests_and_a_new_run_starts_afresh(tmp_path):
    """`make test` runs the suite on pytest-xdist workers: the free list is every
    worker's tests together, and a second recording run replaces it (a stale id
    left in it would leave a test that now touches storage out of the PostgreSQL pass)."""
    (tmp_path / "suite").mkdir()
    (tmp_path / "suite" / "conftest.py").write_text(CONFTEST)
    (tmp_path / "suite" / "test_mixed.py").write_text(SUITE)
    (tmp_path / "suite" / "test_other.py").write_text("def test_pure_too():\n    assert 2 * 2 == 4\n")
    workers = ("-n", "2", "--dist", "loadfile")
    for _ in range(2):
        first = _run(tmp_path, "sqlite", *workers)
        assert _counts(first) == {"passed": 7, "failed": 1}, first.stdout + first.stderr
        assert "bringing up nodes" in first.stdout, first.stdout  # xdist ran it
        free = sorted(n.split("::")[1] for n in (tmp_path / "free.txt").read_text().split())
        assert free == ["test_pure", "test_pure_fixture", "test_pure_too"]
    second = _run(tmp_path, "postgres", *workers)
    counts = _counts(second)
    counts.pop("deselected", None)  # deselected in the workers: xdist's summary may not count them
    assert counts == {"passed": 4, "failed": 1}, second.stdout + second.stderr  # 8 tests, 3 left out
