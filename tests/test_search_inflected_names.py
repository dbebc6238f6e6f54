"""A Russian query names a place in an oblique case ("наводнение в Ливии",
flood in Libya: "Ливии" is the genitive of "Ливия"), and its other words are
in a script none of the named place's reports is written in: the name is
read in the nominative (search_cases.nominatives) and meaning ranks among
the place's reports (search_names.named_matches), so the Derna floods come
before the Kakhovka dam's.  Real model, real SQLite file (the session's
demo store, read only)."""
from __future__ import annotations

from storyline.search_names import query_entity, query_names, spells_name
from storyline.search_words import unworded


def _event(app, query: str) -> int:
    return app.search(query, limit=1).hits[0].event_id


def test_a_name_in_an_oblique_case_is_read_in_the_nominative(demo_app):
    from storyline.search_cases import nominatives  # search_names.in_nominative before h-search19

    store = demo_app[0].store
    assert nominatives("Ливии") == ["Ливия"] and nominatives("Индии") == ["Индия"]
    assert nominatives("Libya") == [] and nominatives("大坝") == []  # Cyrillic only
    assert spells_name(store, "Ливии")
    names = query_names(store, "наводнение в Ливии".split())
    assert [(n.start, n.end, n.entity.name) for n in names] == [(2, 3, "Libya")]
    assert not spells_name(store, "наводнение")  # a word naming nothing in the nominative either
    assert query_entity(store, "Ливии").name == "Libya"  # the whole query too


def test_words_none_of_the_named_reports_can_write_are_unworded_among_them(demo_app):
    store = demo_app[0].store
    assert not unworded(store, ["наводнение"])  # Russian reports are stored
    assert unworded(store, ["наводнение"], {"en", "fr", "es", "de"})
    assert not unworded(store, ["flood"], {"en", "fr", "es", "de"})


def test_flood_in_libya_in_russian_lists_the_derna_floods_first(demo_app):
    app = demo_app[0]
    derna = _event(app, "Derna floods")
    res = app.search("наводнение в Ливии", limit=10)
    assert not res.off_topic
    seen = [(h.event_id, h.matched, h.title) for h in res.hits]
    assert [h.event_id for h in res.hits[:5]] == [derna] * 5, seen
    assert all("entity" in h.matched for h in res.hits[:5]), seen
