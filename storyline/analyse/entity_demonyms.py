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
* Russian: an adjectival ending right after a GeoNames place whose name ends
  in "-ск"/"-цк" ("Черноморск" + "ую"), or the lexicon's own Czech-style
  rule (``Lexicon.place_adjective``) where a language has one.

The same table of countries, a closed list, types a country's name PLACE
where the lexicon's gazetteer does not list it (:func:`country`).

Only one word standing alone is judged (``entities._segment``, ``KnownNames.find``):
before another capitalised word such a word may be a given name ("Roman Abramovich").
"""
from __future__ import annotations

import functools
import json

from storyline.analyse.entity_patterns import LEXICON_PATH, Lexicon, _fold


@functools.lru_cache(maxsize=1)
def _forms() -> dict:
    with LEXICON_PATH.open(encoding="utf-8") as fh:
        return {k: v for k, v in json.load(fh).get("demonym_forms", {}).items() if k != "_doc"}


@functools.lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """The English names of the world's countries (GeoNames' table, a closed list), folded."""
    from storyline.analyse.where_index import geonames_countries

    return frozenset(_fold(name) for name, _ in geonames_countries().values())


@functools.lru_cache(maxsize=1)
def _stems(lex: Lexicon) -> dict[str, set[str]]:
    """One-word country and gazetteer place names less 0-2 final letters (three
    letters at least) -> the letters cut: "canad" -> {"a"}."""
    names = _countries() | {_fold(n) for row in lex._rows["places"] for n in row}
    out: dict[str, set[str]] = {}
    for name in (n for n in names if n.isalpha()):
        for cut in range(min(2, len(name) - 3) + 1):
            out.setdefault(name[:len(name) - cut], set()).add(name[len(name) - cut:])
    return out


def country(name: str) -> bool:
    """``name`` is a country's English name as GeoNames writes it ("Mali", "Peru", "Costa Rica"): PLACE
    evidence where the lexicon's gazetteer, which lists the countries the news names most, has none."""
    return _fold(" ".join(name.split())) in _countries()


def _english(lex: Lexicon, low: str, forms: dict) -> bool:
    if low in _countries():
        return False
    stems = _stems(lex)
    for suffix, cut in forms["suffixes"].items():
        for ending in forms["endings"]:
            if low.endswith(suffix + ending) and len(low) > len(suffix + ending) + 2:
                rests = stems.get(low[:len(low) - len(suffix + ending)], ())
                if any(len(rest) <= cut and not rest.startswith(suffix) for rest in rests):
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


def place_adjective(lex: Lexicon, word: str, lang: str) -> bool:
    """``word`` (one capitalised word of a ``lang`` text) is an adjective or
    demonym made of a place's name, no name itself: "Peruvian", "Gazans",
    "Черноморскую"; and, by the lexicon's own rule, "Britská", "Ιρανικά"."""
    if lex.place_adjective(word, lang):
        return True
    forms = _forms().get(lang)
    if not forms or not word.isalpha() or lex.place(word, lang):
        return False
    if "suffixes" in forms and _english(lex, _fold(word), forms):
        return True
    return "own_suffixes" in forms and _own(word.lower(), forms)  # (not folded: "ий" keeps its "й")
