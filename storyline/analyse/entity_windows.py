"""The windows of a text where a known name may be written: 1-4 words (8 CJK characters).

Why apart from :mod:`storyline.analyse.entity_known`: which words may open, go on
and end a name is a question of the text alone, not of the names known; the
extractor computes the windows once and both finds (the event's names, a
headline's) read them.
"""
from __future__ import annotations

from storyline.analyse.entity_patterns import lexicon
from storyline.analyse.entity_spans import glued
from storyline.analyse.entity_tokens import Token

__all__ = ["Window", "name_windows"]


Window = tuple[int, int, str, bool, bool]  # tokens [i, j), their text, first cased, one cased word


def name_windows(text: str, toks: list[Token], lang: str, stop_names: frozenset[int] = frozenset()) -> list[Window]:
    """The 1-4 word (8 CJK character) windows of a text that could be a known
    name: no number or elided article first, words glued by a space or hyphen, a single word
    only if capitalised (in cased scripts) and not a stopword, no last word a lower-case one;
    ``stop_names``: stop words that may be a name alone (a surname opening a sentence, "May
    said": :func:`~storyline.analyse.entity_stop_names.stop_name_starts`)."""
    lex = lexicon()
    out: list[Window] = []
    for i, first in enumerate(toks):
        if first.num or first.text[-1] in "'’":  # a name starts after an elided article ("l'Argentin", "d'Abdelhamid")
            continue
        cased = first.cased
        for w in range(1, (8 if first.script == "CJK" else 4) + 1):
            j = i + w
            if j > len(toks) or (w > 1 and not glued(text, toks, j - 1, lex)):
                break
            if w == 1 and ((cased and not first.cap) or (lex.stopword(first.text, lang) and i not in stop_names)):
                continue
            last = toks[j - 1]
            if w > 1 and last.cased and not last.cap and lex.stopword(last.text, lang):
                continue  # "το Ιράν ως" is no "Ιρανός": no name ends in a lower-case function word
            out.append((i, j, text[first.start:last.start + len(last.bare)], cased, w == 1 and cased))
    return out
