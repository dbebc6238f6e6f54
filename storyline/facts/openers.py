"""Sentence openings that point back to a sentence the reader was not shown.

A summary is read from its first sentence, and an extract that opens "With
this, India became …" ("इसके साथ ही भारत …"), "It was Putin's first trip …"
or "Dabei …" leans on a sentence of its report that the summary did not pick.
Such a sentence may well state a fact worth telling, but not first:
:func:`storyline.facts.summarise.opening_first` lets the next fact open.

The words are the languages' pronouns, demonstratives and connectives that
take their meaning from what came before (function words, not a topic list);
only a sentence's first one to three words are read, after its dateline is
trimmed, so "The move …" or a name never counts, and a demonstrative that
begins a date ("Este miércoles, el BCE …", "Ce jeudi", "This week"), a
common way for a lead to open, does not either.  Two kinds lean harder and
are told only right after the sentence they lean on
(:func:`storyline.facts.summarise.antecedents`): an answer ("Kim returned
the gesture …", :func:`answers`) and a pronoun for a person named before
("По его словам, …", :func:`points_to_person`), as do a person told by what
they are ("Учёный признавался …", :func:`describes_person`), a pronoun for
the thing last named ("Celle-ci …", :data:`LAST_NAMED`) and a possessive
that opens the subject ("Both of their leaders …", :func:`owner_before`).
"""
from __future__ import annotations

import regex

import datetime as dt
import functools

from .trim import trim

# a sentence's first words, casefolded; a phrase of several words is one entry
BACK_OPENERS: dict[str, frozenset[str]] = {lang: frozenset(words) for lang, words in {
    "en": ["this", "these", "that", "those", "it", "its", "he", "she", "they", "his", "her", "their",
           "also", "but", "however", "meanwhile", "moreover", "furthermore", "besides", "then",
           "with this", "with that", "in addition", "instead", "still"],
    "de": ["dies", "dieser", "diese", "dieses", "damit", "dabei", "daher", "deshalb", "darauf", "danach",
           "er", "es", "sein", "seine", "ihr", "ihre", "auch", "aber", "jedoch", "zudem", "außerdem", "dort"],
    "fr": ["ce", "cette", "ces", "cela", "ceci", "il", "elle", "ils", "elles", "son", "sa", "ses", "leur",
           "leurs", "mais", "cependant", "toutefois", "en outre", "par ailleurs", "ainsi", "avec cela"],
    "es": ["este", "esta", "estos", "estas", "esto", "ello", "él", "ella", "ellos", "ellas", "su", "sus",
           "pero", "sin embargo", "además", "asimismo", "así", "con ello", "con esto"],
    "it": ["questo", "questa", "questi", "queste", "ciò", "lui", "lei", "essi", "suo", "sua", "ma",
           "tuttavia", "inoltre", "così"],
    "pt": ["este", "esta", "isso", "isto", "ele", "ela", "eles", "elas", "seu", "sua", "mas", "porém",
           "no entanto", "além disso", "assim"],
    "ru": ["это", "этот", "эта", "эти", "он", "она", "они", "его", "её", "ее", "их", "но", "однако",
           "кроме того", "также", "при этом", "тем самым", "там"],
    "cs": ["to", "tento", "tato", "toto", "on", "ona", "oni", "jeho", "její", "jejich", "ale", "však",
           "navíc", "také", "tím"],
    "el": ["αυτό", "αυτή", "αυτός", "αυτά", "αυτοί", "ωστόσο", "όμως", "επίσης", "έτσι"],
    "hi": ["इसके साथ ही", "इसके", "इससे", "इसी", "इसलिए", "यह", "ये", "वह", "वे", "उन्होंने", "उसने",
           "उनके", "उसके", "लेकिन", "हालांकि", "साथ ही", "वहीं", "इस बीच", "दूसरी ओर", "दूसरी तरफ", "उधर"],
    "ar": ["هذا", "هذه", "ذلك", "وهذا", "وهذه", "لكن", "ولكن", "كما", "وهو", "وهي"],
    "he": ["זה", "זו", "זאת", "הוא", "היא", "הם", "אבל", "אולם", "עם זאת"],
}.items()}

