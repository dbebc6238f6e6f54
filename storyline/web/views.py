"""What the pages and the API show about a group of articles, computed once.

Why here and not in templates: counting (coverage by language and source, the
most mentioned names) and chart geometry are plain Python that is easy to
test; the templates only lay the numbers out.  The same functions serve an
event (its articles) and a story (the articles of all its events).
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

from storyline.analyse.dates import range_end
from storyline.details import (Coverage, EntityBadge, coverage, period_label, period_precision,  # noqa: F401 (the pages')
                               periods, top_entities)
from storyline.reader_words import count, say
from storyline.reader_words_dates import shown_date, span_date
from storyline.reader_words_lists import BROKEN_LEFT, BROKEN_RIGHT, OUTSIDE_RING
from storyline.records import Article, DateMention, dates_once
from storyline.web.reader_lang import with_lang
from storyline.web.timeaxis import EDGE_PX, broken_scale, count_chart, stack_levels
from storyline.wording import OUTSIDE_DAYS, clip, outside_days, source_name


@dataclass
class TimelineMark:
    x: float
    y: float
    date: dt.date
    kind: str
    count: int
    label: str              # readable text for the tooltip and the list fallback
    href: str | None = None
    title: str = ""         # the headline or sentence inside ``label``, in language ``lang``
    lang: str | None = None
    outside: bool = False   # a report dated outside its event's days (drawn as a ring)
    span: tuple[float, float] | None = None  # a week, month or year on the true scale: its days' x, a bar

    @property
    def parts(self) -> tuple[str, str, str]:
        """``label`` as (before, title, after), so the list marks the title's ``lang``."""
        if self.title and self.title in self.label:
            before, _, after = self.label.rpartition(self.title)  # the title ends the label: "Apr 2019: Apr …"
            return before, self.title, after
        return self.label, "", ""


@dataclass
class Timeline:
    width: int
    height: int
    marks: list[TimelineMark]
    ticks: list[tuple[float, str]]
    rows: list[tuple[str, float, str]]  # (kind, y, caption)
    breaks: list[float] = field(default_factory=list)   # x of each break in the axis
    segments: list[tuple[float, float]] = field(default_factory=list)  # row lines, between the breaks
    note: str = ""                                       # what the breaks mean, in words
    outside_note: str = ""                               # what a ring (a report outside the event's days) means


def _layout(items: list[tuple[dt.date, str, int, str, str | None, str]], rows: list[tuple[str, str]],
            width: int = 720, max_ticks: int = 7, news: list[dt.date] | None = None) -> Timeline | None:
    """Place ``(date, kind, count, label, href, precision)`` items on one time scale, a row
    per kind: ticks at calendar boundaries placed by date, and dots that would
    touch stacked above one another (:mod:`storyline.web.timeaxis`).  The
    first row's kind is the news (reports, events): dates far from it are set
    past a break in the axis (:class:`~storyline.web.timeaxis.BrokenScale`).
    A row with no item is not drawn: a one-event story's chart had an empty
    "mentioned" row under its dot, read as "nothing was mentioned" or a bug.
    ``news``: the dates the true scale is for, where not all of the first row's are
    (an event's reports dated outside its days are not its news).  ``precision``: the
    date's ("day" … "year"), so a far date given only to its year sits in its year's slot."""
    if not items:
        return None
    scale = broken_scale([i[0] for i in items], news or [i[0] for i in items if i[1] == rows[0][0]],
                         EDGE_PX, width - EDGE_PX, [i[5] for i in items])
    rows = [(kind, caption) for kind, caption in rows if any(i[1] == kind for i in items)]
    radius = lambda count: 3 + min(count, 6)  # noqa: E731  (the template draws the same)
    placed: list[tuple[dt.date, str, int, str, str | None, float, int, tuple | None]] = []
    for kind, _ in rows:
        mine = sorted((i for i in items if i[1] == kind), key=lambda i: i[0])
        spans = [scale.span(d, p) for d, *_, p in mine]  # a period's bar stacks as wide as it is drawn
        levels = stack_levels([(scale.x(d, p), (sp[1] - sp[0]) / 2 + radius(c) if sp else radius(c))
                               for (d, _, c, _, _, p), sp in zip(mine, spans)])
        placed += [(*i[:5], scale.x(i[0], i[5]), lv, sp) for i, lv, sp in zip(mine, levels, spans)]
    depth = {kind: max([p[6] for p in placed if p[1] == kind], default=0) for kind, _ in rows}
    ys: dict[str, float] = {}
    y = 30.0
    for kind, _ in rows:
        y += 19 * depth[kind]  # room above the row line for its stacked dots
        ys[kind] = y
        y += 40
    height = int(y - 40 + 34)
    marks = [TimelineMark(x, ys[kind] - 19 * lv, d, kind, count, label, href, span=sp)
             for d, kind, count, label, href, x, lv, sp in sorted(placed, key=lambda p: (p[0], p[1]))]
    edges = [0.0] + [e for b in scale.breaks for e in (b - 5, b + 5)] + [float(width)]
    notes = []  # in the page's language (storyline.reader_words), as its ticks and row captions
    for side, said in ((scale.past, BROKEN_LEFT), (scale.future, BROKEN_RIGHT)):
        if side:
            span = side[0][2] if len(side) == 1 else say("{first} to {last}", first=side[0][2], last=side[-1][2])
            notes.append(say(said, span=span))
    return Timeline(width, height, marks, scale.ticks(max_ticks), [(k, ys[k], say(cap)) for k, cap in rows],
                    breaks=scale.breaks, segments=list(zip(edges[::2], edges[1::2])),
                    note=f"{say('The axis is broken:')} {say('; ').join(notes)}." if notes else "")


