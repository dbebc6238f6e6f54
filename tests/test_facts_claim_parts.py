"""Two claims joined by a semicolon are two claims (issue 12).

The demo's Kakhovka report writes "Kyiv said Russia had mined and blown up the
dam to hamper a Ukrainian counteroffensive; Moscow said Ukraine had shelled
it." as one sentence: one claim, so the half that aligned with another report's
fact dragged the other into it.  The claim stage now cuts it at the semicolon
where both halves are claims with a verb, with offsets into the article's text."""
from __future__ import annotations

from storyline import demo
from storyline.facts.claims import claim_sentences
from storyline.facts.clauses import claim_parts, has_verb

from test_facts import _article


def test_demo_sentence_of_two_claims_is_cut_at_its_semicolon():
    rec = next(r for r in demo.records() if "Moscow said Ukraine had shelled it" in r.get("text", ""))
    a = _article(rec)
    claims = claim_sentences(a, rec["source"])
    kyiv = [c for c in claims if c.text.startswith("Kyiv said Russia had mined")]
    moscow = [c for c in claims if c.text.startswith("Moscow said Ukraine had shelled it")]
    assert len(kyiv) == 1 and len(moscow) == 1, [c.text for c in claims]
    assert kyiv[0].idx == moscow[0].idx  # one sentence of the article, two claims
    for c in kyiv + moscow:  # offsets exact into the article
        assert a.text[c.start:c.end] == c.text
    assert not kyiv[0].text.endswith(";") and ";" not in moscow[0].text


def test_no_cut_where_a_half_is_no_clause():
    text = "Aid went to Derna, Benghazi and Tobruk; Sirte too."  # a short half: no claim of its own
    assert claim_parts(text, 0, len(text), "en", lambda s, e: True) == [(0, len(text))]
    text = "The storm hit Derna on Sunday night; a city of 100,000 people on the coast."
    assert claim_parts(text, 0, len(text), "en", lambda s, e: True) == [(0, len(text))]  # no verb after
    text = "Le barrage a cédé lundi à Derna ; les secours ont trouvé 2 000 corps."
    parts = claim_parts(text, 0, len(text), "fr", lambda s, e: True)
    assert [text[s:e] for s, e in parts] == ["Le barrage a cédé lundi à Derna", "les secours ont trouvé 2 000 corps."]
    text = "انهار السد يوم الاثنين في درنة؛ وعثرت فرق الإنقاذ على 2000 جثة."
    parts = claim_parts(text, 0, len(text), "ar", lambda s, e: True)
    assert len(parts) == 2 and text[parts[1][0]:parts[1][1]].startswith("وعثرت")


def test_has_verb():
    assert has_verb("the toll is 5,000 in the city", "en")
    assert has_verb("der Damm brach am Dienstag", "de")
    assert not has_verb("Derna, Benghazi and Tobruk", "en")


def test_demo_half_pointing_back_stays_with_its_sentence():
    """The demo's "It was Putin's first trip to North Korea in 24 years; his previous visit, in 2000,
    was to meet Kim's father, Kim Jong Il." is one fact (the fact sample's gold): "his" points back."""
    rec = next(r for r in demo.records() if "his previous visit, in 2000" in r.get("text", ""))
    claims = claim_sentences(_article(rec), rec["source"])
    assert [c for c in claims if c.text.startswith("It was Putin's first trip") and "his previous visit" in c.text]
