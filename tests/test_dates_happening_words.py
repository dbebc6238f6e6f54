"""A short happening stem is a whole word or one of its noun forms [h-dates8].

"coup" began "couple" and "coupon", "riot" "riotous", "атак" "атакующий",
"σφαγ" "σφαγείο" (the slaughterhouse), "हमल" "हमलावर" (the attacker), and "दंग" alone is "astonished", so
a date after "the coupons of" read as past and "A couple of hours later …" was
a claim stating a happening (claims.states_happening).  The sentences are
written for these tests; expected dates are worked out by hand from the
publication date."""
from __future__ import annotations

import datetime as dt

import pytest

from storyline.analyse.dates import resolve_dates
from storyline.analyse.dates_happenings import happening_word
from storyline.facts.claims import states_happening
from storyline.records import date_iso

MAY = dt.date(2024, 5, 16)  # the nearer 10 July is two months ahead


@pytest.mark.parametrize("lang,word", [
    ("en", "couple"), ("en", "coupon"), ("en", "coupled"), ("en", "riotous"),
    ("ru", "атакующий"), ("el", "σφαγείο"), ("hi", "हमलावर"), ("hi", "दंग"),
    ("ar", "هجومية"),
])
def test_a_word_a_short_stem_only_begins_is_no_happening(lang, word):
    assert not happening_word(lang, word)


@pytest.mark.parametrize("lang,word", [
    ("en", "coup"), ("en", "coups"), ("en", "riots"), ("en", "rioting"),
    ("ru", "атаки"), ("ru", "путча"), ("cs", "útoku"), ("cs", "útoky"),
    ("el", "σφαγή"), ("he", "בטבח"), ("ar", "هجوم"),
    ("hi", "हमले"), ("hi", "हमलों"), ("hi", "दंगों"), ("hi", "बाढ़"), ("hi", "घटनाओं"),
    # long stems still begin their compounds and forms
    ("en", "earthquakes"), ("de", "Brandanschlag"), ("en", "floodwaters"),
])
def test_a_short_stem_and_its_noun_forms_are_happenings(lang, word):
    assert happening_word(lang, word)


@pytest.mark.parametrize("text,lang,expected", [
    ("A couple of hours later the shops on the square opened again.", "en", False),
    ("Она была атакующим полузащитником клуба много лет подряд.", "ru", False),
    ("दर्शक उस शाम के प्रदर्शन से दंग रह गए थे।", "hi", False),
    ("Both coups were crushed within hours by loyal troops.", "en", True),
    ("शहर में दंगों के बाद कर्फ्यू लगा दिया गया।", "hi", True),
])
def test_a_sentence_states_a_happening_only_by_a_happening_word(text, lang, expected):
    assert states_happening(text, lang) is expected


@pytest.mark.parametrize("text,expected", [
    # a coupon is no happening: the clause's future decides
    ("The coupons of 10 July will be honoured at every store.", ["2024-07-10"]),
    # a coup is: its day is past whatever the verb
    ("A tribunal will try the leaders of the coup of 10 July.", ["2023-07-10"]),
])
def test_a_date_after_a_word_a_stem_only_begins_keeps_its_clause(text, expected):
    got = sorted(date_iso(m.value, m.precision) for m in resolve_dates(text, MAY, "en"))
    assert got == expected
