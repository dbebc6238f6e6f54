"""Names written in Arabic and Hebrew letters, found by the consonants they share with a known name.

Why apart from :mod:`storyline.analyse.entity_keys`: Arabic and Hebrew are
abjads.  They write consonants and leave most vowels out, using alif/aleph,
waw/vav and ya/yod (and a final ha/he) for long vowels, and they have no
capitals, so neither the cased rules nor a transliteration key finds a name
there: anyascii gives "twny blyr" for "توني بلير", which no fuzzy threshold
equates with "tony blair".  What a rendering into an abjad keeps is the run
of consonant classes, word by word, as :func:`entity_sounds.sound_skeleton`
reads them for Korean and Chinese names across conventions: "Tony Blair",
"توني بلير" and "טוני בלייר" are all "TN PL"; "Margaret Beckett",
"مارغريت بيكيت" and "מרגרט בקט" "MLKLT PKT".

A skeleton is weak evidence on its own, so it is used only to find names a
report of the same event already wrote in another script
(:class:`~storyline.analyse.entity_known.KnownNames`), and only when the
name has :data:`MIN_CLASSES` consonant classes or more.
"""
from __future__ import annotations

import functools
import re

from storyline.analyse.entity_keys import entity_key, same_name

ABJAD_SCRIPTS = frozenset({"ARABIC", "HEBREW"})
# languages written in them: a report in one finds names only against names its
# event knows in another script, so the relink reads it again as its event grows
# (storyline.service_abjad)
ABJAD_LANGS = frozenset({"ar", "he", "fa", "ur", "yi"})
MIN_CLASSES = 4  # fewer ("PL" of Blair, "KPL" of "قبل", before) are met by chance

# Consonant classes (those of entity_sounds.sound_skeleton, but with h left out on
# both sides: a final ha/he marks a vowel, and Latin h is often silent, "John").
# Letters that write vowels or a glottal stop (alif, waw, ya, ayin, aleph, vav,
# yod) have no class: they may stand for a vowel or for nothing.
_ARABIC = {
    **dict.fromkeys("بپفڤ", "P"), **dict.fromkeys("تثدذضط", "T"), **dict.fromkeys("جزظچژ", "C"),
    **dict.fromkeys("خغقكگک", "K"), **dict.fromkeys("رل", "L"), "م": "M", "ن": "N", **dict.fromkeys("سشص", "S"),
}
_HEBREW = {
    **dict.fromkeys("בפף", "P"), **dict.fromkeys("דטת", "T"), **dict.fromkeys("זצץ", "C"),
    **dict.fromkeys("גקכך", "K"), **dict.fromkeys("לר", "L"), **dict.fromkeys("מם", "M"),
    **dict.fromkeys("נן", "N"), **dict.fromkeys("סש", "S"),
}
_GERESH = "'’׳"  # ג׳ (j), צ׳ (ch), ז׳ (zh): affricates
# one-letter proclitics ("and", "the", "in", "to", "from", "that", "as") and the Arabic article
_ARABIC_PREFIXES = ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك")
_HEBREW_PREFIXES = ("וה", "שה", "מה", "בה", "לה", "כה", "ו", "ה", "ב", "ל", "מ", "ש", "כ")

# Latin renderings of names, read as consonant classes (after entity_key: any
# script's name becomes lowercase ASCII first)
_LATIN = [(re.compile(p), r) for p, r in (
    (r"sch|sh", "s"), (r"ch|tch|dzh|dj|j|zh|z|ts|tz", "C"), (r"ph", "P"), (r"th|dh", "T"), (r"kh|gh|ck|qu|x", "K"),
    (r"c(?=[eiy])", "S"), (r"[cgkq]", "K"), (r"[bpfv]", "P"), (r"[td]", "T"),
    (r"[lr]", "L"), (r"n", "N"), (r"m", "M"), (r"s", "S"), (r"[a-z]", ""), (r"(.)\1+", r"\1"))]


def _collapse(classes: str) -> str:
    return re.sub(r"(.)\1+", r"\1", classes)


