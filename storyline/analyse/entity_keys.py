"""Script-independent keys for names, and fuzzy comparison of those keys.

Why: the same person is written "Putin", "Путин" and "पुतिन" in the articles of
one event.  Grouping and fact-checking need one comparable form, so every name
is reduced to a lowercase ASCII *key* with anyascii (the maintained library for
"any script to ASCII").  anyascii transliterates letter by letter, which is
right for alphabets (Cyrillic, Greek) but not for abugidas: Devanagari writes
the inherent vowel "a" implicitly and the nasal sign anusvara stands for
whatever nasal suits the next consonant.  So Devanagari runs get a small
phonological layer (inherent-vowel insertion with Hindi schwa deletion, and
homorganic nasals) before anyascii handles everything else.

Known limits (documented, not faked): transliteration cannot recover a name
that a language *translates* or renders by a different convention, e.g. Russian
writes Kim Jong Un "Ким Чен Ын" -> "kim chen yn", which no fuzzy threshold
should equate with "kim jong un"; Chinese characters give pinyin ("pujing" for
Putin).  Such aliases come from elsewhere: :func:`~storyline.analyse.entity_sounds.sound_skeleton`
(consonant classes, in :mod:`storyline.analyse.entity_sounds`) is what such renderings share, and ``entity_merge.merge_across_scripts``
merges on it only with the evidence of one story's reports.
"""
from __future__ import annotations

import functools
import re
import unicodedata

from anyascii import anyascii
from rapidfuzz import fuzz

from storyline.analyse.sentences import DEVANAGARI_LETTER_NAMES

__all__ = ["entity_key", "keys_match", "same_name", "key_tokens", "devanagari_to_latin", "spelling_key", "spells_out",
           "without_initials"]

# --- Devanagari ------------------------------------------------------------
_VIRAMA, _NUKTA, _ANUSVARA, _CANDRABINDU, _VISARGA = "\u094d", "\u093c", "\u0902", "\u0901", "\u0903"
# Letters whose anyascii rendering differs from common Hindi romanisation of names.
_CONS_FIX = {"श": "sh", "ष": "sh", "च": "ch", "छ": "chh", "फ": "f", "ऋ": "ri", "ृ": "ri"}
# A nukta turns native letters into the Perso-Arabic / English sounds of loanwords.
_NUKTA_FIX = {"क": "q", "ख": "kh", "ग": "g", "ज": "z", "ड": "r", "ढ": "rh", "फ": "f", "य": "y"}
_LABIALS = set("पफबभमव")
# A final inherent vowel is pronounced after a conjunct ending in these (mitra, narendra, rajya).
_KEEP_FINAL_AFTER_CLUSTER = set("रयव")


def _is_consonant(ch: str) -> bool:
    cp = ord(ch)
    return 0x0915 <= cp <= 0x0939 or 0x0958 <= cp <= 0x095F or 0x0978 <= cp <= 0x097F


def _is_matra(ch: str) -> bool:
    cp = ord(ch)
    return (0x093A <= cp <= 0x094C and cp not in (0x093C, 0x093D)) or cp in (0x094E, 0x094F) \
        or 0x0955 <= cp <= 0x0957 or cp in (0x0962, 0x0963)


# With ``loose``, the vowels Hindi writes for several of another script's are marked (upper
# case): "A" a pronounced inherent vowel, "O" the candra o of English loans (ॉ, ऑ: o, au, aw),
# "Q" the long a (ा, आ; older loans write an English short o so: "कांग्रेस", Congress).
_LOOSE_SIGNS = {"\u0949": "O", "\u0911": "O", "\u093e": "Q", "\u0906": "Q"}


