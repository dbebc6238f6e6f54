"""A place conflict needs two places: names the gazetteer knows, in two
countries, or two cities or two states of one (storyline.facts.places)."""
from __future__ import annotations

import pytest

from storyline.facts.places import two_places


@pytest.mark.parametrize("x, y, lang, apart", [
    ("चांद", "चंद्रमा", "hi", False),   # two Hindi words for the Moon: no place the gazetteer knows
    ("Derna", "Libya", "en", False),   # a city and its country: one place at two scales
    ("Florida", "Miami", "en", False),  # a state and a city in it
    ("Derna", "Benghazi", "en", True),
    ("Texas", "Florida", "en", True),
    ("Moscow", "Pyongyang", "en", True),
    ("Москве", "Пхеньяне", "ru", True),  # case forms: the city's own country when the name gives none
])
def test_two_places(x, y, lang, apart):
    assert two_places(x, y, lang) is apart
