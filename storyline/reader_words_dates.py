"""The reader's dates: a date, a timeline span and a chart's axis label as the page's language writes them.

Split from :mod:`storyline.reader_words` when that module passed 400 lines: the catalogue
says words, this module says dates (CLDR through babel: "13 сент. 2023 г."), English keeping
the ISO days the pages and their tests read.  It imports the catalogue, so the catalogue
cannot import these back (an import cycle): their callers import them from here.
"""
from __future__ import annotations

import datetime as dt
import re

from babel import Locale
from babel.dates import format_date, format_skeleton, match_skeleton

from storyline.reader_words import ENGLISH, WORDS, page_lang, say
from storyline.records import date_label

_SKELETONS = {"day": "yMMMd", "month": "yMMM"}


def shown_date(value: dt.date | None, precision: str = "day", lang: str | None = None,
               axis: bool = False) -> str:
    """A date as the language writes it ("13 сент. 2023 г.", "13. Sept. 2023"); English
    and an unlisted language keep the pages' ISO day; no date: "date unknown" in the language.
    ``axis``: as a chart's axis labels it, without the year's word (:func:`tick_date`)."""
    lang = lang or page_lang()
    if value is None:
        return say("date unknown", lang)
    if lang == ENGLISH or lang not in WORDS["Summary"]:
        return date_label(value, precision)
    if precision == "week":  # "week of 2024-06-10" said with its Monday as the language writes a day
        return say("week of {date}", lang,
                   date=shown_date(value - dt.timedelta(days=value.weekday()), "day", lang, axis))
    if precision not in _SKELETONS:
        return date_label(value, precision)
    return _axis_date(value, _SKELETONS[precision], lang) if axis else \
        format_skeleton(_SKELETONS[precision], value, locale=lang)


def span_date(value: dt.date, precision: str, until: dt.date | None = None,
              reported: dt.date | None = None) -> str:
    """A timeline entry's date (a range of days: "2023-09-10 – 2023-09-11") as the page's language
    writes it; English is ``TimelineEntry.label``'s, the other languages' were English too.
    ``reported``: an event's first report's day where its happening is placed earlier
    (:func:`storyline.timeline.happened_day`): "happened 2023-08-19 · first reported 2023-08-20",
    as a journalist dates it, where the entry had said only the day of the first report."""
    if reported is not None and until is None:
        return say("happened {date} · first reported {reported}",
                   date=shown_date(value, precision), reported=shown_date(reported))
    first = shown_date(value, precision)
    return f"{first} – {shown_date(until)}" if until else first


def event_span(day: dt.date, last: dt.date | None, reported: dt.date | None = None) -> str:
    """An event's days as the --lang reader's page writes them, from ``day`` (``EventRow.day``:
    its happening's) to ``last``; ``reported``: its first report's day where the happening is
    placed earlier (``EventRow.happened`` set), said as the story timeline says it:
    "happened 2023-08-19 · first reported 2023-08-20 – 2023-08-22"."""
    if reported is None:
        return span_date(day, "day", last if last not in (None, day) else None)
    said = span_date(day, "day", None, reported)
    return f"{said} – {shown_date(last)}" if last not in (None, reported) else said


_TICKS = {"%-d %b %Y": "yMMMd", "%-d %b": "MMMd", "%b %Y": "yMMM", "%b": "MMM"}


# the word for "year" a language's pattern writes after the year, quoted: Russian "y\u202f'г'."
_YEAR_WORD = re.compile(r"y[\s\u00a0\u202f]*'[^']+'\.?")


def tick_date(value: dt.date, fmt: str) -> str:
    """A chart's axis label (``fmt``: the English ``strftime`` form, "%b %Y") as the page's
    language writes it ("сент. 2023", "सित॰ 2023"); English keeps "Sep 2023".

    Without the word for "year" a running text writes after one (Russian "г."): on an
    axis of dates it says nothing, and it made a Russian label a fifth wider than the
    others, so the Russian chart of the demo's Pyongyang event named its far past
    "1961, 2018, февр. 2024 г." where every other language named "1961, 2013, 2023"
    and the month (h-ui28).  The page's other dates keep it (:func:`shown_date`), but for
    the name page's count chart's axis (``shown_date(axis=True)``)."""
    lang = page_lang()
    if lang == ENGLISH or fmt not in _TICKS:
        return value.strftime(fmt)
    return _axis_date(value, _TICKS[fmt], lang)


def _axis_date(value: dt.date, skeleton: str, lang: str) -> str:
    """``value`` in CLDR's form for ``skeleton`` in ``lang``, less the year's word after the year."""
    locale = Locale.parse(lang)
    pattern = str(locale.datetime_skeletons[match_skeleton(skeleton, locale.datetime_skeletons)])
    return format_date(value, _YEAR_WORD.sub("y", pattern), locale=locale)


def as_date(value) -> dt.date | None:
    """An ISO date string of a fact view (``published``) as a date; a date as itself."""
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