@functools.lru_cache(maxsize=1 << 15)
def _devanagari_word(word: str, loose: bool = False, spelled: bool = False) -> str:
    """Romanise one Devanagari word: units, then schwa deletion, then output
    (``loose``: with its ambiguous vowels marked, :data:`_LOOSE_SIGNS`; ``spelled``: for
    keys that fold doubled letters, the inherent vowel between two like consonants is
    read, :func:`_like_neighbours`)."""
    units: list[list] = []  # [kind, text, vowel]  kind: C (consonant), V (vowel), N (nasal), X (other)
    i, n = 0, len(word)
    while i < n:
        ch = word[i]
        if _is_consonant(ch):
            base = unicodedata.normalize("NFD", ch)
            letter = base[0]
            nukta = len(base) > 1 or (i + 1 < n and word[i + 1] == _NUKTA)
            if i + 1 < n and word[i + 1] == _NUKTA:
                i += 1
            text = _NUKTA_FIX.get(letter) if nukta else None
            text = text or _CONS_FIX.get(letter) or anyascii(letter)
            vowel = "SCHWA"
            if i + 1 < n and word[i + 1] == _VIRAMA:
                vowel, i = "", i + 1
            elif i + 1 < n and _is_matra(word[i + 1]):
                vowel, i = (loose and _LOOSE_SIGNS.get(word[i + 1])) or _CONS_FIX.get(word[i + 1]) \
                    or anyascii(word[i + 1]), i + 1
            units.append(["C", text, vowel])
        elif ch in (_ANUSVARA, _CANDRABINDU):
            units.append(["N", "n", ""])
        elif ch == _VISARGA:
            units.append(["X", "h", ""])
        elif _is_matra(ch) or ch == _VIRAMA or ch == _NUKTA:
            pass  # stray sign without a consonant: nothing to pronounce
        else:
            units.append(["V", (loose and _LOOSE_SIGNS.get(ch)) or _CONS_FIX.get(ch) or anyascii(ch), ""])
        i += 1

    def voiced(j: int) -> bool:  # unit j carries a pronounced vowel
        return 0 <= j < len(units) and (units[j][0] == "V" or (units[j][0] == "C" and units[j][2] not in ("", "DEL")))

    # Final schwa: silent, except after a conjunct ending in r/y/v.
    last = len(units) - 1
    if last > 0 and units[last][0] == "C" and units[last][2] == "SCHWA":
        cluster = units[last - 1][0] == "C" and units[last - 1][2] == ""
        if not (cluster and units[last][1] in {_CONS_FIX.get(c) or anyascii(c) for c in _KEEP_FINAL_AFTER_CLUSTER}):
            units[last][2] = "DEL"
    # Medial schwa deletion (Ohala's rule, right to left): V C a C V -> V C C V.
    for j in range(last - 1, 0, -1):
        u = units[j]
        if u[0] != "C" or u[2] != "SCHWA":
            continue
        prev_ok = voiced(j - 1) or units[j - 1][0] == "N"
        nxt = units[j + 1]
        if prev_ok and nxt[0] == "C" and voiced(j + 1) and not (spelled and _like_neighbours(units, j)):
            u[2] = "DEL"
    out = []
    for j, (kind, text, vowel) in enumerate(units):
        if kind == "C":
            out.append(text + (("A" if loose else "a") if vowel == "SCHWA" else "" if vowel == "DEL" else vowel))
        elif kind == "N":  # homorganic nasal: m before labials, n elsewhere
            nxt = units[j + 1] if j + 1 < len(units) else None
            out.append("m" if nxt and nxt[0] == "C" and nxt[1] in ("p", "f", "b", "bh", "m", "v") else "n")
        else:
            out.append(text)
    return "".join(out)


def _like_neighbours(units: list[list], j: int) -> bool:
    """Consonant unit j, whose inherent vowel schwa deletion would drop, is the same
    consonant as the next one.  Why: deleted, it leaves a double letter ("छीनने",
    chhin-ne; "छीनना", chhin-na) that folding romanisation conventions makes single
    ("chine", "china": French Chine, China); but Hindi writes a foreign name's double
    letter as one letter or a conjunct ("अन्ना"), never as two syllables: two like
    consonants read as one are where a verb's stem meets its ending (the infinitive
    -ना, -ने, -नी after a stem in न: छीन, सुन, बन, गिन), so they are read apart."""
    return units[j][1] == units[j + 1][1]


