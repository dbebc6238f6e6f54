"""Words a reader sees for counts, sources and undated reports, in one place.

Why a module: the CLI, the HTTP API's ``summary`` fields and the web pages
must say the same thing about the same numbers.  A report whose source is
unknown is never counted as a named independent source ("3 reports, sources
unknown"), and a report with no date of its own is said to be placed by its
content only, so no reader takes its event's dates for its own.
"""
from __future__ import annotations

import ast
import datetime as dt
import re

PLACED_BY_CONTENT = "placed by content only"
DATE_UNKNOWN = "date unknown"
OUTSIDE_DAYS = "outside the event's days"


def outside_days(published: dt.date | None, first: dt.date | None, last: dt.date | None) -> bool:
    """Whether a dated report of an event lies outside the event's days: one
    that joined from beyond its window (:mod:`storyline.group.event_state`),
    whose date its event's first and last day do not count, so the reader is
    told the two apart."""
    return bool(published and first and last and not first <= published <= last)


KIND_WORDS = {"PERSON": "person", "ORG": "organisation", "PLACE": "place", "PRODUCT": "product",
              "MISC": "other name"}


def kind_word(label: str) -> str:
    """A name's kind as a reader reads it: "organisation", "other name" (the
    pages showed the tagger's "org" and "misc"); an unknown label in lower case."""
    return KIND_WORDS.get(label, label.lower())


def heading_case(name: str) -> str:
    """A name as a heading starts: with a capital.  A place named after a person is shown
    with its head noun in the lower case running text writes it ("plaza Kim Il-sung",
    "площадь Ким Ир Сена"), and the entity page's heading and tab began with a small
    letter.  Only a first word written wholly in small letters is raised, so a name
    cased on purpose ("iPhone", "eBay") and a script without case stay as written."""
    first = name.split(" ", 1)[0]
    return name[:1].upper() + name[1:] if first.islower() and first[:1].isalpha() else name


def other_spellings(name: str, aliases) -> list[str]:
    """A name's other spellings as a reader reads them ("Also written"): not the
    name itself, and each spelling once across letter case.  A dateline's
    capitals ("MOSCOW", "PARIS", "PYONGYANG") are the same spelling in other
    type, and the Names list gave them beside "Moscow" as if another; of
    spellings that differ only in case the one not in capitals stands."""
    groups: dict[str, list[str]] = {}
    for alias in aliases:
        groups.setdefault(alias.casefold(), []).append(alias)
    own = name.casefold()
    return [next((a for a in forms if not a.isupper()), forms[0])
            for key, forms in groups.items() if key != own]


def no_report_in(view: dict, lang_name: str | None = None) -> str | None:
    """What a summary in a language no report is in must say (``view``: an event's or
    story's facts view): its facts are stated in English, or their own language, not
    the reader's.  One sentence for ``storyline show`` and the pages, which said
    nothing: an English reader of a Spanish-only event got Spanish facts under
    "Reader's language: English" with only the "es" tag to tell.  ``lang_name``: the
    language as the page names it ("English (en)"), else its code."""
    told = view["summary"] + view.get("facts", [])
    if not told or any(view["lang"] in f["languages"] for f in told):
        return None
    where = "" if view["lang"] == "en" else "in English where a report states it, else "  # English: no fallback
    return f"no report is in {lang_name or view['lang']}: each fact is stated {where}in its own language (the tag before it)"


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
    "error-report": "invitation to report an error", "social-embed": "an embedded post's link and byline",
    "html-tag": "HTML code", "template-tag": "template code",
    "source-boilerplate": "the source's standard text", "headline-repeat": "headline repeated",
    "page-title": "the page's own title (the site, page kind or time), replaced by the headline the text opens with",
}


def residue_label(rule: str) -> str:
    """A cleaning rule's id in plain words ("link to another story" for
    "cross-link"); an id with no label yet reads as words, hyphens as spaces."""
    return RESIDUE_WORDS.get(rule, rule.replace("-", " "))


def removed_kinds(rules, said=str) -> str:
    """What the cleaner took off a page, each kind once in the order met, as a
    reader names it: "link to another story, copyright notice".  The pages'
    toggle said "Removed as residue (3)", the project's word, which told a
    reader neither what was removed nor why; they now name the kinds here and
    say why (not part of the report) beside them.  ``said``: each label in the
    reader's language (:func:`storyline.reader_words.say`)."""
    return said(", ").join(said(residue_label(rule)) for rule in dict.fromkeys(rules))


