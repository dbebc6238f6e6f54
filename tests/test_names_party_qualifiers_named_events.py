"""A party's bracketed qualifier and a championship's names (h-names39, issue 12).

* "Janata Dal (United)" was cut at the bracket: the qualifier was dropped as a frequent
  word (or "Marxist" made an ORG of its own), so every faction of a party was keyed as
  the parent party and "Janata Dal (United)" and "Janata Dal (Secular)", two parties,
  were one entity.  The qualifier joins the organisation's name now
  (``entity_qualifiers``), in Latin and Devanagari; an acronym in brackets stays the
  name's short form.
* The demo's football final is "Euro 2024" in English and French and "Eurocopa" in
  Spanish: two entities.  The lexicon's ``named_events`` row files both under the
  championship's English name; the German currency "Euro" is not filed so.
"""
from __future__ import annotations

from storyline.analyse.entities import extract_entities
from storyline.analyse.entity_resolver import EntityResolver
from storyline.records import Article
from storyline.service_names import _Reading


def _found(text: str, lang: str) -> dict[str, str]:
    return {m.text: m.label for m in extract_entities(text, lang)}


def test_a_bracketed_qualifier_is_part_of_the_partys_name():
    got = _found("The Telugu Desam Party with 16 seats and the Janata Dal (United) from Bihar with 12 joined.", "en")
    assert got.get("Janata Dal (United)") == "ORG" and "Janata Dal" not in got, got
    got = _found("The Communist Party of India (Marxist) and the CPI(M) cadres met the Janata Dal (Secular).", "en")
    assert {"Communist Party of India (Marxist)", "CPI(M)", "Janata Dal (Secular)"} <= set(got), got
    assert "Marxist" not in got, got
    got = _found("नायडू की तेलुगु देशम पार्टी (टीडीपी) और नीतीश कुमार के जनता दल (यूनाइटेड) की भूमिका अहम है.", "hi")
    assert got.get("जनता दल (यूनाइटेड)") == "ORG", got


def test_an_acronym_a_place_or_a_persons_party_in_brackets_stays_apart():
    got = _found("The Telugu Desam Party (TDP) and Reliance Industries (India) said so.", "en")
    assert {"Telugu Desam Party", "TDP", "Reliance Industries", "India"} <= set(got), got
    got = _found("भारतीय जनता पार्टी (भाजपा) ने कहा.", "hi")
    assert "भारतीय जनता पार्टी" in got and "भारतीय जनता पार्टी (भाजपा)" not in got, got


PARTIES = [
    ("en", "Kumar's Janata Dal (United) from Bihar won 12 seats."),
    ("hi", "नीतीश कुमार के जनता दल (यूनाइटेड) की भूमिका अहम हो गई है."),
    ("en", "In Karnataka the Janata Dal (Secular) won two seats."),
]


def test_the_factions_are_two_entities_and_each_one_across_scripts():
    articles = [Article(id=f"{lang}{n}", origin="test", title="", text=text, raw_text=text, lang=lang, event_id=1,
                        entities=extract_entities(text, lang))
                for n, (lang, text) in enumerate(PARTIES)]
    reading = _Reading()
    assert reading.read(articles, {1: 1})
    _checkpoint, final = reading.finish({1: 1})
    root = {surface: final[eid] for eid, _a, _s, _e, surface in reading.raw}
    assert root["Janata Dal (United)"] == root["जनता दल (यूनाइटेड)"] != root["Janata Dal (Secular)"], root
    assert reading.row(root["Janata Dal (United)"]).name == "Janata Dal (United)"


def test_euro_and_eurocopa_are_one_championship_and_the_currency_is_not():
    r = EntityResolver()
    euro = r.add("Euro", "MISC", "en1", lang="en")
    copa = r.add("Eurocopa", "MISC", "es1", lang="es")
    assert r.resolve(euro) == r.resolve(copa)
    assert r.resolve(r.add("Euro", "MISC", "fr1", lang="fr")) == r.resolve(copa)  # "meilleur joueur de l'Euro"
    alone = EntityResolver()
    currency = alone.add("Euro", "MISC", "de1", lang="de")  # "Der Euro gab nach": the currency
    assert alone.resolve(alone.add("Eurocopa", "MISC", "es1", lang="es")) != alone.resolve(currency)
