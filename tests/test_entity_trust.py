"""Names a reader can trust (issue 12/10 follow-ups): a short form is the
name its own text writes in full, whichever comes first; capitalised common
nouns (a French portfolio, German nouns, a Hindi office after a title) are no
names; Arabic and Hebrew names are found by the consonants they share with a
name another report of the event wrote.  Real extractor and resolver, no model."""
from __future__ import annotations

from storyline.analyse.entities import extract_entities
from storyline.analyse.entity_abjad import latin_skeleton, window_readings
from storyline.analyse.entity_short import shorter_forms
from storyline.records import Article
from storyline.service_names import _Reading


def _report(aid: str, text: str, lang: str, known=()) -> Article:
    return Article(id=aid, origin="test", title="", text=text, raw_text=text, lang=lang, event_id=1,
                   entities=extract_entities(text, lang, known=known))


def _reading(*reports: Article) -> _Reading:
    """The relink's reading of ``reports`` (one event, one story), finished: ``final`` maps each id to its entity."""
    reading = _Reading()
    assert reading.read(list(reports), {1: 1})
    _, reading.final = reading.finish({1: 1})
    return reading


def _entity(reading: _Reading, article: Article, surface: str) -> str:
    """The final entity of the mention ``surface`` of ``article``."""
    r = reading.resolver
    return next(r.resolve(eid) for eid, aid, _s, _e, text in reading.raw if aid == article.id and text == surface)


EN = ("North Korean leader Kim Jong Un met Vladimir Putin. His sister Kim Yo Jong thanked Moscow "
      "for the car. Kim Jong Un left on Thursday.")


def test_a_short_form_is_the_name_its_text_writes_in_full_whichever_comes_first():
    # the story names two Kims: the group alone cannot tell which one "Ким" is
    first = _report("ru1", "Ким прибыл во Владивосток в понедельник. Позже лидер КНДР Ким Чен Ын "
                           "встретился с Путиным.", "ru")
    after = _report("ru2", "Лидер КНДР Ким Чен Ын встретился с Путиным. Во вторник Ким уехал на поезде.", "ru")
    assert {m.text for m in first.entities} >= {"Ким", "Ким Чен Ын"}
    reading = _reading(_report("en1", EN, "en"), first, after)
    for report in (first, after):
        assert _entity(reading, report, "Ким") == _entity(reading, report, "Ким Чен Ын")
    assert _entity(reading, first, "Ким") != _entity(reading, _report("en1", EN, "en"), "Kim Yo Jong")


def test_only_a_given_or_family_name_and_no_place_is_a_short_form():
    names = [("Aurus", "MISC"), ("Лимузин Aurus Senat", "PERSON"), ("Taiwan", "MISC"),
             ("Epochtimes Taiwan", "PERSON"), ("Путина", "MISC"), ("Владимир Путин", "PERSON")]
    assert shorter_forms(names) == {4: [5]}  # an inflected surname, not a middle word, not a place


def test_a_name_before_a_product_noun_in_russian_is_no_product():
    found = {m.text: m.label for m in extract_entities("Путин подарил Ким Чен Ыну автомобиль.", "ru")}
    assert found["Ким Чен Ыну"] == "PERSON"  # a name follows its noun in Russian: "автомобиль Aurus"


def test_a_portfolio_after_an_organisation_and_an_article_is_no_name():
    text = ("Selon un bilan du ministère de l'Intérieur publié samedi, le ministère du Travail et "
            "l'université de Harvard ont réagi, comme la Banque de France.")
    found = {m.text for m in extract_entities(text, "fr")}
    assert "Intérieur" not in found and "Travail" not in found
    assert {"Harvard", "Banque de France"} <= found  # no article: a name


def test_a_german_noun_after_an_article_adverb_and_adjective_is_no_name():
    text = "Im Gegenzug könnte das international isolierte Land Hilfe bei seinem Raketenprogramm erhalten."
    found = {m.text for m in extract_entities(text, "de")}
    assert not any(name.startswith("Land") for name in found)
    assert "Merkel" in {m.text for m in extract_entities("Die Regierung kritisierte Merkel am Montag.", "de")}


def test_hindi_office_nouns_and_plurals_after_a_title_name_no_one():
    assert extract_entities("ताईवान के राष्ट्रपति पद के उम्मीद्वारों में से एक ने कहा।", "hi")[0].text == "ताईवान"
    assert extract_entities("कॉर्नवल की रानी पीड़ितों के परिवारों से मिलीं।", "hi") == []
    found = [m.text for m in extract_entities("विदेश मंत्री एस. जयशंकर उन देशों के राजदूतों से मिले।", "hi")]
    assert found == ["एस. जयशंकर"]  # "उन" before a plural noun is "those", not a name's word


