"""Runs written in capitals: which of their words are common words.

Capitals carry no case: in a header line or a copyright notice written in
capitals ("FEDERAL NEWS", "THE FEDERAL GOVERNMENT SAID", "(C) COPYRIGHT
2004, FEDERAL NEWS SERVICE") every word looks like a name's word, and the
rules that tell a name by its capital letter pass a common adjective or
verb as one.  A word in capitals is common where its language writes it in
lower case: the report itself does elsewhere ("federal" in "a federal
court"), or it is one of the language's stop words.  (The language's
frequent words, jusText's lists, were tried too: they hold "ссср", "época",
names of a newspaper or a state written in capitals.)  At the ends of a
run such words name nothing; inside one they are a name's words ("BANK OF
AMERICA").  A run that ends in an organisation's or place's head word is
left whole, as such names are made of common words ("FEDERAL NEWS SERVICE",
"NATIONAL WEATHER SERVICE"), unless every word of it is common: "the
FEDERAL GOVERNMENT knew" in a report that writes "the government" and "a
federal matter".

Words of three letters or fewer in capitals are acronyms ("WHO", "US"), and
a word the gazetteer knows is a name whatever its case ("WASHINGTON").  A
stop word written in capitals among words that are not is the abbreviation
the gazetteer writes so, where it lists one ("A WHO spokesperson said": the
World Health Organization, not "who"; :func:`stop_acronym`).
"""
from __future__ import annotations

import functools


def common_in_capitals(tx, k: int) -> bool:
    """Token ``k``, written in capitals, is a common word of the text's language."""
    t, lex, lang = tx.toks[k], tx.lex, tx.lang
    if not t.allcaps or len(t.bare) < 4 or not t.bare.isalpha():
        return False
    if lex.place(t.bare, lang) or lex.institution(t.bare, lang):
        return False
    low = t.bare.casefold()
    return low in tx.lower_vocab or lex.stopword(low, lang)


@functools.lru_cache(maxsize=4)
def _capital_spellings(lex) -> frozenset[str]:
    """The gazetteer's spellings written wholly in capitals ("WHO", "US", "ООН")."""
    return frozenset(n for n in lex.written_names if len(n) >= 2 and n.isalpha() and n.isupper())


def stop_acronym(tx, k: int) -> bool:
    """Token ``k`` is a stop word in capitals that names what the gazetteer writes so
    ("WHO"), and the words on either side are not in capitals: in a line written in
    capitals ("WHO WE ARE") it is the common word.  Why: the stop list drops "who",
    and with it the World Health Organization of "A WHO spokesperson in New Delhi"."""
    t, toks = tx.toks[k], tx.toks
    if not t.allcaps or t.bare not in _capital_spellings(tx.lex):
        return False
    near = [toks[m] for m in (k - 1, k + 1) if 0 <= m < len(toks) and toks[m].cased and not toks[m].num]
    return not any(n.allcaps for n in near)


def capitals_trimmed(tx, idx: list[int]) -> list[int]:
    """The run ``idx`` less the common words at its ends where every word of it is
    written in capitals (``common_in_capitals``); empty where every word is one."""
    toks, lex = tx.toks, tx.lex
    if not idx or not all(toks[k].allcaps for k in idx):
        return idx
    if all(common_in_capitals(tx, k) for k in idx) and not _known_at(tx, idx, 0):
        return []
    if len(idx) > 1 and any(lex.is_cue(kind, toks[idx[-1]].bare, tx.lang, compounds=False)
                            for kind in ("org_cues", "place_cues")):
        return idx
    a, b = 0, len(idx)
    while a < b and common_in_capitals(tx, idx[a]) and not _known_at(tx, idx[a:b], 0):
        a += 1
    while b > a and common_in_capitals(tx, idx[b - 1]) and not _known_at(tx, idx[a:b], -1):
        b -= 1
    return idx[a:b]


def _known_at(tx, idx: list[int], end: int) -> bool:
    """Two or three words at the start (``end`` 0) or the end (-1) of ``idx`` are a
    place or institution the gazetteer knows ("SOUTH AMERICA", "UNITED STATES")."""
    lex, lang = tx.lex, tx.lang
    for n in (2, 3):
        part = idx[:n] if end == 0 else idx[-n:]
        if len(idx) >= n:
            name = tx.span(part[0], part[-1] + 1)
            if lex.place(name, lang) or lex.institution(name, lang):
                return True
    return False
