"""Where a fact's sentences are about: what a place conflict ("Sources
disagree on the place") needs beyond two names, and what keeps two
statements of one measure in two places apart.

The names stage keys a place by its spelling; the gazetteer
(:mod:`storyline.analyse.where`) knows which names are one place at two
scales and which are no place it knows.  Kept apart from
:mod:`storyline.facts.disagreements` because it reads the gazetteer.

A currency area is no place the gazetteer holds, and its names are common
words ("euro area", "zone euro", "зона евро", "यूरो क्षेत्र"): the few a
report of a rate or a price names are read here by their words in each
language (:data:`AREAS`), each with the countries within it."""
from __future__ import annotations

import functools
from typing import NamedTuple

import regex

from storyline.facts.model import ClaimSentence

# currency areas: code -> (names, word prefixes in lower case in the languages the corpus reads;
# the countries within it, ISO codes).  The euro area as of 2023 (Croatia joined on 1 January).
AREAS = {
    "EA": (("euro area", "euro-area", "euro zone", "euro-zone", "eurozone", "single currency area",
            "single-currency area", "euroraum", "euro-raum", "zone euro", "zona euro", "zona del euro",
            "área del euro", "area dell'euro", "area euro", "zona do euro", "área do euro", "eurozona", "eurozóna",
            "eurozón", "strefa euro", "strefie euro", "strefy euro", "еврозон", "зона евро", "зоне евро",
            "зоны евро", "зону евро", "зоной евро", "єврозон", "зона євро", "зоні євро", "зони євро",
            "ευρωζών", "यूरो क्षेत्र", "यूरोज़ोन", "यूरोजोन", "यूरो ज़ोन", "यूरो जोन"),
           frozenset({"AT", "BE", "HR", "CY", "EE", "FI", "FR", "DE", "GR", "IE", "IT", "LV", "LT", "LU", "MT",
                      "NL", "PT", "SK", "SI", "ES"})),
}
# the institutions of the project's gazetteer (``institutions`` of ``entity_lexicon.json``, by the
# English name it gives them) whose figures are said of one place: a central bank's rates and
# forecasts are its currency's.  "The ECB now sees inflation averaging 2.5%" is the euro area's.
INSTITUTION_PLACES = {"European Central Bank": "EA", "Federal Reserve": "US", "Bank of England": "GB"}
_AREA = {code: regex.compile(r"(?<![\p{L}\p{M}])(?:" + "|".join(map(regex.escape, names)) + ")", regex.IGNORECASE)
         for code, (names, _) in AREAS.items()}


class Where(NamedTuple):
    """A place name as the gazetteer reads it: the country it lies in, and
    whether it is a city ("city", GeoNames id), a state ("state", ISO
    3166-2 code or None) or a currency area ("area", its code)."""

    country: str
    kind: str
    place: str | None


@functools.lru_cache(maxsize=4096)
def where_of(name: str, lang: str) -> Where | None:
    """Where place name ``name`` (as written, in ``lang``) lies; None where
    the gazetteer does not know it (a name it lacks may be another word for
    a place it knows: "चांद" and "चंद्रमा" are both the Moon)."""
    from storyline.analyse.where import city_of, country_of, subdivision_of
    from storyline.analyse.where_index import city_facts

    city = city_of(name, lang)
    country = country_of(name, lang) or (city_facts()[city].country if city in city_facts() else None)
    if country is None:
        return None
    return Where(country, "city", city) if city else Where(country, "state", subdivision_of(name, lang))


def two_where(a: Where, b: Where) -> bool:
    """Two places, neither within the other: in two countries (a currency
    area holds its members), or two cities, or two states, of one."""
    if a.kind == "area" or b.kind == "area":
        area, other = (a, b) if a.kind == "area" else (b, a)
        return area.place != other.place and other.country not in AREAS[area.place][1]
    if a.country != b.country:
        return True
    return a.kind == b.kind and a.place is not None and b.place is not None and a.place != b.place


def two_places(x: str, y: str, lang: str) -> bool:
    """Are place names ``x`` and ``y`` (as written, in ``lang``) two places,
    neither within the other (:func:`two_where`), both in the gazetteer?
    A name the gazetteer lacks may be another word for the same thing, and a
    city and its state or country are one place at two scales ("Miami" / "Florida")."""
    a, b = where_of(x, lang), where_of(y, lang)
    return a is not None and b is not None and two_where(a, b)


def areas_named(text: str) -> list[Where]:
    """The currency areas of :data:`AREAS` the sentence names."""
    return [Where(code, "area", code) for code, pattern in _AREA.items() if pattern.search(text)]


@functools.lru_cache(maxsize=4096)
def institution_place(name: str) -> Where | None:
    """The place whose figures the institution ``name`` (as written, any
    language: "EZB", "ЕЦБ", "Банк Англии") states (:data:`INSTITUTION_PLACES`)."""
    from storyline.analyse.entity_patterns import gazetteer_name

    code = INSTITUTION_PLACES.get(gazetteer_name(name) or "")
    if code is None:
        return None
    return Where(code, "area", code) if code in AREAS else Where(code, "state", None)


def scope(c: ClaimSentence) -> list[Where]:
    """The places the sentence names that the gazetteer knows, the currency
    areas it names, and those of the institutions it names (the ECB's euro
    area): where what it states is said to be."""
    out = areas_named(c.text)
    for key in c.names:
        found = institution_place(c.name_text.get(key, key))
        if found is not None:
            out.append(found)
    for key in c.places:
        found = where_of(c.name_text.get(key, key), c.lang)
        if found is not None:
            out.append(found)
    return out


def scopes(claims: list[ClaimSentence], measures: list[frozenset[str]]) -> list[list[Where]]:
    """Each sentence's :func:`scope`; a sentence that names a measure
    (``measures``: :func:`~storyline.facts.agreement.measures_of`) and no
    place says it of the place the nearest earlier sentence of its article
    naming that measure does (its scope carried over, as a pronoun's
    antecedent is): "Die EZB begründete den Schritt mit dem deutlichen
    Rückgang der Inflation. Seit der letzten Zinserhöhung … sei die Teuerung
    um mehr als 2,5 Prozentpunkte gesunken." is the euro area's inflation."""
    out: list[list[Where]] = []
    last: dict[tuple[str, str], list[Where]] = {}  # (article, measure) -> its latest place
    for c, named in zip(claims, measures):
        where = scope(c)
        if not where:
            carried = [last[(c.article_id, m)] for m in sorted(named) if (c.article_id, m) in last]
            where = carried[-1] if carried else []
        for m in named:
            if where:
                last[(c.article_id, m)] = where
        out.append(where)
    return out


def places_apart(sa: list[Where], sb: list[Where]) -> bool:
    """Each of two sentences names a place (``sa``, ``sb``: their :func:`scopes`)
    and every place one names is another place than every place the other
    names (:func:`two_where`): "a first UK cut … after inflation fell … to
    2.3%" and "Euro zone inflation unexpectedly ticked up to 2.6% in May" are
    said of two places, while "UK" / "Britain" / "Великобритания", or "euro
    area" / "Eurozone" / "зона евро", or "Frankfurt" and the euro area, are
    one place or one within the other."""
    return bool(sa) and bool(sb) and all(two_where(x, y) for x in sa for y in sb)
