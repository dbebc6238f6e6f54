"""JSON endpoints for groups of articles: events, stories (with timelines) and entities.

Kept beside the page routes because both present the same view models
(:mod:`storyline.web.cards`); only the formatting differs.
"""
from __future__ import annotations

from fastapi import APIRouter, HTTPException, Query
from fastapi.responses import JSONResponse

from storyline.serialize import (entity_detail_json, entity_dict, entity_not_found_json,
                                 event_detail_json, event_dict, match_dict, page, story_detail_json,
                                 story_dict)
from storyline.web.guards import RowId, lang_query, no_row

LANG_Q = lang_query("show names as readers of this language know them "
               "(ISO 639-1; default English, or the canonical name where none is stored); "
               "facts are stated in it where a report does, else in the original with an "
               "aligned sentence in it as gloss")

HEADLINE_Q = lang_query("name each event or story as its page does for a "
                   "reader of this language (ISO 639-1): a report's title in it where one was chosen; "
                   "adds ``headline_lang``, the language of each headline (null: unknown). "
                   "Without it, the listed headlines.")


def build_router(backend, read: list, limit_q, offset_q) -> APIRouter:
    """The routes, sharing the app's backend, read guard and paging parameters."""
    router = APIRouter(dependencies=read)
    lock = backend.read_lock

    @router.get("/api/not-articles", tags=["articles"])
    def list_not_articles(limit: int = limit_q, offset: int = offset_q) -> dict:
        """Pages the gate found not to be news reports (error pages, bot checks,
        walls, sign-up forms, front pages, widgets: ``wording.GATE_KIND_WORDS``),
        each with its kind and reason; stored, but in no event, story or search."""
        from storyline.cli_pages import page_dict

        with lock:
            total, rows = backend.reader.not_articles(limit=limit, offset=offset)
        return page([page_dict(a) for a in rows], total, limit, offset)

    def listed(rows: list, lang: str | None, as_dict) -> list[dict]:
        """A page of rows as JSON; with ``lang``, each headline as the event's
        or story's page gives it to a reader of ``lang``, with ``headline_lang``."""
        if not lang:
            return [as_dict(r) for r in rows]
        return [{**as_dict(r), "headline_lang": hl} for r, hl in backend.reader.reader_rows(rows, lang)]

    @router.get("/api/events", tags=["events"])
    def list_events(limit: int = limit_q, offset: int = offset_q, lang: HEADLINE_Q = None) -> dict:
        """Events, biggest and newest first."""
        with lock:
            rows = backend.reader.events()  # each with its stored happening day (store.happened_column)
            items = listed(rows[offset:offset + limit], lang, event_dict)
        return page(items, len(rows), limit, offset)

    @router.get("/api/events/{event_id}", tags=["events"])
    def get_event(event_id: RowId, lang: LANG_Q = None) -> dict:
        """One event with its cited summary and labelled facts (corroborated /
        single-source / conflicting, in the reader's ``lang``, default English),
        articles, coverage by language and source, and top names."""
        with lock:
            detail = backend.reader.event_detail(event_id, lang)
        if detail is None:
            raise HTTPException(404, no_row("event", event_id))
        return event_detail_json(detail)

    @router.get("/api/stories", tags=["stories"])
    def list_stories(limit: int = limit_q, offset: int = offset_q, lang: HEADLINE_Q = None) -> dict:
        """Stories (linked events), newest and biggest first."""
        with lock:
            rows = backend.reader.stories()
            items = listed(rows[offset:offset + limit], lang, story_dict)
        return page(items, len(rows), limit, offset)

    @router.get("/api/stories/{story_id}", tags=["stories"])
    def get_story(story_id: RowId, lang: LANG_Q = None) -> dict:
        """One story: its cited summary (in the reader's ``lang``), events, cited timeline (events and mentioned past dates),
        coverage and top names."""
        with lock:
            detail = backend.reader.story_detail(story_id, lang)
        if detail is None:
            raise HTTPException(404, no_row("story", story_id))
        return story_detail_json(detail)

    @router.get("/api/entities", tags=["entities"])
    def list_entities(limit: int = limit_q, offset: int = offset_q, lang: LANG_Q = None,
                      q: str | None = Query(None, max_length=200, description=(
                          "look a name up: any script, part of the name or a small typo; "
                          "the result lists the matching entities best first"))) -> dict:
        """Canonical entities, most mentioned first, with their aliases in every script;
        with ``q``, the entities that name could mean, best match first (``how``:
        exact, spelling, partial or approximate; ``resolved`` is the id of the one
        entity meant, null when the reader must choose).

        ``total`` is null: counting every entity is not worth a query; a page
        shorter than ``limit`` is the last one."""
        if q is not None and q.strip():
            with lock:
                found = backend.reader.lookup_entity(q, lang=lang, limit=limit)
            return {**page([match_dict(m) for m in found.candidates], len(found.candidates), limit, 0),
                    "query": q, "resolved": found.entity.id if found.entity else None}
        with lock:
            rows = backend.reader.entities(limit=limit, offset=offset, lang=lang)
        return page([entity_dict(e) for e in rows], None, limit, offset)

    @router.get("/api/entities/{name:path}", tags=["entities"],
                responses={404: {"description": "no single entity has that name; "
                                 "``did_you_mean`` lists the candidates"}})
    def get_entity(name: str, lang: LANG_Q = None):
        """An entity by id or any spelling (any script, part of the name, a small
        typo): spellings per language, stories, mentions over time."""
        with lock:
            detail = backend.reader.entity_detail(name, lang=lang)
            found = backend.reader.lookup_entity(name, lang=lang) if detail is None else None
        if detail is None:
            return JSONResponse(entity_not_found_json(name, found.candidates), status_code=404)
        return entity_detail_json(detail)

    return router