KNOWN = [("Tony Blair", "PERSON"), ("Margaret Beckett", "PERSON"), ("Gordon Brown", "PERSON"),
         ("Catholic Church", "ORG"), ("Catholic", "ORG")]


def test_arabic_and_hebrew_names_are_found_by_the_consonants_of_a_known_name():
    assert latin_skeleton("Margaret Beckett") == window_readings(["مارغريت", "بيكيت"], "ARABIC")[0] \
        == window_readings(["מרגרט", "בקט"], "HEBREW")[0] == "MLKLT PKT"
    ar = "قال رئيس الوزراء توني بلير ووزيرة الخارجية مارغريت بيكيت وكذلك غوردون براون إن الوضع خطير."
    found = {m.text: m.key for m in extract_entities(ar, "ar", known=KNOWN)}
    assert found == {"توني بلير": "tony blair", "مارغريت بيكيت": "margaret beckett", "غوردون براون": "gordon brown"}
    # "وكذلك" (also) sounds like "Catholic" but is one of the language's frequent words
    he = "שרת החוץ מרגרט בקט אמרה כי טוני בלייר ידבר מחר."
    assert {m.text: m.key for m in extract_entities(he, "he", known=KNOWN)} == {
        "מרגרט בקט": "margaret beckett", "טוני בלייר": "tony blair"}
    assert extract_entities(he, "he") == []  # no capitals: without a known name nothing says where one is


def test_an_arabic_name_found_by_sound_joins_the_english_entity():
    en = _report("en1", "Prime Minister Tony Blair spoke to Parliament on Monday.", "en")
    ar = _report("ar1", "تحدث رئيس الوزراء توني بلير أمام البرلمان يوم الاثنين.", "ar", known=KNOWN)
    reading = _reading(en, ar)
    assert _entity(reading, ar, "توني بلير") == _entity(reading, en, "Tony Blair")
    assert "توني بلير" in reading.resolver.aliases(_entity(reading, en, "Tony Blair"))


def test_name_alignment_counts_the_english_entities_another_language_names(tmp_path):
    import numpy as np

    from storyline.bench.name_alignment import alignment
    from storyline.store import open_store
    from storyline.store.records import MentionSpan

    en = _report("en1", "Prime Minister Tony Blair met Gordon Brown in London on Monday.", "en")
    ar = _report("ar1", "التقى رئيس الوزراء توني بلير يوم الاثنين.", "ar", known=KNOWN)
    reading = _reading(en, ar)
    final = reading.final
    roots = sorted({final[eid] for eid, *_ in reading.raw if final[eid]})
    store = open_store(str(tmp_path / "names.db"))
    with store.transaction():
        event = store.save_event(None, "Blair", np.ones(4, np.float32), 2, None, None)
        for report in (en, ar):
            report.event_id, report.content_hash = event, report.id
            store.add_article(report, None, None)
        store.replace_entities([reading.row(r) for r in roots],
                               [MentionSpan(final[eid], aid, s, e, text) for eid, aid, s, e, text in reading.raw
                                if final[eid]])
    store.close()
    out = alignment(str(tmp_path / "names.db"), ["ar"])
    assert out["english_entities"] == len({final[eid] for eid, aid, *_ in reading.raw if aid == "en1"})
    assert out["ar"] == {"entities_also_named": 1, "mentions": 1, "mentions_in_english_entities": 1}


def test_a_name_plus_or_less_a_final_s_is_another_name_unless_a_genitive_explains_it():
    """Issue 12: "Prinz William" at the Euro final was read as "Nico Williams"
    of the same event.  An English -s makes a surname of a given name
    (William/Williams, Robert/Roberts); German adds one for the genitive
    ("Lagardes Rede"), Greek drops one ("του Τσίπρα")."""
    from storyline.analyse.entity_patterns import lexicon
    from storyline.analyse.entity_resolver import EntityResolver

    r = EntityResolver()
    roberts = r.add("Julia Roberts", "PERSON", "a1", group="g", lang="en")
    assert r.add("Robert", "PERSON", "a2", group="g", lang="fr") != roberts
    assert r.add("Roberts", "PERSON", "a3", group="g", lang="en") == roberts  # her surname
    lagarde = r.add("Christine Lagarde", "PERSON", "b1", group="h", lang="en")
    assert r.add("Lagardes", "PERSON", "b2", group="h", lang="de") == lagarde
    alone = EntityResolver()
    given = alone.add("Edward", "PERSON", "c1", lang="en")
    assert alone.add("Edwards", "MISC", "c2", lang="en") != given  # not a spelling variant either
    assert not lexicon().final_s_apart("tsipra", "tsipras", ["el"])
    assert lexicon().final_s_apart("william", "williams", ["de"]) and not lexicon().final_s_apart(
        "williams", "william", ["de"])
