"""What the HTTP server accepts before a route runs: the Host header, ids and
offsets within SQLite's integer range, and no NUL characters in any parameter.

Why each:

* **Host.** A web page on another site can make a browser send requests to
  ``127.0.0.1`` under a name the attacker controls (DNS rebinding); the
  browser then lets that page read the answers.  Such requests carry the
  attacker's name in ``Host``, so only the names this server is meant to be
  reached by are accepted: the loopback names by default, more with
  ``serve --allowed-host`` or ``$STORYLINE_ALLOWED_HOSTS``.  Others get 400.
* **Integers.** An id or offset beyond SQLite's 64-bit INTEGER cannot name a
  row but made the driver raise ``OverflowError`` (a 500).  :data:`RowId`,
  :data:`OptionalRowId` and :data:`OFFSET` bound them, so FastAPI answers 422
  naming the parameter; every integer parameter of every route uses one.
* **Ids that are not numbers.** ``/api/events/abc`` (or the page
  ``/events/abc``) names no event, exactly as ``/api/events/999`` does, so it
  is answered alike: 404 "no event with id abc" (:func:`unknown_row`), not
  FastAPI's 422 "unable to parse string as an integer", which read as if the
  request were malformed rather than the event missing.
* **Languages.** ``lang`` parameters go through
  :func:`storyline.language_codes.reader_lang` (:data:`ReaderLang`,
  :data:`FilterLang`): ``?lang=xx`` was answered in English as if it were a
  language without reports; now 422 names the parameter and the accepted codes.
* **NUL.** SQLite's full-text query syntax and the templates choke on
  ``\\x00``; :func:`refuse_nul` answers 422 naming the parameter, for every
  route at once (it is an app-wide dependency).
"""
from __future__ import annotations

import os
from typing import Annotated, Iterable, Literal

from fastapi import Path, Query, Request
from pydantic import AfterValidator

from storyline.language_codes import reader_lang
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

MAX_ID = 2**63 - 1  # SQLite INTEGER: no row id or offset can be larger
RowId = Annotated[int, Path(ge=0, le=MAX_ID)]
OptionalRowId = Annotated[int | None, Query(ge=0, le=MAX_ID)]
OFFSET = Query(0, ge=0, le=MAX_ID, description="items to skip")


def _reader_lang(value: str | None) -> str | None:
    return reader_lang(value) if value is not None and value.strip() else None  # "" is absent


def lang_query(description: str | None = None):
    """The type of an optional reader's-language query parameter (normalised:
    ``PT-br`` -> ``pt``).  The ``Query`` sits inside ``Annotated`` before the
    check: FastAPI runs no validator given beside a ``Query`` default."""
    return Annotated[str | None, Query(max_length=20, description=description),
                     AfterValidator(_reader_lang)]


ROW_NOUNS = {"event_id": "event", "story_id": "story"}  # the routes' id path parameters
_NOT_A_NUMBER = ("int_parsing", "int_from_float", "int_type")


def no_row(noun: str, value: object) -> str:
    """The API's 404 detail for an id that names no row (one wording for every route)."""
    return f"no {noun} with id {value}"


def unknown_row(errors: list[dict]) -> tuple[str, str] | None:
    """``(noun, id as given)`` when the only thing wrong with a request is an
    event or story id in its path that is not a whole number (``/events/abc``):
    it names no row, so the routes answer 404 as for an unknown number.  An
    id out of SQLite's range, or one holding NUL, stays a 422 naming the
    parameter (the checks above)."""
    if not errors or not all(e.get("loc", ())[:1] == ("path",) and e["loc"][-1] in ROW_NOUNS
                             and e.get("type") in _NOT_A_NUMBER for e in errors):
        return None
    given = str(errors[0].get("input", ""))
    return ROW_NOUNS[errors[0]["loc"][-1]], given if len(given) <= 100 else given[:99] + "…"


ReaderLang = lang_query()
Cites = Annotated[Literal["", "open"], Query()]  # an event or story page's ?cites=open: every citation shown
FilterLang = Annotated[str, AfterValidator(lambda v: reader_lang(v, allow_und=True))]  # "und" too

ALLOWED_HOSTS_ENV = "STORYLINE_ALLOWED_HOSTS"
LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "[::1]")
_WILDCARD_BINDS = ("", "0.0.0.0", "::", "[::]")


def refuse_nul(request: Request) -> None:
    """422 naming the first path or query parameter that holds a NUL character."""
    found = [("path", k, v) for k, v in request.path_params.items() if "\x00" in str(v)]
    found += [("query", k, v) for k, v in request.query_params.multi_items() if "\x00" in v or "\x00" in k]
    if found:
        raise RequestValidationError([{"loc": (where, name), "type": "value_error", "input": value,
                                       "msg": "NUL characters are not allowed"}
                                      for where, name, value in found])


def host_name(value: str) -> str:
    """The host part of a ``Host`` header or a configured name, lower case,
    without port or trailing dot; IPv6 addresses in brackets."""
    h = value.strip().lower()
    if h.startswith("["):
        end = h.find("]")
        return h[:end + 1] if end > 0 else h
    if h.count(":") > 1:  # a bare IPv6 address (as configured, never in a valid header)
        return f"[{h}]"
    name, colon, port = h.partition(":")
    if colon and not port.isdigit():
        return h  # "name:junk" matches nothing
    return name.rstrip(".")


def allowed_hosts(extra: Iterable[str] = (), bind: str | None = None) -> frozenset[str]:
    """Loopback names, the address bound (unless a wildcard), ``extra`` names
    and those in ``$STORYLINE_ALLOWED_HOSTS`` (comma-separated); ``*`` allows any."""
    names = list(LOOPBACK_HOSTS) + list(extra)
    names += [n for n in os.environ.get(ALLOWED_HOSTS_ENV, "").split(",") if n.strip()]
    if bind and bind.strip() not in _WILDCARD_BINDS:
        names.append(bind)
    return frozenset(host_name(n) for n in names if n.strip())


class HostCheck:
    """ASGI middleware: 400 for HTTP requests whose ``Host`` is not an allowed name."""

    def __init__(self, app, allowed: frozenset[str]):
        self.app = app
        self.allowed = allowed

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and "*" not in self.allowed:
            given = [v.decode("latin-1") for k, v in scope.get("headers") or () if k == b"host"]
            raw = given[0] if len(given) == 1 else ""  # none, or an ambiguous pair
            if host_name(raw) not in self.allowed:
                shown = raw[:100] if raw else "(none)"
                reply = JSONResponse({"detail": f"Host header {shown!r} is not served here; start "
                                      f"the server with --allowed-host NAME (or set "
                                      f"{ALLOWED_HOSTS_ENV}) to reach it by that name"},
                                     status_code=400)
                await reply(scope, receive, send)
                return
        await self.app(scope, receive, send)
