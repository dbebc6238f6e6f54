"""First-level subdivisions (states, provinces, oblasts, Länder, regions) for
the where index (:mod:`storyline.analyse.where_index`): their ISO 3166-2
names in every language ``pycountry`` translates them into.

GeoNames (the index's cities) names the US states in English only and no
other country's provinces at all, so French "Floride" was a Uruguayan
town's other name (Uruguay to ``where``), German "Kalifornien" and Russian
"Техас" nobody's.  A subdivision is indexed as a holder of its country's
names, of :func:`people` people, and a PLACE named by it is keyed
``subdivision:<ISO code>`` (:data:`SUBDIVISION`), so "Floride", "Florida",
"Floridu" and "Флорида" are one entity and no namesake town's.
"""
from __future__ import annotations

import functools
import gettext
import re
from collections import Counter
from pathlib import Path
from typing import NamedTuple

SUBDIVISION = "subdivision:"  # a place key and a holder of names in the index
# The most a subdivision counts for against a city whose own name it shares,
# or one of its own country: its people live in its towns, and the city it
# shares a name with (it is named after it, or is it) is named in the news as
# often as it (Chandigarh and Islamabad are territories of 36 and 29 million
# by an even share, cities of a million; Jilin and Khulna cities of 1.9 and
# 1.5 million and their provinces; Ghana's Savannah region, 1.8 million by
# its share, is no Savannah, Georgia).  At a million a state takes such a
# name from a town under 100,000 ("Delaware", Ohio; "Florida", Uruguay) and
# from none bigger (the US states were indexed at a million before); a
# city's other name it takes by its whole share ("Florida", Floridablanca's).
MAX_PEOPLE = 10**6
# The least: the index's towns are of 15,000 people or more (GeoNames'
# cities15000), and a unit smaller than any of them, by its share, is no place
# a report names beside them (Slovenia's 212 municipalities, Malta's local
# councils; the uninhabited islands of the US Minor Outlying Islands, which
# took "Baker", a French report's surname, as Baker Island's).
MIN_PEOPLE = 15_000
OWN = ""  # the language of a subdivision's ISO name (its own language, romanised)

_NOTE = re.compile(r"\s*\[[^\]]*\]")  # "Wales [Cymru GB-CYM]": ISO's note of another language's name


class Subdivision(NamedTuple):
    code: str  # ISO 3166-2, "US-FL"
    country: str  # ISO 3166-1 alpha-2, "US"
    names: dict[str, frozenset[str]]  # language (OWN: its ISO name) -> its names in it


def languages() -> list[str]:
    """The languages pycountry translates subdivision names into ("pt_BR",
    "sr@latin" as pycountry names them; some languages have no file)."""
    import pycountry

    root = Path(pycountry.LOCALES_DIR)
    return sorted(p.parent.parent.name for p in root.glob("*/LC_MESSAGES/iso3166-2.mo"))


def base_language(lang: str) -> str:
    """"pt_BR" -> "pt", "sr@latin" -> "sr": the code a report's ``lang`` is."""
    return re.split(r"[_@]", lang)[0].lower()


def written_names(name: str) -> set[str]:
    """The spelling a text writes of one ISO entry: without its bracketed
    notes ("Wales [Cymru GB-CYM]").  An inverted name ("Madrid, Comunidad de",
    Dutch "Cherson, Provincie") is none: its head is the namesake city's, and
    no report writes the whole; nor is one with a qualifier in parentheses:
    without it, it names something else ("Kiev (stad)", "Guyana (perancis)")."""
    name = " ".join(_NOTE.sub("", name).split())
    return {name} if name and not any(c in name for c in ",(") and not name[:1].islower() else set()


@functools.lru_cache(maxsize=64)
def frequent_words(lang: str) -> frozenset[str]:
    """The frequent words of ``lang`` (jusText's stoplists, from each
    language's Wikipedia; English for an ISO name, OWN), empty where jusText
    has none: a subdivision called by one of them ("North", "East" of
    Cameroon; "West" of Rwanda) is a word of the report before it is a place."""
    import justext
    from babel import Locale, UnknownLocaleError

    try:
        name = "English" if lang in (OWN, "en") else Locale.parse(lang).english_name
    except (UnknownLocaleError, ValueError, TypeError):
        return frozenset()
    name = JUSTEXT_NAMES.get(name, name)
    return frozenset(justext.get_stoplist(name)) if name in justext.get_stoplists() else frozenset()


