"""A Hindi person with no title before them, named as the one who becomes,
is made, chosen or appointed an office ("नरेंद्र मोदी का … प्रधानमंत्री बनना",
"अमित शाह को गृह मंत्री नियुक्त किया गया"): the holder of an office is a person
(h-names23, entity_appointed).  Real extractor, on the demo's Hindi reports and
sentences written for these tests."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import entity_labels

DEMO = Path(__file__).resolve().parents[1] / "storyline" / "demo" / "articles-b.jsonl"


@pytest.mark.parametrize("text, name", [
    ("लंबी बैठक के बाद सुनीता शर्मा को राज्य का मुख्यमंत्री बनाने का फैसला किया गया।", "सुनीता शर्मा"),
    ("शपथ ग्रहण के एक दिन बाद अमित शाह को गृह मंत्री नियुक्त किया गया।", "अमित शाह"),
    ("चुनाव नतीजों के बाद नरेंद्र मोदी का तीसरी बार प्रधानमंत्री बनना लगभग तय हो गया है।", "नरेंद्र मोदी"),
])
def test_the_holder_an_appointing_clause_names_is_a_person(text, name):
    assert entity_labels(text, "hi").get(name) == "PERSON", entity_labels(text, "hi")


@pytest.mark.parametrize("text", [
    "किसी भी देश का प्रधानमंत्री बनना आसान नहीं है।",  # one word before "का": a noun
    "इस साल भारत का नया राष्ट्रपति चुना जाएगा।",  # a place before "का"
    "संसद में आज विपक्ष को नेता चुनने का अधिकार है।",  # a time word ends it: one word left
])
def test_no_person_where_no_name_stands_before_the_postposition(text):
    got = entity_labels(text, "hi")
    assert "PERSON" not in got.values(), got


def test_the_demo_reports_name_modi_whole():
    articles = {a["id"]: a for a in map(json.loads, DEMO.read_text(encoding="utf-8").splitlines())}
    for aid in ("b-033", "b-034"):
        got = entity_labels(articles[aid]["text"], "hi")
        assert got.get("नरेंद्र मोदी") == "PERSON", (aid, got)
