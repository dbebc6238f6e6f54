"""A Ukrainian query naming a city the store's reports write only in other
scripts: "Одеса" (Odesa) and its locative "Одесі".  The reports write
"Odesa", "Odessa", "Одесса", never the Ukrainian "Одеса", so the query named
nothing and found no report ("no report matches 'Одесі'").  The name is read
as a report writes it in another script where its transliteration is that
spelling's, letter for letter ("Одеса" / "Odesa"); a store's lookup keys
(a spelling key folds doubled letters) are still no one's spelling.  Real
model, real SQLite file (the session's demo store, read only)."""
from __future__ import annotations

from storyline.search_names import query_names, spells_name


def test_odesa_in_ukrainian_names_the_city(demo_app):
    store = demo_app[0].store
    assert spells_name(store, "Одеса") and spells_name(store, "Одесі")
    names = query_names(store, "порт в Одесі".split())
    assert [n.entity.name for n in names] == ["Odesa"]


def test_a_lookup_key_is_still_no_spelling(demo_app):
    store = demo_app[0].store
    assert not spells_name(store, "Odesssa")  # a typo the spelling key folds to "odesa"
    assert not spells_name(store, "Одесса-Мама")


def test_odesa_in_ukrainian_finds_the_grain_deal(demo_app):
    app = demo_app[0]
    res = app.search("Одесі", limit=10)
    assert res.hits and not res.off_topic
    assert any("name" in (h.matched or "") for h in res.hits), [(h.matched, h.title) for h in res.hits]
