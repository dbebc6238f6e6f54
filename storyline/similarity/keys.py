"""Script-independent keys for names, numbers and words, computed once per article.

Why: a journalist matching two reports checks whether the same people, places
and figures occur in both, whatever the language.  Keying each name by its
transliteration (anyascii: "Путин" -> "putin", "पुतिन" -> "putin") makes names
comparable across scripts; a coarse *sound key* (consonant classes, vowels
dropped) also catches spellings that transliterate differently ("ट्रम्प" ->
"trmp" vs "Trump", "मॉस्को" -> "mosko" vs "Moscow").  Rare keys count more
than frequent ones through document frequencies learned with the model (see
:mod:`storyline.similarity.model`), so "President" weighs little and "Aurus"
a lot.

The name finder is deliberately small and language-free (capitalised tokens in
cased scripts; every token of length >= 3 in caseless scripts such as
Devanagari or Arabic, which then only count where the other text has the same
key).  It is kept behind :func:`name_keys` so that a better entity extractor
can be swapped in without touching the features.  (The rule-based extractor of
:mod:`storyline.analyse.entities` was tried in its place: same cross-validated
score, 0.815 vs 0.813, at ~15 ms per article instead of ~1 ms.)
"""
from __future__ import annotations

from collections import Counter
from typing import Callable, Collection

import regex
from anyascii import anyascii

from storyline.analyse.entity_text import ends_dateline

try:  # the project's name keys (Devanagari schwa deletion: "ट्रम्प" -> "tramp")
    from storyline.analyse.entity_keys import entity_key as _entity_key
except ImportError:  # pragma: no cover - plain transliteration still works
    _entity_key = None

_WORD = regex.compile(r"[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)?")
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
_NUMBER = regex.compile(r"\d+(?:[.,]\d+)*")
_THOUSANDS = regex.compile(r"^\d{1,3}(?:[.,]\d{3})+$")
_ALNUM = regex.compile(r"[^a-z0-9]+")

# Sound classes (Soundex-like, but full length): letters that transliterations
# swap for each other share a class; vowels and h/w/y separate nothing.
_SOUND = {c: k for k, letters in {
    "1": "bfpv", "2": "cgjkqsxz", "3": "dt", "4": "l", "5": "mn", "6": "r"}.items()
    for c in letters}


def ascii_key(word: str) -> str:
    """Lower-case ASCII transliteration with only letters and digits kept
    (:func:`storyline.analyse.entity_keys.entity_key` where available, so
    names key the same way here as in the entity stage)."""
    key = _entity_key(word) if _entity_key else anyascii(word)
    return _ALNUM.sub("", key.lower())


# Russian writes the aspirates of Korean, Thai and Indian names as "пх", "тх",
# "кх", which transliterate to "pkh", "tkh", "kkh" where English writes "p(h)",
# "t(h)", "k(h)": "Пхунсан" -> "pkhunsan", "Pungsan".
_ASPIRATE = regex.compile(r"([ptk])kh")


def sound_key(key: str) -> str:
    """Consonant-class skeleton of an ASCII key ("putin" -> "135"; an
    aspirate written "pkh", "tkh" or "kkh" counts as its first letter).

    Keys shorter than three classes are dropped (returned as "") because such
    short codes collide between unrelated words.
    """
    out: list[str] = []
    for ch in _ASPIRATE.sub(r"\1", key):
        code = _SOUND.get(ch)
        if code and (not out or out[-1] != code):
            out.append(code)
    return "".join(out) if len(out) >= 3 else ""


def _cased(word: str) -> bool:
    return word.lower() != word.upper()


# What may stand between a sentence's end (or a line break) and its first word.
_OPENING = "\"'“”‘’„«»‹›([{-–—•*·"
_SENTENCE_END = ".!?:;…"


def opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` is the first of a sentence or a line:
    only spaces, quotes, brackets or a bullet stand between it and the
    text's start, a line break, a sentence's final stop or a dateline's
    credit and dash."""
    i = start - 1
    while i >= 0 and (text[i].isspace() or text[i] in _OPENING):
        if text[i] == "\n":
            return True
        i -= 1
    # a wire dateline's credit and dash ("Bagdad/Washington (dpa) - Die …") ends where
    # the first sentence starts, as the names stage reads it (entity_text.ends_dateline)
    return i < 0 or text[i] in _SENTENCE_END or ends_dateline(text[i:start].strip())


def name_keys(text: str, openers: Collection[str] = ()) -> Counter[str]:
    """Count name-like keys in ``text`` (see module docstring for the rule).

    Cased scripts: a token counts when it starts with a capital letter (incl.
    acronyms); caseless scripts: every token whose key has >= 3 characters.
    CJK runs give no name keys (their transliteration does not match Latin
    spellings); they are compared through words and embeddings instead.
    ``openers``: lower-cased words (a language's frequent words) that are
    no name where they open a sentence written with one capital: there
    every word is capitalised, so "The", "Segundo" ("according to") or
    "Its" is the sentence's, not a name's (:func:`opens_sentence`).
    """
    keys: Counter[str] = Counter()
    for m in _WORD.finditer(text):
        w = m.group()
        if _CJK.search(w):
            continue
        if _cased(w) and not w[0].isupper():
            continue
        if openers and w[1:].islower() and w.lower() in openers and opens_sentence(text, m.start()):
            continue  # "The", not "US" (an acronym is a name wherever it stands)
        k = ascii_key(w)
        if len(k) >= 3:
            keys[k] += 1
    return keys


def sound_keys(names: Counter[str]) -> Counter[str]:
    """Sound keys of name keys, with the counts summed."""
    out: Counter[str] = Counter()
    for k, n in names.items():
        s = sound_key(k)
        if s:
            out["~" + s] += n
    return out


def number_keys(text: str) -> Counter[str]:
    """Normalised numbers of >= 2 digits ("1,000" and "1.000" -> "1000").

    Any script's digits are folded to ASCII first.  Single digits are left out:
    they are too common to tell stories apart.
    """
    out: Counter[str] = Counter()
    for m in _NUMBER.finditer(anyascii(text)):
        s = m.group()
        if _THOUSANDS.match(s):
            s = s.replace(",", "").replace(".", "")
        else:
            s = s.replace(",", ".")
        s = s.lstrip("0") or "0"
        if sum(c.isdigit() for c in s) >= 2:
            out[s] += 1
    return out


def word_keys(text: str, normalise: Callable[[str], str] | None = None) -> Counter[str]:
    """Bag of words for lexical overlap: ASCII keys of words (>= 3 characters)
    and character bigrams of CJK runs (which have no spaces between words);
    ``normalise`` maps each lower-cased word first (a stemmer, :func:`stem_keys`)."""
    out: Counter[str] = Counter()
    for m in _WORD.finditer(text):
        w = m.group()
        if _CJK.search(w):
            chars = _CJK.findall(w)
            out.update(a + b for a, b in zip(chars, chars[1:]))
            continue
        k = ascii_key(normalise(w.lower()) if normalise else w)
        if len(k) >= 3:
            out[k] += 1
    return out


# The stemmer of each language (ISO 639-1): Snowball's where it has one; Ukrainian, which Snowball
# lacks, by the project's light Ukrainian stemmer (storyline.analyse.ukrainian_stem: Russian Snowball
# keeps every ending written with і, ї or є, "греблі").  One table for every stage that stems a
# report's words: search's word forms (storyline.store.text_query), the names stage's common words
# (storyline.analyse.entity_common) and the stem keys below (h-names41: Ukrainian was read by Russian
# Snowball here while search and the lexicon's stem_langs read it by its own).
_STEMMERS = {
    "ar": "arabic", "ca": "catalan", "cs": "czech", "da": "danish", "de": "german",
    "el": "greek", "en": "english", "es": "spanish", "eu": "basque", "fi": "finnish",
    "fr": "french", "ga": "irish", "hi": "hindi", "hu": "hungarian", "hy": "armenian",
    "id": "indonesian", "it": "italian", "lt": "lithuanian", "ne": "nepali",
    "nl": "dutch", "no": "norwegian", "nb": "norwegian", "fa": "persian", "pl": "polish",
    "pt": "portuguese", "ro": "romanian", "ru": "russian", "sr": "serbian",
    "sv": "swedish", "ta": "tamil", "tr": "turkish", "uk": "ukrainian", "yi": "yiddish",
}


STEMMER_LANGS = tuple(_STEMMERS)  # the language codes that have a stemmer


def stemmer_for(lang: str) -> str | None:
    """The stemmer of a language code ("de-AT" -> "german", "uk" -> "ukrainian"), or None;
    :func:`storyline.analyse.entity_patterns.stem_word` runs it."""
    return _STEMMERS.get((lang or "").split("-")[0].lower())


def stem_keys(text: str, lang: str) -> Counter[str]:
    """Bag of word stems in the article's language, as ASCII keys.

    Why: German and Polish inflect nouns, adjectives and names ("Putina",
    "Putinem" are "Putin"; "Regierungen", "Regierung"), so two reports of one
    story share fewer surface words than two English ones.  Each word is
    lower-cased and reduced by the language's stemmer (:func:`stemmer_for`, via
    :func:`storyline.analyse.entity_patterns.stem_word`) before
    transliteration; languages without a stemmer keep the word, and CJK runs
    give character bigrams as in :func:`word_keys`.
    """
    from storyline.analyse.entity_patterns import stem_word

    algorithm = stemmer_for(lang)
    return word_keys(text, lambda w: stem_word(algorithm, w) if algorithm else w)


def gram_keys(words: Counter[str], n: int = 5) -> Counter[str]:
    """Character ``n``-grams inside word keys (words of >= ``n`` characters),
    prefixed "#" so they never collide with word keys.

    Why: a German compound shares most of its n-grams with its parts
    ("fluchtlingskrise" and "fluchtlinge": "fluch", "luchtl"...), and an
    inflected or cognate form shares those of its stem across languages
    ("prasident", "president": "siden", "ident"), where whole words differ.
    """
    out: Counter[str] = Counter()
    for w, c in words.items():
        if len(w) < n or not w.isascii():
            continue
        for i in range(len(w) - n + 1):
            out["#" + w[i:i + n]] += c
    return out
