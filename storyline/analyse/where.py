"""Where a report's happening takes place: the countries of its places.

Two happenings of one kind in one window (two bombings, two quakes, two
elections) read alike to every scorer: same words, same kind of figures, and
an undated report has not even a time window to keep them apart.  A reader
tells them apart by *where*: a car bomb in Baghdad is not the earthquake near
Al Hoceima.  Places themselves do not compare well (one event's reports name
a city, its province, its country), but their *countries* do, and a country
is script-independent: "Baghdad", "بغداد" and "बगदाद" are all Iraq.

- :func:`country_of` maps one place name to an ISO country code: as written
  (folded: case and accents off; Arabic also with or without its article),
  in a name index (:mod:`storyline.analyse.where_index`: GeoNames cities of
  15,000 people or more with their names in every script, the countries'
  names in every official language, the first-level subdivisions' names in
  every language pycountry has), else by the English name the project's own
  gazetteer gives it (``entity_patterns.gazetteer_name``: Russian case forms,
  "Москве"), else as a subdivision's case form ("Floridu"), else as the
  country of the city :func:`city_of` reads it as (a city's case form,
  "Пхеньяне"; a Devanagari romanisation, "बेंगलुरु"); in a report of a
  known language its own country and subdivision names first.  A name several
  countries use speaks for one only where a place whose own name it is has
  ``DOMINANT`` times the people of any other country's place so called
  ("Paris" is France; "Santiago", "Victoria", "Tripoli" are nobody's); cased
  names of fewer than ``MIN_LETTERS`` letters are not indexed.
- :func:`city_of` is the GeoNames city a name denotes, by the same rules
  (the entity resolver keys PLACE mentions by it), and :func:`subdivision_of`
  the state, province or oblast (keyed ``subdivision:<ISO code>`` where no
  city is: "Floride", "Флорида").
- :func:`where` is a report's countries, weighted by how often its
  PLACE-typed names (the entity stage's label: "Mobile" the company is no
  city) point there, names in its lead counting ``LEAD_WEIGHT`` times; a
  name several countries share counts for the country of its biggest place
  where the report already names that country (:func:`leader_of`), as does
  one that several towns of one country share, none a city of its own
  (:func:`towns_only`: "Springfield"; Arabic "وستمنستر", Westminster, whose
  London borough the gazetteer lacks).
- :func:`apart` says two wheres are of different happenings: both carry at
  least ``MIN_WEIGHT`` of evidence and neither side's main country (a
  ``MAIN_SHARE`` of its weight or more) is named by the other at all, so a
  report naming only "Baghdad" and one naming "Iraq" and "Karbala" agree.
"""
from __future__ import annotations

import functools
from collections import Counter
from typing import Iterable

import regex

from storyline.analyse.entity_patterns import _fold, gazetteer_name
from storyline.analyse.entity_tokens import script_of
from storyline.analyse.where_index import BIG_POPULATION, MIN_LETTERS, _countries_in, _index, _subdivisions_in, _tables
from storyline.analyse.where_romanised import city_by_romanisation
from storyline.records import Article

LEAD_CHARS = 300  # the dateline and first sentence say where the happening is
LEAD_WEIGHT = 2.0
# Chosen by cross-validation over the dev files together (docs/benchmarks.md,
# "Where: countries of the happening").
MIN_WEIGHT = 3.0
MAIN_SHARE = 0.3
_ONE_WORD = regex.compile(r"\b\p{L}+\b")


@functools.lru_cache(maxsize=1 << 14)
def country_of(name: str, lang: str | None = None) -> str | None:
    """ISO code of the country a place name lies in (None: unknown or ambiguous);
    in a report of ``lang``, a country's name in that language first."""
    name = " ".join(name.split())
    if not name:
        return None
    if lang and (local := _local_country(name, lang)):
        return local
    index = _index()
    # as written ("Αθήνα" is Athens, Greece; "Athens" is also Georgia's), or with(out) its article
    found = next((index[k] for k in map(_fold, _written_forms(name)) if k in index), None)
    if found is None:  # a case form or another spelling the project's gazetteer knows ("Москве")
        english = gazetteer_name(name)
        found = index.get(_fold(english)) if english else None
    if found is None:  # a state's case form ("Floridu")
        state = subdivision_of(name, lang)
        found = state.split("-")[0] if state else None
    if found is None:  # a city's case form ("Пхеньяне") or romanisation ("बेंगलुरु"): its country
        found = _country_of_city(name, lang)
    return found


