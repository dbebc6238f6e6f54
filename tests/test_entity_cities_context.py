"""One-word cities the where index knows, read in their sentence (h-names9, after h-names8's audit).

Of 215 one-word names h-names8 made PLACE, 22 were wrong: a club or team named by
its town ("Robinho, do Santos", "Houston coach"), a city's nickname or a name it
bore for a while ("Tinseltown", "Google" of Topeka).  And "Cádiz", "Zaragoza",
whose names cities of several countries bear, were never placed.
"""
from __future__ import annotations

from conftest import entity_labels


def test_a_towns_name_in_a_sentence_about_sport_is_its_teams():
    got = entity_labels("\"I don't think that's fair,\" Houston coach Jeff Van Gundy said.", "en")
    assert got.get("Houston") == "MISC", got
    got = entity_labels("A mãe do atacante Robinho, do Santos, foi libertada na manhã desta sexta-feira na zona norte de "
                  "São Paulo.", "pt")
    assert got.get("Santos") == "MISC", got


def test_a_smaller_citys_unlike_other_name_places_nothing():
    got = entity_labels("A new search engine hoping to beat what others like Google have done in the United States.", "en")
    assert got.get("Google") == "MISC", got
    got = entity_labels("said Tinseltown awards guru Tom O'Neil in Los Angeles, United States.", "en")
    assert got.get("Tinseltown") == "MISC", got


def test_a_name_several_countries_cities_share_is_placed_by_the_texts_country():
    got = entity_labels("El terremoto se sintió también en el sur de España, donde vecinos de Huelva, Cádiz y Málaga "
                  "notaron el temblor.", "es")
    assert got.get("Cádiz") == "PLACE", got
    got = entity_labels("El ministro de España dijo que los bomberos partirán desde la base aérea de Zaragoza en las "
                  "próximas horas.", "es")
    assert got.get("Zaragoza") == "PLACE", got
    # with none of its countries named, such a name stays unread
    got = entity_labels("El ministro dijo que Zaragoza y Cádiz enviarán ayuda a Marruecos.", "es")
    assert got.get("Zaragoza") == "MISC" and got.get("Cádiz") == "MISC", got
    # a big city is still a city where nothing speaks of sport ("Málaga" beside the quake)
    got = entity_labels("The quake was felt in Morocco, and Casablanca residents fled; Marrakech was hit.", "en")
    assert got.get("Casablanca") == "PLACE", got


def test_a_doctor_is_a_title_in_czech_and_greek():
    """"doktor Green" was a PLACE (a Green the where index knows): Czech and Greek "doctor" was no title."""
    got = entity_labels("Pokud je neevakuujeme, řekl agentuře AP doktor Green, předseda Globálního institutu.", "cs")
    assert got.get("Green") == "PERSON", got
    got = entity_labels("Όπως είπε στο Associated Press ο γιατρός Green, πρόεδρος του ινστιτούτου.", "el")
    assert got.get("Green") == "PERSON", got
