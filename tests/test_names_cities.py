"""One city's names across spellings, languages and scripts are one entity
(``EntityResolver.city_key``: the GeoNames city a PLACE name denotes, by
``where.city_of``); a name several places share merges nothing, and a name
that is not read as a place is not keyed as one."""
from __future__ import annotations

import pytest

from storyline.analyse.entity_resolver import EntityResolver

CITIES = [
    [("Chicago", "en"), ("Чикаго", "ru")],
    [("Kherson", "en"), ("Cherson", "de"), ("Херсон", "ru"), ("Херсоне", "ru")],
    [("Bengaluru", "en"), ("Bangalore", "en")],
    [("Dnipro", "en"), ("Днепр", "ru")],
    [("Turin", "en"), ("Torino", "it"), ("Τορίνο", "el"), ("Turínu", "cs")],
    [("Cuzco", "es"), ("Cusco", "en")],
]


@pytest.mark.parametrize("names", CITIES, ids=lambda names: names[0][0])
def test_one_citys_names_in_every_script_are_one_entity(names):
    r = EntityResolver()
    ids = {r.add(text, "PLACE", f"a{n}", lang=lang) for n, (text, lang) in enumerate(names)}
    assert len({r.resolve(i) for i in ids}) == 1, r.entities()


def test_a_name_several_places_share_merges_none_of_them():
    """"Victoria" is a city's own name in Canada, Seychelles and Texas, and
    GeoNames' other name of Hong Kong ("香港"): it is none of them; nor is
    "Santiago" (de Chile, de los Caballeros) either Santiago."""
    r = EntityResolver()
    hong_kong = r.add("香港", "PLACE", "a1", lang="zh")
    assert EntityResolver.city_key("香港") is not None
    victoria = r.add("Victoria", "PLACE", "a2", lang="en")
    assert r.resolve(victoria) != r.resolve(hong_kong)
    chile = r.add("Santiago de Chile", "PLACE", "a3", lang="es")
    santiago = r.add("Santiago", "PLACE", "a4", lang="es")
    assert r.resolve(santiago) != r.resolve(chile)
    assert EntityResolver.city_key("Victoria") is None and EntityResolver.city_key("Santiago") is None


def test_a_person_is_no_city_of_the_same_name():
    """GeoNames writes Pasco, Washington "Песков" too: the Kremlin spokesman is no town."""
    r = EntityResolver()
    town = r.add("Pasco", "PLACE", "a1", lang="en")
    person = r.add("Песков", "PERSON", "a2", lang="ru")
    assert r.resolve(town) != r.resolve(person)


def test_an_unlabelled_case_form_joins_the_city_its_dictionary_form_names():
    """The demo's Russian report writes "на Днепре" (no label: MISC) before
    "в Днепр" (a PLACE): the stem key joins the two, the city key "Днепр" to
    Dnipro; the three are one entity, not Dnipro beside a lone "Днепре"."""
    r = EntityResolver()
    ids = [r.add("Dnipro", "PLACE", "a1", lang="en"), r.add("Днепре", "MISC", "a2", lang="ru"),
           r.add("Днепр", "PLACE", "a2", lang="ru")]
    assert len({r.resolve(i) for i in ids}) == 1, r.entities()
