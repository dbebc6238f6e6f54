"""Russian names in the nominative, for display.

A Russian reader of the demo saw places named as the reports happened to
decline them: "Новой Каховки" (genitive), "Амуре" and "Йоханнесбурге"
(locative), "Каховской ГЭС", "Черноморска".  When no report writes the
nominative, :mod:`storyline.analyse.entity_names` had no form to prefer.
OpenCorpora's dictionary (``pymorphy3`` with its bundled Russian
dictionary; no download) knows each word's case and how to
inflect it, so a name is put in the nominative the way Russian grammar
builds it:

* the head is the first noun (a name's genitive modifiers follow it and stay:
  "Совет Безопасности ООН"); an indeclinable head ("ГЭС") takes the case of
  the adjectives before it;
* adjectives before the head agree with it in gender and number ("Новой
  Каховки" -> "Новая Каховка", "Каховской ГЭС" -> "Каховская ГЭС");
* after a first or last name, the person's other names are in apposition and
  move with it ("Дмитрия Пескова" -> "Дмитрий Песков").

A foreign name the dictionary does not know ("Мун Чжэ Ину") is put in the
nominative by its context instead (:func:`in_context`): the case of the
person noun it is in apposition to ("президенту ... Мун Чжэ Ину", dative),
whose hard-stem ending it then loses ("Мун Чжэ Ин"); the names service
records that form.

Only words the dictionary knows are changed, and places and adjectives it
reads from their endings (a guessed analysis of a foreign name, "Ыну",
"Чандрабабу", is left alone); a name with a digit or a hyphen is left as
written.  Only the shown form changes: keys and merging read the spellings.
There is no labelled sample of display names: :data:`NOMINATIVE_MASS` and
these limits were set by reading the demo's and the dev files' Russian
names (README, *Use*), not tuned on a benchmark.
"""
from __future__ import annotations

import functools
import re

LANGS = ("ru",)  # Ukrainian's dictionary put "Києві" as "Кий": not shipped for it
_PROPER = {"Geox", "Name", "Surn", "Patr", "Orgn", "Trad"}
_PERSON = {"Name", "Surn", "Patr"}
NOMINATIVE_MASS = 0.2  # a name read as nominative this often (dictionary scores) is left as written


@functools.lru_cache(maxsize=2)
def _analyzer(lang: str):
    try:
        import pymorphy3
    except ImportError:  # pragma: no cover - a dependency; without it names stay as written
        return None
    try:
        return pymorphy3.MorphAnalyzer(lang=lang)
    except (ValueError, OSError):  # pragma: no cover - the language's dictionary is not installed
        return None


def analyzer(lang: str):
    """The shared pymorphy analyser for ``lang`` (None without its dictionary): one per process,
    also read by the dates stage (dates_anchored: "накануне выборов" is a genitive object)."""
    return _analyzer(lang)


def _known(p) -> bool:
    """The analysis comes from the dictionary, or is a place name guessed by a
    place's ending ("Черноморска", "Йоханнесбурге"); other guesses by the
    ending are not trusted ("Чандрабабу" read as the accusative of "Чандрабаба",
    the airport "Сунан" as a genitive plural); an adjective's endings are
    regular enough to be read from them ("Каховской")."""
    steps = {type(m[0]).__name__ for m in p.methods_stack}
    return steps == {"DictionaryAnalyzer"} or (
        steps == {"FakeDictionary", "KnownSuffixAnalyzer"} and ("Geox" in p.tag or p.tag.POS == "ADJF"))


def _parses(morph, word: str, pos: str) -> list:
    return [p for p in morph.parse(word) if p.tag.POS == pos and _known(p)]


def _agrees(adj, case: str, number: str, gender: str | None) -> bool:
    t = adj.tag
    return t.case == case and t.number == number and (number == "plur" or gender is None or t.gender == gender)


