"""What a summary shows of a sentence: the sentence less its wire furniture.

A report's first sentence often carries what says nothing of the event: a
dateline and agency credit ("PYONGYANG — ", "NEW YORK (AP) -- ",
"Wostotschny (dpa) - ", "MADRID (EFE).- "), sometimes behind a byline or a
photo credit ("Saturday November 13, 2004 8:16 PM AP Photo ... By RAVI
NESSMAN Associated Press Writer RAMALLAH, West Bank (AP) - ").  A summary
of a fixed number of words spends them on that, so :func:`trim` shows the
sentence without it.  Only punctuation and the shape of short spans are read
(a dash after a capitalised or upper-case place, a parenthesised credit of a
few words), so the rule is the same in every language the splitter reads.

Provenance holds by construction: a :class:`Trimmed` is a list of spans of
the sentence, and its text is those spans in order, joined by " … " where
something in the middle was left out (:func:`shown`); the cited sentence and
its offsets stay the full sentence (``supports`` in the JSON), and
:func:`derivable` checks that a text is such an extract.  A trim that would
leave fewer than :data:`MIN_WORDS` words is not made.

What else was measured and left out (docs/benchmarks.md, "Summaries"):
trailing attributions (", officials said on Tuesday.", ", according to
X."), speaker tags after quotes, parenthetical asides, leading one-word
connectives ("However, ") and appositives.  All of the furniture together is
under 2 % of the words the facts' sentences spend, and no rule but this one
was as good in every fold of the summaries benchmark; an attribution also
says who says so, which a fact-checker reads.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

MIN_WORDS = 5  # a trim leaving fewer words than this is not made
ELLIPSIS = "…"

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
_WORD = regex.compile(r"\w+")


@dataclass(frozen=True)
class Trimmed:
    """``spans``: the (start, end) character ranges of the sentence shown, in
    order; ``text``: them joined (:func:`shown`)."""

    text: str
    spans: tuple[tuple[int, int], ...]


def shown(sentence: str, spans: tuple[tuple[int, int], ...]) -> str:
    """The spans of ``sentence`` in order, " … " between two that leave
    something out (a cut at the start or the end is not marked)."""
    out = ""
    for k, (a, b) in enumerate(spans):
        piece = sentence[a:b]
        if k and sentence[spans[k - 1][1]:a].strip():
            out = out.rstrip() + f" {ELLIPSIS} " + piece.lstrip()
        else:
            out += piece
    return out.strip()


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


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def trim(sentence: str) -> Trimmed:
    """``sentence`` as a summary shows it: without a leading dateline, unless
    fewer than :data:`MIN_WORDS` words would be left."""
    start, end = 0, len(sentence.rstrip())
    cut = dateline_end(sentence)
    if cut and _words(sentence[cut:end]) >= MIN_WORDS:
        start = cut
    spans = ((start, end),)
    return Trimmed(shown(sentence, spans), spans)


def derivable(text: str, sentence: str) -> bool:
    """``text`` is pieces of ``sentence`` in order, joined by " … ": what a
    reader is shown can be found in the sentence cited for it."""
    at = 0
    for piece in text.split(ELLIPSIS):
        piece = piece.strip()
        k = sentence.find(piece, at)
        if k < 0:
            return False
        at = k + len(piece)
    return True
