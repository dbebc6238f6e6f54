"""One store with a report its site updated, for the tests of what the pages, the API
and the CLI say of an update (tests/test_web_article_revisions.py,
tests/test_reader_updated_hits.py, tests/test_story_api_citations.py).

Why one kit: each of those files built the same store in its own fixture (the City
Herald's quake report ingested, then corrected from "killing 12 people" to "killing 19
people" through the ingest path of tests/test_ingest_updates.py) and served it the same
way.  Import the fixtures into a test module (``from updated_store_kit import
updated_server, updated_store  # noqa: F401``); each module still builds its own store
(module scope), as before."""
from __future__ import annotations

from typing import NamedTuple

import pytest

from live_server import serve
from storyline.service import Storyline
from test_ingest_updates import CORRECTED, HERALD, VALLEY, _ingest


class UpdatedStore(NamedTuple):
    db: str  # the SQLite file
    herald: str  # the updated report's id
    event_id: int  # its event
    story_id: int  # its story
    old: dict  # the text the update replaced (Storyline.article_revisions' record)

    @property
    def said(self) -> str:
        """The line every page and the CLI show an English reader for the update."""
        return f"updated {self.old['superseded_at'][:16]} UTC; earlier revisions: 1"


@pytest.fixture(scope="module")
def updated_store(tmp_path_factory) -> UpdatedStore:
    """A real SQLite store where the Herald's report was updated once (12 → 19 people)."""
    db = str(tmp_path_factory.mktemp("updated") / "updated.db")
    app = Storyline(db)
    try:
        herald = _ingest(app, HERALD, VALLEY).placed["rec:0"]
        assert _ingest(app, CORRECTED).updated == [herald]
        event_id = app.article(herald).event_id
        story_id = app.story_of_event(event_id)
        [old] = app.article_revisions(herald)
    finally:
        app.close()
    assert story_id is not None
    return UpdatedStore(db, herald, event_id, story_id, old)


@pytest.fixture(scope="module")
def updated_server(updated_store):
    """``storyline serve`` over :func:`updated_store` on 127.0.0.1 (tests/live_server.py)."""
    yield from serve(updated_store.db)
