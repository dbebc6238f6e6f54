"""Hindi names and the nouns around them: a place noun before a name, a head
word after it, an adjective before an organisation's head word.

Seen in the demo's Hindi reports: "वियतनाम की राजधानी हनोई" (the capital Hanoi)
was MISC, the label a report in another language gave "Hanoi"; "वोस्तोचनी
कॉस्मोड्रोम" was found as "वोस्तोचनी" without its head word; and in the
entities sample "सबसे बड़ी विपक्षी पार्टी" (the biggest opposition party) was
an organisation's name.  The sentences below were written for these tests.
"""
from __future__ import annotations

from storyline.analyse.entities import extract_entities


def _found(text: str, known=()) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in extract_entities(text, "hi", known=known)]


def test_a_big_city_stays_a_place_over_a_known_misc_label():
    text = "प्योंगयांग से पुतिन वियतनाम की राजधानी हनोई के लिए रवाना होंगे।"
    assert ("हनोई", "PLACE") in _found(text, known=[("Hanoi", "MISC")])


def test_a_name_after_a_place_noun_is_a_place():
    # no gazetteer knows the town: the noun before it ("शहर", the town) says what it is
    text = "पुतिन ने शहर त्सिओल्कोवस्की में भाषण दिया।"
    assert ("त्सिओल्कोवस्की", "PLACE") in _found(text, known=[("त्सिओल्कोवस्की", "MISC")])
    text = "मंत्री ने राजधानी त्सिओल्कोवस्की का दौरा किया।"
    assert ("त्सिओल्कोवस्की", "PLACE") in _found(text, known=[("त्सिओल्कोवस्की", "MISC")])


def test_a_known_misc_name_without_a_cue_stays_misc():
    text = "उन्होंने त्सिओल्कोवस्की के बारे में लिखा।"
    assert ("त्सिओल्कोवस्की", "MISC") in _found(text, known=[("त्सिओल्कोवस्की", "MISC")])


def test_a_place_head_word_joins_the_known_name_before_it():
    text = "किम जोंग उन वोस्तोचनी कॉस्मोड्रोम पहुंचे, जहां पुतिन वोस्तोचनी कॉस्मोड्रोम में उनसे मिले।"
    found = _found(text, known=[("Vostochny", "PLACE")])
    assert found.count(("वोस्तोचनी कॉस्मोड्रोम", "PLACE")) == 2
    assert ("वोस्तोचनी", "PLACE") not in found


def test_an_organisation_head_word_joins_a_name_no_gazetteer_knows():
    text = "छात्रों ने त्सिओल्कोवस्की विश्वविद्यालय में प्रदर्शन किया।"
    assert ("त्सिओल्कोवस्की विश्वविद्यालय", "ORG") in _found(text, known=[("त्सिओल्कोवस्की", "PLACE")])


def test_a_head_word_does_not_join_a_gazetteer_place():
    # the noun after a known place says what kind it is: the city of Rome is Rome
    found = _found("पोप ने रोम शहर में प्रार्थना की।", known=[("Rome", "PLACE")])
    assert ("रोम", "PLACE") in found and ("रोम शहर", "PLACE") not in found


def test_a_head_word_does_not_join_a_persons_name():
    text = "पुतिन आवास पर बैठक हुई।"
    assert ("पुतिन आवास", "PLACE") not in _found(text, known=[("Putin", "PERSON")])


def test_an_adjective_before_an_organisation_head_word_makes_no_name():
    text = "खरगे ने कहा कि पार्टी सबसे बड़ी विपक्षी पार्टी बनकर उभरी है।"
    assert "विपक्षी पार्टी" not in [t for t, _ in _found(text)]
    text = "सरकार ने एक नई जांच समिति बनाई।"
    assert not any(t.endswith("समिति") for t, _ in _found(text))


def test_an_organisation_name_before_its_head_word_is_still_found():
    assert ("टाटा मोटर्स", "ORG") in _found("टाटा मोटर्स ने पुणे में उत्पादन शुरू किया।")
