"""A Cyrillic query word's other spellings by Ukrainian and Russian letters, as the store writes them.

Why: Ukrainian and Russian write one name or word with letters that differ
by є/е, і/и, ї/і ("ЄЦБ" / "ЕЦБ", the ECB; "Путіна" / "Путина"; "Індії" /
"Индии"), and a reader types the spelling of their own language or
keyboard.  The full-text index holds each word as a report writes it
(:mod:`storyline.store.word_key` folds no є into е: that would be a
migration of both backends, and Ukrainian "е" is Russian "э", so the fold
would join Ukrainian words that differ by it), so a Ukrainian "ЄЦБ" found no
Russian report of the ECB.  This is the query side of it: nothing stored
changes.

Bounded so it cannot flood: a word of :data:`MIN_LETTERS` letters or more
yields at most :data:`MOST_VARIANTS` spellings, each one alternation applied
to all the word's letters it reads (:data:`ALTERNATIONS`, the whole
Ukrainian-to-Russian table first: "Лівії" -> "Ливии"), never a letter here
and not there; and a spelling is kept only where a stored report writes it
as it is (:meth:`~storyline.store.base.Store.written_languages`, the index's
own vocabulary), so a variant no report writes costs one look-up and
changes nothing.  A word then matches in any of its kept spellings, the
others as they are (an OR per word, AND across words, on every backend:
:meth:`~storyline.store.base.Store.search_text`'s ``spellings``).
"""
from __future__ import annotations

from storyline.search_cases import TO_RUSSIAN, cyrillic
from storyline.store.base import Store
from storyline.store.records import SearchFilters

# each a spelling the other language (or keyboard) gives the same word, tried in this order:
# Ukrainian letters in Russian ones (є е, і и, ї и, ґ г at once: "Лівії" -> "Ливии"), then
# one letter pair at a time either way ("Ливия" -> "Лівія", "ЕЦБ" -> "ЄЦБ", "Кієв" -> "Києв")
ALTERNATIONS = (TO_RUSSIAN,
                str.maketrans("єЄ", "еЕ"), str.maketrans("іІ", "иИ"), str.maketrans("їЇ", "іІ"),
                str.maketrans("иИ", "іІ"), str.maketrans("еЕ", "єЄ"), str.maketrans("іІ", "їЇ"))
MOST_VARIANTS = 3  # spellings a word yields at most (before the index keeps those it writes)
MIN_LETTERS = 3    # shorter words ("у", "в", "і": in, and) are function words, not respelt


def variants(word: str) -> list[str]:
    """The other spellings of a Cyrillic ``word`` by :data:`ALTERNATIONS`, at
    most :data:`MOST_VARIANTS`, the likeliest first; none for a word that is
    not all Cyrillic letters (one index token) or is under :data:`MIN_LETTERS`."""
    if len(word) < MIN_LETTERS or not word.isalpha() or not cyrillic(word):
        return []
    out = [v for v in dict.fromkeys(word.translate(t) for t in ALTERNATIONS) if v != word]
    return out[:MOST_VARIANTS]


def written_variants(store: Store, word: str) -> list[str]:
    """The spellings of :func:`variants` a stored report writes as they are.
    Whether ``word`` itself is written does not matter: a store of Russian
    and Ukrainian reports writes "Путин" in the ones and "Путін" in the others."""
    return [v for v in variants(word) if store.written_languages(v)]


def spellings(store: Store, query: str) -> dict[str, list[str]]:
    """Each word of ``query`` that has :func:`written_variants`, with them;
    empty where no word has one.  Kept per word, not as one respelt query: a
    report may write one word as typed and another in the other spelling
    ("Путин Індії", a Russian keyboard's name beside a Ukrainian word, over a
    Ukrainian report's "Путін ... Індії" and a Russian one's "Путин ...
    Индии"; a Ukrainian report's "Путін ... ЕЦБ" for "Путін ЄЦБ"), and
    :meth:`Store.search_text` matches each word in any of its spellings."""
    return {w: vs for w in dict.fromkeys(query.split()) if (vs := written_variants(store, w))}


def word_matches(store: Store, query: str, spelt: dict[str, list[str]], limit: int,
                 filters: SearchFilters | None = None) -> list[str]:
    """The reports :meth:`Store.search_text` finds for ``query``, then those it
    finds with each word also in its other spellings ``spelt``
    (:func:`spellings`) not among them, at most ``limit``: the words as typed
    rank first, the other spellings only add reports."""
    found = [a for a, _ in store.search_text(query, limit, 0, filters)]
    if spelt:
        seen = set(found)
        found += [a for a, _ in store.search_text(query, limit, 0, filters, spelt) if a not in seen]
    return found[:limit]
