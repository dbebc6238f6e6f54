"""Common words of a language, by how often its text writes them: the first
word of "Money markets now price one or two further cuts" is capitalised by
its position, and nothing in its report says so (the report writes "money"
nowhere else, in no case).  The language itself says so: "money" is among the
most frequent words of English (rank 266), where a name that opens a
sentence as often ("Putin said", "Apple recalls", "Kyiv denied") is not
among the most frequent (42,618; 2,752; unlisted).

The frequencies are pyspellchecker's word lists (MIT; English, German,
Spanish, French, Italian, Portuguese, Russian, Dutch, Latvian, Basque, and
Arabic and Persian, which write no capitals); jusText's stoplists
(:func:`storyline.analyse.where_subdivisions.frequent_words`) hold function
words mostly, no "money": a language with no list drops no sentence's first
word by frequency, and reads a modifier before a title by its stoplist
("Bývalý prezident", "Πρώην πρωθυπουργός").  A Russian word its dictionary
reads only as a plural common noun or a verb is capitalised by position too
(:func:`storyline.analyse.entity_inflect.plural_or_verb`: "Рынки", "Читайте").
"""
from __future__ import annotations

import functools

from storyline.analyse.entity_inflect import plural_or_verb
from storyline.analyse.entity_patterns import singular_forms, stem_word
from storyline.analyse.entity_spans import HYPHENS
from storyline.analyse.entity_text import TextFacts
from storyline.analyse.entity_wordlist import COMMON_TOP, common_words
from storyline.analyse.where_subdivisions import frequent_words
from storyline.similarity.keys import stemmer_for

__all__ = ["COMMON_TOP", "adjective_opener", "EX_PREFIXES", "MODIFIER_TOP", "common_stems", "common_words", "compound_adjective", "position_word", "title_modifier",
           "unknown_word"]

# Past it, to 2,000, a word as written counts where it is no given name (h-names30: "Gas" 1,154,
# "Staff", "Note", "Oil"; not "Bill" 1,500, :func:`_given_name`)
GIVEN_TOP = 2000
# How many count where a title follows the word ("Former president", "Pop queen Madonna"): "former"
# 1,488 is in; a company or person that holds the office is past it ("Apple spokesman" 2,752, "Fox
# president" 4,947, "Bush adviser" 5,929, "Trump" 11,447): docs/benchmarks.md, h-names24.
MODIFIER_TOP = 2000
# "ex" before a title says its holder left it ("Ex presidente", "Экс-президент"); glued to it, the
# title is one word the lexicon reads (Lexicon.phrase_at: "Expresidente")
EX_PREFIXES = frozenset({"ex", "экс"})


@functools.lru_cache(maxsize=None)
def common_stems(lang: str, top: int = COMMON_TOP) -> frozenset[str]:
    """The Snowball stems of :func:`common_words` (its language's stemmer,
    :func:`storyline.similarity.keys.stemmer_for`, as the search index stems
    words): an inflected form of a common word is as common a word ("Reports"
    of "report", "Families" of "family", "Parlant" of "parler", "Horas" of
    "hora"); empty for a language with no list or no stemmer.  The stems of
    the top words, not the top stems by all their forms' counts summed, which
    drop more ("Officials", "Witnesses") but need every listed word stemmed,
    1.3-3 s per language and process; neither reaches "Markets" (its stem
    ranks 1,374) nor "Рынки" (2,604 by lemma): these lists count film
    subtitles (docs/benchmarks.md, h-names23)."""
    algorithm = stemmer_for(lang)
    return frozenset(stem_word(algorithm, w) for w in common_words(lang, top)) if algorithm else frozenset()


def unknown_word(word: str, lang: str) -> bool:
    """``word`` is no word of ``lang``'s list at any rank, in lower case (False where pyspellchecker
    has no list): after "<title> dell'"/"de l'" such a word is a place's name, not the title's
    portfolio, a common noun a convention capitalises ("presidente dell'Abcazia", not
    "ministro dell'Interno").  A Romance plural of a listed word is a word too: the lists hold
    some nouns in the singular only ("ministro de Finanzas": "finanza", h-names30)."""
    every = common_words(lang, 10 ** 7)
    low = word.casefold()
    plural = low.endswith("s") or (lang == "it" and low.endswith(("i", "e")))
    return bool(every) and word.isalpha() and low not in every \
        and not (plural and any(form in every for form in singular_forms(low, lang)))


