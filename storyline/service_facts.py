"""Service part three: facts and summaries of events and stories (issue 12).

:func:`refresh_facts` runs at the end of each relink (after an ingest call, or
in the server's background relinker): it recomputes the facts of the events
whose articles changed (a fingerprint of their members, copies and sources is
stored with the facts) and drops those of events that are gone.  Reads render
the stored facts for the reader's language (:mod:`storyline.facts.render`).
"""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, Callable, Iterable

from storyline.facts.claims import sentence_spans
from storyline.facts.event import build_event_facts, fingerprint
from storyline.facts.leaning import add_context, unless_told_before
from storyline.facts.model import EventFacts, event_facts_from_dict, event_facts_to_dict
from storyline.facts.render import DEFAULT_LANG, event_view, story_view
from storyline.records import Article

if TYPE_CHECKING:
    from storyline.service_types import ServiceContext


def _spans(app: "ServiceContext", articles: list[Article],
           store: bool = True) -> dict[str, list[tuple[int, int, bool]]]:
    """Stored sentence offsets; articles stored before they existed get theirs
    now (kept with ``store``; a read computes them without writing)."""
    spans = app.store.sentence_spans([a.id for a in articles])
    missing = [a for a in articles if a.id not in spans]
    if missing and not store:
        spans.update({a.id: sentence_spans(a) for a in missing})
    elif missing:
        with app.store.transaction():
            for a in missing:
                spans[a.id] = sentence_spans(a)
                app.store.put_sentences(a.id, spans[a.id])
    return spans


def compute(app: "ServiceContext", event_id: int, articles: list[Article],
            store: bool = True) -> EventFacts:
    return build_event_facts(event_id, articles, app.embedder, spans=_spans(app, articles, store))


def refresh_facts(app: "ServiceContext", touched: set[int] | None = None) -> int:
    """Recompute the facts of changed events; returns how many were recomputed.

    ``touched``: the events whose articles changed since the last relink (every
    write that adds, moves or re-cleans an article names its events); only
    those and events with no stored facts are read.  None: check every event."""
    store = app.store
    known = store.event_fingerprints()
    ids = [e.id for e in store.event_heads()]
    done = 0
    for event_id in ids:
        if touched is not None and event_id not in touched and event_id in known:
            continue
        articles = store.articles(event_id=event_id)
        if not articles or known.get(event_id) == fingerprint(articles):
            continue
        ef = compute(app, event_id, articles)
        with store.transaction():
            store.save_event_facts(event_id, ef.fingerprint, event_facts_to_dict(ef))
        done += 1
    with store.transaction():
        store.keep_event_facts(ids)
    return done


def event_facts(app: "ServiceContext", event_id: int) -> EventFacts | None:
    """Stored facts of an event; computed (not stored) when the links lag behind."""
    stored = app.store.get_event_facts(event_id)
    articles = None
    if stored is None:
        articles = app.store.articles(event_id=event_id)
        return compute(app, event_id, articles, store=False) if articles else None
    return event_facts_from_dict(stored)


def event_summary(app: "ServiceContext", event_id: int, lang: str = DEFAULT_LANG) -> dict[str, Any] | None:
    """Summary, headline and facts of an event for a reader of ``lang``; glosses
    come from any event of its story."""
    ef = event_facts(app, event_id)
    if ef is None:
        return None
    story_id = app.store.story_map().get(event_id)
    pool = None
    if story_id is not None:
        story = app.store.story(story_id)
        others = [event_facts(app, e) for e in (story.event_ids if story else []) if e != event_id]
        pool = ef.facts + [f for o in others if o is not None for f in o.facts]
    view = event_view(ef, lang, pool)
    view["headline"] = listed_headline(app, event_id, lang, ef.headlines.get(lang))
    # a listed fact that leans on its report's sentence before ("He said …") is shown with it
    articles = app.store.articles(event_id=event_id)
    add_context(view["facts"], articles, _spans(app, articles, store=False))
    return view


def listed_headline(app: "ServiceContext", event_id: int, lang: str, chosen: str | None) -> str:
    """The event's headline for a reader of ``lang``: the one the events list
    and story show, unless another title in ``lang`` was ``chosen`` for the
    summary (:func:`~storyline.facts.summarise.choose_headlines`) and the
    listed one is not in ``lang``.  A reader who clicked "Libya floods: 10,000
    missing as dams give way in Derna" landed on "Thousands feared dead after
    dams burst in Libya's Derna" and wondered whether it was the same event;
    a Hindi reader still gets the Hindi report's title."""
    ev = app.store.event(event_id)
    listed = ev.headline if ev is not None else None
    return reader_headline(listed, chosen, lang, lambda: app.store.articles(event_id=event_id))


def reader_headline(listed: str | None, chosen: str | None, lang: str, articles) -> str:
    """:func:`listed_headline` given the rows (``articles``: the event's reports,
    or a callable giving them, read only when needed)."""
    def listed_langs() -> list[str]:
        arts = articles() if callable(articles) else articles
        return [a.lang for a in arts if a.title == listed]

    return pick_headline(listed, chosen, lang, listed_langs)


