"""Whether two place names a fact's sentences give are two places: what a
place conflict ("Sources disagree on the place") needs beyond two names.

The names stage keys a place by its spelling; the gazetteer
(:mod:`storyline.analyse.where`) knows which names are one place at two
scales and which are no place it knows.  Kept apart from
:mod:`storyline.facts.disagreements` because it reads the gazetteer."""
from __future__ import annotations


def two_places(x: str, y: str, lang: str) -> bool:
    """Are place names ``x`` and ``y`` (as written, in ``lang``) two places,
    neither within the other: both in the gazetteer (:mod:`storyline.analyse.where`),
    in two countries, or two cities, or two states, of one?  A name the
    gazetteer lacks may be another word for the same thing ("चांद" and
    "चंद्रमा" are both the Moon, one sentence's 6:04 pinning them to one
    landing), and a city and its state or country are one place at two
    scales ("Miami" / "Florida")."""
    from storyline.analyse.where import city_of, country_of, subdivision_of
    from storyline.analyse.where_index import city_facts

    where = []
    for name in (x, y):
        city = city_of(name, lang)
        country = country_of(name, lang) or (city_facts()[city].country if city in city_facts() else None)
        if country is None:
            return False
        where.append((country, ("city", city) if city else ("state", subdivision_of(name, lang))))
    (ca, (ka, fa)), (cb, (kb, fb)) = where
    return ca != cb or (ka == kb and fa is not None and fb is not None and fa != fb)