def _country_of_city(name: str, lang: str | None) -> str | None:
    """The country of the city :func:`city_of` reads ``name`` as, where the
    index keys no country for it: a case form ("Пхеньяне", "Turínu"; the
    index holds the nominative) or a Devanagari romanisation ("बेंगलुरु"), so
    a mention's city and its country never disagree.  Only a form that is a
    city's; and no word the dictionary reads as a nominative is a case form
    (:func:`_dictionary_forms`): without that guard "Сергей" was read as
    "Серго", Kadiyivka's old name, which ended the name "Сергей Лавров" at
    its first word (``entity_parts.complement_ends``; names F1 0.9435 -> 0.9371)."""
    from storyline.analyse.where_index import city_facts

    city = city_of(name, lang)
    facts = city_facts().get(city) if city else None
    return facts.country if facts else None


def _local_country(name: str, lang: str) -> str | None:
    """The country of a country's or subdivision's name in the report's
    language, or of a case form of it ("Iráku")."""
    forms = list(map(_fold, _written_forms(name) + _dictionary_forms(name, lang)))
    for local in (_countries_in(_base(lang)), _subdivisions_in(_base(lang))):
        found = next((local[k] for k in forms if k in local), None)
        if found:
            return found.split("-")[0]  # (a subdivision's ISO code begins with its country's)
    return None


def country_named(name: str, lang: str | None = None) -> str | None:
    """ISO code of the country ``name`` is the name of (in ``lang``, a case
    form too: "России"; or in English or any language official somewhere),
    None for a city, a state or anything else: a key that "Russia", "रूस" and
    "Russland" share and "Moscow" does not (the facts' name keys,
    :func:`storyline.facts.agreement.claim_keys`)."""
    name = " ".join(name.split())
    if not name:
        return None
    if lang:
        local = _countries_in(_base(lang))
        forms = list(map(_fold, _written_forms(name) + _dictionary_forms(name, lang)))
        found = next((local[k] for k in forms if k in local), None)
        if found:
            return found
    from storyline.analyse.where_countries import country_names_anywhere

    codes = country_names_anywhere().get(_fold(name), ())
    return next(iter(codes)) if len(codes) == 1 else None


ARABIC_ARTICLE = "ال"


def _written_forms(name: str) -> list[str]:
    """``name`` as written, then, in Arabic script, with the definite article
    it lacks or without the one it has: GeoNames and CLDR write "الرباط" and
    "رباط", but only "القاهرة", "خرطوم", "العراق"; a report writes either."""
    if script_of(name[0]) != "ARABIC":
        return [name]
    if name.startswith(ARABIC_ARTICLE):
        bare = name[len(ARABIC_ARTICLE):]
        return [name, bare] if sum(map(str.isalpha, bare)) >= 3 else [name]
    return [name, ARABIC_ARTICLE + name]


@functools.lru_cache(maxsize=1 << 14)
def city_of(name: str, lang: str | None = None) -> str | None:
    """GeoNames id of the city a place name denotes (None: no city, unknown or
    ambiguous), folded and looked up as :func:`country_of` does; a name several
    places use speaks for one only where it is ``DOMINANT`` over all of them
    (:func:`_dominant`).  In a language whose names inflect (the lexicon's
    ``stem_langs``), a case form is also looked up by its dictionary form
    (:func:`_dictionary_forms`: "Turínu", "Херсоне"); a Devanagari name
    the index does not hold, by its romanisation (:mod:`~storyline.analyse.where_romanised`:
    "बेंगलुरु" is Bengaluru, whose GeoNames Hindi name is "बंगलौर")."""
    name = " ".join(name.split())
    if not name:
        return None
    if lang and _local_name(name, lang):
        return None  # a country's or state's name in the report's language ("Nederland" in Dutch) is no town's
    found = _find(_tables().cities, name, lang)
    if found is None and not _held(name):  # a Devanagari spelling of a city's Latin name ("बेंगलुरु")
        found = city_by_romanisation(name)
    return found


