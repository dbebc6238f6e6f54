"""Events and stories as readers list them (one query and one row builder
each) and what a relink rewrites of stories, once for every backend.

Why one place: these are the numbers a reader sees (sources, reports of
unknown source, undated reports, languages, date range); computed by two
near-copies, a change to one count on one backend would make the two
backends disagree on the same data.  The queries are standard SQL but for
what :class:`~storyline.store.dialect.Dialect` spells per engine (marks, the
distinct-languages aggregate, dates read back); NULL dates sort as SQLite
sorts them (first ascending, last descending), written out so PostgreSQL
sorts alike.  Each row carries its stored happening day (``events.happened``:
:mod:`storyline.store.happened_column`), so a list orders and dates by it for free.  Mixed into both store classes; needs ``dialect``, ``_rows``
and ``_one`` (rows readable by column name with ``dicts=True``).
"""
from __future__ import annotations

from typing import Any

from storyline.store.change_feed import writes
from storyline.store.records import EventRow, StoryRow

# what an event or a story counts over its reports (alias ``a``)
_COVERAGE = """COUNT(DISTINCT CASE WHEN a.duplicate_of IS NULL AND COALESCE(a.source, '') <> ''
                     THEN {lower}(a.source) END) AS n_sources,
               SUM(CASE WHEN a.id IS NOT NULL AND a.duplicate_of IS NULL
                   AND COALESCE(a.source, '') = '' THEN 1 ELSE 0 END) AS n_unknown_source,
               SUM(CASE WHEN a.id IS NOT NULL AND a.published IS NULL THEN 1 ELSE 0 END) AS n_undated"""

_EVENT_Q = """
        SELECT e.id, e.headline, e.first_date, e.last_date, e.happened, e.story_id, COUNT(a.id) AS n,
               {coverage}, {langs} AS langs
        FROM events e LEFT JOIN articles a ON a.event_id = e.id
        {where} GROUP BY e.id
        ORDER BY n DESC, e.last_date DESC NULLS LAST, COALESCE(e.happened, e.first_date) DESC NULLS LAST, e.id"""

_STORY_Q = """
        SELECT s.id, s.headline, COUNT(a.id) AS n_articles, {coverage},
               {langs} AS langs, MIN(e.first_date) AS first_date, MAX(e.last_date) AS last_date,
               MIN(COALESCE(e.happened, e.first_date)) AS happened
        FROM stories s JOIN events e ON e.story_id = s.id
        LEFT JOIN articles a ON a.event_id = e.id
        {where} GROUP BY s.id
        ORDER BY MAX(e.last_date) DESC NULLS LAST, n_articles DESC, MIN(COALESCE(e.happened, e.first_date)) DESC NULLS LAST, s.id"""


def story_changes(before: dict[int, int], heads_before: dict[int, str], event_story: dict[int, int],
                  headlines: dict[int, str]) -> tuple[list[int], list[tuple[int, int]], list[int], list[tuple[int, str]]]:
    """What :meth:`Store.replace_stories` writes, as a difference from what is
    stored (``before``: event -> story; ``heads_before``: story -> headline):
    events whose story goes, ``(story, event)`` assignments that change,
    stories that go, ``(story, headline)`` rows new or renamed.  An ingest
    call changes a few stories of thousands; rewriting every event row (each
    holding its centroid) cost 0.1-0.2 CPU s at 20,000 reports."""
    cleared = sorted(e for e in before if e not in event_story)
    moved = sorted((s, e) for e, s in event_story.items() if before.get(e) != s)
    gone = sorted(s for s in heads_before if s not in headlines)
    renamed = sorted((s, h) for s, h in headlines.items() if heads_before.get(s) != h or s not in heads_before)
    return cleared, moved, gone, renamed


def _earlier(happened, first):
    """The stored happening's day where it is before the first report's (a row's
    ``happened``): an earlier report stored since the last relink may have moved
    the first report's day back past it (the next relink places the event again)."""
    return happened if happened is not None and first is not None and happened < first else None


def _languages(langs: str | None) -> list[str]:
    return sorted(langs.split(",")) if langs else []


class EventTables:
    """:class:`~storyline.store.base.Store` event and story listings, and
    the stories a relink writes."""

    def _listing_q(self, template: str, where: str = "") -> str:
        return template.format(coverage=_COVERAGE.format(lower=self.dialect.lower), langs=self.dialect.distinct_list("a.lang"), where=where)

    # -- events -------------------------------------------------------------
    def _event_row(self, r: Any) -> EventRow:
        day = self.dialect.day
        return EventRow(id=r["id"], headline=r["headline"] or "", n_articles=r["n"],
                        n_sources=r["n_sources"], n_unknown_source=int(r["n_unknown_source"] or 0),
                        n_undated=int(r["n_undated"] or 0), languages=_languages(r["langs"]),
                        first_date=day(r["first_date"]), last_date=day(r["last_date"]), story_id=r["story_id"],
                        happened=_earlier(day(r["happened"]), day(r["first_date"])))

    def events(self) -> list[EventRow]:
        return [self._event_row(r) for r in self._rows(self._listing_q(_EVENT_Q), dicts=True)]

    def event(self, event_id: int) -> EventRow | None:
        r = self._one(self._listing_q(_EVENT_Q, f"WHERE e.id={self.dialect.param}"), (event_id,), dicts=True)
        return self._event_row(r) if r else None

    # -- stories ------------------------------------------------------------
    def _story_row(self, r: Any) -> StoryRow:
        day = self.dialect.day
        events = [x[0] for x in self._rows(
            f"SELECT id FROM events WHERE story_id={self.dialect.param} "
            "ORDER BY COALESCE(happened, first_date) NULLS FIRST, first_date, id",  # as their happenings took place
            (r["id"],))]
        return StoryRow(id=r["id"], headline=r["headline"] or "", event_ids=events,
                        n_articles=r["n_articles"], n_sources=r["n_sources"],
                        n_unknown_source=int(r["n_unknown_source"] or 0), n_undated=int(r["n_undated"] or 0),
                        languages=_languages(r["langs"]), first_date=day(r["first_date"]),
                        last_date=day(r["last_date"]), happened=_earlier(day(r["happened"]), day(r["first_date"])))

    def stories(self) -> list[StoryRow]:
        return [self._story_row(r) for r in self._rows(self._listing_q(_STORY_Q), dicts=True)]

    def story(self, story_id: int) -> StoryRow | None:
        r = self._one(self._listing_q(_STORY_Q, f"WHERE s.id={self.dialect.param}"), (story_id,), dicts=True)
        return self._story_row(r) if r else None

    @writes
    def replace_stories(self, event_story: dict[int, int], headlines: dict[int, str]) -> None:
        d = self.dialect
        cleared, moved, gone, renamed = story_changes(
            self.story_map(), {r[0]: r[1] for r in self._rows("SELECT id, headline FROM stories")},
            event_story, headlines)  # only what changed is written
        for clause, args in d.any_of_pieces("id", gone):
            self._exec(f"DELETE FROM stories WHERE {clause}", args)
        self._many(d.upsert("stories", ("id", "headline"), "id", touch=True), renamed)
        for clause, args in d.any_of_pieces("id", cleared):
            self._exec(f"UPDATE events SET story_id = NULL WHERE {clause}", args)
        self._many(f"UPDATE events SET story_id={d.param} WHERE id={d.param}", moved)

    def story_map(self) -> dict[int, int]:
        return {e: s for e, s in self._rows("SELECT id, story_id FROM events WHERE story_id IS NOT NULL")}