def pick_headline(listed: str | None, chosen: str | None, lang: str,
                  listed_langs: Callable[[], Iterable[str]]) -> str:
    """The rule of :func:`listed_headline`: the listed headline unless a title
    in ``lang`` was ``chosen`` and no report in ``lang`` carries the listed
    one (``listed_langs``: the languages of the reports titled ``listed``,
    asked only when needed)."""
    if not listed or listed == chosen:
        return chosen or listed or ""
    if not chosen:
        return listed
    return listed if lang in listed_langs() else chosen


def _reader_title(t, lang: str) -> tuple[str, str | None]:
    """(headline, its language) of an event (:class:`~storyline.store.records.EventTitles`)
    for a reader of ``lang``: a title chosen for ``lang`` is a report's in ``lang``;
    the listed one is in its first report's language, as ``title_lang`` says."""
    head = pick_headline(t.listed, t.chosen.get(lang), lang, lambda: t.listed_langs)
    if head != t.listed:
        return head, lang
    return head, t.listed_langs[0] if t.listed_langs else None


def reader_rows(app: "ServiceContext", rows: list, lang: str) -> list[tuple[Any, str | None]]:
    """Event or story rows named for a reader of ``lang``, each with its
    headline's language (None: not known): an event as its page names it, a
    story by its top event's headline so named (the event whose listed
    headline the story's is), as the story page heads it.  A Hindi reader saw
    English titles on the events and stories lists that each opened on a
    Hindi page.  Two reads for the whole list
    (:meth:`~storyline.store.base.Store.event_titles`), no facts document
    parsed; an event whose facts are not stored yet (the relink lags behind
    a write) keeps its listed headline.  Renamed rows are copies; the stored
    ones keep the listed headline."""
    import dataclasses

    from storyline.store.records import StoryRow

    def events_of(r) -> list[int]:
        return r.event_ids if isinstance(r, StoryRow) else [r.id]

    stories = any(isinstance(r, StoryRow) for r in rows)  # a story: only its top event is read
    titles = app.store.event_titles(list(dict.fromkeys(e for r in rows for e in events_of(r))),
                                    sorted({r.headline for r in rows}) if stories else None)
    out = []
    for r in rows:
        top = next((e for e in events_of(r) if e in titles and titles[e].listed == r.headline), None)
        if top is None:
            out.append((r, None))
            continue
        head, head_lang = _reader_title(titles[top], lang)
        out.append((dataclasses.replace(r, headline=head) if head != r.headline else r, head_lang))
    return out


def reader_events(app: "ServiceContext", events: list, lang: str) -> list:
    """A story's event rows with each headline as the event's own page gives it to
    a reader of ``lang`` (:func:`reader_rows`), so the story page, its
    chronology, cards and summary headings read in one language: a Hindi reader
    saw "व्लादिमीर पुतिन" over English event headings that each opened on a
    Hindi title.  Rows are copies; the stored ones keep the listed headline."""
    return [row for row, _ in reader_rows(app, events, lang)]


def reader_story_row(app: "ServiceContext", story, lang: str) -> tuple[Any, str | None]:
    """A story row named for a reader of ``lang`` and its headline's language
    (:func:`reader_rows`), the way the story page heads it; the Hindi page of
    a Putin–Kim event said "part of story 1: Putin hosts Kim…" over a Hindi
    title.  The row is a copy; (None, None) for no story."""
    if story is None:
        return None, None
    return reader_rows(app, [story], lang)[0]


def story_facts(app: "ServiceContext", story) -> list[EventFacts]:
    """A story's events' stored facts in the order their happenings took place
    (``EventRow.day``, the story's ``event_ids`` order), as its summary tells them."""
    rows = [app.store.event(e) for e in story.event_ids]
    dated = sorted((r for r in rows if r is not None),
                   key=lambda r: (r.day or dt.date.max, r.first_date or dt.date.max, r.id))
    return [ef for ef in (event_facts(app, r.id) for r in dated) if ef is not None]


def story_summary(app: "ServiceContext", story_id: int, lang: str = DEFAULT_LANG,
                  facts: list[EventFacts] | None = None, pool=None,
                  articles: list[Article] | None = None) -> dict[str, Any] | None:
    """A story's summary for a reader of ``lang``; ``facts`` (:func:`story_facts`), ``pool``
    (their :func:`~storyline.facts.render.story_gloss_pool`) and ``articles`` (its events'
    reports) where the caller has read them."""
    story = app.store.story(story_id)
    if story is None:
        return None
    view = story_view(facts if facts is not None else story_facts(app, story), lang, pool=pool)
    row, _ = reader_story_row(app, story, lang)
    view["headline"] = row.headline  # as the story page heads it (the API's summary_headline)
    # a fact that leans on its report's sentence before ("He said …") is shown with it, as on its
    # event's page: the story page, `storyline story` and the API's story listed it alone (h-ui37)
    if articles is None:
        articles = [a for e in story.event_ids for a in app.store.articles(event_id=e)]
    spans = _spans(app, articles, store=False)
    add_context(view["facts"], articles, spans)
    add_context(view["summary"], articles, spans)
    unless_told_before(view["summary"])
    return view


def export_facts(app: "ServiceContext", out, lang: str = DEFAULT_LANG) -> int:
    """One JSON line per event: headline, summary and facts as :func:`event_summary`."""
    import json

    n = 0
    for ev in app.store.events():
        view = event_summary(app, ev.id, lang)
        if view is None:
            continue
        out.write(json.dumps({"event_id": ev.id, **view}, ensure_ascii=False) + "\n")
        n += 1
    return n
