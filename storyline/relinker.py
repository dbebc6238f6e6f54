"""Deferred, coalesced relinking for a server that takes articles one request at a time.

:meth:`Storyline.relink` recomputes stories and canonical entities over the
whole corpus.  Run after every POST, a client sending one article per request
would pay that whole-corpus cost per article.  The server instead ingests with
``relink=False``, marks the links stale, and asks this background thread to
relink: it waits until writes pause for ``delay`` seconds (a burst of POSTs
costs one relink), but never lets the links lag more than ``max_delay`` seconds
while writes keep coming.  The stale mark lives in the store, so a server
killed before relinking catches up when it starts again (:meth:`flush`).
"""
from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING, ContextManager

if TYPE_CHECKING:
    from storyline.service import Storyline


class Relinker:
    def __init__(self, app: "Storyline", lock: ContextManager, delay: float = 1.0,
                 max_delay: float = 10.0):
        self.app = app
        self.lock = lock  # the writer's lock: relinking writes stories and entities
        self.delay = delay
        self.max_delay = max_delay
        self._wake = threading.Event()
        self._closing = False
        self._thread = threading.Thread(target=self._run, name="storyline-relinker", daemon=True)

    def start(self) -> "Relinker":
        self.flush()
        self._thread.start()
        return self

    def request(self) -> None:
        """Call after a write (the caller has marked the links stale)."""
        self._wake.set()

    def flush(self) -> None:
        """Relink now if the links are stale."""
        with self.lock:
            if self.app.stale:
                self.app.relink()

    def close(self) -> None:
        """Stop the thread and bring the links up to date before leaving."""
        self._closing = True
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join(timeout=60)
        self.flush()

    def _run(self) -> None:
        while True:
            self._wake.wait()
            if self._closing:
                return
            first = time.monotonic()
            # debounce: keep waiting while requests keep coming, up to max_delay
            while True:
                self._wake.clear()
                left = self.max_delay - (time.monotonic() - first)
                if left <= 0 or not self._wake.wait(min(self.delay, left)) or self._closing:
                    break
            if self._closing:
                return
            try:
                self.flush()
            except Exception as exc:  # a failed relink must not kill the server; the
                # stale mark stays, so the next write or restart retries
                import sys
                print(f"storyline: relink failed: {type(exc).__name__}: {exc}", file=sys.stderr)
