"""A Devanagari word read against the names its event knows in another script,
by the vowels Hindi writes for several of theirs.

Why: Hindi writes a foreign name as it is said, and some of its vowels stand
for more than one of the Latin or Cyrillic spelling: the inherent vowel for
any short one ("ऑरस" is Aurus: its -us is written with the bare स), the
candra o of English loans (ॉ, ऑ) for o, au or aw ("ऑस्ट्रेलिया",
Australia), the long a of older loans for a short o ("कांग्रेस", Congress).
The romanisation picks one reading ("oras", "kangres"), which keys two edits
from the other reports' "aurus", "congress", under what a typo may take, so
the Hindi report of Putin's gift named no Aurus where the others did.  Read
loosely, each such vowel may be any of its readings, the consonants as
written (after the spelling conventions :func:`~storyline.analyse.entity_keys.fold_conventions`
folds on both sides).

A party's short form of its words' first syllables ("भाजपा", bhā-ja-pā) is the
known Devanagari name it shortens (:func:`syllabic_acronym`), and, its syllables
read loosely, a known name of three to five words in another script whose words
they begin ("Bharatiya Janata Party", "Бхаратия джаната парти"): the Hindi
report of the coalition talks knew the BJP only from the English and Russian
reports.

Only names the event knows are matched (:class:`~storyline.analyse.entity_known.KnownNames`),
loosely only those of five letters or more: a short known name would meet common
words ("कम", less, reads as "Kim" so).
"""
from __future__ import annotations

import functools
import re

from storyline.analyse.entity_keys import _DEVA_WORD, _devanagari_word, entity_key, fold_conventions, spelling_key
from storyline.analyse.entity_keys import _in_devanagari as in_devanagari

# languages written in Devanagari: caseless, so a name of another script is found in their reports only as a
# name their event knows (read again at relink as the event grows: storyline.service_abjad)
DEVANAGARI_LANGS = frozenset({"hi", "mr", "ne"})

# the first syllable of a Devanagari word: an independent vowel, or a consonant (with nukta)
# and the consonants a virama joins to it, then its vowel sign ("रा" of "राष्ट्रीय", "प्र" of "प्रदेश")
_FIRST_SYLLABLE = re.compile("[\u0904-\u0914]|[\u0915-\u0939\u0958-\u095f]\u093c?"
                             "(?:\u094d[\u0915-\u0939\u0958-\u095f]\u093c?)*[\u093e-\u094c\u0962\u0963]?")
# a whole syllable: with the nasal or visarga that closes it ("सं" of "संघ"), which a short form leaves out
_SYLLABLE = re.compile(_FIRST_SYLLABLE.pattern + "[\u0901-\u0903]?")


def syllabic_acronym(name: str) -> str | None:
    """The short form Hindi writes for an organisation's name of three to five
    Devanagari words, its words' first syllables run together ("भारतीय जनता
    पार्टी" → "भाजपा", "राष्ट्रीय जनता दल" → "राजद", "जनता दल यूनाइटेड" →
    "जदयू"), or None.  Why: Hindi news names a party by this form far more
    often than by its full name, and it keys nowhere near it; only a name
    the event knows is shortened so (:class:`~storyline.analyse.entity_known.KnownNames`),
    and only names of three words or more, whose short forms are no common
    words (two words give "केस" of "केंद्र सरकार", "case")."""
    words = name.split()
    if not 3 <= len(words) <= 5:
        return None
    parts = [_FIRST_SYLLABLE.match(w) for w in words]
    return "".join(m.group(0) for m in parts) if all(parts) else None


# each mark of a loose reading (entity_keys._LOOSE_SIGNS) and the letters it may be in a known name's
# spelling key (where "w" is folded to "v" and "ou" to "u")
_READINGS = {"A": "[aeiou]", "O": "(?:au|av|u|o|a)", "Q": "(?:a|o)"}
MIN_LETTERS = 5  # a known name shorter than this is not matched loosely


@functools.lru_cache(maxsize=1 << 16)
def _marked(word: str) -> str:
    """``word``'s spelling with its ambiguous vowels marked (:data:`_READINGS`)."""
    return fold_conventions(_devanagari_word(word, loose=True, spelled=True))


@functools.lru_cache(maxsize=1 << 16)  # a compound's pieces are read against every known name
def _pattern(word: str, marked_only: bool) -> re.Pattern | None:
    marked = _marked(word)
    if marked_only and not any(ch in _READINGS for ch in marked):
        return None  # read as it is written, as the exact and fuzzy lookups already did
    return re.compile("".join(_READINGS.get(ch) or re.escape(ch) for ch in marked))


@functools.lru_cache(maxsize=1 << 14)
def loose_reading(span: str) -> re.Pattern | None:
    """The spelling keys ``span`` (Devanagari words) may be read as, a pattern; None
    where it is not wholly Devanagari or writes no ambiguous vowel."""
    words = span.split()
    if not words or not all(_DEVA_WORD.fullmatch(w) for w in words):
        return None
    patterns = [_pattern(w, marked_only=False) for w in words]
    if not any(_pattern(w, marked_only=True) for w in words):
        return None
    return re.compile(" ".join(p.pattern for p in patterns))


# what a reading cannot change: a spelling without the letters a mark may be read as, or the marks
_UNMARKED = str.maketrans("", "", "aeiouv" + "".join(_READINGS))


def skeleton(spelled: str) -> str:
    """``spelled`` (a spelling key, or a marked spelling) without vowels, "v" and marks: a
    pattern of :func:`_pattern` fullmatches only a key of its own skeleton, so the known
    names indexed by it (:func:`skeleton_index`) are the only ones a word can be read as."""
    return spelled.translate(_UNMARKED)


