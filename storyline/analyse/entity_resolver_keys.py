"""The keys a name mention is filed under, for ``EntityResolver``.

A mention is found again by any of several keys: its own (``entity_key``),
the name less leading initials, the English name of the gazetteer place or
institution it names, a Russian stem, a Chinese name's key with the family
name apart ("习近平" as "Xi Jinping": ``entity_han.chinese_name_key``), and for a PLACE the GeoNames city or
first-level subdivision it denotes.  They live here, apart from the
union-find that merges entities, because lookups and the short-form rules
(``entity_short``) key a typed name the same way without a resolver.
"""
from __future__ import annotations

from storyline.analyse.entity_han import chinese_name_key
from storyline.analyse.entity_keys import entity_key, without_initials
from storyline.analyse.entity_patterns import Lexicon, gazetteer_name
from storyline.analyse.entity_tokens import script_of


def mention_keys(text: str) -> list[str]:
    """The mention's key, plus the name less leading initials, its gazetteer English
    name and Russian stem where they apply."""
    key = entity_key(text)
    if not key:
        return []
    keys = [key, without_initials(key)]  # "N. Chandrababu Naidu" is Chandrababu Naidu
    english = gazetteer_name(text)
    if english:
        keys.append(entity_key(english))
    if script_of(text[0]) == "CYRILLIC":
        keys.append(Lexicon.stem_key(text, "russian"))
    keys.append(chinese_name_key(text) or "")  # "习近平" is "xi jinping", as "Xi Jinping" keys
    return list(dict.fromkeys(k for k in keys if k))


def city_key(text: str, lang: str | None = None) -> str | None:
    """The key of the city a PLACE name denotes (``where.city_of``: one of
    GeoNames' cities, by any of its names in any script, where the name
    speaks for no other place), so one city's spellings are one entity;
    else of the first-level subdivision it denotes (``where.subdivision_of``:
    "Floride", "Florida", "Floridu", "Флорида" are ``subdivision:US-FL``,
    and no namesake town's)."""
    from storyline.analyse.where import city_of, subdivision_of  # where reads the resolver's gazetteer
    from storyline.analyse.where_subdivisions import SUBDIVISION

    city = city_of(text, lang)
    if city:
        return f"city:{city}"
    state = subdivision_of(text, lang)
    return SUBDIVISION + state if state else None
