"""Recurring events a language names otherwise: one key across languages.

Why: the demo's football final is "Euro 2024" in the English and French reports
("meilleur joueur de l'Euro") and "Eurocopa" in the Spanish ones; the names share
no key, so the championship was two entities (three with "European
Championship"), and the Names list and a search for "Eurocopa" split its reports.
No rule reads "Eurocopa" as "Euro": the lexicon's ``named_events`` rows list each
event's names, and a mention written so is also filed under the row's English
name (``EntityResolver.add``).  Nothing else reads the table: it neither finds nor
labels a name, so a word that spells a row elsewhere is untouched.

A spelling that is a common word in some language names its row only in the
languages the row's ``langs`` lists: "Euro" capitalised is the championship where
the currency is written in lower case ("the euro", "l'euro"), never in German,
whose "der Euro" is the currency.
"""
from __future__ import annotations

import functools
import json

from storyline.analyse.entity_keys import entity_key
from storyline.analyse.entity_patterns import LEXICON_PATH

__all__ = ["event_name"]


@functools.lru_cache(maxsize=1)
def _table() -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    """Each spelling's key -> the row's English name; each limited spelling's key -> its languages."""
    data = json.loads(LEXICON_PATH.read_text(encoding="utf-8")).get("named_events", {})
    names: dict[str, str] = {}
    for row in data.get("rows", ()):
        for spelling in row:
            names.setdefault(entity_key(spelling), row[0])
    langs = {entity_key(s): frozenset(ls) for s, ls in data.get("langs", {}).items()}
    return names, langs


def event_name(text: str, lang: str | None) -> str | None:
    """The English name of the recurring event ``text`` (a mention of a ``lang`` report) names, else None."""
    names, langs = _table()
    key = entity_key(text)
    only = langs.get(key)
    if only is not None and (lang not in only or not text[:1].isupper()):
        return None
    return names.get(key)