def skeleton_index(keys) -> dict[str, list[tuple[int, str]]]:
    """Positions in ``keys`` (spelling keys), with the key, by :func:`skeleton`.  Why: the names a text's
    second find looks for are its own, so reading each word against all of them grew
    with the square of the text's length (80 kB of Hindi reports: 25 s, 9 of 10 here)."""
    index: dict[str, list[tuple[int, str]]] = {}
    for n, key in enumerate(keys):
        index.setdefault(skeleton(key), []).append((n, key))
    return index


def _skeletons(piece: str) -> set[str]:
    """The skeletons of the keys ``piece`` spells (:func:`_spells`): as written, or read loosely."""
    return {skeleton(_spelling(piece)), skeleton(_marked(piece))}


@functools.lru_cache(maxsize=1 << 16)
def _spelling(piece: str) -> str:
    return spelling_key(piece)


def loose_hit(span: str, spelled: dict[str, str], index: dict | None = None) -> str | None:
    """The first known key (``spelled``: a known name's spelling key -> its key, for
    names written in another script) that ``span`` may be read as.  ``index``:
    :func:`skeleton_index` of ``spelled``'s keys, the only ones read against."""
    items = spelled.items()
    if index is not None:  # (before the pattern, whose compiling costs more than the rest)
        words = span.split()
        if not words or not all(_DEVA_WORD.fullmatch(w) for w in words):
            return None  # as loose_reading answers
        items = [(skey, spelled[skey]) for _n, skey in index.get(skeleton(" ".join(map(_marked, words))), ())]
        if not items:
            return None
    pattern = loose_reading(span)
    if pattern is None:
        return None
    return next((key for skey, key in items
                 if len(skey.replace(" ", "")) >= MIN_LETTERS and pattern.fullmatch(skey)), None)


def syllables(word: str, whole: bool = False) -> list[str] | None:
    """``word`` cut into its syllables (an independent vowel, or a consonant with those a
    virama joins to it and its vowel sign; ``whole``: and its closing nasal or visarga);
    None where something else is left."""
    out, k = [], 0
    while k < len(word):
        m = (_SYLLABLE if whole else _FIRST_SYLLABLE).match(word, k)
        if not m or not m.group(0):
            return None
        out.append(m.group(0))
        k = m.end()
    return out


def name_words(name: str) -> tuple[str, ...] | None:
    """The spelling keys of the words of a known organisation's name that a Hindi short
    form could shorten: three to five words, not in Devanagari (those have
    :func:`syllabic_acronym`)."""
    words = entity_key(name).split()
    if in_devanagari(name) or not 3 <= len(words) <= 5:
        return None
    return tuple(spelling_key(w) for w in words)


def joined_words(name: str, label: str) -> tuple[str, ...] | None:
    """The spelling keys of the words of a known organisation's or place's name of two or
    three words, which Hindi may write run together as one word (:func:`compound_name`).
    Not a person's: "राजकुमार" (a prince) is no "Raj Kumar"."""
    words = entity_key(name).split()
    return tuple(spelling_key(w) for w in words) if label in ("ORG", "PLACE") and 2 <= len(words) <= 3 else None


def compound_name(word: str, names: list[tuple[tuple[str, ...], str]],
                  index: dict | None = None) -> str | None:
    """The first known key of ``names`` (:func:`joined_words`, key) that ``word`` writes as
    one: its syllables cut into as many runs as the name has words, each run the word's
    spelling, as written or read loosely ("शिवसेना": "शिव" + "सेना", Shiv Sena; "उत्तरप्रदेश").
    Why: Hindi writes many a name of two words as one compound as often as apart, and a
    compound keys as neither ("shivsena" is no "shiv sena").  Only a known name's words,
    all of them in their order, and of five letters or more together.  ``index``:
    :func:`skeleton_index` of the names' first words; only a name whose first word has
    the skeleton of one of the word's opening pieces is read against it."""
    parts = syllables(word, whole=True) if names else None
    if not parts:
        return None
    if index is not None:
        firsts = set().union(*(_skeletons("".join(parts[:k])) for k in range(1, len(parts) + 1)))
        names = [names[n] for n in sorted({n for s in firsts for n, _w in index.get(s, ())})]
    for words, key in names:
        if len(parts) >= len(words) and len("".join(words)) >= MIN_LETTERS and _cut(parts, words):
            return key
    return None


def _cut(parts: list[str], words: tuple[str, ...]) -> bool:
    """``parts`` (syllables) cut into runs, one per word of ``words``, each spelling its word."""
    if len(words) == 1:
        return _spells("".join(parts), words[0])
    return any(_spells("".join(parts[:k]), words[0]) and _cut(parts[k:], words[1:])
               for k in range(1, len(parts) - len(words) + 2))


def _spells(piece: str, word: str) -> bool:
    return _spelling(piece) == word or bool(_pattern(piece, marked_only=False).fullmatch(word))


def shortened_name(word: str, names: list[tuple[tuple[str, ...], str]]) -> str | None:
    """The first known key of ``names`` (:func:`name_words`, key) whose words ``word``
    runs together the first syllables of, each read loosely ("भाजपा": bha-ja-pa of
    "bharatia ianata parti")."""
    parts = syllables(word) if names else None
    if not parts or not 3 <= len(parts) <= 5:
        return None
    starts = [_pattern(p, marked_only=False) for p in parts]
    return next((key for words, key in names if len(words) == len(parts)
                 and all(s.match(w) for s, w in zip(starts, words))), None)
