"""A day counted from a day the sentence names: "the previous day", "la veille", "накануне".

"Japan on Thursday continued tracking an unidentified submarine that entered
its territorial waters off Okinawa the previous day" (Wikinews dev, wn025): the
submarine entered on Wednesday, the day before the Thursday the sentence
names, not the day before the report.  Such a phrase counts from a day, and
the day it counts from is the one named before it in its sentence (issue 10,
h-dates12).  Without one the sentence does not say which day it counts from
(the day is in an earlier sentence, or it is the report's own), so the phrase
is left as it was: English, French, German, Spanish, Italian, Portuguese,
Russian and Ukrainian ones were not read as dates; Arabic "اليوم السابق"
(from dateparser's table) and Hindi "एक दिन पहले" (an offset) still count
from the report.

The same words before an object count from that object, not from a day:
"the day before Christmas 2002", "la veille du vote de samedi", "am Vortag
der Wahl", "накануне выборов", "चुनाव से एक दिन पहले", "اليوم السابق
للانتخابات".  :func:`anchored_phrases` leaves those out (``_takes_object``).
"""
from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

import regex

from .dates_lexicon import get_lexicon, norm

# (words, days from the day named before it, may take an object after it)
_PHRASES: dict[str, tuple[tuple[str, int, bool], ...]] = {
    "en": (("the previous day", -1, False), ("the preceding day", -1, False), ("the day before", -1, True),
           ("a day earlier", -1, False), ("one day earlier", -1, False), ("the next day", 1, False),
           ("the following day", 1, False), ("the day after", 1, True), ("a day later", 1, False),
           ("one day later", 1, False)),
    "fr": (("la veille", -1, True), ("le jour precedent", -1, False), ("le lendemain", 1, True),
           ("le jour suivant", 1, False)),
    "de": (("am vortag", -1, True), ("am tag zuvor", -1, False), ("tags zuvor", -1, False),
           ("einen tag zuvor", -1, False), ("einen tag fruher", -1, False), ("am folgetag", 1, True),
           ("am tag darauf", 1, False), ("tags darauf", 1, False), ("am nachsten tag", 1, False),
           ("am folgenden tag", 1, False), ("einen tag spater", 1, False)),
    "es": (("el dia anterior", -1, True), ("la vispera", -1, True), ("un dia antes", -1, True),
           ("al dia siguiente", 1, True), ("el dia siguiente", 1, True), ("un dia despues", 1, True)),
    "it": (("il giorno prima", -1, True), ("il giorno precedente", -1, False), ("la vigilia", -1, True),
           ("il giorno dopo", 1, True), ("il giorno seguente", 1, False), ("il giorno successivo", 1, False),
           ("l indomani", 1, True)),
    "pt": (("na vespera", -1, True), ("no dia anterior", -1, True), ("um dia antes", -1, True),
           ("no dia seguinte", 1, True), ("um dia depois", 1, True)),
    "ru": (("накануне", -1, True), ("днем ранее", -1, False), ("за день до этого", -1, False),
           ("на следующий день", 1, True), ("днем позже", 1, False), ("на другой день", 1, True)),
    "uk": (("напередодні", -1, True), ("днем раніше", -1, False), ("наступного дня", 1, True),
           ("на наступний день", 1, True)),
    "ar": (("اليوم السابق", -1, True), ("قبل ذلك بيوم", -1, False), ("اليوم التالي", 1, True),
           ("بعد ذلك بيوم", 1, False)),
    "hi": (("एक दिन पहले", -1, True), ("पिछले दिन", -1, False), ("एक दिन बाद", 1, True),
           ("अगले दिन", 1, True)),
}
# Counts of days, in the same form: "#" is a number, in digits or in the lexicon's words, and
# the days are that many: "two days later", "deux jours plus tard", "через два дня" (issue 10,
# h-dates13).  French "N jours après / avant" and Hindi or Arabic counts are left out: "deux
# jours après l'attentat" takes an object that _OBJECT_AFTER does not tell, and Hindi "तीन दिन
# पहले" is also "three days ago".
_COUNTED: dict[str, tuple[tuple[str, int, bool], ...]] = {
    "en": (("# days later", 1, False), ("# days afterwards", 1, False), ("# days after", 1, True),
           ("# days earlier", -1, False), ("# days before", -1, True)),
    "fr": (("# jours plus tard", 1, False), ("# jours plus tot", -1, False), ("# jours auparavant", -1, False)),
    "de": (("# tage spater", 1, False), ("# tage danach", 1, False), ("# tage zuvor", -1, False),
           ("# tage fruher", -1, False), ("# tage davor", -1, False)),
    "es": (("# dias despues", 1, True), ("# dias mas tarde", 1, False), ("# dias antes", -1, True)),
    "it": (("# giorni dopo", 1, True), ("# giorni piu tardi", 1, False), ("# giorni prima", -1, True)),
    "pt": (("# dias depois", 1, True), ("# dias mais tarde", 1, False), ("# dias antes", -1, True)),
    "ru": (("через # дня", 1, True), ("через # дней", 1, True), ("# дня спустя", 1, False),
           ("# дней спустя", 1, False)),
    "uk": (("через # дні", 1, True), ("через # днів", 1, True), ("# днів потому", 1, False)),
}
# Words after an object-taking phrase that make it count from the object
# ("la veille du vote", "el día anterior a la votación", "am Vortag der Wahl").
_OBJECT_AFTER: dict[str, set[str]] = {
    "fr": {"de", "du", "des", "d"},
    "es": {"a", "al", "de", "del", "que"},
    "it": {"di", "del", "della", "dello", "dei", "degli", "delle", "dell", "che",
           "il", "lo", "la", "l", "i", "gli", "le"},
    "pt": {"a", "ao", "aos", "as", "de", "do", "da", "dos", "das", "que"},
    "de": {"der", "des", "von", "vom"},
    "ru": {"после", "до"},
    "uk": {"після", "до"},
}
# English "the day before/after" counts from whatever follows it ("the day
# before Christmas", "the day after he resigned") unless that is a mark or
# one of these words, which cannot be its object.
_EN_NOT_OBJECT = {"in", "at", "on", "and", "but", "when", "while", "as", "to", "from", "by", "with"}
# Words before a phrase that make it a span ("in the next day or two").
_SPAN_BEFORE: dict[str, set[str]] = {"en": {"in", "within", "over", "during", "for"}}
# Hindi postpositions that make what precedes the object ("चुनाव से एक दिन पहले").
_HI_OBJECT_BEFORE = {"से", "के", "की"}
# Ukrainian has no morphology dictionary here (entity_inflect.LANGS): "напередодні" is an
# adverb before a mark, a pronoun or adverb, or a past verb ("зустрілася", "заявили").
_UK_NOT_OBJECT = {"він", "вона", "воно", "вони", "ми", "я", "ти", "ви", "це", "там", "тут",
                  "ввечері", "вранці", "вдень", "уночі", "увечері", "зранку", "же", "ж", "також"}