TOOLTIP_CHARS = 240  # a quoted sentence in a timeline mark's tooltip


def event_timeline(articles: Iterable[Article], lang: str | None = None,
                   days: tuple[dt.date | None, dt.date | None] = (None, None)) -> Timeline | None:
    """When an event's articles appeared, and which dates they mention (past or future).

    ``days``: the event's first and last day.  A report dated outside them (one that
    joined by its content from beyond the event's window, whose date the event's days
    do not count: :func:`storyline.wording.outside_days`) is not the event's news: the
    scale is kept to the reports inside them, so a 2000 page in a 2004 event sits past
    the axis' break, labelled with its year, where it had stretched the axis four years
    wide and squeezed the event's own days into one blot.  Its dot is a ring, and its
    tooltip and list entry say "outside the event's days" as the report's badge does.

    A mentioned date is quoted from a report in the reader's ``lang``, else in
    English, else the first that gives it, as the story's timeline titles a
    happening (:func:`storyline.timeline._told`): a Russian reader of the
    Pyongyang event read "“February” in “Kim had been given an Aurus in
    February…”" where a Russian report says "Первый он получил в феврале".
    The quoted sentence carries its language (``TimelineMark.lang``)."""
    reports: Counter = Counter()
    outside: set[dt.date] = set()
    mentioned: Counter = Counter()
    said: dict[tuple[dt.date, str], tuple[int, DateMention, str]] = {}
    for a in articles:
        if a.published:
            reports[a.published] += 1
            if outside_days(a.published, *days):
                outside.add(a.published)
        rank = 0 if a.lang == lang else 1 if a.lang == "en" else 2
        starts = [m for n, m in enumerate(a.dates) if not (n and range_end(a.dates[n - 1], m))]  # a range once
        for d in (same[0] for same in dates_once(starts)):
            key = (d.value, d.precision)
            mentioned[key] += 1
            if key not in said or rank < said[key][0]:
                said[key] = (rank, d, a.lang)
    # the tooltips in the page's language (drawn inside reader_words.worded_in)
    items = [(d, "report", c, say("{date}: {articles} published", date=shown_date(d), articles=count(c, "article"))
              + (say(", ") + say(OUTSIDE_DAYS) if d in outside else ""), None, "day") for d, c in reports.items()]
    # A mention is shown at its precision ("2000", "Jan 2024") and cited: the
    # phrase and the sentence it came from.
    told: dict[str, tuple[str, str]] = {}
    for key, c in mentioned.items():
        _, m, m_lang = said[key]
        sentence = clip(m.sentence, TOOLTIP_CHARS)
        label = say("{date}: mentioned in {articles}, “{phrase}” in “{sentence}”", date=shown_date(m.value, m.precision),
                    articles=count(c, "article"), phrase=m.text, sentence=sentence)
        items.append((m.value, "mentioned", c, label, None, m.precision))
        told[label] = (sentence, m_lang)
    own = [d for d in reports if d not in outside]
    tl = _layout(items, [("report", "published"), ("mentioned", "mentioned")], news=own or None)
    for mark in tl.marks if tl else []:
        mark.title, mark.lang = told.get(mark.label, ("", None))
        mark.outside = mark.kind == "report" and mark.date in outside
    if tl and outside:
        tl.outside_note = say(OUTSIDE_RING)
    return tl


