"""What a figure or a date in a sentence is attached to, and when a date is the telling's.

Two aligned sentences conflict on a number or a date only when the values
are said of the same thing.  Within one language the words around them tell
(:func:`context_words`: "at least 10,000 are missing" / "at least 4,000 are
missing").  Across languages there are no shared words, but the quantities
reports most often disagree on -- the dead, the injured, the missing, an
earthquake's magnitude -- are named by a few words in each language
(:data:`CONCEPTS`, :func:`concept_of`), so "plus de 2 000 personnes auraient
péri" and "the number of confirmed dead rose above 5,000" are one quantity,
and "10,000 are missing" and "el número de muertos superaba los 5.000" two.

A date may also say when a report was made rather than when what it states
happened: a dateline ("BENGHAZI, Libya, Sept 12 (Meridian) -"), "said on
Sunday", "selon un bilan ... publié samedi" (:func:`told_at`).  Two reports
made on different days do not disagree about the day of the quake.
"""
from __future__ import annotations

import re

import regex

_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")
_CONTEXT_WORDS = 3  # words either side of a figure or date that say what it is attached to
_CONTEXT_LETTERS = 4  # shorter words are mostly function words ("the", "are", "on")
# words that qualify a figure rather than say what it counts ("above 10%", "above its 2% target")
_QUALIFIERS = frozenset({"more", "than", "over", "above", "below", "under", "least", "about", "around", "nearly",
                         "almost", "roughly", "plus", "moins", "environ", "près", "menos", "unos", "casi",
                         "mehr", "mindestens", "über", "rund", "etwa", "fast", "knapp", "более", "свыше",
                         "около", "почти", "менее", "करीब", "लगभग"})
_CONCEPT_AFTER, _CONCEPT_BEFORE = 4, 4  # words looked at for a concept: "2.100 el número de fallecidos"

# quantity -> word stems naming it, in the languages the corpus reads (prefix match, lower case)
CONCEPTS = {
    "dead": ("dead", "death", "died", "killed", "fatalit", "bodies", "morts", "mort", "tués", "décès", "péri",
             "muert", "fallec", "tote", "toten", "todesopfer", "getötet", "starben", "leben", "погиб",
             "смерт", "убит", "мёртв", "мерт", "मौत", "मृत", "मारे", "जान", "मरने",
             "mrtv", "obětí", "zemřel", "νεκρ", "σκοτώθηκ", "قتيل", "قتلى", "القتلى", "وفاة", "הרוג", "נהרג"),
    "injured": ("injur", "wound", "hurt", "blessé", "herid", "verletz", "ранен", "пострадав", "घायल", "जख्मी"),
    "missing": ("missing", "disparu", "desaparecid", "vermisst", "пропал", "пропавш", "लापता"),
    "magnitude": ("magnitud", "stärke", "магнитуд", "तीव्रता", "richter"),
}
_STEMS = sorted(((stem, c) for c, stems in CONCEPTS.items() for stem in stems), key=lambda x: -len(x[0]))

# what a rate or a share measures, named anywhere in its sentence (word prefixes, lower case; two
# words where one alone is any rate's: "base rate"): "La croissance est attendue à 0,9 %" and
# "the ECB now sees inflation averaging 2.5%" state two quantities, as do the ECB's deposit rate, its
# main refinancing rate and the Bank of England's base rate.  A word that names any rate ("Rate",
# "taux", "Leitzins") or a change of anything ("рост", "वृद्धि") is no quantity of its own.
MEASURES = {
    "inflation": ("inflation", "inflación", "inflazion", "inflação", "teuerung", "инфляц", "मुद्रास्फीति",
                  "महंगाई"),
    "growth": ("growth", "croissance", "wachstum", "crecimiento", "crescita", "crescimento", "gdp", "pib", "bip",
               "ввп", "जीडीपी"),
    "unemployment": ("unemploy", "jobless", "chômage", "arbeitslos", "desempleo", "disoccupazion", "desemprego",
                     "безработ", "बेरोजगार"),
    "deposit rate": ("deposit", "dépôt", "einlage", "depósito", "депозит"),
    "refinancing rate": ("refinanc", "refinanz", "hauptrefinanz", "рефинанс"),
    "base rate": ("base rate", "bank rate"),
}
_MEASURE = {m: regex.compile(r"(?<![\p{L}\p{M}])(?:" + "|".join(map(regex.escape, stems)) + ")", regex.IGNORECASE)
            for m, stems in MEASURES.items()}

