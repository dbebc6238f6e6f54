"""Shared fixtures: paths to ../shared, temporary databases, a shared embed cache."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from storage_free import (pytest_collection_modifyitems, pytest_configure, pytest_fixture_setup,  # noqa: F401
                          pytest_runtest_logreport, pytest_runtest_protocol, pytest_sessionfinish)  # (hooks)
from pg_schemas import (PG_ENV, RUN_ENV, Opened, drop_run_schemas, drop_schema_of, fresh_schema_url,
                        install_mapping, pg_base_url)

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("STORYLINE_SHARED") or ROOT.parent / "shared")  # worktrees point it elsewhere


def shared_path(*parts: str) -> Path:
    """A file under ../shared, or skip the test with a clear message."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} not present (../shared is only beside the project in development/CI)")
    return p


@pytest.fixture(scope="session")
def seeds_and_demo_db(tmp_path_factory) -> str:
    """A store of the three seeds and the demo corpus, ingested as a user would
    (``storyline ingest``), once per run; read only by its tests."""
    from storyline import demo
    from storyline.cli import main as cli_main

    seeds = shared_path("seeds")
    db = str(tmp_path_factory.mktemp("seeds-demo") / "news.db")
    assert cli_main(["--db", db, "ingest", "-q", str(seeds), *[str(f) for f in demo.corpus_files()]]) == 0
    return db


@pytest.fixture(scope="session")
def demo_app(tmp_path_factory):
    """The bundled demo corpus ingested once for the whole run (``Storyline.ingest``),
    with its ingest report.  Why session-wide: building it costs about half a
    minute, and two dozen modules only read it (a test that writes makes a store
    of its own); building it once per module cost about a quarter of the run."""
    from storyline import demo
    from storyline.ingest.readers import from_record
    from storyline.service import Storyline

    app = Storyline(str(tmp_path_factory.mktemp("demo") / "demo.db"))
    report = app.ingest([from_record(r, f"demo:{r['id']}") for r in demo.records()])
    assert not report.failed, report.failed
    yield app, report
    app.close()


@pytest.fixture(scope="session")
def promo_page(tmp_path_factory):
    """A store holding one page the gate keeps out (a blog's shopping promo),
    as ``(db, article id, stored reason)``; read only by the pages that show
    why a page is no article (the tooltip, the quoted cue in a browser)."""
    from test_gate_notices import NOTICES

    from storyline.ingest.readers import from_record
    from storyline.service import Storyline

    _kind, lang, title, text = NOTICES["affiliate-promo-en"]
    db = str(tmp_path_factory.mktemp("promo") / "promo.db")
    app = Storyline(db)
    report = app.ingest([from_record({"id": "promo", "title": title, "text": text, "lang": lang,
                                      "source": "blog.example"}, "test:promo")])
    assert len(report.not_articles) == 1, report.as_dict()
    aid = report.not_articles[0]
    reason = app.article(aid).not_article_reason
    app.close()
    return db, aid, reason


@pytest.fixture(scope="module", name="client")
def demo_client(demo_app):
    """The API and pages over the demo store (token "tok"); a module that
    defines a ``client`` of its own gets that one."""
    from fastapi.testclient import TestClient

    from storyline.api import create_app

    app, _ = demo_app
    with TestClient(create_app(str(app.store.path), "tok"), base_url="http://localhost") as c:
        yield c


def entity_labels(text: str, lang: str = "en", known=()) -> dict[str, str]:
    """Each name the entity stage finds in ``text`` with its label (the real extractor;
    ``known``: names the event's other reports gave)."""
    from storyline.analyse.entities import extract_entities

    return {m.text: m.label for m in extract_entities(text, lang, known)}


def assert_named(text: str, lang: str, named: dict[str, str], not_named: str) -> None:
    """The entity stage finds each of ``named`` with its label in ``text``, and no name
    ``not_named`` (a word capitalised by position, a span that swallowed its neighbour)."""
    got = entity_labels(text, lang)
    for name, label in named.items():
        assert got.get(name) == label, got
    assert not_named not in got, got


