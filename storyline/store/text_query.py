"""What a typed search query means, once for every backend.

:meth:`Store.search_text` is specified by behaviour (see its docstring); this
module turns the user's words into backend-neutral terms that SQLite (FTS5)
and PostgreSQL (tsquery) each render in their own syntax, so both find the
same articles for the same words.
"""
from __future__ import annotations

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
        if len(word) >= 6 and word[-1].isalpha():
            word = word[:-1]
        tokens = tuple(_TOKEN.findall(word))
        if tokens:
            terms.append(Term(tokens, len(word) >= 3))
    return terms