_UK_VERB_ENDINGS = ("ла", "ло", "ли", "вся", "лася", "лося", "лися")
_WORD = regex.compile(r"\w+")


@dataclass(frozen=True)
class Anchored:
    """A phrase at ``text[start:end]`` naming the day ``days`` after the day named before it."""

    start: int
    end: int
    days: int


@functools.lru_cache(maxsize=None)
def _table(lang: str) -> tuple[tuple[tuple[str, ...], int, bool], ...]:
    return tuple((tuple(w if w == "#" else norm(w) for w in words.split()), days, opens)
                 for words, days, opens in _PHRASES.get(lang, ()) + _COUNTED.get(lang, ()))


def _count(words: tuple[str, ...], keys: list[str], lang: str) -> int | None:
    """How many times the phrase ``words`` counts its days at ``keys`` (1 without a "#"),
    or None when the keys are not the phrase."""
    if len(keys) != len(words):
        return None
    count = 1
    for word, key in zip(words, keys):
        if word == "#":
            count = int(key) if key.isdigit() and len(key) <= 2 else get_lexicon(lang).numbers.get(key)
            if not count:
                return None
        elif word != key:
            return None
    return count


def anchored_phrases(text: str, lang: str) -> list[Anchored]:
    """Every phrase of ``lang`` counting a day from a day named before it, in text order."""
    table = _table(lang)
    if not table:
        return []
    toks = [(m.start(), m.end(), norm(m.group())) for m in _WORD.finditer(text)]
    out: list[Anchored] = []
    i = 0
    while i < len(toks):
        hit = next(((words, days * count, opens) for words, days, opens in table
                    if (count := _count(words, [t[2] for t in toks[i:i + len(words)]], lang))
                    and _joined(text, toks[i:i + len(words)])), None)
        if hit is None:
            i += 1
            continue
        words, days, opens = hit
        j = i + len(words)
        if not _counts_from_object(text, lang, toks, i, j, opens):
            out.append(Anchored(toks[i][0], toks[j - 1][1], days))
        i = j
    return out


def _joined(text: str, toks: list[tuple[int, int, str]]) -> bool:
    """The words stand together: only spaces or an apostrophe between them ("l'indomani")."""
    return all(not text[a[1]:b[0]].strip(" \u00a0'\u2019") for a, b in zip(toks, toks[1:]))


def _counts_from_object(text: str, lang: str, toks, i: int, j: int, opens: bool) -> bool:
    """The phrase at tokens ``i:j`` counts from something other than a named day, or is a span."""
    before = toks[i - 1][2] if i else ""
    if before in _SPAN_BEFORE.get(lang, ()) or (lang == "hi" and before in _HI_OBJECT_BEFORE):
        return True
    nxt = toks[j] if j < len(toks) and not text[toks[j - 1][1]:toks[j][0]].strip(" \u00a0") else None
    if nxt is not None and nxt[2] == "or":
        return True  # "the next day or two"
    if not opens or nxt is None:
        return False
    word, key = text[nxt[0]:nxt[1]], nxt[2]
    if lang == "en":
        return key not in _EN_NOT_OBJECT
    if lang == "ar":
        return key.startswith("ل") and len(key) > 2  # "للانتخابات", "لزيارة"
    if lang == "ru":
        return key in _OBJECT_AFTER["ru"] or _genitive_ru(word)
    if lang == "uk":
        return key in _OBJECT_AFTER["uk"] or not (key in _UK_NOT_OBJECT or key.endswith(_UK_VERB_ENDINGS))
    return key in _OBJECT_AFTER.get(lang, ())


def _genitive_ru(word: str) -> bool:
    """A noun, adjective or numeral in the genitive: "накануне выборов", "накануне Дня Победы"."""
    from .entity_inflect import analyzer

    morph = analyzer("ru")
    if morph is None:
        return False
    tag = morph.parse(word)[0].tag
    return "gent" in tag and (tag.POS in {"NOUN", "ADJF", "PRTF", "NUMR"})


def anchored_day(anchor: dt.date, phrase: Anchored) -> dt.date:
    return anchor + dt.timedelta(days=phrase.days)
