"""The speaker of a sentence is the subject of the clause holding its verb of speech.

Why: :func:`storyline.facts.agreement.speaker_keys` withholds a speaker's name
from the agreement of two sentences (who says a thing is no part of what is
said).  It read a verb of speech within two words of the name, so the demo's
"Le secrétaire général de l'ONU, António Guterres, s'est dit profondément
déçu", "Le président Emmanuel Macron s'est dit bouleversé" and "Christine
Lagarde a toutefois refusé d'affirmer que le pic était atteint" named no
speaker (the last held "la décima subida … que preside Christine Lagarde" in
the "could not say the peak" fact on her name), while "Macron told Lagarde
that …" made its object a speaker.  :func:`storyline.facts.speakers.speaks`
reads the clause: the name, then only words that open no clause (auxiliaries,
reflexives, adverbs, negation, a weekday, a comma-enclosed insertion), then
the verb; or the verb right before a name that ends its clause
(docs/benchmarks.md, h-facts23).
"""
from __future__ import annotations

import pytest
from conftest import analysed_record

from storyline import demo
from storyline.facts.agreement import claim_keys, speaker_keys
from storyline.facts.claims import claim_sentences
from storyline.facts.event import event_claims
from storyline.facts.speakers import speaks


def _claims(label: str):
    labels = demo.labels()
    arts = [analysed_record(r) for r in demo.records() if labels.get(r["id"], {}).get("event") == label]
    return event_claims(arts)[2]


def _speakers(claims, words: str) -> frozenset[str]:
    return speaker_keys(next(c for c in claims if words in c.text))


def test_an_appositive_name_before_a_reflexive_verb_speaks():
    assert "guterres" in _speakers(_claims("grain-deal-exit-2023-07"), "António Guterres, s'est dit")


def test_a_subject_before_s_est_dit_speaks():
    assert "macron" in _speakers(_claims("morocco-quake-2023-09"), "Emmanuel Macron s'est dit bouleversé")


def test_lagarde_refusing_to_affirm_speaks_and_the_relative_clause_name_does_not():
    claims = _claims("ecb-hike-2023-09")
    assert "lagarde" in _speakers(claims, "a toutefois refusé d'affirmer")
    tenth = next(c for c in claims if "la décima subida" in c.text)  # "… que preside Christine Lagarde dejó …"
    assert "lagarde" in claim_keys(tenth) and not speaker_keys(tenth)


def test_an_object_after_told_is_no_speaker():
    article = analysed_record({"id": "told", "source": "wire", "lang": "en", "date": "2024-06-06", "title": "ECB",
                               "text": "President Emmanuel Macron told Christine Lagarde that the bank had to act "
                                       "on prices this year."})
    keys = set().union(*(speaker_keys(c) for c in claim_sentences(article, "wire")))
    assert "macron" in keys and "lagarde" not in keys


def _reads(text: str, name: str) -> bool:
    i = text.index(name)
    return speaks(text, i, i + len(name))


@pytest.mark.parametrize("text,name", [
    ("Lagarde hat am Montag betont, dass die Zinsen hoch bleiben.", "Lagarde"),
    ("Ким Чен Ын, в свою очередь, сказал, что отношения вышли на новый уровень.", "Ким Чен Ын"),
    ("Kim, speaking through an interpreter, said Russia had risen to a sacred fight.", "Kim"),
    ("बैठक के बाद खरगे ने कहा कि गठबंधन सही समय पर सही फैसला लेगा", "खरगे"),
    ("Lagarde se negó a decir si el ciclo había terminado.", "Lagarde"),
    ("La politique monétaire reste restrictive, a souligné Christine Lagarde, qui s'est refusée à tout engagement.",
     "Christine Lagarde"),
    ("وقال بوتين إن روسيا مستعدة", "بوتين"),
])
def test_the_clause_subject_or_the_inverted_name_speaks(text, name):
    assert _reads(text, name)


@pytest.mark.parametrize("text,name", [
    ("The ECB, which Lagarde heads, said rates would stay high.", "Lagarde"),  # a relative clause's subject
    ("Reporters asked Lagarde, who declined to comment.", "Lagarde"),  # an object, then a relative clause
    ("The ECB said Lagarde would travel to Sintra.", "Lagarde"),  # the verb has its own subject
    ("Lagarde's decision to say nothing surprised markets.", "Lagarde"),  # a possessive
    ("Macron and Lagarde met in Paris, and the minister said talks went well.", "Lagarde"),  # another clause's verb
])
def test_a_name_outside_the_verb_s_clause_does_not_speak(text, name):
    assert not _reads(text, name)
