"""A sentence stating a happening with no name is a claim; two rates that measure different things are apart.

Why: since names VERSION 44 a common word opening a sentence is no name
("Families slept in the open …", "Roads into the mountains were blocked by
landslides …"), and such sentences, naming no one and giving no figure, fell
out of the claim filter: the Morocco quake's English reports lost their
partners in the German and French ones.  A sentence that names the dead, the
injured, the missing or an unscheduled happening (the facts' casualty words,
the dates stage's happening nouns) states what happened.

And two percent figures paired on meaning alone across topics: the demo's ECB
2024 event put the German main refinancing rate ("4,25 Prozent"), the French
deposit rate and the Bank of England's base rate ("5.25%") in one fact; within
one language "growth of 0.9%" and "inflation at 1.9%" could conflict.  Each
names what its rate measures, and no measure is shared.
"""
from __future__ import annotations

from conftest import demo_event_facts

from storyline.facts.agreement import measures_apart
from storyline.facts.claims import claim_sentences, is_claim
from storyline.facts.disagreements import pair_conflicts
from storyline.facts.figures import numbers_in
from storyline.facts.model import ClaimSentence
from storyline.ingest.readers import from_record
from storyline.pipeline import analyse


def _claims(aid: str, lang: str, text: str):
    rec = {"id": aid, "title": "Untitled report", "text": text, "lang": lang, "source": "Wire",
           "published": "2023-09-10T10:00:00Z"}
    return claim_sentences(analyse(from_record(rec, f"test:{aid}")), "Wire")


def test_a_happening_with_no_name_is_a_claim():
    assert is_claim("Roads into the mountains were blocked by landslides, cutting off villages.",
                    False, False, False, "en")
    assert is_claim("Des éboulements bloquent toujours les routes de montagne.", False, False, False, "fr")
    assert is_claim("Дороги в горах перекрыты оползнями уже второй день.", False, False, False, "ru")
    assert is_claim("Rescuers pulled the injured from the rubble through the night.", False, False, False, "en")
    # filler, and a happening word of another language, stay out
    assert not is_claim("It was a long and difficult night in the mountains.", False, False, False, "en")
    assert not is_claim("The new accord will replace the older documents.", False, False, False, "en")
    assert not is_claim("Причины аварии установит специальная комиссия.", False, False, False, "ru")
    # "events" alone are a concert's or a sale's as well as a happening's
    assert not is_claim("Deals on tickets for local concerts, events, museums, and theater.",
                        False, False, False, "en")


def test_a_sentence_opening_with_a_common_word_is_kept_through_the_pipeline():
    text = ("The quake struck late on Friday.\n\n"
            "Families slept in the open for a second night, fearing aftershocks.")
    kept = [c.text for c in _claims("h1", "en", text)]
    assert "Families slept in the open for a second night, fearing aftershocks." in kept


def _claim(article: str, text: str, lang: str) -> ClaimSentence:
    return ClaimSentence(article_id=article, idx=0, start=0, end=len(text), text=text, lang=lang,
                         source=article, report=article, numbers=numbers_in(text, lang=lang))


def test_rates_that_measure_different_things_are_apart():
    growth = _claim("f", "La croissance est attendue à 0,9 % en 2024.", "fr")
    inflation = _claim("e", "The ECB now sees inflation averaging 2.5% this year.", "en")
    refinancing = _claim("d", "Der Hauptrefinanzierungssatz sinkt auf 4,25 Prozent.", "de")
    base = _claim("b", "The Bank of England has held its base rate at a 16-year high of 5.25% since last August.", "en")
    assert measures_apart(growth, inflation) and measures_apart(inflation, growth)
    assert measures_apart(refinancing, base)
    # one measure (two values: maybe a conflict), or a rate whose measure is unsaid, is not apart
    teuerung = _claim("g", "Die Teuerung soll in diesem Jahr bei 2,2 Prozent liegen.", "de")
    unsaid = _claim("h", "Erst 2026 soll die Rate mit 1,9 Prozent unter das Ziel fallen.", "de")
    assert not measures_apart(inflation, teuerung)
    assert not measures_apart(growth, unsaid)


def test_growth_and_inflation_do_not_conflict():
    growth = _claim("a", "Staff expect growth of 0.9% this year, the bank said.", "en")
    inflation = _claim("b", "Staff expect inflation of 1.9% this year, the bank said.", "en")
    assert pair_conflicts(growth, inflation) == []
    other = _claim("c", "Staff expect inflation of 2.5% this year, the bank said.", "en")
    assert [k for k, *_ in pair_conflicts(inflation, other)] == ["number"]  # one measure: still a conflict


def test_demo_refinancing_rate_is_not_cited_with_the_bank_of_england():
    facts = demo_event_facts("ecb-cut-2024-06", 11).facts
    for f in facts:
        texts = [s.text for s in f.supports]
        assert not (any(t.startswith("Der Hauptrefinanzierungssatz") for t in texts)
                    and any(t.startswith("The Bank of England has held") for t in texts))
