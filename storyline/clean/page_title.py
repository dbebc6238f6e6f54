"""A page title that names no report, and the headline the body opens with.

Scraped pages often carry the ``<title>`` of the site, a section or the page
kind rather than the story's headline: "The Japan Times Online" over five
different reports, "International News Article", "Saturday November 20,
2004 6:23PM", "Free Article", while the body's first line is the real
headline ("Chinese submarine intrusion considered an act of provocation").
Readers see titles everywhere (event lists, search, timelines), and the
event's headline and the embeddings are drawn from them, so such a title is
recognised (rule ``page-title``): when the given title names no story and
the body opens with a headline-like line that the lead under it echoes, that
line becomes the title and leaves the body; the given title is kept among
the removals, so nothing the input said is lost.

A title names no story when it is one word or the site's own name
(:func:`~storyline.clean.headline.names_the_page`), a date-time stamp, a
segment ending in the name of a page kind ("… News Article", "Free Article",
"Photo Album") whose other words the lead does not repeat, or a section name
joined by "&" ("Terrorism & Security") that the lead does not repeat
(:func:`~storyline.clean.headline.echoed_by_lead`).  A real headline is
echoed by its lead ("Teen arrested over threats posted online"), which is
why the last two cues are only believed when it is not; label lines above
the headline ("FREE PREVIEW") are no part of the lead.
"""
from __future__ import annotations

import functools
import re

from storyline.analyse.dates_lexicon import WEEKDAY_KEYS, get_lexicon, norm
from storyline.clean.headline import LEAD_CHARS, word_stems, echoed_by_lead, names_the_page
from storyline.records import Removal

RULE = "page-title"
MAX_HEADLINE_CHARS = 200
MIN_HEADLINE_WORDS = 3
MAX_HEADLINE_WORDS = 20
MIN_STORY_CHARS = 200  # the article that follows the headline line
MAX_LABEL_LINES = 2  # "FREE PREVIEW", "Home > News > UK", "MS 0735.6+7421:" before the headline

# the last word of a title segment that names a kind of page, not a report
# (closed list: the page kinds sites name themselves by, in the supported languages)
PAGE_KINDS = frozenset({
    "article", "page", "homepage", "album", "gallery", "center", "centre", "portal", "website", "online",  # en
    "artikel", "seite", "startseite", "galerie", "fotogalerie", "bildergalerie",  # de
    "accueil", "portail",  # fr (article, page, galerie above)
    "artículo", "página", "portada", "galería",  # es
    "articolo", "pagina", "galleria",  # it
    "artigo", "galeria",  # pt
    "fotoalbum", "startpagina",  # nl (artikel, pagina above)
    "startsida", "artikkel", "forside",  # sv, no ("sida", "side": Spanish AIDS, English side)
    "článek", "stránka", "artykuł", "strona",  # cs, pl
    "статья", "страница", "галерея", "фотогалерея", "стаття", "сторінка",  # ru, uk
    "άρθρο", "σελίδα",  # el
    "लेख", "पृष्ठ",  # hi
    "makale", "sayfa", "halaman", "artikel",  # tr, id
})
_SEGMENTS = re.compile(r"\s+(?:\||-|–|—|::|·|»)\s+|\s*(?:\||::)\s*")
_WORDS = re.compile(r"[\w'’+.-]+")
_NUMBERISH = re.compile(r"^[\d:./,-]+(?:h\d*|am|pm|[ap]\.m\.|uhr|hrs?)?$", re.I)
_CLOCK = frozenset({"am", "pm", "a.m.", "p.m.", "gmt", "utc", "est", "edt", "pst", "pdt", "cet", "cest", "bst", "ist", "et",
                    "uhr", "h", "hs", "hrs"})
_FINAL_STOP = re.compile(r"[.:;,]\W*$")
_BREADCRUMB = re.compile(r"\s>\s|\s»\s")


@functools.cache
def _date_words(lang: str) -> frozenset[str]:
    """Month and weekday names and their abbreviations ("Sáb", "Nov") in
    ``lang`` and English (a title is all date: abbreviations are safe here)."""
    from dateparser.languages.loader import default_loader

    words: set[str] = set()
    for code in {lang, "en"}:
        lex = get_lexicon(code)
        words |= set(lex.months) | set(lex.month_abbr) | set(lex.weekdays)
        try:
            info = default_loader.get_locale(code).info
        except Exception:  # dateparser does not know this language
            continue
        for key in WEEKDAY_KEYS:
            words |= {norm(f) for f in info.get(key, []) if norm(f)}
    return frozenset(words)


