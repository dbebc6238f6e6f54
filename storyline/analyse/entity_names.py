"""Display names of an entity, one per reader language.

An entity's spellings come from reports in many languages; a reader of
English should see "North Korea", not "Corea del Norte", and a reader of
Russian "Северная Корея" where Russian reports name it so.  For each language
the name is chosen among the spellings its reports use: the fullest form
(most words: "Kim Jong Un" over "Kim"), then a form the gazetteer lists (its
English name first, then a dictionary form: "Россия" over the inflected "России"), then the
shortest case form of one Russian stem ("Ким Чен Ын" over the dative "Ким Чен Ыну"), then the most used
form, written with capitals.
"""
from __future__ import annotations

from collections import Counter

from storyline.analyse.entity_keys import entity_key
from storyline.analyse.entity_patterns import Lexicon, lexicon, script_of

__all__ = ["best_form", "display_names"]


def best_form(counts: Counter) -> str:
    """The spelling to show among ``counts`` (spelling -> mentions)."""
    lex = lexicon()
    order = {a: n for n, a in enumerate(counts)}
    most_words = max(len(entity_key(a).split()) for a in counts)
    full = [a for a in counts if len(entity_key(a).split()) == most_words]
    forms: Counter = Counter()  # spellings that differ only in case or punctuation are one form
    for a in full:
        forms[entity_key(a)] += counts[a]
    listed: Counter = Counter()
    for a in full:
        listed[entity_key(a)] = max(listed[entity_key(a)], lex.listed(a))
    shortest = _shortest_inflections(full)
    best = max(forms, key=lambda k: (listed[k], k in shortest, forms[k],
                                     -min(order[a] for a in full if entity_key(a) == k)))
    same = [a for a in full if entity_key(a) == best]
    return max(same, key=lambda a: (a != a.lower() and a != a.upper(), counts[a], -order[a]))


def _shortest_inflections(spellings: list[str]) -> set[str]:
    """Keys of the spellings that are the shortest of their Russian stem: of
    "Ким Чен Ыну", "Ким Чен Ына" and "Ким Чен Ын" the case ending is dropped
    in the nominative, the form a reader looks a name up by.  Spellings in
    other scripts are each their own stem."""
    by_stem: dict[str, list[str]] = {}
    for a in spellings:
        stem = Lexicon._stem_key(a, "russian") if script_of(a[0]) == "CYRILLIC" else entity_key(a)
        by_stem.setdefault(stem, []).append(entity_key(a))
    return {k for keys in by_stem.values() for k in keys if len(k) == min(map(len, keys))}


def display_names(alias_langs: dict[str, Counter]) -> dict[str, str]:
    """Language -> display name, from spelling -> {language: mentions}."""
    per_lang: dict[str, Counter] = {}
    for alias, langs in alias_langs.items():
        for lang, n in langs.items():
            if lang and lang != "und":
                per_lang.setdefault(lang, Counter())[alias] += n
    return {lang: best_form(c) for lang, c in sorted(per_lang.items())}
