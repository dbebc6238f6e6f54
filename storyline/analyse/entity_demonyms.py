"""Words made of a place's name that name no place: "Peruvian", "Gazan", "Черноморскую".

A nationality or place adjective is capitalised in English and, at a
sentence start or opening a title ("Черноморскую зерновую инициативу"), in
Russian; alone it names nothing (as "British" does not), and typed PLACE it
sends a reader to the wrong thing: a "Peruvian city" is no city called
Peruvian, and "Черноморскую" (the Black Sea one) is no inflection of the port
"Черноморск".  The closed list of the lexicon's ``demonyms`` holds the common
ones; this module reads the rest off the place names it is made of, by the
lexicon's ``demonym_forms``:

* English: a suffix ("-vian", "-ian", "-an", "-n", "-ese", "-i") after a
  country's or gazetteer place's name less at most the letters the suffix
  allows ("Canad(a)ian"), unless the name itself goes on with that suffix
  ("Jordan" is the country) or the word is a place itself;
* French, Spanish, German, Czech and Greek: the same, after a country's name
  in CLDR for that language too ("Jamaïque" > "Jamaïcain", "Τζαμάικα" >
  "Τζαμαϊκανός"), the name losing only final vowels or an ending the
  language lists (``cuts``: "Spani(en)" > "Spanier"); these languages
  capitalise the noun (a people), Spanish and Czech only by position;
* Russian: an adjectival ending right after a GeoNames place whose name ends
  in "-ск"/"-цк" ("Черноморск" + "ую"), or the lexicon's own Czech-style
  rule (``Lexicon.place_adjective``) where a language has one, after a
  gazetteer place's or a country's name (CLDR) in the language: "Коре(я)" +
  "йск" + "ого", "Америк(а)" + "анск" + "ий" (the demo's "Корейского", alone,
  had been a MISC name).  Before a place noun such an adjective is part of a
  place's name ("Корейском полуострове", ``entity_parts.lowercase_head``).

A demonym names a people, who acted, not where: it is dropped, as the closed
list's are, not typed MISC (the English form it would join is no entity
either).  The same table of countries, a closed list, types a country's name
PLACE where the lexicon's gazetteer does not list it (:func:`country`).

Only one word standing alone is judged (``entity_segments.segment``, ``KnownNames.find``):
before another capitalised word such a word may be a given name ("Roman Abramovich"),
and alone it stays one where the text writes it in a person's name (:func:`given_name`).
"""
from __future__ import annotations

import functools
import json
from typing import Callable

from storyline.analyse.entity_patterns import LEXICON_PATH, Lexicon, _fold


VOWELS = frozenset("aeiouyαεηιουω")  # folded: a place's name loses its final vowels before a suffix (or a ``cuts`` ending)


@functools.lru_cache(maxsize=1)
def _forms() -> dict:
    with LEXICON_PATH.open(encoding="utf-8") as fh:
        return {k: v for k, v in json.load(fh).get("demonym_forms", {}).items() if k != "_doc"}


@functools.lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """The English names of the world's countries (GeoNames' table, a closed list), folded."""
    from storyline.analyse.where_index import geonames_countries

    return frozenset(_fold(name) for name, _ in geonames_countries().values())


@functools.lru_cache(maxsize=16)
def _countries_in(lang: str) -> frozenset[str]:
    """The countries' names a ``lang`` demonym is made of, folded: English by GeoNames' table,
    other languages by CLDR's names in that language too ("Jamaïque", "Τζαμάικα")."""
    from storyline.analyse.where_index import _country_names

    own = frozenset(_fold(" ".join(n.split())) for n in _country_names(lang).values()) if lang != "en" else frozenset()
    return _countries() | own


@functools.lru_cache(maxsize=16)
def _stems(lex: Lexicon, lang: str) -> dict[str, set[str]]:
    """One-word country (in ``lang`` and English) and gazetteer place names less 0 to the
    most letters a suffix of ``lang`` allows (three letters left at least) -> the letters
    cut: "canad" -> {"a"}."""
    names = _countries_in(lang) | {_fold(n) for row in lex._rows["places"] for n in row}
    most = max(_suffixes(lang).values(), default=0)
    out: dict[str, set[str]] = {}
    for name in (n for n in names if n.isalpha()):
        for cut in range(min(most, len(name) - 3) + 1):
            out.setdefault(name[:len(name) - cut], set()).add(name[len(name) - cut:])
    return out