@functools.lru_cache(maxsize=1 << 15)
def latin_skeleton(name: str) -> str:
    """A name of any non-abjad script as consonant classes, word by word
    ("Margaret Beckett" -> "MLKLT PKT")."""
    out = []
    for word in entity_key(name).split():
        for pattern, repl in _LATIN:
            word = pattern.sub(repl, word)
        out.append(word)
    return " ".join(out)


def _word_classes(word: str) -> str:
    table = _HEBREW if any("\u0590" <= ch <= "\u05ff" for ch in word) else _ARABIC
    out = []
    for n, ch in enumerate(word):
        cls = table.get(ch)
        if cls and n + 1 < len(word) and word[n + 1] in _GERESH and ch in "גזצ":
            cls = "C"
        if cls:
            out.append(cls)
    return _collapse("".join(out))


@functools.lru_cache(maxsize=1 << 15)
def abjad_readings(word: str) -> tuple[str, ...]:
    """The consonant classes of an Arabic or Hebrew word, with and without a
    proclitic ("لتوني", "ובלייר", "البرادعي"): the word may carry one."""
    prefixes = _HEBREW_PREFIXES if any("\u0590" <= ch <= "\u05ff" for ch in word) else _ARABIC_PREFIXES
    out = [_word_classes(word)]
    for p in prefixes:
        if word.startswith(p) and len(word) - len(p) >= 2:
            out.append(_word_classes(word[len(p):]))
    return tuple(dict.fromkeys(out))


def enough(skeleton: str) -> bool:
    """A skeleton worth matching: :data:`MIN_CLASSES` consonant classes, each word one or more."""
    words = skeleton.split()
    return bool(words) and all(words) and sum(map(len, words)) >= MIN_CLASSES


# adjective and plural endings no name has ("البريطانية", British; "הבריטית", "איראניים")
_NOT_NAME_ENDINGS = ("ية", "يين", "يون", "يات", "ית", "יים", "יות")
_STOPLISTS = {"ARABIC": "Arabic", "HEBREW": "Hebrew"}


@functools.lru_cache(maxsize=4)
def _frequent_words(script: str) -> frozenset[str]:
    """The script's language's most frequent words, as jusText lists them (its
    stoplists are the frequent words of each language's Wikipedia; jusText
    comes with trafilatura): a window holding one is a phrase, not a name,
    though a phrase may sound like one ("وكذلك", also, is "catholic")."""
    import justext

    return frozenset(justext.get_stoplist(_STOPLISTS[script]))


def window_readings(words: list[str], script: str) -> list[str]:
    """Skeletons an abjad window of words may have: only its first word may
    carry a proclitic (the rest of a name is written bare).  None when a word
    is one of the language's frequent words or the last has an adjective's or
    plural's ending."""
    frequent = _frequent_words(script)
    if any(w in frequent for w in words) or words[-1].endswith(_NOT_NAME_ENDINGS):
        return []
    rest = [_word_classes(w) for w in words[1:]]
    return [" ".join([first, *rest]) for first in abjad_readings(words[0])]


def adjective_of(words: list[str], key: str, label: str) -> bool:
    """A window that is the adjective of a known place, not the place: its
    last word adds the nisba ending -ي/-י to a place name ending in a
    consonant ("باكستاني", Pakistani; "الدنماركي", Danish; "כפקיסטני", as a
    Pakistani), which the consonant classes do not see (ya and yod have none).
    A place whose name ends in a vowel ends so in the abjad too ("هايتي",
    Haiti; "تشيلي", Chile)."""
    return label == "PLACE" and words[-1].endswith(("ي", "י")) and key[-1:] not in "aeiouy"


def one_name(a: str, b: str) -> bool:
    """Two known keys of one skeleton that spell one name, so that the skeleton
    may stand for it: spelling variants (``same_name``: "vinokourov",
    "vinokurov") or one inflected by endings, word for word ("tom boonen",
    Czech "toma boonena"; "rob fulton", "robem fultonem").  Two names whose
    vowels differ otherwise ("dale grant", "dala granta", an inflection too,
    but also "dole grant") leave the skeleton to neither."""
    if same_name(a, b):
        return True
    wa, wb = a.split(), b.split()
    return len(wa) == len(wb) and all(x.startswith(y) or y.startswith(x) for x, y in zip(wa, wb))