def _common(low: str, lang: str, top: int) -> bool:
    """``low`` is one of the common words of ``lang`` or an inflected form of one."""
    if low in common_words(lang, top):
        return True
    stems = common_stems(lang, top)
    return bool(stems) and stem_word(stemmer_for(lang), low) in stems


def position_word(tx: TextFacts, k: int, top: int = COMMON_TOP) -> bool:
    """Token k opens a sentence, is one of its language's ``top`` common words
    and goes on, after one space, into a lower-case word of its phrase ("Money
    markets", "Quelques heures", "Тем временем"): its capital is its
    position's; so is an inflected form of one (:func:`common_stems`:
    "Reports also …", "Parlant à la presse"), or of one of the :data:`MODIFIER_TOP` words
    ("Markets reacted …"), and a Russian plural noun or verb by the dictionary ("Рынки").  Not a word the text also capitalises
    mid-sentence ("Theresa May … May said"), nor one before punctuation
    ("Money, …")."""
    toks, lex, lang = tx.toks, tx.lex, tx.lang
    if not tx.initial[k] or tx.headline[k] or k + 1 >= len(toks) or tx.gap(k + 1) != " ":
        return False
    nxt, low = toks[k + 1], toks[k].bare.casefold()
    if not nxt.cased or nxt.cap or nxt.bare != nxt.text:
        return False
    if low in tx.midcap_vocab or lex.norm(low, lang) in tx.midcap_stems:
        return False
    return _common(low, lang, top) or _inflected(low, lang) or plural_or_verb(toks[k].bare, lang) or _plural(tx, k, low) \
        or (top == COMMON_TOP and low in common_words(lang, GIVEN_TOP) and not _given_name(tx, low))


def _given_name(tx: TextFacts, low: str) -> bool:
    """``low``, a frequent word opening a sentence, may be a given name: one of the lexicon's
    (``given_name_short_forms``, its short forms and the full names: "Bill", "William"), or one
    the text writes before another capitalised word, as a name's first word ("Remarks by Bill
    Gates … Bill mentioned …", h-names29 and h-names30), anywhere, a headline's line too; "Gas
    prices rose" has none."""
    forms = tx.lex.given_short_forms
    if low in forms or low in forms.values():
        return True
    toks = tx.toks
    return any(t.low == low and t.cap and k + 1 < len(toks) and toks[k + 1].cap and toks[k + 1].cased
               and tx.gap(k + 1) == " " for k, t in enumerate(toks))


# How frequent the singular of a plural in -s opening a sentence may be ("Profits" of "profit", 3,654;
# "Experts", "Parents", "Scientists"): past it lie surnames and parties ("Rogers" 5,552, "Johns" 6,379,
# "Republicans" 9,064): docs/benchmarks.md, h-names29
PLURAL_TOP = 5000


def _plural(tx: TextFacts, k: int, low: str) -> bool:
    """``low`` (token k, opening a sentence) is a plural in -s of one of its language's
    :data:`PLURAL_TOP` words, not in a sentence about sport, where a plural names a team
    ("Warriors", "Jets", "Saints": ``entity_cities.sports_sentence``)."""
    from storyline.analyse.entity_cities import sports_sentence

    return len(low) > 3 and low.endswith("s") and low[:-1] in common_words(tx.lang, PLURAL_TOP) \
        and not sports_sentence(tx, k)


def _inflected(low: str, lang: str) -> bool:
    """``low`` is no :data:`MODIFIER_TOP` word of ``lang`` itself but an inflected form of one
    ( cuts an ending off it, to one of their stems): "Markets" of "market"
    (rank 1,699; "markets" 8,709), "Officials", "Witnesses".  The wider cut only for such
    forms: a word of ranks 1,000-2,000 as written may be a given name ("Bill mentioned …",
    h-names22); a surname made of a given name is no frequent word's form ("Williams",
    "Roberts", "Edwards": "william" and the rest rank past 5,000)."""
    algorithm = stemmer_for(lang)
    if not algorithm or low in common_words(lang, MODIFIER_TOP):
        return False
    stem = stem_word(algorithm, low)  # (an ending cut off: not "Lio", which the Spanish stemmer reads as "lío")
    return stem != low and stem in common_stems(lang, MODIFIER_TOP)


