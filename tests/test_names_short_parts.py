"""A known person's first or last word of three letters found alone outside the
Latin script ("किम ने कहा", "Ким заявил" of "Kim Jong Un"), and a gazetteer
spelling that names its row only in the languages listed for it ("Sena" is the
Seine in Spanish, not "the Sena" of Shiv Sena nor a Hindi "सेना", army)
(h-names18).  Sentences written for these tests; the entity stage, the resolver,
the real lexicon and gazetteer."""
from __future__ import annotations

from storyline.analyse.entities import extract_entities
from storyline.analyse.entity_patterns import lexicon
from storyline.analyse.entity_resolver import EntityResolver

KIM = [("Kim Jong Un", "PERSON"), ("Putin", "PERSON")]
TALKS = "बातचीत के बाद किम ने कहा कि यह किम की पहली विदेश यात्रा नहीं है, पर इसमें कम समय लगा।"


def _spans(text: str, lang: str, known: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in extract_entities(text, lang, known=known)]


def test_a_korean_family_name_alone_is_the_known_person_in_hindi_and_russian():
    assert _spans(TALKS, "hi", KIM) == [("किम", "PERSON"), ("किम", "PERSON")]  # and "कम" (less) is no Kim
    assert _spans("बैठक हुई और किम ने कहा।", "hi", [("Choe Son Hui", "PERSON")]) == []  # "हुई", happened
    assert ("Ким", "PERSON") in _spans("Ким заявил, что переговоры прошли хорошо.", "ru", KIM)
    r, ids = EntityResolver(), set()
    for n, (lang, text, known) in enumerate([("en", "Kim Jong Un met Putin in Vladivostok.", []),
                                             ("hi", TALKS, KIM)]):
        for m in extract_entities(text, lang, known=known):
            if m.label == "PERSON" and m.text != "Putin":
                ids.add(r.resolve(r.add(m.text, m.label, f"a{n}", group="story:1", lang=lang, key=m.key)))
    assert len(ids) == 1


def test_a_short_part_beside_another_name_word_is_no_name_alone():
    # the text writes the longer name ("टॉम बूनेन", Tom Boonen) or another name that
    # begins alike ("ताई पेइ", Taipei, where "Tai-Hao Wu" is known): no three-letter cut
    assert ("टॉम", "PERSON") not in _spans("बेल्जियम के टॉम बूनेन को हरी जर्सी मिली।", "hi", [("Tom Boonen", "PERSON")])
    assert ("ताई", "PERSON") not in _spans("पूर्व ताई पेइ सिटी मेयर ने कहा।", "hi", [("Tai-Hao Wu", "PERSON")])
    # nor in the Latin script, whose capitals read names ("May" is a month too)
    assert ("May", "PERSON") not in _spans("May was warm in London.", "en", [("Theresa May", "PERSON")])


def test_a_spelling_listed_for_some_languages_names_its_row_only_in_them():
    lex = lexicon()
    assert lex.place("Sena", "es") == lex.place("Sena", "it") == "Seine"
    assert lex.place("Сена", "ru") == lex.place("Сены", "ru") == "Seine"  # the Russian spelling stays
    assert lex.place("Sena", "en") is None and lex.place("Sena", "de") is None
    shiv = "Uddhav Thackeray's Shiv Sena won nine seats, and the Sena said it would stay in the INDIA bloc."
    assert ("Sena", "PLACE") not in _spans(shiv, "en", [])
    assert ("Sena", "PLACE") in _spans("El río Sena atraviesa París.", "es", [])
    # a Spanish report's "Sena" known to the event is no Hindi "सेना" (army)
    assert _spans("सेना ने कहा कि सीमा पर स्थिति शांत है।", "hi", [("Sena", "PLACE"), ("Seine", "PLACE")]) == []
