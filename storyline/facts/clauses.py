"""A sentence that states two claims joined by a semicolon is two claims.

Why: the facts stage aligns sentences, so a sentence holding two claims ("The
dam burst on Tuesday; 5,000 people died in the city") is one claim: its half
that matches a fact of another report drags the other half into that fact, and
the other half corroborates nothing.  A semicolon (Arabic "؛" too) joins two
clauses of a sentence where a full stop could stand, so the claim is cut there
when both halves are claims of their own: substantive, stating a name, figure,
date or reporting cue (``is_claim_span``: :func:`storyline.facts.claims.claim_at`),
and holding a verb (:func:`has_verb`), the second not leaning on the first
(:func:`stands_alone`).  A list's items ("Derna; Benghazi;
Tobruk") are too short, and a half with no verb ("for the flood victims;
a third of them children") no clause, and a half that opens pointing back
("It was Putin's first trip to North Korea in 24 years; his previous visit,
in 2000, was to meet Kim's father": the fact sample's gold holds the two as
one fact) elaborates the first: each stays with its sentence.  Each
part keeps exact offsets into the article's text; the sentence's stored span
is not changed (a store holds spans from before this rule), its claims are
cut as they are read.
"""
from __future__ import annotations

import regex

from storyline.analyse.dates_tense import sentence_leans

_SEMICOLON = regex.compile(r"[;؛]")
_WORD = regex.compile(r"[\p{L}\p{M}]+")
# present-tense copulas and auxiliaries, which give no tense lean of their own ("the toll is 5,000")
_AUXILIARIES = frozenset((
    "is are was were has have had will would can could may must "  # en
    "ist sind war waren hat haben hatte wird werden "  # de
    "est sont était étaient a ont avait sera seront "  # fr
    "es son era eran fue fueron ha han había será "  # es
    "é são era foi foram tem têm será "  # pt
    "è sono era erano ha hanno sarà "  # it
    "является являются был была было были будет "  # ru
    "є був була було були буде "  # uk
    "je jsou byl byla bylo byli bude "  # cs
    "είναι ήταν έχει έχουν θα "  # el
    "है हैं था थे थी थीं होगा होगी गया गई गए "  # hi
    "كان كانت يكون سيكون").split())


def has_verb(text: str, lang: str | None) -> bool:
    """``text`` holds a finite verb: a word with a tense lean
    (:func:`~storyline.analyse.dates_tense.sentence_leans`: "brach", "a cédé",
    "टूट गया") or a copula or auxiliary of :data:`_AUXILIARIES`."""
    return bool(sentence_leans(lang or "", text)) or any(
        w.casefold() in _AUXILIARIES for w in _WORD.findall(text))


def stands_alone(text: str, lang: str | None) -> bool:
    """``text``, the half after a semicolon, does not lean on the half before it: it
    neither points back nor answers (:func:`~storyline.facts.openers.points_back`,
    :func:`~storyline.facts.openers.answers`: "his previous visit …", "it was …")
    nor opens with a pronoun for a person (:func:`~storyline.facts.openers.points_to_person`)."""
    from storyline.facts.openers import answers, points_back, points_to_person  # openers reads claims' words
    lang = lang or ""
    return not (points_back(text, lang) or answers(text, lang) or points_to_person(text, lang))


def claim_parts(text: str, start: int, end: int, lang: str | None, is_claim_span) -> list[tuple[int, int]]:
    """``[start, end)`` of ``text`` cut at each semicolon where the part before it
    (back to the last cut) and the part after it (to the next semicolon) are both
    claims with a verb (``is_claim_span(s, e)`` and :func:`has_verb`); one part,
    the whole span, where none is.  Parts leave out the semicolon and the spaces
    around it."""
    cuts = [m.start() for m in _SEMICOLON.finditer(text, start, end)]
    if not cuts:
        return [(start, end)]

    def trimmed(s: int, e: int) -> tuple[int, int]:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        return s, e

    def claim(s: int, e: int) -> bool:
        return is_claim_span(s, e) and has_verb(text[s:e], lang)

    out: list[tuple[int, int]] = []
    head = start
    for k, cut in enumerate(cuts):
        nxt = cuts[k + 1] if k + 1 < len(cuts) else end
        left, right = trimmed(head, cut), trimmed(cut + 1, nxt)
        if claim(*left) and claim(*right) and stands_alone(text[right[0]:right[1]], lang):
            out.append(left)
            head = right[0]
    out.append(trimmed(head, end))
    return out
