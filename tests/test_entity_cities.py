"""Big, well-known places typed MISC: a one-word name with no cue in its text
("Zaporizhzhia's plant", "Измаил", "Тольятти и Самара") is a PLACE where the
where index (GeoNames) knows it as a city of a million people, or as a smaller
city or a state of a country the text's other places name; namesakes of a
person or a company the text names, words and towns abroad stay as they were.
Real extractor and where index, sentences that are not the demo's."""
from __future__ import annotations

from conftest import entity_labels


def test_a_city_of_a_million_people_is_a_place_with_no_cue():
    got = entity_labels("Officials said Johannesburg and Varanasi had both reported outages.", "en")
    assert got["Johannesburg"] == "PLACE" and got["Varanasi"] == "PLACE"
    # and places the smaller cities of its country: Tolyatti has 700,000 people
    got = entity_labels("Власти сообщили, что Екатеринбург и Тольятти тоже пострадали от урагана.", "ru")
    assert got["Екатеринбург"] == "PLACE" and got["Тольятти"] == "PLACE"


def test_a_smaller_city_is_a_place_where_the_text_names_its_country():
    got = entity_labels("Дроны атаковали порты Украины на Дунае. Больше всего пострадал Измаил, удары пришлись и на Рени.",
                        "ru")
    assert got["Измаил"] == "PLACE" and got["Рени"] == "PLACE"
    got = entity_labels("Le séisme a fait des morts au Maroc. Les villages autour de Chichaoua et Taroudant sont détruits, "
                        "selon les autorités.", "fr")
    assert got["Taroudant"] == "PLACE"
    got = entity_labels("Hurikán zasáhl Spojené státy. Nejvíce škod je v Texasu, zasažen byl i Kansas.", "cs")
    assert got["Kansas"] == "PLACE"


def test_a_town_abroad_a_word_or_a_name_of_the_text_stays():
    # Huelva (Spain, 144,000 people) in a report that names no Spanish place
    assert entity_labels("Officials in Britain said Huelva had not replied.", "en").get("Huelva") != "PLACE"
    # "Rest" is also Rasht's name: a sentence's first word written nowhere else with a capital
    assert entity_labels("Iran freed the sailors on Friday. Rest assured, they are well.", "en").get("Rest") != "PLACE"
    # a word of an organisation's name the text reads is that name's short form
    assert entity_labels("Toyota Motor Corporation raised its forecast, and analysts said Toyota would gain.",
                         "en").get("Toyota") != "PLACE"