# phrases that answer something the report told before ("Kim returned the gesture with a pair of
# dogs" answers the limousine Putin gave him; "किम जोंग उन ने इसे … बताया", Kim called *it* the
# strongest treaty, answers the signing): read anywhere in a sentence's first ANSWER_WORDS words.
# A definite or bare answer only: "The visit returns a gesture Kim made last September" says what
# it returns and is not listed.  Object pronouns of languages that put them after the subject are
# in OBJECT_POINTERS (a sentence-opening pronoun is a BACK_OPENERS entry).
ANSWERS: dict[str, frozenset[str]] = {lang: frozenset(words) for lang, words in {
    "en": ["returned the gesture", "returned the favour", "returned the favor", "in return", "in response",
           "reciprocated", "responded in kind"],
    "de": ["im gegenzug", "revanchierte sich", "als antwort darauf"],
    "fr": ["en retour", "en réponse", "en contrepartie", "rendu la pareille"],
    "es": ["a cambio", "en respuesta", "devolvió el gesto", "en reciprocidad"],
    "it": ["in cambio", "in risposta", "ricambiato"],
    "pt": ["em troca", "em resposta", "retribuiu"],
    "ru": ["в ответ", "взамен", "ответил тем же"],
    "hi": ["बदले में", "जवाब में", "इसके जवाब में"],
}.items()}
# object pronouns of languages that put them after the subject ("किम जोंग उन ने इसे … बताया": Kim
# called *it* …): they answer the sentence right before, never a report's lede (:func:`answers_act`)
OBJECT_POINTERS: dict[str, frozenset[str]] = {"hi": frozenset(["इसे", "उसे", "इसको", "उसको"])}
# pronouns that pick the thing or person last named ("Celle-ci, un anneau de feu …, s'est élevée":
# the cauldron the report's sentence before tells of; "the latter", "letzterer", "este último"):
# they read right only after that sentence, wherever in the first clause they stand
LAST_NAMED: dict[str, frozenset[str]] = {lang: frozenset(words) for lang, words in {
    "en": ["the latter"], "de": ["letzterer", "letztere", "letzteres"],
    "fr": [f"{p} ci" for p in ("celui", "celle", "ceux", "celles")] + [f"{p} là" for p in ("celui", "celle")],
    "es": ["este último", "esta última", "estos últimos", "estas últimas"],
    "it": ["quest ultimo", "quest ultima", "questi ultimi", "queste ultime"],
    "pt": ["este último", "esta última"],
}.items()}
# possessives of the third person: one that opens a sentence's subject ("Both of their leaders,
# N. Chandrababu Naidu and Nitish Kumar, …", "Its conditions include …", "Sus líderes …") owns it
# to what the sentence before named (:func:`owner_before`)
POSSESSIVES: dict[str, frozenset[str]] = {lang: frozenset(words) for lang, words in {
    "en": ["their", "its", "his", "her"],
    "de": [f"{p}{e}" for p in ("ihr", "sein") for e in ("", "e", "en", "em", "er", "es")],
    "fr": ["leur", "leurs", "son", "sa", "ses"], "es": ["su", "sus"],
    "it": ["loro", "suo", "sua", "suoi", "sue"], "pt": ["seu", "sua", "seus", "suas"],
    "ru": ["их", "его", "её", "ее"], "cs": ["jejich", "jeho", "její"],
}.items()}
OWNER_WORDS = 3  # the possessive among a sentence's first words, only function words before it
ANSWER_WORDS = 8  # a subject of up to a few words, then the answer ("Kim Jong Un, in return, …")

