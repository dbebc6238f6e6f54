"""A date that names a happening nobody schedules is past.

"The inquiry will examine the events of 7 July", "les attentats du 14
juillet", "die Anschläge vom 19. Juli", "теракт 22 июля", "هجمات 7 يوليو",
"7 जुलाई के हमले": the date belongs to the noun, not to the verb of the
clause, and an attack, a blast, an earthquake or "the events" of a day are
reported after they happen, so the day is the latest one on or before the
report whatever the verb says ("will examine", "rendra", "wird neu
aufgerollt").  Without this the clause's future (or, with no tense, the
nearer day) put a May report's "7 July" two months ahead.  Planned
happenings ("the elections of 7 July", "le sommet du 14 juillet") are not
listed: their date keeps the clause's lean.

The noun stands right before the date, past a genitive word or article
("the events of", "les attentats du", "της"), or right after it, past one
("the 7 July bombings", "7 जुलाई के हमले"), with no comma or other mark
between ("on Friday, killing two" is a clause of its own).  Stems are norm() keys matched
as prefixes, except a short one (:data:`SHORT` letters or fewer), which begins too many
other words ("coup": "couple", "coupon"; "riot": "riotous"; "हमल": "हमलावर", the
attacker): it must be the whole word or the word with one of its language's noun
endings (:data:`_ENDINGS`: "coups", "атаки", "útoku", "हमले").
"""
from __future__ import annotations

import functools

import regex

from .dates_lexicon import norm

_STEMS: dict[str, tuple[str, ...]] = {
    "en": ("attack", "bombing", "riot", "massacre", "explosion", "blast", "earthquake",
           "quake", "crash", "killing", "shooting", "flood", "floodwater", "disaster", "tragedy", "coup",
           "assassination", "murder", "atrocit", "uprising", "aftershock", "landslide", "mudslide"),
    "fr": ("attentat", "attaque", "explosion", "seisme", "tremblement", "incendie",
           "massacre", "emeute", "tuerie", "fusillade", "catastrophe", "inondation", "drame",
           "putsch", "assassinat", "eboulement"),
    "de": ("anschlag", "anschlage", "angriff", "explosion", "erdbeben", "brand",
           "massaker", "unruhen", "absturz", "attentat", "katastrophe", "ungluck", "hochwasser",
           "putsch", "amoklauf", "krawall", "nachbeben", "erdrutsch"),
    "es": ("atentado", "ataque", "explosion", "terremoto", "sismo", "incendio", "masacre",
           "disturbio", "tiroteo", "inundacion", "catastrofe", "tragedia", "golpe", "asesinato",
           "deslizamiento", "derrumbe"),
    "it": ("attentat", "attacc", "esplosion", "terremoto", "sisma", "incendi", "strage", "massacr",
           "scontri", "sparatoria", "alluvion", "tragedia", "golpe", "omicidi", "frana"),
    "pt": ("atentado", "ataque", "explosao", "explosoes", "terremoto", "sismo", "incendio",
           "massacre", "tiroteio", "inundac", "enchente", "tragedia", "golpe",
           "assassinato", "deslizamento"),
    "ru": ("теракт", "взрыв", "нападени", "атак", "землетрясени", "пожар", "беспорядк",
           "расстрел", "трагеди", "убийств", "наводнени", "путч", "переворот", "катастроф",
           "афтершок", "оползн"),
    "cs": ("útok", "atentát", "výbuch", "exploz", "zemětřesení", "požár", "nepokoj",
           "masakr", "střelb", "povodn", "převrat", "tragédi"),
    "el": ("επίθεσ", "επιθέσ", "έκρηξ", "εκρήξ", "σεισμ", "πυρκαγι", "ταραχ", "σφαγ",
           "πραξικόπημα", "τραγωδί"),
    "ar": ("هجوم", "هجمات", "تفجير", "انفجار", "زلزال", "حريق", "مجزرة", "اعتداء",
           "انقلاب", "فيضان", "الهجوم", "الهجمات", "التفجير", "الانفجار", "الزلزال",
           "الحريق", "المجزرة", "الاعتداء", "الانقلاب"),
    "he": ("פיגוע", "פיצוץ", "רעידת", "שריפת", "אסון", "טבח", "מתקפת", "התקפת", "הפיכת",
           "הפיגוע", "האסון", "הטבח"),
    "hi": ("हमल", "हमले", "विस्फोट", "धमाक", "भूकंप", "दंगा", "दंगे", "दंगों", "हादस", "त्रासदी", "बाढ", "भूस्खलन"),
}
# "the events" of a day: a happening by the date after them, but said of a concert, a sale or a
# trade fair as well, so they alone do not make a sentence state one (claims.states_happening)
_EVENTS: dict[str, tuple[str, ...]] = {
    "en": ("event",),
    "fr": ("evenement",),
    "de": ("ereignis",),
    "es": ("suceso",),
    "it": ("fatti",),
    "pt": ("acontecimento",),
    "ru": ("событи",),
    "cs": ("událost",),
    "el": ("γεγονότ",),
    "ar": ("احداث", "الاحداث"),
    "he": ("אירועי",),
    "hi": ("घटना",),
}
# Noun endings a short stem may take (norm() keys: no Latin accents, final sigma as σ).
# Hindi "दंग" alone is "astonished": its riot is listed by whole forms above.  Five letters
# are short too (h-names26): "brand" began "Brandenburg", "Brandung", "event" "eventually",
# "пожар" the firemen's adjective "пожарной", "golpe" the verb "golpeó", "fatti" "fattibilità".
SHORT = 5
_ENDINGS: dict[str, tuple[str, ...]] = {
    "en": ("", "s", "es", "ing", "ed"),  # ("crashed", "flooded": the happening told by its verb)
    "de": ("", "e", "es", "s", "en"),
    "fr": ("", "s"),
    "es": ("", "s"),
    "it": ("", "i"),
    "pt": ("", "s"),
    "ru": ("", "а", "и", "у", "ой", "ою", "е", "ам", "ами", "ах", "ем", "ей", "ы", "ов", "ом"),
    "cs": ("", "u", "y", "em", "um", "a", "e", "i", "ech", "ami", "ach"),
    "el": ("ή", "ής", "ές", "ών", "η", "ης", "ες", "ων", "ησ", "ήσ", "έσ", "εσ", "εισ", "εις", "εων",
           "όσ", "ός", "ό", "ού", "ούσ", "οί", "οσ", "ο", "ου", "ουσ", "οι"),
    "ar": ("", "ا", "ه", "ها", "هم", "ات"),
    "he": ("", "י", "ים", "ות"),
    "hi": ("", "ा", "े", "ों", "ो", "ओं"),
}
# Languages that write a compound's nouns as one word: a short stem also begins a compound whose
# rest is a word of the language ("Brandursache", "Brandanschlag", "Brandort"; not "Brandenburg")
_COMPOUNDING = frozenset({"de"})
_STEMS = {lang: tuple(norm(s) for s in stems) for lang, stems in _STEMS.items()}
_EVENTS = {lang: tuple(norm(s) for s in stems) for lang, stems in _EVENTS.items()}
# Genitive words and articles between the noun and its date.
_LINKS = {norm(w) for w in (
    "of", "the", "du", "des", "de", "d", "del", "della", "dello", "dei", "degli", "di", "vom", "von",
    "der", "do", "da", "dos", "das", "ze", "z", "ο", "η", "της", "του", "των", "τις", "τη", "την",
    "के", "की", "का", "s", "от", "יום", "ב", "يوم")}
