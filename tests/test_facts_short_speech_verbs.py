"""A verb of speech under four letters beside a name marks its speaker.

Why: :func:`storyline.facts.agreement.speaker_keys` reads the words next to
each person (:attr:`ClaimSentence.name_context`), and
:func:`~storyline.facts.context.context_words` keeps no word under four
letters, so "मोदी ने कहा कि …" (Modi said that …), "Lagarde a dit" or
"قال بوتين" never named a speaker, whatever :data:`~storyline.facts.context.SAYING`
held.  Beside a name, a short word of :data:`SAYING` is now kept
(``context_words(…, keep=SAYING)``); around a figure or a date short words
stay out, so the conflict rules read what they read before
(docs/benchmarks.md, h-facts22).
"""
from __future__ import annotations

from conftest import analysed_record

from storyline import demo
from storyline.facts.agreement import speaker_keys
from storyline.facts.context import SAYING, context_words
from storyline.facts.event import event_claims


def _claims(label: str):
    labels = demo.labels()
    arts = [analysed_record(r) for r in demo.records() if labels.get(r["id"], {}).get("event") == label]
    return event_claims(arts)[2]


def _speakers(claims, words: str) -> frozenset[str]:
    return speaker_keys(next(c for c in claims if words in c.text))


def test_hindi_said_names_the_speaker():
    claims = _claims("india-results-2024-06")
    assert "modi" in _speakers(claims, "मोदी ने कहा कि जनता ने")
    assert "kharge" in _speakers(claims, "खरगे ने कहा कि गठबंधन")


def test_hindi_said_names_kim_as_the_speaker():
    assert "kim" in _speakers(_claims("kim-russia-visit-2023-09"), "किम ने कहा कि रूस")


def test_short_verbs_are_kept_beside_a_name_only():
    text = "Le président a dit que 12 morts ont été retrouvés."
    at = text.index("président")
    assert "dit" in context_words(text, at, at + len("président"), 2, keep=SAYING)
    assert "dit" not in context_words(text, at, at + len("président"), 2)
    figure = text.index("12")
    around = context_words(text, figure, figure + 2)
    assert not any(len(w) < 4 for w in around)  # "que", "ont" stay out around a figure


def test_the_short_forms_are_in_the_list():
    assert {"dit", "diz", "कहा", "قال", "אמר"} <= SAYING
    assert "ने" not in SAYING  # the Hindi case marker is no verb
