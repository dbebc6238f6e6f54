"""Places labelled PERSON (issue 12): two or three capitalised words with no cue
are guessed a person's name, but a list of names takes the type its head
gives: a place preposition before the list types every member, not only the
first, and so does a place noun with a word that gives examples ("villages
such as").  Real extractor, sentences that are not the demo's."""
from __future__ import annotations

from conftest import entity_labels


def test_every_member_of_a_list_after_a_place_preposition_is_a_place():
    got = entity_labels("В Верхнем Рогачике, Великой Лепетихе и Горностаевке нет света.", "ru")
    assert got["Великой Лепетихе"] == "PLACE" and got["Горностаевке"] == "PLACE"
    got = entity_labels("Flooding was reported in Kota Bharu, Tanah Merah and Pasir Mas on Sunday.", "en")
    assert got["Tanah Merah"] == "PLACE" and got["Pasir Mas"] == "PLACE"


def test_a_place_noun_that_gives_examples_types_the_list():
    got = entity_labels("Aid reached towns such as Sidi Ifni, Ait Baha and Tafraout late on Monday.", "en")
    assert got["Ait Baha"] == "PLACE" and got["Sidi Ifni"] == "PLACE"
    got = entity_labels("Los daños se concentran en pueblos como Ait Baha y Sidi Ifni, según la prensa.", "es")
    assert got["Ait Baha"] == "PLACE" and got["Sidi Ifni"] == "PLACE"


def test_people_in_a_list_stay_persons():
    # no place head: persons; a comma alone after a fronted place joins no list
    got = entity_labels("Leaders such as John Smith and Mary Jones came to Rabat.", "en")
    assert got["John Smith"] == "PERSON" and got["Mary Jones"] == "PERSON"
    assert entity_labels("In Rabat, John Smith said the talks would go on.", "en")["John Smith"] == "PERSON"
    got = entity_labels("Officials met Ahmed Tazi and Karim Bennani in Fez.", "en")
    assert got["Ahmed Tazi"] == "PERSON" and got["Karim Bennani"] == "PERSON"
