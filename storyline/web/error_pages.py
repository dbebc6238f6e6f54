"""The HTML error pages ("Not found", a 422), in the reader's language.

Apart from :mod:`storyline.web.pages` because they are one concept with their
own rules: which requests get a page and not JSON, how a wrong id reads, and
that the page speaks the language of the address or the remembered setting.
A Hindi reader who followed a dead link read "Not found · There is no event 99.
· Back to the front page" on a Hindi menu.
"""
from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler, request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

from storyline.reader_words import say
from storyline.web.guards import no_row, unknown_row
from storyline.web.reader_lang import names_lang


class Missing(str):
    """The "Not found" page's sentence for an id that names no row ("There is no event 99."),
    which keeps its noun and id so the page can say it in the reader's language."""

    noun: str
    value: object

    def said(self, lang: str) -> str:
        """The sentence in ``lang`` (English where the catalogue has none)."""
        return say(f"There is no {self.noun} {{value}}.", lang, value=self.value)


def not_there(noun: str, value: object) -> Missing:
    """The "Not found" page's sentence for an id that names no row."""
    text = Missing(f"There is no {noun} {value}.")
    text.noun, text.value = noun, value
    return text


def _wants_html(request: Request) -> bool:
    path = request.url.path
    return not (path.startswith("/api/") or path.startswith("/openapi"))


def install_error_pages(app: FastAPI, render) -> None:
    """HTML error pages on ``app`` (``render``: the pages' renderer), worded in the reader's language."""

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        if not _wants_html(request) or exc.status_code == 401:
            return await http_exception_handler(request, exc)
        lang = names_lang(request)
        # a sentence of the catalogue ("Not Found", a missing id) in the reader's language, else as raised
        message = exc.detail.said(lang) if isinstance(exc.detail, Missing) else say(str(exc.detail), lang)
        return render(request, "error.html", status=exc.status_code, words=lang,
                      code=exc.status_code, message=message)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        missing = unknown_row(list(exc.errors()))
        if missing:  # /events/abc names no event, as /events/999 does: 404 alike
            noun, given = missing
            message = not_there(noun, given) if _wants_html(request) else no_row(noun, given)
            return await http_error(request, StarletteHTTPException(404, message))
        if not _wants_html(request):
            return await request_validation_exception_handler(request, exc)
        message = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:])}: "
                            f"{e['msg'].removeprefix('Value error, ')}"
                            for e in exc.errors())  # the validator's words: English, as the parameters are
        return render(request, "error.html", status=422, words=names_lang(request), code=422, message=message)

