"""Display names per reader language (storyline.analyse.entity_names)."""
from collections import Counter

from storyline.analyse.entity_names import best_form, display_names


def test_a_russian_reader_sees_the_dictionary_form_of_an_inflected_place():
    # no report wrote the nominative: the gazetteer's spelling of the same stem is shown
    assert best_form(Counter({"Луны": 3, "Луной": 1, "Луну": 2, "Луне": 1}), "ru") == "Луна"
    assert best_form(Counter({"Испанию": 1}), "ru") == "Испания"
    assert best_form(Counter({"Кремле": 2, "Кремля": 1}), "ru") == "Кремль"
    assert best_form(Counter({"Южной Кореи": 1}), "ru") == "Южная Корея"


def test_a_form_without_a_case_ending_beats_an_oblique_one():
    assert best_form(Counter({"Одессы": 2, "Одесса": 1}), "ru") == "Одесса"
    assert best_form(Counter({"Путина": 3, "Путиным": 2, "Путин": 1}), "ru") == "Путин"
    assert best_form(Counter({"Ким Чен Ыну": 3, "Ким Чен Ына": 2, "Ким Чен Ын": 1}), "ru") == "Ким Чен Ын"
    assert best_form(Counter({"Сергей Лавров": 1, "Сергея Лаврова": 2}), "ru") == "Сергей Лавров"


def test_a_spelling_in_the_readers_script_beats_capitals_in_another():
    assert best_form(Counter({"INDIA": 2, "Индии": 3, "Индия": 1}), "ru") == "Индия"
    assert best_form(Counter({"ООН": 3, "UN": 1}), "ru") == "ООН"
    assert best_form(Counter({"SWIFT": 2}), "ru") == "SWIFT"  # nothing in Cyrillic: kept


def test_a_first_word_alone_is_not_a_display_name():
    names = display_names({"Kim Jong Un": Counter(en=5), "Ким": Counter(ru=3), "किम जोंग उन": Counter(hi=2)})
    assert names == {"en": "Kim Jong Un", "hi": "किम जोंग उन"}  # a Russian reader gets the canonical name
    # a surname alone is a name, and so is a name without its head word
    assert display_names({"Vladimir Putin": Counter(en=2), "Путин": Counter(ru=1)})["ru"] == "Путин"
    assert display_names({"Vostochny Cosmodrome": Counter(en=2), "Восточный": Counter(ru=1)})["ru"] == "Восточный"
    assert display_names({"Luna-25": Counter(en=2), "Луна-25": Counter(ru=1)}) == {"en": "Luna-25", "ru": "Луна-25"}


def test_an_english_reader_sees_the_gazetteers_name_of_a_place_no_english_report_names():
    # the demo's Pyongyang treaty: only a Spanish report named Japan, only a Russian one Ankara
    assert display_names({"Japón": Counter(es=1)}, "PLACE")["en"] == "Japan"
    assert display_names({"Анкаре": Counter(ru=1)}, "PLACE")["en"] == "Ankara"
    assert display_names({"Méditerranée": Counter(fr=1), "Mittelmeer": Counter(de=1)}, "PLACE")["en"] \
        == "Mediterranean Sea"
    # an English report's spelling stays; a place the gazetteer does not know gets no English name;
    # a person or organisation is not looked up as a place
    assert display_names({"Kiev": Counter(en=3), "Киев": Counter(ru=1)}, "PLACE")["en"] == "Kiev"
    assert "en" not in display_names({"Ighil": Counter(fr=2)}, "PLACE")
    assert "en" not in display_names({"Japón": Counter(es=1)}, "PERSON")
