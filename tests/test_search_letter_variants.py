"""A Cyrillic query word also finds the reports that write it with the other language's letters (h-search21).

Ukrainian and Russian spell one word with letters that differ by є/е, і/и, ї/і: a
Ukrainian reader's "ЄЦБ" (the ECB) is the Russian reports' "ЕЦБ", "Кім" is "Ким",
"Індії" is "Индии"; a Russian keyboard's "Путин" is a Ukrainian report's "Путін".
The full-text index holds words as written, so on main "ЄЦБ" found no Russian report.
Now the query tries those letter alternations, at most a few spellings a word,
and keeps only a spelling some stored report writes.  Real SQLite file (and
PostgreSQL where the suite runs it), the product's search function in text mode."""
from __future__ import annotations

from store_kit import hit_ids, make_article, store  # noqa: F401 (fixture)

from storyline.search import search
from storyline.search_letters import MOST_VARIANTS, spellings, variants

ROWS = [
    (1, "ЕЦБ повысил ставки", "Европейский центральный банк (ЕЦБ) повысил процентные ставки до 4,5%.", "ru"),
    (2, "Путін прибув до Пхеньяна", "Президент Росії Путін прибув до Пхеньяна з візитом.", "uk"),
    (3, "Выборы в Индии", "Подсчёт голосов на выборах в Индии завершён, ставки сделаны.", "ru"),
    (4, "Путин в Пхеньяне", "Путин провёл переговоры с Ким Чен Ыном.", "ru"),
]


def _store(store):
    for i, title, text, lang in ROWS:
        store.add_article(make_article(i, title=title, text=text, lang=lang), None, None)
    return store


def _found(store, query: str) -> list[str]:
    return [h.article_id for h in search(store, None, query, mode="text").hits]


def test_a_ukrainian_spelling_finds_the_russian_report(store):
    s = _store(store)
    assert hit_ids(s.search_text("ЄЦБ")) == []  # the index alone: the word as written only
    assert _found(s, "ЄЦБ") == ["a1"]
    assert _found(s, "ЄЦБ ставки") == ["a1"]  # "ставки" written as typed, "ЄЦБ" as "ЕЦБ"
    assert _found(s, "Індії") == ["a3"]


def test_a_russian_spelling_finds_the_ukrainian_report_too(store):
    s = _store(store)
    # "Путин" is written (a4), "Путін" too (a2): the typed spelling's reports first, then the other's
    assert _found(s, "Путин") == ["a4", "a2"]


def test_a_spelling_no_report_writes_changes_nothing(store):
    s = _store(store)
    assert spellings(s, "повінь у Лівії") == {}  # neither "повинь" nor "Ливии" is written
    assert _found(s, "повінь") == []
    assert spellings(s, "earthquake Morocco") == {}  # not Cyrillic
    assert spellings(s, "в у") == {}  # function words under three letters are not respelt


def test_a_word_yields_at_most_a_few_spellings():
    word = "Європейській"  # є, і, ї and е: every alternation applies
    assert 0 < len(variants(word)) <= MOST_VARIANTS
    assert variants(word)[0] == "Европейський"  # the whole Ukrainian-to-Russian table first (no letter else)
    assert variants("Лівії-2024") == [] and variants("Ліві") != []
