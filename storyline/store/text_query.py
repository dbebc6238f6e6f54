"""What a typed search query means, once for every backend.

:meth:`Store.search_text` is specified by behaviour (see its docstring); this
module turns the user's words into backend-neutral terms that SQLite (FTS5)
and PostgreSQL (tsquery) each render in their own syntax, so both find the
same articles for the same words.
"""
from __future__ import annotations

import functools
import unicodedata
from collections import Counter
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

# English inflects with a few known endings (at most SHORT_WORD_ENDING letters), so in an
# English report a short word goes on only by one of them: "dams", "dammed", "rates",
# "rated", "Koreans", "Iraqi", "Nepalese", "Turkish"; not "Dame" (of "Notre-Dame") for
# "dam", "rate" for "rat", "warn" for "war", "early" for "ear"
ENGLISH_ENDINGS = frozenset({"s", "es", "ed", "ing", "er", "ers", "est", "an", "ans", "ian", "ese", "i", "is",
                             "ish"})
ENGLISH_AFTER_E = frozenset({"d", "r", "rs", "st", "n"})  # "fired", "miner", "safest", "taken"
ENGLISH_AFTER_VOWEL = frozenset({"n", "ns"})  # "Korean", "Cubans"
ENGLISH_DOUBLED = frozenset({"ed", "er"})  # after the last consonant doubled: "dammed", "gunner"


def worded(text: str, prefixes: list[str], lang: str | None = None) -> bool:
    """Every short prefix of ``prefixes`` begins a word of ``text`` (keyed as the
    index keys it) that is a form of it (:func:`_form_of`).

    Why: a prefix match is a stand-in for stemming, and a short word begins
    many words that are no form of it: "dam collapse" found the Morocco
    earthquake report (houses "damaged", roofs "collapsed") and, through it,
    the earthquake's other reports.  Neither index can bound how much a
    prefix goes on, so the matches are checked on their text."""
    words = {(_unmarked(w), w) for w in _TOKEN.findall(_cased(text))}
    frequent, endings = _frequent(lang or "")
    return all(any(_form_of(w, p, lang in LONG_FORMS, frequent, endings, lang == "en") for w in words)
               for p in ((_unmarked(c), c) for c in map(_cased, prefixes)))


def _form_of(word: tuple[str, str], prefix: tuple[str, str], long_forms: bool, frequent: frozenset[str],
             endings: frozenset[str], english: bool = False) -> bool:
    """Is ``word``, which may begin with ``prefix`` (each as (folded, case-folded
    with its marks)), a form of it?  It goes on by at most
    :data:`SHORT_WORD_ENDING` letters, or, in a language of
    :data:`LONG_FORMS`, by any number when it begins with the letters typed
    ("Dammbrüchen"; not "dämpfte", whose "ä" is another letter than the "a"
    of "dam", though the indexes fold it); and a frequent word of the
    report's language goes on from a word that is not one only by an ending
    its frequent words take (:func:`_frequent`): German "damit", "damals" are
    no forms of "dam" (and are in nearly every German report), "Staaten" is
    one of "Staat", Russian "газа" of "газ"; in an English report it goes on
    only by an English ending (:func:`_english_form`)."""
    (folded, cased), (p_folded, p_cased) = word, prefix
    rest = folded[len(p_folded):] if folded.startswith(p_folded) else None
    if rest is None or (len(rest) > SHORT_WORD_ENDING and not (long_forms and cased.startswith(p_cased))):
        return False
    if rest and english and not _english_form(rest, p_folded):
        return False
    return not rest or folded not in frequent or p_folded in frequent or rest in endings


def _english_form(rest: str, prefix: str) -> bool:
    """Is ``rest``, what an English word adds to the short word ``prefix``, one
    of English's endings (:data:`ENGLISH_ENDINGS`)?"""
    last = prefix[-1:]
    return (rest in ENGLISH_ENDINGS or (last == "e" and rest in ENGLISH_AFTER_E)
            or (last in "aeiou" and rest in ENGLISH_AFTER_VOWEL)
            or (rest[0] == last and rest[1:] in ENGLISH_DOUBLED and last not in "aeiouy"))


@functools.lru_cache(maxsize=64)
def _frequent(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The frequent words of ``lang`` (jusText's stop lists, folded as
    :func:`_folded` folds) and the endings they take: the last 1 to
    :data:`SHORT_WORD_ENDING` letters that make one frequent word of another
    at least twice ("-en": "alle"/"allen", "eigene"/"eigenen"; "-а" in
    Russian).  Read from the list itself, so every language jusText covers
    has its own, and none is written by hand."""
    from storyline.analyse.where_subdivisions import frequent_words

    words = frozenset(_folded(w) for w in frequent_words(lang)) if lang else frozenset()
    counts = Counter(w[-k:] for w in words for k in range(1, SHORT_WORD_ENDING + 1)
                     if len(w) - k >= 3 and w[:-k] in words and w[-k:].isalpha())
    return words, frozenset(e for e, n in counts.items() if n >= 2)


def _cased(text: str) -> str:
    """``text`` keyed as the indexes key it, case-folded, marks kept (NFC)."""
    return unicodedata.normalize("NFC", word_key(text).casefold())


def _unmarked(text: str) -> str:
    """``text`` with its Latin accents (the combining diacritics) dropped, as the
    indexes compare words ("Café" and "cafe" are one word)."""
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if not 0x300 <= ord(ch) <= 0x36F))


def _folded(text: str) -> str:
    """``text`` as the indexes compare it: keyed, case-folded, accents dropped."""
    return _unmarked(_cased(text))
