"""Candidate name spans: which tokens join into one, and how overlapping candidates are chosen.

Apart from the cue lexicon (:mod:`storyline.analyse.entity_patterns`) because
every rule that builds a name -- capitalised runs, caseless names, German
nouns, storms, known names -- asks the same two questions of the same
tokens: does token k go on the phrase of token k-1 (:func:`glued`: a space,
a hyphen, an abbreviation's or an initial's period), and which of the
candidates over a text win (:func:`select`).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterable

from storyline.analyse.entity_patterns import Lexicon, lexicon
from storyline.analyse.entity_tokens import CASED_SCRIPTS, Token, script_of, tokenize
from storyline.analyse.sentences import caseless_initial

HYPHENS = frozenset({"-", "‐", "‑"})  # what joins a compound name ("Notre-Dame", "Kim Jong-un")


def glued(text: str, toks: list[Token], k: int, lex: Lexicon) -> bool:
    """Token k continues the phrase of token k-1: a space, a hyphen, or "Mr. "-style dot."""
    if k <= 0:
        return False
    gap = text[toks[k - 1].end:toks[k].start]
    if gap in HYPHENS or (len(gap) <= 2 and not gap.strip() and "\n" not in gap):
        return True
    return gap.rstrip() == "." and len(gap) <= 2 and (toks[k - 1].low in lex.abbreviations
                                                      or caseless_initial(toks[k - 1].text)
                                                      or (gap in (". ", ".\u00a0") and _cased_initial(toks, k, lex)))


def _cased_initial(toks: list[Token], k: int, lex: "Lexicon") -> bool:
    """Token k-1 is a given name's initial before token k ("V. Klaus", "George
    W. Bush"): one capital letter and its period, then a capitalised word that
    is no function word nor in capitals ("World War I. The" ends a sentence; "N. EAD"),
    nor a common word of the text (:func:`written_lower`: "with Tony C. Made a
    difference" ends a sentence, or at least a name, at the period)."""
    prev, t = toks[k - 1], toks[k]
    return len(prev.text) == 1 and prev.cap and prev.cased and t.cased and t.cap and not t.allcaps \
        and not lex.stopword(t.text, "und") and not written_lower(toks, k)


_CASES: tuple[list, Counter] | None = None  # (tokens, their casefolded words by case): the last text asked about


def written_lower(toks: list[Token], k: int) -> bool:
    """The text writes token k's word in lower case at least as often as
    capitalised: a common word, capitalised where it stands by position
    ("made" 15 times, "Made" once), where a name is written capitalised
    ("Bush", though a report may mention a "bush" once).  The counts of the
    last token list asked about are kept: the rules ask token after token of one text."""
    global _CASES
    cases = _CASES
    if cases is None or cases[0] is not toks:
        counts = Counter((t.low, t.cap) for t in toks if t.cased)
        cases = _CASES = (toks, counts)
    low = toks[k].low
    return cases[1][(low, False)] > 0 and cases[1][(low, False)] >= cases[1][(low, True)]


_COLON = re.compile(r"[ \u00a0\u202f]?:")  # (French sets a space before it: "Objet :")


def header_label(text: str, toks: list[Token], k: int, lex: Lexicon, lang: str) -> bool:
    """Token k labels an e-mail or memo header: a header word of the lexicon
    and a colon right after it ("CC: Marvin Sambur", "Date: June 23").  It is
    no part of the name before it ("To: James Roche CC: …" is not "James Roche
    CC"), nor a name, though the text may write the word elsewhere as one
    ("AF/CC", found again as a known name); "Putin: we will win" keeps Putin."""
    return bool(_COLON.match(text, toks[k].end)) and lex.header_label(toks[k].text, lang)


@dataclass
class Cand:
    """A candidate name over tokens [i, j), with a label and a priority for overlaps."""

    i: int
    j: int
    label: str
    prio: float
    guess: bool = False  # the label is the default for capitalised words, not read from a cue
    key: str | None = None  # its key where not its text's: the known name's (an abjad name found by its sound, entity_abjad), a company's name less its legal form (entity_orgs.legal_cores)
    lead: int = 0  # characters of proclitics before the name in its first word ("بلندن", entity_abjad_places)


def select(cands: list[Cand], taken: Iterable[Cand] = ()) -> list[Cand]:
    """Greedy non-overlapping choice: higher priority, then longer, then earlier."""
    used = set()
    chosen = list(taken)
    for c in chosen:
        used.update(range(c.i, c.j))
    for c in sorted(cands, key=lambda c: (-c.prio, -(c.j - c.i), c.i)):
        if not used.intersection(range(c.i, c.j)):
            chosen.append(c)
            used.update(range(c.i, c.j))
    return chosen


def guess_label(name: str, lang: str) -> str:
    """Label of a bare name (no context): gazetteer, head words, else by length."""
    lex = lexicon()
    script = script_of(name[0]) if name else "LATIN"
    where = None if script in CASED_SCRIPTS else script
    if lex.place(name, lang, where):
        return "PLACE"
    words = [t.text for t in tokenize(name)]
    if lex.institution(name, lang, where) or any(lex.is_cue("org_cues", w, lang) for w in words):
        return "ORG"
    if words and lex.is_cue("product_nouns", words[-1], lang):
        return "PRODUCT"
    if any(ch.isdigit() for w in words for ch in w):  # "Chandrayaan-3", "Boeing 767": no person's name
        return "PRODUCT"
    if len(words) == 1 and acronym_shaped(words[0]):
        return "ORG"  # "OPEC", "CERN": a body's initials, as :func:`entity_segments.classify` reads one in a text
    return "PERSON" if 2 <= len(words) <= 4 else "MISC"


def acronym_shaped(word: str) -> bool:
    """``word`` (without a possessive: "BBC", not "BBC's") is two to six letters, all capitals:
    an acronym, which names an organisation once the gazetteer has said it is no place ("USA",
    "UAE") and the text no person's initials (those are written with dots: "J.R.R. Tolkien")."""
    letters = [c for c in word if c.isalpha()]
    return 2 <= len(word) <= 6 and len(letters) >= 2 and all(c.isupper() for c in letters)