# connectives that set a sentence beside the one before it without answering it ("Kim Jong Un, in
# turn, said …", "Киев, в свою очередь, обвинил …", "Putin, por su parte, defendió …"): read in a
# sentence's first ANSWER_WORDS words, as answers are, and held to the opening rule, as
# BACK_OPENERS are; told right after the sentence before them only where a corroborated fact shows
# it (:func:`storyline.facts.summarise.antecedents`).  Held to the answer rule (h-summ8), "в свою
# очередь" pulled into the Russian Putin–Kim story summary a single-source lead-in (h-summ10).
CONNECTIVES: dict[str, frozenset[str]] = {lang: frozenset(words) for lang, words in {
    "en": ["in turn", "for his part", "for her part", "for their part", "for its part"],
    "de": ["seinerseits", "ihrerseits", "unterdessen", "derweil", "indes"],
    "fr": ["à son tour", "à leur tour", "de son côté", "de leur côté", "pour sa part", "pour leur part",
           "quant à lui", "quant à elle", "quant à eux", "en revanche"],
    "es": ["a su vez", "por su parte", "por otro lado", "mientras tanto"],
    "it": ["a sua volta", "da parte sua", "dal canto suo", "nel frattempo"],
    "pt": ["por sua vez", "por seu lado", "por sua parte", "enquanto isso"],
    "ru": ["в свою очередь", "со своей стороны", "между тем", "тем временем"],
}.items()}  # Hindi sets them first ("वहीं, …", "इस बीच …"): BACK_OPENERS
# an answer that names what it answers says it itself: "in response to the quake", "en réponse à",
# "в ответ на", "als Antwort auf" (the word after); "भूकंप के जवाब में" (the postposition before)
NAMES_WHAT: dict[str, tuple[frozenset[str], frozenset[str]]] = {lang: (frozenset(after), frozenset(before))
                                                               for lang, after, before in [
    ("en", ["to", "for"], []), ("de", ["auf", "für"], []), ("fr", ["à", "au", "aux", "de"], []),
    ("es", ["a", "al", "de"], []), ("it", ["a", "al", "alla", "di"], []), ("pt", ["a", "ao", "à", "de"], []),
    ("ru", ["на", "за"], []), ("hi", [], ["के"])]}

# openings that stand for a person the report named before: "He said …", "По его словам, …",
# "उन्होंने कहा …".  A closed list of person pronouns and "according to him" forms, read at a
# sentence's start as BACK_OPENERS are: a pronoun that may stand for a thing (en "it", de "er"
# for der Damm, fr "il", ru "он", "она" for the grain deal) counts only with a verb of saying
# after it, since such a sentence usually means the event, which every sentence tells (h-summ8
# held all openers to the answer rule and 19 of 78 demo summaries read worse).
PERSON_POINTERS: dict[str, frozenset[str]] = {lang: frozenset(words) for lang, words in {
    "en": ["he", "she", "according to him", "according to her"],
    "de": [f"{p} {v}" for p in ("er", "sie") for v in ("sagte", "fügte", "erklärte", "betonte", "warnte",
                                                      "sprach", "kündigte", "verwies", "forderte")]
    + ["nach seinen worten", "nach ihren worten", "ihm zufolge", "ihr zufolge", "laut ihm", "laut ihr"],
    "fr": [f"{p} a {v}" for p in ("il", "elle") for v in ("dit", "déclaré", "ajouté", "affirmé", "souligné",
                                                          "estimé", "précisé", "assuré", "expliqué", "indiqué")]
    + ["selon lui", "selon elle", "d après lui", "d après elle"],
    "es": ["él", "ella", "según él", "según ella", "para él", "para ella"],
    "it": ["lui", "lei", "secondo lui", "secondo lei"],
    "pt": ["ele", "ela", "segundo ele", "segundo ela", "de acordo com ele", "de acordo com ela"],
    "ru": [f"по {p} {w}" for p in ("его", "её", "ее") for w in ("словам", "мнению", "данным", "оценке")]
    + [f"{p} {v}" for p, e in (("он", ""), ("она", "а")) for v in (
        f"заявил{e}", f"сказал{e}", f"добавил{e}", f"отметил{e}", f"подчеркнул{e}", f"пояснил{e}",
        f"сообщил{e}", f"уточнил{e}", f"признал{e}", f"напомнил{e}")],
    "cs": ["podle něj", "podle ní", "podle něho"],
    "hi": ["उन्होंने", "उसने", "उनके मुताबिक", "उनके अनुसार", "उनका कहना है", "उनका कहना था"],
}.items()}