_DEVA_WORD = re.compile(r"[\u0900-\u0963\u0971-\u097f]+")
_DEVA_LETTER = re.compile(r"[\u0900-\u097f]")


def _in_devanagari(text: str) -> bool:
    """Whether a name is written (even in part) in Devanagari, which keys by sound, not letters."""
    return _DEVA_LETTER.search(text) is not None


# initials written by their letters' names at the start of a name ("एस. सोमनाथ",
# "एस जयशंकर", "ए आर रहमान" = S. Somanath, S Jaishankar, A R Rahman) key as those letters
_DEVA_INITIAL = re.compile(r"^\s*(%s)(?:\.\s*|\s+)(?=\S)" % "|".join(
    sorted(map(re.escape, DEVANAGARI_LETTER_NAMES), key=len, reverse=True)))


def _initials_as_letters(text: str) -> str:
    out = []
    while m := _DEVA_INITIAL.match(text):
        out.append(DEVANAGARI_LETTER_NAMES[m.group(1)])
        text = text[m.end():]
    return " ".join(out + [text])


# a word written wholly in Latin letters' names, two or more ("बीजेपी" = BJP, "एनडीए" = NDA,
# "डब्ल्यूएचओ" = WHO); inside such a word "आई" is I (alone it is the verb "came")
_LETTER_NAMES = {**DEVANAGARI_LETTER_NAMES, "आई": "i"}
_LETTERED = re.compile(r"(?:%s){2,}" % "|".join(sorted(map(re.escape, _LETTER_NAMES), key=len, reverse=True)))
_ONE_LETTER = re.compile("|".join(sorted(map(re.escape, _LETTER_NAMES), key=len, reverse=True)))


def lettered_acronym(word: str) -> str | None:
    """The Latin acronym a Devanagari word spells out by its letters' names
    ("एनडीए" → "nda"), or None.  Why: Hindi news writes an English acronym as
    it is said, letter by letter, and its romanisation ("enadie") keys far from
    the acronym the other reports write, so "बीजेपी" named no BJP.  Only a
    known acronym is matched (:class:`~storyline.analyse.entity_known.KnownNames`),
    so a word that happens to read as letters ("बीवी", wife) finds nothing."""
    word = word.strip()
    if not _LETTERED.fullmatch(word):
        return None
    return "".join(_LETTER_NAMES[m.group(0)] for m in _ONE_LETTER.finditer(word))


def devanagari_to_latin(text: str) -> str:
    """Replace every Devanagari word in ``text`` by its romanisation."""
    return _DEVA_WORD.sub(lambda m: _devanagari_word(m.group(0)), text)


