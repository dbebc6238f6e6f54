"""The change feed behind :meth:`Store.changes_elsewhere`, shared by backends.

Each backend keeps a ``changes`` log filled by database triggers (so no write
path can forget it): ``add`` when an article is inserted, ``move`` when one
changes event, ``delete``/``event_delete`` when rows go.  Writers are
serialised per database, so log positions grow in commit order and the rows a
writer transaction adds are exactly those between the log's end when it took
the lock and its end at commit: those ranges are this connection's own and are
left out of what it reports.
"""
from __future__ import annotations

import functools
from typing import Callable, TypeVar

from storyline.store.records import Changes

F = TypeVar("F", bound=Callable)


def writes(method: F) -> F:
    """Run a write method in the store's writer transaction (joins an open one),
    so a write outside :meth:`Store.transaction` is still atomic and locked."""
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        with self.transaction():
            return method(self, *args, **kwargs)
    return wrapper  # type: ignore[return-value]


class ChangeFeed:
    """Mixin: own-versus-foreign bookkeeping over the backend's change log."""

    _feed_on = False  # off while migrations run (the log may not exist yet)

    def _log_end(self) -> int:
        """The log's last position (0 when empty)."""
        raise NotImplementedError

    def _log_after(self, position: int) -> list[tuple[int, str, str | None]]:
        """``(position, kind, article id)`` of every log row after ``position``, in order."""
        raise NotImplementedError

    def _feed_open(self) -> None:
        self._seen = self._log_end()
        self._own: list[tuple[int, int]] = []  # (after, up to] ranges this connection wrote
        self._tx_start = 0
        self._feed_on = True

    def _feed_begin(self) -> None:
        """Call right after the writer lock is taken."""
        if self._feed_on:
            self._tx_start = self._log_end()

    def _feed_commit(self) -> None:
        """Call right before commit, still holding the lock."""
        if not self._feed_on:
            return
        end = self._log_end()
        if end > self._tx_start:
            self._own.append((self._tx_start, end))

    def changes_elsewhere(self) -> Changes:
        rows = self._log_after(self._seen)
        added: list[str] = []
        moved: list[str] = []
        deleted = 0
        other = False
        for position, kind, article_id in rows:
            if any(lo < position <= hi for lo, hi in self._own):
                continue
            if kind == "add" and article_id is not None:
                added.append(article_id)
            elif kind == "move" and article_id is not None:
                moved.append(article_id)
            elif kind == "event_delete":
                deleted += 1
            else:
                other = True
        if rows:
            self._seen = rows[-1][0]
        self._own = [(lo, hi) for lo, hi in self._own if hi > self._seen]
        return Changes(self._seen, added, other, moved, deleted)