def is_timestamp(text: str, lang: str = "en") -> bool:
    """Whether ``text`` is only a date and time: "Saturday November 20, 2004
    6:23PM", "17/12/2004 - 08h29", "Sáb, 13 Nov - 17h00"."""
    words = _WORDS.findall(text)
    if not words or not any(ch.isdigit() for ch in text):
        return False
    known = _date_words(lang if lang and lang != "und" else "en")
    return all(_NUMBERISH.match(w) or norm(w) in known or w.casefold() in _CLOCK for w in words)


def _page_kind_unechoed(title: str, text: str, lang: str = "en") -> bool:
    """A segment ending in a page kind whose other words the lead does not
    repeat ("International News Article", "Free Article", "Photo Album :: …"),
    or a short section name joined by "&" that the lead does not repeat."""
    lead = word_stems(_without_labels(text, lang)[:LEAD_CHARS])  # "FREE PREVIEW" does not echo "Free Article"
    for segment in _SEGMENTS.split(title):
        words = segment.split()
        if words and words[-1].casefold().strip(".:!") in PAGE_KINDS:
            if not word_stems(" ".join(words[:-1])) & lead:
                return True
    words = title.split()
    return ("&" in words and len(words) <= 4 and all(w == "&" or w[:1].isupper() for w in words)
            and not echoed_by_lead(title, text))


def names_no_story(title: str, text: str, source: str | None, lang: str = "en") -> bool:
    """Whether a given title names the site, a section, a page kind or a
    time rather than the report under it."""
    return names_the_page(title, source) or is_timestamp(title, lang) or _page_kind_unechoed(title, text, lang)


def _is_label(line: str, lang: str) -> bool:
    """A line before a headline that is no headline: a breadcrumb, a kicker
    ending in ":", a date-time stamp, a short all-capitals label."""
    words = line.split()
    return bool(_BREADCRUMB.search(line) or line.rstrip().endswith(":") or is_timestamp(line, lang)
                or (len(words) <= 3 and line.isupper()))


def _without_labels(text: str, lang: str) -> str:
    """``text`` without the label lines it opens with (:func:`_is_label`)."""
    lines = text.split("\n")
    i = 0
    while i < min(len(lines), MAX_LABEL_LINES) and (not lines[i].strip() or _is_label(lines[i].strip(), lang)):
        i += 1
    return "\n".join(lines[i:])


def _headline_like(line: str) -> bool:
    """Short, of words, opening with a capital where the script has case, and
    without a final stop or comma: a headline, not a sentence or a byline."""
    words = line.split()
    if not (MIN_HEADLINE_WORDS <= len(words) <= MAX_HEADLINE_WORDS) or len(line) > MAX_HEADLINE_CHARS:
        return False
    if _FINAL_STOP.search(line) or words[0].casefold() in ("by", "von", "par", "por", "di", "от"):
        return False
    first = next((ch for ch in line if ch.isalpha()), "")
    if not first or first.islower():
        return False
    letters = sum(ch.isalpha() for ch in line)
    return letters >= 0.6 * sum(not ch.isspace() for ch in line)


def opening_headline(body: str, lang: str = "en") -> tuple[str, str] | None:
    """The headline the body opens with (after at most two label lines) and
    the body without it, when the text after it echoes it as a lead does."""
    lines = body.split("\n")
    seen = 0
    for i, line in enumerate(lines):
        line = line.strip()
        if not line:
            continue
        if not _is_label(line, lang) and _headline_like(line):
            rest = "\n".join(lines[i + 1:]).strip()
            if len(rest) >= MIN_STORY_CHARS and echoed_by_lead(line, rest):
                return line, "\n".join(lines[:i] + lines[i + 1:]).strip()
            return None
        seen += 1
        if seen > MAX_LABEL_LINES or not _is_label(line, lang):
            return None
    return None


def recognise_title(title: str, body: str, source: str | None,
                    lang: str = "en") -> tuple[str, str, list[Removal]]:
    """The report's title and body: the body's opening headline replaces a
    given title that names no story, the given title kept as a removal."""
    if not title or not body or not names_no_story(title, body, source, lang):
        return title, body, []
    found = opening_headline(body, lang)
    if found is None or names_the_page(found[0], source):
        return title, body, []
    headline, rest = found
    return headline, rest, [Removal(RULE, title)]
