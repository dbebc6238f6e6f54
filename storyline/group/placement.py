"""Placement, the group stage: where one analysed, embedded report goes.

Why one module owns it: every decision about a report's place (copy of a
stored report, member of an event, opener of a new one, moved on a second
look), and what follows from it (its names re-read against the event's, the
event's headline, centroid, size and dates), is made here and handed to the
service as one typed result, which the service only writes.  The stage holds
no connection: it reads stored reports through the ``fetch`` function it is
given (the service passes ``Store.get_article``), only to pick an event's
names and headline, exactly as they are stored.

Order of use, per report: :meth:`Placer.prepare` outside the write
transaction (builds the scorer's view; for an undated report the learned
view, five embeddings, so they are not made while the write lock is held),
then inside it :meth:`Placer.place` -> :class:`Placed`, the service writes a
new event's row (:attr:`Placed.new_event`) to learn its id, stores the
report, and :meth:`Placer.commit` records it in memory and returns the one
row update of a joined event.  A second look is :meth:`Placer.reconsider`
-> :class:`Moved` (applied in memory; the service writes it).
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

import numpy as np

from storyline.clean.headline import echoed_by_lead, names_the_page
from storyline.group.duplicates import band_keys, from_bytes, signature
from storyline.group.events import EventState
from storyline.group.grouper import Grouper, Placement
from storyline.records import Article, EntityMention

NAMES_READ = 40  # an event's members read for its names (the first ones placed)
# Second looks (:mod:`storyline.service_looks`): passes over a call's reports
# until one moves nothing; 3 passes against 1, replayed over ten input orders:
# demo corpus 0.952 -> 0.955, multilingual dev 0.965 -> 0.967 (docs/benchmarks.md).
LOOK_PASSES = 3


@dataclass
class EventUpdate:
    """An event's row as it must be stored (``event_id`` None: a new event,
    whose id the store gives)."""

    event_id: int | None
    headline: str
    centroid: np.ndarray
    size: int
    first: dt.date | None
    last: dt.date | None


@dataclass
class Placed:
    """Where a new report goes.  ``article`` carries the decision
    (``duplicate_of``; its names re-read against the event's); ``event_id``
    is None when it opens an event, whose row is ``new_event``."""

    article: Article
    vector: np.ndarray
    event_id: int | None
    signature: bytes
    new_event: EventUpdate | None = None
    placement: Placement | None = field(default=None, repr=False)

    @property
    def bands(self) -> list[bytes]:
        """Its MinHash LSH band keys, stored with it (:meth:`Store.add_lsh_bands`)."""
        return band_keys(from_bytes(self.signature))

    @property
    def duplicate_of(self) -> str | None:
        return self.article.duplicate_of


@dataclass
class Moved:
    """A placed report (and its copies) moved to a better event on a second
    look: each moved id with its names re-read against the new event's, the
    rows of the events that changed and the ids of those left empty; ``far``:
    they joined from beyond their window, so their dates are not the event's
    (stored with the membership: :meth:`Store.move_article`)."""

    article_id: str
    left: int
    target: int
    articles: list[tuple[str, list[EntityMention] | None]]
    events: list[EventUpdate]
    emptied: list[int]
    far: bool = False


def names_of(articles: Iterable[Article | None], limit: int = NAMES_READ) -> list[tuple[str, str]]:
    """The ``limit`` names most used by ``articles`` (an event's first
    members), each with the label they gave it most: what a report is read
    against to find its event's names in it (here, and at relink for Arabic
    and Hebrew reports, :mod:`storyline.service_abjad`)."""
    names: Counter[str] = Counter()
    labels: dict[str, Counter[str]] = {}
    for a in articles:
        if a is None:
            continue
        names.update({m.text for m in a.entities if len(m.text) > 2})
        for m in a.entities:
            labels.setdefault(m.text, Counter())[m.label] += 1
    # ties broken by name and label, not by set order (which varies with the hash seed)
    top = sorted(names.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
    return [(n, min(labels[n].items(), key=lambda kv: (-kv[1], kv[0]))[0]) for n, _ in top]


class Placer:
    """The group stage over one :class:`Grouper` (its in-memory indexes)."""

    def __init__(self, grouper: Grouper, fetch: Callable[[str], Article | None]):
        self.grouper = grouper
        self.fetch = fetch
        self._prepared: dict[str, tuple[Any, Any]] = {}  # report id -> (view, MinHash), made early

    # -- a new report --------------------------------------------------------------
    def prepare(self, article: Article, vector: np.ndarray) -> None:
        """Make the report's MinHash and scorer view before the write
        transaction; an undated report that copies no stored one also gets
        its learned view (its windows embedded) now, not under the lock."""
        scorer = self.grouper.scorer
        sig = signature(article.text)
        view = scorer.view(article, vector)
        if (article.published is None and hasattr(scorer, "prepare")
                and self.grouper.duplicates.find(sig) is None):
            scorer.prepare(view)
        self._prepared[article.id] = (view, sig)

    def discard(self, article_id: str) -> None:
        """Forget what :meth:`prepare` made for a report that is not placed."""
        self._prepared.pop(article_id, None)

    def place(self, article: Article, vector: np.ndarray) -> Placed:
        """Decide where a report goes; nothing is written, memory is unchanged."""
        from storyline.analyse.entities import extract_entities

        view, sig = self._prepared.pop(article.id, (None, None))
        placement = self.grouper.place(article, vector, view, sig)
        article.duplicate_of = placement.duplicate_of
        if placement.event_id is not None:
            # names the other reports of this event use help find them in this
            # one, across scripts (e.g. "Putin" -> "पुतिन")
            known = self.event_names(placement.event_id)
            if known:
                article.entities = extract_entities(article.text, article.lang, known=known)
            return Placed(article, vector, placement.event_id, placement.signature, None, placement)
        alone = EventState()  # the new event's row, as its state will hold it
        alone.add(article.id, np.asarray(vector, np.float32), article.published)
        return Placed(article, vector, None, placement.signature,
                      EventUpdate(None, article.title, alone.centroid, 1, alone.first, alone.last),
                      placement)

    def commit(self, placed: Placed, event_id: int) -> EventUpdate | None:
        """Record a stored report in memory (its event id known by now);
        returns the row update of the event it joined (None: it opened one,
        whose row :attr:`Placed.new_event` already was)."""
        article = placed.article
        article.event_id = event_id
        state = self.grouper.commit(article, placed.vector, placed.placement)
        if placed.event_id is None:
            return None
        return self._row(event_id, state)

    # -- a second look ---------------------------------------------------------------
    def reconsider(self, article: Article) -> Moved | None:
        """Move a placed report to a better event that later reports formed
        (:meth:`Grouper.reconsider`), in memory; None when it stays."""
        from storyline.analyse.entities import extract_entities

        target = self.grouper.reconsider(article)
        if target is None:
            return None
        known = self.event_names(target)
        left, ids = self.grouper.move(article.id, target)
        moved = []
        for aid in ids:
            stored = article if aid == article.id else self.fetch(aid)
            entities = (extract_entities(stored.text, stored.lang, known=known)
                        if known and stored is not None else None)
            moved.append((aid, entities))
        article.event_id = target
        events, emptied = [], []
        for event_id in (left, target):
            state = self.grouper.clusterer.events.get(event_id)
            if state is None:
                emptied.append(event_id)
            else:
                events.append(self._row(event_id, state))
        return Moved(article.id, left, target, moved, events, emptied, self.grouper.far_member(article.id))

    def redated(self, article: Article, open_event: Callable[[EventUpdate], int]) -> Moved | None:
        """A stored report that just got the date it lacked (the grouper
        rebuilt with it): a better event within its window (a second look),
        or, when none of its event's other dated reports is within its window
        (and one is dated), an event of its own (``open_event`` stores its row, returns its id), as
        if it had come dated; None when it stays."""
        moved = self.reconsider(article)
        if moved is not None:
            return moved
        g = self.grouper
        cl = g.clusterer
        copies = set(g._copies.get(article.id, ()))
        others = [m for m in cl.events[article.event_id].members if m != article.id and m not in copies]
        # an undated mate (a reprint of the wire story, or a page placed by its
        # content as this one was) says nothing of when the event was: Derna's
        # undated reprint kept a flood report dated six months later in Derna
        gaps = [gap for gap in (cl._gap(m, article.published) for m in others) if gap is not None]
        if not gaps or any(gap <= cl.window.days for gap in gaps):
            return None
        return self._own_event(article, open_event)

    def updated(self, article: Article, open_event: Callable[[EventUpdate], int]) -> Moved | None:
        """A stored report whose text its site replaced (the grouper rebuilt
        with its new vector, :mod:`storyline.service_update`): a better event
        (a second look), or, when its event's other reports no longer take it
        (their score for it is under the threshold, as a new report's would
        be), an event of its own; None when it stays."""
        moved = self.reconsider(article)
        if moved is not None:
            return moved
        g = self.grouper
        cl = g.clusterer
        exclude = frozenset({article.id, *g._copies.get(article.id, ())})
        if not any(m not in exclude for m in cl.events[article.event_id].members):
            return None  # alone in its event already
        score = cl.scores(cl.views[article.id], cl._index_vector(article.id), article.published,
                          exclude).get(article.event_id)
        if score is not None and score >= cl.threshold:
            return None
        return self._own_event(article, open_event)

    def _own_event(self, article: Article, open_event: Callable[[EventUpdate], int]) -> Moved:
        """Move a placed report (and its copies) to a new event of its own."""
        cl = self.grouper.clusterer
        target = open_event(EventUpdate(None, article.title, cl._index_vector(article.id), 1,
                                        article.published, article.published))
        left, ids = self.grouper.move(article.id, target)
        article.event_id = target
        return Moved(article.id, left, target, [(aid, None) for aid in ids],
                     [self.event_row(e) for e in (left, target) if e in cl.events], [])

    def event_row(self, event_id: int) -> EventUpdate:
        """An event's row as it stands in memory."""
        return self._row(event_id, self.grouper.clusterer.events[event_id])

    # -- what an event is called --------------------------------------------------
    def event_names(self, event_id: int, limit: int = NAMES_READ) -> list[tuple[str, str]]:
        """The event's most used names, each with the label its reports gave it most."""
        members = self.grouper.clusterer.events[event_id].members[:limit]
        return names_of((self.fetch(aid) for aid in members), limit)

    def headline(self, event_id: int) -> str:
        """Title of the member closest to the event's centre (English
        preferred), passing over titles that name the site, not the report
        (:func:`~storyline.clean.headline.names_the_page`), and titles that
        their own lead does not echo (:func:`~storyline.clean.headline.echoed_by_lead`),
        while another has one."""
        ranked = [self.fetch(a) for a in self.grouper.clusterer.central(event_id)]
        ranked = [m for m in ranked if m is not None]
        titled = [m for m in ranked if not names_the_page(m.title, m.source)]
        echoed = [m for m in titled if echoed_by_lead(m.title or "", m.text)]
        for pool in ([m for m in echoed if m.lang == "en"], echoed, [m for m in titled if m.lang == "en"],
                     titled, [m for m in ranked if m.lang == "en"]):
            if pool:
                return pool[0].title
        return ranked[0].title

    def _row(self, event_id: int, state: EventState) -> EventUpdate:
        return EventUpdate(event_id, self.headline(event_id), state.centroid, len(state.members),
                           state.first, state.last)
