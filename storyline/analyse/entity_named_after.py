"""A person's name beside a place's head noun names the place called after the person.

Squares, streets, stadiums, airports, bridges and universities are named after
people, and a report writes the person's name with the noun of what it names:
"la plaza Kim Il-sung", "площади Ким Ир Сена", "किम इल सुंग स्क्वायर",
"Kim Il-sung square".  Read alone, the name is a person's (two to four
capitalised words, or the name an event's other report gave), so the square
was counted as Kim Il-sung the man.  Where the noun is capitalised it is part
of the run already ("Kim Il Sung Square": a place head ends the name); this
reads the lower-case noun, or a caseless script's, next to the name:

* before it, where the head comes before its name (Romance languages:
  ``HEAD_FIRST``), or in Russian where the name after it is in the genitive
  (a street is named "of" its person, "улица Ленина", "площади Ким Ир Сена";
  a nominative after a place noun is the sentence's subject, "В аэропорту
  Путин встретил …");
* after it, where the head comes after its name (English, Hindi).

Only the nouns of things named after people count (the lexicon's
``named_heads``: square, street, avenue, stadium, airport, bridge, station,
university...), not every place noun: "मोदी आवास" is Modi's residence, no
place called Modi.  The name keeps its own words (its key is the one the
other reports' mentions have) and takes the head's label: PLACE, or ORG for
an organisation's head ("universidad").
"""
from __future__ import annotations

from storyline.analyse.entity_heads import HEAD_FIRST
from storyline.analyse.entity_inflect import genitive_name
from storyline.analyse.entity_spans import glued
from storyline.analyse.entity_text import TextFacts

KIND = "named_heads"


def _head_label(tx: TextFacts, k: int) -> str | None:
    """PLACE or ORG where token k is a lower-case (or caseless) head noun of a thing named after a person."""
    t = tx.toks[k]
    if (t.cased and t.cap) or not tx.lex.is_cue(KIND, t.text, tx.lang, compounds=False):
        return None
    return "ORG" if tx.lex.is_cue("org_cues", t.text, tx.lang, compounds=False) else "PLACE"


def named_after_labels(tx: TextFacts, chosen: list) -> None:
    """Relabel each PERSON or MISC name of ``chosen`` that a head noun of ``named_heads``
    stands next to, on the side the module docstring says, to that head's label."""
    toks = tx.toks
    for c in chosen:
        if c.label not in ("PERSON", "MISC"):
            continue
        first, script = toks[c.i], toks[c.i].script
        label = None
        before = c.i - 1
        if before >= 0 and toks[before].script == script and tx.gap(c.i) == " " \
                and (tx.lang in HEAD_FIRST or genitive_name(toks[c.j - 1].bare, tx.lang)):
            label = _head_label(tx, before)  # "la plaza Kim Il-sung", "площади Ким Ир Сена"
        after = c.j
        if label is None and tx.lang not in HEAD_FIRST and tx.lang not in tx.lex.lowercase_org_langs and after < len(toks) and toks[after].script == script \
                and glued(tx.text, toks, after, tx.lex) and tx.gap(after) == " ":
            label = _head_label(tx, after)  # "Kim Il-sung square", "किम इल सुंग स्क्वायर"
        if label and first.script == script:
            c.label, c.guess = label, False


def person_part(text: str) -> str | None:
    """The person's name in a known name of a thing named after someone: "Kim Il Sung" of
    "Kim Il Sung Square" (a head word of ``named_heads`` in any language at either end, two
    words or more left).  A report in another language or script writes the name with its
    own head noun ("किम इल सुंग स्क्वायर"), so the known name is found again by that part
    (:class:`~storyline.analyse.entity_known.KnownNames`, as a full PERSON name, so it outranks
    a known "Kim" in "किम इल सुंग"; only in another script; beside the head noun
    :func:`named_after_labels` makes it the place; elsewhere it is the person)."""
    from storyline.analyse.entity_patterns import lexicon

    lex, words = lexicon(), text.split()
    if len(words) < 3:
        return None

    def head(word: str) -> bool:
        return any(lex.is_cue(KIND, word, lang, compounds=False) for lang in lex.cue_langs)

    if head(words[-1]):
        return " ".join(words[:-1])
    return " ".join(words[1:]) if head(words[0]) else None
