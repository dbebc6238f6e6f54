"""Whether capitalised words could be a person's name by their shape alone.

Read where no cue labels a run of capitals: 2-4 such words default to a
guessed PERSON (``entity_segments.GUESS``) only if they are shaped as a person's
name; and a person's name after an article and a site's preposition is the
site named after him ("en el Santiago Bernabéu").  What a person's name is
not: a common word of the text, a place's adjective or a number first, a style last, a
single hyphened word, a noun the text counts.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.analyse.entity_demonyms import place_adjective_er
from storyline.analyse.entity_heads import STYLES
from storyline.analyse.entity_orgs import PLURAL_ENDINGS
from storyline.analyse.entity_spans import HYPHENS

if TYPE_CHECKING:  # pragma: no cover
    from storyline.analyse.entity_text import TextFacts

__all__ = ["cardinal", "counted_noun", "person_shaped"]


def cardinal(word: str, lang: str, one: bool = True) -> bool:
    """``word`` is a cardinal number written out in ``lang`` or in English ("Five", "Three", "Sieben");
    ``one``: also the words for one, which are articles too ("A", "Un", "Ein")."""
    from storyline.analyse.dates_lexicon import norm
    from storyline.analyse.dates_lexicon_counts import NUMBERS

    low = norm(word)
    return any(low in forms.split() for lang in {lang, "en"} for forms in NUMBERS.get(lang, ())[0 if one else 1:])


def counted_noun(tx: "TextFacts", k: int) -> bool:
    """Capitalised token ``k`` is a common noun the text also writes in lower case in the plural
    ("el Monedero Patria" of a text with "los monederos"): a thing's name, not a person's, whose
    name is no noun that is counted (:func:`person_shaped` reads the word as written only)."""
    low = tx.toks[k].bare.casefold()
    return any(low + end in tx.lower_vocab for end in PLURAL_ENDINGS)


def person_shaped(tx: "TextFacts", idx: list[int], words: list[str]) -> bool:
    """2-4 words a person's name could be: no person's name holds a common word ("Air Force") or opens with a
    place's adjective ("Ιρανική Επαναστατική Φρουρά", "Thüringer Allgemeinen") or a number from two ("Five Guys", "Three Lions": a chain's,
    a team's name; no given name is one, h-names30; not "Dos Santos", a particle); one hyphened word is a company ("Rolls-Royce"), a place
    ("Notre-Dame") or a given name alone."""
    toks, lex = tx.toks, tx.lex
    ordinary = any(toks[k].cap and toks[k].bare.casefold() in tx.lower_vocab for k in idx) \
        or lex.place_adjective(words[0], tx.lang) or place_adjective_er(words[0], tx.lang) \
        or (cardinal(words[0], tx.lang, one=False) and words[0].casefold() not in lex.particles) \
        or words[-1].casefold() in STYLES \
        or any(lex.institution(w, tx.lang) and tx.gap(k) not in HYPHENS and (k + 1 >= len(toks) or tx.gap(k + 1)
                                                                             not in HYPHENS) for k, w in zip(idx, words))
    # ("Notre Dame": a style stands before a person's name, never ends it); nor does a person's name hold an
    # institution's word standing alone ("CDU und Linken Angesichts …"; "IOC-Boss Thomas Bach" is a compound, h-names32)
    spaced = any(tx.gap(k) not in HYPHENS for k in idx[1:])
    return 2 <= len(idx) <= 4 and spaced and not ordinary
