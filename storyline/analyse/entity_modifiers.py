"""What the lower-case noun after a bare name says of it, where a language puts a noun's modifier before it.

English writes a noun's modifier before it, a name too: "the Bulgartransgaz operator", "Gazprom Export
company", "Trump adviser John Bolton", "the Bush administration".  A name no lexicon holds gets its label
from no cue of its own there ("Bulgartransgaz" read as the holder after "Executive Director of
Bulgaria's", PERSON; "Trump" MISC), but the noun it modifies says what it is: a company's class noun is
said of a company, a noun of a person's own staff or government of a person.  The nouns are data
(``modified_nouns`` in ``entity_lexicon.json``, by label); nouns said of people and companies alike
("lawyer", "spokesman": "Boeing lawyer", "Yahoo spokeswoman", the dev texts' commonest) are not listed.
Used by :func:`storyline.analyse.entity_parts.harmonise_labels`, after the text's one label per name, which
it overrules as the other words beside one mention do (docs/benchmarks.md, h-names27).
"""
from __future__ import annotations

import functools
import json

from storyline.analyse.entity_patterns import LEXICON_PATH
from storyline.analyse.entity_text import TextFacts


@functools.lru_cache(maxsize=1)
def _nouns() -> dict[str, dict[str, str]]:
    """``{lang: {noun: label}}`` of the lexicon's ``modified_nouns``."""
    with LEXICON_PATH.open(encoding="utf-8") as fh:
        data = json.load(fh)["modified_nouns"]
    return {lang: {w: label for label, words in by_label.items() for w in words}
            for lang, by_label in data.items() if lang != "_doc"}


def modified_label(tx: TextFacts, c, chosen: list = ()) -> str | None:
    """The label the noun right after the name ``c`` gives it, or None: a lower-case listed noun
    after one space, the name not in the possessive ("Trump's adviser" is an adviser of his, said
    already by the title rules), nor an acronym, an organisation's own short name ("NASA
    administration"), nor one whose label a cue gave other than a guessed person or a one-word
    person or MISC, nor a place the where index knows (:func:`_place`: "a Texas company"); nor,
    for a company's noun, a name before a noun another name of ``chosen`` but a person's
    follows ("the giant Internet retailer Amazon.com": that name is the company;
    "Bulgartransgaz operator Vladimir Malinov" names its head)."""
    nouns, toks, j = _nouns().get(tx.lang), tx.toks, c.j
    if not nouns or j >= len(toks) or tx.gap(j) != " " or toks[j].cap or toks[j].bare != toks[j].text:
        return None
    label = nouns.get(toks[j].low)
    last = toks[j - 1]
    if label is None or last.bare != last.text or any(toks[k].allcaps for k in range(c.i, j)):
        return None
    one, name = j - c.i == 1, tx.span(c.i, j)
    if label == "ORG" and any(d.i == j + 1 and d.label != "PERSON" for d in chosen):
        return None  # "the giant Internet retailer Amazon.com": the noun's own name follows, the company
    if not (c.label == "MISC" and (one or label == "ORG") or c.label == "PERSON" and (c.guess or one) and label == "ORG"):
        return None
    return None if _place(name, tx.lang, label) else label


def _place(name: str, lang: str, label: str) -> bool:
    """The where index knows ``name`` as a place of the kind that may modify the noun: for a
    company's noun any place ("a Texas company", "a Cupertino company"), for a person's a
    country or first-level subdivision only (a town may share a leader's name: "Bush" is
    one in Egypt, "Obama" in Japan)."""
    from storyline.analyse.entity_heads import indexed_place
    from storyline.analyse.where import country_of  # (where reads the resolver)

    return bool(country_of(name, lang)) if label == "ORG" else indexed_place(name, lang)


def modified_noun_labels(tx: TextFacts, chosen: list) -> None:
    """Relabel each name of ``chosen`` that a listed noun after it says is a company (ORG) or a
    person (PERSON), and the text's other mentions of it that are MISC or, for a company, a
    one-word or guessed PERSON: "Executive Director of Bulgaria's Bulgartransgaz operator Vladimir
    Malinov … Bulgartransgaz executive director" (ORG each), "Trump adviser John Bolton" (PERSON).
    A person's noun needs a one-word name: two capitalised words before it are as often a
    place's or a body's ("Wall Street advisor")."""
    from storyline.analyse.entity_keys import entity_key

    said: dict[str, str] = {}
    for c in chosen:
        label = modified_label(tx, c, chosen)
        if label:
            said.setdefault(entity_key(tx.span(c.i, c.j)), label)
    if not said:
        return
    for c in chosen:
        label = said.get(entity_key(tx.span(c.i, c.j)))
        if label and (c.label == "MISC" or label == "ORG" and c.label == "PERSON" and (c.guess or c.j - c.i == 1)):
            c.label, c.guess = label, False
