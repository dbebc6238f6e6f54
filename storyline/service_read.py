"""The service's read side: what the CLI, the API and the pages ask of a database.

A mixin of :class:`storyline.service.Storyline` (kept apart so that module
holds the write path only).  Every front-end reads through these methods, never
through the store: detail records (:mod:`storyline.details`) for one event or
story, rows for lists, search with its filters, export.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
from typing import IO, TYPE_CHECKING, Sequence

from storyline.details import (EVENT_NAMES, EntityDetail, EventDetail, StoryDetail, coverage,
                               entity_detail, top_entities)
from storyline.records import Article
from storyline.serialize import EXPORT_FIELDS, export_row
from storyline.store import EntityRow, EventRow, Store, StoryRow
from storyline.store.base import SearchFilters

if TYPE_CHECKING:
    from storyline.embed import Embedder
    from storyline.search_results import SearchResult

# A spreadsheet runs a cell that starts with one of these as a formula (OWASP
# "CSV injection"): =HYPERLINK(…) in an article's title would become a live link.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> object:
    """A CSV cell a spreadsheet shows as text: a string starting with a formula
    character (:data:`FORMULA_STARTS`) gets a leading apostrophe, which
    spreadsheets read as "text follows"; the rest of the text is unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value



def closest(given: str, names: Sequence[str], n: int = 3) -> list[str]:
    """Up to ``n`` of ``names`` that ``given`` may have meant, nearest first:
    those containing it (or contained in it: "harbour" for "The Harbour
    Times") first, then those a typo away (:func:`entity_lookup.typo_close`,
    whole or one word of it), by :class:`difflib.SequenceMatcher` ratio, all
    case-folded; the order of ``names`` breaks ties.  A name neither is not
    offered: "Nope" was told "closest: 'Alpenpost'", a guess no reader
    could have meant."""
    import difflib

    from storyline.analyse.entity_lookup import typo_close

    key = given.casefold().strip()

    def near(name: str) -> tuple[bool, float]:
        folded = name.casefold()
        return (key in folded or folded in key, difflib.SequenceMatcher(None, key, folded).ratio())

    def close(name: str) -> bool:
        folded = name.casefold()
        # a letter or two is inside most names: containment needs a word's length
        return (len(key) >= 3 and (key in folded or folded in key)) or any(
            typo_close(key, w) for w in {folded, *folded.replace(".", " ").split()})

    return sorted((name for name in names if close(name)), key=near, reverse=True)[:n]


def _names_nothing(name: str, given: str, stored: Sequence[str]) -> str:
    """Why a ``source`` or ``lang`` filter value matches no stored article."""
    if name == "lang":
        return f"no stored report is in {given!r} (stored: {', '.join(stored) or 'none'})"
    near = closest(given, stored)
    return f"{given!r} names no stored source" + (
        f" (closest: {', '.join(map(repr, near))})" if near
        else " (no stored source is spelt like it)" if stored else " (none is stored)")


