"""Words a reader sees for counts, sources and undated reports, in one place.

Why a module: the CLI, the HTTP API's ``summary`` fields and the web pages
must say the same thing about the same numbers.  A report whose source is
unknown is never counted as a named independent source ("3 reports, sources
unknown"), and a report with no date of its own is said to be placed by its
content only, so no reader takes its event's dates for its own.
"""
from __future__ import annotations

PLACED_BY_CONTENT = "placed by content only"
DATE_UNKNOWN = "date unknown"


KIND_WORDS = {"PERSON": "person", "ORG": "organisation", "PLACE": "place", "PRODUCT": "product",
              "MISC": "other name"}


def kind_word(label: str) -> str:
    """A name's kind as a reader reads it: "organisation", "other name" (the
    pages showed the tagger's "org" and "misc"); an unknown label in lower case."""
    return KIND_WORDS.get(label, label.lower())


def plural(n: int, word: str, many: str | None = None) -> str:
    """``1 event``, ``2 events``; ``many`` for irregular plurals (story/stories)."""
    return f"{n} {word if n == 1 else (many or word + 's')}"


def not_reports(n: int) -> str:
    """How many stored pages the gate found not to be news reports, as a clause:
    "1 page is not a news report", "2 pages are not news reports" (the ingest
    summary had said "1 page not news reports")."""
    return f"{plural(n, 'page')} {'is not a news report' if n == 1 else 'are not news reports'}"


def sources_phrase(n_sources: int, n_unknown: int) -> str:
    """How many independent sources a group of reports has, honestly.

    ``n_sources`` counts distinct named sources of original reports (copies
    count once, with their original); ``n_unknown`` counts original reports
    whose source is unknown, which may or may not be independent of each other.
    """
    if not n_unknown:
        return plural(n_sources, "independent source")
    unknown = f"{plural(n_unknown, 'report')}, source{'s' if n_unknown != 1 else ''} unknown"
    if not n_sources:
        return unknown
    return f"{plural(n_sources, 'independent source')} + {plural(n_unknown, 'report')} " \
           f"of unknown source"


def undated_phrase(n_undated: int) -> str:
    """``""`` when every report is dated, else how many were placed by content only."""
    if not n_undated:
        return ""
    verb = "states" if n_undated == 1 else "state"
    return f"{plural(n_undated, 'report')} {verb} no date: {PLACED_BY_CONTENT}"


def date_span(first, last) -> str:
    """A group's dates as the pages show them: one day once ("2024-06-06", not
    "2024-06-06 … 2024-06-06"), a range with its ends, or "date unknown" when
    no report of it states a date."""
    if first is None:
        return DATE_UNKNOWN
    if last is None or last == first:
        return first.isoformat()
    return f"{first.isoformat()} … {last.isoformat()}"


# What each cleaning rule (``Removal.rule``) took out, as a reader names it: the
# pages showed the ids ("cross-link", "tags-line") as code.  The id stays the
# data (the API's ``rule``, the CLI's ``show``); this is only its label.
RESIDUE_WORDS = {
    "ad-marker": "advert marker", "comment-prompt": "invitation to comment",
    "share-prompt": "sharing buttons", "navigation-menu": "site menu", "cross-link": "link to another story",
    "tags-line": "topic tags", "photo-credit": "photo credit", "copyright": "copyright notice",
    "staff-credit": "staff credit", "timestamp-line": "time stamp", "cookie-banner": "cookie notice",
    "access-notice": "subscription or access notice", "site-promo": "the site's promotion of itself",
    "follow-prompt": "invitation to follow", "newsletter-prompt": "newsletter sign-up",
    "error-report": "invitation to report an error", "html-tag": "HTML code", "template-tag": "template code",
    "source-boilerplate": "the source's standard text", "headline-repeat": "headline repeated",
}


def residue_label(rule: str) -> str:
    """A cleaning rule's id in plain words ("link to another story" for
    "cross-link"); an id with no label yet reads as words, hyphens as spaces."""
    return RESIDUE_WORDS.get(rule, rule.replace("-", " "))


UNKNOWN_SOURCE = "source unknown"


def source_name(source: str | None) -> str:
    return source or UNKNOWN_SOURCE


def group_counts(row) -> dict:
    """JSON fields of an event or story row about sources and dates (CLI and API alike):
    named independent sources apart from reports of unknown source, and the
    reports that state no date (placed by content only)."""
    return {"sources": row.n_sources, "unknown_source_reports": row.n_unknown_source,
            "sources_summary": sources_phrase(row.n_sources, row.n_unknown_source),
            "undated_articles": row.n_undated,
            "undated_summary": undated_phrase(row.n_undated) or None}


def placement(published) -> dict:
    """JSON fields of one report: whether it has a date of its own, and so what placed it."""
    dated = published is not None
    return {"dated": dated, "placed_by": "date and content" if dated else "content"}


def clip(text: str, most: int) -> str:
    """``text`` cut to at most ``most`` characters at a word boundary, with "…"
    where anything was cut: a quoted sentence that ends "fear cou" or "said
    on Sun" reads as a misquote.  A single word longer than half the room
    (or text with no spaces, as Chinese) is cut where it must be."""
    text = " ".join(text.split())
    if len(text) <= most:
        return text
    cut = text[:most - 1]
    space = cut.rfind(" ")
    if space > most // 2:
        cut = cut[:space]
    return cut.rstrip(" .,;:-–—") + "…"
