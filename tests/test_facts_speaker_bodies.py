"""A person's body and a Greek genitive are no speaker (issue 12).

MultiLing 2011 dev's Haiti quake reports give "Mike Blanpied z USGS poznamenal,
že …" (Czech, "from USGS") and "Ο Mike Blanpied από τη USGS σημείωσε ότι …"
(Greek): the verb of speech was read as said of "USGS", the name right before
it, and not of Blanpied, whom "USGS" stood between.  Its Greek reports also
gave the owner after the genitive article as the speaker: "Ένας δημοσιογράφος
του Reuters είπε" (a journalist of Reuters said), "δήμαρχος του Λονδίνου".
Sentences from those reports, read as the gloss reads them (capitalised runs)
and as the claim stage does (spans)."""
from __future__ import annotations

from storyline.facts.speakers import name_runs, speaking


def _speakers(text: str) -> list[str]:
    runs = name_runs(text)
    return [text[s:e] for (s, e), v in zip(runs, speaking(text, runs)) if v]


def test_czech_and_greek_body_after_a_person_is_not_the_speaker():
    assert _speakers("Mike Blanpied z USGS poznamenal, že asi tři miliony lidí bylo zasaženo zemětřesením.") \
        == ["Mike Blanpied"]
    assert _speakers("Ο Mike Blanpied από τη USGS σημείωσε ότι ο σεισμός επηρέασε περίπου τρία εκατομμύρια ανθρώπους.") \
        == ["Ο Mike Blanpied"]
    assert _speakers("Mike Blanpied of the USGS said about three million people were affected.") == ["Mike Blanpied"]


def test_a_name_after_the_greek_genitive_article_is_an_owner():
    text = "Ένας δημοσιογράφος του Reuters είπε ότι είδε δεκάδες νεκρούς."
    assert "Reuters" not in _speakers(text)
    text = "Η Οργανωτική Επιτροπή του Πεκίνου είπε σε μια δήλωση τη Δευτέρα ότι καταδικάζει τις ενέργειες."
    assert "Πεκίνου" not in _speakers(text)


def test_a_preposition_without_a_person_before_it_takes_nothing():
    # "from" opening the phrase, no name before it: the name after it is as before
    text = "Petr Fiala dodal, že Česko pošle pomoc z Prahy."
    spans = [(text.index("Petr Fiala"), text.index("Petr Fiala") + len("Petr Fiala"))]
    assert speaking(text, spans) == [True]
