"""Common words of a language, by how often its text writes them: the first
word of "Money markets now price one or two further cuts" is capitalised by
its position, and nothing in its report says so (the report writes "money"
nowhere else, in no case).  The language itself says so: "money" is among the
most frequent words of English (rank 266), where a name that opens a
sentence as often ("Putin said", "Apple recalls", "Kyiv denied") is not
among the most frequent (42,618; 2,752; unlisted).

The frequencies are pyspellchecker's word lists (MIT; English, German,
Spanish, French, Italian, Portuguese, Russian, Dutch, Latvian, Basque, and
Arabic and Persian, which write no capitals); jusText's stoplists
(:func:`storyline.analyse.where_subdivisions.frequent_words`) hold function
words only, no "money".  A language with no list drops nothing here.
"""
from __future__ import annotations

import functools
import gzip
import json
from importlib import resources

from storyline.analyse.entity_text import TextFacts

__all__ = ["COMMON_TOP", "common_words", "position_word"]

# How many of a language's most frequent words count as common: "money" 266,
# "police" 402, "argent" 850, "деньги" 332 are in; "Apple" 2,752, "Shell"
# 3,454, "Turkey" 4,126, "Trump" 11,447 are out (docs/benchmarks.md, h-names22).
COMMON_TOP = 1000


@functools.lru_cache(maxsize=None)
def common_words(lang: str, top: int = COMMON_TOP) -> frozenset[str]:
    """The ``top`` most frequent words of ``lang`` (ISO 639-1), lower case;
    empty where pyspellchecker has no list for it."""
    try:
        path = resources.files("spellchecker") / "resources" / f"{lang}.json.gz"
        with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
            counts: dict[str, int] = json.load(fh)
    except (FileNotFoundError, OSError):  # no list for this language (a missing package raises: it is declared)
        return frozenset()
    return frozenset(sorted(counts, key=lambda w: (-counts[w], w))[:top])


def position_word(tx: TextFacts, k: int, top: int = COMMON_TOP) -> bool:
    """Token k opens a sentence, is one of its language's ``top`` common words
    and goes on, after one space, into a lower-case word of its phrase ("Money
    markets", "Quelques heures", "Тем временем"): its capital is its
    position's.  Not a word the text also capitalises mid-sentence ("Theresa
    May … May said"), nor one before punctuation ("Money, …")."""
    toks, lex, lang = tx.toks, tx.lex, tx.lang
    if not tx.initial[k] or tx.headline[k] or k + 1 >= len(toks) or tx.gap(k + 1) != " ":
        return False
    nxt, low = toks[k + 1], toks[k].bare.casefold()
    if not nxt.cased or nxt.cap or nxt.bare != nxt.text:
        return False
    if low in tx.midcap_vocab or lex.norm(low, lang) in tx.midcap_stems:
        return False
    return low in common_words(lang, top)
