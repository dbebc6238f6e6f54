"""View models built from the service: cards for lists, and the entity and story views.

Why a module of its own: the HTML pages and the JSON API show the same
things (a story's coverage, an entity's spellings and stories), so both build
them here from :class:`~storyline.service.Storyline` calls and only format
them differently.  Callers hold the reader lock.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from storyline.details import Alias, Coverage, EntityBadge, coverage, title_lang, top_entities  # noqa: F401
from storyline.records import Article
from storyline.store.records import EntityRow, EventRow, StoryRow
from storyline.web.views import Timeline, story_timeline
from storyline.wording import UNKNOWN_SOURCE

if TYPE_CHECKING:
    from storyline.service import Storyline

CARD_ARTICLES = 200  # articles read per card to name its sources and top names


@dataclass
class Card:
    """One group of articles as listed: a story or an event."""

    url: str
    headline: str
    n_articles: int
    n_sources: int
    languages: list[str]
    sources: list[str] = field(default_factory=list)
    first_date: dt.date | None = None
    last_date: dt.date | None = None
    entities: list[EntityBadge] = field(default_factory=list)
    n_events: int | None = None
    id: int | None = None
    n_unknown_source: int = 0   # original reports of unknown source (not in n_sources)
    n_undated: int = 0          # reports with no date of their own (placed by content only)
    headline_lang: str | None = None  # the language of the report whose title the headline is
    # the day its happening (a story's: its earliest event's) took place, where before
    # ``first_date`` (the first report's): EventRow/StoryRow.happened, shown with it
    happened: dt.date | None = None


def entities_of(app: "Storyline", articles: list[Article], lang: str | None = None) -> list[list[EntityRow]]:
    return [app.article_entities(a.id, lang) for a in articles]


def _card(app: "Storyline", url: str, row: EventRow | StoryRow, articles: list[Article],
          n_events: int | None = None, lang: str | None = None, headline_lang: str | None = None) -> Card:
    """``lang``: the reader's names language (a Hindi reader's cards named "Vladimir Putin"
    under a Hindi page heading "व्लादिमीर पुतिन"); ``headline_lang``: the
    language of ``row.headline`` where known (:meth:`Storyline.reader_rows`),
    else that of the report among ``articles`` it is the title of."""
    cov = coverage(articles)
    return Card(url=url, headline=row.headline, n_articles=row.n_articles,
                n_sources=row.n_sources, languages=row.languages,
                sources=[s for s, _ in cov.sources if s != UNKNOWN_SOURCE],
                first_date=row.first_date, happened=row.happened,  # (store.happened_column)
                last_date=row.last_date, entities=top_entities(entities_of(app, articles, lang), n=5),
                n_events=n_events, id=row.id, n_unknown_source=row.n_unknown_source,
                n_undated=row.n_undated,
                headline_lang=headline_lang or title_lang(row.headline, articles))


def event_card(app: "Storyline", ev: EventRow, lang: str | None = None,
               headline_lang: str | None = None) -> Card:
    return _card(app, f"/events/{ev.id}", ev, app.articles(event_id=ev.id, limit=CARD_ARTICLES), lang=lang,
                 headline_lang=headline_lang)


def story_card(app: "Storyline", st: StoryRow, lang: str | None = None,
               headline_lang: str | None = None) -> Card:
    articles: list[Article] = []
    for eid in st.event_ids:
        if len(articles) >= CARD_ARTICLES:
            break
        articles += app.articles(event_id=eid, limit=CARD_ARTICLES - len(articles))
    return _card(app, f"/stories/{st.id}", st, articles, n_events=len(st.event_ids), lang=lang,
                 headline_lang=headline_lang)


@dataclass
class StoryView:
    story: StoryRow
    events: list[EventRow]
    articles: list[Article]
    entries: list[Any]                   # storyline.timeline.TimelineEntry, in date order
    timeline: Timeline | None
    coverage: Coverage
    entities: list[EntityBadge]
    event_cards: list[Card]
    headline_langs: dict[int, str | None] = field(default_factory=dict)  # event id -> its headline's language
    summary: dict | None = None          # the cited summary (service_facts.story_summary), the page's

    @property
    def reports(self) -> dict[str, Article]:
        """Its reports by id: what a chronology citation's report says of itself ("updated <when>")."""
        return {a.id: a for a in self.articles}


def story_view(app: "Storyline", story_id: int, lang: str | None = None,
               names: str | None = None) -> StoryView | None:
    """``lang``: the reader's language (the headlines, as on the event pages, and the
    summary, read with the chronology from one gloss pool); ``names``: the language
    names are shown in (default ``lang``)."""
    names = names or lang
    detail = app.story(story_id, lang=lang, names=names, summary=True)
    if detail is None:
        return None
    arts = detail["articles"]
    per_event: dict[int, list[Article]] = defaultdict(list)
    for a in arts:
        per_event[a.event_id].append(a)
    badges = [EntityBadge(key=e.id, name=e.name, label=e.label, articles=n, aliases=e.aliases,
                          lang=e.name_lang)
              for e, n in detail["entities"]]
    return StoryView(story=detail["story"], events=detail["events"], articles=arts,
                     entries=detail["timeline"], timeline=story_timeline(detail["timeline"]),
                     coverage=coverage(arts), entities=badges,
                     event_cards=[_card(app, f"/events/{e.id}", e, per_event[e.id][:CARD_ARTICLES], lang=names)
                                  for e in detail["events"]],
                     headline_langs={e.id: title_lang(e.headline, per_event[e.id]) for e in detail["events"]},
                     summary=detail["summary"])


@dataclass
class EntityView:
    """An entity's page: its detail record, its stories as cards."""

    entity: EntityRow
    aliases: list[Alias]
    n_articles: int
    by_period: list[tuple[str, int]]     # (day, month or year, articles), oldest first
    stories: list[tuple[Card, int]]      # (story card, mentions in it), most first
    articles: list[MentionRow]           # one row per mentioning article, newest first
    n_stories: int = 0                   # all the stories naming it (``stories`` may be fewer)


def entity_view(app: "Storyline", name: str, max_stories: int = 25,
                lang: str | None = None) -> EntityView | None:
    """An entity by any spelling: spellings per language, stories, mentions over time."""
    d = app.entity_detail(name, lang=lang, max_stories=max_stories)
    if d is None:
        return None
    return EntityView(entity=d.entity, aliases=d.aliases, n_articles=d.n_articles,
                      by_period=d.by_period, stories=[(story_card(app, s, lang), n) for s, n in d.stories],
                      articles=d.articles, n_stories=d.n_stories)
