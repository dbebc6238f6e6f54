"""Replay stored articles through the grouping stages with other settings.

Choosing the event and story settings by cross-validation
(:mod:`storyline.bench.clustering_cv`) needs the same articles grouped under
many settings.  Cleaning, analysing and embedding do not depend on those
settings, so each labelled file is ingested once through the real service
(:func:`storyline.bench.clustering.ingest_rows`, default settings, ``relink``
off); then every setting replays the stored reports through a fresh
:class:`~storyline.group.grouper.Grouper` in the order the service placed them
(ingest order: dated reports in input order, then the undated ones), gives every
report its second looks as the service does, and links the resulting
events into stories with :func:`~storyline.group.story_graph.link_stories`.

What a replay does not redo: names read against an event's other reports at
placement (the stored names, from the default settings, feed story linking).
The learned scorer's views are built once per article, and each pair's
learned score once, shared by all replays (they do not depend on any cut).
"""
from __future__ import annotations

import dataclasses
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import numpy as np

from storyline.bench.clustering import ingest_rows
from storyline.group.events import (FAR_ANCHOR, FAR_LEAD, FAR_MARGIN, FAR_MATES, LONE_EXTRA, MERGE_LOOK, PENALTY_BY,
                                    SHARED_LANGUAGES)
from storyline.group.placement import LOOK_PASSES
from storyline.analyse.where import MAIN_SHARE, MIN_WEIGHT
from storyline.group.grouper import WHERE
from storyline.group.scoring import LEAD_WEIGHT, UNANCHORED_PENALTY, EmbeddingScorer, HybridScorer, LearnedScorer
from storyline.group.stories import REFERENCE_WEIGHT
from storyline.records import Article


@dataclass(frozen=True)
class EventSetting:
    """What decides an event (:mod:`storyline.group.events`, the scorers' cuts)."""

    window_days: int
    day_penalty: float
    cosine_cut: float
    learned_cut: float
    lead_weight: float = LEAD_WEIGHT  # HybridScorer: lead cosine's share for undated pairs
    where: str = WHERE  # Grouper: which reports the country veto judges
    where_weight: float = MIN_WEIGHT  # the place evidence each side needs
    where_share: float = MAIN_SHARE  # a main country's share of that evidence
    shared_languages: bool = SHARED_LANGUAGES  # second look: events weighed on the languages both hold
    unanchored_penalty: float = UNANCHORED_PENALTY  # HybridScorer: undated pair with no shared anchor key
    lone_extra: float = LONE_EXTRA  # second look: what a lone undated report's event clears the cut by
    penalty_by: str = PENALTY_BY  # day penalty: each pair's days, or the event's nearest day
    far_margin: float | None = FAR_MARGIN  # second look beyond the window for a lone dated report (None: off)
    far_lead: float = FAR_LEAD  # ... and the lead cosine margin it needs
    far_mates: bool = FAR_MATES  # ... also for a dated report with undated mates only
    far_anchor: bool = FAR_ANCHOR  # ... and with far (or undated) mates only, its own event scored undated
    merge_look: bool = MERGE_LOOK  # second look: a report's whole event into another (events.MERGE_LOOK)


    def label(self) -> str:
        return (f"window {self.window_days} d, penalty {self.day_penalty:g}/day, "
                f"cosine {self.cosine_cut:g}, learned {self.learned_cut:g}, lead {self.lead_weight:g}, "
                f"where {self.where} (weight {self.where_weight:g}, share {self.where_share:g}), "
                f"shared languages {'on' if self.shared_languages else 'off'}, "
                f"unanchored {self.unanchored_penalty:g}, lone extra {self.lone_extra:g}, "
                f"penalty by {self.penalty_by}, far look "
                + ("off" if self.far_margin is None else f"{self.far_margin:g} (lead {self.far_lead:g}"
                   + (", undated mates too" if self.far_mates else "")
                   + (", far mates too)" if self.far_anchor else ")"))
                + (", merge look" if self.merge_look else ""))


