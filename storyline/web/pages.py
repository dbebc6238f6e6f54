"""Server-rendered pages (Jinja2): stories, events, articles, entities and search.

Why server-rendered: the pages are fast on a laptop, work on a phone and with
a screen reader, and need no JavaScript (toggles are ``<details>``).  Every
piece of article text goes through Jinja2 autoescaping, never ``|safe``; the
Content-Security-Policy set by the app stops scripts even if that failed.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from urllib.parse import quote, urlencode, urlparse

import jinja2
from markupsafe import Markup, escape
from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.routing import APIRouter
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from storyline.language_codes import CODES, reader_lang
from storyline import reader_words
from storyline.reader_words_typography import quote_marks, quoted
from storyline.reader_words import (WORDED_LANGS, count, count_named_elsewhere, page_dir, page_lang, say, sources_said,
                                    undated_said, no_report_said, worded_in)
from storyline.reader_words_dates import as_date, shown_date, span_date
from storyline.records import removals_once
from storyline.search import MODES
from storyline.serialize import dates_once_json
from storyline.wording import (DATE_UNKNOWN, OUTSIDE_DAYS, PLACED_BY_CONTENT, UNKNOWN_SOURCE, outside_days, gate_kind_label, gate_reasons,
                               gate_kinds_phrase, heading_case, kind_word, other_spellings, removed_kinds,
                               residue_label,                                sources_phrase)
from storyline.details import (facts_by_event, more_facts, originals_first, repeats_original, restated_facts,
                               restates, single_facts)
from storyline.web.cards import (entities_of, entity_view, event_card, story_card,
                                 story_view, title_lang)
from storyline.web.error_pages import install_error_pages, language_said, not_there
from storyline.web.guards import OFFSET, Cites, ReaderLang, RowId
from storyline.web.reader_lang import (NAME_LANGS, chosen_lang, lang_attr, lang_label, names_cookie, names_lang,
                                       old_search_filter, reader_langs, with_lang)
from storyline.web.views import (cited_span, coverage, event_timeline, marked_paragraphs, paragraphs,
                                 sparkline, top_entities)

HERE = Path(__file__).parent
PAGE_SIZE = 25       # cards per page
SEARCH_PAGE = 20     # results per search page
ENTITY_PAGE = 100    # names per page of the entity list
FILTER_LABELS = {"source": "Source", "lang": "Written in"}  # the search form's fields as labelled


def safe_url(url: str | None) -> str | None:
    """Only http(s) links are rendered; ``javascript:`` and friends are dropped."""
    if not url:
        return None
    return url if urlparse(url).scheme in ("http", "https") else None


_env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"),
                          autoescape=True, trim_blocks=True, lstrip_blocks=True)
_env.filters["safe_url"] = safe_url
_env.filters["paragraphs"] = paragraphs
_env.filters["marked_paragraphs"] = marked_paragraphs
_env.filters["kind"] = lambda label: say(kind_word(label))  # in the page's language
_env.filters["heading_case"] = heading_case
_env.filters["residue_label"] = lambda rule: say(residue_label(rule))  # in the page's language
_env.filters["removed_kinds"] = lambda rules: removed_kinds(rules, say)
_env.filters["gate_kind"] = lambda kind: say(gate_kind_label(kind))
_env.filters["gate_reasons"] = gate_reasons
_env.filters["once"] = removals_once
_env.filters["restates"] = restates
_env.filters["originals_first"] = originals_first
_env.filters["repeats_original"] = repeats_original
_env.globals["MODES"] = MODES
_env.globals["WORDED"] = reader_words  # the catalogue wording.gate_reasons and gate_kinds_phrase say things in
_env.globals.update(sources_phrase=sources_phrase, gate_kinds_phrase=gate_kinds_phrase,
                    other_spellings=other_spellings,
                    # the " · " between a line's items: a no-break space before the dot keeps it at the end
                    # of a line, so a wrapped line never opens with "· 2024-07-26 – …" (a phone's cards)
                    SEP=Markup("&nbsp;· "),
                    PLACED_BY_CONTENT=PLACED_BY_CONTENT, DATE_UNKNOWN=DATE_UNKNOWN,
                    UNKNOWN_SOURCE=UNKNOWN_SOURCE, OUTSIDE_DAYS=OUTSIDE_DAYS, outside_days=outside_days)
templates = Jinja2Templates(env=_env)


_env.globals.update(lang_label=lang_label, more_facts=more_facts, single_facts=single_facts,
                    restated_facts=restated_facts,
                    lang_attr=lang_attr, with_lang=with_lang, say=say, count=count, shown_date=shown_date, span_date=span_date, page_lang=page_lang,
                    count_named_elsewhere=count_named_elsewhere,
                    page_dir=page_dir, quoted=quoted, quote_marks=quote_marks,
                    sources_of=sources_said, undated_phrase=undated_said, no_report_in=no_report_said)
_env.filters["as_date"] = as_date


def happened_said(happened: dt.date, reported: dt.date, last: dt.date | None = None,
                  more: bool = False) -> Markup:
    """"happened 19 Aug 2023 · first reported 20 Aug 2023 – 24 Aug 2023" (``span_date``'s
    phrase in the reader's language, ``last`` the event's last report's day) for a card or a
    header: each date its own ``<time>``, "happened …&nbsp;·" one piece and the days from
    the first report another, so a phone's line too short for the whole phrase (Russian)
    breaks between words, never inside a date and never before the "·" or the "–".  ``more``:
    the line goes on (an undated note), its "·" ends the phrase's last piece: a browser breaks a
    line after the box the range is shown in (``.date-range.happened``), no-break space or not."""
    html = str(escape(span_date(happened, "day", None, reported)))
    shown = [str(escape(shown_date(day))) for day in (happened, reported)]
    html = html.replace(shown[0], f'<time datetime="{happened.isoformat()}">{shown[0]}</time>', 1)
    days = f'<time datetime="{reported.isoformat()}">{shown[1]}</time>'
    if last is not None and last != reported:
        days += f'&nbsp;– <time datetime="{last.isoformat()}">{escape(shown_date(last))}</time>'
    if more:
        days += "&nbsp;·"
    head, sep, tail = html.partition(" · ")
    if sep:
        return Markup(f'<span class="unbroken">{head}&nbsp;·</span> '
                      + tail.replace(shown[1], f'<span class="unbroken">{days}</span>', 1))
    return Markup(html.replace(shown[1], f'<span class="unbroken">{days}</span>', 1))


_env.globals["happened_said"] = happened_said


def _render(request: Request, name: str, status: int = 200, names: str | None = None,
            words: str | None = None, **ctx) -> HTMLResponse:
    """``names``: the names language the page was made in, when the page chose it (``reader_langs``);
    ``words``: the language of the page's fixed wording (:mod:`storyline.reader_words`), else English."""
    chosen = names or chosen_lang(request)
    ctx.setdefault("q", "")
    ctx.update(names_lang=chosen or names_lang(request), name_langs=NAME_LANGS)
    with worded_in(words):  # the page's fixed wording in the reader's language
        response = templates.TemplateResponse(request, name, ctx, status_code=status)
    if chosen and chosen != request.cookies.get(names_cookie(request)):
        response.set_cookie(names_cookie(request), chosen, max_age=365 * 86400, samesite="lax", httponly=True)
    return response


def _page_links(request: Request, total: int, limit: int, offset: int) -> dict:
    """Previous/next links that keep every other query parameter."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "offset"]

    def link(off: int) -> str:
        return str(request.url.path) + "?" + urlencode(params + [("offset", off)])

    if offset and offset >= total:  # past the last page (an old link, a list that shrank):
        # say so and lead back to the last page, not "1001–15 of 15" under "nothing ingested yet"
        return {"prev": link(max(total - 1, 0) // limit * limit), "next": None, "start": link(0),
                "first": None, "last": None, "total": total, "past_end": True}
    return {"prev": link(max(offset - limit, 0)) if offset > 0 else None,
            "next": link(offset + limit) if offset + limit < total else None,
            "first": offset + 1 if total else 0, "last": min(offset + limit, total), "total": total,
            "past_end": False, "start": link(0)}



def _citations(request: Request, cites: str) -> dict:
    """``?cites=open``: every fact's citations shown open, and the link that opens or closes
    them all.  A fact-checker reading an event's sources opened 13 toggles one by one; the
    link keeps the page's other parameters (the reader's language) and needs no script."""
    opened = cites == "open"
    url = request.url.remove_query_params("cites")
    url = url if opened else url.include_query_params(cites="open")
    return {"cites_open": opened, "cites_toggle": str(url.replace(scheme="", netloc="")) + "#h-summary"}


def _reader_languages(langs: list[str], chosen: str) -> list[str]:
    """Choices for the reader's language: every language the pages are worded in
    (``reader_words.WORDED_LANGS``), the coverage's languages (a summary may be read from
    their reports; not ``und``, which the form would send back to a 422), the chosen one.
    The worded ones too, as the front page's menu has them: story 2 of the demo (reports in
    en, es, fr, hi, ru) offered no German or Arabic, both worded in full (h-ui33)."""
    return sorted({*WORDED_LANGS, chosen, *(lg for lg in langs if lg in CODES)})


def build_router(app: FastAPI) -> APIRouter:
    router = APIRouter(dependencies=[Depends(app.state.can_read)], include_in_schema=False,
                       default_response_class=HTMLResponse)
    backend = app.state.backend
    lock = backend.read_lock

    def list_page(request: Request, offset: int, stories: bool, lang: str | None):
        lang, names = reader_langs(request, lang)  # ?lang= else the reader's language setting
        with lock:
            reader = backend.reader
            rows = reader.stories() if stories else reader.events()
            make = story_card if stories else event_card
            shown = rows[offset:offset + PAGE_SIZE]
            named = reader.reader_rows(shown, lang)  # as their pages name them
            cards = [make(reader, r, names, head_lang) for r, head_lang in named]
            n_articles = reader.count_articles()
            n_flagged = reader.not_articles(limit=0)[0] if not n_articles else 0
        return _render(request, "index.html", names=names, words=lang, cards=cards, total=len(rows), stories=stories,
                       n_articles=n_articles, n_flagged=n_flagged,
                       pages=_page_links(request, len(rows), PAGE_SIZE, offset),
                       lang=lang, languages=_reader_languages(list(NAME_LANGS), lang))

    @router.get("/")
    def index(request: Request, offset: int = OFFSET, lang: ReaderLang = None):
        with lock:
            has_stories = bool(backend.reader.stories())
        return list_page(request, offset, stories=has_stories, lang=lang)

    @router.get("/events")
    def events(request: Request, offset: int = OFFSET, lang: ReaderLang = None):
        return list_page(request, offset, stories=False, lang=lang)

    @router.get("/stories", include_in_schema=False)
    @router.get("/names", include_in_schema=False)
    def guessed_address(request: Request):
        """The addresses a reader guesses from the menu's words go to the pages they name.

        The story list is the front page and the Names menu opens /entities;
        "/stories" and "/names" answered "Not found".  The query is kept.
        """
        to = "/" if request.url.path == "/stories" else "/entities"
        return RedirectResponse(to + (f"?{request.url.query}" if request.url.query else ""),
                                status_code=301)

    @router.get("/stories/{story_id}")
    def story(request: Request, story_id: RowId, lang: ReaderLang = None, cites: Cites = ""):
        lang, names = reader_langs(request, lang)  # ?lang= else the reader's language setting
        with lock:
            with worded_in(lang):  # its chart's ticks in the reader's language
                view = story_view(backend.reader, story_id, lang=lang, names=names)
        facts = view.summary if view else None  # read with the chronology's glosses, from one pool
        if view is None:
            raise HTTPException(404, not_there("story", story_id))
        runs = facts_by_event(facts["summary"], view.events) if facts else None
        return _render(request, "story.html", names=names, words=lang, reader_lang=lang, v=view, facts=facts, runs=runs,
                       headline_lang=title_lang(view.story.headline, view.articles),
                       languages=_reader_languages(view.story.languages, lang), originals=_sources(view.articles),
                       **_citations(request, cites))

    @router.get("/events/{event_id}")
    def event(request: Request, event_id: RowId, lang: ReaderLang = None, cites: Cites = ""):
        lang, names = reader_langs(request, lang)  # ?lang= else the reader's language setting
        with lock:
            found = backend.reader.event(event_id)
            if found is None:
                raise HTTPException(404, not_there("event", event_id))
            ev, arts = found
            backend.reader.with_revisions(arts)  # "updated <when>" on a report its site updated, as `show` says
            ents = entities_of(backend.reader, arts, names)
            st, st_lang = (backend.reader.reader_story_row(ev.story_id, lang) if ev.story_id is not None
                           else (None, None))
            facts = backend.reader.event_summary(event_id, lang)
        with worded_in(lang):  # its chart's ticks in the reader's language
            timeline = event_timeline(arts, lang, (ev.first_date, ev.last_date))
        headline = facts["headline"] if facts and facts.get("headline") else ev.headline
        return _render(request, "event.html", names=names, words=lang, ev=ev, story=st, story_lang=st_lang,
                       articles=arts, facts=facts, originals=_sources(arts),
                       headline=headline, headline_lang=title_lang(headline, arts),
                       languages=_reader_languages(ev.languages, lang),
                       coverage=coverage(arts), entities=top_entities(ents, n=12),
                       timeline=timeline, **_citations(request, cites))

    @router.get("/articles/{article_id}")
    def article(request: Request, article_id: str, cite: str = Query("", max_length=40)):
        with lock:
            a = backend.reader.article(article_id)
            if a is None:
                raise HTTPException(404, not_there("article", article_id))
            ev = backend.reader.event_row(a.event_id) if a.event_id is not None else None
            ev, ev_lang = backend.reader.reader_rows([ev], names_lang(request))[0] if ev else (None, None)
            ents = top_entities([backend.reader.article_entities(a.id, names_lang(request))], n=40)
            original = backend.reader.article(a.duplicate_of) if a.duplicate_of else None
            revisions = backend.reader.article_revisions(a.id) if a.revised else []  # the texts updates replaced
        originals = {original.id: original.source} if original is not None and original.source else {}
        return _render(request, "article.html", words=names_lang(request), a=a, ev=ev, ev_lang=ev_lang, entities=ents,
                       originals=originals, dates=dates_once_json(a.dates), cited=cited_span(cite, a.text),
                       revisions=revisions)

    @router.get("/not-articles")
    def not_articles(request: Request, offset: int = OFFSET):
        with lock:
            total, rows = backend.reader.not_articles(limit=PAGE_SIZE, offset=offset)
        return _render(request, "not_articles.html", words=names_lang(request), rows=rows, total=total,
                       pages=_page_links(request, total, PAGE_SIZE, offset))

    @router.get("/entities")
    def entities(request: Request, offset: int = OFFSET,
                 find: str = Query("", max_length=200)):
        lang = names_lang(request)
        if find.strip():  # a name looked up: the entities it could mean, best first
            with lock:
                found = backend.reader.lookup_entity(find, lang=lang, limit=20)
            if found.entity is not None:  # one entity meant: its page
                return RedirectResponse(f"/entities/{quote(found.entity.id, safe='')}", status_code=303)
            return _render(request, "entities.html", words=lang, rows=[], pages=None, find=find,
                           matches=found.candidates, status=200 if found.candidates else 404)
        with lock:
            rows = backend.reader.entities(limit=ENTITY_PAGE + 1, offset=offset, lang=lang)
        pages = _page_links(request, offset + len(rows), ENTITY_PAGE, offset)
        pages["total"] = None  # one row past the page says whether there is a next one
        if pages["past_end"]:  # how many names there are is not counted: back to the first page
            pages["prev"] = pages["start"]
        return _render(request, "entities.html", words=lang, rows=rows[:ENTITY_PAGE], pages=pages, find="")

    @router.get("/entities/{name:path}")
    def entity(request: Request, name: str):
        lang = names_lang(request)
        with lock:
            view = entity_view(backend.reader, name, lang=lang)
            found = backend.reader.lookup_entity(name, lang=lang, limit=20) if view is None else None
        if view is None:  # no single entity: offer the candidates ("did you mean")
            return _render(request, "entities.html", words=lang, rows=[], pages=None, find=name,
                           matches=found.candidates, status=404)
        with worded_in(lang):  # its chart's labels in the reader's language
            spark = sparkline(view.by_period)
        return _render(request, "entity.html", words=lang, v=view, spark=spark)

    @router.get("/search")
    def search(request: Request, q: str = Query("", max_length=500),
               article_lang: list[str] = Query([]), source: str = Query("", max_length=200),
               entity: str = Query("", max_length=200), date_from: str = "", date_to: str = "",
               mode: str = "hybrid", offset: int = Query(0, ge=0, le=10_000), lang: list[str] = Query([])):
        if (moved := old_search_filter(request)) is not None:  # "?lang=ja": the filter's old name
            return RedirectResponse(moved, status_code=307)
        # ?lang= (one reader's language, else moved above) else the reader's setting, as on every page
        _, names = reader_langs(request, lang[0] if lang and lang[0] else None)
        errors, dates = [], {}
        # errors name the form's fields as the reader sees them, not the parameters
        # and in the reader's language, as the form is
        for name, label, value in (("date_from", "Published from", date_from),
                                   ("date_to", "Published until", date_to)):
            try:
                dates[name] = dt.date.fromisoformat(value) if value else None
            except ValueError:
                errors.append(say("{label}: “{value}” is not a date (use YYYY-MM-DD)", names,
                                  label=say(label, names), value=value))
        for value in article_lang:  # a code that names no language found nothing, silently
            try:
                reader_lang(value, allow_und=True)
            except ValueError as exc:
                errors.append(f"{say('Written in', names)}{say(': ', names)}{language_said(exc, names)}")
        if mode not in MODES:
            errors.append(say("{label}: “{value}” is not one of {choices}", names, label=say("Kind of search", names),
                              value=mode, choices=", ".join(MODES)))
        if dates.get("date_from") and dates.get("date_to") and dates["date_from"] > dates["date_to"]:
            errors.append(say("{until} is before {since}", names, until=say("Published until", names),
                              since=say("Published from", names)))  # it found nothing, silently
        result, unknown_name = None, False
        with lock:
            reader = backend.reader
            events = reader.events()
            languages = sorted({lg for e in events for lg in e.languages})
            nothing_stored = not languages and not reader.count_articles()  # "0 results" said nothing of why
            if q.strip() and not errors:
                filters = reader.search_filters(article_lang, [source.strip()] if source.strip() else [],
                                                entity, dates["date_from"], dates["date_to"])
                # a source or language that nothing stored has: said, not "0 results"
                problems = reader.filter_problems(filters)
                errors += [f"{say(FILTER_LABELS[name], names)}{say(': ', names)}{msg}" for name, msg in problems.items()]
                if not problems:
                    result = reader.search(q, filters, limit=SEARCH_PAGE, offset=offset, mode=mode)
                    unknown_name = filters.entity_ids == []  # "Mentions" names no entity: nothing can match
            originals = _originals(reader, result.hits if result else [])
            # a hit's event named by its headline ("event 4" told a reader nothing), as its page
            # names it for this reader (a Hindi reader's link said the English title, the page Hindi)
            hit_events = {h.event_id for h in result.hits} if result else set()
            named = reader.reader_rows([e for e in events if e.id in hit_events], names)
            event_headlines = {e.id: (e.headline, head_lang) for e, head_lang in named}
        pages = _page_links(request, result.total, SEARCH_PAGE, offset) if result else None
        # no word or name of the query is in any hit: what is listed is only near in meaning
        # (a query about nothing stored lists none: storyline.search_meaning.stands_out; one it lets
        # through may still be about something else)
        meaning_only = bool(result and result.hits and mode == "hybrid"
                            and all(set(h.matched) <= {"semantic"} for h in result.hits))
        # the word index wants every word of a query: "पुतिन लग्ज़री" found no report with both,
        # and the page said no report had "these words or names" above hits naming पुतिन
        several_words = len(q.split()) > 1
        return _render(request, "search.html", names=names, words=names, q=q, result=result, errors=errors, pages=pages,
                       originals=originals, unknown_name=unknown_name, meaning_only=meaning_only,
                       several_words=several_words,
                       nothing_stored=nothing_stored, event_headlines=event_headlines,
                       languages=languages, form={"article_lang": article_lang, "source": source, "entity": entity,
                                                  "date_from": date_from, "date_to": date_to,
                                                  "mode": mode})

    return router


def _sources(articles) -> dict[str, str]:
    """Article id -> source of a page's reports: a fact's near-copy is named by its
    original's source even where the original does not state that fact."""
    return {a.id: a.source for a in articles if a.source}


def _originals(reader, hits) -> dict[str, str]:
    """Article id -> source of the originals of the near-copies among ``hits``: a
    fact-checker must see that two results with one snippet are one report
    syndicated (a copy is named by its original's source, as on the event page)."""
    out = {}
    for h in hits:
        if h.duplicate_of and h.duplicate_of not in out:
            original = reader.article(h.duplicate_of)
            out[h.duplicate_of] = (original.source if original is not None else None) or h.duplicate_of
    return out


def install(app: FastAPI) -> None:
    """Add the pages, the static files and HTML error pages to ``app``."""
    app.include_router(build_router(app))
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    install_error_pages(app, _render)
