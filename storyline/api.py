"""The HTTP API and web UI (FastAPI): a thin layer over :mod:`storyline.service`.

Access rule (documented in ``storyline serve --help``):

* Write endpoints always need ``Authorization: Bearer <token>``; the token
  comes from ``$STORYLINE_TOKEN`` or a token file.  With no token configured,
  writes are refused (403): there is no "open write" mode to forget about.
* Reads (JSON and pages) are open when the server is bound to loopback.  Bound
  to any other address (``public=True``) reads need the token too, and the app
  refuses to start without one.
* Every request must name an allowed host in ``Host`` (loopback names by
  default: DNS rebinding), and every parameter is bounded before a route runs
  (:mod:`storyline.web.guards`).

Concurrency: one writer and one reader :class:`Storyline` on the same SQLite
file (WAL lets the reader run while an ingest is in flight), each behind its
own lock because a SQLite connection serves one thread at a time.  POST
bodies are parsed and ingested off the event loop by the service's
:class:`~storyline.service_desk.IngestDesk` (bounded; 503 when full).  Stories
and entities are relinked in the background once writes pause
(:mod:`storyline.relinker`), not once per POST.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import hmac
import ipaddress
import os
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Literal

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from storyline.service_desk import Busy
from storyline.service_server import SharedStoryline
from storyline.web.guards import OFFSET, HostCheck, OptionalRowId, allowed_hosts, refuse_nul
from storyline.web.payloads import (JSONL_TYPES, ArticleIn, article_full,
                                    article_summary, loc_of, page, parse_articles,
                                    read_body)

MAX_PAGE = 200                      # items in one page of any list


def is_loopback(host: str) -> bool:
    """True for addresses only this machine can reach (127.0.0.0/8, ::1, localhost)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def resolve_token(token_file: str | None = None) -> str | None:
    """The API token: first line of ``token_file`` if given, else ``$STORYLINE_TOKEN``,
    else the first line of the file named by ``$STORYLINE_TOKEN_FILE``."""
    env = os.environ.get("STORYLINE_TOKEN", "").strip()
    if env and not token_file:
        return env
    path = token_file or os.environ.get("STORYLINE_TOKEN_FILE")
    if path:
        token = Path(path).read_text(encoding="utf-8").strip().splitlines()
        if not token or not token[0].strip():
            raise ValueError(f"token file {path} is empty")
        return token[0].strip()
    return None


def _bearer_ok(request: Request, token: str) -> bool:
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode(), token.encode())


def _unauthorised() -> HTTPException:
    return HTTPException(401, "missing or wrong token: send 'Authorization: Bearer <token>'",
                         headers={"WWW-Authenticate": "Bearer"})


