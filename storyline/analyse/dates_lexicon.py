"""Per-language date vocabulary for the DATES stage.

Month names, weekday names and fixed relative phrases ("yesterday", "в этом
месяце", "l'année dernière") come from dateparser's own locale data, so every
language dateparser knows gets them for free and we do not maintain a second
copy.  What dateparser lacks, and what a news reader needs, is added here as
small *general* word lists -- not phrases copied from any article:

* inflected forms dateparser misses (Russian prepositional "в феврале",
  accusative weekdays, Hindi spellings without nukta);
* modifier words meaning last / this / next (with their inflections, matched by
  stem), and the words for the units week / month / year, so "last September",
  "прошлого года", "पिछले साल", "im vergangenen September" are built by one
  grammar instead of listed one by one;
* the words that make a name or a number a date (prepositions, year
  words), in dates_lexicon_context.py;
* the vocabulary of counted offsets (number words, "in" / "через" words),
  kept in dates_lexicon_counts.py, and of Arabic, Hebrew, Czech and Greek, in
  dates_lexicon_more.py, both merged in here;

Everything is keyed by ``norm()`` forms: casefolded, Latin accents and Hindi
nukta removed, so "miércoles"/"miercoles" and "फ़रवरी"/"फरवरी" look the same.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from . import dates_lexicon_more as more
from .dates_lexicon_context import NEEDS_CONTEXT as _NEEDS_CONTEXT, PREPOSITIONS as _PREPOSITIONS, \
    YEAR_AFTER as _YEAR_AFTER
from .dates_lexicon_counts import AHEAD as _AHEAD, EVENT_BEFORE as _EVENT_BEFORE, NOT_AGO as _NOT_AGO, \
    PREPOSED_AGO as _PREPOSED_AGO, number_tables

_MONTH_KEYS = ("january", "february", "march", "april", "may", "june", "july",
               "august", "september", "october", "november", "december")
WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday",
                 "saturday", "sunday")


def norm(word: str) -> str:
    """Matching key for a word: casefolded, without Latin accents or nukta.

    Accents are dropped only on Latin letters (and the diaeresis of Cyrillic
    ё): on Devanagari and Cyrillic the combining marks carry meaning (कल vs
    कुल, и vs й).  Arabic loses its hamza and vowel marks, which writers
    often leave out ("امس" for "أمس", "الاحد" for "الأحد", "غدا" for "غدًا").
    """
    out: list[str] = []
    base = ""
    for ch in unicodedata.normalize("NFD", word):
        if unicodedata.combining(ch):
            if ch == "\u093c" or ord(base or "\uffff") < 0x250 or (ch == "\u0308" and base in "еЕ") \
                    or "\u0600" <= base <= "\u06ff":
                continue
        else:
            base = ch
        out.append(ch)
    s = unicodedata.normalize("NFC", "".join(out)).casefold()
    return s.replace("॰", "").strip(".")


# Abbreviations dateparser lists that are common words: Czech "pro" (for),
# December's abbreviation, read "Vláda počítá pro 2024 s růstem" as December
# 2024; Polish "się" (folded "sie", August's) read "odbyło się 5 maja" as 5
# August.
_NOT_ABBR = {"cs": {"pro"}, "pl": {"sie"}}

# Inflected or variant forms dateparser's locale data does not list.
# month index (1-12) -> forms; weekday index (0=Monday) -> forms.
_EXTRA_MONTHS: dict[str, dict[int, tuple[str, ...]]] = {
    "ru": {1: ("январе",), 2: ("феврале",), 3: ("марте",), 4: ("апреле",), 5: ("мае",),
           6: ("июне",), 7: ("июле",), 8: ("августе",), 9: ("сентябре",),
           10: ("октябре",), 11: ("ноябре",), 12: ("декабре",)},
    "hi": {4: ("अप्रेल",), 8: ("अगस्‍त",), 10: ("अक्टूबर", "अक्तूबर")},
    "de": {3: ("maerz",), 1: ("jaenner",)},
    # the accusative, "τον Απρίλιο", "τον Μάρτιο του 2007"
    "el": {1: ("Ιανουάριο",), 2: ("Φεβρουάριο",), 3: ("Μάρτιο",), 4: ("Απρίλιο",), 5: ("Μάιο",),
           6: ("Ιούνιο",), 7: ("Ιούλιο",), 8: ("Αύγουστο",), 9: ("Σεπτέμβριο",), 10: ("Οκτώβριο",),
           11: ("Νοέμβριο",), 12: ("Δεκέμβριο",)},
    "es": {9: ("setiembre",)},
}
_EXTRA_WEEKDAYS: dict[str, dict[int, tuple[str, ...]]] = {
    "ru": {0: ("понедельника",), 1: ("вторника",), 2: ("среды",), 3: ("четверга",),
           4: ("пятницы",), 5: ("субботы",), 6: ("воскресенья",)},
    "hi": {3: ("बृहस्पतिवार",), 6: ("इतवार",)},
    "de": {5: ("sonnabend",)},
}
# Modifier stems: a word starting with one of these means last / this / next.
_LAST: dict[str, tuple[str, ...]] = {
    "en": ("last",), "ru": ("прошл", "минувш", "предыдущ"),
    "de": ("letzt", "vergangen", "vorig"), "es": ("pasad", "anterior"),
    "fr": ("derni", "passe"), "hi": ("पिछल", "बीते", "बीता", "गत"),
    "it": ("scors", "passat"), "pt": ("passad", "ultim"),
}
_THIS: dict[str, tuple[str, ...]] = {
    "en": ("this", "current"), "ru": ("этом", "этот", "этого", "эту", "этой", "текущ", "нынешн"),
    "de": ("dies",), "es": ("este", "esta", "actual"), "fr": ("ce", "cet", "cette", "ci"),
    "hi": ("इस", "यह", "मौजूदा"),
    "it": ("questo", "questa", "quest", "corrente"), "pt": ("este", "esta", "neste", "nesta", "corrente"),
}
_NEXT: dict[str, tuple[str, ...]] = {
    "en": ("next", "coming"), "ru": ("следующ", "будущ", "наступающ"),
    "de": ("nachst", "kommend"), "es": ("proxim", "siguiente", "venider"),
    "fr": ("prochain", "suivant"), "hi": ("अगल", "आगामी"),
    "it": ("prossim", "successiv", "ventur"), "pt": ("proxim", "seguinte", "vindour"),
}
# Unit words (stems allowed): "last week" is a week (the ISO week, precision
# "week"), "last month" a month, "last year" a year.
_UNITS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {"week": ("week",), "month": ("month",), "year": ("year",)},
    "ru": {"week": ("недел",), "month": ("месяц",), "year": ("год", "года", "году")},
    "de": {"week": ("woche",), "month": ("monat",), "year": ("jahr",)},
    "es": {"week": ("semana",), "month": ("mes",), "year": ("año", "ano")},
    "fr": {"week": ("semaine",), "month": ("mois",), "year": ("année", "annee", "an")},
    "hi": {"week": ("सप्ताह", "हफ्त", "हफ़्त"), "month": ("महीन", "माह"), "year": ("साल", "वर्ष")},
    "it": {"week": ("settiman",), "month": ("mese", "mesi"), "year": ("anno", "anni")},
    "pt": {"week": ("semana",), "month": ("mes", "meses"), "year": ("ano", "anos")},
}
_NOT_UNITS = {"weekend", "weekends", "weekly", "weeklong"}
# Short words that may sit between a month and "last year" ("September of
# last year", "septiembre del año pasado", "पिछले साल के सितंबर").
_FILLERS: dict[str, set[str]] = {
    "en": {"of", "the"}, "es": {"de", "del", "el"}, "fr": {"de", "d", "l", "le", "la"},
    "de": {"des"}, "ru": set(), "hi": {"के", "की", "का"}, "el": {"του"}, "ar": {"من"},
    "it": {"di", "del", "dell", "dello", "della"}, "pt": {"de", "do", "da"},
}
# Time-of-day words kept inside a weekday mention ("Tuesday evening").
_DAYPARTS: dict[str, set[str]] = {
    "en": {"morning", "afternoon", "evening", "night"},
    "ru": {"утром", "днем", "днём", "вечером", "ночью"},
    "de": {"morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht"},
    "es": {"manana", "tarde", "noche", "madrugada"},
    "fr": {"matin", "apres-midi", "soir", "nuit"},
    "hi": {"सुबह", "दोपहर", "शाम", "रात"},
    "it": {"mattina", "mattino", "pomeriggio", "sera", "notte"},
    "pt": {"manha", "tarde", "noite", "madrugada"},
}
# Fixed relative words that double as ordinary words in some positions:
# German "Morgen" (morning) after these words, Spanish "mañana" (morning).
_BLOCKED_AFTER: dict[str, dict[str, set[str]]] = {
    "de": {"morgen": {"am", "heute", "gestern", "jeden", "dem", "den", "guten", "diesen"}},
    "es": {"manana": {"la", "esta", "cada", "una", "de", "por"}},
    # "that day", "the same day", "that same year": not today, not this year
    # the dual "يومين" (two days) is two days ago only after "قبل" / "منذ"; after
    # these it is a span: "للمرة الثانية خلال يومين", for the second time in two days
    "ar": {"اليوم": {"ذلك", "نفس", "ذات"}, "يومين": {"خلال", "لمدة", "في", "بعد", "مدة"}},
    "he": {"היום": {"אותו", "באותו", "לאותו", "מאותו"}, "השנה": {"אותה", "באותה", "לאותה", "מאותה"}},
}
# Fixed phrases dateparser's tables lack: (tokens, days from publication).
# Parts of a day with "this" ("Questa mattina", "Esta mañana", "Этим утром"):
# the day of the report (a part with "today"/"yesterday" is read by that word).
_EXTRA_RELATIVE: dict[str, dict[tuple[str, ...], int]] = {
    "en": {("last", "night"): -1, ("last", "evening"): -1, ("tonight",): 0, ("this", "morning"): 0,
           ("this", "afternoon"): 0, ("this", "evening"): 0},
    "fr": {("ce", "soir"): 0, ("ce", "matin"): 0, ("cette", "nuit"): 0, ("cet", "apres", "midi"): 0,
           ("la", "nuit", "derniere"): -1},
    "es": {("anoche",): -1, ("esta", "noche"): 0, ("esta", "manana"): 0, ("esta", "tarde"): 0,
           ("esta", "madrugada"): 0},
    "it": {("stamattina",): 0, ("stamane",): 0, ("stasera",): 0, ("stanotte",): 0,
           ("questa", "mattina"): 0, ("questa", "mattinata"): 0, ("questo", "pomeriggio"): 0,
           ("questa", "sera"): 0, ("questa", "notte"): 0},
    "pt": {("esta", "noite"): 0, ("esta", "manha"): 0, ("esta", "tarde"): 0, ("esta", "madrugada"): 0,
           ("nesta", "noite"): 0, ("nesta", "manha"): 0, ("nesta", "tarde"): 0, ("nesta", "madrugada"): 0},
    "de": {("heute", "abend"): 0, ("letzte", "nacht"): -1, ("vergangene", "nacht"): -1,
           ("vergangenen", "nacht"): -1},
    "ru": {("этим", "утром"): 0, ("этим", "вечером"): 0, ("этой", "ночью"): 0,
           ("прошлой", "ночью"): -1, ("минувшей", "ночью"): -1},
    "hi": {("बीती", "रात"): -1},
    "el": {("εχτές",): -1, ("εχθές",): -1, ("χτες",): -1},  # more: "απόψε", "προχθές"
}

# Postposed "next" phrases ("el martes que viene", "a semana que vem").
_NEXT_PHRASES: dict[str, tuple[str, ...]] = {"es": ("que viene",), "pt": ("que vem",)}
# The first of the month written as a word ("primo gennaio", "premier janvier").
_FIRST_DAY: dict[str, tuple[str, ...]] = {
    "it": ("primo",), "fr": ("premier",), "es": ("primero",), "pt": ("primeiro",)}
# "no dia 7", "el día 15": a day of the month named without its month.
_DAY_WORDS: dict[str, tuple[str, ...]] = {"pt": ("dia",), "es": ("día",), "it": ("giorno",)}
# Languages that write month names in lower case.
_LOWERCASE_MONTHS = {"fr", "es", "it", "pt", "ru", "ca", "ro", "pl", "uk", "nl", "sv", "da", "no"}


_POSTPOSED = {"es", "fr", "it", "pt", "ca", "ro"} | more.POSTPOSED
for _table, _add in ((_LAST, more.LAST), (_THIS, more.THIS), (_NEXT, more.NEXT), (_UNITS, more.UNITS)):
    _table.update(_add)
for _lang, _forms in more.WEEKDAYS.items():
    _EXTRA_WEEKDAYS.setdefault(_lang, {}).update(_forms)
    _NEEDS_CONTEXT[_lang] |= more.NEEDS_CONTEXT[_lang]
for _lang, _words in more.PREPOSITIONS.items():
    _PREPOSITIONS[_lang] = _PREPOSITIONS.get(_lang, set()) | _words
for _lang, _blocks in more.BLOCKED_AFTER.items():
    for _word, _before in _blocks.items():
        _BLOCKED_AFTER.setdefault(_lang, {})[_word] = _BLOCKED_AFTER[_lang].get(_word, set()) | _before


@dataclass
class Lexicon:
    """Everything the scanner needs for one language, keyed by ``norm()``."""

    lang: str
    months: dict[str, int] = field(default_factory=dict)        # full names
    month_abbr: dict[str, int] = field(default_factory=dict)    # "sept", "фев"
    weekdays: dict[str, int] = field(default_factory=dict)
    relative: dict[tuple[str, ...], tuple[str, int, bool]] = field(default_factory=dict)
    needs_context: set[str] = field(default_factory=set)
    prepositions: set[str] = field(default_factory=set)
    year_after: set[str] = field(default_factory=set)
    last: tuple[str, ...] = ()
    this: tuple[str, ...] = ()
    next: tuple[str, ...] = ()
    units: dict[str, tuple[str, ...]] = field(default_factory=dict)
    fillers: set[str] = field(default_factory=set)
    dayparts: set[str] = field(default_factory=set)
    tails: set[str] = field(default_factory=set)               # "feira"
    ago: tuple[tuple[str, ...], ...] = ()                      # "ago", "il y a", "hace"
    unit_forms: dict[str, str] = field(default_factory=dict)  # "días" -> "day"
    numbers: dict[str, int] = field(default_factory=dict)     # "three" -> 3
    number_phrases: tuple = ()                                 # (("a", "couple", "of"), 2)
    duals: dict[str, str] = field(default_factory=dict)       # "יומיים" -> "day"
    number_and: set[str] = field(default_factory=set)         # "y" of "treinta y cinco"
    and_prefix: str = ""                                       # "ו" of "עשרים ושלושה"
    ahead_after: tuple = ()                                    # ("बाद",): "तीन दिन बाद"
    from_now: set = field(default_factory=set)                 # ("daqui", "a"): never a span
    ahead: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = ()  # ("через",), units
    next_phrases: set[tuple[str, ...]] = field(default_factory=set)  # "el martes que viene"
    first_day: dict[str, int] = field(default_factory=dict)          # "primo gennaio"
    day_words: set[str] = field(default_factory=set)                 # "dia" in "no dia 7"
    lowercase_months: bool = False  # month names are lower case, so "Janeiro" is a name
    blocked_after: dict[str, set[str]] = field(default_factory=dict)
    date_order: str = "DMY"
    not_ago: set[str] = field(default_factory=set)
    event_before: set[str] = field(default_factory=set)
    event_after: set[str] = field(default_factory=set)   # "من" after "قبل ثلاثة أيام"
    before_object: set[str] = field(default_factory=set)  # "τις" after "εννέα ημέρες πριν"
    preposed_ago: set[str] = field(default_factory=set)
    postposed: bool = False      # adjectives follow the noun: "septembre dernier"

    def modifier(self, key: str) -> int | None:
        """-1 / 0 / +1 when ``key`` means last / this / next, else None."""
        for sign, stems in ((-1, self.last), (1, self.next)):
            if any(key.startswith(s) for s in stems):
                return sign
        if key in self.this or any(len(s) > 3 and key.startswith(s) for s in self.this):
            return 0
        return None

    def unit(self, key: str) -> str | None:
        """"week" / "month" / "year" when ``key`` is such a unit word
        ("weekend" and "weekly" start like "week" and are none)."""
        if key in _NOT_UNITS:
            return None
        for name, stems in self.units.items():
            for s in stems:
                if key == s or (len(s) >= 4 and key.startswith(s) and len(key) <= len(s) + 3):
                    return name
        return None


def _split_forms(forms: list[str]) -> tuple[set[str], set[str]]:
    """Split a locale's forms of one month/weekday into full names and abbreviations.

    An abbreviation is a strict prefix of another form ("sept" of "september",
    "बुध" of "बुधवार") or a form of at most three letters when a longer one
    exists ("пн", "срд").  Abbreviations are too ambiguous ("sun", "mar",
    "रवि") to accept without an adjacent day number or year.
    """
    keys = {norm(f) for f in forms if norm(f)}
    # "segunda-feira": the scanner joins "segunda" and its tail into one token,
    # so the head stands for the full name.
    heads = {k.split("-")[0] for k in keys if "-" in k}
    keys = {k for k in keys if "-" not in k}
    longest = max((len(k) for k in keys), default=0)
    abbr = {k for k in keys if any(o != k and o.startswith(k) for o in keys)
            or (len(k) <= 3 and longest > 3)}
    return (keys - abbr) | heads, abbr - heads


def name_tails(info: dict) -> set[str]:
    """Second parts of hyphenated month and weekday names ("feira" in "segunda-feira")."""
    return {norm(f).split("-", 1)[1] for key in _MONTH_KEYS + WEEKDAY_KEYS
            for f in info.get(key, []) if "-" in norm(f)}


def _relative_phrases(info: dict) -> dict[tuple[str, ...], tuple[str, int, bool]]:
    """Fixed phrases from dateparser's "relative-type" table, as token tuples.

    Keeps units day / month / year only; a phrase listed both as past and as
    future (Hindi कल) is marked ambiguous so the tense of its sentence decides.
    """
    import regex

    table: dict[tuple[str, ...], tuple[str, int, bool]] = {}
    for meaning, phrases in (info.get("relative-type") or {}).items():
        m = regex.fullmatch(r"(in )?(\d+) (day|month|year)( ago)?", meaning)
        if not m:
            continue
        amount = int(m.group(2)) * (1 if m.group(1) else -1)
        for phrase in phrases:
            toks = tuple(norm(t) for t in regex.findall(r"\w+", phrase))
            if not toks:
                continue
            if toks in table and table[toks][1] != amount:
                unit, old, _ = table[toks]
                table[toks] = (unit, abs(old) or abs(amount), True)
            else:
                table[toks] = (m.group(3), amount, False)
    return table


@lru_cache(maxsize=64)
def get_lexicon(lang: str) -> Lexicon:
    """The lexicon for ``lang`` (dateparser locale data plus the lists above).

    Unknown languages get an empty lexicon; the caller merges English in,
    because English month names turn up in most scraped news pages.
    """
    from dateparser.languages.loader import default_loader

    lex = Lexicon(lang=lang)
    try:
        info = default_loader.get_locale(lang).info
    except Exception:  # dateparser does not know this language
        info = {}
    for i, key in enumerate(_MONTH_KEYS, start=1):
        full, abbr = _split_forms(info.get(key, []))
        full |= {norm(f) for f in _EXTRA_MONTHS.get(lang, {}).get(i, ())}
        lex.months.update(dict.fromkeys(full, i))
        lex.month_abbr.update(dict.fromkeys(abbr - full - _NOT_ABBR.get(lang, set()), i))
    for i, key in enumerate(WEEKDAY_KEYS):
        full, _ = _split_forms(info.get(key, []))
        full |= {norm(f) for f in _EXTRA_WEEKDAYS.get(lang, {}).get(i, ())}
        lex.weekdays.update(dict.fromkeys(full, i))
    lex.needs_context = {norm(w) for w in _NEEDS_CONTEXT.get(lang, ())}
    lex.prepositions = {norm(w) for w in _PREPOSITIONS.get(lang, ())}
    lex.year_after = {norm(w) for w in _YEAR_AFTER.get(lang, ())}
    lex.last = tuple(norm(w) for w in _LAST.get(lang, ()))
    lex.this = tuple(norm(w) for w in _THIS.get(lang, ()))
    lex.next = tuple(norm(w) for w in _NEXT.get(lang, ()))
    lex.units = {u: tuple(norm(s) for s in st) for u, st in _UNITS.get(lang, {}).items()}
    # Phrases led by a preposition ("в прошлом году", "till date") are left to
    # the modifier+unit grammar, which also catches their inflected variants;
    # others ("avant-hier") stay.
    lex.relative = {k: v for k, v in _relative_phrases(info).items()
                    if len(k) == 1 or k[0] not in lex.prepositions
                    or not any(lex.modifier(w) is not None or lex.unit(w) for w in k[1:])}
    # Languages without a hand list use dateparser's "of" words (pt "de").
    lex.fillers = {norm(w) for w in _FILLERS.get(lang, info.get("pertain") or ())}
    lex.dayparts = {norm(w) for w in _DAYPARTS.get(lang, ())}
    lex.tails = name_tails(info)
    # longest first, in a fixed order (a set's order changes with the hash seed)
    lex.ago = tuple(sorted({tuple(norm(t) for t in regex.findall(r"\w+", p))
                            for p in [*info.get("ago", []), *more.AGO.get(lang, ())] if norm(p) not in _NOT_AGO.get(lang, ())}
                           - {()}, key=lambda k: (-len(k), k)))
    lex.unit_forms = {norm(f): u for u in ("day", "week", "month", "year")
                      for f in [*info.get(u, []), *more.UNIT_FORMS.get(lang, {}).get(u, ())] if len(norm(f)) > 1}
    lex.ahead = tuple((tuple(norm(t) for t in p.split()), units) for p, units in _AHEAD.get(lang, ()))
    lex.relative.update({tuple(norm(t) for t in k): ("day", d, False)
                         for k, d in _EXTRA_RELATIVE.get(lang, {}).items()})
    lex.relative.update({tuple(norm(t) for t in k): (u, d, False) for k, (u, d) in more.RELATIVE.get(lang, {}).items()})
    lex.next_phrases = {tuple(p.split()) for p in _NEXT_PHRASES.get(lang, ())}
    lex.first_day = {norm(w): 1 for w in _FIRST_DAY.get(lang, ())}
    lex.day_words = {norm(w) for w in _DAY_WORDS.get(lang, ())}
    lex.lowercase_months = lang in _LOWERCASE_MONTHS
    for name, value in number_tables(lang, norm).items():
        setattr(lex, name, value)
    lex.blocked_after = {k: {norm(w) for w in v} for k, v in _BLOCKED_AFTER.get(lang, {}).items()}
    lex.date_order = info.get("date_order", "DMY") or "DMY"
    lex.postposed = lang in _POSTPOSED
    lex.not_ago = {norm(w) for w in _NOT_AGO.get(lang, ())}
    lex.event_before = {norm(w) for w in _EVENT_BEFORE.get(lang, ())}
    lex.event_after = {norm(w) for w in more.EVENT_AFTER.get(lang, ())}
    lex.before_object = {norm(w) for w in more.BEFORE_OBJECT.get(lang, ())}
    lex.preposed_ago = {norm(w) for w in _PREPOSED_AGO.get(lang, ())}
    return lex