def title_modifier(tx: TextFacts, k: int) -> bool:
    """Token k opens a sentence before a title word the lexicon knows, after a space or a hyphen,
    and is a common word of its language (:data:`MODIFIER_TOP`) or, where nouns are capitalised,
    an inflected adjective: a modifier of the title, capitalised by its position ("Former
    president Barack Obama", "Then-President George Bush", "Ehemaliger Präsident …"), not the
    office's country or company ("Trump adviser", "Google CEO").  Not a word the text also
    capitalises mid-sentence.  A word of the lexicon's ``title_modifiers`` (a holder leaving or
    long in office: "Veteran", "Outgoing", "Scheidender", past the frequency cut) is one
    anywhere, before a title or a name ("Veteran John McCain", "thanked Outgoing President Joe
    Biden"), in each gender and number it takes and before a plural title too ("Veteranos
    senadores como John McCain": ``entity_patterns.gender_number_forms``); a frequent word before a name is not (its title after the name, "Social Affairs
    minister", is as often the office's own: docs/benchmarks.md, h-names26).  A word the text also writes in
    lower case is one anywhere before a title ("Executive Director … executive director", "Managing
    Director"): the text says it is no name (h-names28)."""
    toks, lex, lang = tx.toks, tx.lex, tx.lang
    hyphen = k + 1 < len(toks) and tx.gap(k + 1) in HYPHENS and lang not in lex.suffix_langs  # not "Grünen-Chef"
    if k + 1 >= len(toks) or (tx.gap(k + 1) != " " and not hyphen) or not toks[k].cap:
        return False
    after = [t.bare for t in toks[k + 1:k + 5]]
    low = toks[k].bare.casefold()
    if low in lex.title_modifiers.get(lang, ()):  # (not a possessive: "Veteran's Day")
        return toks[k].bare == toks[k].text and (toks[k + 1].cap or bool(lex.phrase_at("titles", after, 0, lang)) or any(
            lex.phrase_at("titles", [one, *after[1:]], 0, lang) for one in singular_forms(after[0].casefold(), lang)))
    if not lex.phrase_at("titles", after, 0, lang) or lex.phrase_at("business_nouns", after, 0, lang):
        return False  # "Apple CEO Tim Cook": the company's
    if low in tx.lower_vocab and toks[k].bare == toks[k].text and not lex.place(toks[k].bare, lang) \
            and not unknown_word(low, lang):  # (not "Growcom officer … growcom.com.au")
        return True  # "said Executive Director … Malinov. Bulgartransgaz executive director added": anywhere
    if not tx.initial[k] or low in tx.midcap_vocab:
        return False
    return low in EX_PREFIXES or _common(low, lang, MODIFIER_TOP) or lex.adjective_form(low, lang) \
        or (lang in lex.noun_marker_langs and lex.inflected_adjective(low, lang)) or _stoplisted(low, lang)


def compound_adjective(tx: TextFacts, k: int) -> bool:
    """In a language that writes its nouns, and only them, with a capital (German: the lexicon's
    ``noun_markers``), token k is a compound adjective capitalised by its place (a sentence's or
    a headline's first word) and by nothing else: a first word of the language's list, then an
    adjective, told by the list holding the strong dative ending -em after it, which no noun
    takes ("heiß"/"heißem", not "wagen", "land"), maybe declined ("Brandheiß ist das Thema",
    "Brandheiße News", "Knallhart", "Hochaktuell").  Such a word names nothing; a compound
    noun ("Brandursache") is read by its own rules; so is a subject (:func:`_subject`: "Hochtief hat
    einen Auftrag …")."""
    lang = tx.lang
    if lang not in tx.lex.noun_marker_langs or not (tx.initial[k] or tx.headline[k]) or not tx.toks[k].cap:
        return False
    low = tx.toks[k].bare.lower()  # (not casefold: the list writes "heiß", not "heiss")
    if tx.toks[k].bare.casefold() in tx.midcap_vocab or not low.isalpha() or _subject(tx, k):
        return False
    every = common_words(lang, 10 ** 7)
    cores = [low] + [low[:-len(e)] for e in ("em", "en", "er", "es", "e") if low.endswith(e)]
    return any(core[:cut] in every and core[cut:] + "em" in every and core[cut:] + "er" in every
               for core in cores for cut in range(3, len(core) - 2))


