"""The reader's language settings of the pages: which language names (and an
event or story page's summary) are shown in, and the cookie that remembers it.

Apart from :mod:`storyline.web.pages` because the choice is one concept with
its own rules (the query parameter, the cookie scoped to one server, the
languages a reader may pick) that every page reads the same way.
"""
from __future__ import annotations

from urllib.parse import urlencode

from fastapi import Request
from markupsafe import Markup, escape

from storyline.language_codes import endonym, lang_label  # noqa: F401  (lang_label: the pages' import)
from storyline.reader_words import page_lang

NAMES_COOKIE = "names_lang"  # the reader's choice of language for names (a UI setting); see names_cookie
NAME_LANGS = {code: endonym(code) for code in ("en", "ar", "de", "es", "fr", "hi", "it", "pt", "ru", "uk")}


def names_cookie(request: Request) -> str:
    """The cookie that remembers this server's names language: ``names_lang``
    followed by the port the browser asked for ("names_lang_8741").

    A browser keeps cookies per host, not per port, so two servers on
    127.0.0.1 (the demo on one port, the seeds on another) shared one
    setting: Hindi chosen on one turned the other's names Hindi.  Named by
    the port, each origin keeps its own, as it keeps its own storage; a
    server on the scheme's default port keeps the plain name."""
    port = request.url.port
    return f"{NAMES_COOKIE}_{port}" if port else NAMES_COOKIE


def chosen_lang(request: Request) -> str | None:
    """The reader's language this address picks, or None: ``?lang=xx`` as on
    every page, else ``?names=xx`` (the Names pages' old name for it).

    The Names list, a name's page and an article page read only ``?names=``,
    so ``/entities?lang=hi`` (the parameter of every other page, and of the
    links a reader copies from them) showed English names under an English
    setting.  A ``lang`` no reader picks ("ja") picks nothing here: on the
    event and story pages it still asks for a summary in that language."""
    for value in (request.query_params.get("lang"), request.query_params.get("names")):
        if value in NAME_LANGS:
            return value
    return None


def names_lang(request: Request) -> str:
    """Language names are shown in: the one the address picks (:func:`chosen_lang`,
    remembered in a cookie), else the cookie, else English."""
    chosen = chosen_lang(request)
    if chosen:
        return chosen
    cookie = request.cookies.get(names_cookie(request))
    return cookie if cookie in NAME_LANGS else "en"


def lang_attr(code: str | None) -> Markup:
    """` lang="xx"` for a name in another language than the page's (English unless the
    page is worded in the reader's language, :func:`storyline.reader_words.page_lang`), else nothing."""
    return Markup(f' lang="{escape(code)}"') if code and code != page_lang() else Markup("")


def with_lang(href: str) -> str:
    """``href`` carrying the page's language (``?lang=hi``) where the page is worded in one,
    so a link (the menu, a card) leads on in it: a Hindi reader clicked "घटनाएं" and read an
    English list where the cookie was off or another server's.  English pages' links are as written."""
    lang = page_lang()
    if lang == "en":
        return href
    href, hash_, fragment = href.partition("#")  # a citation's "?cite=…#cited": the query before the fragment
    return f"{href}{'&' if '?' in href else '?'}{urlencode({'lang': lang})}{hash_}{fragment}"


def reader_langs(request: Request, lang: str | None) -> tuple[str, str]:
    """(summary language, names language) of an event or story page.

    One setting, as in the CLI's ``--lang``: a reader who picks Hindi in the
    "Reader's language" form gets the summary in Hindi *and* the names as
    Hindi readers know them (the badges stayed "Vladimir Putin" beside a
    Hindi summary), and the choice is remembered like ``?names=``."""
    if lang in NAME_LANGS:
        return lang, lang
    names = names_lang(request)
    return lang or names, names


def old_search_filter(request: Request) -> str | None:
    """The search page's address for an old link whose ``lang`` was the
    language filter (now ``article_lang``), or None.

    ``lang`` is the reader's language on every page; the search page alone
    used it to filter reports by their language, so "?lang=hi" there listed
    Hindi reports while on an event page it shows the page to a Hindi
    reader.  An old link or bookmark whose ``lang`` cannot be a reader's
    language (several languages, or one no reader picks, such as "ja") can
    only mean the filter and is sent on with it renamed; one reader's
    language is read as what it means everywhere else."""
    given = request.query_params.getlist("lang")
    if len(given) < 2 and all(v in NAME_LANGS or not v for v in given):
        return None
    params = [("article_lang" if k == "lang" else k, v) for k, v in request.query_params.multi_items()]
    return f"{request.url.path}?{urlencode(params)}"
