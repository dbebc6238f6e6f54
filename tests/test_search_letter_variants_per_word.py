"""Each Cyrillic query word matches in any of its kept spellings, not the whole query in one (h-search22).

h-search21 ran the query as typed, then with every word that has a written
other spelling put in it.  A report that writes one word as typed and
another in the other language's letters matched neither: "Путин Індії" (a
Russian keyboard's name beside a Ukrainian word) became "Путін Индии", so
neither the Ukrainian report ("Путін ... Індії") nor the Russian one
("Путин ... Индии") was found.  Now each word is an OR of its kept
spellings, the words still ANDed, on both backends (FTS5 ``OR``, tsquery
``|``).  Real SQLite file (and PostgreSQL where the suite runs it), the
product's search function in text mode."""
from __future__ import annotations

from store_kit import hit_ids, make_article, store  # noqa: F401 (fixture)

from storyline.search import search

ROWS = [
    (1, "Путін прибув до Індії", "Президент Росії Путін прибув до Індії з дводенним візитом.", "uk"),
    (2, "Путин прибыл в Индию", "Президент России Путин прибыл в Индию; визит в Индии продлится два дня.", "ru"),
    (3, "ЄЦБ залишив ставки", "Європейський центральний банк (ЄЦБ) залишив ставки без змін.", "uk"),
    (4, "ЕЦБ и Путин", "Путин раскритиковал ЕЦБ за заморозку активов.", "ru"),
    (5, "Путін і ЕЦБ", "Путін розкритикував ЕЦБ за заморожування активів.", "uk"),
]


def _store(store):
    for i, title, text, lang in ROWS:
        store.add_article(make_article(i, title=title, text=text, lang=lang), None, None)
    return store


def _found(store, query: str) -> list[str]:
    return sorted(h.article_id for h in search(store, None, query, mode="text").hits)


def test_each_word_matches_in_any_of_its_written_spellings(store):
    s = _store(store)
    # the name typed in Russian letters, "Індії" in Ukrainian: each report writes one of each
    assert _found(s, "Путин Індії") == ["a1", "a2"]
    # a Ukrainian report that writes "ЕЦБ" beside the Ukrainian "Путін" (a5), a Russian one both Russian (a4)
    assert _found(s, "Путін ЄЦБ") == ["a4", "a5"]


def test_the_index_takes_each_words_spellings_as_an_or_and_the_words_as_an_and(store):
    s = _store(store)
    assert hit_ids(s.search_text("Путин Індії")) == []  # as typed: no report writes both
    found = hit_ids(s.search_text("Путин Індії", spellings={"Путин": ["Путін"], "Індії": ["Индии"]}))
    assert sorted(found) == ["a1", "a2"]
    # every word must still match in one of its spellings: "ставки" is in a3 only, "Путин" is not
    assert hit_ids(s.search_text("Путин ставки", spellings={"Путин": ["Путін"]})) == []
    assert sorted(hit_ids(s.search_text("ЄЦБ", spellings={"ЄЦБ": ["ЕЦБ"]}))) == ["a3", "a4", "a5"]
