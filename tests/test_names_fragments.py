"""Fragments a reader saw as names of their own (h-names7): "Modi" apart from
"Narendra Modi", "Gaga" apart from "Lady Gaga".  Real pipeline into a real
SQLite file for the demo, real extractor and resolver for the rules."""
from __future__ import annotations

import json

import pytest

from storyline import demo
from storyline.analyse.entities import extract_entities
from storyline.cli import main as cli_main

from test_entity_trust import _entity as _final, _reading, _report


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> str:
    db = str(tmp_path_factory.mktemp("fragments") / "demo.db")
    assert cli_main(["--db", db, "ingest", "-q", *[str(f) for f in demo.corpus_files()]]) == 0
    return db


def _names(db: str) -> dict[str, list[str]]:
    """Every canonical name with its aliases, through the store (the suite
    also runs with every store on PostgreSQL)."""
    from storyline.service import Storyline

    app = Storyline(db)
    try:
        return {e.name: list(e.aliases) for e in app.store.entities(limit=100_000)}
    finally:
        app.close()


def test_demo_lists_no_family_name_or_stage_name_fragment(demo_db, capsys):
    names = _names(demo_db)
    assert "Modi" not in names and "Gaga" not in names
    assert {"Modi", "Моди", "मोदी"} <= set(names["Narendra Modi"])
    assert "Lady Gaga" in names
    assert cli_main(["--db", demo_db, "entity", "Modi", "--json"]) == 0
    assert json.loads(capsys.readouterr().out.strip().splitlines()[-1])["name"] == "Narendra Modi"


def _spans(text: str, lang: str = "en", known=()) -> list[str]:
    return [m.text for m in extract_entities(text, lang, known=known)]


def test_a_known_family_name_yields_to_the_full_name_its_text_writes():
    text = "The vote leaves Prime Minister Narendra Modi dependent on allies. Modi spoke late."
    assert _spans(text, known=[("Modi", "PERSON")]) == ["Narendra Modi", "Modi"]
    # another person of the same family name is his own name, not the known one's
    assert _spans("Nico Williams scored twice. Athletic's Nico was fast.",
                  known=[("Williams", "PERSON")])[0] == "Nico Williams"
    # a run that holds a title the lexicon does not know, or a word capitalised by position, keeps the known name
    greek = "Ο Υπουργός Εξωτερικών Λόρδος Triesman είπε ότι η κυβέρνηση."
    assert "Triesman" in _spans(greek, "el", known=[("Triesman", "PERSON")])
    assert _spans("Navíc Air uvedl, že letadlo.", "cs", known=[("Air", "PERSON")]) == ["Air"]
    spans = _spans("His sister Kim Yo Jong thanked Moscow.", known=[("Kim", "PERSON"), ("Kim Jong Un", "PERSON")])
    assert spans[0] == "Kim Yo Jong"
    # a truncated name that fits two known ones stays the story's known family name
    kims = [("Kim", "PERSON"), ("Kim Jong Un", "PERSON"), ("Kim Jong Il", "PERSON")]
    assert _spans("North Korean dictator Kim Jong is arriving.", known=kims)[0] == "Kim"


def test_reports_of_a_story_join_the_family_name_to_the_one_full_name():
    first = _report("hi1", "Modi said the result was a victory. Modi thanked voters.", "en")
    second = _report("en2", "Prime Minister Narendra Modi lost his majority. Modi needs allies.", "en",
                     known=[(m.text, m.label) for m in first.entities])
    reading = _reading(first, second)
    assert _final(reading, first, "Modi") == _final(reading, second, "Narendra Modi") == _final(reading, second, "Modi")
    # two Kims of one story: the family name alone joins neither
    kims = _report("en3", "Kim Jong Un met officials. His sister Kim Yo Jong spoke.", "en")
    alone = _report("en4", "Kim arrived on Monday.", "en", known=[(m.text, m.label) for m in kims.entities])
    reading = _reading(kims, alone)
    assert _final(reading, kims, "Kim Jong Un") != _final(reading, kims, "Kim Yo Jong")
    assert _final(reading, alone, "Kim") not in {_final(reading, kims, "Kim Jong Un"), _final(reading, kims, "Kim Yo Jong")}


def test_a_style_of_address_stays_before_a_name_never_written_alone():
    assert _spans("Lady Gaga opened the show on Friday.") == ["Lady Gaga"]
    assert _spans("Le spectacle de Lady Gaga a ouvert la soirée.", "fr") == ["Lady Gaga"]
    # the word written alone, or before a family name, is a name of its own: the style is cut
    assert _spans("Lady Gaga sang. Gaga said thanks.") == ["Gaga", "Gaga"]
    assert _spans("Sir Keir Starmer spoke. Sir Keir said no.") == ["Keir Starmer", "Keir"]
