"""A place is not the organisation named after it.  In a store of the Wikinews
dev file one entity held "Washington" (the city, the US government),
"WASHINGTON TIMES" and "Washington Post", shown as "Washington Post": the
variant pass (``entity_merge.merge_variants``) read each newspaper less its
head word ("Post", "Times") as "Washington" and joined it to the place, as
it rightly joins "Vostochny Cosmodrome" to "Восточный".  The entity stage
alone, with the real resolver, gazetteer and where index."""
from __future__ import annotations

from test_entity_across_scripts import _id, _resolved

from storyline.analyse.entities import extract_entities
from storyline.analyse.entity_merge import merge_variants
from storyline.analyse.entity_resolver import EntityResolver


def test_a_newspaper_named_after_a_place_is_not_the_place():
    r = _resolved([("Washington", "PLACE", 1, "en"), ("WASHINGTON", "PLACE", 1, "en"),
                   ("WASHINGTON TIMES", "ORG", 1, "en"), ("Washington Post", "ORG", 1, "en"),
                   ("New York", "PLACE", 1, "en"), ("New York Times", "ORG", 1, "en"),
                   ("Japan", "PLACE", 1, "en"), ("Japan Times", "ORG", 1, "en"),
                   ("Moscow", "PLACE", 1, "en"), ("Moscow University", "ORG", 1, "en"),
                   ("Chicago", "PLACE", 1, "en"), ("Chicago Tribune", "ORG", 1, "en"),
                   ("Paris", "PLACE", 1, "en"), ("Paris Saint-Germain", "ORG", 1, "en")])
    assert _id(r, "Washington") == _id(r, "WASHINGTON")  # one place, in capitals or not
    for place, org in (("Washington", "WASHINGTON TIMES"), ("Washington", "Washington Post"),
                       ("New York", "New York Times"), ("Japan", "Japan Times"), ("Moscow", "Moscow University"),
                       ("Chicago", "Chicago Tribune"), ("Paris", "Paris Saint-Germain")):
        assert _id(r, place) != _id(r, org), (place, org)
        assert r.label(_id(r, place)) == "PLACE" and r.label(_id(r, org)) == "ORG", (place, org)
    assert _id(r, "WASHINGTON TIMES") != _id(r, "Washington Post")  # two newspapers
    assert r.canonical_name(_id(r, "Washington")) == "Washington"


def test_a_name_less_its_head_word_still_meets_what_it_names():
    """A place head word names the place ("Vostochny Cosmodrome" is Восточный),
    and an organisation's short name is the organisation ("Harvard")."""
    from storyline.analyse.entity_merge import named_after_place

    r = _resolved([("Vostochny Cosmodrome", "PLACE", 1, "en"), ("Восточный", "PLACE", 1, "ru"),
                   ("Harvard University", "ORG", 2, "en"), ("Harvard", "ORG", 2, "en")])
    assert _id(r, "Vostochny Cosmodrome") == _id(r, "Восточный")
    assert _id(r, "Harvard University") == _id(r, "Harvard")
    assert named_after_place("Washington Post") and named_after_place("New York Times")
    assert not named_after_place("Vostochny Cosmodrome")  # a place head word
    assert not named_after_place("Roscosmos State Corporation") and not named_after_place("Washington")


def test_a_surname_that_is_also_a_place_is_still_the_persons_short_form():
    r = EntityResolver()
    for n, (text, label) in enumerate([("Denzel Washington", "PERSON"), ("Washington", "PERSON"),
                                       ("Washington Post", "ORG")]):
        r.add(text, label, f"a{n}", group="story:1", lang="en")
    merge_variants(r)
    assert _id(r, "Washington") == _id(r, "Denzel Washington") != _id(r, "Washington Post")


def test_a_dateline_in_capitals_is_not_glued_to_the_next_word():
    for text in ("WASHINGTON — Officials at the Pentagon said on Monday that the deal was over.",
                 "WASHINGTON (AP) — Senate Democrats blocked the bill on Tuesday.",
                 "WASHINGTON, Dec. 31 (Xinhuanet) -- Congress passed the law.",
                 "NEW YORK — Goldman Sachs reported higher profits on Tuesday."):
        first = extract_entities(text, "en")[0]
        assert (first.text, first.label) in (("WASHINGTON", "PLACE"), ("NEW YORK", "PLACE")), (text, first)


def test_a_german_place_is_found_whatever_its_adjectives_ending():
    """The demo's grain deal: "über das Schwarze Meer" was a MISC "Schwarze Meer" beside
    the Black Sea, since the gazetteer writes "Schwarzes Meer" and "Schwarzen Meer"."""
    from storyline.analyse.entity_patterns import lexicon

    lex = lexicon()
    assert lex.place("Schwarze Meer", "de") == lex.place("Schwarzen Meer", "de") == "Black Sea"
    assert lex.place("Vereinigte Arabische Emirate", "de") == "United Arab Emirates"
    assert lex.place("Schwarze Meer", "en") is None  # English declines no adjective
    assert lex.place("Wilden Westen", "de") is None  # a place the gazetteer does not know stays unknown
    text = "Die Vereinbarung über die Ausfuhr von ukrainischem Getreide über das Schwarze Meer ist beendet."
    assert [(m.text, m.label) for m in extract_entities(text, "de")] == [("Schwarze Meer", "PLACE")]
    r = EntityResolver()
    sea = r.add("Black Sea", "PLACE", "a1", group="story:1", lang="en")
    meer = r.add("Schwarze Meer", "PLACE", "a2", group="story:1", lang="de")
    assert r.resolve(sea) == r.resolve(meer)


def test_the_far_east_is_one_place_in_every_language():
    """The demo read as a user (h-audit6): the Names page listed "Fernen Osten" (4
    mentions, German) and "Far East" (6, English) as two places, each with "no
    other spelling": the gazetteer had the Middle East's row and none for the
    Far East, so the German name, declined after "im", had nothing to join."""
    from storyline.analyse.entity_patterns import lexicon

    lex = lexicon()
    for name, lang in (("Fernen Osten", "de"), ("Ferner Osten", "de"), ("Дальнем Востоке", "ru"),
                       ("Extrême-Orient", "fr"), ("Lejano Oriente", "es"), ("Far East", "en")):
        assert lex.place(name, lang) == "Far East", (name, lang)
    text = "Putin empfing Kim auf dem Weltraumbahnhof Wostotschny im Fernen Osten Russlands."
    assert ("Fernen Osten", "PLACE") in [(m.text, m.label) for m in extract_entities(text, "de")]
    r = EntityResolver()
    east = r.add("Far East", "PLACE", "a1", group="story:1", lang="en")
    osten = r.add("Fernen Osten", "PLACE", "a2", group="story:1", lang="de")
    vostok = r.add("Дальнем Востоке", "PLACE", "a3", group="story:1", lang="ru")
    assert r.resolve(east) == r.resolve(osten) == r.resolve(vostok)
