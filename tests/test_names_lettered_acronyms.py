"""Hindi news writes an English acronym as it is said, by its letters' names
("एनडीए" for NDA, "बीजेपी" for BJP); such a word is the known acronym, in the
report's own script, and nothing where no report names the acronym."""
from __future__ import annotations

from storyline.analyse.entities import extract_entities
from storyline.analyse.entity_keys import lettered_acronym

KNOWN = [("BJP", "ORG"), ("NDA", "ORG"), ("National Democratic Alliance", "ORG"), ("WHO", "ORG")]
TEXT = ("भाजपा के नेतृत्व वाला राष्ट्रीय जनतांत्रिक गठबंधन (एनडीए) 290 से ज्यादा सीटों के साथ बहुमत हासिल करता "
        "दिख रहा है. बीजेपी को करीब 240 सीटें मिलीं. डब्ल्यूएचओ ने भी बयान जारी किया. उसकी बीवी घर पर थी.")


def test_a_word_of_letter_names_reads_as_its_latin_letters():
    assert lettered_acronym("एनडीए") == "nda" and lettered_acronym("बीजेपी") == "bjp"
    assert lettered_acronym("डब्ल्यूएचओ") == "who" and lettered_acronym("आईपीएल") == "ipl"
    # one letter's name alone is a word ("के", of), and a word with another syllable is no acronym
    assert lettered_acronym("के") is None and lettered_acronym("आई") is None
    assert lettered_acronym("भाजपा") is None and lettered_acronym("सीटें") is None


def test_a_known_acronym_spelled_out_in_devanagari_is_found_with_its_key():
    found = {m.text: m for m in extract_entities(TEXT, "hi", known=KNOWN)}
    assert found["एनडीए"].key == "nda" and found["एनडीए"].label == "ORG"
    assert found["बीजेपी"].key == "bjp" and found["डब्ल्यूएचओ"].key == "who"
    assert "बीवी" not in found  # "wife" reads as letters (B V), but no report names a "BV"


def test_without_the_acronym_known_nothing_is_found():
    found = {m.text for m in extract_entities(TEXT, "hi", known=[("National Democratic Alliance", "ORG")])}
    assert not found & {"एनडीए", "बीजेपी", "डब्ल्यूएचओ"}


def test_a_known_hindi_party_is_found_by_its_words_first_syllables():
    """Hindi news names a party by its words' first syllables ("भाजपा" of
    "भारतीय जनता पार्टी"); such a word is the known organisation, keyed as it."""
    from storyline.analyse.entity_devanagari import syllabic_acronym
    from storyline.analyse.entity_keys import entity_key

    assert syllabic_acronym("भारतीय जनता पार्टी") == "भाजपा"
    assert syllabic_acronym("राष्ट्रीय जनतांत्रिक गठबंधन") == "राजग"
    assert syllabic_acronym("जनता दल यूनाइटेड") == "जदयू"
    assert syllabic_acronym("केंद्र सरकार") is None  # two words: "केस" is the word "case"
    text = "भाजपा के नेतृत्व वाले राजग को बहुमत मिला. भाजपा मुख्यालय में जश्न मना."
    known = [("भारतीय जनता पार्टी", "ORG"), ("राष्ट्रीय जनतांत्रिक गठबंधन", "ORG")]
    found = [(m.text, m.key) for m in extract_entities(text, "hi", known=known)]
    assert found.count(("भाजपा", entity_key("भारतीय जनता पार्टी"))) == 2
    assert ("राजग", entity_key("राष्ट्रीय जनतांत्रिक गठबंधन")) in found
    # without the full name known, the short form is no name
    assert not [m for m in extract_entities(text, "hi", known=known[1:]) if m.text == "भाजपा"]