# a person told by what they are, not by name ("Учёный признавался журналистам …", the scientist
# the report named in the sentence before; "Глава госкорпорации признал …", "The minister said
# …"): a sentence opening with such a noun, alone or after an article and a few modifiers, that
# names no person (Fact.naming) leans on the sentence naming them, as "He said …" does
# (:func:`describes_person`).  The nouns are the name reader's titles (entity_lexicon.json) and
# these, of persons by their work or standing; one that names a group ("Observers", "Наблюдатели")
# is plural and not read.
ROLE_NOUNS: dict[str, frozenset[str]] = {lang: frozenset(words) for lang, words in {
    "en": ["scientist", "expert", "academic", "researcher", "politician", "diplomat", "economist",
           "analyst", "lawyer", "veteran", "player", "striker", "coach", "manager", "actor", "singer", "writer"],
    "de": ["wissenschaftler", "wissenschaftlerin", "experte", "expertin", "forscher", "forscherin", "politiker",
           "politikerin", "diplomat", "diplomatin", "ökonom", "ökonomin", "anwalt", "anwältin", "spieler",
           "spielerin", "stürmer", "sänger", "sängerin", "schauspieler", "schauspielerin"],
    "fr": ["scientifique", "chercheur", "chercheuse", "expert", "experte", "responsable", "politicien", "diplomate",
           "économiste", "avocat", "avocate", "joueur", "joueuse", "attaquant", "entraîneur", "sélectionneur",
           "chanteur", "chanteuse", "acteur", "actrice", "académicien"],
    "es": ["científico", "científica", "investigador", "investigadora", "experto", "experta", "político",
           "diplomático", "economista", "abogado", "abogada", "jugador", "jugadora", "delantero", "entrenador",
           "seleccionador", "cantante", "actor", "actriz", "académico"],
    "ru": ["учёный", "ученый", "академик", "эксперт", "исследователь", "политик", "дипломат", "экономист",
           "аналитик", "чиновник", "адвокат", "юрист", "ветеран", "игрок", "нападающий", "тренер", "певец",
           "певица", "актёр", "актер", "актриса", "космонавт", "конструктор"],
}.items()}
# what may stand before the noun: an article or demonstrative (languages that write them), the
# first words of a sentence read as modifiers up to ROLE_WORDS ("The North Korean leader",
# "Северокорейский лидер", "90-летний академик")
ROLE_ARTICLES: dict[str, frozenset[str]] = {lang: frozenset(words) for lang, words in {
    "en": ["the", "this", "that"], "de": ["der", "die", "dieser", "diese", "jener"],
    "fr": ["le", "la", "l", "ce", "cet", "cette"], "es": ["el", "la", "este", "esta", "ese", "esa"],
    "it": ["il", "lo", "la", "l", "questo", "questa"], "pt": ["o", "a", "este", "esta"],
}.items()}
# titles that are as often a modifier of another head ("The general election", "The chief reason",
# "The justice ministry", "El general …" beside "la situación general"); abbreviations of three
# letters or fewer ("Gen", "Sen", "Dr") only ever stand before a name
ROLE_NOT: dict[str, frozenset[str]] = {lang: frozenset(words) for lang, words in {
    "en": ["general", "chief", "justice", "officer", "lady", "lord", "miss"], "de": ["general"],
    "fr": ["général", "chef"], "es": ["general", "papa"],
}.items()}
ROLE_WORDS = 3  # the noun among a sentence's first three words after its article
# languages that set a modifier after its noun: the noun right after the article ("La división
# política del país" is a division, "Le Premier ministre" a person)
HEAD_FIRST = frozenset({"fr", "es", "it", "pt"})

_WORD = regex.compile(r"\w+")


def describes_person(text: str, lang: str) -> bool:
    """Whether ``text`` (its dateline trimmed) opens with a person told by
    what they are (:data:`ROLE_NOUNS`, or a title of the name reader's):
    "The scientist admitted …", "Учёный признавался …", "Der Minister
    sagte …".  In a language that writes articles the sentence opens with one
    (:data:`ROLE_ARTICLES`), so "Scientists say" or "Minister Olaf Scholz"
    is not read; the caller asks whether the sentence names anyone (it then
    says whom), and a capital after the noun begins a name or a place that
    says whose ("Глава Новой Каховки Владимир Леонтьев", "Kremlin spokesman
    Dmitry Peskov"); in a script without capitals (Hindi: "इसरो प्रमुख एस.
    सोमनाथ", ISRO chief S. Somanath) nothing is read."""
    shown = trim(text).text
    if _QUOTE_OPEN.match(shown):
        return False
    words = [m.group() for m in _WORD.finditer(shown[:120])][:ROLE_WORDS + 3]
    if not words or not any(ch.isupper() for ch in shown):
        return False  # a script without capitals cannot say whether a name follows the noun
    articles = ROLE_ARTICLES.get(lang)
    if articles is not None:
        if words[0].casefold() not in articles:
            return False
        words = words[1:]
    nouns = ROLE_NOUNS.get(lang, frozenset()) | _titles(lang)
    folded = [w.casefold() for w in words]
    return any(" ".join(folded[k:k + n]) in nouns and not (k + n < len(words) and words[k + n][:1].isupper())
               for k in range(min(1 if lang in HEAD_FIRST else ROLE_WORDS, len(folded))) for n in (1, 2))


