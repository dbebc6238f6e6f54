"""A dam and its reservoir are two things named after one place.

In the demo store one entity, shown as "Каховское водохранилище" (the Kakhovka
reservoir), also held "Каховской ГЭС" (the Kakhovka dam's power plant): the
variant pass (``entity_merge.merge_variants``) read each less its head word
("ГЭС", "водохранилище") as "Каховской" / "Каховское", one letter apart, and
joined them.  Two names with two different head words are two things; a
head word meets the bare name it is set on as before ("Vostochny Cosmodrome"
is Восточный).  The real resolver and lexicon."""
from __future__ import annotations

from test_entity_across_scripts import _id, _resolved


def test_the_dam_and_its_reservoir_are_two_entities():
    r = _resolved([("Каховской ГЭС", "PLACE", 1, "ru"), ("Каховская ГЭС", "PLACE", 1, "ru"),
                   ("Каховское водохранилище", "PLACE", 1, "ru"),
                   ("Каховского водохранилища", "PLACE", 1, "ru"), ("Kakhovka", "PLACE", 1, "en")])
    assert _id(r, "Каховской ГЭС") == _id(r, "Каховская ГЭС")  # one dam, in two cases
    assert _id(r, "Каховское водохранилище") == _id(r, "Каховского водохранилища")  # one reservoir
    assert _id(r, "Каховской ГЭС") != _id(r, "Каховское водохранилище")


def test_one_head_word_in_two_cases_still_joins_and_a_head_meets_its_bare_name():
    r = _resolved([("Vostochny Cosmodrome", "PLACE", 1, "en"), ("Восточный", "PLACE", 1, "ru"),
                   ("Kakhovka Reservoir", "PLACE", 2, "en"), ("Kachowka Reservoir", "PLACE", 2, "en"),
                   ("Kakhovka Dam", "PLACE", 2, "en")])
    assert _id(r, "Vostochny Cosmodrome") == _id(r, "Восточный")
    assert _id(r, "Kakhovka Reservoir") == _id(r, "Kachowka Reservoir")
    assert _id(r, "Kakhovka Reservoir") != _id(r, "Kakhovka Dam")