@functools.lru_cache(maxsize=16)
def _suffixes(lang: str) -> dict[str, int]:
    """``lang``'s demonym suffixes, folded, -> the most final letters a place's name loses before one."""
    return {_fold(k): v for k, v in _forms().get(lang, {}).get("suffixes", {}).items()}


def country(name: str) -> bool:
    """``name`` is a country's English name as GeoNames writes it ("Mali", "Peru", "Costa Rica"): PLACE
    evidence where the lexicon's gazetteer, which lists the countries the news names most, has none."""
    return _fold(" ".join(name.split())) in _countries()


def _suffixed(lex: Lexicon, low: str, lang: str) -> bool:
    """``low`` (folded) is a place's name less at most the letters a suffix allows, vowels
    only or an ending of the language's ``cuts`` ("Canad(a)", "Itali(e)", "Spani(en)",
    "Mexi(que)"; not "Mar(s)" + "ine", "Dam(as)" + "ien", "Cypr(us)" + "ien"), the suffix, then an ending.  A name that goes on with the suffix is a case of it, not a demonym
    ("Jordan"); where the suffix is empty (Greek "Ιταλ-ία" > "Ιταλ-ός"), a name whose
    cut letters are an ending is the place in another case ("Κύπρ-ος" > "Κύπρου")."""
    if low in _countries_in(lang):
        return False
    stems, suffixes = _stems(lex, lang), _suffixes(lang)
    endings = {_fold(e) for e in _forms()[lang]["endings"]}
    cuts = {_fold(c) for c in _forms()[lang].get("cuts", ())}
    for suffix, cut in suffixes.items():
        for ending in endings:
            tail = suffix + ending
            if low.endswith(tail) and len(low) > len(tail) + 2:
                rests = stems.get(low[:len(low) - len(tail)], ())
                if any(len(rest) <= cut and (set(rest) <= VOWELS or rest in cuts)
                       and not (rest.startswith(suffix) if suffix else rest in endings) for rest in rests):
                    return True
    return False


def _own(low: str, forms: dict) -> bool:
    """An adjectival ending right after a place whose name ends in one of ``own_suffixes`` ("черноморск")."""
    from storyline.analyse.where import country_of  # (where reads the resolver, which reads the lexicon)

    for ending in forms["endings"]:
        base = low[:len(low) - len(ending)]
        if low.endswith(ending) and len(base) >= 5 and base.endswith(tuple(forms["own_suffixes"])):
            return country_of(base) is not None and country_of(low) is None  # "Жуковский" is a town
    return False


@functools.lru_cache(maxsize=16)
def _country_stems(lang: str) -> dict[str, set[str]]:
    """The stems :meth:`Lexicon.place_adjective` reads, of the countries' one-word
    names in ``lang`` (CLDR) and English (GeoNames): "Корея" is in the gazetteer,
    but "Сирия", "Грузия", "Израиль" only in CLDR's table."""
    return Lexicon.stems_of(_countries_in(lang))


PLACE_ER_FLOOR = 10_000  # people of a city whose -er adjective is read as one (see place_adjective_er)


def place_adjective_er(word: str, lang: str) -> bool:
    """In German, ``word`` is the indeclinable adjective -er of a place the where index knows
    ("Thüringer" of Thüringen, "Frankfurter", "Kulmbacher"): a country, a subdivision, or a
    city of :data:`PLACE_ER_FLOOR` people or more (a small town's name is often a word's stem).
    Before another capitalised word it is that name's first word ("der Thüringer Allgemeinen",
    a newspaper), never a noun an article governs alone (h-names33)."""
    from storyline.analyse.where import city_of, country_named, subdivision_of
    from storyline.analyse.where_index import city_facts

    if lang != "de" or len(word) < 6 or not word.endswith("er") or not word[:1].isupper():
        return False
    for base in (word[:-2], word[:-2] + "en"):
        city = city_facts().get(city_of(base, lang) or "")
        if country_named(base, lang) or subdivision_of(base, lang) or (city and city.people >= PLACE_ER_FLOOR):
            return True
    return False


def place_adjective(lex: Lexicon, word: str, lang: str) -> bool:
    """``word`` (one capitalised word of a ``lang`` text) is an adjective or
    demonym made of a place's name, no name itself: "Peruvian", "Gazans",
    "Черноморскую"; and, by the lexicon's own rule, of a gazetteer place's or a
    country's name: "Britská", "Ιρανικά", "Корейского", "Сирийские"."""
    if lex.place_adjective(word, lang) or (lang in lex._adjective_forms
                                           and lex.place_adjective(word, lang, _country_stems(lang))):
        return True
    forms = _forms().get(lang)
    if not forms or not word.isalpha() or lex.place(word, lang):
        return False
    if "suffixes" in forms and _suffixed(lex, _fold(word), lang):
        return True
    return "own_suffixes" in forms and _own(word.lower(), forms)  # (not folded: "ий" keeps its "й")