# --- keys ------------------------------------------------------------------
_POSSESSIVE = re.compile(r"['’ʼ]s\b", re.IGNORECASE)
_APOSTROPHES = re.compile(r"['’ʼ`´ʹʻ]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


@functools.lru_cache(maxsize=1 << 16)  # pure, and called for every 1-4 word window of every text
def entity_key(name: str) -> str:
    """Lowercase ASCII key of a name, equal across scripts where sound allows.

    "Vladimir Putin", "Владимир Путин" and "व्लादिमीर पुतिन" all give
    "vladimir putin"; "Kim Jong-un's" gives "kim jong un".  Idempotent, so a key
    can be passed where a name is expected.
    """
    text = unicodedata.normalize("NFC", name or "")
    if _in_devanagari(text):
        text = devanagari_to_latin(_initials_as_letters(text))
    text = _POSSESSIVE.sub("", text)
    text = anyascii(text).lower()
    text = _APOSTROPHES.sub("", text).replace(".", "")
    return _NON_ALNUM.sub(" ", text).strip()


def key_tokens(key: str) -> list[str]:
    return key.split()


def keys_match(a: str, b: str) -> float:
    """Similarity in [0, 1] of two names' keys (rapidfuzz's normalised Indel ratio).

    Accepts names or keys.  "kim jong un" vs "kim jomg un" is about 0.91; names
    of different people sharing a family name score lower ("kim yo jong" 0.73).
    """
    ka, kb = entity_key(a), entity_key(b)
    if not ka or not kb:
        return 0.0
    return fuzz.ratio(ka, kb) / 100.0


# Whole-key similarity needed before two different keys are taken as one name.
# Chosen on principle rather than fitted: one edit in a 9-letter name (~0.89)
# passes, while country pairs like Austria/Australia (0.875) do not.
SAME_NAME_THRESHOLD = 0.88
_TOKEN_THRESHOLD = 0.75


def same_name(a: str, b: str, threshold: float = SAME_NAME_THRESHOLD) -> bool:
    """Strict test that two keys spell the same name (spelling or inflection variants).

    Beyond the whole-key ratio, the first and last tokens must each be similar,
    so "kim jong un" never equals "kim yo jong" or "kim jong il" however close
    the letters are.  Spacing variants ("kim jongun") compare without spaces.
    A short key (6 letters or fewer) extended by an ending is rejected:
    "korean" is not "korea"; inflected forms ("Путина") are matched through
    stems instead.  Longer names keep transliteration tails ("zelenskyy").
    """
    if a == b:
        return bool(a)
    ta, tb = a.split(), b.split()
    if not ta or not tb:
        return False
    flat_a, flat_b = a.replace(" ", ""), b.replace(" ", "")
    extends = flat_a != flat_b and (flat_a.startswith(flat_b) or flat_b.startswith(flat_a))
    if extends and min(len(flat_a), len(flat_b)) <= 6:
        return False  # an ending added to a short name derives a word ("Korea"/"Korean", "Israel"/"Israeli")
    if fuzz.ratio(flat_a, flat_b) / 100.0 < threshold:
        return False
    if len(ta) == len(tb) == 1 and min(len(a), len(b)) < 7:
        return False  # one short word: "Launch"/"Lunch", "Sears"/"Spears" are different words
    if len(ta) == len(tb):
        return all(_token_close(x, y) for x, y in zip(ta, tb))
    return _token_close(ta[0], tb[0]) and (a.replace(" ", "") == b.replace(" ", "") or _token_close(ta[-1], tb[-1]))


def _token_close(x: str, y: str) -> bool:
    if x == y:
        return True
    if min(len(x), len(y)) <= 3:  # short tokens: one letter changes the name
        return False
    return fuzz.ratio(x, y) / 100.0 >= _TOKEN_THRESHOLD


def spells_out(short: str, full: str) -> bool:
    """Key ``full`` writes out the initials of key ``short`` for the given names,
    with the same surname ("vaclav klaus" of "v klaus"; not "jan klaus")."""
    s, f = short.split(), full.split()
    return len(s) == len(f) >= 2 and s != f and s[-1] == f[-1] and all(
        a == b or (len(a) == 1 and len(b) > 1 and b[0] == a) for a, b in zip(s[:-1], f))


def without_initials(key: str) -> str:
    """``key`` less its leading initials where two words or more remain ("n
    chandrababu naidu" -> "chandrababu naidu"); a middle initial stays ("george w
    bush" is not George Bush's key, whose father was George H. W. Bush)."""
    words = key.split()
    while len(words) > 2 and len(words[0]) == 1 and words[0].isalpha():
        words = words[1:]
    return " ".join(words)


# --- spelling conventions ----------------------------------------------------
# Romanisation conventions differ by language: German writes Russian "Восточный"
# as "Wostotschny", English as "Vostochny", a wire service as "Vostochni"; "c"
# and "k" alternate ("Roscosmos"/"Roskosmos").  Folding each convention onto one
# spelling makes such keys equal; order matters (longest clusters first).
_SPELLING = [(re.compile(p), r) for p, r in (
    (r"tsch", "ch"), (r"sch", "sh"), (r"tch", "ch"), (r"\bchr", "kr"), (r"x", "ks"), (r"tz|ts", "z"), (r"dzh|dj|dsch", "j"), (r"zh", "j"),
    (r"kh", "h"), (r"ck", "k"), (r"c(?!h)", "k"), (r"q", "k"), (r"w", "v"), (r"j", "y"),
    (r"ou", "u"), (r"(?:iy|yi|ij|ei|ee)\b", "i"), (r"y", "i"),
    (r"([a-z])\1", r"\1"))]


# Greek writes the sounds of foreign names with digraphs a letter-by-letter
# transliteration spells out: "Μπόρις Τζόνσον" is "Mporis Tzonson" to anyascii,
# Boris Johnson by sound.  "ου" is always u, "τζ" j, "χ" h (as "kh" folds); "μπ",
# "ντ", "γκ" are b, d, g where a word starts or a consonant precedes them
# ("Γκόρντον" Gordon), but after a vowel they may be mp, nt, ng ("Κλίντον",
# Clinton), so they are left there.  Vowel pairs ("αι", "οι") are left too: a
# Greek plural ending "-οι" read as i made "Βραζιλιάνοι" (Brazilians) Brazil.
_GREEK_SPELLING = [(re.compile(p), r) for p, r in (
    ("ο[υύ]", "u"), ("τζ", "j"), ("χ", "h"), (r"(?<![αεηιουωάέήίόύώϊϋΐΰ])μπ", "b"),
    (r"(?<![αεηιουωάέήίόύώϊϋΐΰ])ντ", "d"), (r"(?<![αεηιουωάέήίόύώϊϋΐΰ])γ[κγ]", "g"))]
# Hindi writes the diphthong of "Blair", "player", "mayor" as "ेय" before a consonant
# ("ब्लेयर", bleyar) as often as "ै" ("ब्लैर", blair)
_DEVANAGARI_SPELLING = re.compile(r"eya(?=[b-df-hj-np-tv-z])")


def _greek_sounds(name: str) -> str:
    text = unicodedata.normalize("NFC", name.lower())
    for pattern, repl in _GREEK_SPELLING:
        text = pattern.sub(repl, text)
    return text


@functools.lru_cache(maxsize=1 << 15)
def spelling_key(name: str, sounds: bool = True) -> str:
    """The key of ``name`` with romanisation conventions folded ("Wostotschny",
    "Vostochny", "Восточный", "Vostochni" -> "vostochni"); for looking up and
    merging spellings of one name across languages, never for display.  With
    ``sounds`` Greek digraphs are read by sound ("Μπόρις Τζόνσον" -> "boris
    ionson", as "Boris Johnson"; between Greek spellings ``entity_merge`` compares
    the letters: read by sound, "Χειμερινών" (winter) is a letter nearer "Θερινών" (summer))."""
    name = name or ""
    key = entity_key(_greek_sounds(name) if sounds and _greek(name) else name)
    if _in_devanagari(name):  # (read with its like consonants apart: _like_neighbours)
        spelled = _DEVA_WORD.sub(lambda m: _devanagari_word(m.group(0), spelled=True), _initials_as_letters(name))
        key = _DEVANAGARI_SPELLING.sub("ai", entity_key(spelled))
    return fold_conventions(key)


def fold_conventions(key: str) -> str:
    """``key`` with the romanisation conventions of :data:`_SPELLING` folded
    (lower-case letters only: the marks of a loose reading stay)."""
    for pattern, repl in _SPELLING:
        key = pattern.sub(repl, key)
    return key


def _greek(name: str) -> bool:
    return any("\u0370" <= ch <= "\u03ff" for ch in name)
