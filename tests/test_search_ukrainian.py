"""A Ukrainian query about the demo's events ("повінь у Лівії", flood in Libya)
was read as Russian: its place went through the Russian dictionary, which
knows no "Лівії", so it named nothing; its words ("повінь") counted as words
the store's Russian reports could have written, so the off-topic test's
verdict stood and it found nothing at all.  Now a letter Russian lacks (і ї
є ґ) says the query is not Russian (language_codes.foreign_to), and the
regular endings of Ukrainian nouns give its names' nominatives
(search_cases.nominatives).  Real model, real SQLite file (the session's demo
store, read only)."""
from __future__ import annotations

import json
from pathlib import Path

from storyline.search_names import query_names, spells_name
from storyline.search_words import unworded

QUERIES = Path(__file__).parent / "data" / "demo_search_queries_uk.jsonl"


def test_ukrainian_case_forms_give_their_nominatives():
    from storyline.search_cases import nominatives  # new here

    assert nominatives("Лівії")[:1] == ["Лівія"] and "Ливия" in nominatives("Лівії")
    assert "Путин" in nominatives("Путіна")  # in the Russian letters Russian reports write it in
    assert "Україна" in nominatives("Україні")
    assert nominatives("Ливии") == ["Ливия"]  # Russian still by its dictionary
    assert nominatives("Марокко") == [] and nominatives("Libya") == []


def test_a_letter_russian_lacks_says_a_word_is_no_russian_one():
    from storyline.language_codes import foreign_to  # new here

    assert foreign_to("повінь", "ru") and not foreign_to("повінь", "uk")
    assert foreign_to("объём", "uk") and not foreign_to("наводнение", "ru")
    assert not foreign_to("повінь", "en")


def test_ukrainian_names_are_read_in_a_store_of_russian_reports(demo_app):
    store = demo_app[0].store
    assert spells_name(store, "Лівії") and spells_name(store, "Путіна")
    names = query_names(store, "візит Путіна до Пхеньяна".split())
    assert [n.entity.name for n in names] == ["Vladimir Putin", "Pyongyang"]
    # the Russian reports cannot have written a Ukrainian query's words, "у" (in) included
    assert unworded(store, ["повінь", "у"]) and not unworded(store, ["наводнение", "в"])


def test_a_ukrainian_query_is_moved_by_no_russian_mean():
    from storyline.search_meaning import own_language

    assert own_language("наводнение в Ливии", ["ru", "zh"]) == "ru"
    assert own_language("повінь у Лівії", ["ru", "zh"]) is None


def test_flood_in_libya_in_ukrainian_lists_the_derna_floods(demo_app):
    app = demo_app[0]
    derna = app.search("Derna floods", limit=1).hits[0].event_id
    res = app.search("повінь у Лівії", limit=10)
    seen = [(h.event_id, h.matched, h.title) for h in res.hits]
    assert not res.off_topic and res.hits, seen  # was: off-topic, no report at all
    assert all(h.event_id == derna and "entity" in h.matched for h in res.hits), seen


def test_the_ukrainian_query_file_names_demo_events(tmp_path):
    from storyline.bench.search import _typed_queries
    from storyline.demo import write_gold

    write_gold(str(tmp_path / "gold.jsonl"))
    events = {json.loads(line)["cluster"] for line in (tmp_path / "gold.jsonl").read_text().splitlines()}
    assert len(_typed_queries(QUERIES, events)) >= 10  # raises on a label the demo lacks
