"""The key a word is indexed and searched under, once for both backends and the query.

Why: the full-text indexes fold case, and SQLite's ``remove_diacritics`` and
PostgreSQL's ``unaccent`` fold Latin accents, but the spelling variation of
other scripts reached the index as written, so a query typed the other way
found the reports by meaning alone:

- Devanagari: Hindi writes the nukta or leaves it out ("न्यूज़" / "न्यूज",
  "लग्ज़री" / "लग्जरी" in one seed report), and chandrabindu or anusvara
  ("चाँद" / "चांद"); zero-width joiners and non-joiners inside a word only
  shape its rendering, yet cut it in two tokens ("रक्‍षा" was "रक्" + "षा").
- Arabic: short vowels (harakat) and tatweel are optional; alef is written
  with or without its hamza, final yeh dotted or not, teh marbuta as heh.
- Hebrew: vowel points (niqqud) and cantillation are optional.
- Greek: SQLite kept the tonos ("Αθήνα" never matched "ΑΘΗΝΑ", which Greek
  capitals write without it) while PostgreSQL's ``unaccent`` dropped it; and
  lower case of "Σ" is "σ", never the final "ς".
- Cyrillic: "ё" is optional in Russian; ``unaccent`` folded it, SQLite not.

These are the light normalisations search engines make for those scripts
(Lucene's ``HindiNormalizer``, ``ArabicNormalizer`` after Larkey et al.,
``GreekLowerCaseFilter``), each a character to one character or to none, so
one table serves Python (``str.translate``: queries, and SQLite's index via a
function its triggers call) and PostgreSQL (``translate()`` in the generated
``tsvector``, a function :data:`PG_FUNCTION` creates).  A letter a script
keeps apart stays apart ("й" is no "и").

Changing :func:`_table` changes what stored indexes hold: bump
``WORD_KEY_VERSION`` and add a migration to each backend that re-creates the
function and re-indexes (SQLite migration 12 and PostgreSQL migration 5 are
the pattern).
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

WORD_KEY_VERSION = 1

_DELETE = [
    0x200C, 0x200D, 0x2060, 0x00AD, 0xFEFF,   # ZWNJ, ZWJ, word joiner, soft hyphen, BOM: inside a word
    0x093C,                                   # Devanagari nukta
    0x0640, 0x0670, *range(0x064B, 0x0653),   # Arabic tatweel, superscript alef, harakat (fathatan..sukun)
]
_SPACE = [0x200B]  # zero-width space: a word boundary a script without spaces writes


def _table() -> dict[int, str | None]:
    table: dict[int, str | None] = {cp: None for cp in _DELETE}
    table.update({cp: " " for cp in _SPACE})
    table.update({cp: None for cp in range(0x0591, 0x05C8) if unicodedata.category(chr(cp)) == "Mn"})  # Hebrew points
    for cp in [*range(0x0370, 0x0400), *range(0x1F00, 0x2000)]:  # Greek with accents, breathings, iota
        ch = chr(cp)
        base = unicodedata.normalize("NFD", ch)[0]
        if base != ch and unicodedata.category(ch).startswith("L") and "GREEK" in unicodedata.name(base, ""):
            table[cp] = base
    table[ord("ς")] = "σ"
    table[ord("ё")], table[ord("Ё")] = "е", "Е"
    for cp in (0x0929, 0x0931, 0x0934, *range(0x0958, 0x0960)):  # Devanagari letters with nukta
        table[cp] = unicodedata.normalize("NFD", chr(cp))[0]
    table[0x0901] = chr(0x0902)  # chandrabindu -> anusvara
    for cp in (0x0622, 0x0623, 0x0625, 0x0671):  # alef with madda, hamza above/below, wasla -> alef
        table[cp] = chr(0x0627)
    table[0x0649] = chr(0x064A)  # alef maksura -> yeh
    table[0x0629] = chr(0x0647)  # teh marbuta -> heh
    return table


@lru_cache(maxsize=1)
def _translation() -> dict[int, str | None]:
    return _table()


def word_key(text: str | None) -> str | None:
    """``text`` as the word indexes hold it: NFC, then each script's optional
    marks and variant letters folded (see the module docstring); case and
    Latin accents are left to the index, which folds them."""
    if text is None:
        return None
    return unicodedata.normalize("NFC", text).translate(_translation())


def folded_with_offsets(text: str) -> tuple[str, list[int]]:
    """``text`` keyed (:func:`word_key`'s folds) and case-folded, with the
    offset in ``text`` each of its characters comes from: where a query word
    is found in the folded text, it is found in the text (a search hit's
    snippet shows the word "लग्ज़री" found, written "लग्जरी")."""
    table = _translation()
    out: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        folded = ch.translate(table).casefold()
        out.append(folded)
        origin.extend([i] * len(folded))
    return "".join(out), origin


def _pg_literal(chars: str) -> str:
    return "E'" + "".join(f"\\u{ord(c):04X}" for c in chars) + "'"


def pg_function() -> str:
    """The PostgreSQL function equal to :func:`word_key` on NFC text (stored
    text is NFC: ``clean.normalise``), as SQL."""
    table = _table()
    mapped = [(cp, v) for cp, v in sorted(table.items()) if v is not None]
    deleted = [cp for cp, v in sorted(table.items()) if v is None]
    src = "".join(chr(cp) for cp, _ in mapped) + "".join(chr(cp) for cp in deleted)
    dst = "".join(v for _, v in mapped)
    return ("CREATE OR REPLACE FUNCTION storyline_word_key(t text) RETURNS text "
            "LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE "
            f"RETURN translate(t, {_pg_literal(src)}, {_pg_literal(dst)})")
