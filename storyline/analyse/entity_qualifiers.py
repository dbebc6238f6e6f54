"""A party's bracketed qualifier is part of its name: "Janata Dal (United)", "CPI(M)".

Why: Indian parties that split keep the old name and add a bracketed word that
tells the factions apart: "Janata Dal (United)" and "Janata Dal (Secular)" are two
parties, "Communist Party of India (Marxist)" is not the "Communist Party of
India", "CPI(M)" not the "CPI".  Read without the bracket (the qualifier dropped as
a frequent word, ``entity_parts.parenthesised_qualifier``, or taken as an ORG of
its own, "Marxist"), every faction was keyed as the parent party and merged into
one entity.  The qualifier, right after an organisation's name inside brackets
with nothing else there, joins the name, which is then keyed and shown whole
("janata dal united"; the Hindi "जनता दल (यूनाइटेड)" keys "janta dal yunaited",
a spelling variant the resolver joins).

What stays apart: an acronym in brackets, the name's short form ("Telugu Desam
Party (TDP)", "भारतीय जनता पार्टी (भाजपा)", a Latin acronym spelled by its
letters' names "(टीडीपी)"); a place, the organisation's seat or country
("Reliance (India)"); a name that is no organisation ("Smith (Labour)").
"""
from __future__ import annotations

from storyline.analyse.entity_devanagari import syllabic_acronym
from storyline.analyse.entity_keys import lettered_acronym
from storyline.analyse.entity_spans import Cand, acronym_shaped
from storyline.analyse.entity_text import TextFacts

__all__ = ["join_qualifiers", "closing_bracket"]


def _bracketed(tx: TextFacts, k: int) -> bool:
    """Token k is alone in brackets: "(" (after a space or none) before it, ")" right after it."""
    tok = tx.toks[k]
    return tx.gap(k).strip(" ") == "(" and tx.text[tok.end:tok.end + 1] == ")"


def _qualifier(tx: TextFacts, c: Cand, k: int) -> bool:
    """Token k, bracketed right after the organisation ``c``, is a qualifier of its name."""
    tok, lex, lang = tx.toks[k], tx.lex, tx.lang
    if lex.place(tok.text, lang) or lex.institution(tok.text, lang):
        return False  # the organisation's country or seat: "(India)"
    if tok.cased:
        one_letter = len(tok.bare) == 1 and tok.bare.isupper() and tx.gap(k) == "("  # "CPI(M)", "JD(U)"
        return one_letter or (tok.cap and not acronym_shaped(tok.bare) and tok.bare.isalpha())
    if tok.script != "DEVANAGARI":
        return False
    name = tx.span(c.i, c.j)
    return lettered_acronym(tok.text) is None and syllabic_acronym(name) != tok.text


def join_qualifiers(tx: TextFacts, chosen: list[Cand]) -> list[Cand]:
    """``chosen`` with each organisation's bracketed qualifier joined to it (see the module
    docstring); a candidate the qualifier alone was read as ("Marxist") goes."""
    by_start = {c.i: c for c in chosen}
    gone: set[int] = set()
    for c in sorted(chosen, key=lambda c: c.i):
        k = c.j
        if c.label != "ORG" or id(c) in gone or k >= len(tx.toks) or not _bracketed(tx, k):
            continue
        other = by_start.get(k)
        if other is not None and (other.j != k + 1 or other.label not in ("ORG", "MISC")):
            continue
        if _qualifier(tx, c, k):
            c.j = k + 1
            if other is not None:
                gone.add(id(other))
    return [c for c in chosen if id(c) not in gone]


def closing_bracket(tx: TextFacts, c: Cand, end: int) -> int:
    """The end of ``c``'s surface (``end``: after its last word) with the bracket that
    closes a joined qualifier: "Janata Dal (United)", not "Janata Dal (United"."""
    if c.j - 1 > c.i and tx.gap(c.j - 1).strip(" ") == "(" and tx.text[end:end + 1] == ")":
        return end + 1
    return end
