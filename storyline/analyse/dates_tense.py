"""Which way does a date expression point: the tense and plan cues around it.

"Wednesday", "21 августа" or "in February" do not say whether they lie before
or after the report.  The words around them do:

* a *plan* ("due to", "is set to", "scheduled for", "планировалось",
  "soll", "prévu", "está previsto", "तय") points forward from the report
  even in the past tense ("had been due to land on Monday" in a Sunday report
  is the next day), so a plan is its own lean, not a future tense;
* a target preposition before the date ("for Wednesday", "на понедельник",
  "für Donnerstag", "pour vendredi") names the day something is set for;
* future auxiliaries and endings ("will", "будет", "wird", "-ront", "-rà",
  "होगा", "bude", "θα") and past ones ("was", "-л", "hatte", "-ó", "था",
  Czech "-l/-la/-ly", Greek aorist "-σε/-σαν/-ηκε").

Cues are read in the clause that holds the expression (split at commas and
semicolons); a clause that is only the expression and a word or two
("Mercredi, …", "Three days ago, …") borrows the next clause's verb.  In
verb-final languages (Hindi) the first cue after the expression decides, else
the nearest before it; elsewhere the nearest one before it (a date follows the verb it belongs to: "arrived on
Wednesday and is expected to …"), else the first after it (a fronted date:
"Am Freitag starb …").  dates_relative.py turns the lean into a direction.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from .dates_lexicon import norm
from .dates_happenings import happening_date
from .dates_tense_abjad import AR_FUTURE, AR_NOT_FUTURE, AR_PAST, FUTURE_WORDS_AR, FUTURE_WORDS_HE, \
    PAST_WORDS_AR, PAST_WORDS_HE, PLANNED_AR, PLANNED_HE, PROCLITICS as _PROCLITICS, bare_past
from .entity_inflect import verb_tense

PAST, FUTURE, PLANNED, NONE = "past", "future", "planned", ""

_FUTURE_WORDS: dict[str, set[str]] = {
    "en": {"will", "ll", "shall", "tomorrow"},
    "de": {"wird", "werden", "werde", "wirst", "werdet"},
    "ru": {"будет", "будут", "буду", "будем", "будете", "будешь"},
    "fr": {"sera", "seront", "aura", "auront", "fera", "feront", "ira", "iront"},
    "es": {"va", "van", "vamos"}, "it": set(), "pt": {"vai", "vão", "irá", "irão"},
    "hi": set(),
    "cs": {"bude", "budou", "budu", "budeme", "budete", "zítra"},
    "el": {"θα", "αύριο"},
}
_PAST_WORDS: dict[str, set[str]] = {
    # English irregular pasts (regular ones end in -ed, see _PAST_SUFFIX)
    "en": {"was", "were", "had", "did", "said", "told", "ago", "rose", "fell", "won", "took",
           "made", "met", "began", "came", "went", "left", "held", "saw", "struck", "fled",
           "led", "lost", "gave", "broke", "became", "sent", "spent", "ran", "sold", "paid",
           "shot", "got", "brought", "fought", "thought", "found", "knew", "grew", "flew",
           "drew", "threw", "wrote", "spoke", "stood", "sat", "fell", "felt", "kept", "built",
           "bought", "caught", "taught", "chose", "froze", "stole", "swore", "tore", "wore",
           "woke", "drove", "rode", "shook", "forgave", "forbade", "overtook", "withdrew",
           "undertook", "arose", "sank", "sang", "rang", "swam", "began", "hung", "dealt",
           "meant", "lay", "laid", "bore", "beat", "bit", "hid", "slid", "sought", "sprang",
           "stuck", "stung", "struck", "swept", "wept", "slept", "crept", "lent", "bent",
           "fed", "bled", "sped", "dug", "spun", "won", "ate", "oversaw", "upheld"},
    # German strong and mixed preterites and the commonest weak ones
    "de": {"war", "waren", "hatte", "hatten", "sagte", "sagten", "wurde", "wurden", "kam",
           "kamen", "fiel", "fielen", "traf", "trafen", "ging", "gingen", "stiegen", "stieg",
           "fand", "fanden", "begann", "begannen", "starb", "starben", "gab", "gaben", "nahm",
           "nahmen", "sah", "sahen", "lag", "lagen", "stand", "standen", "rief", "riefen",
           "schlug", "trat", "traten", "flog", "flogen", "zog", "zogen", "verließ", "hielt",
           "hielten", "sprach", "brach", "blieb", "blieben", "schrieb", "fuhr", "fuhren",
           "wuchs", "trug", "gewann", "gewannen", "verlor", "verloren", "erhielt", "erhielten",
           "bekam", "wies", "stieß", "sank", "brachte", "dachte", "kannte", "nannte",
           "konnte", "konnten", "musste", "mussten", "teilte", "meldete", "erklärte",
           "reiste", "kündigte", "forderte", "warnte", "berichtete", "stellte", "legte",
           "machte", "zeigte", "führte", "dauerte", "folgte", "besuchte", "unterzeichnete"},
    # Russian past tense ends in -л …, except these common masculine forms
    "ru": {"было", "был", "была", "были", "умер", "погиб", "вырос", "достиг", "помог",
           "мог", "смог", "привез", "принес", "спас", "запер", "стер", "замер", "исчез",
           "возник", "проник", "застрял"},
    "fr": {"avait", "avaient", "était", "étaient", "fut", "furent", "eut"},
    "es": {"fue", "fueron", "era", "eran", "había", "habían", "dijo"},
    "it": {"era", "erano", "fu", "furono", "aveva", "avevano"},
    "pt": {"foi", "foram", "era", "eram", "tinha", "tinham", "havia"},
    "cs": {"byl", "byla", "bylo", "byli", "byly", "měl", "měla", "měli", "řekl", "řekla", "řekli", "mohl",
           "šel", "přišel", "jel", "dojel", "včera"},
    "el": {"ήταν", "είχε", "είχαν", "ήρθε", "ήρθαν", "είπε", "είπαν", "χθες", "χτες"},
    "hi": {"था", "थी", "थे", "थीं", "गया", "गई", "गयी", "गए", "गये", "किया", "किए",
           "किये", "हुआ", "हुई", "हुए", "हुईं", "दिया", "दिए", "लिया", "कहा", "बताया",
           # came, reached: "पुतिन 24 साल बाद … आए हैं" is after 24 years, not in them
           "आया", "आए", "आये", "आई", "पहुंचा", "पहुंचे", "पहुंची", "पहुँचा", "पहुँचे", "पहुँची"},
}
# French and Portuguese compound pasts: an auxiliary then a participle.
_PAST_AUX: dict[str, set[str]] = {
    "fr": {"a", "ont", "est", "sont", "ai", "as", "avons", "avez", "été"},
    "it": {"ha", "hanno", "ho", "abbiamo", "è", "sono", "stato", "stata", "stati"},
    "de": {"hat", "haben", "hast", "ist", "sind"},
}
_FUTURE_SUFFIX: dict[str, str] = {  # regex on the raw lowercased word
    "hi": r"[ेोूएओ][ंँ]?ग[ाीे][ंँ]?$",  # होगा, करेंगे, जाएगी, देगें (but not लगा, आगे)
    "es": r"\w{2,}r[áé]n?$",           # será, viajarán
    "fr": r"\w{2,}(?:ra|ront|rai|rons|rez)$",
    "it": r"\w{2,}(?:rà|ranno|rò|remo|rete)$",
    "pt": r"\w{2,}(?:rá|rão|rei|remos)$",
    # non-past: откроется, состоится; вступают, проводят (present for scheduled)
    "ru": r"\w{3,}(?:(?:ет|ит|ут|ют|ат|ят)ся|[аяуеи]ют|[аеиоуя]ят)$",
}
_PAST_SUFFIX: dict[str, str] = {
    "en": r"^(?!hundred$|need$|speed$|seed$|bed$|red$|shed$|feed$|breed$)\w+[^e\W]ed$",
    "ru": r"\w{2,}л(?:[аои])?(?:ся|сь)?$",
    "es": r"\w{2,}(?:ó|aron|ieron)$",
    "pt": r"\w{2,}(?:ou|aram|eram|iram|eu|iu)$",
    "it": r"\w{2,}(?:ò|ì|arono|erono|irono)$",
    # the l-participle after a vowel, six letters or more (zastavily, oznámil; not kolo, škola, číslo)
    "cs": r"^\w{3,}[aeiouyáéěíóúůý]l[aoiy]?$|^\w{2,}[dkh]li?$",  # and uvedl, utekl, pomohli
    # aorist: σταμάτησαν, ανακοίνωσε, βρέθηκε; stressed before the ending: ανέφεραν, έφυγαν
    "el": r"\w{2,}(?:σε|ξε|ψε|σαν|ξαν|ψαν|ηκε|ηκαν)$|^\w*[άέήίόύώ]\w{2,}αν$",
}
_PARTICIPLE: dict[str, str] = {
    "fr": r"\w{2,}(?:é|ée|és|ées|i|is|it|u|ue|us)$",
    "it": r"\w{2,}(?:at[oaie]|it[oaie]|ut[oaie]|ss[oaie]|st[oaie]|tt[oaie])$",
    "de": r"^(?:\p{Ll}+)?ge\p{Ll}{2,}(?:t|en)$",
}
# Plans: words (or stems, ending in "*") that say something is set for a date.
_PLANNED: dict[str, tuple[str, ...]] = {
    "en": ("due", "scheduled", "slated", "planned", "plans", "planning", "expected", "set",
           "postponed", "rescheduled", "deadline", "expectations", "forecast", "forecasts",
           "timetable", "proposed", "bets", "odds", "likely", "possible", "possibly"),
    "ru": ("планир*", "запланир*", "намеч*", "намечен*", "должен", "должна", "должно",
           "должны", "ожида*", "назначен*", "перенес*", "перенос*", "предполага*"),
    "de": ("soll", "sollen", "sollte", "sollten", "geplant", "plant", "planen", "angesetzt",
           "vorgesehen", "erwartet", "will", "wollen", "verschoben", "terminiert"),
    "fr": ("prévu*", "doit", "doivent", "devait", "devaient", "devrait", "devraient",
           "programmé*", "censé*", "attendu*", "reporté*", "fixé*"),
    "es": ("previst*", "programad*", "debe", "deben", "debía", "debían", "planea*",
           "planead*", "prevé", "fijad*", "aplazad*"),
    "it": ("previst*", "programmat*", "deve", "devono", "doveva", "dovevano", "fissat*",
           "rinviat*", "dovrebbe*"),
    "pt": ("previst*", "marcad*", "programad*", "deve", "devem", "deveria*", "devia*",
           "agendad*", "adiad*"),
    "hi": ("तय", "निर्धारित", "प्रस्तावित", "योजना", "होना", "वाला", "वाली", "वाले"),
}
# "was to meet Sunday", "are to be held by Jan. 9": "be" with "to" is a plan.
_BE_TO = {"en": {"is", "are", "was", "were"}}
# "said elections would be held by Jan. 9": the future seen from a past
# saying still lies ahead of it (not "would have", a past that did not happen).
_WOULD = {"en": {"would"}}
# A preposition that names the date something is set for ("for Wednesday").
_TARGET_PREPS: dict[str, set[str]] = {
    "en": {"for"}, "de": {"für"}, "fr": {"pour"}, "es": {"para"},
    "it": {"per"}, "pt": {"para"},
}
# "The eve of" a day: the tense tells of the eve, the day is the one after it
# ("la capture a eu lieu à la veille du vote de samedi", in a Friday report,
# is tomorrow's vote, not last Saturday's), so the clause gives no lean.
_EVE: dict[str, set[str]] = {
    "en": {"eve"}, "fr": {"veille"}, "es": {"víspera"}, "it": {"vigilia"}, "pt": {"véspera"},
    "de": {"vorabend"}, "ru": {"накануне"}, "cs": {"předvečer"}, "el": {"παραμονή"},
    "ar": {"عشية"}, "hi": {"संध्या"},
}
_FUTURE_WORDS.update(ar=FUTURE_WORDS_AR, he=FUTURE_WORDS_HE)
_PAST_WORDS.update(ar=PAST_WORDS_AR, he=PAST_WORDS_HE)
_PLANNED.update(ar=PLANNED_AR, he=PLANNED_HE)
_PAST_SUFFIX["ar"], _FUTURE_SUFFIX["ar"] = AR_PAST, AR_FUTURE
# Czech perfective presents are futures ("se uskuteční", "rozhodne"); the
# commonest in news of events, since their form is the imperfective present's.
_FUTURE_WORDS["cs"] |= {"uskuteční", "proběhne", "proběhnou", "začne", "začnou", "skončí",
                        "rozhodne", "rozhodnou", "vstoupí", "zahájí", "přijede", "přiletí",
                        "navštíví", "sejde", "sejdou", "představí", "zveřejní", "oznámí",
                        "podepíše", "odletí"}
_PLANNED["cs"] = ("plánuj*", "plánovan*", "naplánov*", "očekáv*", "odložen*")
_PLANNED["el"] = ("αναμένεται", "αναμένονται", "προγραμματ*", "προβλέπεται", "πρόκειται")
_VERB_FINAL = {"hi", "mr", "ne", "ur", "bn", "ja", "ko", "tr"}
# Hindi "की" is a past verb ("बात की") only at the end of a clause; elsewhere
# it is the genitive postposition ("किम की यात्रा").
_HI_KI_AFTER = {"", "है", "हैं", "थी", "थे", "गई", "गयी"}
# "कल टूर का विश्राम दिवस है" (tomorrow is the Tour's rest day): Hindi कल
# (yesterday or tomorrow) in a clause that only says "is" is tomorrow; a past
# would say "था".  Not after an auxiliary ("हो रही है", "आ चुका है"), and only
# for such a word: "13 सितंबर को … है" is no future.
_HI_COPULA = {"है", "हैं"}
_HI_AUX = {"रहा", "रही", "रहे", "चुका", "चुकी", "चुके", "सका", "सकी", "सके"}
_WORD = regex.compile(r"\w+(?:-\w+)*")
_APOSTROPHES = ("'", "\u2019")
_CLAUSE = regex.compile(r"[,;:()\u2013\u2014]")
# Words that open a clause of their own, a reported or relative one, often
# without a comma: "ανέφεραν ότι … θα", "ναυτών που κρατούνται … στις 23
# Μαρτίου", "said that … will": the tense there is not the date's outside it.
_OPENERS: dict[str, set[str]] = {
    "en": {"that", "which", "who"}, "el": {"ότι", "πως", "που", "οποίο", "οποία", "οποίοι"},
    "fr": {"que", "qu", "qui"}, "es": {"que"}, "it": {"che"}, "pt": {"que"},
    "de": {"dass"}, "cs": {"že", "který", "která", "které", "kteří"}, "ru": {"что", "который"},
    "hi": {"कि", "जो"}, "ar": {"ان", "انه", "انها", "التي", "الذي", "الذين"}, "he": {"כי", "אשר"},
}


@dataclass(frozen=True)
class TenseCues:
    lang: str
    future_words: frozenset
    past_words: frozenset
    past_aux: frozenset
    planned: tuple
    target_preps: frozenset
    future_suffix: str | None
    past_suffix: str | None
    participle: str | None
    verb_final: bool

    def planned_word(self, w: str) -> bool:
        return any(w == p or (p.endswith("*") and w.startswith(p[:-1])) for p in self.planned)


@lru_cache(maxsize=64)
def tense_cues(lang: str) -> TenseCues:
    # casefold() as _cue does: Greek "χθες" is read as "χθεσ"
    fold = (lambda w: _fold(lang, w))
    return TenseCues(lang, frozenset(map(fold, _FUTURE_WORDS.get(lang, ()))),
                     frozenset(map(fold, _PAST_WORDS.get(lang, ()))),
                     frozenset(_PAST_AUX.get(lang, ())), _PLANNED.get(lang, ()),
                     frozenset(_TARGET_PREPS.get(lang, ())), _FUTURE_SUFFIX.get(lang),
                     _PAST_SUFFIX.get(lang), _PARTICIPLE.get(lang), lang in _VERB_FINAL)


def _fold(lang: str, word: str) -> str:
    """The key a cue word is matched by: casefolded, and in Arabic and Hebrew
    norm()-ed (no hamza) without a proclitic "and" / "that" when the rest is a cue."""
    w = word.casefold()
    if lang not in _PROCLITICS:
        return w
    w = norm(w)
    if w[:1] in _PROCLITICS[lang] and len(w) > 3:
        rest = w[1:]
        if rest in _PAST_WORDS.get(lang, ()) or rest in _FUTURE_WORDS.get(lang, ()) or \
                rest in _PLANNED.get(lang, ()):
            return rest
    return w


def _cue(c: TenseCues, words: list[str], k: int) -> str:
    """The lean word ``k`` of ``words`` gives on its own (NONE if it gives none)."""
    raw = words[k]
    w = _fold(c.lang, raw)
    following = _fold(c.lang, words[k + 1]) if k + 1 < len(words) else ""
    if c.planned_word(w) or (w in _BE_TO.get(c.lang, ()) and following == "to"):
        return PLANNED
    if w in _WOULD.get(c.lang, ()) and following not in ("have", "ve"):
        return FUTURE
    # A dictionary's reading (Russian) decides where it knows the word; its
    # present tense still goes by the endings (a present for a scheduled day).
    tense = verb_tense(w, c.lang)
    by_ending = tense is None or tense == "pres"
    if w in c.future_words or tense == "futr" or (
            by_ending and c.future_suffix and regex.search(c.future_suffix, w) and w not in AR_NOT_FUTURE):
        return FUTURE
    if c.lang == "hi" and w == "की":
        return PAST if following in _HI_KI_AFTER else NONE
    # a participle after a non-past "be" is no past: "to be signed", "would be
    # held", "is (fully) restored from January"
    after_be = c.lang == "en" and _after_be([x.casefold() for x in words[max(0, k - 2):k]])
    if not after_be and (w in c.past_words or tense == "past" or (
            by_ending and c.past_suffix and regex.search(c.past_suffix, w)
            and not (c.lang in ("en", "cs") and raw[:1].isupper()))):
        # "किया जाएगा", "दी जाएगी": a past participle before a future auxiliary.
        if following and c.lang == "hi" and _cue(c, words[k + 1:k + 2], 0) == FUTURE:
            return FUTURE
        return PAST
    if c.lang == "ar" and bare_past([_fold(c.lang, x) for x in words], k, w):  # "توقف القتال"
        return PAST
    if w in c.past_aux and c.participle:
        nxt = [x.casefold() for x in (words[k + 1:k + 4] if c.lang != "de" else words[k + 1:])]
        # "est prévu", "è previsto": a plan, not a past happening
        if any(regex.search(c.participle, x) and not c.planned_word(x) for x in nxt):
            return PAST
    if c.participle and c.lang == "de" and raw[:1].islower() and regex.search(c.participle, raw) \
            and any(x in c.past_aux for x in words):
        return PAST
    return NONE


_BE_NOT_PAST = {"be", "is", "are", "am", "being"}


def _after_be(before: list[str]) -> bool:
    """The word after ``before`` follows a non-past "be", or one and an "-ly"
    adverb ("is fully restored"): a passive or adjective, not a past verb."""
    return bool(before) and (before[-1] in _BE_NOT_PAST or (
        len(before) == 2 and before[-1].endswith("ly") and before[0] in _BE_NOT_PAST))


def _clause(sentence: str, start: int, end: int, lang: str = "") -> tuple[int, int]:
    """Bounds of the clause holding ``sentence[start:end]``, cut at commas and
    before an opener (``_OPENERS``); a clause that holds little besides the
    expression is widened to the next one.  An expression that runs past the
    sentence ("de esta. Lunes, 27 de enero", read across the period) is cut at
    its end: past it there is no clause to bound."""
    end = min(end, len(sentence))
    openers = {_fold(lang, w) for w in _OPENERS.get(lang, ())}
    cuts = [0] + [m.end() for m in _CLAUSE.finditer(sentence)] + [len(sentence) + 1]
    cuts += [m.start() for m in _WORD.finditer(sentence) if _fold(lang, m.group()) in openers
             and not start <= m.start() < end]
    cuts.sort()
    lo = max(c for c in cuts if c <= start)
    hi = min(c for c in cuts if c > end) - 1
    rest = _WORD.findall(sentence[lo:start] + " " + sentence[end:hi])
    if len(rest) <= 2 and hi < len(sentence):
        nxt = [c for c in cuts if c > hi + 1]
        hi = (nxt[0] - 1) if nxt else len(sentence)
    return lo, hi


def _planned_next(c: TenseCues, rest: str) -> bool:
    """A possessive date whose noun is planned ("on the eve of Saturday's
    expected vote", "ahead of Tuesday's planned launch") names the coming
    day, whatever the tense of "took place" before it.  Only the possessive:
    a plan word merely after a date is often something else ("Airlifts
    stopped Wednesday due to logistical issues")."""
    if rest[:1] not in _APOSTROPHES:
        return False
    nxt = _WORD.findall(rest[:40])
    return len(nxt) >= 2 and nxt[0].casefold() == "s" and c.planned_word(nxt[1].casefold())


# A verbal noun ("Разрушение", "Нападение") opening the clause, the date its
# complement: "Разрушение плотины … во вторник ударит по сельскому хозяйству"
# (the destruction on Tuesday will hit farming) is a future consequence of a
# day past, so the verb after the date does not say which way the day lies.
_ACTION_NOUN = {"ru": r"^\w{3,}[нт]ие$"}


def _action_subject(lang: str, before: str) -> bool:
    words = _WORD.findall(before)
    return bool(words) and lang in _ACTION_NOUN and bool(regex.search(_ACTION_NOUN[lang], words[0].casefold()))


def lean(lang: str, sentence: str, start: int, end: int, either_way: bool = False) -> str:
    """PAST, FUTURE, PLANNED or NONE for the expression at ``sentence[start:end]``
    (``either_way``: a word that means the day before or after, Hindi कल)."""
    c = tense_cues(lang)
    before_expr = _WORD.findall(sentence[:start])
    if before_expr and before_expr[-1].casefold() in c.target_preps:
        return PLANNED
    lo, hi = _clause(sentence, start, end, lang)
    if _planned_next(c, sentence[end:hi]):
        return PLANNED
    if happening_date(lang, sentence, start, end):  # "will examine the events of 7 July"
        return PAST
    near = _WORD.findall(sentence[lo:start])[-4:] + _WORD.findall(sentence[end:hi])[:3]
    if any(w.casefold() in _EVE.get(lang, ()) for w in near):
        return NONE
    words = [(m.start() + lo, m.group()) for m in _WORD.finditer(sentence[lo:hi])]
    seq = [w for _, w in words]
    cues = [(pos, _cue(c, seq, k)) for k, (pos, _) in enumerate(words)]
    cues = [(pos, cue) for pos, cue in cues if cue and not start <= pos < end]
    if not cues:
        # a plan governs the clause it opens: "está previsto que … el jueves"
        outer = _WORD.findall(sentence[_clause(sentence, start, end)[0]:lo])
        if any(c.planned_word(w.casefold()) for w in outer):
            return PLANNED
        copula = lang == "hi" and either_way and len(seq) > 2 and seq[-1] in _HI_COPULA
        return FUTURE if copula and seq[-2] not in _HI_AUX else NONE
    after = [cue for pos, cue in cues if pos >= end]
    before = [cue for pos, cue in cues if pos < start]
    if c.verb_final:
        return after[0] if after else before[-1]
    if not before and after[0] == FUTURE and _action_subject(lang, sentence[lo:start]):
        return NONE
    # A date follows the verb it belongs to ("arrived on Wednesday and is
    # expected to …"); a fronted one ("Am Freitag starb …") has none before it.
    return before[-1] if before else after[0]


def sentence_leans(lang: str, sentence: str) -> set[str]:
    """Every lean a word of ``sentence`` gives, clauses aside: "for the second
    time in two days, the crowds came out" is all past (so "in two days" is a
    span, not a day ahead); "will be held in two days" also future."""
    c = tense_cues(lang)
    seq = _WORD.findall(sentence)
    return {cue for k in range(len(seq)) if (cue := _cue(c, seq, k))}
