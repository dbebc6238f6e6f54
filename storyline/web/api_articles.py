"""JSON endpoints for articles: health, listing and reading articles, and
ingesting new ones (the one write endpoint).

The write path parses and ingests off the event loop through the service's
:class:`~storyline.service_desk.IngestDesk` (bounded; 503 when full); the
access rule (who may read, who may write) is the app's, passed in as
dependencies (:func:`storyline.api.create_app`).
"""
from __future__ import annotations

import asyncio

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import JSONResponse

from storyline.service_desk import Busy
from storyline.store import store_failure
from storyline.web.guards import OFFSET, OptionalRowId, no_row
from storyline.web.payloads import (JSONL_TYPES, MAX_ITEMS, article_full, article_summary, body_encoding,
                                    loc_of, page, parse_articles, read_body)


def build_router(backend, read: list, can_write, limit_q) -> APIRouter:
    """The routes, sharing the app's backend, read guard, write guard and page size."""
    router = APIRouter()  # reads take ``read``; the POST only ``can_write``, as before

    @router.get("/api/health", dependencies=read, tags=["meta"])
    def health() -> dict:
        with backend.read_lock:
            return {"status": "ok", "articles": backend.reader.count_articles(),
                    "schema_version": backend.reader.schema_version}

    @router.get("/api/articles", dependencies=read, tags=["articles"])
    def list_articles(event_id: OptionalRowId = None, limit: int = limit_q, offset: int = OFFSET) -> dict:
        """Articles in ingest order, optionally of one event."""
        with backend.read_lock:
            reader = backend.reader
            if event_id is not None:
                found = reader.event(event_id)
                if found is None:  # as /api/events/{id}: not an empty page of a missing event
                    raise HTTPException(404, no_row("event", event_id))
                total = len(found[1])
            else:
                total = reader.count_articles()
            rows = reader.articles(event_id=event_id, limit=limit, offset=offset)
        return page([article_summary(a) for a in rows], total, limit, offset)

    @router.get("/api/articles/{article_id}", dependencies=read, tags=["articles"])
    def get_article(article_id: str) -> dict:
        """One article with its cleaned text, removed residue, dates and names,
        and the earlier texts its updates replaced (``revisions``, oldest first)."""
        with backend.read_lock:
            a = backend.reader.article(article_id)
            earlier = backend.reader.article_revisions(article_id) if a is not None else []
        if a is None:
            raise HTTPException(404, f"no article with id {article_id!r}")
        return {**article_full(a), "revisions": earlier}

    @router.post("/api/articles", dependencies=[Depends(can_write)], tags=["articles"],
              status_code=201, responses={200: {"description": "every article was already stored "
                                                               "(or gave a stored one its new text: updated)"},
                                          413: {"description": f"body too large, or more than {MAX_ITEMS} articles"},
                                          503: {"description": "too many ingests in flight; retry"},
                                          415: {"description": "unsupported content type, "
                                                "charset or Content-Encoding"}},
              openapi_extra={"security": [{"bearerToken": []}],
                             "requestBody": {"required": True, "content": {
                  "application/json": {"schema": {"anyOf": [
                      {"$ref": "#/components/schemas/ArticleIn"},
                      {"type": "array", "items": {"$ref": "#/components/schemas/ArticleIn"}}]}},
                  "application/x-ndjson": {"schema": {"type": "string",
                                                      "description": "one ArticleIn per line"}}}}})
    async def post_articles(request: Request, keep_all: bool = Query(
            False, description="store every item as a news report, even pages that look like "
                               "error pages, walls or front pages")) -> JSONResponse:
        """Ingest one article, a JSON array of them, or JSONL; re-posting is harmless.

        The whole request is refused (422) if any item is malformed (a field of
        the wrong type, JSON nested deeper than 64 levels); articles that fail
        later (e.g. nothing left after cleaning) are listed in ``failed``; pages
        that are not news reports are stored flagged, in no event
        (``not_articles``; listed by ``/api/not-articles``).  Parsing and ingest
        run off the event loop; 503 when too many are in flight.  The body is
        read in the charset its Content-Type names, else as a file is (bytes
        that are not UTF-8 in a legacy code page, said in ``warnings``); a
        compressed body or an unknown charset is 415.
        """
        ctype = request.headers.get("content-type", "application/json").split(";")[0].strip().lower()
        if ctype not in ("application/json",) + JSONL_TYPES:
            raise HTTPException(415, f"unsupported content type {ctype!r}; send application/json "
                                     "or application/x-ndjson")
        charset = body_encoding(request)
        body = await read_body(request)
        notes: list[str] = []

        def job():  # on the desk's threads: parsing an HTML body is CPU work too
            items, errors, read_notes = parse_articles(body, ctype, charset)
            if errors:
                return None, errors
            notes.extend(read_notes)
            for item in items:
                item.keep = keep_all
            return backend.desk.ingest(items), None

        try:
            future = backend.desk.submit(job)
        except Busy as exc:
            raise HTTPException(503, str(exc), headers={"Retry-After": "5"}) from None
        try:
            report, errors = await asyncio.wrap_future(future)
        except Exception as exc:  # the database takes no writes: not the body's fault
            if not store_failure(exc):
                raise
            raise HTTPException(503, f"the database cannot take writes now ({exc}); what was "
                                "stored before is kept", headers={"Retry-After": "30"}) from None
        if errors:
            return JSONResponse({"detail": errors}, status_code=422)
        out = {"added": report.added, "skipped": report.skipped,
               "failed": [{"origin": e.origin, "reason": e.reason} for e in report.failed],
               "warnings": [{"origin": "body", "reason": n} for n in notes]
                           + [{"origin": e.origin, "reason": e.reason} for e in report.warnings],
               "new_events": report.new_events, "duplicates": report.duplicates,
               "moved": report.moved, "not_articles": report.not_articles, "updated": report.updated}
        if report.failed and not (report.added or report.skipped or report.not_articles or report.updated):
            detail = [{"loc": loc_of(e.origin), "msg": e.reason, "type": "value_error"}
                      for e in report.failed]
            return JSONResponse({"detail": detail}, status_code=422)
        return JSONResponse(out, status_code=201 if report.added or report.not_articles else 200)

    return router