# Where CLDR's English name of a language is not jusText's file name (babel says
# "Bangla", jusText "Bengali"): without these, Bengali, Norwegian and Tagalog
# reports had no frequent words at all.
JUSTEXT_NAMES = {"Bangla": "Bengali", "Norwegian": "Norwegian_Bokmal", "Norwegian Bokmål": "Norwegian_Bokmal",
                 "Norwegian Nynorsk": "Norwegian_Nynorsk", "Filipino": "Tagalog",
                 "Filipino (Philippines)": "Tagalog"}  # babel reads "tl" as fil_PH


@functools.lru_cache(maxsize=1)
def subdivisions() -> tuple[Subdivision, ...]:
    """The subdivisions with no parent in ISO 3166-2 (a country's first level:
    US states, Canadian provinces, Russian and Ukrainian oblasts and
    republics, Indian states, German Länder, French regions, Chinese
    provinces; of every type, since a country's first level is what its news
    names, and a small unit's small figure (:func:`people`) leaves its name
    to any namesake town), less those ISO also lists as a country of their
    own (:func:`_listed_as_country`: "US-PR" is Puerto Rico, "CN-TW"
    Taiwan), whose names the index has as that country's, and less names
    that are one frequent word (:func:`frequent_words`)."""
    import pycountry

    tables = {lang: gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
              for lang in languages()}
    out = []
    for sub in pycountry.subdivisions:
        if sub.parent_code:
            continue
        names: dict[str, set[str]] = {OWN: written_names(sub.name)}
        for lang, table in tables.items():
            local = table.gettext(sub.name)
            if local != sub.name:  # (an untranslated name is the ISO one, already OWN)
                names.setdefault(base_language(lang), set()).update(written_names(local))
        names = {lang: frozenset(n for n in spelled if n.casefold() not in frequent_words(lang))
                 for lang, spelled in names.items()}
        names = {lang: n for lang, n in names.items() if n or lang == OWN}
        if not _listed_as_country(sub.code, sub.country_code, names):
            out.append(Subdivision(sub.code, sub.country_code, names))
    return tuple(out)


def _listed_as_country(code: str, country: str, names: dict[str, frozenset[str]]) -> bool:
    """ISO lists a territory as a country and as its sovereign's subdivision
    under that country's code ("US-PR", "US-GU", "CN-TW", "NL-AW", "FR-NC"):
    where the code's suffix is a country's whose name it shares in some
    language, or begins with, its names are that country's (US-CA,
    California, is not Canada; US-IN, Indiana, not India).  So are those
    whose ISO name is a name of a country (English or CLDR's) that ISO 3166-2
    does not divide (FR-971, Guadeloupe; the state of Georgia is not the divided
    country, nor Nigeria's Niger state Niger)."""
    import pycountry

    from storyline.analyse.entity_patterns import _fold
    from storyline.analyse.where_countries import _country_names, country_names_anywhere, geonames_countries

    nations, named = geonames_countries(), country_names_anywhere()
    for other in {c for n in names[OWN] for c in named.get(_fold(n), ())} - {country}:
        if not pycountry.subdivisions.get(country_code=other):
            return True  # "Guadeloupe", "La Réunion": a country ISO divides no further (Georgia it does)
    other = code.split("-", 1)[1]
    if other == country or other not in nations:
        return False
    english = _fold(nations[other][0])
    for lang, spelled in names.items():
        theirs = {english} | {_fold(n) for n in (_country_names(lang).get(other),) if n and lang != OWN}
        if any(n == c or n.startswith(c + " ") for n in map(_fold, spelled) for c in theirs):
            return True  # ("Hong Kong SAR", "Taiwan Sheng": the country's name and the kind of unit)
    return False


@functools.lru_cache(maxsize=1)
def people() -> dict[str, int]:
    """Subdivision code -> the people it is ranked by against its namesakes
    (pycountry has no population): its country's people shared evenly among
    the country's first-level units.  A US state is 5.7 million, ten times
    a Liberian county of 300,000 ("Maryland") and any city under 570,000
    whose other name it shares ("Florida", Floridablanca's), and rivals a
    smaller country ("Georgia", 3.7 million); a Slovenian municipality would
    be 10,000, no rival to a town, and one of under ``MIN_PEOPLE`` is left
    out.  Against a city whose own name it shares, or one of its country, a
    subdivision counts for ``MAX_PEOPLE`` at most
    (``where_index._subdivision_names``)."""
    import pycountry

    from storyline.analyse.where_countries import geonames_countries

    units = Counter(s.country_code for s in pycountry.subdivisions if not s.parent_code)
    nations = geonames_countries()
    shares = {s.code: nations.get(s.country, ("", 0))[1] // units[s.country] for s in subdivisions()}
    return {code: share for code, share in shares.items() if share >= MIN_PEOPLE}
