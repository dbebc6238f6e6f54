"""Ingest for a server: off the caller's thread, bounded, one writer at a time.

Why: an ingest request is CPU work (JSON parsing, HTML extraction, cleaning,
analysis, embedding: an 8.8 MB page takes tens of seconds).  Run on a
server's event loop it stops every other request (a ``/api/health`` waited
19.9 s).  The desk runs each request's job in a small pool of its own threads
(``workers``), admits at most ``max_pending`` jobs at once (running or
queued) and refuses more with :class:`Busy` (the API answers 503 with
Retry-After), and serialises the writes themselves behind one lock: the
SQLite connection of the writer serves one thread at a time.  Reads use
another connection and are never behind this lock.

Front-ends stay thin: the API awaits the :class:`concurrent.futures.Future`
that :meth:`IngestDesk.submit` returns.
"""
from __future__ import annotations

import threading
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Callable, Iterable, TypeVar

if TYPE_CHECKING:
    from storyline.ingest.readers import IngestError
    from storyline.records import RawArticle
    from storyline.relinker import Relinker
    from storyline.service import IngestReport, Storyline

T = TypeVar("T")
WORKERS = 2       # ingest jobs running at once (parsing in parallel; writes take turns)
MAX_PENDING = 8   # jobs admitted at once, running or waiting; more are refused (503)


class Busy(RuntimeError):
    """Too many ingest jobs are admitted already; the caller should retry later."""


class IngestDesk:
    def __init__(self, writer: "Storyline", workers: int = WORKERS, max_pending: int = MAX_PENDING):
        self.writer = writer
        self.write_lock = threading.Lock()  # also the Relinker's: relinking writes too
        self.relinker: "Relinker | None" = None
        self.max_pending = max_pending
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="storyline-ingest")
        self._pending = 0
        self._count_lock = threading.Lock()

    def submit(self, job: Callable[[], T]) -> "Future[T]":
        """Run ``job`` on the desk's threads; :class:`Busy` if ``max_pending`` are admitted."""
        with self._count_lock:
            if self._pending >= self.max_pending:
                raise Busy(f"{self._pending} ingest requests are already in progress; "
                           "retry in a few seconds")
            self._pending += 1
        try:
            future = self._pool.submit(job)
        except BaseException:
            self._release()
            raise
        future.add_done_callback(lambda _f: self._release())
        return future

    def _release(self) -> None:
        with self._count_lock:
            self._pending -= 1

    @property
    def pending(self) -> int:
        return self._pending

    def ingest(self, items: Iterable["RawArticle | IngestError"]) -> "IngestReport":
        """Store parsed items as one writer (call from a job); relinking is left
        to the background :class:`~storyline.relinker.Relinker`."""
        with self.write_lock:
            report = self.writer.ingest(items, relink=False)
        if report.added and self.relinker is not None:
            self.relinker.request()
        return report

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


__all__ = ["Busy", "IngestDesk", "WORKERS", "MAX_PENDING"]
