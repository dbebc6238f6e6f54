"""JSON search endpoint: full-text and cross-lingual semantic search with
filters, over the service's read side (:meth:`SharedStoryline.reader`)."""
from __future__ import annotations

import datetime as dt
from typing import Literal

from fastapi import APIRouter, Query
from fastapi.exceptions import RequestValidationError

from storyline.web.guards import FilterLang, OptionalRowId


def build_router(backend, read: list, max_page: int) -> APIRouter:
    """The route, sharing the app's backend and read guard."""
    router = APIRouter(dependencies=read)
    MAX_PAGE = max_page

    @router.get("/api/search", tags=["search"])
    def search(q: str = Query(..., min_length=1, max_length=500, description="what to look for"),
               article_lang: list[FilterLang] = Query(
                   [], description="languages the reports are written in (repeatable; ISO 639-1, or und)"),
               lang: list[FilterLang] = Query(
                   [], deprecated=True, description="the former name of ``article_lang``, still read as it "
                   "(elsewhere ``lang`` is the reader's language; search answers in none)"),
               source: list[str] = Query([], description="sources (repeatable)"),
               entity: str | None = Query(None, max_length=200, description="a name, any script"),
               date_from: dt.date | None = None, date_to: dt.date | None = None,
               event_id: OptionalRowId = None,
               not_articles: bool = Query(False, description="also pages that are not news reports"),
               mode: Literal["hybrid", "text", "semantic"] = "hybrid",
               limit: int = Query(20, ge=1, le=MAX_PAGE), offset: int = Query(0, ge=0, le=10_000)) -> dict:
        """Full-text + cross-lingual semantic search, ranked, filtered, paginated."""
        if not q.strip():  # " " answered 200 with no items, as if searched; "" is 422 (as the CLI)
            raise RequestValidationError([{"loc": ("query", "q"), "type": "value_error",
                                           "msg": "the query is empty; give words to look for",
                                           "input": q}])
        if date_from and date_to and date_from > date_to:
            raise RequestValidationError([{"loc": ("query", "date_to"), "type": "value_error",
                                           "msg": "date_to is before date_from", "input": str(date_to)}])
        # the filter by its name, or by the name it had (old clients; a 422 names the one given)
        langs, lang_name = (article_lang + lang, "article_lang" if article_lang or not lang else "lang")
        with backend.read_lock:
            filters = backend.reader.search_filters(langs, source, entity, date_from,
                                   date_to, event_id, not_articles)
            problems = backend.reader.filter_problems(filters, entity, event_id)
        if problems:  # 422 naming the filter, not 200 with no items
            given = {"source": source, "lang": langs, "entity": entity, "event_id": event_id}
            raise RequestValidationError([{"loc": ("query", lang_name if name == "lang" else name),
                                           "type": "value_error", "msg": msg, "input": given[name]}
                                          for name, msg in problems.items()])
        with backend.read_lock:
            res = backend.reader.search(q, filters, limit=limit, offset=offset, mode=mode)
        return res.as_dict()

    return router
