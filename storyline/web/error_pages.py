"""The HTML error pages ("Not found", a 422), in the reader's language.

Apart from :mod:`storyline.web.pages` because they are one concept with their
own rules: which requests get a page and not JSON, how a wrong id reads, and
that the page speaks the language of the address or the remembered setting.
A Hindi reader who followed a dead link read "Not found · There is no event 99.
· Back to the front page" on a Hindi menu.
"""
from __future__ import annotations

import re

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler, request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

from storyline.language_codes import EXAMPLES, UNDETERMINED, UnknownLanguage
from storyline.reader_words import ENGLISH, WORDS, say
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


def language_said(exc: ValueError, lang: str) -> str:
    """A language code's error (:class:`~storyline.language_codes.UnknownLanguage`) in ``lang``:
    the search form's "Please fix" and a page's 422 said "'klingon' is not a language code" in English."""
    if lang == ENGLISH or not isinstance(exc, UnknownLanguage):
        return str(exc)
    return say("“{given}” is not a language code{guess}; give an ISO 639-1 code such as {examples}{und}", lang,
               given=exc.given, examples=EXAMPLES,
               guess=say(" (did you mean {meant}?)", lang, meant=exc.meant) if exc.meant else "",
               und=say(", or {und} (reports whose language could not be told)", lang, und=UNDETERMINED)
               if exc.und else "")


# a validator's error type -> (the catalogue's phrase, the context field its {limit} or {choices} is)
_PROBLEMS = {"int_parsing": ("not a whole number", None), "int_type": ("not a whole number", None),
             "int_from_float": ("not a whole number", None),
             "greater_than_equal": ("must be at least {limit}", "ge"),
             "less_than_equal": ("must be at most {limit}", "le"),
             "string_too_long": ("at most {limit} characters", "max_length"),
             "literal_error": ("one of {choices}", "expected")}


def problem_said(error: dict, lang: str) -> str:
    """One parameter's 422 error (a validator's error dict) for a page in ``lang``: "offset: не целое
    число"; English, and an error the catalogue has no phrase for, in the validator's words."""
    name = ".".join(str(p) for p in error["loc"][1:])
    english = f"{name}: {error['msg'].removeprefix('Value error, ')}"
    if lang == ENGLISH:
        return english
    ctx = error.get("ctx") or {}
    phrase, field = _PROBLEMS.get(error.get("type"), (None, None))
    if phrase:
        value = ctx.get(field, "") if field else ""
        choices = ", ".join(f"“{v}”" for v in re.findall(r"'([^']*)'", str(value)))  # "'' or 'open'": English "or"
        problem = say(phrase, lang, limit=value, choices=choices)
    elif isinstance(ctx.get("error"), UnknownLanguage):
        problem = language_said(ctx["error"], lang)
    elif error.get("msg") in WORDS:  # a guard's own sentence ("NUL characters are not allowed")
        problem = say(error["msg"], lang)
    else:
        return english
    return say("{name}: {problem}", lang, name=name, problem=problem)


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
        lang = names_lang(request)
        message = say("; ", lang).join(problem_said(e, lang) for e in exc.errors())  # the parameter named as in the address
        return render(request, "error.html", status=422, words=lang, code=422, message=message)

