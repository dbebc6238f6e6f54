"""Shared fixtures: paths to ../shared, temporary databases, a shared embed cache."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

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
    from pg_schemas import drop_schema_of, fresh_schema_url

    url = fresh_schema_url(request.node.nodeid)
    yield url
    drop_schema_of(url)