def held(name: str) -> bool:
    """Some table of the index holds ``name`` as written (a country, subdivision or city,
    a name no country or city dominates, "Landshut", "Barcelona", or one whose biggest place
    is a town, "Kiel"): a place somewhere, whatever else it may be (``entity_nouns.bare_noun``)."""
    return _held(name)


def _held(name: str) -> bool:
    """Some table of the index holds ``name`` as written: it is that, or
    nobody's, and not read another way."""
    tables = _tables()
    return any(k in table for k in map(_fold, _written_forms(name)) for table in tables)


@functools.lru_cache(maxsize=1 << 14)
def subdivision_of(name: str, lang: str | None = None) -> str | None:
    """ISO 3166-2 code of the first-level subdivision (a state, province,
    oblast, Land) a place name denotes (None: none, or ambiguous), by its
    names in every language pycountry has (:mod:`~storyline.analyse.where_subdivisions`),
    looked up as :func:`city_of` does; in a report of ``lang`` its names in
    that language first ("Géorgie" is the country in French, and no state)."""
    name = " ".join(name.split())
    if not name:
        return None
    if lang:
        base = _base(lang)
        forms = list(map(_fold, _written_forms(name)))
        if any(k in _countries_in(base) for k in forms):
            return None
        local = _subdivisions_in(base)
        found = next((local[k] for k in forms + list(map(_fold, _dictionary_forms(name, lang))) if k in local), None)
        if found:
            return found
    return _find(_tables().subdivisions, name, lang)


def _find(table: dict[str, str], name: str, lang: str | None) -> str | None:
    """``name`` in a place table as written, by the English name the
    project's gazetteer gives it, or (in a report of ``lang``) as a case form
    of a name in it (:func:`_dictionary_forms`)."""
    found = next((table[k] for k in map(_fold, _written_forms(name)) if k in table), None)
    if found is None:
        english = gazetteer_name(name)
        found = table.get(_fold(english)) if english else None
    if found is None and lang:
        found = next((table[k] for k in map(_fold, _dictionary_forms(name, lang)) if k in table), None)
    return found


def _base(lang: str) -> str:
    """"pt-BR" -> "pt": the language the name tables are by."""
    return lang.split("-")[0].lower()


def _local_name(name: str, lang: str) -> bool:
    """``name`` as written is a country's or subdivision's name in ``lang``."""
    base = _base(lang)
    return any(k in _countries_in(base) or k in _subdivisions_in(base) for k in map(_fold, _written_forms(name)))


CASE_ENDINGS = ("", "a", "o", "e", "а", "о", "я", "ь")  # nominative endings a case ending replaces


def _dictionary_forms(name: str, lang: str) -> list[str]:
    """Spellings ``name`` may be a case form of, in a language the lexicon
    stems: its last word less one or two letters, plus a nominative ending,
    where Snowball gives both the same stem ("Turínu" -> "Turín", "Chicagu" ->
    "Chicago", "Днепре" -> "Днепр"); the least changed first; none for a
    word the language's dictionary reads as a nominative
    (``entity_inflect.known_nominative``: "Сергей" is no "Серго").  In a language
    with a dictionary (``entity_inflect``) first the whole name in the
    nominative: a subdivision's adjective agrees with its noun ("Херсонской
    области" -> "Херсонская область", "Хабаровском крае" -> "Хабаровский
    край"), which no change of the last word alone gives.  In Ukrainian also
    the regular singular nouns' nominatives and those in Russian letters
    (:func:`storyline.search_cases.nominatives`, as search reads a query's
    case forms): a stem's vowel alternates ("Київ", "Києві"), which no ending
    cut gives, and GeoNames writes many Ukrainian places only in Russian
    ("Киев")."""
    from storyline.analyse.entity_inflect import known_nominative, nominative
    from storyline.analyse.entity_patterns import lexicon, stem_word
    from storyline.search_cases import nominatives, ukrainian

    algo = lexicon().stem_langs.get(lang)
    head, _, last = name.rpartition(" ")
    whole = nominative(name, lang)
    out = [whole] if whole != name else []
    if _base(lang) == "uk" and ukrainian(name):  # "Києві" -> "Киев": the stem's vowel alternates (Київ / Києва)
        out += nominatives(name)
    if not algo or sum(map(str.isalpha, last)) < MIN_LETTERS + 1 or known_nominative(last, lang):
        return out  # (a word the dictionary reads as a nominative, "Сергей", is no case form of "Серго")
    stem = stem_word(algo, last.casefold())
    for cut in (1, 2):
        for ending in CASE_ENDINGS:
            form = last[:-cut] + ending
            if form != last and stem_word(algo, form.casefold()) == stem:
                out.append(f"{head} {form}" if head else form)
    return list(dict.fromkeys(out))


