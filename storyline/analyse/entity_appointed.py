"""Hindi persons named as an office's holder-to-be, with no title before them.

A Hindi person was found after a title ("प्रधानमंत्री नरेंद्र मोदी"), as a
name the event knows, or as a maker before the ergative "ने"; with none of
these, "नरेंद्र मोदी का तीसरी बार प्रधानमंत्री बनना" (Modi's becoming prime
minister a third time) and "नीतीश कुमार को गठबंधन का नेता चुनने" (electing
Nitish Kumar the alliance's leader) named no one.  The grammar names him: a
clause in which someone becomes, is made, chosen or appointed an office
(a title of the lexicon, then a form of :data:`APPOINT_VERBS`) has its holder
before the postposition "का"/"की"/"के" (becoming) or "को" (being made), and
the holder of an office is a person.  The name is the 2-3 words before that
postposition back to a word that is never a name (`name_stops`), none a
place or institution; a single word is left alone (a noun: "देश का
प्रधानमंत्री").
"""
from __future__ import annotations

from typing import Callable

from storyline.analyse.entity_patterns import Lexicon
from storyline.analyse.entity_spans import Cand, glued
from storyline.analyse.entity_tokens import Token

# stems of the verbs that make someone an office's holder: become, make, choose, appoint
APPOINT_VERBS = {"hi": ("बन", "बना", "चुन", "नियुक्त")}
_HOLDER_MARKS = {"hi": ("का", "की", "के", "को")}
_REACH = 5  # words between the postposition and the title ("का तीसरी बार प्रधानमंत्री", "को गठबंधन का नेता")


def _appointing(toks: list[Token], k: int, lang: str, lex: Lexicon) -> bool:
    """Token k is a title followed by a form of an appointing verb ("प्रधानमंत्री बनना", "नेता चुनने")."""
    n = lex.phrase_at("titles", [t.text for t in toks[k:k + 3]], 0, lang)
    if not n or k + n >= len(toks):
        return False
    verb = toks[k + n].text
    return any(verb.startswith(s) for s in APPOINT_VERBS.get(lang, ())) and (
        lex.name_stop(verb, lang) == "verbs" or verb in APPOINT_VERBS[lang])


def _clause_appoints(text: str, toks: list[Token], p: int, lang: str, lex: Lexicon) -> bool:
    """An appointing title and verb follow postposition p within :data:`_REACH` words of one clause
    (no punctuation between: "को गठबंधन का नेता चुनने")."""
    for k in range(p + 1, min(p + 1 + _REACH, len(toks) - 1)):
        if not glued(text, toks, k, lex):
            return False
        if _appointing(toks, k, lang, lex) and glued(text, toks, k + 1, lex):
            return True
    return False


def appointed_persons(text: str, toks: list[Token], lang: str, lex: Lexicon,
                      usable: Callable[[int], bool]) -> list[Cand]:
    """PERSON candidates for the holders an appointing clause names (see above)."""
    marks, out = _HOLDER_MARKS.get(lang), []
    if not marks:
        return out
    for p, t in enumerate(toks):
        if t.text not in marks or p < 2:
            continue
        if not _clause_appoints(text, toks, p, lang, lex):
            continue
        i = p
        while i > 0 and p - i < 3 and usable(i - 1) and glued(text, toks, i, lex):
            i -= 1
        if p - i >= 2 and (i == 0 or lex.name_stop(toks[i - 1].text, lang) is not None):
            out.append(Cand(i, p, "PERSON", 1))
    return out
