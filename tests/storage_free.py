"""Which tests touch no storage, so that the suite's second run (PostgreSQL) can leave them out.

Why: ``make test`` runs the suite on SQLite and then again with every store on
PostgreSQL.  A test that opens no store, starts no process and uses no fixture
that did runs exactly the same code on both runs (names, dates, sentences,
facts built from records, the encoder): its second run only doubled the CI's
time.  So the SQLite run writes the ids of those of its tests that passed to
the file ``$STORYLINE_TEST_STORAGE_FREE`` names, and the PostgreSQL run reads
it and deselects them (pytest says how many: "deselected").  Without the
variable, or without the file, every test runs.

Under pytest-xdist (``make test`` runs ``-n auto``) each worker records the
tests it ran: the controlling process empties the file when it starts, and
each worker appends its ids under a lock when it finishes.

What counts as touching storage, conservatively: a SQLite or PostgreSQL store
constructed (any thread), a subprocess or a process started (a CLI, a server,
a browser, a Dask worker may open stores), during the test or during the setup
of any fixture it uses, however long before.
"""
from __future__ import annotations

import functools
import os
from pathlib import Path

import pytest

ENV = "STORYLINE_TEST_STORAGE_FREE"

_touches = [0]  # stores opened and processes started so far in this run
_storage_fixtures: set[int] = set()  # id() of the FixtureDefs whose setup touched storage
_outcomes: dict[str, bool] = {}  # nodeid -> every phase passed (no skip, no failure)
_free: list[str] = []


def _counting(cls, name: str) -> None:
    original = getattr(cls, name)

    @functools.wraps(original)
    def counted(*args, **kwargs):
        _touches[0] += 1
        return original(*args, **kwargs)

    setattr(cls, name, counted)


def install_probes() -> None:
    """Count every store and process started in this process (the SQLite run only)."""
    import multiprocessing.process
    import subprocess

    from storyline.store.sqlite import SQLiteStore

    _counting(SQLiteStore, "__init__")
    try:
        from storyline.store.postgres import PostgresStore
    except ImportError:  # psycopg absent: no PostgreSQL store can be opened either
        pass
    else:
        _counting(PostgresStore, "__init__")
    _counting(subprocess.Popen, "__init__")
    _counting(multiprocessing.process.BaseProcess, "start")


def _backend() -> str:
    return os.environ.get("STORYLINE_TEST_BACKEND", "sqlite")  # as tests/conftest.py reads it


def _recording() -> bool:
    return _backend() == "sqlite" and bool(os.environ.get(ENV))


def _is_worker(config) -> bool:
    return hasattr(config, "workerinput")  # a pytest-xdist worker


def pytest_configure(config):
    if _recording():
        install_probes()
        if not _is_worker(config):  # the one process, or xdist's controller (before any worker starts)
            Path(os.environ[ENV]).write_text("", encoding="utf-8")


@pytest.hookimpl(hookwrapper=True)
def pytest_fixture_setup(fixturedef, request):
    before = _touches[0]
    yield
    if _touches[0] != before:
        _storage_fixtures.add(id(fixturedef))


def pytest_runtest_logreport(report):
    ok = report.passed and not getattr(report, "wasxfail", None)
    _outcomes[report.nodeid] = _outcomes.get(report.nodeid, True) and ok


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    before = _touches[0]
    yield
    defs = [d for ds in item._fixtureinfo.name2fixturedefs.values() for d in ds]
    if (_touches[0] == before and _outcomes.get(item.nodeid)
            and not any(id(d) in _storage_fixtures for d in defs)):
        _free.append(item.nodeid)


def pytest_sessionfinish(session, exitstatus):
    if _recording() and _free:
        import fcntl

        with open(os.environ[ENV], "a", encoding="utf-8") as out:  # workers append side by side
            fcntl.flock(out, fcntl.LOCK_EX)
            out.write("".join(f"{n}\n" for n in _free))
            out.flush()
            fcntl.flock(out, fcntl.LOCK_UN)


def pytest_collection_modifyitems(config, items):
    """Leave out the tests the SQLite run found storage-free (the PostgreSQL run)."""
    path = os.environ.get(ENV)
    if _backend() != "postgres" or not path or not Path(path).is_file():
        return
    free = set(Path(path).read_text(encoding="utf-8").split("\n"))
    gone = [i for i in items if i.nodeid in free]
    if gone:
        config.hook.pytest_deselected(items=gone)
        items[:] = [i for i in items if i.nodeid not in free]