# Reporting cues, one list each for the facts stage: claims.py keeps a sentence
# that has one, and told_at reads a date next to one as the telling's.
# Who says it ("according to"): a date in the clause after these is when it was said.
SOURCE_PHRASES = ("according to", "selon", "laut", "según", "secondo", "по данным", "по словам",
                  # Russian puts the possessive inside: "по его словам" (according to him)
                  "по его словам", "по её словам", "по ее словам", "по их словам",
                  # Greek, Czech, Arabic (the noun after "وفقا" / "حسب" carries "ل" glued), Hebrew
                  # (h-facts26: the MultiLing 2011 dev texts' forms, "σύμφωνα με" 15, "podle" 20, "وفقا" 24,
                  # "לפי" 27; "לדברי" glues "words of" to the name's word before it)
                  "σύμφωνα με", "podle", "وفقا", "وفقاً", "حسب", "بحسب", "לפי", "לדברי", "על פי",
                  # Portuguese (h-facts30): "segundo" with its article, as bare "segundo" is also
                  # "second" ("pelo segundo ano em 2020" would date the telling); "de acordo com"
                  "segundo o", "segundo a", "segundo os", "segundo as", "de acordo com")
SOURCE_PHRASES_UNSPACED = ("के मुताबिक", "के अनुसार")  # scripts \b does not bound
# Reporting verbs a date sits next to ("said on Sunday", "am Samstagmorgen mitteilte").
REPORTING_VERBS = ("said", "says", "saying", "told", "reported", "announced", "confirmed", "stated", "сказал", "заявил",
                   "сообщил", "сообщили", "сообщила", "sagte", "erklärte", "berichtete", "mitteilte",
                   "mitteilten", "bekanntgab", "dijo", "afirmó", "informó", "a déclaré", "a annoncé", "publié",
                   "dichiarato",
                   # Portuguese, Italian (h-facts30: Wikinews dev's Portuguese "afirmou" 3, "disse" 2,
                   # "disseram" 2; SemEval 2022 dev's Italian "ha detto" 70, "ha affermato" 33)
                   "disse", "disseram", "afirmou", "declarou", "informou", "anunciou",
                   "ha detto", "hanno detto", "ha affermato", "ha annunciato",
                   # Czech, Greek, Arabic (also with "and" prefixed), Hebrew
                   "řekl", "řekla", "řekli", "uvedl", "uvedla", "uvedli", "oznámil", "oznámila", "oznámili",
                   "prohlásil", "prohlásila", "sdělil", "sdělila", "potvrdil", "potvrdila",
                   "είπε", "είπαν", "δήλωσε", "δήλωσαν", "ανακοίνωσε", "ανακοίνωσαν", "ανέφερε", "επιβεβαίωσε",
                   "قال", "قالت", "وقال", "وقالت", "أعلن", "أعلنت", "وأعلن", "صرح", "أكد", "أكدت", "ذكر", "ذكرت",
                   "أفاد", "אמר", "אמרה", "ואמר", "הודיע", "הודיעה", "מסר", "מסרה", "הצהיר", "הצהירה")
