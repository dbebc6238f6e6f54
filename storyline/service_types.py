"""Types the service's modules share, in a module that imports none of them.

:class:`IngestReport` is what an ingest call returns; :class:`ServiceContext`
is what the service's helper modules (stories, facts, boilerplate) need of
:class:`storyline.service.Storyline`: its store and its embedder.  They take
that rather than the class, so ``service`` imports them and none imports
``service`` back (no import cycles, ``tests/test_imports.py``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from storyline.ingest.formats import IngestError

if TYPE_CHECKING:
    from storyline.embed import Embedder
    from storyline.store import Store


class ServiceContext(Protocol):
    """A database and the embedder that made (and queries) its vectors."""

    store: Store
    embedder: Embedder
    relink_stats: dict  # what the last relink did (service_stories writes it)
    story_evidence_writes: tuple  # (event -> row, whole) a relink writes (service_stories)


REDATED_TO = ("stayed", "moved", "own")  # what a re-dated report's second placement did


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # already stored (idempotent re-ingest)
    failed: list[IngestError] = field(default_factory=list)
    warnings: list[IngestError] = field(default_factory=list)  # stored, but part of the input was unusable
    placed: dict[str, str] = field(default_factory=dict)  # origin -> id of the stored article (new or not)
    new_events: int = 0
    duplicates: int = 0
    moved: int = 0  # reports moved to a better event on a second look
    redated: list[str] = field(default_factory=list)  # stored undated, dated by this call (service_redate)
    # where each re-dated report went: "stayed" in its event, "moved" to a better
    # one, or "own" (left its event, whose reports are dated far from it, for one of its own)
    redated_to: dict[str, str] = field(default_factory=dict)
    not_articles: list[str] = field(default_factory=list)  # stored flagged by the gate, in no event
    updated: list[str] = field(default_factory=list)  # stored, given the new text their site sent (service_update)

    def redated_counts(self) -> dict[str, int]:
        """How many re-dated reports each outcome of :data:`REDATED_TO` had."""
        outcomes = list(self.redated_to.values())
        return {k: outcomes.count(k) for k in REDATED_TO}

    def as_dict(self) -> dict:
        return {"added": len(self.added), "skipped": len(self.skipped),
                "failed": [{"origin": e.origin, "reason": e.reason} for e in self.failed],
                "warnings": [{"origin": e.origin, "reason": e.reason} for e in self.warnings],
                "new_events": self.new_events, "duplicates": self.duplicates, "moved": self.moved,
                "not_articles": len(self.not_articles), "redated": len(self.redated),
                "redated_to": self.redated_counts(), "updated": len(self.updated)}
