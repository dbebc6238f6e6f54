"""A country the sentence names keys alike in every language.

Why: the facts' name keys are transliterations and sound skeletons, and a
country's names often share neither across languages: in the seeds' June
event "Russia" keyed as "russia" and "रूस" as "rus", "North Korea" as "north
korea" and "उत्तर कोरिया" as "uttar koriya", so two sentences naming both
countries agreed on neither.  The gazetteer knows every country's names; a
city or a state gets no country key ("Moscow" is not "Russia").
"""
from __future__ import annotations

from storyline.analyse.where import country_named
import numpy as np

from storyline.facts.agreement import claim_keys, key_overlap, name_agreement
from storyline.facts.model import ClaimSentence


def _claim(article: str, text: str, lang: str, places: dict[str, str]) -> ClaimSentence:
    return ClaimSentence(article_id=article, idx=0, start=0, end=len(text), text=text, lang=lang,
                         source=article, report=article, names=sorted(places), places=sorted(places),
                         name_text=places)


def test_a_country_is_named_alike_in_every_language():
    assert country_named("Russia", "en") == country_named("रूस", "hi") == "RU"
    assert country_named("России", "ru") == country_named("Russland", "de") == "RU"  # a case form
    assert country_named("North Korea", "en") == country_named("उत्तर कोरिया", "hi") == "KP"
    assert country_named("Moscow", "en") is None  # a city of Russia is not Russia
    assert country_named("मास्को", "hi") is None
    assert country_named("Florida", "en") is None  # a state


def test_sentences_naming_one_country_in_two_scripts_share_its_key():
    en = _claim("a", "This attempt to show the connection between Russia and North Korea has gone viral.",
                "en", {"russia": "Russia", "north korea": "North Korea"})
    hi = _claim("b", "रूस और उत्तर कोरिया के बीच गहरे होते संबंधों को मजबूत करता हैं.", "hi",
                {"rus": "रूस", "uttar koriya": "उत्तर कोरिया"})
    city = _claim("c", "Kim Jong Un arrived in Moscow by train on Tuesday evening.", "en",
                  {"kim jong un": "Kim Jong Un", "moscow": "Moscow"})
    assert {"@RU", "@KP"} <= claim_keys(en, countries=True) & claim_keys(hi, countries=True)
    assert not {k for k in claim_keys(city, countries=True) if k.startswith("@")}
    assert key_overlap([claim_keys(en), claim_keys(hi), claim_keys(city)])[0, 1] == 0  # by letters alone
    agreement = name_agreement([en, hi, city])
    assert agreement[0, 1] > 0 and agreement[1, 0] == agreement[0, 1]


def test_within_one_language_a_country_is_not_counted_twice():
    """Within a language "Russia" is one key already; a country key beside it
    would weigh the country twice against the other names."""
    a = _claim("a", "Russia and North Korea signed a pact in Pyongyang on Wednesday.", "en",
               {"russia": "Russia", "north korea": "North Korea", "pyongyang": "Pyongyang"})
    b = _claim("b", "Russia says the pact with North Korea is defensive.", "en",
               {"russia": "Russia", "north korea": "North Korea"})
    c = _claim("c", "Kim Jong Un welcomed Putin in Pyongyang.", "en",
               {"kim jong un": "Kim Jong Un", "pyongyang": "Pyongyang"})
    plain = key_overlap([claim_keys(x) for x in (a, b, c)])
    assert np.allclose(name_agreement([a, b, c]), plain)