REPORTING_VERBS_UNSPACED = ("ने कहा", "बताया", "जानकारी दी")
# Verbs of speech in the forms news prose gives a speaker (past, present, participle after an
# auxiliary: "a souligné", "hat betont"): only :data:`SAYING` reads them.  Not the one-word
# "according to" words ("según Lagarde"): "according" made Wikinews' `bench summaries` ROUGE-L
# 0.1659 -> 0.1653, and the source phrases are a list of their own.  Not cues for claims.py nor told_at, whose
# list above is kept short: "stressed on Sunday" is rarer than "said on Sunday".  Words under
# four letters ("dit", "diz", "कहा", and "قال", "صرح", "אמר" above) are read beside a name only
# (context_words' ``keep``): elsewhere such words are mostly function words.  Chinese
# writes no spaces, so a name's neighbours there are whole runs and no verb is read.  "Declared"
# is no such verb: "Macron formally declared the Games open" and "Emmanuel Macron a déclaré les
# Jeux ouverts" state one act, his name its evidence (a gold pair of `bench facts` lost with it).
SPEECH_VERBS = (
    # English
    "tells", "added", "adds", "stressed", "stresses", "noted", "explained", "explains", "insisted", "insists",
    "warned", "warns", "argued", "argues", "asserted", "asserts", "emphasised",
    "emphasized", "emphasises", "emphasizes", "underlined", "underscored", "acknowledged", "acknowledges",
    "admitted", "admits", "conceded", "concedes", "denied", "denies", "remarked", "commented", "replied",
    "responded", "wrote", "writes", "tweeted", "posted", "reiterated", "repeated", "cautioned", "recalled",
    "predicted", "suggested", "contended", "maintained", "indicated", "announces", "confirms",
    # German
    "sagt", "sagten", "gesagt", "erklärt", "erklärten", "betonte", "betonten", "betont", "meinte", "meint",
    "fügte", "warnte", "warnt", "bekräftigte", "unterstrich", "räumte", "versicherte", "kündigte", "teilte",
    "bestätigte", "bestätigt", "äußerte", "berichtet", "sprach",
    # French
    "affirmé", "affirme", "souligné", "souligne", "ajouté", "ajoute", "expliqué",
    "explique", "précisé", "précise", "estimé", "estime", "assuré", "assure", "indiqué", "indique",
    "confirmé", "confirme", "rappelé", "rappelle", "insisté", "insiste", "averti", "martelé", "répondu",
    "annoncé",
    # Spanish
    "dice", "aseguró", "asegura", "afirma", "señaló", "señala", "explicó", "explica", "añadió",
    "añade", "agregó", "agrega", "indicó", "indica", "subrayó", "subraya", "destacó", "destaca", "insistió",
    "advirtió", "advierte", "recordó", "reconoció", "manifestó", "sostuvo", "comentó", "respondió",
    "anunció", "confirmó", "dicho",
    # Portuguese (Wikinews dev's) and French: "disse o ministro", "Lagarde a dit", "s'est dit bouleversé"
    # ("afirma", "explica", "destaca" are Spanish's above too; "disse" is a reporting verb, h-facts30)
    "diz", "dit", "dizem", "afirmaram", "declara", "declararam", "informaram", "anunciaram",
    "explicou", "explicaram", "confirmou", "confirmaram", "acrescentou", "destacou", "ressaltou",
    "salientou", "sublinhou", "lembrou", "garantiu", "comentou", "respondeu", "revelou", "alertou",
    # Italian (SemEval 2022 dev's: "afferma" 16, "dice" (Spanish's too) 13, "riferito" 10,
    # "risposto" 8, "annunciato" 6, "rivelato" 6, "confermato" 4)
    "detto", "affermato", "spiegato", "sottolineato", "aggiunto", "afferma", "dichiara", "riferito",
    "risposto", "annunciato", "rivelato", "confermato", "conferma", "aggiunge", "ricordato", "precisato",
    "ribadito", "spiega", "sottolinea", "dicono",
    # Russian (the past in each gender and the plural; the present)
    "сказала", "сказали", "заявила", "заявили", "заявляет", "отметил", "отметила", "отметили", "отмечает",
    "подчеркнул", "подчеркнула", "подчеркнули", "добавил", "добавила", "добавили", "пояснил", "пояснила",
    "рассказал", "рассказала", "рассказали", "признал", "признала", "заверил", "заверила", "уточнил",
    "уточнила", "указал", "указала", "объяснил", "объяснила", "объявил", "объявила", "предупредил",
    "предупредила", "ответил", "ответила", "говорит",
    # Hindi ("मोदी ने कहा कि …": the name, "ने", the verb)
    "बताया", "बोले", "बोलीं", "कहना", "कहते", "कहती", "कहा", "कही",
    # Arabic (also with "and" prefixed)
    "وأكد", "وأكدت", "وصرح", "أضاف", "وأضاف", "أضافت", "أوضح", "وأوضح", "أوضحت", "أشار", "وأشار", "أشارت",
    "وشدد", "شددت", "يقول", "تقول", "وذكر", "تابع", "وتابع", "أفادت", "وأفاد", "وأفادت",
    # Greek, Czech, Hebrew beyond the reporting verbs above (h-facts26: the MultiLing 2011 dev
    # texts' commonest forms: "σημείωσε" 10, "πρόσθεσε" 9, "λέει" 9; "poznamenal" 12, "dodal" 10,
    # "tvrdí" 9; "ציין" 13, "הוסיף" 12, "דיווח" 8)
    "σημείωσε", "πρόσθεσε", "λέει", "ισχυρίστηκε", "τόνισε", "υποστήριξε", "εξήγησε", "απάντησε", "ανέφεραν",
    "δηλώνει", "επισήμανε", "προειδοποίησε",
    "poznamenal", "poznamenala", "dodal", "dodala", "dodali", "tvrdí", "říká", "uvádí", "napsal", "napsala",
    "varoval", "varovala", "upozornil", "upozornila", "vysvětlil", "zdůraznil", "zdůraznila", "prohlásili",
    "sdělili", "konstatoval", "odpověděl",
    "ציין", "ציינה", "הוסיף", "הוסיפה", "דיווח", "אומר", "אומרת", "אמרו", "טען", "טענה", "כתב", "הסביר",
    "השיב", "הדגיש",
)
# the one-word reporting verbs and the verbs of speech, lower case: every quoted person "said", so
# they tie no name to a role (disagreements), and the name beside one is the speaker's
# (agreement.speaker_keys)
SAYING = frozenset(v.casefold() for v in REPORTING_VERBS + SPEECH_VERBS if " " not in v)


