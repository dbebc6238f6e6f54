"""Summaries as a reader reads them (issue 12, h-summ11).

- A quotation given to a pronoun ("«Индия теперь на Луне», — сказал он.")
  was told in the Russian Chandrayaan-3 summary after a sentence naming no
  one: it leans on the sentence naming its speaker (Modi), the nearest
  earlier one naming a person, not the nearest.
- A quotation that opens with "It" ('"It is a historic day," said Modi')
  was read as pointing back and kept from opening a summary.
- A reader of a language no report is in (French, German, Spanish for the
  Lok Sabha results) read English sentences with a Hindi one between them.
- A Hindi reader of the Derna story read a fact's German sentence where its
  English one was shown already (a repeat), and the Hindi Chandrayaan-3
  story told "इसके साथ ही भारत …" (with this, India …) right after Luna-25's
  crash: each event's part of a story opens as its summary does.

Real demo articles, the real analysis stages and encoder; the small cases
use the real fact records.
"""
from __future__ import annotations

import pytest
from conftest import demo_event_facts

from storyline.facts.candidates import candidates
from storyline.facts.model import Fact, Support, fact_from_dict, fact_to_dict
from storyline.facts.openers import points_back, points_to_person, quoted_by_pronoun
from storyline.facts.render import event_view, story_view
from storyline.facts.summarise import after_antecedents, antecedents, mmr, shown_sentence


@pytest.fixture(scope="module")
def chandrayaan():
    return demo_event_facts("chandrayaan3-landing-2023-08", 4)


@pytest.fixture(scope="module")
def lok_sabha():
    return demo_event_facts("india-results-2024-06", 10)


def test_a_quotation_given_to_him_leans_on_the_sentence_naming_its_speaker(chandrayaan):
    pool = candidates(chandrayaan)
    needs = antecedents(pool, "ru")
    quoted = [i for i in needs if shown_sentence(pool[i], "ru").text.startswith("«Индия теперь на Луне»")]
    assert quoted, "the Russian quotation of Modi is held to the person rule"
    held = {(s.article_id, s.sentence): s.text for f in pool for s in f.supports}
    for i in quoted:
        assert "Моди" in held[needs[i]], held[needs[i]]


def test_the_russian_reader_is_told_the_quotation_only_after_modi_is_named(chandrayaan):
    russian = [f["text"] for f in event_view(chandrayaan, "ru")["summary"]]
    k = next((k for k, t in enumerate(russian) if t.startswith("«Индия теперь на Луне»")), None)
    if k is not None:
        assert k and "Моди" in russian[k - 1], russian


@pytest.mark.parametrize("lang", ["de", "fr", "es"])
def test_a_reader_of_no_reports_language_reads_the_english_readers_summary(lok_sabha, lang):
    english = [(f["article_id"], f["start"]) for f in event_view(lok_sabha, "en")["summary"]]
    theirs = event_view(lok_sabha, lang)["summary"]
    assert all(f["lang"] == "en" for f in theirs), [f["text"] for f in theirs]
    assert [(f["article_id"], f["start"]) for f in theirs] == english


def test_a_fact_whose_english_sentence_is_shown_is_not_told_again_in_another_language():
    derna = demo_event_facts("derna-floods-2023-09", 7)
    for lang in ("hi", "ru"):
        for v in story_view([derna], lang)["summary"]:
            assert not (v["lang"] not in (lang, "en") and any(s["lang"] == "en" for s in v["supports"])), (
                lang, v["text"])


def test_each_events_part_of_a_story_opens_with_what_happened(chandrayaan):
    luna = demo_event_facts("luna25-crash-2023-08", 3)
    summary = story_view([luna, chandrayaan], "hi")["summary"]
    firsts = [v for k, v in enumerate(summary) if not k or summary[k - 1]["event_id"] != v["event_id"]]
    assert len(firsts) == 2
    for v in firsts:
        assert not points_back(v["sentence"], v["lang"]), [f["text"] for f in summary]


def _fact(i: int, sentence: int, text: str, names: bool = False) -> Fact:
    s = Support("a", sentence, sentence * 100, sentence * 100 + 50, text, "en", "src", "a", False)
    return Fact(i, "single-source", [s], ["a"], ["en"], naming=[0] if names else [])


def test_the_speaker_is_the_nearest_sentence_naming_a_person_else_the_nearest():
    facts = [_fact(0, 0, "Deputy District Attorney Dave Harris told the jury Peterson had no remorse.", True),
             _fact(1, 1, "During the eight-day penalty phase, prosecutors argued for death."),
             _fact(2, 2, '"Scott Peterson is the worst of the worst," he told the jury.')]
    assert antecedents(facts) == {2: ("a", 0)}
    assert after_antecedents(facts, [1, 2, 0]) == [1, 0, 2]
    nobody = [_fact(0, 0, "The trial resumed on Monday in Redwood City."), facts[1], facts[2]]
    assert antecedents(nobody) == {2: ("a", 1)}  # no person named before: the nearest, as before


def test_a_quotation_is_told_right_after_its_speaker_or_left_out():
    harris = _fact(0, 0, "Deputy District Attorney Dave Harris told the jury " + "at length " * 20, True)
    penalty = _fact(1, 1, "During the eight-day penalty phase, prosecutors argued for death.")
    quote = _fact(2, 2, '"Scott Peterson is the worst of the worst," he told the jury.')
    for f, score in ((harris, 0.5), (penalty, 0.4), (quote, 0.9)):
        f.score = score
    assert mmr([harris, penalty, quote], budget_words=200) == [0, 2, 1]
    # the speaker's sentence does not fit: the quotation is not told after the wrong one
    assert mmr([harris, penalty, quote], budget_words=20) == [1]


def test_which_sentences_name_a_person_is_stored_with_the_fact():
    f = _fact(0, 0, "Dave Harris told the jury.", True)
    assert fact_from_dict(fact_to_dict(f)).naming == [0]
    assert fact_from_dict(fact_to_dict(_fact(1, 0, "The trial resumed."))).naming == []


@pytest.mark.parametrize("text, lang, quoted", [
    ("«Индия теперь на Луне», — сказал он.", "ru", True),
    ('"We came here for this," he said.', "en", True),
    ('"It is a historic day for India," Modi said.', "en", False),  # the speaker is named
    ("« C'est un jour historique », a-t-il déclaré.", "fr", True),
    ("„Das ist ein historischer Tag“, sagte er.", "de", True),
    ('"Es un día histórico", dijo.', "es", True),
    ("Modi said India was now on the Moon.", "en", False),
])
def test_which_quotations_are_given_to_a_pronoun(text, lang, quoted):
    assert quoted_by_pronoun(text, lang) is quoted
    assert points_to_person(text, lang) is quoted


@pytest.mark.parametrize("text, lang, back", [
    ('"It is a historic day for India," Prime Minister Narendra Modi said.', "en", False),
    ("“It was a moment of great joy,” ISRO chief S. Somanath told reporters.", "en", False),
    ('"He is a liar," Zelenskiy said of Putin.', "en", False),
    ("„Es ist ein schwarzer Tag“, sagte Guterres.", "de", False),
    ("«Это прорыв», — заявил Путин.", "ru", False),
    ("It was Putin's first trip to North Korea in 24 years.", "en", True),  # no quotation: points back
    ("This is the deadliest earthquake since 1960.", "en", True),
])
def test_a_quotation_opening_with_it_does_not_point_back(text, lang, back):
    assert points_back(text, lang) is back