# What the page gate (``analyse.gate``) found a page to be (``Article.not_article``),
# in words; the gate opens its reason with these.
GATE_KIND_WORDS = {"error": "error or unavailable page", "bot-check": "bot check",
                   "login": "login or registration wall", "paywall": "subscription wall",
                   "signup": "sign-up form", "cookie-wall": "cookie wall",
                   "front-page": "front page or section index", "age-gate": "age check",
                   "app-wall": "app-install wall", "media": "video player or photo captions without a report",
                   "disclaimer": "disclaimer or disclosure without a report", "widget": "widget (weather, social post, classified ads) without a report",
                   "donation": "donation appeal without a report"}
# each kind as the Not articles list's lede names it, in the plural ("subscription walls"):
# the lede was written once for six kinds and went on saying only those six after age checks,
# app walls, video pages, disclaimers and widgets were added; it is now made from this table,
# and a kind missing here fails tests/test_reader_not_articles.py
GATE_KIND_PLURALS = {"error": "error and unavailable pages", "bot-check": "bot checks",
                     "login": "login and registration walls", "paywall": "subscription walls",
                     "signup": "sign-up forms", "cookie-wall": "cookie walls and consent pop-ups",
                     "front-page": "front pages and section indexes", "age-gate": "age checks",
                     "app-wall": "app-install walls", "media": "video players and photo captions without a report",
                     "disclaimer": "disclaimers and disclosures", "widget": "weather widgets, embedded social posts "
                     "and classified-ads boxes", "donation": "donation appeals"}


def gate_kinds_phrase(words=None) -> str:
    """Every kind of page the gate keeps out, in the plural, joined in a sentence
    (``words``: the reader's catalogue, :mod:`storyline.reader_words`; default English)."""
    words = words or _ENGLISH
    kinds = [words.say(GATE_KIND_PLURALS.get(k, gate_kind_label(k))) for k in GATE_KIND_WORDS]
    return words.say("{rest} and {last}", rest=words.say(", ").join(kinds[:-1]), last=kinds[-1])


class _ENGLISH:
    """The wording of :func:`gate_reasons` and :func:`gate_kinds_phrase` when no reader's
    catalogue is given: the English key itself, :func:`plural` for counts (the CLI, the API)."""

    @staticmethod
    def say(text: str, **fields) -> str:
        return text.format(**fields) if fields else text

    @staticmethod
    def count(n: int, noun: str) -> str:
        return plural(n, noun)

    @staticmethod
    def count_named_elsewhere(n: int, noun: str) -> str:  # reader_words.count_named_elsewhere
        return str(n)


# labels a kind had before, which reasons stored then still open with
_FORMER_KIND_WORDS = frozenset({"weather widget without a report"})


def gate_kind_label(kind: str | None) -> str:
    """A flagged page's kind in words ("subscription wall" for "paywall")."""
    return GATE_KIND_WORDS.get(kind, kind.replace("-", " ")) if kind else ""


def a_or_an(words: str) -> str:
    """``words`` after "a" or "an" ("an age check"): the gate's kinds in a clause."""
    return ("an " if words[:1] in "aeiou" else "a ") + words