def where(article: Article) -> Counter[str]:
    """Countries of the report's PLACE names, weighted by mentions (lead ones more).

    A one-word name the report writes in lower case more often than
    capitalised is one of its words, not a place ("Media", GeoNames' other
    name of a Moroccan town, of "Accuracy in Media" in a report that writes
    "media" eight times).  A name several countries' places bear ("Athens", "Cambridge") speaks for
    the country of its biggest place where the report's other names already
    name that country (:func:`leader_of`): "Athens" and "Greece" are Greece
    twice; alone, or with "Ohio", the name is nobody's."""
    out: Counter[str] = Counter()
    shared: list[tuple[str, float]] = []
    written: Counter[str] | None = None
    for m in article.entities:
        if m.label != "PLACE":
            continue
        if m.text.istitle() and len(m.text) > 1 and _ONE_WORD.fullmatch(m.text):
            written = written if written is not None else Counter(_ONE_WORD.findall(article.text or ""))
            if written[m.text.lower()] > written[m.text]:
                continue  # a word of the report ("Accuracy in Media" beside eight "media"), no place
        weight = LEAD_WEIGHT if m.start < LEAD_CHARS else 1.0
        country = country_of(m.text, article.lang)
        leader = None if country else leader_of(m.text)
        if country and not towns_only(m.text, article.lang):
            out[country] += weight
        elif country or leader:
            shared.append((country or leader, weight))
    named = set(out)
    for country, weight in shared:
        if country in named:
            out[country] += weight
    return out


@functools.lru_cache(maxsize=1 << 14)
def towns_only(name: str, lang: str | None = None) -> bool:
    """``name`` speaks for its country (:func:`country_of`, as written) only
    because every place of that name lies there: no place dominates it, and
    the biggest has fewer than ``BIG_POPULATION`` people (the index's
    ``biggest``; a country's name has its country, "New Delhi" Delhi's 11
    million).  Such a name is read as :func:`leader_of`'s are, in the country
    context of the report (:func:`where`): "وستمنستر" is GeoNames' Arabic
    name of two US Westminsters, and the London borough, which the gazetteer
    lacks, is what a report naming London means; a report naming Illinois
    or the US still counts "Springfield" for the US."""
    name = " ".join(name.split())
    if not name or (lang and _local_country(name, lang)):
        return False
    key = next((k for k in map(_fold, _written_forms(name)) if k in _index()), None)
    people = _tables().biggest.get(key) if key else None
    return people is not None and int(people) < BIG_POPULATION


def leader_of(name: str) -> str | None:
    """The country of the biggest place bearing a name that speaks for no country alone."""
    table = _tables().leaders
    return next((table[k] for k in map(_fold, _written_forms(" ".join(name.split()))) if k in table), None)


def holders_of(name: str) -> dict[str, int]:
    """The countries whose cities bear a name no country dominates, with the people of each
    one's biggest ("Cádiz": Spain's 116,000 and the Philippines' 155,000; empty for any other
    name): a report naming one of them may mean its town."""
    table = _tables().holders
    key = next((k for k in map(_fold, _written_forms(" ".join(name.split()))) if k in table), None)
    return {c: int(n) for c, _, n in (pair.partition(":") for pair in table[key].split())} if key else {}


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
