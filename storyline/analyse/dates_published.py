"""Publication dates: when was the article published?

Split from dates.py (which re-exports these names) so that the mention reader
and the page's own date each have one file: metadata strings (ISO 8601 or any
form dateparser reads, never "yesterday", which would count from the ingest),
a dateline at the very top of the text, a date in the URL, and last the lead's
own date (dates_lead) or the user's ``--date``.
"""
from __future__ import annotations

import datetime as dt

import regex

from .dates_lead import SNIFF_LANGS, from_lead
from .dates_lexicon import get_lexicon
from .dates_scan import scan_dates

_HEADER_LABEL = regex.compile(
    r"\s*(?:(?:dated|date de publication|date|published|posted|last updated|updated|"
    r"publication date|"
    r"дата|опубликовано|datum|veröffentlicht|fecha|publicado|publié|date de publication|"
    r"दिनांक|तारीख|प्रकाशित)(?:\s+(?:on|am|el|le))?\s*[:\-–|]?\s*)?", regex.I)
_HEADER_ISO = regex.compile(
    r"(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"(?![\d\-])")
_HEADER_TIME = regex.compile(
    r",?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:[A-Z]{2,4}\b|[+-]\d{2}:?\d{2}))?")
# a metadata value that writes day and month as numbers, either way round: "05/06/2024"
_DAY_MONTH = regex.compile(r"\s*(\d{1,2})([/.\-])(\d{1,2})\2(?:\d{4}|\d{2})(?![\d/.\-])")
# English is written month-first (US) and day-first (Britain, India): its name tells no order
_BOTH_ORDERS = frozenset({"en"})
# a month and year with no day: "2024-06", "06/2024", "June 2024" (not "Q2 2024")
_MONTH_NUMERIC = regex.compile(r"\s*(?:((?:19|20)\d\d)[-/.](\d{1,2})|(\d{1,2})[-/.]((?:19|20)\d\d))\s*")
_MONTH_WORDED = regex.compile(r"\D*(?:19|20)\d\d\D*")
_YEAR = regex.compile(r"(?:19|20)\d\d")
# digits alone that write no day: a day in digits is YYYYMMDD, Unix time has 10 or more
# (dateparser's no-spaces parser read "31224" as 2024-03-12 and "2403" as 2003-02-04)
_BARE_NUMBER = regex.compile(r"\d{1,7}|\d{9}")
_URL_DATES = (
    regex.compile(r"(?<!\d)((?:19|20)\d\d)[/_\-.](\d{1,2})[/_\-.](\d{1,2})(?!\d)"),
    regex.compile(r"(?<!\d)((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)"),
)

# --- publication date -----------------------------------------------------------
def _plausible(d: dt.date | None) -> dt.date | None:
    return d if d and 1900 <= d.year <= dt.date.today().year + 1 else None


def _header(text: str) -> tuple[dt.date, int] | None:
    """(date, end offset) of a dateline at the very start of ``text``.

    The label ("date", "Published:", "दिनांक") is optional for ISO dates and
    required for worded ones, which are read with every sniffed language.
    """
    label = _HEADER_LABEL.match(text)
    pos, labelled = label.end(), bool(label.group().strip())
    m = _HEADER_ISO.match(text, pos)
    found = None
    if m:
        try:
            found = (dt.date(int(m[1]), int(m[2]), int(m[3])), m.end())
        except ValueError:
            return None
    elif labelled:
        window = text[pos:pos + 60]
        for lang in SNIFF_LANGS:
            refs = scan_dates(window, lang)
            if refs and refs[0].start <= 1 and refs[0].year and refs[0].day:
                r = refs[0]
                try:
                    found = (dt.date(r.year, r.month, r.day), pos + r.end)
                except ValueError:
                    return None
                break
    if not found or not _plausible(found[0]):
        return None
    t = _HEADER_TIME.match(text, found[1])
    return found[0], t.end() if t else found[1]


def strip_date_header(text: str) -> str:
    """``text`` without a leading dateline ("date 2024-06-21 …" -> "…")."""
    hit = _header(text) if text else None
    return text[hit[1]:].lstrip() if hit else text


def read_date_field(value: str | None, lang: str | None = None) -> dt.date | None:
    """A metadata date string as a date (ISO 8601 or any form dateparser reads),
    or None when it names no plausible calendar day; ``lang``, the page's
    language, orders a numeric day and month (:func:`_order`)."""
    return _from_meta(value, lang) if value and value.strip() else None


def _order(value: str, lang: str | None) -> tuple[str, bool] | None:
    """How a value writing day and month as numbers either way round
    ("05/06/2024", not "19/06/2024" or "05/05/2024") is read, and whether
    that is a guess: dots are day-first wherever written (as
    ``dates_numeric`` reads them in text); else the page's language's order
    ("05/06/2024" on a German page is 5 June); else month-first, as
    dateparser always read it, which is a guess.  None for any other value."""
    m = _DAY_MONTH.match(value)
    if not m or int(m[1]) > 12 or int(m[3]) > 12 or m[1].lstrip("0") == m[3].lstrip("0"):
        return None
    if m[2] == ".":
        return "DMY", False
    if lang and lang not in _BOTH_ORDERS:
        return ("MDY" if get_lexicon(lang).date_order.startswith("M") else "DMY"), False
    return "MDY", True


def date_field_doubt(value: str, lang: str | None = None) -> str | None:
    """Why the day a metadata date string was read as may not be the day it
    means, in words for the input's warning (None when nothing is in doubt):
    "05/06/2024" with no language that tells the order is read as 6 May and
    may be 5 June."""
    order = _order(value, lang)
    read = _from_meta(value, lang) if order and order[1] else None
    if read is None:
        return None
    other = dt.date(read.year, read.day, read.month)
    return (f"{value!r} is read month-first as {_day_words(read)} but may be {_day_words(other)}: "
            "neither the input nor its language says which comes first")


def _day_words(d: dt.date) -> str:
    return f"{d.day} {d.strftime('%B')} {d.year}"


def date_field_problem(value: str) -> str | None:
    """Why a metadata date string gives no publication date, in words for the
    input's warning (None when it gives one): unreadable, or a calendar day no
    report can have been published on."""
    parsed = _parse_meta(value.strip())
    if parsed is None and _parse_meta(value.strip(), ("relative-time",)) is not None:
        return f"{value!r} counts from when the page was read, which the input does not say"
    period = _period_only(value.strip()) if parsed is None else None
    if period:
        return f"{value!r} names {period}, not a day"
    if parsed is None and _BARE_NUMBER.fullmatch(value.strip()):
        return (f"{value!r} is a bare number, not a day: write a day as YYYY-MM-DD "
                "(or YYYYMMDD), or Unix time in seconds (10 digits)")
    if parsed is None:
        return f"cannot read {value!r} as a date"
    if _plausible(parsed) is None:
        return (f"{value!r} is before 1900" if parsed.year < 1900 else
                f"{value!r} is in the future (after {dt.date.today().year + 1})")
    return None


def _period_only(value: str) -> str | None:
    """The month or year a value names without a day ("2024-06", "June 2024":
    "a month (June 2024)"; "2024": "a year (2024)"), or None; such a value was
    told "cannot read" (and "2024" was read as 2020-02-04)."""
    if _YEAR.fullmatch(value):
        return f"a year ({value})"
    m = _MONTH_NUMERIC.fullmatch(value)
    if m:
        year, month = (int(m[1]), int(m[2])) if m[1] else (int(m[4]), int(m[3]))
        return f"a month ({dt.date(year, month, 1):%B %Y})" if 1 <= month <= 12 else None
    if not _MONTH_WORDED.fullmatch(value):
        return None
    import dateparser

    parsed = dateparser.parse(value.strip(), settings={"PARSERS": list(_META_PARSERS),
                                                       "REQUIRE_PARTS": ["month", "year"]})
    return f"a month ({parsed:%B %Y})" if parsed else None


def _from_meta(meta: str, lang: str | None = None) -> dt.date | None:
    return _plausible(_parse_meta(meta.strip(), lang=lang))


# not "relative-time": it counted "yesterday" from the ingest, not the unknown scrape
_META_PARSERS = ("timestamp", "custom-formats", "absolute-time", "no-spaces-time")


def _parse_meta(s: str, parsers: tuple[str, ...] = _META_PARSERS, lang: str | None = None) -> dt.date | None:
    # a year alone or a bare number writes no day: dateparser's no-spaces parser read
    # "2024" as 2020-02-04 and "31224" as 2024-03-12
    if _YEAR.fullmatch(s) or _BARE_NUMBER.fullmatch(s):
        return None
    try:
        return dt.datetime.fromisoformat(s.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    import dateparser

    settings = {"RETURN_AS_TIMEZONE_AWARE": False, "PARSERS": list(parsers), "REQUIRE_PARTS": ["day", "month", "year"]}
    order = _order(s, lang)
    if order:
        settings["DATE_ORDER"] = order[0]
    parsed = dateparser.parse(s, settings=settings)
    return parsed.date() if parsed else None


def _from_url(url: str) -> dt.date | None:
    for pattern in _URL_DATES:
        for m in pattern.finditer(url):
            try:
                return _plausible(dt.date(int(m[1]), int(m[2]), int(m[3])))
            except ValueError:
                continue
    return None


def publication_date(text: str | None, url: str | None = None,
                     meta_date: str | None = None, fallback: str | None = None,
                     lang: str | None = None) -> dt.date | None:
    """The article's publication date, or None when nothing says it.

    Most trusted first: the metadata string, a dateline at the top of the
    text, a date in the URL, a full date the first lines write as the
    report's own (a dateline, or "today": ``dates_lead``), and
    last the ``fallback`` a user supplied for inputs that carry no date.
    ``lang``, the page's language if known, is read first in the lead.
    """
    if meta_date and meta_date.strip():
        found = _from_meta(meta_date, lang)
        if found:
            return found
    if text:
        hit = _header(text)
        if hit:
            return hit[0]
    if url:
        found = _from_url(url)
        if found:
            return found
    found = from_lead(text, _plausible, lang) if text else None
    if found is None and fallback and fallback.strip():
        found = _from_meta(fallback)
    return found