def demonym_run(lex: Lexicon, words: list[str], lang: str) -> bool:
    """Two or more words each a demonym, listed or read off a place ("Roman Catholic",
    "Sunni Muslim"): a people's or a faith's description, no name."""
    return len(words) > 1 and all(lex.is_demonym([w]) or place_adjective(lex, w, lang) for w in words)


def people_word(lex: Lexicon, words: list[str], lang: str) -> bool:
    """``words`` are a demonym (listed, or a run of demonyms: "Sunni Muslim", "Roman Catholic"),
    no name: a people names who acted, not where (counted as the country, every "the Americans
    said" would be a mention of the United States).  Unless the gazetteer writes them as a place
    exactly, or as a German genitive ("l'Argentine", "Libyens"; "Britové" is no "Británie" by its stem).
    The gazetteer's rows hold every language's names, so a listed demonym that is another language's
    country is the place only where ``lang`` names a country so (CLDR): French "Italien" (an Italian)
    is German "Italien" (Italy), English "Argentine" French "Argentine" (Argentina)."""
    name = " ".join(words)
    listed = lex.listed(name) and not (lex.is_demonym(words) and _fold(name) not in _countries_in(lang))
    return (lex.is_demonym(words) or demonym_run(lex, words, lang)) and not (
        listed or lex.genitive_place(words[-1], lang))


def given_name(tx, k: int, person: Callable[[list[int]], bool]) -> bool:
    """Token ``k``, a demonym alone, is a given or family name the text writes in a
    person's name: "Roman" (Rome's adjective) where the text has "Roman Abramovich",
    "Martin" where "Michel Martin".  Many demonyms are names; no list says which, the
    text's own full name does, and the report's short forms join it.  The run of
    capitalised words holding it must read as a person's name (``person``), with no
    title or head word ("Rwandan President Paul Kagame"), not be a run of demonyms
    ("Roman Catholic"), and its other words be none the text writes after an article
    ("Rwandan Hutu" beside "the Hutu rebels": a people, no surname)."""
    toks, low, lex = tx.toks, tx.toks[k].low, tx.lex
    for p, t in enumerate(toks):
        if t.low != low or p == k:
            continue
        a, b = p, p + 1
        while a > 0 and b - a < 4 and toks[a - 1].cap and tx.gap(a) == " " and not tx.initial[a]:
            a -= 1
        while b < len(toks) and b - a < 4 and toks[b].cap and tx.gap(b) == " ":
            b += 1
        words = [toks[q].bare for q in range(a, b)]
        if b - a < 2 or demonym_run(lex, words, tx.lang) or any(
                lex.phrase_at(kind, words, n, tx.lang) for kind in ("titles", "org_cues", "place_cues")
                for n in range(len(words))):
            continue
        if not any(_after_article(tx, toks[q].low) for q in range(a, b) if q != p) and person(list(range(a, b))):
            return True
    return False


def demonym_lead(tx, idx: list[int], words: list[str]) -> int:
    """How many of a run's first words are a demonym before a name ("the American Serena
    Williams", "le Nord-Coréen Kim Jong-un"): a listed one of one or two words, or, where
    a capitalised demonym is only ever a noun (not the lexicon's ``capital_demonym_adjectives``),
    one read off a place after an article: "le Jamaïcain Usain Bolt" (without the article
    it may be a given name: "Romain Grosjean")."""
    lex, lang = tx.lex, tx.lang
    lead = next((n for n in (2, 1) if len(idx) > n and lex.is_demonym(words[:n])), 0)
    if lead or len(idx) < 2 or lang in lex.capital_demonym_adjectives or not idx[0]:
        return lead
    return int(lex.article(tx.toks[idx[0] - 1].text, lang) and place_adjective(lex, words[0], lang))


def _after_article(tx, low: str) -> bool:
    """The text writes the capitalised word ``low`` right after an article ("the Hutu rebels"):
    a people's or a thing's name, no surname, in a language whose person names take none."""
    toks = tx.toks
    return any(t.low == low and t.cap and p and tx.lex.article(toks[p - 1].text, tx.lang) for p, t in enumerate(toks))
