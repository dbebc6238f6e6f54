"""A query names a country in a language no stored report writes it in
(storyline.search_names.country_entity), and an Arabic verb-first sentence
states a trip (storyline.analyse.happening._verb_first): demo store, real
model, real SQLite file."""
from __future__ import annotations

from storyline.analyse.happening import trip_countries
from storyline.records import Article, EntityMention


def _trip(store, query: str) -> set[str]:
    from storyline.search_names import query_names
    from storyline.search_trips import query_trip

    return set(query_trip(query, query_names(store, query.split())))


def test_a_country_is_a_query_name_in_any_language(demo_app):
    """The demo holds no Arabic or Chinese report, yet "روسيا" and "俄罗斯"
    name its Russia; a city the where index does not read as a country
    ("موسكو", Moscow) and a person ("普京", Putin) name nothing this way."""
    from storyline.search_names import query_entity, query_names

    store = demo_app[0].store
    russia = query_entity(store, "Russia")
    assert russia is not None and russia.label == "PLACE"
    assert query_entity(store, "روسيا") == russia and query_entity(store, "俄罗斯") == russia
    assert query_entity(store, "كوريا الشمالية").name == query_entity(store, "North Korea").name
    assert query_entity(store, "موسكو") is None and query_entity(store, "普京") is None
    names = query_names(store, "زار بوتين كوريا الشمالية".split())
    assert [(n.start, n.end, n.entity.label) for n in names] == [(2, 4, "PLACE")]


def test_an_arabic_verb_first_query_states_its_trip(demo_app):
    store = demo_app[0].store
    assert _trip(store, "زار بوتين كوريا الشمالية") == {"country:KP"}  # visited Putin North Korea
    assert _trip(store, "زار كيم روسيا") == {"country:RU"}
    # the foreign minister of Russia visited North Korea: Russia is the subject's, read as neither
    assert _trip(store, "زار وزير خارجية روسيا كوريا الشمالية") == set()


def test_an_arabic_verb_first_query_ranks_the_trip_first(demo_app):
    app, _ = demo_app
    pyongyang = next(a.event_id for a in app.store.articles()
                     if a.title.startswith("Putin and Kim sign mutual defence pact"))
    assert [h.event_id for h in app.search("زار بوتين كوريا الشمالية", limit=5).hits] == [pyongyang] * 5


def _report(text: str, places: list[str]) -> Article:
    mentions = [EntityMention(text=p, start=text.index(p), end=text.index(p) + len(p), label="PLACE",
                              key=f"k:{p}") for p in places]
    return Article(id="x", origin="t", title="", text=text, raw_text=text, lang="ar", entities=mentions)


def test_an_arabic_report_written_verb_first_states_its_trip():
    assert trip_countries(_report("زار الرئيس فلاديمير بوتين كوريا الشمالية يوم الأربعاء.",
                                  ["كوريا الشمالية"])) == {"country:KP"}
    # the subject's adjective ("الروسي", Russian) is no place the where index knows
    assert trip_countries(_report("زار الرئيس الروسي بوتين كوريا الشمالية.",
                                  ["الروسي", "كوريا الشمالية"])) == set()
    assert trip_countries(_report("قال بوتين إن كوريا الشمالية حليف.", ["كوريا الشمالية"])) == set()
    # a preposition before the place: a visit in it, the earthquake's witness, no trip of the report's
    assert trip_countries(_report("وقال مسؤول كان يزور في هايتي إن", ["هايتي"])) == set()
