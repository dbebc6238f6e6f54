"""The service as a long-running server holds it: the concurrency policy.

One database, two connections: a writer :class:`~storyline.service.Storyline`
behind the ingest desk's lock (:class:`~storyline.service_desk.IngestDesk`:
ingest jobs off the caller's thread, at most eight admitted, one write at a
time, shared with the background :class:`~storyline.relinker.Relinker`), and a
reader that shares the writer's embedder and serves every read under its own
lock, so reads never wait for a write.  Front-ends (``storyline serve``'s
FastAPI app, its pages) only call these; the policy lives here, not in them.
"""
from __future__ import annotations

import threading
from contextlib import contextmanager
from typing import Iterator

from storyline.relinker import Relinker
from storyline.service import Storyline
from storyline.service_desk import IngestDesk


class SharedStoryline:
    """A writer and a reader :class:`Storyline` over one database, each with a lock."""

    def __init__(self, db_path: str):
        self.db_path = db_path
        self.writer = Storyline(db_path)
        self.reader = Storyline(db_path, embedder=self.writer.embedder)
        self.desk = IngestDesk(self.writer)
        self.write_lock = self.desk.write_lock
        self.read_lock = threading.RLock()
        self.relinker = self.desk.relinker = Relinker(self.writer, self.write_lock).start()

    @contextmanager
    def reading(self) -> Iterator[Storyline]:
        """The reader, held for one request (its connection serves one thread at a time)."""
        with self.read_lock:
            yield self.reader

    def close(self) -> None:
        self.desk.close()
        self.relinker.close()
        with self.write_lock, self.read_lock:
            self.writer.close()
            self.reader.close()
