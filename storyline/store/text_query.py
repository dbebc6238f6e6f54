"""What a typed search query means, once for every backend.

:meth:`Store.search_text` is specified by behaviour (see its docstring); this
module turns the user's words into backend-neutral terms that SQLite (FTS5)
and PostgreSQL (tsquery) each render in their own syntax, so both find the
same articles for the same words.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import regex

from storyline.store.word_key import word_key

# a token is a run of letters, digits, private-use characters and marks (so a
# Devanagari word is not cut at every vowel sign), as the SQLite index tokenises
_TOKEN = regex.compile(r"[\p{L}\p{N}\p{Co}\p{M}]+")


@dataclass(frozen=True)
class Term:
    """One user word: its tokens (matched next to each other), and whether the
    last one also matches as a prefix."""

    tokens: tuple[str, ...]
    prefix: bool
    cut: bool = False  # a word of 6+ letters without its last letter: a stem, whose prefix goes on freely


def query_terms(text: str) -> list[Term]:
    """User words -> terms; every term must match (AND).

    Words of 3+ characters also match as prefixes, and words of 6+ letters
    without their last letter, a cheap stand-in for stemming in any language
    ("землетрясение" finds "землетрясения", "inondations" finds "inondation").
    Characters that are not part of a token (quotes, operators) are ignored.
    Words are keyed as the index keys them (:func:`~storyline.store.word_key.word_key`:
    "न्यूज़" finds "न्यूज", "Αθηνα" finds "ΑΘΗΝΑ").
    """
    terms = []
    for word in word_key(text).split():
        if not any(ch.isalnum() for ch in word):
            continue
        cut = len(word) >= 6 and word[-1].isalpha()
        if cut:
            word = word[:-1]
        tokens = tuple(_TOKEN.findall(word))
        if tokens:
            terms.append(Term(tokens, len(word) >= 3, cut))
    return terms


# a short word (3-5 letters, matched as a prefix) matches a word it begins only with
# at most this many letters more: an ending ("dam" -> "dams", "мир" -> "мирами",
# "rate" -> "rates"), not another word ("dam" -> "damaged", "Damascus"; "war" -> "warned")
SHORT_WORD_ENDING = 3


def short_prefixes(terms: list[Term]) -> list[str]:
    """The one-token prefix terms of a short word (3-5 letters: one
    :func:`query_terms` did not cut to a stem), which :func:`worded` checks."""
    return [t.tokens[0] for t in terms if t.prefix and not t.cut and len(t.tokens) == 1]


# languages that write compounds as one word or add endings of more than three letters
# ("Dammbrüchen", Finnish "padoissa", Turkish "barajlarından"): a short word's prefix keeps
# its whole reach in their reports
LONG_FORMS = frozenset({"de", "nl", "sv", "da", "no", "nb", "nn", "is", "fi", "et", "hu", "tr"})


def worded(text: str, prefixes: list[str], lang: str | None = None) -> bool:
    """Every short prefix of ``prefixes`` begins a word of ``text`` (keyed as the
    index keys it) that goes on by at most :data:`SHORT_WORD_ENDING` letters.

    Why: a prefix match is a stand-in for stemming, and a short word begins
    many words that are no form of it: "dam collapse" found the Morocco
    earthquake report (houses "damaged", roofs "collapsed") and, through it,
    the earthquake's other reports.  Neither index can bound how much a
    prefix goes on, so the matches are checked on their text.  A report in a
    language of :data:`LONG_FORMS` (``lang``) is not checked."""
    if lang in LONG_FORMS:
        return True
    words = set(_TOKEN.findall(_folded(text)))
    return all(any(w.startswith(p) and len(w) - len(p) <= SHORT_WORD_ENDING for w in words)
               for p in map(_folded, prefixes))


def _folded(text: str) -> str:
    """``text`` as the indexes compare it: keyed, case-folded, Latin accents
    (the combining diacritics) dropped ("Café" and "cafe" are one word)."""
    decomposed = unicodedata.normalize("NFD", word_key(text).casefold())
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if not 0x300 <= ord(ch) <= 0x36F))
