"""The headline repeated as the body's first line.

Extractors and scrapers often keep the page's ``<h1>`` as the first line of
the text, though the title is already known from metadata, and the two differ
slightly: the site's name appended ("… - The Northern Courier", "… | Site"),
a section prefix ("Opinion | …", "LIVE: …"), other case, other quotes or
dashes.  Such a line is removed (rule ``headline-repeat``) when, normalised,
it equals the title, or is the title plus a short label set off by a
separator, or is nearly the same string (rapidfuzz ratio).  Only the first
non-blank line is looked at, and only a whole line goes.
"""
from __future__ import annotations

import re
import unicodedata

from rapidfuzz import fuzz

from storyline.records import Removal

RULE = "headline-repeat"
SIMILAR = 92  # rapidfuzz ratio (0-100) of the normalised strings
MAX_LABEL_WORDS = 6  # "The Northern Courier", "Opinion", "LIVE UPDATES"
_SEPARATORS = re.compile(r"\s+[|–—-]\s+|\s*[|:·•»]\s*")
_PUNCT = re.compile(r"[\W_]+", re.UNICODE)


def normalise(text: str) -> str:
    """Case, quotes, dashes and punctuation folded away; words kept in order."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_PUNCT.sub(" ", text).split())


def _is_title_with_label(line: str, title_key: str) -> bool:
    """"Title | Site", "Opinion | Title", "Title - Site Name": the title plus a short label."""
    parts = [p for p in _SEPARATORS.split(line) if p.strip()]
    if len(parts) < 2:
        return False
    for i in range(len(parts)):
        for j in range(i + 1, len(parts) + 1):
            if normalise(" ".join(parts[i:j])) == title_key:
                rest = parts[:i] + parts[j:]
                return sum(len(normalise(p).split()) for p in rest) <= MAX_LABEL_WORDS
    return False


def repeats_title(line: str, title: str) -> bool:
    line_key, title_key = normalise(line), normalise(title)
    if not line_key or not title_key:
        return False
    if line_key == title_key:
        return True
    if len(line_key) > 2 * len(title_key) + 60:
        return False
    if _is_title_with_label(line, title_key):
        return True
    return fuzz.ratio(line_key, title_key) >= SIMILAR


def strip_repeated_headline(text: str, title: str | None) -> tuple[str, list[Removal]]:
    """``text`` without a first line that repeats ``title``, and the removal."""
    if not title or not text:
        return text, []
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or not repeats_title(lines[first], title):
        return text, []
    rest = "\n".join(lines[first + 1:])
    if len(rest.strip()) < 20:  # the headline was all there was: keep it
        return text, []
    return rest, [Removal(RULE, lines[first].strip())]


def names_the_page(title: str, source: str | None) -> bool:
    """Whether a title names the site or a section rather than the report:
    one word ("English", "News", "Telegraph"), or the source's
    own name ("The Japan Times Online" from japantimes.co.jp).  Scraped pages
    carry such titles when the page's ``<title>`` is the site's; the event
    list read "English" for the United States' tsunami pledge (Wikinews dev)."""
    words = normalise(title).split()
    if not words:
        return True
    if len(words) == 1 and words[0].isalpha() and words[0].isascii():
        return True  # ("Putin arrives" is a headline; a script written without spaces is not judged by count)
    if source:
        host = source.casefold().split("//")[-1].split("/")[0]
        parts = [p for p in host.split(".") if p not in ("www", "com", "org", "net", "co", "news")]
        site = normalise(max(parts, key=len, default="")).replace(" ", "")
        return len(site) >= 5 and site in "".join(words) and len(words) <= 5
    return False


LEAD_CHARS = 1000  # the lead a headline is echoed in
_TOKEN = re.compile(r"[^\s.,;:!?()\[\]{}\"'«»“”‘’„|/\\–—-]+")
# scripts written without spaces between words: a title there is not judged by its words
_UNSPACED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff]")


def word_stems(text: str) -> set[str]:
    """Words of four letters or more, cut to five (a crude stem: "digging" and
    "dig" do not meet, "earthquake" and "earthquakes" do)."""
    return {w[:5] for w in _TOKEN.findall(text.casefold()) if len(w) >= 4 and not w.isdigit()}


def echoed_by_lead(title: str, text: str) -> bool:
    """Whether the report's lead repeats a word of its title, as a news lead
    repeats its headline's.  A page title that names no report ("International
    News Article", "Taipei Times", "Photo Album :: MS 0735.6+7421 :: 05 Jan 05",
    a timestamp) shares no word with the text under it, and a title that opens
    with a lower-case word is a fragment of one; a story list headed
    "International News Article" where "S America launches trading bloc" was
    one of its reports' titles.  Titles in scripts written without spaces, or
    with no word of four letters, are not judged (True)."""
    first = title.split()[0] if title.split() else ""
    if first.isalpha() and first.islower():
        return False  # a fragment: "and 32 Small Ones" (a headline opens with a capital where there are any)
    if _UNSPACED.search(title):
        return True
    words = word_stems(title)
    return not words or bool(words & word_stems(text[:LEAD_CHARS]))