@dataclass(frozen=True)
class StorySetting:
    """What links events into a story (:mod:`storyline.group.stories`)."""

    threshold: float
    max_gap_days: int
    reference_weight: float = REFERENCE_WEIGHT

    def label(self) -> str:
        return (f"story cut {self.threshold:g} within {self.max_gap_days} d, "
                f"back-references {self.reference_weight:g}")


class _SharedLearned(LearnedScorer):
    """The learned scorer with another cut, its views and pair scores shared
    between replays.

    A pair's learned score depends on the two articles only (not on any cut,
    window or order), and the views are the same objects in every replay, so
    each pair is scored once over the whole grid: the trees are most of a
    replay's cost, and most settings compare the same pairs."""

    def __init__(self, model: Any, embedder: Any, cache: dict[str, Any], threshold: float,
                 scores: dict[tuple[int, int], float] | None = None):
        self.model, self.embedder, self.cache, self.threshold = model, embedder, cache, threshold
        self.scores = {} if scores is None else scores

    def views(self, articles):
        missing = [a for a in articles if a.id not in self.cache]
        if missing:
            self.cache.update(zip((a.id for a in missing), super().views(missing)))
        return [self.cache[a.id] for a in articles]

    def score_many(self, view, views) -> np.ndarray:
        # views live in ``cache`` for the file's lifetime, so their ids are stable keys
        todo = [v for v in views if (id(view), id(v)) not in self.scores]
        if todo:
            fresh = super().score_many(view, todo)
            self.scores.update(((id(view), id(v)), float(s)) for v, s in zip(todo, fresh))
        return np.array([self.scores[id(view), id(v)] for v in views], dtype=np.float32)


class EventsOf(dict):
    """Article id -> event id, and ``far``: the members that joined their
    event from beyond their window, whose dates are not its dates."""

    far: frozenset[str] = frozenset()


