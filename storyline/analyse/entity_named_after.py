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

The key stays the person's, so the languages' mentions are one entity; what a
reader is shown is the place with its head noun, as each text writes it
(:func:`headed_name`: "plaza Kim Il-sung", "площадь Ким Ир Сена", "किम इल
सुंग स्क्वायर"), not the man's name the key is made of.
"""
from __future__ import annotations

import re

from storyline.analyse.entity_heads import HEAD_FIRST
from storyline.analyse.entity_inflect import genitive_name
from storyline.analyse.entity_spans import HYPHENS, Cand, glued
from storyline.analyse.entity_text import TextFacts
from storyline.analyse.entity_tokens import CASED_SCRIPTS, TOKEN_RE, script_of

KIND = "named_heads"
# a head noun, then the particle a head-first language joins its name with, right before the name:
# "puente de Austerlitz", "pont d'Austerlitz", "ponte di Rialto" (the particle is the language's
# "of"; a closed list)
_OF_BEFORE = re.compile(r"(\w+) (?:(?:de|del|di|da|do|du) |d['’])$")


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


def compound_named_after(tx: TextFacts, run: list[int]) -> tuple[list[int], Cand, list[int]] | None:
    """A German compound of a person's name and a head noun of ``named_heads``, joined by
    hyphens ("Kim-Il-Sung-Platz", "Konrad-Adenauer-Flughafen"), in the run ``run`` of
    capitalised tokens: (the run's tokens before it, the PLACE (ORG for an organisation's
    head) over the name's words, the tokens after it).  Why: German writes the person
    and the head as one word, so the lower-case head noun :func:`named_after_labels`
    reads is not there, and the run's first word was taken for a noun capitalised by
    German (no name at all).  The name keeps the person's words, its key the other
    languages' mentions' ("Kim Il Sung Square", "plaza Kim Il-sung"); what a reader
    is shown carries the head (:func:`headed_name`).  Not where a part is one of the
    language's frequent words or a head or place noun ("Olympia-Stadion" is no one's),
    nor where the name or a word of it is a place the gazetteer or the where index
    knows ("Köln-Bonn-Flughafen" is named after its cities)."""
    from storyline.analyse.where_subdivisions import frequent_words

    toks, lex, lang = tx.toks, tx.lex, tx.lang
    if lang not in lex.suffix_langs:  # languages that write a compound as one word
        return None
    frequent = frequent_words(lang)
    for q in range(1, len(run)):
        k = run[q]
        if tx.gap(k) not in HYPHENS or not lex.is_cue(KIND, toks[k].text, lang, compounds=False) \
                or (q + 1 < len(run) and tx.gap(run[q + 1]) in HYPHENS):
            continue
        s = q - 1
        while s > 0 and tx.gap(run[s]) in HYPHENS:
            s -= 1
        parts = [toks[m] for m in run[s:q]]
        if any(not t.cap or t.low in frequent or lex.stopword(t.bare, lang)
               or any(lex.is_cue(kind, t.bare, lang) for kind in (KIND, "place_cues", "org_cues")) for t in parts):
            continue
        if any(place_name(name, lang) for name in [tx.span(run[s], k)] + [t.bare for t in parts]):
            continue
        label = "ORG" if lex.is_cue("org_cues", toks[k].text, lang, compounds=False) else "PLACE"
        return run[:s], Cand(run[s], k, label, 1), run[q + 1:]
    return None


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


def place_name(name: str, lang: str | None) -> bool:
    """``name`` is a place's by the gazetteer or the where index: a country, a city or a
    subdivision, or a town of several countries ("Santa Cruz"); a thing named after it
    is named after a place, and the place's entity is no thing's ("the Kerch bridge")."""
    from storyline.analyse.entity_patterns import lexicon
    from storyline.analyse.entity_resolver_keys import city_key
    from storyline.analyse.where import country_of, holders_of

    return bool(lexicon().place(name, lang or "und") or city_key(name, lang) or country_of(name, lang)
                or holders_of(name))


def headed_name(text: str, start: int, end: int, lang: str | None, label: str = "PLACE") -> str | None:
    """The name at ``text[start:end]`` with the head noun of ``named_heads`` the text writes
    beside it, on the side :func:`named_after_labels` reads ("la plaza Kim Il-sung":
    "plaza Kim Il-sung"; "площади Ким Ир Сена"; "किम इल सुंग स्क्वायर"), or None.
    Why: the mention keeps the person's words, its key the other reports' (the man
    and the square in other languages), so a Spanish or Hindi reader of the square's
    entity was shown "Kim Il-sung", "किम इल सुंग": the man.  The form with the head is
    what the reader is shown (:meth:`EntityResolver.add`'s ``shown``).  None for a
    name that holds its head already ("Kim Il Sung Square"), or a place's name
    (:func:`place_name`: "Paris airport", "the Kerch bridge", "Sunan airport", "rua
    Santa Cruz"): its entity is the place's,
    which other reports name alone, and a reader of it is not to be shown its bridge.
    The head is of the mention's ``label``: an organisation's ("universidad") for an
    ORG, a place's for a PLACE ("Washington Post Kentucky station" is no station)."""
    from storyline.analyse.entity_patterns import lexicon

    lex, name = lexicon(), " ".join(text[start:end].split())
    if not name or lang is None:
        return None
    words, script, form = name.split(), script_of(name[0]), None
    before = list(TOKEN_RE.finditer(text, max(0, start - 40), start))
    if before and before[-1].end() == start - 1 and text[start - 1] == " " \
            and _head_word(before[-1].group(0), script, lang, lex, label) \
            and (lang in HEAD_FIRST or genitive_name(words[-1], lang)):
        form = f"{before[-1].group(0)} {name}"  # "plaza Kim Il-sung", "площади Ким Ир Сена"
    of = _OF_BEFORE.search(text, max(0, start - 40), start) if form is None and lang in HEAD_FIRST else None
    if of and _head_word(of.group(1), script, lang, lex, label):
        form = f"{of.group(0)}{name}"  # "puente de Austerlitz", "pont d'Austerlitz": the head, "de", the name
    glue = TOKEN_RE.match(text, end + 1) if text[end:end + 1] in HYPHENS else None
    if form is None and glue and lang in lex.suffix_langs \
            and _head_word(glue.group(0), script, lang, lex, label, cased=True):
        form = f"{name}{text[end]}{glue.group(0)}"  # German "Kim-Il-Sung-Platz": one word
    after = TOKEN_RE.match(text, end + 1) if text[end:end + 1] == " " else None
    if form is None and after and lang not in HEAD_FIRST and lang not in lex.lowercase_org_langs \
            and _head_word(after.group(0), script, lang, lex, label):
        form = f"{name} {after.group(0)}"  # "किम इल सुंग स्क्वायर"
    # (the dearer checks only where a head stands beside the name)
    if form is None or person_part(name) or any(lex.is_cue(KIND, w, lang, compounds=False)
                                                for w in (words[0], words[-1])) or place_name(name, lang):
        return None
    return form


def _head_word(word: str, script: str, lang: str, lex, label: str, cased: bool = False) -> bool:
    """``word`` is a head noun of ``named_heads`` in ``lang`` of a ``label`` thing (an
    organisation's for ORG), in the name's script, in lower case where the script has
    case (as :func:`_head_label` reads a token) unless ``cased`` (a German compound's)."""
    first = script_of(word[0])
    if first != script or (not cased and first in CASED_SCRIPTS and word[0].isupper()):
        return False
    org = lex.is_cue("org_cues", word, lang, compounds=False)
    return lex.is_cue(KIND, word, lang, compounds=False) and org == (label == "ORG")
