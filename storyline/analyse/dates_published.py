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


def read_date_field(value: str | None) -> dt.date | None:
    """A metadata date string as a date (ISO 8601 or any form dateparser reads),
    or None when it names no plausible calendar day."""
    return _from_meta(value) if value and value.strip() else None


def date_field_problem(value: str) -> str | None:
    """Why a metadata date string gives no publication date, in words for the
    input's warning (None when it gives one): unreadable, or a calendar day no
    report can have been published on."""
    parsed = _parse_meta(value.strip())
    if parsed is None and _parse_meta(value.strip(), ("relative-time",)) is not None:
        return f"{value!r} counts from when the page was read, which the input does not say"
    if parsed is None:
        return f"cannot read {value!r} as a date"
    if _plausible(parsed) is None:
        return (f"{value!r} is before 1900" if parsed.year < 1900 else
                f"{value!r} is in the future (after {dt.date.today().year + 1})")
    return None


def _from_meta(meta: str) -> dt.date | None:
    return _plausible(_parse_meta(meta.strip()))


# not "relative-time": it counted "yesterday" from the ingest, not the unknown scrape
_META_PARSERS = ("timestamp", "custom-formats", "absolute-time", "no-spaces-time")


def _parse_meta(s: str, parsers: tuple[str, ...] = _META_PARSERS) -> dt.date | None:
    try:
        return dt.datetime.fromisoformat(s.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    import dateparser

    parsed = dateparser.parse(s, settings={"RETURN_AS_TIMEZONE_AWARE": False, "PARSERS": list(parsers),
                                           "REQUIRE_PARTS": ["day", "month", "year"]})
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
        found = _from_meta(meta_date)
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