def _cased(form: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return form.upper()
    return form[:1].upper() + form[1:] if like[:1].isupper() else form


@functools.lru_cache(maxsize=4096)
def adjective(word: str, lang: str) -> bool:
    """``word`` is an adjective by the dictionary (or by its regular endings): its
    locative "-ом" ("Хабаровском", "Корейском") ends a noun's instrumental too
    ("Лондоном"), so the ending alone cannot tell (``Lexicon.adjective_form``)."""
    morph = _analyzer(lang) if lang in LANGS else None
    return morph is not None and word.isalpha() and bool(_parses(morph, word, "ADJF"))


@functools.lru_cache(maxsize=4096)
def nominative(name: str, lang: str) -> str:
    """``name`` in the nominative where the dictionary is sure of it, else as written."""
    if lang not in LANGS or re.search(r"[\d\-‐-―]", name):
        return name
    morph = _analyzer(lang)
    words = name.split()
    if morph is None or not words or not all(re.fullmatch(r"[^\W\d_]+", w) for w in words):
        return name
    head_at = next((i for i, w in enumerate(words)
                    if _parses(morph, w, "NOUN") and (i == len(words) - 1 or not _parses(morph, w, "ADJF"))), None)
    if head_at is None:
        return name
    adjectives = [_parses(morph, w, "ADJF") for w in words[:head_at]]
    if not all(adjectives):
        return name
    nouns = _parses(morph, words[head_at], "NOUN")
    fixed = any("Fixd" in p.tag for p in nouns)
    # readings of the whole: (case, number, gender) -> dictionary mass, the adjectives agreeing
    mass: dict[tuple, float] = {}
    if fixed:
        if not adjectives:
            return name
        for a in adjectives[0]:
            key = (a.tag.case, a.tag.number, a.tag.gender)
            if all(any(_agrees(b, *key) for b in others) for others in adjectives[1:]):
                mass[key] = mass.get(key, 0.0) + a.score
    else:
        for p in nouns:
            key = (p.tag.case, p.tag.number, p.tag.gender)
            if all(any(_agrees(b, *key) for b in others) for others in adjectives):
                mass[key] = mass.get(key, 0.0) + p.score
    total = sum(mass.values())
    if not total or sum(v for k, v in mass.items() if k[0] == "nomn") / total >= NOMINATIVE_MASS:
        return name
    case, number, gender = max(mass, key=lambda k: (mass[k], k))
    out = list(words)
    noun = None
    if not fixed:
        noun = max((p for p in nouns if (p.tag.case, p.tag.number, p.tag.gender) == (case, number, gender)),
                   key=lambda p: (bool(_PROPER & set(p.tag.grammemes)), p.score))
        made = noun.inflect({"nomn", number})
        if made is None:
            return name
        out[head_at] = _cased(made.word, words[head_at])
    for i, parses in enumerate(adjectives):
        adj = next(p for p in parses if _agrees(p, case, number, gender))
        made = adj.inflect({"nomn", "plur"} if number == "plur" else {"nomn", "sing", gender})
        if made is None:
            return name
        out[i] = _cased(made.word, words[i])
    if noun is not None and _PERSON & set(noun.tag.grammemes):
        for i in range(head_at + 1, len(words)):  # a person's other names move with the first
            names = [p for p in _parses(morph, words[i], "NOUN")
                     if _PERSON & set(p.tag.grammemes) and (p.tag.case, p.tag.number) == (case, number)]
            made = max(names, key=lambda p: p.score).inflect({"nomn", number}) if names else None
            if made is None:  # "Эммануэль Макрона" reads worse than the genitive whole
                return name
            out[i] = _cased(made.word, words[i])
    return " ".join(out)


@functools.lru_cache(maxsize=4096)
def known_nominative(word: str, lang: str) -> bool:
    """The dictionary knows ``word`` as a noun in the nominative (at least
    :data:`NOMINATIVE_MASS` of its noun readings): no case form of another
    name, though Snowball gives it another's stem ("Сергей", a given name, is
    no case form of "Серго", Kadiyivka's old name)."""
    morph = _analyzer(lang) if lang in LANGS else None
    nouns = _parses(morph, word, "NOUN") if morph is not None and word.isalpha() else []
    total = sum(p.score for p in nouns)
    return bool(total) and sum(p.score for p in nouns if p.tag.case == "nomn") / total >= NOMINATIVE_MASS


# a masculine noun's hard-stem ending in each oblique case ("Ин": "Ина", "Ину", "Ином", "Ине")
HARD_ENDINGS = {"gent": "а", "accs": "а", "datv": "у", "ablt": "ом", "loct": "е"}
CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")
_COMPLEMENT = 3  # capitalised words of a genitive complement between a title and its name ("Южной Кореи")
# prepositions that govern one case (or, "с", two with different endings): a closed list of the language
_PREPOSITIONS = {**dict.fromkeys(("к", "ко"), {"datv"}), **dict.fromkeys(("при", "о", "об", "обо"), {"loct"}),
                 **dict.fromkeys(("у", "для", "от", "до", "без", "из", "после", "против", "около", "возле", "кроме",
                                  "вместо", "ради", "среди"), {"gent"}),
                 **dict.fromkeys(("над", "под", "перед", "между"), {"ablt"}),
                 **dict.fromkeys(("с", "со"), {"gent", "ablt"})}


def _governed_cases(morph, before: list[str]) -> set[str]:
    """The oblique cases the person noun before a name is in ("президенту" dative,
    "с министром" instrumental), past a capitalised genitive complement of
    it ("президенту Южной Кореи"): a name in apposition takes its case; or
    the case a preposition right before the name governs ("к", "у Ким Чен Ына")."""
    if before and before[-1].lower() in _PREPOSITIONS:
        return set(_PREPOSITIONS[before[-1].lower()])
    k = len(before) - 1
    while k >= 0 and len(before) - 1 - k < _COMPLEMENT and before[k][:1].isupper() and any(
            p.tag.case == "gent" and _known(p) for p in morph.parse(before[k])):
        k -= 1
    if k < 0 or not before[k].isalpha() or before[k][:1].isupper():
        return set()
    persons = [p for p in morph.parse(before[k]) if p.tag.POS == "NOUN" and "anim" in p.tag and _known(p)]
    if not persons or len(persons) < len([p for p in morph.parse(before[k]) if p.score > 0.05]):
        return set()  # not read as a person noun only ("главе", the chapter's locative, too)
    return {p.tag.case for p in persons} - {"nomn", None}


def in_context(text: str, start: int, name: str, lang: str) -> str:
    """A foreign person's name (of two or more words, the last one unknown to
    the dictionary, which leaves it as written: "Мун Чжэ Ину") in the
    nominative, read off the case of the person noun it is in apposition to
    ("президенту Южной Кореи Мун Чжэ Ину": the dative, so "Мун Чжэ Ин").
    Russian declines a foreign man's name ending in a consonant like a
    hard-stem noun; a name ending in a vowel is indeclinable ("Чандрабабу
    Найду", which the dictionary knows as other words, stays).  The other
    words that carry the same ending and are unknown lose it too ("Олафу Шольцу");
    without such a noun before it the name is left to :func:`nominative`."""
    words = name.split()
    morph = _analyzer(lang) if lang in LANGS else None
    if morph is None or len(words) < 2 or not all(w.isalpha() for w in words) \
            or any(_known(p) for p in morph.parse(words[-1])):
        return name
    before = re.findall(r"[^\W\d_]+|[^\w\s]", text[max(0, start - 120):start])
    cut = max((n for n, w in enumerate(before) if not w.isalpha()), default=-1)  # this clause only
    for case in sorted(_governed_cases(morph, before[cut + 1:])):
        ending = HARD_ENDINGS.get(case, "")
        if not ending or not words[-1].endswith(ending) or len(words[-1]) < len(ending) + 2 \
                or words[-1][-len(ending) - 1].lower() not in CONSONANTS:
            continue
        out = []
        for w in words:
            unknown = not any(_known(p) for p in morph.parse(w))
            bare = w[:-len(ending)]
            out.append(bare if unknown and w.endswith(ending) and len(bare) >= 2 and bare[-1].lower() in CONSONANTS
                       else w)
        return " ".join(out)
    return name


OBLIQUE_PERSON_MASS = 0.5  # a word read as a genitive or accusative this often (dictionary scores) is one


@functools.lru_cache(maxsize=4096)
def oblique_person(word: str, lang: str) -> bool:
    """``word`` is a person's name (a first name, surname or patronymic by the
    dictionary, guessed ones included: "Зеленского") in the genitive or the
    accusative, as the dictionary most often reads it: "Путина", "Трампа", not
    "Яндекс" (an organisation's name, in the nominative) nor "Газпрома" (no
    person's).  After a class noun it is the possessor, not the noun's
    apposition: "партия Путина" is Putin's party, and no organisation is called
    Putin; an apposed name keeps its nominative ("партии «Единая Россия»")."""
    morph = _analyzer(lang) if lang in LANGS else None
    if morph is None or not word.isalpha():
        return False
    parses = morph.parse(word)
    total = sum(p.score for p in parses) or 1.0
    oblique = sum(p.score for p in parses if p.tag.case in ("gent", "accs"))
    return any(_PERSON & p.tag.grammemes for p in parses) and oblique / total >= OBLIQUE_PERSON_MASS


PEOPLE_PLURAL_MASS = 0.9  # of the dictionary's weight: the word is a plural noun of people, nothing else


@functools.lru_cache(maxsize=4096)
def people_plural(word: str, lang: str) -> bool:
    """``word`` is, by the dictionary, a common noun of people in the nominative
    plural and nothing else worth counting ("Акционеры", "Сотрудники", "Жители"): no
    reading as a first name, surname or other proper name.  Capitalised at a
    sentence's start before a genitive ("Акционеры Сбербанка заявили …") it was read
    as a first name and the two words as a PERSON; no one's given name is a plural
    noun.  Animate only: an inanimate plural may open a name ("Крылья Советов", the
    club; "Новости Донбасса")."""
    morph = _analyzer(lang) if lang in LANGS else None
    if morph is None or not word.isalpha():
        return False
    parses = morph.parse(word)
    if any(_PROPER & p.tag.grammemes for p in parses):
        return False
    total = sum(p.score for p in parses) or 1.0
    people = sum(p.score for p in parses if p.tag.POS == "NOUN" and _known(p) and "anim" in p.tag
                 and p.tag.number == "plur" and p.tag.case == "nomn")
    return people / total >= PEOPLE_PLURAL_MASS


def genitive_name(word: str, lang: str) -> bool:
    """``word``, a name's last word, reads as a genitive at least
    :data:`OBLIQUE_PERSON_MASS` of the dictionary's weight ("Ленина", "Ир Сена",
    whose "Сена" is a genitive's shape whatever its noun): after a place's noun it is
    whom the place is named after ("площади Ким Ир Сена"), where a nominative
    is the sentence's subject ("В аэропорту Путин …")."""
    morph = _analyzer(lang) if lang in LANGS else None
    if morph is None or not word.isalpha():
        return False
    parses = morph.parse(word)
    total = sum(p.score for p in parses) or 1.0
    return sum(p.score for p in parses if p.tag.case == "gent") / total >= OBLIQUE_PERSON_MASS


VERB_MASS = 0.5  # of the dictionary's weight: the word is read as a finite verb


@functools.lru_cache(maxsize=8192)
def verb_tense(word: str, lang: str) -> str | None:
    """The tense of ``word`` as the dictionary reads it, for the dates' clause
    tense (:mod:`storyline.analyse.dates_tense`): "futr" (a perfective
    non-past, "пройдут", "состоится", "примет"), "past", "pres", "" for a word
    the dictionary knows and reads mostly as no finite verb ("недели", "дела",
    "села": a noun whose ending is a past verb's), None where no dictionary
    reads the language or the word is unknown (the tense reader then falls
    back to its endings).  The tense is the heaviest verb reading's."""
    morph = _analyzer(lang) if lang in LANGS else None
    if morph is None or not word.isalpha():
        return None
    parses = [p for p in morph.parse(word) if _known(p)]
    if not parses:
        return None
    total = sum(p.score for p in parses) or 1.0
    verbs = [p for p in parses if p.tag.POS == "VERB"]
    if sum(p.score for p in verbs) / total < VERB_MASS:
        return ""
    return max(verbs, key=lambda p: p.score).tag.tense or ""


def person_word(word: str, lang: str) -> bool:
    """The dictionary reads ``word`` as a given name, surname or patronymic in any of its
    parses ("Ким", "Ир"; not "Шив", "Раштрия"): a name it opens may be a person's in a case
    whose ending another word's nominative shares ("Ким Ир Сена", Kim Il Sung's genitive,
    is no "X Sena" party)."""
    morph = _analyzer(lang) if lang in LANGS else None
    return morph is not None and word.isalpha() and any(_PERSON & p.tag.grammemes for p in morph.parse(word))


_VERBS = {"VERB", "INFN"}


def plural_or_verb(word: str, lang: str) -> bool:
    """By the dictionary, ``word`` is only ever a common noun in the plural or a verb, every
    reading known and none a proper name: "Рынки" (markets), "Переговоры", "Читайте" (read).
    Opening a sentence before a lower-case word it is capitalised by position
    (:func:`~storyline.analyse.entity_common.position_word`).  A word with any singular
    reading stays ("Ведомости", "Известия", the newspapers, read as singular genitives too),
    as does a plural place ("Химки", "Нидерланды": Geox)."""
    morph = _analyzer(lang) if lang in LANGS else None
    if morph is None or not word.isalpha():
        return False
    parses = morph.parse(word)
    return bool(parses) and all(
        _known(p) and not _PROPER & p.tag.grammemes
        and (p.tag.POS in _VERBS or (p.tag.POS == "NOUN" and p.tag.number == "plur")) for p in parses)