# Words and marks; a mark other than an apostrophe or hyphen ends the
# phrase ("on Friday, killing two" is a clause, not "the Friday killing").
_TOKEN = regex.compile(r"\w+|[^\w\s]")
_JOINERS = {"'", "\u2019", "-"}


def happening_word(lang: str, word: str, events: bool = True) -> bool:
    """The word names an unscheduled happening in ``lang`` ("earthquake", "Anschläge",
    "наводнения"; ``events``: or "the events", :data:`_EVENTS`): also what makes a
    sentence with no name a claim (:func:`storyline.facts.claims.states_happening`)."""
    key = norm(word)
    stems = _STEMS.get(lang, ()) + (_EVENTS.get(lang, ()) if events else ())
    # a Hebrew prefix letter before the noun: "בפיגועי", "ולטבח"
    keys = (key, key[1:]) if lang == "he" and key[:1] in "בלמו" and len(key) > 3 else (key,)
    endings = _ENDINGS.get(lang, ("",))
    return any(k.startswith(s) and (len(s) > SHORT or k[len(s):] in endings or _compound(lang, k, len(s)))
               for k in keys for s in stems)


def _compound(lang: str, word: str, stem: int) -> bool:
    """What a short stem of ``stem`` letters leaves of ``word`` is a word of ``lang`` that
    compounds (pyspellchecker's list, folded as norm() folds: "ursache", "anschlag", "satze"),
    and the whole is no English loan word: a word of English's list that ``lang``'s lacks
    ("branding", whose "ing" the German list holds; docs/benchmarks.md, h-names27)."""
    rest = word[stem:]
    return lang in _COMPOUNDING and len(rest) > 2 and rest in _words(lang) \
        and not (word in _words("en") and word not in _words(lang))


@functools.lru_cache(maxsize=None)
def _words(lang: str) -> frozenset[str]:
    from storyline.analyse.entity_common import common_words

    return frozenset(norm(w) for w in common_words(lang, 10 ** 7))


# Where a date may stand as an adverb after any noun ("held events Saturday",
# "rencontres mardi"), the noun before it must be linked by a genitive word;
# a noun after it is read in English ("the 7 July bombings", "Sunday's
# earthquake": "the" before the date or "'s" after it) and Hindi ("7 जुलाई
# के हमले": a postposition between) only.
_LINKED_BEFORE = {"en", "de", "fr", "es", "it", "pt", "cs", "el", "hi"}
_NOUN_AFTER = {"en", "hi"}


def happening_date(lang: str, sentence: str, start: int, end: int) -> bool:
    """The date at ``sentence[start:end]`` names an unscheduled happening:
    its noun is right before it or right after it, past genitive words."""
    if lang not in _STEMS:
        return False
    before = _TOKEN.findall(sentence[max(0, start - 60):start])
    linked = False
    while len(before) > 1 and (norm(before[-1]) in _LINKS or before[-1] in _JOINERS):
        linked = linked or norm(before[-1]) != "the"
        before.pop()
    if before and happening_word(lang, before[-1]) and (linked or lang not in _LINKED_BEFORE):
        return True
    if lang not in _NOUN_AFTER:
        return False
    after = _TOKEN.findall(sentence[end:end + 40])[:4]
    linked = lang == "en" and sentence[:start].rstrip().casefold().endswith("the")
    while after and (norm(after[0]) in _LINKS or after[0] in _JOINERS):
        linked, _ = True, after.pop(0)
    return linked and bool(after) and happening_word(lang, after[0])