def story_timeline(entries) -> Timeline | None:
    """A story's events and the past happenings its articles mention (``TimelineEntry`` list)."""
    items, told = [], {}
    for e in entries:
        if e.date is None:
            continue
        href = with_lang(f"/events/{e.event_id}") if e.kind == "event" and e.event_id is not None else None
        n = len(e.citations)
        label = say("{date}: {title} ({sources})", date=span_date(e.date, e.precision, e.until, e.reported), title=e.title,
                    sources=count(n, "source"))
        items.append((e.date, e.kind, n, label, href, e.precision))
        told[label] = (e.title, e.title_lang)
    tl = _layout(items, [("event", "events"), ("mentioned", "mentioned")])
    for m in tl.marks if tl else []:  # each headline or sentence marked with its language
        m.title, m.lang = told[m.label]
    return tl


def paragraphs(text: str) -> list[list[str]]:
    """Stored text as paragraphs (split at blank lines), each a list of its lines.

    Lines are kept: a subhead or a list item on a line of its own must not run
    into the next sentence ("Possible meeting on Tuesday evening There are…");
    the template joins a paragraph's lines with ``<br>``, escaping each."""
    paras = re.split(r"\n\s*\n", text.strip())
    out = [[" ".join(line.split()) for line in p.split("\n")] for p in paras]
    return [[line for line in p if line] for p in out if any(line.strip() for line in p)]


def cited_span(value: str, text: str) -> tuple[int, int] | None:
    """``?cite=START-END`` of an article link as offsets into ``text``, or None
    when it is not two offsets of a non-empty span inside it (ignored, not an
    error: the article is shown as always)."""
    m = re.fullmatch(r"(\d{1,9})-(\d{1,9})", value or "")
    if not m:
        return None
    start, end = int(m.group(1)), int(m.group(2))
    return (start, end) if 0 <= start < end <= len(text) and text[start:end].strip() else None


def marked_paragraphs(text: str, span: tuple[int, int]) -> list[list[list[tuple[str, bool]]]]:
    """:func:`paragraphs` with the words of ``text[start:end]`` marked: each line
    a list of ``(words, cited)`` runs.

    Why: a citation opened its article at the top, and a fact-checker had to
    find the cited sentence in a page of text (a Russian report of eight
    paragraphs for "Putin greeted his guest"); the sentence is now marked
    where it stands and the link opens on it.  Whitespace is normalised as
    :func:`paragraphs` does, so the marking goes by words, at the stored
    offsets (every fact's support cites the cleaned text by offset)."""
    start, end = span
    out = []
    for para in re.finditer(r"\S(?:.*?\S)??(?=\n\s*\n|\s*\Z)", text, re.S):
        lines = []
        for line in re.finditer(r"[^\n]+", para.group(0)):
            runs: list[tuple[str, bool]] = []
            for i, word in enumerate(re.finditer(r"\S+", line.group(0))):
                at = para.start() + line.start() + word.start()
                cited = at < end and at + len(word.group(0)) > start
                piece = (" " if i else "") + word.group(0)
                if runs and runs[-1][1] == cited:
                    runs[-1] = (runs[-1][0] + piece, cited)
                elif runs and cited:  # the space before the cited words stays outside the mark
                    runs.append((piece.lstrip(), cited))
                    runs[-2] = (runs[-2][0] + " ", False)
                else:
                    runs.append((piece, cited))
            if runs:
                lines.append(runs)
        if lines:
            out.append(lines)
    return out


def sparkline(series: list[tuple[str, int]], width: int = 480, height: int = 140) -> dict | None:
    """The mentions-over-time chart, with labelled axes (see ``timeaxis.count_chart``).

    ``series`` is ``details.periods``' (ISO keys, as the JSON keeps them); the
    chart, its title, caption, table and dot tooltips name each period as the
    other pages write a date (``details.period_label``: "Sep 2023", not
    "2023-09"), and ``period`` says what one point counts ("month")."""
    if not series:
        return None
    # named as the page's language writes a date (reader_words_dates.shown_date: English is period_label's)
    days = [(dt.date.fromisoformat((key + "-01-01")[:10]), period_precision(key)) for key, _ in series]
    labelled = [(shown_date(day, precision), n) for (day, precision), (_, n) in zip(days, series)]
    # the axis labels its periods as the event chart does, without Russian's "г." (h-ui28)
    chart = count_chart([(shown_date(day, precision, axis=True), n) for (day, precision), (_, n)
                         in zip(days, series)], width, height)
    chart["first"], chart["last"] = labelled[0][0], labelled[-1][0]  # the title's and caption's, in words
    chart["period"] = period_precision(series[0][0])
    chart["rows"] = [(label, n) for label, n in labelled if n]
    chart["dots"] = [(x, y, say("{period}: {articles}", period=label, articles=count(n, "article")))
                     for (x, y), (label, n) in zip(chart["dots"], labelled)]
    return chart
