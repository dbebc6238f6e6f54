"""Named storms: "Storm Daniel", "la tempête Daniel", "ураган Катрина", "तूफान डेनियल".

Why a rule of its own: a storm's name is a given name ("Daniel", "Katrina"),
so without its noun it reads as a person, or, where the noun is written in
lower case ("la borrasca Daniel") or a sentence start capitalised a noun the
text also writes in lower case ("Storm Daniel struck …" beside "the storm
approached"), as the fragment "Daniel".  Every language names a storm with
its noun ("Hurricane Katrina", "Sturmtief Daniel", "Typhon Haiyan"), so the
noun is kept as part of the name, the name is no person's (MISC), and each
spelling is also keyed as "storm <name>" whatever the noun and language
(:func:`storm_key`), so that "Storm Daniel", "tempête Daniel" and "borrasca
Daniel" are one entity and "ouragan Katrina" is "Hurricane Katrina".
The nouns are the lexicon's ``storm_nouns``.
"""
from __future__ import annotations

from typing import Callable

from storyline.analyse.entity_heads import product_follows
from storyline.analyse.entity_keys import entity_key
from storyline.analyse.entity_patterns import lexicon
from storyline.analyse.entity_spans import HYPHENS, Cand, glued
from storyline.analyse.entity_tokens import Token
from storyline.analyse.entity_text import TextFacts

_HEADS = ("titles", "org_cues", "place_cues", "product_nouns", "event_nouns")


def storm_key(name: str) -> str:
    """The key every language's spelling of one storm shares: "storm" and the
    storm's own name ("ouragan Katrina" and "Hurricane Katrina": "storm katrina")."""
    return f"storm {entity_key(name)}"


def storm_name(tx: TextFacts, run: list[int]) -> Cand | None:
    """The storm a run of capitalised words names with the storm noun before
    it, capitalised at the run's start ("Storm Daniel", "Hurricane Katrina",
    "Sturmtief Daniel") or in lower case right before it ("la tempête Daniel",
    "storm Daniel", "ураган Катрина"; not in German, where nouns are
    capitalised and a lower-case "tief" is an adjective).  The storm's own
    name is one word (maybe hyphened) that ends the run and is no common word,
    place, organisation or head word: "Hurricane Center", "Storm Shadow
    missiles", "the storm Sunday" name no storm."""
    lex, toks, lang = tx.lex, tx.toks, tx.lang
    words = [toks[k].bare for k in run]
    n = lex.phrase_at("storm_nouns", words, 0, lang)
    if n and len(run) > n and toks[run[0]].cap:
        start, name = run[0], run[n:]
    else:
        start, name = None, run
        for n in (2, 1):
            s = run[0] - n
            if s < 0 or lang in lex.noun_marker_langs:
                break
            before = toks[s:run[0]]
            if all(t.cased and not t.cap for t in before) \
                    and all(glued(tx.text, toks, m, lex) for m in range(s + 1, run[0] + 1)) \
                    and lex.phrase_at("storm_nouns", [t.bare for t in before], 0, lang) == n:
                start = s
                break
        if start is None:
            return None
    if any(tx.gap(k) not in HYPHENS for k in name[1:]):
        return None  # the storm's name is one word ("Hurricane Katrina New Orleans" is not read here)
    own = tx.span(name[0], name[-1] + 1)
    if lex.stopword(toks[name[0]].bare, lang) or lex.place(own, lang) or lex.institution(own, lang) \
            or lex.is_demonym([own]) or any(lex.is_cue(kind, toks[name[-1]].bare, lang) for kind in _HEADS) \
            or product_follows(tx, name[-1]):
        return None
    return Cand(start, name[-1] + 1, "MISC", 1, key=storm_key(own))


def caseless_storm(text: str, toks: list[Token], k: int, lang: str, usable: Callable[[int], bool]) -> Cand | None:
    """A storm named in a caseless script: the storm noun at token k and the
    one word after it ("तूफान डेनियल", "चक्रवात बिपरजॉय"), when that word may be
    a name's (``usable``: no postposition, verb or other never-a-name word:
    "तूफान से" names no storm)."""
    lex = lexicon()
    n = lex.phrase_at("storm_nouns", [t.text for t in toks[k:k + 3]], 0, lang)
    m = k + n
    if not n or not usable(m) or not glued(text, toks, m, lex) \
            or any(lex.is_cue(kind, toks[m].text, lang) for kind in _HEADS):
        return None
    return Cand(k, m + 1, "MISC", 1, key=storm_key(toks[m].text))
