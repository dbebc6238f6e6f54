"""A Ukrainian case form of a gazetteer place is that place, wherever the sentence puts it (h-search21).

Two readings lost it.  The lexicon had no Ukrainian function words (``stopwords``,
``place_preps``, ``conjunctions`` held Russian's, not Ukrainian's), so a sentence that
opens with its preposition, "В Одесі пролунали вибухи", made one PERSON of "В Одесі"
(and "У Києві", "До Києва", "Над Одесою"), and "Він" (he) was a MISC name.  And the
Ukrainian stemmer cut a dialect reflexive "-си" off every noun, so the genitive "Одеси"
(of Odesa) stemmed to "од" and named nothing ("до Одеси", "з Одеси": MISC).
Real lexicon, real extractor."""
from __future__ import annotations

import pytest

from storyline.analyse.entities import extract_entities
from storyline.analyse.ukrainian_stem import ukrainian_stem


def _names(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in extract_entities(text, "uk")]


@pytest.mark.parametrize(("text", "place"), [
    ("В Одесі пролунали вибухи.", "Одесі"),
    ("У Києві відбулася зустріч.", "Києві"),
    ("Над Одесою збили дрони.", "Одесою"),
    ("До Херсона приїхали рятувальники.", "Херсона"),
    ("Зерновий коридор з Одеси закрито.", "Одеси"),
    ("Він приїхав до Одеси вчора.", "Одеси"),
])
def test_a_ukrainian_case_form_of_a_place_is_the_place(text, place):
    names = _names(text)
    assert (place, "PLACE") in names, names
    assert not any(label == "PERSON" for _, label in names), names  # no preposition joined to it


def test_a_ukrainian_pronoun_is_no_name():
    assert _names("Він приїхав до Одеси вчора.") == [("Одеси", "PLACE")]


def test_the_genitive_of_a_noun_in_sa_keeps_its_stem():
    # "-си" is no reflexive of standard Ukrainian ("-ся", "-сь" are): "Одеси" is "Одеса"'s genitive
    assert ukrainian_stem("одеси") == ukrainian_stem("одеса") == "одес"
    assert ukrainian_stem("траси") == ukrainian_stem("траса")
    assert ukrainian_stem("сталося") == ukrainian_stem("сталось")  # the reflexives still go
