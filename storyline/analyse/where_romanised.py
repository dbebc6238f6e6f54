"""Indian and Nepali cities found by the romanisation of a Devanagari name.

GeoNames gives a city the Devanagari names its editors wrote, often an old or
a regional spelling: Bengaluru's Hindi names there are "बंगलौर" (Bangalore)
and Marathi/Sanskrit ones, so a Hindi report's "बेंगलुरु" or "बेंगलूरु" was
no city of the where index, though the city's own (Latin) name, "Bengaluru",
is the spelling the Hindi one renders.  A Devanagari name the index does not
hold as written is therefore also looked up by its romanisation
(``entity_keys.spelling_key``) among the Latin names of the cities of the
countries that write Devanagari, folded where Hindi spelling and English
romanisation part:

- an "a" between two consonants: the inherent vowel, which Hindi writes
  nowhere and deletes by rule (``entity_keys``: "बेंगलुरु" romanises "bengluru", the city
  is "Bengaluru");
- "sh" as "s": "श्री" is "Sri" in place names ("Srinagar", "Sri Ganganagar");
- doubled letters as one ("Chittoor", "चितूर").

A final "a" is no deleted vowel: Hindi writes it ("ा"), so "चांद" (moon,
"chand") is no "Chānda".

Only an "a" between consonants may be missing from the Hindi spelling
(:func:`renders`), and a name speaks for a city only where that city has
``DOMINANT`` times the people of every other city it renders (as the index
reads names).  Measured on GeoNames' own Devanagari names of these
countries' cities of 15,000 people (each looked up by its romanisation
alone, as if the index lacked it): 740 find their own city, 12 another one
(a namesake or the city's old name: "बरेली" Bareli for Bareilly, "कोटा" Kota,
"बीजापुर" Bījāpur for Vijayapura), 573 none.  Only what the index lacks comes
here, and the finder that takes a caseless name as a place without a label
(``entity_caseless.big_city``) asks for a city of a million people.
"""
from __future__ import annotations

import functools
import re

from storyline.analyse.entity_tokens import script_of
from storyline.analyse.where_index import DOMINANT, MIN_LETTERS, city_facts

# The countries whose places' names Devanagari writes (Hindi, Marathi, Nepali)
DEVANAGARI_COUNTRIES = ("IN", "NP")
_SCHWA = re.compile(r"(?<=[a-z])a")
_DOUBLED = re.compile(r"([a-z])\1")
_VOWELS = set("aeiou ")


def romanised_key(name: str) -> str:
    """The romanisation of a Devanagari or a Latin name, with the spellings
    they write differently folded (``entity_keys.spelling_key``; "sh" as "s")."""
    from storyline.analyse.entity_keys import spelling_key

    return _DOUBLED.sub(r"\1", spelling_key(name).replace("sh", "s"))


def _skeleton(key: str) -> str:
    """``key`` less its non-initial "a": what a Devanagari spelling and a Latin
    one of a name share whatever vowels the Hindi one deleted."""
    return _SCHWA.sub("", key)


def renders(latin: str, hindi: str) -> bool:
    """The romanised Devanagari ``hindi`` is the romanised Latin ``latin`` less
    some "a" between two consonants (inherent vowels Hindi deleted: "bengluru"
    of "bengaluru"), and no other letter: "vivad" (विवाद, dispute) is no
    "viiavada" (Vijayawada), whose "a"-less skeletons agree, and "chand"
    (चांद, moon) no "chanda" (Chānda): a final "a" is a written vowel ("ा")."""
    at = 0
    for k, ch in enumerate(latin):
        if at < len(hindi) and hindi[at] == ch:
            at += 1
        elif not (ch == "a" and 0 < k < len(latin) - 1 and latin[k - 1] not in _VOWELS
                  and latin[k + 1] not in _VOWELS):
            return False
    return at == len(hindi)


def devanagari(name: str) -> bool:
    """Some letter of ``name`` is Devanagari (:func:`~storyline.analyse.entity_tokens.script_of`)."""
    return any(script_of(ch) == "DEVANAGARI" for ch in name)


def city_by_romanisation(name: str) -> str | None:
    """GeoNames id of the city of a Devanagari-writing country whose Latin
    name ``name`` renders (None: not Devanagari, no such city, or several
    with none dominant)."""
    if not devanagari(name):
        return None
    key = romanised_key(name)
    if sum(map(str.isalpha, key)) < MIN_LETTERS:
        return None
    facts = city_facts()
    cities = {gid: facts[gid].people for gid, latin in _cities_by_skeleton().get(_skeleton(key), ()) if renders(latin, key)}
    if not cities:
        return None
    best = max(cities, key=cities.__getitem__)
    return best if all(cities[best] >= DOMINANT * people for gid, people in cities.items() if gid != best) else None


@functools.lru_cache(maxsize=1)
def _cities_by_skeleton() -> dict[str, list[tuple[str, str]]]:
    """Skeleton of a romanised key -> (GeoNames id, romanised key) of the
    cities of :data:`DEVANAGARI_COUNTRIES` whose (Latin) name has it."""
    out: dict[str, list[tuple[str, str]]] = {}
    for gid, city in city_facts().items():
        if city.country in DEVANAGARI_COUNTRIES:
            key = romanised_key(city.name)
            out.setdefault(_skeleton(key), []).append((gid, key))
    return out
