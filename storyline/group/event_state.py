"""One event as placement holds it: members, their vector sum and the event's days.

The event's days (``first``, ``last``) are what its row stores and readers
see (the lists' first and last day, a story timeline's dot for the event),
and what the placement window of later reports is measured from
(:meth:`EventClusterer._in_window`).  A report that joined from beyond its
window (a "far" member: :meth:`EventClusterer._far`, a source page dated
days to years from the happening, JPL's NEO page dated 2000 in the 2004
asteroid event) stays a member, but its date is not the event's: the days
come from the other members.  Before, it kept widening them: on Wikinews
dev the December 2004 asteroid event started in 2000, and any later report
dated between was in its window (docs/benchmarks.md, h-events19).  Only an
event whose members are all far (its others moved out) takes their dates.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Iterable

import numpy as np


@dataclass
class EventState:
    members: list[str] = field(default_factory=list)
    vector_sum: np.ndarray | None = None
    first: dt.date | None = None
    last: dt.date | None = None
    far: set[str] = field(default_factory=set)  # members that joined from beyond their window

    def add(self, article_id: str, vector: np.ndarray, published: dt.date | None,
            far: bool = False) -> None:
        """Add a member; a far member's date counts only while every member is far."""
        all_far = bool(self.members) and len(self.far) == len(self.members)
        self.members.append(article_id)
        self.vector_sum = vector.copy() if self.vector_sum is None else self.vector_sum + vector
        if far:
            self.far.add(article_id)
        elif all_far:  # the far members' days give way to the first member of the event's own
            self.first = self.last = None
        if published and (not far or len(self.far) == len(self.members)):
            self.first = min(self.first or published, published)
            self.last = max(self.last or published, published)

    def remove(self, article_id: str, vector: np.ndarray,
               published: dict[str, dt.date | None]) -> None:
        """Take a member out (``published``: every member's date, for the days left)."""
        self.members.remove(article_id)
        self.far.discard(article_id)
        if self.members:
            self.vector_sum = self.vector_sum - vector
            self.redate(published)

    def redate(self, published: dict[str, dt.date | None]) -> None:
        """The event's days from its members' dates, far members aside."""
        self.first, self.last = days(self.members, self.far, published)

    @property
    def centroid(self) -> np.ndarray:
        v = self.vector_sum
        return v / max(np.linalg.norm(v), 1e-9)


def days(members: Iterable[str], far: set[str],
         published: dict[str, dt.date | None]) -> tuple[dt.date | None, dt.date | None]:
    """First and last day of the members not in ``far`` (all of them where all are far)."""
    members = list(members)
    own = [m for m in members if m not in far] or members
    dates = [d for d in (published.get(m) for m in own) if d]
    return (min(dates), max(dates)) if dates else (None, None)
