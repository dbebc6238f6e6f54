"""Sound skeletons of names: the consonant classes that survive every romanisation.

Why apart from :mod:`storyline.analyse.entity_keys`: a key compares letters, a
skeleton compares sounds where conventions share no letters ("Ким Чен Ын",
"Kim Jong Un"); only merging (``entity_merge``) and lookups (``entity_lookup``)
use it, as weak evidence that needs more beside it.
"""
from __future__ import annotations

import functools
import re

from storyline.analyse.entity_keys import entity_key

__all__ = ["MIN_SOUND_CLASSES", "sound_skeleton", "sound_readings", "sound_evidence"]

# --- sound skeletons -----------------------------------------------------------
# Languages render Korean and Chinese names by conventions of their own that
# share no letters a table could fold: English "Kim Jong Un", Russian "Ким Чен
# Ын" ("kim chen yn"); "Xi Jinping", "Си Цзиньпин" ("si tszinpin").  What
# survives every convention is the run of consonant *kinds*: vowels and glides
# are left out, and consonants a convention swaps for one another are one
# class (affricates ch/j/zh/ts/dz/z, velars k/g/q/c, labials p/b/f/v/w, l/r,
# h/kh, ng as n).  A skeleton alone is weak evidence ("Чен" and "Jin" agree);
# :mod:`storyline.analyse.entity_merge` asks for more before two names are one.
_SOUND = [(re.compile(p), r) for p, r in (
    (r"^x", "s"), (r"shch|sch|sh", "s"), (r"x", "ks"), (r"tsz|dzh|chzh|zh|ch|ts|tz|dz|j|z", "C"),
    (r"ng(?![aeiouy])", "n"), (r"kh|h", "H"), (r"gh|ck|k|g|q|c", "K"), (r"ph|bh|[pbfvw]", "P"), (r"th|dh|[td]", "T"),
    (r"[lr]", "L"), (r"n", "N"), (r"m", "M"), (r"s", "S"),
    (r"[a-z]", ""), (r"(.)\1+", r"\1"))]


MIN_SOUND_CLASSES = 3  # "KM CN N"; two ("S V" of "Xi", "PN V" of "Wang Yi") are met by chance


# Greek writes b, d, g and h of foreign names with digraphs and chi ("Μπλερ"
# Blair, "Σαντίρ" Sadeer, "Ρογκ" Rogge, "Μοχάμεντ" Mohammed): their sounds.
_GREEK_SOUNDS = [(re.compile(p), r) for p, r in (("μπ", "b"), ("ντ", "d"), ("γκ|γγ", "g"), ("χ", "kh"))]
# w after the first letter is most often a vowel glide ("Brown", "Jowell", "Flewitt")
_GLIDE_W = re.compile(r"(?<=.)w")


@functools.lru_cache(maxsize=1 << 15)
def sound_skeleton(name: str) -> str:
    """Each word of ``name``'s key as its consonant classes ("Ким Чен Ын" and
    "Kim Jong Un" -> "KM CN N"; a word of vowels alone is "V").

    Not :func:`storyline.similarity.keys.sound_key`, the one-word Soundex-like
    key the similarity model was trained on (s with the velars, "ng" two
    classes, no word boundaries): a whole name's skeleton, word by word, with
    the classes conventions of Korean and Chinese names swap."""
    text = (name or "").lower()
    if any("\u0370" <= ch <= "\u03ff" for ch in text):
        for pattern, repl in _GREEK_SOUNDS:
            text = pattern.sub(repl, text)
    out = []
    for word in entity_key(text).split():
        word = _GLIDE_W.sub("", word)
        for pattern, repl in _SOUND:
            word = pattern.sub(repl, word)
        out.append(word or "V")
    return " ".join(out)


def sound_readings(name: str) -> set[str]:
    """:func:`sound_evidence` of ``name`` in each way its letters may be read:
    Russian writes the h of Ukrainian and foreign names with г ("Голая
    Пристань", Hola Prystan; "Гамбург"), as it writes its own g ("Горбачёв"),
    so a Cyrillic г is read both ways."""
    readings = {sound_evidence(name)}
    if "г" in (low := (name or "").lower()):
        readings.add(sound_evidence(low.replace("г", "х")))
    return readings - {None}


def sound_evidence(name: str) -> str | None:
    """``name``'s sound skeleton when it is worth comparing: two words or
    more and :data:`MIN_SOUND_CLASSES` consonant classes; else None."""
    sound = sound_skeleton(name)
    words = sound.split()
    enough = len(words) >= 2 and sum(len(w) for w in words if w != "V") >= MIN_SOUND_CLASSES
    return sound if enough else None
