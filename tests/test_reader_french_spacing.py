"""French reader text spaces its ": ; ? !" and « » as French writes them (h-ui30).

The French catalogue had written "Les sources divergent :" with a plain space (a line
could wrap before the colon) and the code joined a label and its value with ": "
("Sujet 1: …", "aligné: “…”"), a colon with no space at all, and quoted a sentence in
English marks.  French sets a no-break
space before ":" and a narrow no-break space before ";", "?", "!" and inside « »:
the catalogue's entries get it at import (``reader_words_typography``), the
code's joins say ``say(": ")`` and its quotes are ``quoted`` (« » in French).  The other languages are as they were.
"""
from __future__ import annotations

import re

import pytest

from storyline.cli import main as cli_main
from storyline.reader_words import WORDS, say
from storyline.reader_words_typography import quoted

NBSP, NNBSP = "\u00a0", "\u202f"
FIELD = re.compile(r"\{[^{}]*\}")
# a mark French spaces, not spaced so: a plain space or none before it (or after «)
BARE = re.compile(r"(?:^|[^\u00a0\u202f]):(?=\s|$)|(?:^|[^\u202f])[;?!»](?=\s|$|\))|«(?!\u202f)")


def test_every_french_entry_spaces_its_marks():
    wrong = {k: v["fr"] for k, v in WORDS.items() if "fr" in v and BARE.search(FIELD.sub("x", v["fr"]))}
    assert not wrong, wrong
    assert say("Sources disagree:", "fr") == f"Les sources divergent{NBSP}:"
    assert say("{results} for “{q}”", "fr", results="3", q="x") == f"3 pour «{NNBSP}x{NNBSP}»"


def test_the_codes_joins_are_spaced_in_french_only():
    assert say(": ", "fr") == f"{NBSP}: " and say("; ", "fr") == f"{NNBSP}; "
    assert {say(": ", lang) for lang in ("en", "de", "es", "ru", "hi", "ar")} == {": "}
    assert say("; ", "en") == "; " and say("; ", "ar") == "؛ "
    assert quoted("x", "fr") == f"«{NNBSP}x{NNBSP}»" and quoted("x", "en") == "“x”"  # German: „x“ (h-ui31)
    # a field's own text is data: a time or a format spec keeps its colon ("publication de": a count
    # of one read "1 article publiés", h-ui37)
    assert say("{date}: {articles} published", "fr", date="10:30", articles="2") == f"10:30{NBSP}: publication de 2"


@pytest.fixture(scope="module")
def db(demo_app):
    app, _ = demo_app
    return str(app.store.path)


def _out(capsys, *argv) -> str:
    capsys.readouterr()
    assert cli_main(list(argv)) == 0
    return capsys.readouterr().out


def test_the_story_in_french_on_the_terminal(db, capsys):
    out = _out(capsys, "--db", db, "story", "1", "--lang", "fr")
    assert out.startswith(f"Sujet 1{NBSP}: "), out[:80]
    assert f"{NNBSP}; noms{NBSP}: " in out  # the code's clause mark and the catalogue's label
    assert f"aligné{NBSP}: «{NNBSP}" in out and "aligné: " not in out and "aligné :" not in out
    assert f"{NBSP}: «{NNBSP}" in out.split("\n    [")[1]  # a citation's sentence, quoted as French quotes
    english = _out(capsys, "--db", db, "story", "1")
    assert english.startswith("Story 1: ") and NBSP not in english and NNBSP not in english


def test_the_story_page_in_french(client):
    html = client.get("/stories/1?lang=fr").text
    assert f"mentionné dans la couverture{NBSP}:" in html
    assert f"aligné{NBSP}: «{NNBSP}<span lang=" in html and "aligné: “" not in html
    en = client.get("/stories/1?lang=en").text
    assert "aligned: “" in en