def demo_event_facts(gold_event: str, event_id: int):
    """The facts and summary of one gold event of the demo corpus, built from
    its reports as ingest reads them (real analysis, real encoder)."""
    from storyline import demo
    from storyline.embed import shared_embedder
    from storyline.facts.event import build_event_facts

    labels = demo.labels()
    records = [r for r in demo.records() if labels.get(r["id"], {}).get("event") == gold_event]
    assert len(records) >= 2, gold_event
    return build_event_facts(event_id, [analysed_record(r) for r in records], shared_embedder())


def analysed_record(record: dict, **extra):
    """A clustering-layout record read and analysed as ingest does (the gate's verdict
    included), with ``extra`` set on the raw article first; fails the test on an IngestError."""
    from storyline.ingest.readers import IngestError, from_record
    from storyline.pipeline import analyse

    raw = from_record(record, f"test:{record['id']}")
    assert not isinstance(raw, IngestError), raw
    for k, v in extra.items():
        setattr(raw, k, v)
    article = analyse(raw)
    assert not isinstance(article, IngestError), article
    return article


def copy_sqlite(src: str | Path, dst: str | Path) -> None:
    """Copy a live SQLite file through SQLite's backup API.  Reading it with
    open() and closing that handle drops every POSIX lock this process holds on
    the file (its open stores'); after the next write from another process they
    read a "malformed" image (SQLite's "How To Corrupt", 2.2)."""
    import sqlite3

    source, target = sqlite3.connect(str(src)), sqlite3.connect(str(dst))
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()


@pytest.fixture(scope="session", autouse=True)
def _embed_cache(tmp_path_factory):
    """Tests share one embedding cache, separate from the user's."""
    if "STORYLINE_CACHE" not in os.environ:
        os.environ["STORYLINE_CACHE"] = str(tmp_path_factory.mktemp("cache"))
    yield


@pytest.fixture(scope="session", autouse=True)
def _no_terminal_width():
    """Piped CLI output takes the width ``$COLUMNS`` asks for; a CI shell that
    exports one must not narrow what the tests read (a test that wants a width
    sets it itself)."""
    saved = os.environ.pop("COLUMNS", None)
    yield
    if saved is not None:
        os.environ["COLUMNS"] = saved


BACKEND = os.environ.get("STORYLINE_TEST_BACKEND", "sqlite")  # "postgres": the whole suite on PostgreSQL


def pytest_report_header(config):
    if BACKEND == "postgres":
        return f"storage backend: PostgreSQL (${PG_ENV}), every SQLite path a schema of its own"
    return "storage backend: SQLite" + ("" if pg_base_url() else f" (PostgreSQL contract cases skip: no ${PG_ENV})")


_OPENED = Opened()


@pytest.fixture(scope="session", autouse=True)
def _storage_backend_session():
    """With STORYLINE_TEST_BACKEND=postgres, every store opened by a SQLite path
    (in the test process, or in a CLI subprocess a test starts, see
    tests/pg_site/sitecustomize.py) opens a PostgreSQL schema instead, one per
    path, so the whole suite runs on the server backend.  Tests about the
    SQLite file itself are marked ``sqlite_only``."""
    if BACKEND != "postgres":
        yield
        return
    if pg_base_url() is None:
        pytest.exit(f"STORYLINE_TEST_BACKEND=postgres needs ${PG_ENV}", returncode=2)
    import storyline.store as store_module

    saved = {k: os.environ.get(k) for k in (RUN_ENV, "PYTHONPATH")}
    os.environ[RUN_ENV] = f"{os.getpid()}-{os.urandom(4).hex()}"
    site = str(Path(__file__).parent / "pg_site")
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [site, saved["PYTHONPATH"]]))
    sqlite_store = store_module.SQLiteStore
    install_mapping(_OPENED)
    yield
    store_module.SQLiteStore = sqlite_store
    drop_run_schemas()
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


@pytest.fixture(autouse=True)
def _storage_backend(request):
    """Closes the stores a test opened (tests need not; the server's connections are few)."""
    if BACKEND != "postgres":
        yield
        return
    if request.node.get_closest_marker("sqlite_only"):
        pytest.skip("about the SQLite file itself")
    _OPENED.current = []
    yield
    for store in _OPENED.current:
        store.close()
    _OPENED.current = None


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