def adjective_opener(tx: TextFacts, run: list[int]) -> bool:
    """In a language that capitalises nouns only (German), the run is two words opening a sentence,
    an adjective capitalised by its place then a common noun: "Schwere Kämpfe", "Heftige
    Regenfälle", "Neue Angriffe" (h-names30).  The adjective is a word of the language's list made
    of another listed word and a declension ending ("schwer" + "e"), which no given name is, and no
    stop word ("Der Kreml"); the noun a listed word too; the text writes the adjective, in any
    inflection, nowhere else with a capital mid-sentence (a name the text names again: "Bayerischer
    Rundfunk … des Bayerischen Rundfunks").  Not a listed demonym's or a place's adjective, which
    open names ("Deutsche Bank", "Deutscher Wetterdienst", "Mannheimer Morgen": the where index knows
    the place), nor a noun that heads names ("Rote Armee", "Grüne Partei"), nor a run the lexicon knows (read before)."""
    from storyline.analyse.entity_heads import indexed_place

    toks, lex, lang = tx.toks, tx.lex, tx.lang
    if lang not in lex.noun_marker_langs or len(run) != 2 or not tx.initial[run[0]] or tx.gap(run[1]) != " ":
        return False
    adjective, noun = toks[run[0]].bare.lower(), toks[run[1]].bare.lower()
    every = common_words(lang, 10 ** 7)
    if adjective.casefold() in tx.midcap_vocab or lex.stopword(adjective, lang) or len(adjective) < 4 \
            or adjective not in every or noun not in every or toks[run[1]].allcaps or any(
            lex.is_cue(kind, toks[run[1]].bare, lang) for kind in ("org_cues", "place_cues", "event_nouns")):
        return False  # (a head word makes a name: "Rote Armee", "Grüne Partei")
    endings = ("em", "en", "er", "es", "e")
    for ending in endings:
        base = adjective[:-len(ending)]
        if adjective.endswith(ending) and base in every:
            return not (lex.is_demonym([base + "e"]) or indexed_place(base.capitalize(), lang, cities=True)
                        or any(base + e in tx.midcap_vocab for e in endings))  # ("des Bayerischen Rundfunks")
    return False


# German articles and possessives that are accusative only (masculine singular): after the finite verb
# that follows a sentence's first word, one says that word is the subject, a noun (h-names29)
_ACCUSATIVE_ONLY = frozenset({"einen", "keinen", "den", "meinen", "seinen", "ihren", "unseren"})


def _subject(tx: TextFacts, k: int) -> bool:
    """Token k, a sentence's first word, is followed by a lower-case word (the finite verb, second
    in a German clause) and then an accusative-only article: the first word is the clause's subject
    and a noun ("Hochtief hat einen Auftrag gewonnen"), where a compound adjective before the verb
    leaves the subject to follow it ("Knallhart reagierte der Minister", "Brandheiß ist das Thema")."""
    toks = tx.toks
    return k + 2 < len(toks) and tx.gap(k + 1) == " " and tx.gap(k + 2) == " " and toks[k + 1].cased \
        and not toks[k + 1].cap and toks[k + 2].low in _ACCUSATIVE_ONLY


def _stoplisted(low: str, lang: str) -> bool:
    """Where pyspellchecker counts no words of ``lang`` (Czech, Greek, Polish), ``low`` is one of
    its frequent words by jusText's stoplist (each language's Wikipedia, lower case, as
    :func:`storyline.analyse.where_subdivisions.frequent_words` reads it): "bývalý", "πρώην"
    (former), Polish "jednocześnie" are listed there, as written (docs/benchmarks.md,
    h-names25)."""
    return not common_words(lang) and low in frequent_words(lang)


def after_clock_time(tx: TextFacts, k: int) -> bool:
    """Token ``k`` is written right after a clock time ("8:16 PM", "10.30 AM"): it is the
    time's half of the day, no title, though "PM" is one too ("PM Modi").  Why: a wire
    photo's by-line "8:16 PM AP Photo" made the agency "AP" a person the title "PM" named
    (h-names38).  A time is hours, a colon or a full stop and two digits of minutes."""
    toks = tx.toks
    if k < 2 or tx.gap(k) != " ":
        return False
    minutes, hours = toks[k - 1].text, toks[k - 2].text
    return (len(minutes) == 2 and minutes.isdigit() and hours.isdigit() and len(hours) <= 2
            and tx.gap(k - 1) in (":", "."))