@functools.lru_cache(maxsize=None)
def _titles(lang: str) -> frozenset[str]:
    """The name reader's titles of ``lang`` as written (entity_lexicon.json):
    the singular a sentence's subject takes ("лидер", not "Лидеры осмотрели",
    which the reader's stemmed lookup would match)."""
    import json

    from storyline.analyse.entity_patterns import LEXICON_PATH

    titles = json.loads(LEXICON_PATH.read_text(encoding="utf-8"))["titles"].get(lang, [])
    return frozenset(t for t in (" ".join(_WORD.findall(t.casefold())) for t in titles)
                     if len(t) > 3 and t not in ROLE_NOT.get(lang, ()))


def _within(text: str, lang: str, phrases: frozenset[str] | None, names_what: bool = False) -> bool:
    """Whether one of ``phrases`` stands in the first :data:`ANSWER_WORDS`
    words of ``text`` (its dateline trimmed); with ``names_what``, not where
    it names what it answers (:data:`NAMES_WHAT`: "in response to the quake")."""
    if not phrases:
        return False
    words = [m.group().casefold() for m in _WORD.finditer(trim(text).text)][:ANSWER_WORDS + 1]
    after, before = NAMES_WHAT.get(lang, (frozenset(), frozenset())) if names_what else (frozenset(), frozenset())
    for n in (1, 2, 3, 4):
        for k in range(min(len(words), ANSWER_WORDS) - n + 1):
            if " ".join(words[k:k + n]) in phrases and not (
                    (k + n < len(words) and words[k + n] in after) or (k and words[k - 1] in before)):
                return True
    return False


def answers(text: str, lang: str, owners: bool = True) -> bool:
    """Whether ``text`` answers or points back within its first clause
    (:data:`ANSWERS`, :data:`OBJECT_POINTERS`, :data:`LAST_NAMED`, and with
    ``owners`` a possessive opening its subject, :func:`owner_before`): it
    reads right only after what it answers."""
    return (answers_act(text, lang) or _within(text, lang, OBJECT_POINTERS.get(lang))
            or _within(text, lang, LAST_NAMED.get(lang)) or (owners and owner_before(text, lang)))


def owner_before(text: str, lang: str) -> bool:
    """Whether ``text`` (its dateline trimmed) opens its subject with a
    possessive (:data:`POSSESSIVES`) after function words alone ("Their
    leaders …", "Both of their leaders …", "Its conditions include …"):
    its owner is what the report's sentence before named, and the demo's
    English Lok Sabha story told "Both of their leaders" before the allies
    (h-summ11 saw it).  Function words are the name reader's stopwords, so
    "Officials said their …" (the officials' own) is not read."""
    owners = POSSESSIVES.get(lang)
    shown = trim(text).text
    if not owners or _QUOTE_OPEN.match(shown):
        return False
    from storyline.analyse.entity_patterns import lexicon  # the name reader's function words

    words = [m.group().casefold() for m in _WORD.finditer(shown[:80])][:OWNER_WORDS + 1]
    for w in words:
        if w in owners:
            return True
        if not lexicon().stopword(w, lang):
            return False
    return False


def answers_act(text: str, lang: str) -> bool:
    """Whether ``text`` answers an act by a phrase of :data:`ANSWERS` ("Kim
    returned the gesture …", "… в ответ преподнёс …"): what it answers may
    stand further back in its report than the sentence before it
    (:func:`storyline.facts.summarise.antecedents`)."""
    return _within(text, lang, ANSWERS.get(lang), names_what=True)


