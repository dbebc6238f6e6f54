"""A sentence whose subject is a pronoun for a person its report named before
is told right after the sentence before it, or not at all (issue 12).

The demo's Russian Kakhovka summary showed "По его словам, уровень воды в
городе поднялся на несколько метров …" (according to *him*) four sentences
before the one naming him, Nova Kakhovka's mayor Vladimir Leontyev.  Real
demo articles, the real analysis stages and encoder.
"""
from __future__ import annotations

import pytest
from conftest import demo_event_facts

from storyline.facts.openers import points_to_person
from storyline.facts.render import event_view

LANGS = ("en", "hi", "de", "fr", "es", "ru")


@pytest.fixture(scope="module")
def kakhovka():
    return demo_event_facts("kakhovka-dam-2023-06", 1)


def test_according_to_him_follows_the_mayor_it_quotes(kakhovka):
    russian = [f["text"] for f in event_view(kakhovka, "ru")["summary"]]
    k = next((k for k, t in enumerate(russian) if t.startswith("По его словам")), None)
    if k is not None:  # told, then right after the sentence naming him
        assert k and "Леонтьев" in russian[k - 1], russian


@pytest.mark.parametrize("lang", LANGS)
def test_every_person_pointer_a_summary_tells_follows_its_reports_sentence_before_it(kakhovka, lang):
    summary = event_view(kakhovka, lang)["summary"]
    for k, f in enumerate(summary):
        if points_to_person(f["sentence"], f["lang"]):
            before = summary[k - 1] if k else None
            assert before and before["article_id"] == f["article_id"] and before["end"] <= f["start"], (
                lang, [v["text"] for v in summary])


@pytest.mark.parametrize("text, lang, person", [
    ("По его словам, уровень воды в городе поднялся на несколько метров.", "ru", True),
    ("По её словам, эвакуация продолжается.", "ru", True),
    ("Он заявил, что плотина разрушена.", "ru", True),
    ("Она позволила вывозить украинское зерно из трех портов.", "ru", False),  # the deal, a thing
    ("He said the water had risen by several metres.", "en", True),
    ("She added that no one was hurt.", "en", True),
    ("It was Putin's first trip to North Korea in 24 years.", "en", False),  # the event (h-summ8)
    ("Er sagte, der Damm sei gebrochen.", "de", True),
    ("Er wurde in den 1950er-Jahren gebaut.", "de", False),  # der Damm
    ("Es war das zweite Treffen der beiden.", "de", False),
    ("Selon lui, le niveau de l'eau a monté.", "fr", True),
    ("D'après elle, rien n'est perdu.", "fr", True),
    ("Il a déclaré que la situation était grave.", "fr", True),
    ("Il s'agit du plus grave séisme depuis 1960.", "fr", False),
    ("Según él, la presa fue volada desde dentro.", "es", True),
    ("Este miércoles, el BCE subió los tipos.", "es", False),
    ("उन्होंने कहा कि बांध टूट गया है.", "hi", True),
    ("इसके साथ ही भारत चांद पर उतरने वाला चौथा देश बन गया.", "hi", False),
    ("Er sagte nichts.", "ja", False),  # no list for the language
])
def test_which_sentences_point_to_a_person(text, lang, person):
    assert points_to_person(text, lang) is person
