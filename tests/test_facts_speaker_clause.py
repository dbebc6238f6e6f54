"""A verb of speech a few words after a name, in its clause, makes the name its speaker.

Why: :func:`storyline.facts.agreement.speaker_keys` withholds a speaker's
name from the agreement of two sentences (who says a thing is no part of
what is said), but it read a name only with a verb of speech among the two
words either side of it.  French and Russian put an adverb or an aside
between ("Guterres, s'est dit", "Lagarde a notamment souligné", "Путин, в
свою очередь, заявил"), German an auxiliary and a time ("Scholz hat am
Montag gesagt"): no speaker.  :func:`storyline.facts.speakers.speaking`
reads a verb up to four words after the name in its clause, and the gloss
test (:func:`storyline.facts.gloss.speaker_keys`, text alone) reads it the
same way, where it took the four words before a cue within a comma
(docs/benchmarks.md, h-facts24).
"""
from __future__ import annotations

from conftest import analysed_record

from storyline.facts.agreement import speaker_keys
from storyline.facts.claims import claim_sentences
from storyline.facts.gloss import speaker_keys as gloss_speaker_keys

GUTERRES = "Le secrétaire général de l'ONU, Antonio Guterres, s'est dit « profondément choqué » par le bilan de 40 morts."
LAGARDE_FR = "Christine Lagarde a notamment souligné que la BCE restait prête à agir si l'inflation dépassait 2,5 %."
SCHOLZ = "Bundeskanzler Olaf Scholz hat am Montag gesagt, die Regierung werde 200 Millionen Euro bereitstellen."
PUTIN_RU = "Владимир Путин, в свою очередь, заявил, что Россия поставит 50 тысяч тонн зерна в Африку."
BEFORE_OTHER = "Christine Lagarde met Vladimir Putin in Frankfurt, who told reporters the talks went well."
MET_AND_SAID = "Vladimir Putin met Kim Jong Un on Wednesday and said the talks had lasted five hours."


def _speakers(text: str, lang: str) -> frozenset[str]:
    article = analysed_record({"id": f"t-{lang}-{abs(hash(text)) % 10000}", "title": "Report",
                               "text": text + "\n\nThe report was published on 12 June 2024 by the agency.",
                               "lang": lang, "published": "2024-06-12"})
    claim = next(c for c in claim_sentences(article, "r1") if c.text.startswith(text[:20]))
    return speaker_keys(claim)


def test_a_verb_after_an_aside_names_the_speaker_in_french_german_and_russian():
    assert "guterres" in _speakers(GUTERRES, "fr")
    assert "lagarde" in _speakers(LAGARDE_FR, "fr")
    assert "scholz" in _speakers(SCHOLZ, "de")
    assert "putin" in _speakers(PUTIN_RU, "ru")


def test_a_verb_after_another_name_is_that_names():
    assert "lagarde" not in _speakers(BEFORE_OTHER, "en")  # Putin (or Frankfurt) stands between


def test_a_verb_past_a_conjunction_is_another_clauses():
    said = _speakers(MET_AND_SAID, "en")
    assert "kim" not in said and "kim jong un" not in said  # Putin said it; Kim is whom he met


def test_the_gloss_test_reads_the_speaker_as_the_agreement_does():
    assert {"guterres", "putin"} <= gloss_speaker_keys(GUTERRES, "fr") | gloss_speaker_keys(PUTIN_RU, "ru")
    assert "lagarde" in gloss_speaker_keys(LAGARDE_FR, "fr")
    assert "lagarde" not in gloss_speaker_keys(BEFORE_OTHER, "en")
    # the cases the gloss test read before stay read: a cue before a short phrase, the name before a cue
    assert "peskova" in gloss_speaker_keys("По словам Пескова, лидеры обменялись подарками.", "ru")
    assert "ushakov" in gloss_speaker_keys("Об этом сообщил помощник президента Юрий Ушаков.", "ru")
    assert "peskov" in gloss_speaker_keys("Kremlin spokesman Dmitry Peskov said no agreements were planned.", "en")
