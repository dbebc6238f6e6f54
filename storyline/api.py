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

import hmac
import ipaddress
import os
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException, Query, Request

from storyline.service_server import SharedStoryline
from storyline.web.guards import OFFSET, HostCheck, allowed_hosts, refuse_nul
from storyline.web.payloads import ArticleIn

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
        try:
            token = Path(path).read_text(encoding="utf-8").strip().splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise ValueError(f"token file {path}: cannot read it "
                             f"({getattr(exc, 'strerror', None) or exc})") from None
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

    from storyline.web import api_articles, api_groups, api_search

    app.include_router(api_articles.build_router(backend, read, can_write, Limit))
    app.include_router(api_groups.build_router(backend, read, Limit, OFFSET))
    app.include_router(api_search.build_router(backend, read, MAX_PAGE))

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
