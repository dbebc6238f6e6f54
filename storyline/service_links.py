"""Stories and entities lag the articles: the stale mark and its repair.

A mixin of :class:`storyline.service.Storyline` (kept apart so that module
stays small).  Every write transaction that adds or moves an article calls
:meth:`LinkState.mark_stale`, so the mark commits with the change; relinking
clears it in the transaction that writes the new links, only if no writer
bumped it meanwhile.  Whoever opens the database next (the CLI on any
command, the server's Relinker on start) repairs a mark a killed run left.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:
    from storyline.store import Store

STALE_KEY = "links.stale"  # a generation number while stories/entities lag the articles
TOUCHED_KEY = "links.touched"  # ids of the events changed since the last relink, or "all"


class LinkState:
    store: "Store"
    relink_stats: dict = {}  # the last relink: events, relinked (events), stories, CPU seconds per step

    def relink(self, full: bool = False) -> None:
        """Recompute stories and canonical entities from what is stored: only
        around the events changed since the last relink (their ids commit with
        the stale mark), or every event with ``full`` (or when the changed
        events are not known: a store an older version marked).

        The stale mark is cleared in the transaction that writes the new links,
        and only if no writer marked it again meanwhile (it is a generation
        number): a kill at any moment leaves either the old links and the mark,
        or the new links and no mark; a concurrent writer's articles are never
        left unlinked without a mark.
        """
        from storyline.service_stories import relink

        seen = self.store.get_state(STALE_KEY)
        touched = self.store.get_state(TOUCHED_KEY)
        if full or not seen or not isinstance(touched, list):
            touched = None  # a full relink

        def clear() -> None:
            if self.store.get_state(STALE_KEY) == seen:
                self.store.set_state(STALE_KEY, False)
                self.store.set_state(TOUCHED_KEY, [])

        relink(self, clear, None if touched is None else set(touched))

    def mark_stale(self, events: Iterable[int | None] | None = None) -> None:
        """Say, in the store, that stories and entities lag the articles.

        Called inside every write transaction that adds or moves an article,
        so the mark and the change commit together; whoever opens the database
        next sees it and relinks (:meth:`repair_links`, the server's Relinker).
        ``events``: the ids of the events the change touched (None: unknown,
        so the next relink is a full one).
        """
        with self.store.transaction():
            now = self.store.get_state(STALE_KEY)
            generation = now if isinstance(now, int) and not isinstance(now, bool) else 0
            self.store.set_state(STALE_KEY, generation + 1)
            touched = self.store.get_state(TOUCHED_KEY)
            if not now:  # links were up to date: nothing was touched before this change
                touched = []
            if events is None or not isinstance(touched, list):
                self.store.set_state(TOUCHED_KEY, "all")
            else:
                self.store.set_state(TOUCHED_KEY, sorted(set(touched) | {e for e in events if e is not None}))

    @property
    def stale(self) -> bool:
        return bool(self.store.get_state(STALE_KEY))

    def repair_links(self) -> bool:
        """Relink if an earlier process stopped between storing articles and
        linking them (killed, or a server that deferred it); True if it did."""
        if not self.stale:
            return False
        self.relink()
        return True
