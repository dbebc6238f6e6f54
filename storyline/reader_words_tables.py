"""A reader language kept in its own table, keyed by the catalogue's English, merged into the catalogue.

Arabic was the first (:func:`storyline.reader_words_ar.add_arabic`, which also checks its
duals); Portuguese, Italian and Ukrainian (h-ui36) are merged here, one rule for the three:
every key of the catalogue has the language's wording and no entry names a key the
catalogue lacks (a changed English key fails at import, not silently in English on a
page), each counted noun has as many forms as the language's CLDR categories
(:data:`storyline.reader_words_plural.CLDR_FORMS`), and no entry writes a field spec but
``:oblique``.
"""
from __future__ import annotations

from storyline.reader_words_case import OBLIQUE, specs


def add_table(lang: str, table: dict[str, str], counted_table: dict[str, tuple[str, ...]],
              words: dict[str, dict[str, str]], counted: dict[str, dict[str, tuple[str, ...]]],
              n_forms: int) -> None:
    """Put ``lang``'s ``table`` (English key -> text) and ``counted_table`` (noun -> its
    ``n_forms`` forms) into the catalogue's ``words`` and ``counted``; raise, naming the
    language and the keys, for a stray key, a key left without wording, a noun with the
    wrong number of forms or a field spec other than ``:oblique``."""
    stray = sorted((table.keys() - words.keys()) | (counted_table.keys() - counted.keys()))
    if stray:
        raise KeyError(f"{lang} wording for no such catalogue key: {stray}")
    for key, text in table.items():
        words[key][lang] = text  # a kind's "a bot check" shares its entry with "bot check", so gets it too
    for noun, forms in counted_table.items():
        counted[noun][lang] = forms
    missing = sorted(k for k, by_lang in {**words, **counted}.items() if lang not in by_lang)
    if missing:
        raise KeyError(f"no {lang} wording for: {missing}")
    wrong = sorted(noun for noun, forms in counted_table.items() if len(forms) != n_forms)
    if wrong:
        raise ValueError(f"{lang} counted nouns without {n_forms} forms: {wrong}")
    odd = sorted(key for key, text in table.items() if specs(text) - {OBLIQUE})
    if odd:
        raise ValueError(f"{lang} wording with a field spec other than ':{OBLIQUE}': {odd}")
