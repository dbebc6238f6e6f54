"""Shared fixtures: paths to ../shared, temporary databases, a shared embed cache."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from pg_schemas import (NODE_ENV, PG_ENV, RUN_ENV, drop_schema_of, drop_test_schemas, fresh_schema_url,
                        install_mapping, pg_base_url)

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("STORYLINE_SHARED") or ROOT.parent / "shared")  # worktrees point it elsewhere


def shared_path(*parts: str) -> Path:
    """A file under ../shared, or skip the test with a clear message."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} not present (../shared is only beside the project in development/CI)")
    return p


@pytest.fixture(scope="session", autouse=True)
def _embed_cache(tmp_path_factory):
    """Tests share one embedding cache, separate from the user's."""
    if "STORYLINE_CACHE" not in os.environ:
        os.environ["STORYLINE_CACHE"] = str(tmp_path_factory.mktemp("cache"))
    yield


BACKEND = os.environ.get("STORYLINE_TEST_BACKEND", "sqlite")  # "postgres": the whole suite on PostgreSQL


def pytest_report_header(config):
    if BACKEND == "postgres":
        return f"storage backend: PostgreSQL (${PG_ENV}), every SQLite path a fresh schema"
    return "storage backend: SQLite" + ("" if pg_base_url() else f" (PostgreSQL contract cases skip: no ${PG_ENV})")


@pytest.fixture(autouse=True)
def _storage_backend(request, monkeypatch):
    """With STORYLINE_TEST_BACKEND=postgres, every store opened by a SQLite path
    (in the test's process or in a CLI subprocess it starts, see
    tests/pg_site/sitecustomize.py) opens a PostgreSQL schema instead, one per
    test and path, so the whole suite runs on the server backend.  Tests about
    the SQLite file itself are marked ``sqlite_only``."""
    if BACKEND != "postgres":
        yield
        return
    if request.node.get_closest_marker("sqlite_only"):
        pytest.skip("about the SQLite file itself")
    if pg_base_url() is None:
        pytest.fail(f"STORYLINE_TEST_BACKEND=postgres needs ${PG_ENV}")
    import storyline.store as store_module

    monkeypatch.setenv(RUN_ENV, os.environ.setdefault(RUN_ENV, str(os.getpid())))
    monkeypatch.setenv(NODE_ENV, request.node.nodeid)
    site = str(Path(__file__).parent / "pg_site")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [site, os.environ.get("PYTHONPATH")])))
    opened: list = []
    monkeypatch.setattr(store_module, "SQLiteStore", store_module.SQLiteStore)  # restored after the test
    install_mapping(opened)
    yield
    for store in opened:  # tests need not close what they open; the server's connections are few
        store.close()
    drop_test_schemas()


@pytest.fixture
def db_path(tmp_path) -> str:
    return str(tmp_path / "test.db")


@pytest.fixture
def seeds_dir() -> Path:
    return shared_path("seeds")


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request, tmp_path):
    """A fresh database on each backend (PostgreSQL skips without $STORYLINE_TEST_PG)."""
    if request.param == "sqlite":
        yield str(tmp_path / "contract.db")
        return
    url = fresh_schema_url(request.node.nodeid)
    yield url
    drop_schema_of(url)
