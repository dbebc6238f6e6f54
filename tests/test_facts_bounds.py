"""A bound is no value: "at least 5,000 dead" does not disagree with "7,000 dead" (issue 12).

The facts stage read "at least", "more than", "up to" and their like only as a
rounding (a wider tolerance), so a lower bound and a figure above it were a
conflict.  The bound now holds against a figure stated as exact, in every
language the stage reads; broken, or between two bounds, it is still a conflict.
Real analysis (the entity and date stages) on each sentence."""
from __future__ import annotations

import pytest

from storyline.facts.claims import claim_sentences
from storyline.facts.disagreements import pair_conflicts
from storyline.facts.figures import numbers_in

from test_facts import _article


def _one(text: str, lang: str, rid: str):
    a = _article({"id": rid, "source": f"{rid}.example", "lang": lang, "date": "2023-09-12",
                  "title": "Floods in Derna", "text": text})
    claims = claim_sentences(a, rid)
    assert len(claims) == 1, [c.text for c in claims]
    return claims[0]


HELD = [  # (bound sentence, exact sentence in the same language), the bound keeping the exact figure
    ("en", "At least 5,000 people died in Derna after the floods on Monday.",
     "7,000 people died in Derna after the floods on Monday."),
    ("en", "Up to 5,000 people died in Derna after the floods on Monday.",
     "4,000 people died in Derna after the floods on Monday."),
    ("fr", "Au moins 5 000 personnes sont mortes à Derna après les inondations lundi.",
     "7 000 personnes sont mortes à Derna après les inondations lundi."),
    ("de", "Mindestens 5.000 Menschen sind in Derna nach den Überschwemmungen am Montag gestorben.",
     "7.000 Menschen sind in Derna nach den Überschwemmungen am Montag gestorben."),
    ("es", "Más de 5.000 personas murieron en Derna tras las inundaciones del lunes.",
     "Un total de 7.000 personas murieron en Derna tras las inundaciones del lunes."),
    ("ru", "По меньшей мере 5000 человек погибли в Дерне после наводнения в понедельник.",
     "В Дерне после наводнения в понедельник погибли 7000 человек."),
    ("hi", "सोमवार को डेरना में बाढ़ के बाद 5,000 से अधिक लोगों की मौत हो गई।",
     "सोमवार को डेरना में बाढ़ के बाद 7,000 लोगों की मौत हो गई।"),
    ("ar", "لقي أكثر من 5000 شخص حتفهم في درنة بعد الفيضانات يوم الاثنين وفقا للسلطات.",
     "لقي 7000 شخص حتفهم في درنة بعد الفيضانات يوم الاثنين وفقا للسلطات."),
]


@pytest.mark.parametrize("lang,bound,exact", HELD, ids=[h[0] + str(i) for i, h in enumerate(HELD)])
def test_a_bound_that_holds_is_no_conflict(lang, bound, exact):
    a, b = _one(bound, lang, "bound"), _one(exact, lang, "exact")
    assert [n.bound for n in a.numbers] in (["min"], ["max"]), a.numbers
    assert [n.bound for n in b.numbers] == [""], b.numbers
    assert pair_conflicts(a, b) == []
    assert pair_conflicts(b, a) == []


BROKEN = [  # the bound does not hold: a conflict, as before
    ("en", "At least 5,000 people died in Derna after the floods on Monday.",
     "4,000 people died in Derna after the floods on Monday."),
    ("en", "Up to 5,000 people died in Derna after the floods on Monday.",
     "7,000 people died in Derna after the floods on Monday."),
    ("de", "Mindestens 5.000 Menschen sind in Derna nach den Überschwemmungen am Montag gestorben.",
     "4.000 Menschen sind in Derna nach den Überschwemmungen am Montag gestorben."),
    # two bounds are two reports' counts: the fact sample's gold calls "more than 2,000 bodies" and
    # "more than 3,500 bodies" a conflict
    ("en", "More than 2,000 bodies had been recovered in Derna after the floods on Monday.",
     "More than 3,500 bodies had been recovered in Derna after the floods on Monday."),
]


@pytest.mark.parametrize("lang,bound,other", BROKEN, ids=[b[0] + str(i) for i, b in enumerate(BROKEN)])
def test_a_broken_bound_or_two_bounds_still_conflict(lang, bound, other):
    a, b = _one(bound, lang, "bound"), _one(other, lang, "other")
    assert [k for k, *_ in pair_conflicts(a, b)] == ["number"], (a.numbers, b.numbers)


def test_bound_words_before_and_after_the_figure():
    assert [n.bound for n in numbers_in("up to 5,000 were hit")] == ["max"]
    assert [n.bound for n in numbers_in("bis zu 5.000 Menschen", lang="de")] == ["max"]
    assert [n.bound for n in numbers_in("nejméně 2 000 mrtvých", lang="cs")] == ["min"]
    assert [n.bound for n in numbers_in("τουλάχιστον 2.000 νεκροί", lang="el")] == ["min"]
    assert [n.bound for n in numbers_in("5,000 से अधिक लोग", lang="hi")] == ["min"]
    # nearly is about, no bound; nor does a bound word bound a figure it is not next to
    assert [n.bound for n in numbers_in("nearly 5,000 people died")] == [""]
    assert [n.bound for n in numbers_in("more than double the target of 5.2%")] == [""]
