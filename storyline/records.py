"""Typed records that flow between pipeline stages.

Stages exchange these dataclasses and nothing else, so that a stage can be
swapped or tested alone (the spaCy "document flows through a pipeline" idea).
Nothing here knows about the CLI, the HTTP API or the database.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


@dataclass
class RawArticle:
    """One article as read from an input, before any cleaning.

    Exactly one of ``text`` or ``html`` is normally set.  ``origin`` says where
    it came from (``path`` or ``path:line``) so errors and provenance can name it.
    """

    origin: str
    text: str | None = None
    html: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    lang: str | None = None
    date: str | None = None
    # the name the input gave a field where it differs from the attribute
    # (``date`` as "published", a text header's "Published", ``lang`` as
    # "language"): a warning about the field names what the user wrote (:meth:`key`)
    keys: dict[str, str] = field(default_factory=dict)
    author: str | None = None
    external_id: str | None = None
    # a publication date the user vouches for (``ingest --date``), used only
    # when the input itself gives none (no metadata, header, URL or dateline)
    date_fallback: str | None = None
    # ``ingest --keep-all``: store it as a report whatever the gate says
    keep: bool = False
    # a followed feed's entry text standing in for its linked page, stored already and
    # not fetched again: the stored page's text is no earlier text of it (never an update)
    stand_in: bool = False
    # a fetched page's validators (ETag, Last-Modified) and, for a feed entry's
    # page, the entry's updated stamp and id: stored with it (``Store`` state
    # "fetched:<url>") so a poll or refresh asks again only for what changed
    fetched: dict[str, str] | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    # what the reader had to do to the input (an encoding fallback, a cut):
    # reported with the article, named by ``origin``
    warnings: list[str] = field(default_factory=list)

    def key(self, attr: str) -> str:
        """The input's name for the field held in ``attr`` ("published" for ``date``)."""
        return self.keys.get(attr, attr)


@dataclass
class Removal:
    """A piece of residue the cleaner took out, and the rule that took it."""

    rule: str
    text: str


def removals_once(removed: "list[Removal]") -> "list[tuple[Removal, int]]":
    """Each piece of residue once, with how often it was removed, in the order
    first removed: a template tag cut from between every paragraph was six
    identical lines in ``show`` and on the article page."""
    counts: dict[tuple[str, str], int] = {}
    first: dict[tuple[str, str], Removal] = {}
    for r in removed:
        key = (r.rule, r.text)
        counts[key] = counts.get(key, 0) + 1
        first.setdefault(key, r)
    return [(first[k], n) for k, n in counts.items()]


@dataclass
class CleanResult:
    """Output of the cleaner: the story text plus an audit trail of removals."""

    text: str
    removed: list[Removal] = field(default_factory=list)
    mojibake_repaired: bool = False


@dataclass
class LanguageGuess:
    lang: str
    confidence: float
    mixed: bool = False


@dataclass
class DateMention:
    """A date mentioned in a text, resolved against the publication date.

    ``value`` is the first day of the period; ``precision`` is "day", "week"
    (an ISO week, Monday to Sunday: "last week", "vor zwei Wochen"), "month"
    or "year"; ``sentence`` is the sentence it was found in (for citations).
    ``firm`` is False when the text does not say which way the mention points
    and the resolver took the nearer day ("ve středu zastavily" with no tense
    cue the lexicon knows): good enough to place a report on a timeline, not to
    tell a reader that two reports disagree on the day.
    """

    text: str
    start: int
    end: int
    value: dt.date
    precision: str
    sentence: str
    firm: bool = True

    @property
    def iso(self) -> str:
        """The date at its precision: "2000", "2024-01", "2024-W24" or "2024-01-19"."""
        return date_iso(self.value, self.precision)

    @property
    def label(self) -> str:
        """The date at its precision for people: "2000", "Jan 2024",
        "week of 2024-06-10", "2024-01-19"."""
        return date_label(self.value, self.precision)

    @property
    def as_written(self) -> str:
        """The text as written when it says more than the label ("Wednesday",
        "Dec. 9"), or "" when it is the value itself ("2019", "2024-01-19"):
        "2019 (2019)" told a reader nothing."""
        return "" if self.text.strip() in (self.label, self.iso) else self.text


def dates_once(dates) -> list[list[DateMention]]:
    """A report's mentions grouped by the date they resolve to (value and
    precision), in the order the text first gives each: a report that says
    "2019" twice, or "Wednesday" and "Dec. 1" of one day, mentions one date."""
    groups: dict[tuple[dt.date, str], list[DateMention]] = {}
    for d in dates:
        groups.setdefault((d.value, d.precision), []).append(d)
    return list(groups.values())


def written_as(mentions: list[DateMention]) -> list[str]:
    """The ways the text wrote one date of :func:`dates_once` that say more
    than its label, each once, in order ("Thursday", "July 17")."""
    return list(dict.fromkeys(t for t in (m.as_written for m in mentions) if t))