def cue_pattern(words: tuple[str, ...], unspaced: tuple[str, ...] = ()) -> re.Pattern:
    """One case-blind pattern for cue words: whole words where \\b bounds them, as written else."""
    alternatives = [rf"\b({'|'.join(map(re.escape, words))})\b"] if words else []
    if unspaced:
        alternatives.append(f"({'|'.join(map(re.escape, unspaced))})")
    return re.compile("|".join(alternatives), re.IGNORECASE)


_SOURCE = cue_pattern(SOURCE_PHRASES, SOURCE_PHRASES_UNSPACED)
_TOLD = cue_pattern(REPORTING_VERBS, REPORTING_VERBS_UNSPACED)
# a clause boundary or a complementiser: "said that the dam burst on Tuesday" dates the burst
_CLAUSE = re.compile(r"[,;:.!?]|\b(that|que|dass|что|कि)\b", re.IGNORECASE)
# a dateline: "BENGHAZI, Libya, Sept 12 (Meridian) - " (the day the report was filed)
_DATELINE = regex.compile(r"^\p{Lu}{3,}[^.\n]{0,60}?\s[-—–]\s")
_DIGIT = regex.compile(r"\p{N}")


def context_words(text: str, start: int, end: int, n: int = _CONTEXT_WORDS,
                  keep: frozenset[str] = frozenset()) -> frozenset[str]:
    """The words (:data:`_CONTEXT_LETTERS` letters or more, lower-cased) within
    ``n`` words either side of ``text[start:end]``: what a
    figure or a date is attached to ("at least 10,000 are missing" / "at least
    4,000 are missing" say one thing with two amounts; "far below the 272
    needed for" / "seats, 32 short of" are two quantities).  Words that only
    qualify a figure ("above", "more than") say nothing of what it counts.
    ``keep``: shorter words kept all the same, where one is a cue for what a
    name is to its sentence (:data:`SAYING` beside a person: "मोदी ने कहा",
    "Lagarde a dit", "قال بوتين"), while "the", "are", "ने" stay out."""
    before = _WORD.findall(text[max(0, start - 80):start].lower())[-n:]
    after = _WORD.findall(text[end:end + 80].lower())[:n]
    return frozenset(w for w in before + after
                     if (len(w) >= _CONTEXT_LETTERS or w in keep) and not w.isdigit() and w not in _QUALIFIERS)


def concept_word(word: str) -> str:
    """The quantity (a key of :data:`CONCEPTS`) a lower-case word names, or ""."""
    for stem, c in _STEMS:
        if word.startswith(stem):
            return c
    return ""


def concept_of(text: str, start: int, end: int) -> str:
    """The quantity (a key of :data:`CONCEPTS`) the figure ``text[start:end]``
    counts, or "": the first concept word within :data:`_CONCEPT_AFTER` words
    after it, else within :data:`_CONCEPT_BEFORE` words before it, not past
    another figure ("1 037 morts et 1 204 blessés")."""
    after = _WORD.findall(text[end:end + 100].lower())[:_CONCEPT_AFTER]
    before = _WORD.findall(text[max(0, start - 100):start].lower())[-_CONCEPT_BEFORE:][::-1]
    for words in (after, before):
        for w in words:
            if _DIGIT.match(w):
                break
            c = concept_word(w)
            if c:
                return c
    return ""


def measures_named(text: str) -> frozenset[str]:
    """The quantities of :data:`MEASURES` the sentence names."""
    return frozenset(m for m, pattern in _MEASURE.items() if pattern.search(text))


def told_at(text: str, start: int, end: int) -> bool:
    """The date mention ``text[start:end]`` says when the report was made, not
    when what it states happened: a dateline, a day in the clause after
    "according to" / "selon", or a day within three words of a reporting
    verb in the same clause ("said on Sunday", "am Samstagmorgen mitteilte")."""
    m = _DATELINE.match(text)
    if m and end <= m.end():
        return True
    for s in _SOURCE.finditer(text[:start]):
        if not _CLAUSE.search(text[s.end():start]):
            return True
    for v in _TOLD.finditer(text):
        gap = text[v.end():start] if v.end() <= start else text[end:v.start()] if v.start() >= end else None
        if gap is not None and not _CLAUSE.search(gap) and len(_WORD.findall(gap)) <= 3:
            return True
    return False
