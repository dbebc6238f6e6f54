"""Where a report's own words start after its wire furniture: a dateline, an agency credit, a byline.

Why a module of the analyse layer: the sentence splitter joins a dateline
standing alone on its line to the sentence after it
(:func:`storyline.analyse.sentences.split`), and the summary shows a
sentence without its dateline (:func:`storyline.facts.trim.trim`); both read
the same shapes, so they live here, below both.  Only punctuation and the
shape of short spans are read (a dash after a capitalised or upper-case
place, a parenthesised credit of a few words), so the rule is the same in
every language the splitter reads.
"""
from __future__ import annotations

import regex

# a dash, then the report's first word, which does not start in lower case: an
# acronym's aside ("NATO — the alliance of 32 — said") is not a dateline
_DASH = r"(?:\s*[-—–]{1,3}|\.-)\s+(?=[^\p{Ll}\s])"
# "(AP)", "(dpa/AFP)", "(भाषा)": a credit of at most three words, no sentence inside
_CREDIT = r"\(\p{L}[\p{L}\p{M}\p{N}./&' -]{0,24}\)"
# an upper-case place ("NEW DELHI", "TSIOLKOVSKY, Russia", "МОСКВА, 7 июня"), then
# an optional credit, then a dash: "PYONGYANG — ", "BAGHDAD, Iraq (CNN) -- "
_UPPER_PLACE = regex.compile(
    rf"^\p{{Lu}}{{3,}}(?:[ '-]\p{{Lu}}{{2,}})*(?:,[^\n!?()—–]{{1,40}}?)?\s*(?:{_CREDIT})?{_DASH}")
# any place of 40 characters or fewer, then a credit, then a dash: "Wostotschny
# (dpa) - ", "Paris, 7 juin (AFP) - ", "(CNN) -- "; see :func:`_a_credit`
_CREDITED = regex.compile(rf"^(?P<place>[^\n()!?]{{0,40}}?)(?P<credit>{_CREDIT}){_DASH}")
_TITLE_CASE = regex.compile(r"\(\p{Lu}\p{Ll}")
# up to 200 characters before a credit and dash when they hold an upper-case word
# of three letters or more: a byline or a photo credit before the dateline
_BYLINED = regex.compile(rf"^(?=[^\n()]{{0,200}}?\b\p{{Lu}}{{3,}}\b)[^\n()!?]{{0,200}}?{_CREDIT}{_DASH}")

def _a_credit(m: regex.Match) -> bool:
    """A place and a credit before a dash, unless they read as a person and
    what they belong to: "Chris Martin (Coldplay) - It's Christmas time"
    credits a singer with a line of a song.  A place is one word ("Berlin
    (dpa)"), or names a date after a comma ("Paris, 7 juin (AFP)"), or the
    credit is not a capitalised word ("Den Haag (dpa)", "नई दिल्ली (भाषा)");
    "Rio de Janeiro (Reuters) - " is left whole."""
    place = m["place"].split()
    return len(place) <= 1 or "," in m["place"] or not _TITLE_CASE.match(m["credit"])


def dateline_end(sentence: str) -> int:
    """Where the report's own words start after a leading dateline, agency
    credit or byline (0: there is none)."""
    for pattern in (_UPPER_PLACE, _CREDITED, _BYLINED):
        m = pattern.match(sentence)
        if m and (pattern is not _CREDITED or _a_credit(m)):
            return m.end()
    return 0