def dates_phrase(mentions: list[DateMention], until: dict | None = None, label: str | None = None,
                 times: str | None = None, said=str) -> str:
    """One date of :func:`dates_once` for a reader: its label, the other ways
    the text wrote it and how often it is mentioned ("2004-11-10 (Wednesday;
    3 mentions)", "2019 (2 mentions)", "2003"); ``until``: the last day of a
    range it opens, as ``serialize.dates_once_json`` gives it ("2024-04-19 –
    2024-06-01 (April 19 – June 1)"); ``label`` (with the range's end) and ``times`` ("3 mentions"):
    the same in a reader's language (``storyline show --lang``); ``said``: the list and
    clause separators in it (:func:`storyline.reader_words.say`: Arabic's "،" and "؛")."""
    texts = written_as(mentions)
    if until and texts and until.get("written"):
        texts = [f"{texts[0]} – {until['written'][0]}", *texts[1:]]
    end = f" – {until['label']}" if until else ""
    told = said(", ").join(texts) + (said("; ") if texts and len(mentions) > 1 else "")
    told += (times or f"{len(mentions)} mentions") if len(mentions) > 1 else ""
    return (label or mentions[0].label + end) + (f" ({told})" if told else "")


_ISO_AT = {"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}
_LABEL_AT = {"day": "%Y-%m-%d", "month": "%b %Y", "year": "%Y"}


def date_iso(value: dt.date, precision: str) -> str:
    """ISO 8601 at the precision the text gave ("2000", "2024-01", "2024-01-19",
    a week as its ISO week "2024-W24"): a year, month or week is never shown as
    its first day."""
    if precision == "week":
        year, week, _ = value.isocalendar()
        return f"{year:04d}-W{week:02d}"
    return f"{value.year:04d}" + value.strftime(_ISO_AT.get(precision, "%Y-%m-%d"))[4:]


def date_label(value: dt.date, precision: str) -> str:
    """A date at its precision for people ("2000", "Jan 2024", "2024-01-19"); a
    week by its Monday, written as a day is ("week of 2024-06-10"): "2024-W24"
    is exact but few readers know which days it holds."""
    if precision == "week":
        monday = value - dt.timedelta(days=value.weekday())
        return f"week of {monday.isoformat()}"
    if precision == "year":
        return f"{value.year:04d}"
    return value.strftime(_LABEL_AT.get(precision, "%Y-%m-%d"))


def period_days(value: dt.date, precision: str) -> tuple[dt.date, dt.date]:
    """The first and last day a date given to ``precision`` covers: a year, a month, an ISO
    week (Monday to Sunday) or the day itself.  One place for the stories' timeline and the
    chart's bars (``BrokenScale.span``), which both read "in February" as all its days."""
    if precision == "year":
        return dt.date(value.year, 1, 1), dt.date(value.year, 12, 31)
    if precision == "month":
        nxt = dt.date(value.year + (value.month == 12), value.month % 12 + 1, 1)
        return dt.date(value.year, value.month, 1), nxt - dt.timedelta(days=1)
    if precision == "week":  # an ISO week: Monday to Sunday
        monday = value - dt.timedelta(days=value.weekday())
        return monday, monday + dt.timedelta(days=6)
    return value, value


@dataclass
class EntityMention:
    """A name found in a text; ``key`` is its script-independent canonical key."""

    text: str
    start: int
    end: int
    label: str  # PERSON | ORG | PLACE | PRODUCT | MISC
    key: str


@dataclass
class PageVerdict:
    """The gate's answer to "is this page a news report?" (:mod:`storyline.analyse.gate`).

    ``kind`` is one of error, bot-check, login, paywall, signup, cookie-wall,
    front-page, age-gate, app-wall, media (a video player or photo captions
    with no report), disclaimer (a disclaimer of warranty or an affiliate
    disclosure with no report), widget (a weather widget, an embedded social post or a
    classified-ads box with no report), donation (a site's plea for
    donations with no report) when it is not; ``reason`` says so in words with the evidence;
    ``cues`` lists every piece of evidence seen (also on reports, for audit).
    """

    is_article: bool
    kind: str | None = None
    reason: str = ""
    cues: list[str] = field(default_factory=list)


@dataclass
class Article:
    """The document that flows through the pipeline and gets stored."""

    id: str
    origin: str
    title: str
    text: str
    raw_text: str
    external_id: str | None = None  # the id the input gave it, if any
    url: str | None = None
    source: str | None = None
    author: str | None = None
    lang: str = "und"
    lang_confidence: float = 0.0
    published: dt.date | None = None
    removed: list[Removal] = field(default_factory=list)
    sentences: list[str] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    entities: list[EntityMention] = field(default_factory=list)
    content_hash: str = ""
    embedding: Any = None  # numpy float32 vector, L2-normalised
    duplicate_of: str | None = None
    event_id: int | None = None
    # set when the gate found a page that is not a news report (error page,
    # wall, front page…): its kind and the reason; such a page joins no event
    not_article: str | None = None
    not_article_reason: str = ""
    # problems with the input that did not stop it ("field 'date': …"); not stored
    warnings: list[str] = field(default_factory=list)
    # (when its text was last replaced by its site's update, how many earlier texts
    # are kept): read for display (Store.revision_counts), None when never updated
    revised: tuple[str, int] | None = None
    # since when (UTC) its page has answered 404/410 to ``storyline refresh`` (its stored text is
    # kept): read for display (Store.gone_since), None while its page is there or never asked
    gone: str | None = None

    @property
    def given_key(self) -> tuple[str, str] | None:
        """(source, the id the input gave): names this report at its source as
        its URL does, so a repeat with another text is the same report.  None
        without a source: an id alone ("1", "2", …) repeats across unrelated files."""
        return (self.source, self.external_id) if self.source and self.external_id else None

    @property
    def lead(self) -> str:
        """The first few sentences: what a reader sees first (shown in listings)."""
        return " ".join(self.sentences[:4]) if self.sentences else self.text[:600]