class StoredFile:
    """One labelled file, ingested once; replays group its stored reports."""

    def __init__(self, path: str | Path, rows: list[dict], progress: Callable[[str], None] | None = None):
        from storyline.service import Storyline

        self.path, self.rows = str(path), rows
        with tempfile.TemporaryDirectory() as tmp:
            app = Storyline(str(Path(tmp) / "replay.db"))
            as_placed: dict[str, dict[str, Any]] = {}
            place = app._place

            def recording(raw, article, report):
                as_placed[article.id] = {"title": article.title, "text": article.text}
                return place(raw, article, report)

            app._place = recording  # what placement read (see self.placed)
            try:
                report, origin_of = ingest_rows(app, rows, path, progress)
                stored = app.store.articles(flagged=None)  # ingest order = placement order
                vectors = {r.article_id: r.vector for r in app.store.iter_vectors()}
                self.embedder = app.embedder  # its cache outlives the store (undated reports' views)
                self.embed = app.embedder.embed
            finally:
                app.close()
        # line id -> stored article id (lines repeating a stored text share it)
        self.stored_as = {str(r["id"]): report.placed.get(origin_of[str(r["id"])]) for r in rows}
        self.articles = [a for a in stored if not a.not_article and a.id in vectors]
        # What is stored is not what placement read: a source's boilerplate
        # learned during the call is cut from its earlier reports afterwards
        # (Wikinews: 10 of 115 texts, 7b59… lost 1,000 characters), and the
        # learned views read the text.  The replay places each report with the
        # title and text placement read, so the shipped setting forms ingest's
        # events (Wikinews: it did not, 0.828 replayed against 0.818).
        self.placed = [dataclasses.replace(a, **as_placed[a.id]) if a.id in as_placed else a
                       for a in self.articles]
        self.vectors = vectors
        self._learned_views: dict[str, Any] = {}
        self._learned_scores: dict[tuple[int, int], float] = {}
        self._model = None
        self._priors = None

    def _scorer(self, s: EventSetting) -> HybridScorer:
        if self._model is None:
            learned = LearnedScorer()
            self._model, self._priors = learned.model, EmbeddingScorer().priors
        cosine = EmbeddingScorer(priors=self._priors)
        cosine.threshold = s.cosine_cut
        learned = _SharedLearned(self._model, self.embedder, self._learned_views, s.learned_cut,
                                 self._learned_scores)
        return HybridScorer(cosine, learned, lead_weight=s.lead_weight,
                            unanchored_penalty=s.unanchored_penalty)

    def events(self, s: EventSetting) -> "EventsOf":
        """Stored article id -> event id under setting ``s`` (with its far members)."""
        clusterer = self.replay(s).clusterer
        out = EventsOf(clusterer.event_of)
        out.far = frozenset(m for ev in clusterer.events.values() for m in ev.far)
        return out

    def replay(self, s: EventSetting):
        """The :class:`~storyline.group.grouper.Grouper` after placing every
        stored report under setting ``s`` (its scorer and indexes, for a
        look at why a report went where it did)."""
        from storyline.group.grouper import Grouper

        grouper = Grouper(self._scorer(s), where_scope=s.where, where_weight=s.where_weight,
                          where_share=s.where_share,
                          window_days=s.window_days, day_penalty=s.day_penalty,
                          shared_languages=s.shared_languages, lone_extra=s.lone_extra,
                          penalty_by=s.penalty_by, far_margin=s.far_margin, far_lead=s.far_lead,
                          far_mates=s.far_mates, far_anchor=s.far_anchor, merge_look=s.merge_look)
        next_id = 1
        placed: list[Article] = []
        for stored in self.placed:
            a = dataclasses.replace(stored, event_id=None, duplicate_of=None)
            vector = self.vectors[a.id]
            placement = grouper.place(a, vector)
            a.duplicate_of = placement.duplicate_of
            if placement.event_id is None:
                a.event_id, next_id = next_id, next_id + 1
            else:
                a.event_id = placement.event_id
            grouper.commit(a, vector, placement)
            placed.append(a)
        for _ in range(LOOK_PASSES):  # second looks, as ingest gives them (storyline.service_looks)
            moves = 0
            for a in placed:  # in placement order
                if a.duplicate_of is None:
                    target = grouper.reconsider(a)
                    if target is not None:
                        grouper.move(a.id, target)
                        moves += 1
            if not moves:
                break
        return grouper

    def stories(self, event_of: dict[str, int], settings: list[StorySetting]) -> list[dict[str, int]]:
        """Stored article id -> story id, for each story setting, over these events."""
        from storyline.group.story_graph import link_stories

        profiles = self.story_profiles(event_of)
        out = []
        for s in settings:
            story_of_event = link_stories([dataclasses.replace(p) for p in profiles], s.threshold,
                                          max_gap_days=s.max_gap_days,
                                          reference_weight=s.reference_weight)
            out.append({aid: story_of_event[e] for aid, e in event_of.items()})
        return out

    def story_profiles(self, event_of: dict[str, int]) -> list:
        """What story linking reads of these events (by event id), as ingest builds it."""
        from storyline.group.events import EventState
        from storyline.group.stories import EventProfile, add_evidence

        states: dict[int, EventState] = {}
        far = getattr(event_of, "far", frozenset())  # their dates are not their events' (event_state)
        members = [dataclasses.replace(a, event_id=event_of[a.id]) for a in self.articles if a.id in event_of]
        for a in members:
            states.setdefault(a.event_id, EventState()).add(
                a.id, np.asarray(self.vectors[a.id], np.float32), a.published, a.id in far)
        base = [EventProfile(e, st.centroid, first=st.first, last=st.last, size=len(st.members))
                for e, st in sorted(states.items())]
        return add_evidence(base, members, lambda texts: self.embed(texts, "passage"))

    def labels(self, of_article: dict[str, int], kind: str) -> list[str]:
        """Each line's predicted group; a line whose article is in none (a page
        the gate flagged, a line not stored) is a group of its own."""
        out = []
        for r in self.rows:
            aid = self.stored_as[str(r["id"])]
            group = of_article.get(aid) if aid else None
            out.append(f"{kind}:{group}" if group is not None else f"alone:{r['id']}")
        return out
