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


def test_odesa_in_ukrainian_finds_the_reports_naming_odesa(demo_app):
    """As "Odesa" does: by the entity (the off-topic verdict is the meaning test's, the same
    for both spellings: a one-word city name is about no event by meaning)."""
    app = demo_app[0]
    latin, ukrainian = app.search("Odesa", limit=10), app.search("Одесі", limit=10)
    named = {h.article_id for h in latin.hits if "entity" in h.matched}
    assert ukrainian.hits and all("entity" in h.matched for h in ukrainian.hits)  # was: no report at all
    assert {h.article_id for h in ukrainian.hits} == named
    assert ukrainian.off_topic == latin.off_topic
