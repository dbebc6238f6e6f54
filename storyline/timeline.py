"""Story timelines: events in date order plus the past happenings articles mention.

A June 2024 report that says "Putin had gifted Kim the same car in February"
tells the analyst about a February 2024 happening that no article in the
corpus reports directly.  Every resolved :class:`DateMention` that points
clearly into the past of its article becomes a timeline entry, cited to the
sentence and article it came from.  A mention that falls inside a known event
of the story ("last September" -> the September 2023 visit) is attached to that
event as extra support instead of becoming a separate entry.  A range of days
("the night of 10 to 11 September") is one entry, at its first day, labelled
with both ("2023-09-10 – 2023-09-11"): the Lok Sabha story's "election held
between April 19 and June 1" was labelled 2024-04-19 alone, as if the
ballots had all been cast that day.

A report with no date of its own joined its event by content alone, so it
neither lends nor receives a date here: the event's entry cites only its dated
reports, and each undated report gets an entry of its own whose date is
unknown (``placed_by == "content"``).  Its mentioned dates are not resolved
against anything, so they make no entries either.

An event is placed on the day its happening took place where its reports say
so (:func:`happened_day`), not on its first report's day: Luna-25 was lost on
Saturday 19 August 2023 and first reported on the Sunday; the entry says both.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from storyline.analyse.dates import range_end
from storyline.facts.figures import numbers_in
from storyline.records import Article, date_label, period_days
from storyline.store.records import EventRow
from storyline.wording import DATE_UNKNOWN, clip

PAST_MARGIN = dt.timedelta(days=3)  # mentions this close to publication are the news itself
# A happening is placed at most this many days before its first report (a quake late on Friday is
# reported on Saturday; a date further back in a lead is background, not the news) ...
HAPPENED_BACK = dt.timedelta(days=3)
LEAD_SENTENCES = 3  # ... by the days named in a report's first sentences, which state its news


@dataclass
class Citation:
    article_id: str
    sentence: str
    source: str | None
    lang: str
    published: dt.date | None


@dataclass
class TimelineEntry:
    date: dt.date | None
    precision: str  # day | week | month | year
    kind: str  # "event" (reported) or "mentioned" (a past happening named in articles)
    title: str
    event_id: int | None = None
    citations: list[Citation] = field(default_factory=list)
    title_lang: str | None = None  # the language the title is in (a report's title or sentence)
    # an event's first report's day where its happening is placed earlier (happened_day), else None
    reported: dt.date | None = None
    until: dt.date | None = None  # the last day of a range of days the entry is ("between April 19 and June 1")
    # a reader-language sentence aligned with a title in another language (storyline.facts.chronology)
    gloss: str | None = None
    gloss_lang: str | None = None

    @property
    def placed_by(self) -> str:
        """"content" for a report (or event) with no date: its place is not a date."""
        return "date" if self.date is not None else "content"

    @property
    def label(self) -> str:
        if self.date is None:
            return DATE_UNKNOWN
        first = date_label(self.date, self.precision)
        return f"{first} – {date_label(self.until, 'day')}" if self.until else first


def _lead_sentence(a: Article) -> str:
    """The first real sentence: skips datelines ("Seoul.") and bylines."""
    for s in a.sentences:
        if len(s.split()) >= 5:
            return s
    return (a.sentences or [a.title])[0]


def happened_day(first: dt.date | None, reports: list[Article], lead_sentences: int | None = None,
                 back: dt.timedelta | None = None) -> dt.date | None:
    """The day an event's happening took place, as its reports state it; else ``first``.

    Each dated report's lead (its first :data:`LEAD_SENTENCES` real sentences)
    names days; only those from ``first`` (the event's first report's day) back
    :data:`HAPPENED_BACK` days count.  The earliest day two or more reports'
    leads name is the happening's: the news names when it was said as well as
    when it happened ("Roscosmos said on Sunday … lost contact on Saturday",
    in three reports of Luna-25), and the happening comes first.  Without such
    agreement each report votes for the first day its lead names and the most
    voted wins (a tie: the later day): one report's earliest day was often
    background ("the WHO warned on Wednesday … Sunday's tsunami" placed the
    warning on the tsunami's day in the Wikinews dev set).  ``lead_sentences`` and ``back``
    replace :data:`LEAD_SENTENCES` and :data:`HAPPENED_BACK` (``storyline bench happened``
    chooses them by cross-validation)."""
    if first is None:
        return None
    lead_sentences = LEAD_SENTENCES if lead_sentences is None else lead_sentences
    back = HAPPENED_BACK if back is None else back
    named: Counter[dt.date] = Counter()
    opens: Counter[dt.date] = Counter()
    for a in reports:
        if a.published is None or a.duplicate_of:
            continue
        window = [d for d in a.dates if d.precision == "day" and first - back <= d.value <= first]
        if not window:
            continue  # names no day in the window: its sentences are not split (every events list places each event)
        lead = [s.strip() for s in a.sentences if len(s.split()) >= 5][:lead_sentences]
        days = [d.value for d in window if any(d.sentence.strip() in s or s in d.sentence for s in lead)]
        if days:
            named.update(set(days))
            opens[days[0]] += 1
    agreed = [d for d, n in named.items() if n >= 2]
    if agreed:
        return min(agreed)
    return max(opens, key=lambda d: (opens[d], d)) if opens else first


def _cite(a: Article, sentence: str) -> Citation:
    return Citation(a.id, sentence, a.source, a.lang, a.published)


def _told(citations: list[Citation], lang: str | None) -> tuple[str, str]:
    """The title of a mentioned happening: of the sentences in the reader's ``lang``
    (else English, else any), the one whose figures the most other reports also
    give, then the shortest.  One month can hold two happenings: the ECB story's
    "August 2023" cited euro-zone inflation of 5.2% from three September reports
    and a June report's "the Bank of England has held its rate since last August",
    and the shortest English sentence, the Bank of England's, titled the entry."""
    own = [c for c in citations if c.lang == lang] or [c for c in citations if c.lang == "en"]
    figures = {id(c): {(round(f.value, 6), f.kind) for f in numbers_in(c.sentence)} for c in citations}

    def told_by(c: Citation) -> int:
        return len({o.article_id for o in citations
                    if o.article_id != c.article_id and figures[id(c)] & figures[id(o)]})
    told = min(own or citations, key=lambda c: (-told_by(c), len(c.sentence)))
    return clip(told.sentence, 240), told.lang


def build_timeline(events: list[EventRow], articles: list[Article],
                   max_citations: int = 5, lang: str | None = None) -> list[TimelineEntry]:
    """Timeline of one story from its events and their articles.

    A mentioned happening is titled by a cited sentence in the reader's
    ``lang``, else in English, else in any language (:func:`_told`): a Russian reader
    of the Putin–Kim story read "Kim had been given an Aurus in February" while
    a Russian report said "Первый он получил в феврале" in the same entry."""
    entries: list[TimelineEntry] = []
    by_event: dict[int, TimelineEntry] = {}
    for ev in events:
        leads = [a for a in articles if a.event_id == ev.id and not a.duplicate_of]
        dated = [a for a in leads if a.published is not None]
        undated = [a for a in leads if a.published is None]
        if dated or not undated:
            day = ev.day if dated else None  # stored by the relink (storyline.store.happened_column)
            e = TimelineEntry(day, "day", "event", ev.headline, ev.id,
                              title_lang=next((a.lang for a in articles
                                              if a.event_id == ev.id and a.title == ev.headline), None),
                              reported=ev.first_date if day != ev.first_date else None)
            e.citations = [_cite(a, _lead_sentence(a)) for a in dated[:max_citations]]
            by_event[ev.id] = e
            entries.append(e)
        # an undated report is not evidence for its event's dates: its own entry, date unknown
        for a in undated:
            entries.append(TimelineEntry(None, "day", "event", a.title, ev.id,
                                         [_cite(a, _lead_sentence(a))], title_lang=a.lang))
    mentioned: dict[tuple[str, dt.date], TimelineEntry] = {}
    for a in articles:
        if a.published is None:
            continue
        for n, d in enumerate(a.dates):
            if n and range_end(a.dates[n - 1], d):
                continue  # "10 to 11 September": the range is placed at its first day
            closes = a.dates[n + 1] if n + 1 < len(a.dates) and range_end(d, a.dates[n + 1]) else None
            start, end = period_days(d.value, d.precision)
            if end > a.published - PAST_MARGIN or d.precision == "year":
                continue  # the news itself, a future plan, or too vague to place
            # an event's day is its happening's (happened_day): "19 августа разбилась" is Luna-25's loss
            inside = [ev for ev in events if ev.id != a.event_id and ev.id in by_event
                      and by_event[ev.id].date and start <= by_event[ev.id].date <= end]
            if inside:
                target = by_event[inside[0].id]
            else:
                until = closes.value if closes else None
                key = (d.precision, start, until)  # a range and its first day alone are two happenings
                target = mentioned.get(key)
                if target is None:
                    target = mentioned[key] = TimelineEntry(start, d.precision, "mentioned",
                                                            d.sentence, until=until)
            if len(target.citations) < max_citations and \
                    all(c.sentence != d.sentence for c in target.citations):
                target.citations.append(_cite(a, d.sentence))
    for e in mentioned.values():
        e.title, e.title_lang = _told(e.citations, lang)
    entries += mentioned.values()
    return sorted(entries, key=lambda e: (e.date is None, e.date or dt.date.max, e.kind != "event"))