# -- the app -------------------------------------------------------------------------
def create_app(db_path: str, token: str | None = None, *, public: bool = False,
               hosts: frozenset[str] | None = None):
    """Build the API + UI app over ``db_path``.

    ``token`` enables write endpoints (Bearer auth); ``public=True`` (bound to
    a non-loopback address) makes reads need the token as well; ``hosts``: the
    names the ``Host`` header may carry (default :func:`allowed_hosts`: the
    loopback names and ``$STORYLINE_ALLOWED_HOSTS``).
    """
    if public and not token:
        raise ValueError("refusing to serve on a non-loopback address without a token; "
                         "set STORYLINE_TOKEN or use --token-file")
    backend = SharedStoryline(db_path)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        backend.close()

    app = FastAPI(title="Storyline", version="0.1.0", lifespan=lifespan,
                  docs_url=None, redoc_url=None,  # FastAPI's pages load JS from a CDN: ours is web/api_docs.py
                  dependencies=[Depends(refuse_nul)],
                  description="Multilingual news: articles, events, stories, entities, search.")
    app.state.backend = backend
    app.state.public = public

    def can_read(request: Request) -> None:
        if public and not _bearer_ok(request, token or ""):
            raise _unauthorised()

    def can_write(request: Request) -> None:
        if not token:
            raise HTTPException(403, "writes are disabled: no token is configured "
                                     "(set STORYLINE_TOKEN or use --token-file)")
        if not _bearer_ok(request, token):
            raise _unauthorised()

    app.state.can_read = can_read
    read = [Depends(can_read)]

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        # Defence in depth behind template escaping: no inline script can run at all.
        response.headers.setdefault(
            "Content-Security-Policy", "default-src 'self'; script-src 'self'; "
            "style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
            "form-action 'self'; frame-ancestors 'none'")
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response

    Limit = Query(50, ge=1, le=MAX_PAGE, description=f"page size (at most {MAX_PAGE})")

    @app.get("/api/health", dependencies=read, tags=["meta"])
    def health() -> dict:
        with backend.read_lock:
            return {"status": "ok", "articles": backend.reader.count_articles(),
                    "schema_version": backend.reader.schema_version}

    @app.get("/api/articles", dependencies=read, tags=["articles"])
    def list_articles(event_id: OptionalRowId = None, limit: int = Limit, offset: int = OFFSET) -> dict:
        """Articles in ingest order, optionally of one event."""
        with backend.read_lock:
            reader = backend.reader
            if event_id is not None:
                found = reader.event(event_id)
                total = len(found[1]) if found else 0
            else:
                total = reader.count_articles()
            rows = reader.articles(event_id=event_id, limit=limit, offset=offset)
        return page([article_summary(a) for a in rows], total, limit, offset)

    @app.get("/api/articles/{article_id}", dependencies=read, tags=["articles"])
    def get_article(article_id: str) -> dict:
        """One article with its cleaned text, removed residue, dates and names."""
        with backend.read_lock:
            a = backend.reader.article(article_id)
        if a is None:
            raise HTTPException(404, f"no article with id {article_id!r}")
        return article_full(a)

    @app.post("/api/articles", dependencies=[Depends(can_write)], tags=["articles"],
              status_code=201, responses={200: {"description": "every article was already stored"},
                                          413: {"description": "body too large"},
                                          503: {"description": "too many ingests in flight; retry"},
                                          415: {"description": "unsupported content type"}},
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
        run off the event loop; 503 when too many are in flight.
        """
        ctype = request.headers.get("content-type", "application/json").split(";")[0].strip().lower()
        if ctype not in ("application/json",) + JSONL_TYPES:
            raise HTTPException(415, f"unsupported content type {ctype!r}; send application/json "
                                     "or application/x-ndjson")
        body = await read_body(request)

        def job():  # on the desk's threads: parsing an HTML body is CPU work too
            items, errors = parse_articles(body, ctype)
            if errors:
                return None, errors
            for item in items:
                item.keep = keep_all
            return backend.desk.ingest(items), None

        try:
            future = backend.desk.submit(job)
        except Busy as exc:
            raise HTTPException(503, str(exc), headers={"Retry-After": "5"}) from None
        report, errors = await asyncio.wrap_future(future)
        if errors:
            return JSONResponse({"detail": errors}, status_code=422)
        out = {"added": report.added, "skipped": report.skipped,
               "failed": [{"origin": e.origin, "reason": e.reason} for e in report.failed],
               "warnings": [{"origin": e.origin, "reason": e.reason} for e in report.warnings],
               "new_events": report.new_events, "duplicates": report.duplicates,
               "moved": report.moved, "not_articles": report.not_articles}
        if report.failed and not report.added and not report.skipped and not report.not_articles:
            detail = [{"loc": loc_of(e.origin), "msg": e.reason, "type": "value_error"}
                      for e in report.failed]
            return JSONResponse({"detail": detail}, status_code=422)
        return JSONResponse(out, status_code=201 if report.added or report.not_articles else 200)

    from storyline.web.api_groups import build_router

    app.include_router(build_router(backend, read, Limit, OFFSET))

    @app.get("/api/search", dependencies=read, tags=["search"])
    def search(q: str = Query(..., min_length=1, max_length=500, description="what to look for"),
               lang: list[str] = Query([], description="language codes (repeatable)"),
               source: list[str] = Query([], description="sources (repeatable)"),
               entity: str | None = Query(None, max_length=200, description="a name, any script"),
               date_from: dt.date | None = None, date_to: dt.date | None = None,
               event_id: OptionalRowId = None,
               not_articles: bool = Query(False, description="also pages that are not news reports"),
               mode: Literal["hybrid", "text", "semantic"] = "hybrid",
               limit: int = Query(20, ge=1, le=MAX_PAGE), offset: int = Query(0, ge=0, le=10_000)) -> dict:
        """Full-text + cross-lingual semantic search, ranked, filtered, paginated."""
        if date_from and date_to and date_from > date_to:
            raise RequestValidationError([{"loc": ("query", "date_to"), "type": "value_error",
                                           "msg": "date_to is before date_from", "input": str(date_to)}])
        with backend.read_lock:
            filters = backend.reader.search_filters(lang, source, entity, date_from,
                                   date_to, event_id, not_articles)
            res = backend.reader.search(q, filters, limit=limit, offset=offset, mode=mode)
        return res.as_dict()

    _document_article_schema(app)
    from storyline.web import api_docs
    from storyline.web.pages import install

    api_docs.install(app)
    install(app)
    app.add_middleware(HostCheck, allowed=allowed_hosts() if hosts is None else hosts)  # outermost
    return app


def _document_article_schema(app: FastAPI) -> None:
    """Publish ``ArticleIn`` in ``/openapi.json`` (the POST body is parsed by hand,
    JSON or JSONL with a size cap, so FastAPI does not see the model itself) and
    the bearer token that writes need."""
    build = app.openapi

    def openapi() -> dict:
        if app.openapi_schema is None:
            schema = build()
            components = schema.setdefault("components", {})
            components.setdefault("schemas", {})["ArticleIn"] = \
                ArticleIn.model_json_schema(ref_template="#/components/schemas/{model}")
            # writes need the token: /docs then offers "Authorize" for "Try it out"
            components["securitySchemes"] = {"bearerToken": {
                "type": "http", "scheme": "bearer",
                "description": "the server's token ($STORYLINE_TOKEN or --token-file)"}}
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi
