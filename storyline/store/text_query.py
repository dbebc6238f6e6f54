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
from typing import Iterable, Mapping, Sequence

import regex

from storyline.store.word_key import word_key

# a token is a run of letters, digits, private-use characters and marks (so a
# Devanagari word is not cut at every vowel sign), as the SQLite index tokenises
_TOKEN = regex.compile(r"[\p{L}\p{N}\p{Co}\p{M}]+")


@dataclass(frozen=True)
class Term:
    """One user word: its tokens (matched next to each other), whether the
    last one also matches as a prefix, and the word whose forms a match must
    hold (:func:`worded`; empty for a word of several tokens or under 3 letters);
    ``others``: the word's other spellings (:func:`query_terms`' ``spellings``),
    each a term: this one matches where it or any of them does (OR)."""

    tokens: tuple[str, ...]
    prefix: bool
    word: str = ""
    others: tuple["Term", ...] = ()


# a word of this many letters or more is found, in a report of a language Snowball has
# no stemmer for (Japanese, Hebrew, Vietnamese, Latvian…), by every word it begins
# without its last letter: the cheap stand-in for stemming every language had before
CUT_FROM = 6


def query_terms(text: str, langs: Iterable[str] | None = None,
                spellings: Mapping[str, Sequence[str]] | None = None) -> list[Term]:
    """User words -> terms; every term must match (AND).  ``spellings``: a
    typed word's other spellings (:mod:`storyline.search_letters`), which the
    word's term also matches as (:attr:`Term.others`).

    A word of 3+ characters is sent to the index as the beginning every one
    of its forms shares (:func:`_reach`) in the reports' languages ``langs``
    (None: every language with a stemmer), and :func:`worded` keeps the
    matches that hold a form of it.  Characters that are not part of a token
    (quotes, operators) are ignored.  Words are keyed as the index keys them
    (:func:`~storyline.store.word_key.word_key`: "न्यूज़" finds "न्यूज",
    "Αθηνα" finds "ΑΘΗΝΑ").
    """
    algorithms = _algorithms(None if langs is None else tuple(sorted(set(langs)))) | {ALSO}
    others_of = {word_key(w): others for w, others in (spellings or {}).items()}
    terms = []
    for word in word_key(text).split():
        tokens = tuple(_TOKEN.findall(word))
        if not tokens or not any(ch.isalnum() for ch in word):
            continue
        others = tuple(t for other in others_of.get(word, ()) for t in query_terms(other, langs)[:1])
        prefix = len(word) >= 3
        if not prefix:
            terms.append(Term(tokens, False, others=others))
            continue
        reach = tokens[:-1] + (_reach(tokens[-1], algorithms),)
        terms.append(Term(reach, True, tokens[0] if len(tokens) == 1 else "", others))
    return terms


def other_spellings(terms: list[Term]) -> dict[str, tuple[str, ...]]:
    """The checked words of ``terms`` (:func:`checked_words`) that have other
    spellings, each with theirs: :func:`worded`'s ``spellings``."""
    return {t.word: tuple(o.word for o in t.others if o.word) for t in terms if t.word and t.others}


def checked_words(terms: list[Term]) -> list[str]:
    """The words of ``terms`` whose matches :func:`worded` checks."""
    return [t.word for t in terms if t.word]


@functools.lru_cache(maxsize=256)
def _algorithms(langs: tuple[str, ...] | None) -> frozenset[str]:
    """The stemmers of ``langs`` (None: of every language that has one), as search
    reads word forms (:func:`~storyline.similarity.keys.stemmer_for`)."""
    from storyline.similarity.keys import STEMMER_LANGS, stemmer_for

    codes = STEMMER_LANGS if langs is None else langs
    return frozenset(a for a in map(stemmer_for, codes) if a)


# every report is also read by the English stemmer: English words are common in reports
# of other languages (titles, names, a Hindi report's "Election Result"), as the entity
# cues read them (storyline.analyse.entity_patterns.Lexicon)
ALSO = "english"


def _reach(token: str, algorithms: frozenset[str]) -> str:
    """The beginning of ``token`` (lower case) that every word the stemmers
    of ``algorithms`` give its stem begins with, as the index is asked for
    it: "gifted" -> "gift" ("gifts"), "denied" -> "den" ("deny": a stem whose
    last letter the stemmer rewrote, English y -> i, is cut before it); at
    least :data:`CUT_FROM`'s cut (the reach in a report of a language without
    a stemmer) and never under 3 characters.  A stemmer that does not strip
    the word (Serbian writes Cyrillic in Latin letters, Turkish adds a
    letter to a foreign word) sets no reach."""
    low = token.lower()
    plain = _unmarked(low)
    n = len(low) - 1 if len(low) >= CUT_FROM and low[-1].isalpha() else len(low)
    if len(plain) == len(low):
        for algorithm in algorithms:
            stem = _unmarked(_stem(algorithm, low))
            k = next((i for i, (a, b) in enumerate(zip(plain, stem)) if a != b), min(len(plain), len(stem)))
            if k >= len(stem) - 1:
                n = min(n, k - 1 if k == len(stem) and stem.endswith("i") else k)
    return low[:max(n, min(3, len(low)))]


def _stem(algorithm: str, word: str) -> str:
    from storyline.analyse.entity_patterns import stem_word

    return stem_word(algorithm, word)


# in a report of a language without a stemmer, a short word (under CUT_FROM letters)
# matches a word it begins only with at most this many letters more: an ending
# ("мир" -> "мирами"), not another word ("dam" -> "damaged")
SHORT_WORD_ENDING = 3

# languages that write compounds as one word ("Dammbrüchen", Finnish "padoissa",
# Turkish "barajlarından"), which no stemmer splits: in their reports a word the
# letters typed begin is a form of it, however long (:func:`_not_frequent_other`
# aside), as before the stemmers were used
LONG_FORMS = frozenset({"de", "nl", "sv", "da", "no", "nb", "nn", "is", "fi", "et", "hu", "tr"})

# English endings its stemmer keeps (Porter strips no agent's -er, no -est, no
# demonym's ending): in an English report a word goes on by one of them too:
# "singers", "safest", "taken", "gunner", "Koreans", "Iraqi", "Nepalese", "Turkish"
# (not "Dame" for "dam", "warn" for "war", "early" for "ear")
ENGLISH_ENDINGS = frozenset({"s", "es", "ed", "ing", "er", "ers", "est", "an", "ans", "ian", "ese", "i", "is",
                             "ish"})
ENGLISH_AFTER_E = frozenset({"d", "r", "rs", "st", "n"})  # "fired", "miner", "safest", "taken"
ENGLISH_AFTER_VOWEL = frozenset({"n", "ns"})  # "Korean", "Cubans"
ENGLISH_DOUBLED = frozenset({"ed", "er"})  # after the last consonant doubled: "dammed", "gunner"


def read_in_languages(words: list[str]) -> list[str]:
    """The words of ``words`` (:func:`checked_words`) whose forms are read
    only in the languages whose reports write them as typed
    (:func:`worded`'s ``written``): the short ones, under :data:`CUT_FROM` letters."""
    return [w for w in words if len(_cased(w)) < CUT_FROM]


def worded(text: str, words: list[str], lang: str | None = None,
           written: dict[str, frozenset[str]] | None = None, parts: bool = True,
           spellings: Mapping[str, Sequence[str]] | None = None) -> bool:
    """Every word of ``words``, or one of its other ``spellings``
    (:func:`other_spellings`), has a form (:func:`_form_of`) among the words of
    ``text`` (keyed as the index keys them), a report written in ``lang``;
    ``written``: for a word of :func:`read_in_languages`, the languages
    (codes) of the stored reports that write it as typed.

    Why: the index is asked for a beginning (:func:`_reach`), the one thing
    both backends' indexes share, and a beginning begins many words that are
    no form of the word ("dam" -> "damaged", "gift" -> "giftware"); neither
    index can tell, so the matches are checked on their text, in Python, the
    same on every backend.  ``parts``: a word may also be found as a part of
    a compound (:func:`_part_form`); False: only whole (the matches ranked first)."""
    written, spellings = written or {}, spellings or {}
    words_in = {(_unmarked(w), w) for w in _TOKEN.findall(_cased(text))}
    lang = lang or ""

    def has(q: str) -> bool:
        t = (_unmarked(_cased(q)), _cased(q))
        return (any(_form_of(w, t, lang, written.get(q, frozenset())) for w in words_in)
                or (parts and any(_part_form(w, t, lang) for w in words_in)))

    return all(any(map(has, (q, *spellings.get(q, ())))) for q in words)


# a typed word of this many letters or more finds a compound whose part it begins
# ("Zins": "Leitzinsen"); a shorter one only as its last letter doubled, the
# spelling a short word takes in German (text_query._foreign_form: "dam":
# "Staudamm", "Staudamms"), and no other part: "eis" would find "Hinweis" and
# "Beweis", "zug" "Anzug", "rat" "Demokraten" (the demo's German reports)
PART_MIN = 4


def _part_form(word: tuple[str, str], typed: tuple[str, str], lang: str) -> bool:
    """In a report of a compounding language (:data:`~storyline.store.word_parts.COMPOUNDING`),
    is ``word`` a compound one of whose parts, after its first
    :data:`~storyline.store.word_parts.MODIFIER_MIN` letters or more, is
    ``typed`` as typed (its letters, marks kept: no "ä" for "a"), going on
    into the rest of the compound (a short word: :data:`PART_MIN`)?
    "Trinkwasserversorgung" of "Wasser", "Getreideabkommen" of "Abkommen",
    "Staudamm" of "dam".  No stemming: a stem shared across languages finds
    too much inside a word ("Sicherheitsrats" of English "rates", German
    stemming both "rat")."""
    from storyline.store.word_parts import MODIFIER_MIN, compounding

    (folded, cased), (t_folded, t_cased) = word, typed
    if not compounding(lang) or len(cased) < MODIFIER_MIN + len(t_cased):
        return False
    _, endings = _frequent(lang)
    short = len(t_cased) < PART_MIN
    spelling = t_cased + t_cased[-1] if short else t_cased
    at = cased.find(spelling, MODIFIER_MIN)
    while at >= 0:
        rest = cased[at + len(spelling):]
        if not short or not rest or (len(rest) == 1 and rest in endings):
            return True
        at = cased.find(spelling, at + 1)
    return False
    same = len(folded) == len(cased)  # the cased form cut where the folded one is
    start = folded.find(t_folded[:3], MODIFIER_MIN)
    while start >= 0:
        part = (folded[start:], cased[start:] if same else folded[start:])
        if _form_of(part, typed, lang, written):
            return True
        start = folded.find(t_folded[:3], start + 1)
    return False


def _form_of(word: tuple[str, str], typed: tuple[str, str], lang: str,
             written: frozenset[str] = frozenset()) -> bool:
    """Is ``word`` of a report in ``lang`` a form of the word ``typed`` (each
    as (folded, case-folded with its marks))?  Itself; or a word of the same
    stem by the Snowball stemmer of ``lang`` or of English (:data:`ALSO`):
    "gifts" of "gifted", "Staaten" of "Staat", Russian "Газа" of "газ", a
    Hindi report's "Result" of "results", French "olympique" of "olympic"
    (:func:`_cognate`); not "pleaded" of "plea" (a form of
    "plead"), "damaged" of "dam", German "damit"; in an English report also
    a word it begins by an English ending (:func:`_english_form`: "singers",
    "Koreans"); in a language of :data:`LONG_FORMS` a compound
    (:func:`_compound_form`); in a language without a stemmer,
    :func:`_unstemmed_form`.  A very short or frequent word that the stored
    reports of other languages write (``written``, the languages that write
    it as typed) but none of ``lang`` is read as theirs: :func:`_foreign_form`."""
    (folded, cased), (t_folded, t_cased) = word, typed
    if folded == t_folded:
        return True
    if folded[:3] != t_folded[:3]:
        return False
    lang = lang.split("-")[0].lower()
    if written and lang not in written and _of_its_languages(t_folded, written):
        return _foreign_form(word, typed, lang, written)
    if lang in LONG_FORMS and _compound_form(word, typed, lang):
        return True
    if lang == "en" and folded.startswith(t_folded) and _english_form(folded[len(t_folded):], t_folded):
        return True
    own = _algorithms((lang,)) if lang else frozenset()
    if any(_unmarked(_stem(a, cased)) == _unmarked(_stem(a, t_cased)) for a in own | {ALSO}):
        return True
    return _cognate(cased, t_cased, own) or (not own and _unstemmed_form(word, typed, lang))


# a stem shared across two languages' stemmers is a cognate's from this many letters: the
# shortest beginning the old cut found a word of another language by (CUT_FROM's word less
# its last letter); shorter ones are look-alikes ("land": German "Länder" of "landing")
COGNATE_STEM = CUT_FROM - 1


def _cognate(cased: str, t_cased: str, own: frozenset[str]) -> bool:
    """Is the report's word, stemmed by its language's stemmer (``own``),
    the typed word's English stem (:data:`ALSO`), of :data:`COGNATE_STEM`
    letters or more?  A cognate that takes its own language's ending:
    French "olympique" ("olymp" in French) of "olympic" ("olymp" in
    English), Spanish "ceremonia" of "ceremony", which neither stemmer gives
    both words alike."""
    stem = _unmarked(_stem(ALSO, t_cased))
    return len(stem) >= COGNATE_STEM and any(_unmarked(_stem(a, cased)) == stem for a in own - {ALSO})


def _compound_form(word: tuple[str, str], typed: tuple[str, str], lang: str) -> bool:
    """In a language that writes compounds as one word (:data:`LONG_FORMS`),
    which no stemmer splits, is ``word`` one that ``typed`` begins: as typed
    ("Dammbrüchen" of "dam"; not "dämpfte", whose "ä" is another letter than
    "a" in German, though the indexes fold it), a frequent word only by an
    ending its frequent words take (:func:`_not_frequent_other`); and a
    typed word of :data:`CUT_FROM` letters or more also without its last
    letter, as the indexes fold it (the cut of :func:`_unstemmed_form`):
    "Olympiastadion" of "olympic" (a modifier keeps no English ending),
    "empfangen" of "empfängt" (a strong verb's vowel change, which German
    Snowball leaves: "empfangt" / "empfang")."""
    (folded, cased), (t_folded, t_cased) = word, typed
    if len(t_cased) >= CUT_FROM and t_cased[-1].isalpha() and folded.startswith(t_folded[:-1]):
        return True
    return cased.startswith(t_cased) and _not_frequent_other(folded, t_folded, lang)


# a word under this many letters is read only in the languages that write it: one letter
# on makes another word of another language ("dam" -> Spanish and German "Dame", "par" ->
# "para"), the length below which entity_lookup.typo_budget allows no typo of a name (Kim/Kin)
FOREIGN_BELOW = 4


@functools.lru_cache(maxsize=1024)
def _of_its_languages(t_folded: str, written: frozenset[str]) -> bool:
    """Is a typed word that the reports of ``written`` write as typed read only
    as their word (:func:`_foreign_form`)?  When it is under
    :data:`FOREIGN_BELOW` letters (its longest stem by its languages'
    stemmers and English's, :data:`ALSO`: "dams" is "dam"; Spanish "euros"
    is "eur", in English "euro"), or a frequent word of one of them
    (:func:`_frequent`: German "noch" is no form of Spanish "noche", English
    "under" none of German "und"): such words have no cognates, only
    look-alikes.  A longer word keeps its forms in every language: "euros"
    (Spanish, French) finds English "euro", "bank" German "Banken"."""
    stems = [_stem(a, t_folded) for a in _algorithms(tuple(sorted(written))) | {ALSO}]
    return max(map(len, stems)) < FOREIGN_BELOW or any(t_folded in _frequent(lang)[0] for lang in written)


def _foreign_form(word: tuple[str, str], typed: tuple[str, str], lang: str, written: frozenset[str]) -> bool:
    """A word of :func:`_of_its_languages` that the stored reports of the
    languages ``written`` write as typed, and none of ``lang``'s: is ``word``
    a form of it there?  Read as a word of those languages, not of
    ``lang``: by English's stem where English writes it (a report's English
    words, :data:`ALSO`); else only a spelling of it with a letter doubled (the doubling the name keys
    fold, :func:`~storyline.analyse.entity_keys.spelling_key`), alone or,
    in :data:`LONG_FORMS`, opening a compound: German "Damm", "Dammbrüchen"
    of English "dam", not "Dame" (Spanish and German stem it "dam"), "Damen",
    "Dampfer".  Why: a very short or frequent word of one language begins, or
    stems like, many unrelated words of another; the store's own reports
    tell which languages write it."""
    (folded, cased), (t_folded, t_cased) = word, typed
    if "en" in written and _unmarked(_stem(ALSO, cased)) == _unmarked(_stem(ALSO, t_cased)):
        return True
    doubled = t_cased + t_cased[-1]  # as typed: "lässt" is no "lass" of "las" in German
    return cased == doubled or (lang in LONG_FORMS and cased.startswith(doubled))


def _unstemmed_form(word: tuple[str, str], typed: tuple[str, str], lang: str) -> bool:
    """The fallback of a language without a stemmer: a word of :data:`CUT_FROM`
    letters or more finds every word it begins without its last letter; a
    shorter one those it begins by at most :data:`SHORT_WORD_ENDING` letters
    more, and a frequent word of ``lang`` (:func:`_frequent`) only by an
    ending its frequent words take."""
    (folded, _), (t_folded, t_cased) = word, typed
    if len(t_cased) >= CUT_FROM and t_cased[-1].isalpha():
        return folded.startswith(t_folded[:-1])
    if not folded.startswith(t_folded) or len(folded) - len(t_folded) > SHORT_WORD_ENDING:
        return False
    return _not_frequent_other(folded, t_folded, lang)


def _not_frequent_other(folded: str, t_folded: str, lang: str) -> bool:
    """``folded``, which begins with ``t_folded``, is no frequent word of
    ``lang`` (:func:`_frequent`) that another word begins, unless it goes on
    by an ending its frequent words take: German "damit", "damals" are no
    forms of "dam" (and are in nearly every German report), "Staaten" is one
    of "Staat"."""
    frequent, endings = _frequent(lang)
    return folded not in frequent or t_folded in frequent or folded[len(t_folded):] in endings


def _english_form(rest: str, word: str) -> bool:
    """Is ``rest``, what an English word adds to ``word``, one of English's
    endings (:data:`ENGLISH_ENDINGS`)?"""
    last = word[-1:]
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
