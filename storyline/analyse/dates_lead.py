"""A publication date read from an article's first lines (issue 10).

Why: a page saved without metadata, a dateline or a dated URL is often still
dated in its lead ("Sports · December 5, 2021 · 9:15 PM", "REDMOND, Wash. --
Nov. 11, 2004 --"), and a dated report is grouped within its time window.
But a lead also mentions dates that are not the report's ("Es war der
16.10.2004" opening a birthday piece, the GDPR's 2018 in a privacy notice,
a file photo's caption), and a date years off opens a lonely event.

So the lead's first full date is taken only when the lead writes it as the
report's own: shaped like a dateline, or in a sentence that calls it today
("A partir de hoy, 1 de enero de 2020"). ``STORYLINE_LEAD_DATES=first``
takes the first full date whatever its shape (the rule before, kept to
measure against; docs/benchmarks.md, issue 10).
"""
from __future__ import annotations

import datetime as dt
import os

import regex

from .dates_lexicon import get_lexicon, norm
from .dates_scan import Ref, scan_dates

SNIFF_LANGS = ("en", "de", "fr", "es", "ru", "hi")
_AFTER = regex.compile(  # a time, or a dash, slash, bracket, bullet or pipe
    r",?\s*(?:(?:at\s+|um\s+|à\s+|a\s+las\s+|в\s+)?\d{1,2}\s*[:.h]\s*\d{2}(?!\d)|[-–—/|·•(\[])")
_PLACE = regex.compile(  # "REDMOND, Wash. --", "Dillenburg -", "CANBERRA,", "By X |"
    r"(?:\p{Lu}[\p{L}.'’-]*\.?\s*(?:\([^)\n]{1,20}\)\s*)?[,\-–—:]+|[|·•]"
    r"|\b[Bb][Yy]\s+\p{Lu}[^\n]{0,40}[,\-–—|])\s*$", regex.V1)
_TIME_BEFORE = regex.compile(  # "6.28PM, Thu Nov 18 2004", "22:30 Uhr, 1. Mai 2020"
    r"\d{1,2}\s*[:.h]\s*\d{2}\s*(?:[ap]\.?m\.?|uhr|h)?[,\s]*(?:\p{L}{2,4}\.?,?\s*)?$", regex.I)
_PREPOSITIONS = frozenset(w for lang in SNIFF_LANGS for w in get_lexicon(lang).prepositions)
_YEAR_WORDS = frozenset(w for lang in SNIFF_LANGS for w in get_lexicon(lang).year_after)  # "года", "г."
_SHORT_LINE = 5     # words beside the date: "Cape Canaveral (SPX) Nov 02, 2004"
_LINE_START = 3     # words before the date on its line: "Sports · December 5, 2021"


def _line(text: str, r: Ref) -> tuple[str, str, str]:
    """(words before the date on its line, the date's line, what follows it)."""
    a = text.rfind("\n", 0, r.start) + 1
    b = text.find("\n", r.end)
    b = len(text) if b < 0 else b
    return text[a:r.start], text[a:b], text[r.end:b]


def dateline_shaped(text: str, r: Ref) -> bool:
    """``r`` is written as a dateline: at the start of its line or on a short
    line (unless a sentence opens with it: :func:`_opens_prose`), before a
    time or a dash, after a place and a comma, a "|" or "By …", or with its
    weekday, or after a time."""
    before, line, after = _line(text, r)
    beside = len(line.split()) - len(text[r.start:r.end].split())
    placed = (len(before.split()) < _LINE_START or beside <= _SHORT_LINE) and not _opens_prose(before, after)
    return (r.weekday is not None or placed
            or bool(_AFTER.match(after) or _PLACE.search(before) or _TIME_BEFORE.search(before)))


def _opens_prose(before: str, after: str) -> bool:
    """A sentence opens with the date rather than a dateline: a preposition
    governs it ("On 12 March 2003 the court …", "До 1 января 2015 года
    Россия …", "Am 3. Mai 2019 hatte …"), or a word goes on right after it,
    past a year word, in lower case ("… 2003 the court ruled") or in a script
    without capitals ("7 जुलाई, 2005 बम विस्फोट के बाद …"); a dateline is
    followed by a dash, a comma, a time, a place or a capital."""
    opener = before.split()
    if len(opener) == 1 and norm(opener[0]) in _PREPOSITIONS and after.split():
        return True
    words = after.split() if after[:1].isspace() else []
    while words and norm(words[0].rstrip(".")) in _YEAR_WORDS:
        words.pop(0)
    first = words[0][:1] if words else ""
    return first.isalpha() and not first.isupper()  # lower case, or a script without capitals


_SENT_END = regex.compile(r"[.!?।]\s|\n")


def _says_today(lead: str, r: Ref) -> bool:
    """The date's sentence also says "today" ("hoy", "heute", "сегодня", "आज"):
    the text itself makes the date its own day."""
    a = max((m.end() for m in _SENT_END.finditer(lead, 0, r.start)), default=0)
    m = _SENT_END.search(lead, r.end)
    sentence = lead[a:m.start() if m else len(lead)]
    return any(t.unit == "day" and t.delta == 0 and t.year is None and t.day is None
               for lang in SNIFF_LANGS for t in scan_dates(sentence, lang))


def rule() -> str:
    """``first`` (any first full date) or ``dateline`` (the default)."""
    return os.environ.get("STORYLINE_LEAD_DATES", "dateline")


def from_lead(text: str, plausible, lang: str | None = None) -> dt.date | None:
    """The first full day-month-year date in the first three lines when it is
    written as the report's own (see the module note); ``plausible`` bounds
    its year.  ``lang``, the page's language where known, is read first, so
    a slash date is read in its own locale's order ("10/4/2001 (14h47)" on
    a Portuguese page is 10 April, not English's 4 October)."""
    lines = [ln for ln in text.splitlines() if ln.strip()][:3]
    lead = "\n".join(lines)[:500]
    best: tuple[int, dt.date, Ref] | None = None
    for code in ((lang,) if lang else ()) + tuple(x for x in SNIFF_LANGS if x != lang):
        for r in scan_dates(lead, code):
            if r.year and r.month and r.day and (best is None or r.start < best[0]):
                try:
                    best = (r.start, dt.date(r.year, r.month, r.day), r)
                except ValueError:
                    continue
                break
    if not best:
        return None
    if rule() != "first" and not (dateline_shaped(lead, best[2]) or _says_today(lead, best[2])):
        return None
    return plausible(best[1])
