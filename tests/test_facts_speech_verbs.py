"""A name beside any common verb of speech, not "said" alone, is its sentence's speaker.

Why: :func:`storyline.facts.agreement.speaker_keys` withholds a speaker's
name from the agreement of two sentences (who says a thing is no part of
what is said), but read only the one-word cues of
:data:`~storyline.facts.context.REPORTING_VERBS` ("said", "sagte"), so the
demo's "La politique monétaire reste néanmoins restrictive, a souligné
Christine Lagarde" named no speaker.  :data:`~storyline.facts.context.SPEECH_VERBS`
(past, present and participle forms in the corpus's languages) joins :data:`~storyline.facts.context.SAYING`,
which the conflict rules read as well.  "Declared" stays out: "Macron
formally declared the Games open" and "Emmanuel Macron a déclaré les Jeux
ouverts" state one act, his name its evidence (docs/benchmarks.md, h-facts21).

A verb under four letters ("मोदी ने कहा कि …", Modi said that …; "Lagarde a
dit"; "قال بوتين") was never read: :func:`~storyline.facts.context.context_words`
keeps no shorter word.  Beside a name such a word of :data:`SAYING` is now
kept (``context_words(…, keep=SAYING)``); around a figure or a date short
words stay out, so the conflict rules read what they read before
(docs/benchmarks.md, h-facts22).
"""
from __future__ import annotations

from conftest import analysed_record

from storyline import demo
from storyline.facts.agreement import speaker_keys
from storyline.facts.context import SAYING, SPEECH_VERBS, context_words
from storyline.facts.event import event_claims


def _claims(label: str):
    labels = demo.labels()
    arts = [analysed_record(r) for r in demo.records() if labels.get(r["id"], {}).get("event") == label]
    return event_claims(arts)[2]


def _speakers(claims, words: str) -> frozenset[str]:
    return speaker_keys(next(c for c in claims if words in c.text))


def test_a_verb_of_speech_in_french_names_the_speaker():
    assert "lagarde" in _speakers(_claims("ecb-cut-2024-06"), "a souligné Christine Lagarde")


def test_declaring_the_games_open_is_an_act_and_no_speaker():
    claims = _claims("paris-opening-ceremony-2024-07")
    assert not _speakers(claims, "formally declared the Games open")
    assert not _speakers(claims, "a déclaré les Jeux ouverts")


def test_the_list_the_conflict_rules_read_holds_the_forms():
    assert {"stressed", "souligné", "subrayó", "betonte", "подчеркнула"} <= SAYING
    assert not {"according", "selon", "según"} & SAYING  # the source phrases are a list of their own
    assert not {"declared", "déclaré"} & SAYING
    assert "sagen" not in SPEECH_VERBS  # "hat … Haftar das Sagen" (the say: a noun)


def test_hindi_said_names_the_speaker():
    claims = _claims("india-results-2024-06")
    assert "modi" in _speakers(claims, "मोदी ने कहा कि जनता ने")
    assert "kharge" in _speakers(claims, "खरगे ने कहा कि गठबंधन")
    assert "kim" in _speakers(_claims("kim-russia-visit-2023-09"), "किम ने कहा कि रूस")


def test_short_verbs_are_kept_beside_a_name_only():
    text = "Le président a dit que 12 morts ont été retrouvés."
    at = text.index("président")
    assert "dit" in context_words(text, at, at + len("président"), 2, keep=SAYING)
    assert "dit" not in context_words(text, at, at + len("président"), 2)
    figure = text.index("12")
    assert not any(len(w) < 4 for w in context_words(text, figure, figure + 2))  # "que", "ont" stay out


def test_the_short_forms_are_in_the_list():
    assert {"dit", "diz", "कहा", "قال", "אמר"} <= SAYING
    assert "ने" not in SAYING  # the Hindi case marker is no verb
