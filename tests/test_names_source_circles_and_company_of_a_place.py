"""Two wrong names issue 12's agreement across scripts read [h-names35].

* German "aus Regierungskreisen", "aus Nato-Kreisen" (from government, from Nato circles: the
  sources a report cites) were PLACE names: the preposition read as a place's, the word as a
  name.  "Kreise", "Kreisen" (circles; the plural of "Kreis") is a common noun, alone or as a
  compound's last part (the lexicon's German ``noun_suffixes`` and ``bare_nouns``), as
  "Medienberichten" is: no name, and in a hyphened compound only the known body before it
  ("Nato") is one.  A district, which "Kreis" also is, is named in the singular
  ("Rhein-Sieg-Kreis", "Kreis Heinsberg"): those are guards.
* Chinese "密苏里州公司" (a Missouri company) was an ORG: a place right before "公司" (company)
  only says where a company is from.  A head of the lexicon's ``han_cues`` ``org_kind_heads``
  needs a word of its own between the place and it ("土耳其航空公司", Turkish Airlines) to name one.

Real extractor, word lists and where index; the sentences are written for these tests.  Every
case of the first two tests fails on main; the guards pass on both."""
from __future__ import annotations

import pytest

from conftest import assert_named


@pytest.mark.parametrize("text, named, not_named", [
    ("Das sagte man aus Regierungskreisen am Montag.", {}, "Regierungskreisen"),
    ("Wie aus Sicherheitskreisen verlautete, sei die Lage ernst.", {}, "Sicherheitskreisen"),
    ("In Diplomatenkreisen in Berlin hieß es, man verhandle.", {"Berlin": "PLACE"}, "Diplomatenkreisen"),
    ("Aus Nato-Kreisen hieß es, die Übung beginne.", {"Nato": "ORG"}, "Nato-Kreisen"),
    ("Aus Kreisen der Bundesregierung hieß es, man sei informiert.", {}, "Kreisen"),
])
def test_circles_a_report_cites_are_no_place(text, named, not_named):
    assert_named(text, "de", named, not_named)


@pytest.mark.parametrize("text, named, not_named", [
    ("一家密苏里州公司被起诉。", {"密苏里州": "PLACE"}, "密苏里州公司"),
    ("美国公司和日本公司都表示反对。", {"美国": "PLACE", "日本": "PLACE"}, "美国公司"),
])
def test_a_place_before_company_names_no_company(text, named, not_named):
    assert_named(text, "zh", named, not_named)


@pytest.mark.parametrize("text, lang, named, not_named", [
    ("土耳其航空公司周三表示，航班恢复。", "zh", {"土耳其航空公司": "ORG"}, "土耳其"),  # a word between
    ("中国人民银行周三表示，利率不变。", "zh", {"中国人民银行": "ORG"}, "中国"),  # another head
    ("Die Gäste kamen aus dem Kreis Heinsberg.", "de", {"Heinsberg": "PLACE"}, "Kreis"),  # a district
    ("Wie aus SPD-Kreisen verlautete, ist die Entscheidung gefallen.", "de", {"SPD": "ORG"}, "SPD-Kreisen"),
])
def test_guards(text, lang, named, not_named):
    assert_named(text, lang, named, not_named)

