"""A sentence's first word that is one of its language's most frequent words,
going on into a lower-case word of its phrase, is capitalised by position and
names nothing ("Money markets now price …"); names that open a sentence stay
(h-names22).  Real extractor and pyspellchecker's word lists, on the demo's
ECB report and on sentences written for these tests."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import entity_labels
from storyline.analyse.entity_common import COMMON_TOP, common_words

DEMO = Path(__file__).resolve().parents[1] / "storyline" / "demo" / "articles-b.jsonl"


def test_the_demo_ecb_report_names_no_money():
    article = next(a for a in map(json.loads, DEMO.read_text(encoding="utf-8").splitlines()) if a["id"] == "b-019")
    got = entity_labels(article["text"], article["lang"])
    assert "Money" not in got, got
    assert {"Christine Lagarde", "Riksbank"} <= set(got), got  # (the report's names stay)


@pytest.mark.parametrize("text, lang, words", [
    ("Bonds rallied in Frankfurt and Paris. Money markets now price two cuts. Whole families were wiped out.", "en",
     {"Money", "Whole"}),
    ("Le Kremlin a démenti. Quelques heures plus tard, la Bourse a rebondi. Reste à savoir si Berlin suivra.", "fr",
     {"Quelques", "Reste"}),
    ("Путин прибыл в Пхеньян. Тем временем в Москве похолодало. Пять лет назад всё было иначе.", "ru",
     {"Тем", "Пять"}),
    ("Três suspeitos foram presos em Recife. Logo depois, a Petrobras suspendeu as obras.", "pt", {"Três", "Logo"}),
])
def test_a_frequent_word_opening_a_sentence_is_no_name(text, lang, words):
    got = entity_labels(text, lang)
    assert not words & set(got), got
    assert len(got) >= 2, got  # the sentences' names are still found


def test_names_opening_a_sentence_stay():
    got = entity_labels("Bonds fell. Putin said talks would resume. Apple recalls its chargers. Kyiv denied it. "
                        "Merkel declined to comment. Reuters reported the deal.", "en")
    assert {"Putin", "Apple", "Kyiv", "Merkel", "Reuters"} <= set(got), got


def test_a_frequent_word_the_text_capitalises_mid_sentence_stays():
    """"Time" is among English's most frequent words; the magazine named
    mid-sentence before says the sentence's first "Time" is it."""
    got = entity_labels("She spoke to Time magazine on Monday, and the interview ran online. "
                        "Time editors said the cover was chosen weeks ago.", "en")
    assert "Time" in got, got
    assert "time" in common_words("en")


def test_a_frequent_word_before_punctuation_is_left_to_the_other_rules():
    """Only a word that goes on into a lower-case word of its phrase is read here: "Money, …" is not."""
    assert "money" in common_words("en") and len(common_words("en")) == COMMON_TOP
    assert "apple" not in common_words("en") and "putin" not in common_words("en")
    assert common_words("xx") == frozenset()  # no list: nothing dropped
