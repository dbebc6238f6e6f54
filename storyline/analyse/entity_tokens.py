"""Words of a text as the entity rules see them: tokens with their script and case.

Why apart from the lexicon (:mod:`storyline.analyse.entity_patterns`): the
tokenizer is the one place that decides what a word is (CJK characters one
each, "U.S." one word, elided articles split off), and everything that reads
names -- patterns, caseless scripts, German nouns, known names -- goes
through it.
"""
from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass, replace

import regex
import snowballstemmer

from storyline.analyse.ukrainian_stem import UKRAINIAN, ukrainian_stem

_CJK = r"\p{Han}\p{Hiragana}\p{Katakana}"
TOKEN_RE = regex.compile(
    rf"[{_CJK}]|(?:\p{{Lu}}\.){{2,}}|[\p{{L}}\p{{N}}](?:(?![{_CJK}])[\p{{L}}\p{{M}}\p{{N}}])*(?:['’][\p{{L}}\p{{M}}]+)*"
)
CASED_SCRIPTS = {"LATIN", "CYRILLIC", "GREEK", "ARMENIAN"}
_APOSTROPHE_ENDING = regex.compile(r"(?<=\w)['’]\p{Ll}{1,5}$")


@dataclass(frozen=True, slots=True)
class Token:
    """A word of the text with the facts the rules need about it."""

    text: str
    start: int
    end: int
    script: str  # first word of the Unicode name of its first letter: LATIN, DEVANAGARI, CJK...
    cap: bool  # begins with a capital, or has an inner one (iPhone)
    allcaps: bool

    @property
    def cased(self) -> bool:
        return self.script in CASED_SCRIPTS

    @property
    def num(self) -> bool:
        return self.text[0].isdigit()

    @property
    def low(self) -> str:
        return self.text.casefold()

    @property
    def bare(self) -> str:
        """The word without a possessive or case ending after an apostrophe
        ("Russia's" -> "Russia", Turkish "Çin'de" -> "Çin")."""
        m = _APOSTROPHE_ENDING.search(self.text)
        return self.text[:m.start()] if m and (self.cap or m.group(0)[1:] == "s") else self.text


def without_possessive(word: str) -> str:
    """``word`` as :attr:`Token.bare` reads it, for a word typed outside a
    text (a search query: "Putin's", "Kim’s"), so that it names what the
    same word names in a report."""
    return _token(word, 0).bare if word else word


@functools.lru_cache(maxsize=4096)
def script_of(ch: str) -> str:
    try:
        return unicodedata.name(ch).split()[0]
    except ValueError:
        return "UNKNOWN"


# before a capital ("l'Élysée", "dell'Ucraina"), or a one- or two-letter article before a
# lower-case word of three letters or more ("l'ouragan Katrina": the noun the name follows;
# "D'autres": the word is "autres" wherever it stands; not "it's", "we're")
_ELISION = regex.compile(r"(\p{Ll}{1,5}['’])(?=\p{Lu})|(\p{L}\p{Ll}?['’])(?=\p{Ll}{3})")
# "L'" capitalised only by its place: at the start of the text, a sentence or a quote
_OPENING_ELISION = regex.compile(r"(L['’])(?=\p{L})")  # "L'institution de Francfort": the noun is no name
_OPENERS = set(".!?:;«»\"“”„‹›(—–")


def _token(word: str, start: int) -> Token:
    letters = [c for c in word if c.isalpha()]
    cap = bool(letters) and (word[0].isupper() or (len(word) > 1 and word[1].isupper()))  # iPhone, eBay
    allcaps = len(letters) >= 2 and all(c.isupper() for c in letters)
    return Token(word, start, start + len(word), script_of(word[0]), cap, allcaps)


def tokenize(text: str) -> list[Token]:
    """Words of ``text``; CJK characters are one token each (those scripts have no spaces).

    Elided articles are split off ("l'Élysée" -> "l'", "Élysée"; "d'Ivoire"), and
    so is a capital "L'" that opens a sentence or a quote.
    """
    out = []
    for m in TOKEN_RE.finditer(text):
        word, start = m.group(0), m.start()
        el = _ELISION.match(word) or (_OPENING_ELISION.match(word) if _opens(text, start) else None)
        if el:
            out.append(replace(_token(el.group(0), start), cap=False))  # an article, never a name's word
            word, start = word[el.end():], start + el.end()
        out.append(_token(word, start))
    return out


def _opens(text: str, start: int) -> bool:
    """Nothing but an opening (text start, sentence end, quote, dash) before ``start``:
    a capital "L'" there is the article ("« L'Hymne à l'amour »"); in mid-sentence
    it is part of the name ("de L'Oréal", "à L'Aquila")."""
    before = text[:start].rstrip()
    return not before or before[-1] in _OPENERS or "\n" in text[len(before):start]  # a new line, a paragraph


def phrase_tokens(phrase: str) -> tuple[str, ...]:
    return tuple(t.low for t in tokenize(phrase))


def _fold(word: str) -> str:
    """Casefolded, without accents: "Íránská" -> "iranska", "Αϊτινός" -> "αιτινος"."""
    return "".join(c for c in unicodedata.normalize("NFD", word.casefold()) if not unicodedata.combining(c))


@functools.lru_cache(maxsize=32)
def _stemmer(algorithm: str):
    return snowballstemmer.stemmer(algorithm)


@functools.lru_cache(maxsize=1 << 16)  # the same words recur across windows and articles
def stem_word(algorithm: str, word: str) -> str:
    """``word`` stemmed by Snowball ``algorithm`` (the maintained stemmer family
    the lexicon, gazetteer and search index compare inflected words by), or by
    the light Ukrainian stemmer for "ukrainian", which Snowball lacks
    (:mod:`storyline.analyse.ukrainian_stem`; every stage that stems Ukrainian
    reads it so, :func:`storyline.similarity.keys.stemmer_for`)."""
    if algorithm == UKRAINIAN:
        return ukrainian_stem(word)
    return _stemmer(algorithm).stemWord(word)