class ReadModels:
    store: Store
    embedder: Embedder

    # -- read ---------------------------------------------------------------
    def events(self) -> list[EventRow]:
        """Every event, each with the day its happening took place (``happened``,
        stored by the relink: :mod:`storyline.store.happened_column`)."""
        return self.store.events()

    def event(self, event_id: int) -> tuple[EventRow, list[Article]] | None:
        row = self.store.event(event_id)
        if row is None:
            return None
        return row, self.store.articles(event_id=event_id)

    def article(self, article_id: str) -> Article | None:
        return self.with_revisions(self.store.get_article(article_id))

    def article_revisions(self, article_id: str) -> list[dict]:
        """The texts an article's updates replaced, oldest first (:mod:`storyline.service_update`)."""
        return self.store.revisions(article_id)

    def with_revisions(self, articles):
        """``articles`` (a list, or one article or None; or search hits, by ``article_id``)
        with :attr:`Article.revised` and :attr:`Article.gone` filled: two reads for them all,
        for what shows "updated <when>" and "gone from its site since <when>"."""
        listed = articles if isinstance(articles, list) else [a for a in [articles] if a is not None]
        ids = [getattr(a, "article_id", None) or a.id for a in listed]
        counts = self.store.revision_counts(ids) if listed else {}
        gone = self.store.gone_since(ids) if listed else {}
        for a, i in zip(listed, ids):
            a.revised, a.gone = counts.get(i), gone.get(i)
        return articles

    def stories(self) -> list[StoryRow]:
        return self.store.stories()

    def event_row(self, event_id: int) -> EventRow | None:
        return self.store.event(event_id)

    def story_row(self, story_id: int) -> StoryRow | None:
        return self.store.story(story_id)

    def reader_story_row(self, story_id: int, lang: str) -> tuple[StoryRow | None, str | None]:
        """The story named for a reader of ``lang`` (as its page heads it) and that headline's language."""
        from storyline.service_facts import reader_story_row

        return reader_story_row(self, self.store.story(story_id), lang)

    def reader_rows(self, rows: list, lang: str) -> list[tuple]:
        """Event or story rows (a list's page of them) named for a reader of
        ``lang`` as their own pages name them, each with its headline's
        language (:func:`storyline.service_facts.reader_rows`; two reads)."""
        from storyline.service_facts import reader_rows

        return reader_rows(self, rows, lang)

    @property
    def schema_version(self) -> int:
        return self.store.schema_version

    def event_detail(self, event_id: int, lang: str | None = None) -> EventDetail | None:
        """An event with its reports, coverage, top names (named in ``lang``)
        and cited summary and facts for a reader of ``lang`` (default English)."""
        found = self.event(event_id)
        if found is None:
            return None
        row, articles = found
        self.with_revisions(articles)
        names = top_entities([self.article_entities(a.id, lang) for a in articles], n=EVENT_NAMES)
        return EventDetail(row, articles, coverage(articles), names,
                           self.event_summary(event_id, lang or "en"))

    def story_detail(self, story_id: int, lang: str | None = None) -> StoryDetail | None:
        """A story with its events, reports, cited timeline, coverage, top
        names and cited summary, for a reader of ``lang`` (default English)."""
        from storyline.details import EntityBadge

        found = self.story(story_id, lang, summary=True)
        if found is None:
            return None
        names = [EntityBadge(key=e.id, name=e.name, label=e.label, articles=n, aliases=e.aliases,
                          lang=e.name_lang)
                 for e, n in found["entities"]]
        return StoryDetail(found["story"], found["events"], found["articles"], found["timeline"],
                           coverage(found["articles"]), names,
                           found["summary"])

    def search_filters(self, lang: Sequence[str] | None = None, source: Sequence[str] | None = None,
                       entity: str | None = None, date_from: dt.date | None = None,
                       date_to: dt.date | None = None, event_id: int | None = None,
                       not_articles: bool = False) -> SearchFilters:
        """Search filters from what a reader gives (an entity by any spelling)."""
        from storyline.search import filters_from

        return filters_from(self.store, list(lang or []), list(source or []), entity, date_from, date_to, event_id,
                            not_articles)

    def filter_problems(self, filters: SearchFilters, entity: str | None = None,
                        event_id: int | None = None) -> dict[str, str]:
        """The search filters that name nothing stored, so that nothing can
        match, by parameter (``source``, ``lang``, ``entity``, ``event_id``):
        the CLI, the API and the search page say which rather than answer "no
        results" as if the words had found nothing (``--source nosuch`` did).
        A source is named with the stored names closest to it (a typo, or
        "harbour" for "The Harbour Times"); a language with those stored.
        Dates are not checked: "nothing published since then" is an answer."""
        problems = {}
        flagged = None if filters.not_articles else False
        for name, column, given in (("source", "source", filters.sources), ("lang", "lang", filters.langs)):
            if not given:
                continue
            stored = self.store.article_values(column, flagged)
            folded = {v.lower() for v in stored}  # as the filter compares (case-folded sources)
            missing = [v for v in given if v.lower() not in folded]
            if missing:
                problems[name] = "; ".join(_names_nothing(name, v, stored) for v in missing)
        if entity and entity.strip() and filters.entity_ids == []:
            problems["entity"] = f"{entity!r} names no entity"
        if event_id is not None and self.store.event(event_id) is None:
            problems["event_id"] = f"no event with id {event_id}"
        return problems

    def story(self, story_id: int, lang: str | None = None, names: str | None = None,
              summary: bool = False) -> dict | None:
        """Story with events, articles, cited timeline and top entities, for a
        reader of ``lang`` (headlines), names as ``names`` (default ``lang``) readers know them;
        ``summary``: with its cited summary (``"summary"``), read from the same facts."""
        from storyline.service_stories import story_detail

        found = story_detail(self, story_id, lang, names, summary)
        if found is not None:  # "updated <when>" on its reports its sites updated, as an event's
            self.with_revisions(found["articles"])
        return found

    def event_summary(self, event_id: int, lang: str = "en") -> dict | None:
        """Cited summary, headline and labelled facts of an event, for a reader of ``lang``."""
        from storyline.service_facts import event_summary

        return event_summary(self, event_id, lang)

    def story_summary(self, story_id: int, lang: str = "en") -> dict | None:
        from storyline.service_facts import story_summary

        return story_summary(self, story_id, lang)

    def story_of_event(self, event_id: int | None) -> int | None:
        return self.store.story_map().get(event_id) if event_id is not None else None

    def entities(self, limit: int = 100, offset: int = 0, lang: str | None = None) -> list[EntityRow]:
        """Canonical entities, most mentioned first, named in ``lang`` (default English)."""
        from storyline.service_entities import localise

        return localise(self.store.entities(limit, offset), lang)

    def entity(self, name: str, lang: str | None = None) -> dict | None:
        """Entity by any spelling, script, part of its name or small typo:
        aliases, mentions, stories, mentions per month.  None when no single
        entity is meant; :meth:`lookup_entity` then gives the candidates."""
        from storyline.service_entities import entity_detail

        return entity_detail(self.store, name, lang)

    def entity_detail(self, name: str, lang: str | None = None,
                      max_stories: int = 25) -> EntityDetail | None:
        """An entity by any spelling as a record: spellings per language,
        articles, mentions per period, stories; None when no single entity is
        meant (:meth:`lookup_entity` gives the candidates)."""
        found = self.entity(name, lang)
        if found is None:
            return None
        detail = entity_detail(found, {s.id: s for s in self.stories()}, max_stories)
        if lang:  # the stories named as their pages name them for this reader
            named = self.reader_rows([s for s, _ in detail.stories], lang)
            detail.stories = [(row, n) for (row, _), (_, n) in zip(named, detail.stories)]
        return detail

    def lookup_entity(self, name: str, lang: str | None = None, limit: int = 8):
        """The entity ``name`` means and the ranked candidates ("did you mean")."""
        from storyline.service_entities import lookup

        return lookup(self.store, name, lang, limit)

    # -- export -------------------------------------------------------------
    EXPORT_FIELDS = EXPORT_FIELDS

    def export(self, fmt: str, out: IO[str]) -> int:
        """Write every article (with its event) as JSONL or CSV; returns the count."""
        if fmt not in ("jsonl", "csv"):
            raise ValueError(f"unknown export format {fmt!r}; use jsonl or csv")
        writer = csv.DictWriter(out, fieldnames=self.EXPORT_FIELDS) if fmt == "csv" else None
        if writer:
            writer.writeheader()
        n = 0
        for a in self.store.articles(flagged=None):
            row = export_row(a, removed=writer is None)
            if writer:
                writer.writerow({k: csv_cell(v) for k, v in row.items()})
            else:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
        return n

    # -- search and paging (logic in storyline.search; used by the API and UI) --
    def search(self, query: str, filters: SearchFilters | None = None, limit: int = 20,
               offset: int = 0, mode: str = "hybrid") -> SearchResult:
        """Full-text + cross-lingual semantic search, ranked and paginated; each hit with
        :attr:`SearchHit.revised` (one read), so a hit its site updated says so as its page does."""
        from storyline.search import search

        result = search(self.store, self.embedder, query, filters, limit, offset, mode)
        self.with_revisions(result.hits)
        return result

    def articles(self, event_id: int | None = None, limit: int | None = None,
                 offset: int = 0) -> list[Article]:
        """Stored articles in ingest order, optionally of one event."""
        return self.store.articles(event_id=event_id, limit=limit, offset=offset)

    def count_articles(self) -> int:
        return self.store.count_articles()

    def not_articles(self, limit: int | None = 100, offset: int = 0) -> tuple[int, list[Article]]:
        """Pages the gate found not to be news reports (total, one page of them)."""
        return (self.store.count_articles(flagged=True),
                self.store.articles(limit=limit, offset=offset, flagged=True))

    def article_entities(self, article_id: str, lang: str | None = None) -> list[EntityRow]:
        """The canonical entities one article mentions (most mentioned first)."""
        from storyline.service_entities import localise

        return localise(self.store.article_entities(article_id), lang)