def _opening(text: str, lang: str, phrases: frozenset[str], most: int = 3) -> bool:
    """Whether the first one to ``most`` words of ``text`` (its dateline
    trimmed) are one of ``phrases``, and not the start of a date ("Este
    miércoles, el BCE …", "Ce jeudi", "This week": a lead's common opening)
    nor inside a quotation the sentence opens with: '"It is a historic day,"
    said Modi' names its speaker, and its "It" is the speaker's, read with
    the quotation, not a pointer to the report's sentence before (h-summ11)."""
    shown = trim(text).text
    if _QUOTE_OPEN.match(shown):
        return False
    first = list(_WORD.finditer(shown[:80]))[:most]
    words = [m.group().casefold() for m in first]
    if not any(" ".join(words[:n]) in phrases for n in range(1, len(words) + 1)):
        return False
    from storyline.analyse.dates import resolve_dates  # the date reader: "Este miércoles" is a date

    # only where a mention starts is read, so any reference day serves
    return not any(m.start == first[0].start() for m in resolve_dates(shown, dt.date(2024, 1, 1), lang))


def points_to_person(text: str, lang: str) -> bool:
    """Whether ``text`` opens with a pronoun for a person its report named
    before (:data:`PERSON_POINTERS`: "По его словам, …", "He said …"), or
    with a quotation its speaker is given for by a pronoun or not at all
    (:func:`quoted_by_pronoun`: '"…," he said.'): it reads right only after
    the sentence naming them (:func:`storyline.facts.summarise.antecedents`)."""
    phrases = PERSON_POINTERS.get(lang)
    return bool(phrases) and _opening(text, lang, phrases, 4) or quoted_by_pronoun(text, lang)


# a quotation's speaker given by a pronoun: '"…," he said', «…», — сказал он, « … », a-t-il dit
QUOTE_SPEAKERS: dict[str, frozenset[str]] = {lang: frozenset(words) for lang, words in {
    "en": ["he", "she", "they"], "de": ["er", "sie"], "fr": ["il", "elle", "ils", "elles"],
    "es": ["él", "ella", "ellos", "ellas"], "it": ["lui", "lei"], "pt": ["ele", "ela", "eles", "elas"],
    "ru": ["он", "она", "они"], "cs": ["on", "ona", "oni"], "hi": ["उन्होंने", "उसने"],
}.items()}
_QUOTE_OPEN = regex.compile(r"""^\s*["“„«»‹›‚‘']""")  # »…« is German's way round
_QUOTE = regex.compile(r"""^\s*(?:["“„«»‹›‚‘']).+?(?:["”“»«›‹‘’'])(?=[\s,.;:!?—–-])(?P<rest>.*)$""", regex.S)


def quoted_by_pronoun(text: str, lang: str) -> bool:
    """Whether ``text`` (its dateline trimmed) opens with a quotation whose
    attribution names no one: a pronoun among its first three words ('"We
    came here for this," he said.', "«Индия теперь на Луне», — сказал он.",
    « … », a-t-il dit) or a lone verb ('"…", dijo.', "«…», — отметила.").
    The speaker was named in a sentence before (h-summ9 found the Russian
    Chandrayaan summary quoting Modi, named nowhere before it)."""
    speakers = QUOTE_SPEAKERS.get(lang)
    m = _QUOTE.match(trim(text).text) if speakers else None
    if not m:
        return False
    clause = regex.split(r"[.;:!?]", m.group("rest"), maxsplit=1)[0]
    words = [w.group() for w in _WORD.finditer(clause)]
    return (any(w.casefold() in speakers for w in words[:3])
            or (len(words) == 1 and not words[0][:1].isupper()))


def connects(text: str, lang: str) -> bool:
    """Whether ``text`` sets itself beside the sentence before it within its
    first clause (:data:`CONNECTIVES`: "Kim Jong Un, in turn, said …")."""
    return _within(text, lang, CONNECTIVES.get(lang))


def opens_back(text: str, lang: str) -> bool:
    """Whether ``text`` opens with a word of :data:`BACK_OPENERS` ("It was …",
    "Dort vermuten Forscher …", "इसके साथ ही …")."""
    openers = BACK_OPENERS.get(lang)
    return bool(openers) and _opening(text, lang, openers)


def points_back(text: str, lang: str) -> bool:
    """Whether ``text`` (a sentence of language ``lang``) opens with a word
    that points back to an earlier sentence ("It was …", "इसके साथ ही …"),
    or sets itself beside one within its first clause (:data:`CONNECTIVES`:
    "Kim Jong Un, in turn, said …")."""
    return opens_back(text, lang) or connects(text, lang)

