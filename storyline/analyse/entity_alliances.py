"""An alliance named by a country's name in capitals: "the INDIA bloc", "блок INDIA".

Parties sometimes name an alliance by an acronym that spells a country's name
(India's opposition "Indian National Developmental Inclusive Alliance",
INDIA).  Read alone it is the gazetteer's country, and the store filed the
alliance's mentions with the country's.  What tells them apart is how the
text writes it: in a cased script the country's name written in capitals,
where the gazetteer writes it in mixed case ("INDIA"; not "US", "USA", which
the gazetteer writes so), beside a lower-case noun of an alliance (the
lexicon's ``alliance_nouns``: bloc, alliance, coalition, блок, गठबंधन…)
after it or before it ("the opposition INDIA bloc", "блок INDIA"; after a German compound it
ends, the name alone: "das Oppositionsbündnis INDIA"); in a
caseless script, which has no capitals, a gazetteer place right before the
noun, also where no other rule found the word ("इंडिया गठबंधन": a country that
allies is named with a postposition, "भारत का गठबंधन").  Such a mention is
the noun and the name, an organisation, keyed ``alliance:<the country's
English name>`` (:data:`ALLIANCE`) besides its text's keys, so each
language's spelling is one entity apart from the country, shown to each
reader as its reports write it ("INDIA bloc", "блок INDIA", "इंडिया गठबंधन").
"""
from __future__ import annotations

import functools

from storyline.analyse.entity_keys import entity_key
from storyline.analyse.entity_orgs import _data
from storyline.analyse.entity_spans import Cand
from storyline.analyse.entity_text import TextFacts

ALLIANCE = "alliance:"


@functools.lru_cache(maxsize=1)
def _nouns() -> dict[str, frozenset[str]]:
    data = _data()["alliance_nouns"]  # (read with the organisations' tables of the lexicon)
    return {lang: frozenset(w.casefold() for w in words) for lang, words in data.items() if lang != "_doc"}


def _noun(tx: TextFacts, k: int, compound: bool = False) -> bool:
    """Token ``k`` is a noun of an alliance of the text's language, in lower case (or a caseless
    script's; a German noun is capitalised); with ``compound``, also a compound it ends, where
    the language writes compounds as one word ("Oppositionsbündnis", "Wahlbündnis")."""
    if not 0 <= k < len(tx.toks):
        return False
    t = tx.toks[k]
    nouns = _nouns().get(tx.lang, ())
    return (not t.cased or not t.cap or tx.lang in tx.lex.noun_marker_langs) and t.bare == t.text \
        and (t.low in nouns or (compound and tx.lang in tx.lex.suffix_langs and any(
            t.low.endswith(n) and len(t.low) >= len(n) + 3 for n in nouns)))


def _country_in_capitals(tx: TextFacts, c) -> str | None:
    """The gazetteer's English name of the one-word place candidate ``c`` names where the
    text writes it as an alliance's acronym: in capitals, unlike every spelling the
    gazetteer lists, in a cased script; as it is in a caseless one."""
    if c.j - c.i != 1:
        return None
    t = tx.toks[c.i]
    if t.cased and not (t.allcaps and len(t.bare) >= 3 and t.bare not in tx.lex.written_names):
        return None
    return tx.lex.place(t.bare, tx.lang)


def alliance_names(tx: TextFacts, chosen: list) -> None:
    """Widen each candidate of ``chosen`` that names an alliance by a country's name in
    capitals to its noun, ORG, keyed ``alliance:<country>`` (module doc)."""
    taken = {k for c in chosen for k in range(c.i, c.j)}
    for c in chosen:
        country = _country_in_capitals(tx, c)
        if not country:
            continue
        after, before = c.j, c.i - 1
        if _noun(tx, after) and after not in taken and tx.gap(after) == " ":
            c.j = after + 1
        elif tx.toks[c.i].cased and _noun(tx, before) and before not in taken and tx.gap(c.i) == " ":
            c.i = before
        elif not (tx.toks[c.i].cased and _noun(tx, before, compound=True) and tx.gap(c.i) == " "):
            continue  # a compound's noun names the alliance with its other part: the name stays alone
        c.label, c.guess, c.key = "ORG", False, ALLIANCE + entity_key(country)
        taken.update(range(c.i, c.j))
    for k, t in enumerate(tx.toks):  # a caseless script's name that no cue found: "इंडिया गठबंधन"
        if k and not t.cased and _noun(tx, k) and not taken & {k - 1, k} and tx.gap(k) == " " \
                and not tx.toks[k - 1].cased and not tx.lex.stopword(tx.toks[k - 1].bare, tx.lang) \
                and (country := tx.lex.place(tx.toks[k - 1].bare, tx.lang)):  # ("उस गठबंधन", that alliance: no US)
            chosen.append(Cand(k - 1, k + 1, "ORG", 0, key=ALLIANCE + entity_key(country)))
            taken.update((k - 1, k))