_Q = r"""(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")"""
# Each cue as ``gate.judge_page`` writes it, and how a reader is told it.
# ``w``: the wording (:class:`_ENGLISH` or the reader's catalogue), whose ``say`` keys are
# these English clauses: a German reader of Not articles read "2 lines read like a bot check"
_GATE_CUES = [
    (rf"title (?P<q>{_Q})", lambda m, n, w: w.say("its title names the page, not a news story")),
    (rf"(?P<kind>[a-z-]+) text in (?P<n>\d+) lines?: (?P<q>{_Q}(?:, {_Q})*)",
     lambda m, n, w: w.say("{lines} reads like {kind}" if n == 1 else "{lines} read like {kind}",
                           lines=w.count(n, "line"), kind=w.say(a_or_an(gate_kind_label(m["kind"]))))),
    (r"list of headlines \((?P<n>\d+) of (?P<all>\d+) lines\)",
     lambda m, n, w: w.say("{n} of its {all} lines are headlines, as on a front page", n=n,
                           all=w.count_named_elsewhere(int(m["all"]), "line"))),
    (r"list of dated items \((?P<n>\d+) date stamps\)",
     lambda m, n, w: w.say("it lists {items}, as an index does", items=w.count(n, "dated item"))),
    (r"archive list \((?P<n>\d+) months with their counts of posts\)",
     lambda m, n, w: w.say("it lists {months} with their counts of posts, as a blog's archive does",
                           months=w.count(n, "month"))),
    (r"photo gallery \((?P<n>\d+) picture counters\)",
     lambda m, n, w: w.say("{counters} (such as “3 / 12”), as in a photo gallery",
                           counters=w.count(n, "picture counter"))),
    (r"weather widget \((?P<n>\d+) forecasts\)",
     lambda m, n, w: w.say("{forecasts} under a day's name, as a weather widget shows them",
                           forecasts=w.count(n, "forecast"))),
    (r"(?P<n>\d+)% of the text is link text", lambda m, n, w: w.say("{n}% of its text is links to other pages", n=n)),
    (r"(?P<n>\d+) characters of story prose",
     lambda m, n, w: w.say("no sentence in it reads like a news report") if not n
     else w.say("only {characters} of it read like a news report's sentences", characters=w.count(n, "character"))),
]
_GATE_CUES = [(re.compile(p + r"(?:; |$)"), say) for p, say in _GATE_CUES]


def as_written(quote: str, text: str | None) -> str:
    """A cue the gate quotes, as the page writes it.  The gate stores its cues folded to
    small letters ("as an amazon associate i earn"), and the reason quoted them so beside
    the page's "As an Amazon Associate I earn"; a quotation shows the words as written.
    The first place the text has them, in any case and spacing, else the cue as stored."""
    cut = "…" if quote.endswith("…") else ""  # the gate shortens a long cue with an ellipsis
    words = quote[: len(quote) - len(cut)].split()
    if not text or not words:
        return quote
    m = re.search(r"\s+".join(re.escape(w) for w in words), text, re.IGNORECASE)
    return " ".join(m.group(0).split()) + cut if m else quote


def gate_reasons(reason: str | None, text: str | None = None, words=None) -> list[tuple[str, list[str]]]:
    """The gate's reason (``Article.not_article_reason``: "paywall text in 2
    lines: 'abonnez-vous pour', …; 68 characters of story prose") as plain
    clauses, each with the page's own words it quotes: ``[("2 lines read like a
    subscription wall", ["abonnez-vous pour", …]), …]``.  The reason names the
    gate's cues and kinds ("bot-check text", "story prose"), which a reader
    cannot read; the stored reason stays the data (the API's ``reason``).  A
    clause the gate may write later and this does not know is kept as written.  With the
    page's ``text``, a quote is given as the page writes it (:func:`as_written`).  ``words``:
    the reader's catalogue the clauses are said in (:mod:`storyline.reader_words`), else English."""
    words = words or _ENGLISH
    rest = (reason or "").strip()
    head, sep, tail = rest.partition(": ")
    if sep and (head in GATE_KIND_WORDS.values() or head in _FORMER_KIND_WORDS):
        rest = tail  # the kind, which the page and the label say on their own
    out, i = [], 0
    while i < len(rest):
        for pattern, say in _GATE_CUES:
            m = pattern.match(rest, i)
            if m:
                quotes = ([as_written(ast.literal_eval(q), text) for q in re.findall(_Q, m["q"])]
                          if "q" in m.groupdict() else [])
                out.append((say(m, int(m["n"]) if "n" in m.groupdict() else 0, words), quotes))
                i = m.end()
                break
        else:
            end = rest.find("; ", i)
            end = len(rest) if end < 0 else end
            out.append((rest[i:end], []))
            i = end + 2
    return out


def not_article_label(kind: str | None, reason: str | None, text: str | None = None) -> str:
    """Why a page is not a news report, in one plain sentence (CLI, API
    ``label``, article page): "Looks like a bot check: 2 lines read like a bot
    check (“kein roboter”, …); no sentence in it reads like a news report."."""
    clauses = [words + (" (" + ", ".join(f"“{q}”" for q in quotes) + ")" if quotes else "")
               for words, quotes in gate_reasons(reason, text)]
    lead = f"Looks like {a_or_an(gate_kind_label(kind))}" if kind else "Not a news report"
    return lead + (": " + "; ".join(clauses) if clauses else "") + "."


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
