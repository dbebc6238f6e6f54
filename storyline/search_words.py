"""The words of a search query, where its script writes no spaces, and
whether its words other than names can be checked against any report.

Why: search reads a query's names word by word (:func:`storyline.search_names.query_names`),
and a query's words are what its spaces separate.  Chinese and Japanese
write a phrase without spaces, so "摩洛哥地震" (Morocco earthquake) was one
word that named nothing, though "摩洛哥" alone found the stored country in
every script of the store ("countries in any language").  A run of such a
script is therefore split at the stored names written in it, longest first,
left to right; what lies between them stays one word.  A single character
is never read as a name on its own: one Han character is a syllable of many
names and a word of its own ("中" is "middle").

And why :func:`unworded`: the full-text index needs each word as some report
writes it, so a query's other words ("地震", earthquake) can choose the
happening only where some stored report is written in their script.  When
all of them are in a script none of the store's languages is written in,
the query's names are all the lexical evidence it has, and meaning ranks
among their events (:func:`storyline.search_names.named_matches`).  A word
in a stored language's script that no report writes is evidence the other
way: "Transfergerüchte Bundesliga Sommerpause" on Wikinews dev (English,
Portuguese, German reports) names the stored Bundesliga, but the store
could have written its other words and does not, so the off-topic test's
verdict stands (reading it as unwritten answered that query about nothing
stored: off-topic tune queries with no results 0.806 -> 0.778).
"""
from __future__ import annotations

from storyline.analyse.entity_tokens import script_of
from storyline.analyse.where import country_of
from storyline.language_codes import foreign_to, written_in
from storyline.store.base import Store

# scripts written without spaces between words (Unicode name prefixes, as script_of reads them)
UNSPACED = frozenset({"CJK", "HIRAGANA", "KATAKANA", "THAI", "LAO", "KHMER", "MYANMAR", "TIBETAN"})
LONGEST_NAME = 12  # characters of an unspaced run tried as one name ("朝鲜民主主义人民共和国" is 11)


def unspaced(word: str) -> bool:
    """Is ``word`` written (in part) in a script without spaces between words?"""
    return any(script_of(ch) in UNSPACED for ch in word if ch.isalpha())


def query_words(query: str, spells_name) -> list[str]:
    """``query``'s words: what its spaces separate, and each run of an
    unspaced script that names nothing as a whole split at the names
    written in it (``spells_name(piece)``: does ``piece`` spell a stored
    entity, as :func:`storyline.search_names.query_names` reads one word)."""
    out: list[str] = []
    for word in query.split():
        if not unspaced(word) or spells_name(word):
            out.append(word)
            continue
        out.extend(_split(word, spells_name))
    return out


def _split(run: str, spells_name) -> list[str]:
    pieces: list[str] = []
    between = ""
    i = 0
    while i < len(run):
        for j in range(min(len(run), i + LONGEST_NAME), i + 1, -1):  # two characters at least
            if spells_name(run[i:j]):
                if between:
                    pieces.append(between)
                pieces.append(run[i:j])
                between, i = "", j
                break
        else:
            between += run[i]
            i += 1
    if between:
        pieces.append(between)
    return pieces


def unspaced_place(word: str) -> bool:
    """Is ``word`` (in a script written without spaces) a place the where
    index knows (:func:`storyline.analyse.where.country_of`), stored as a
    name or not?  A query's unspaced run is split at these too, so that the
    trip it states can be read (:func:`storyline.search_trips.query_trip`):
    "普京抵达平壤" (Putin arrives in Pyongyang) names no stored name where no
    report writes "平壤", and read as one word it stated no trip."""
    return unspaced(word) and country_of(word) is not None


def unworded(store: Store, words: list[str], langs=None) -> bool:
    """Is every word of ``words`` (a query's words other than its names)
    written in a script none of the store's languages (or of ``langs``, the
    languages of the reports in question) is written in
    (:func:`storyline.language_codes.written_in`), or in a language whose
    alphabet lacks a letter one of them writes (:func:`storyline.language_codes.foreign_to`:
    "повінь у" is Ukrainian, which no Russian report writes)?  ``False`` for no words."""
    langs = list(store.language_vector_sums()) if langs is None else list(langs)
    # a query is in one language: one word with a letter a language lacks ("повінь")
    # says none of them is that language's, "у" (in) beside it too
    langs = [lang for lang in langs if not any(foreign_to(w, lang) for w in words)]
    return bool(words) and not any(written_in(w, lang) for w in words for lang in langs)
