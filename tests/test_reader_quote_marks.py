"""A reader's quotes are their language's: German „…“, Russian, Spanish and Arabic «…» (h-ui31).

h-ui30 gave French its « » and left every other reader "“…”" around the sentences the
code quotes (a gloss, a citation of ``storyline story --lang``), while the catalogue's
own entries already wrote „{q}“ in German and «{q}» in Russian, Spanish and Arabic:
one line could quote in two manners.  One table (``reader_words_typography.QUOTE_MARKS``)
now says each language's marks; the page's ``<q>`` is drawn by the stylesheet's
``html[lang=…] q`` rule, held here to the same table, and the catalogue's own quotes too.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from storyline.cli import main as cli_main
from storyline.reader_words import WORDS
from storyline.reader_words_typography import NNBSP, QUOTE_MARKS, quote_marks, quoted

CSS = Path(__file__).resolve().parent.parent / "storyline" / "web" / "static" / "style.css"
READERS = ("en", "de", "es", "fr", "hi", "ru", "ar", "pt", "it", "uk")
RULE = re.compile(r'html\[lang="([a-z]+)"\] q(?:, html\[lang="([a-z]+)"\] q)?\s*\{\s*quotes:\s*"([^"]+)"\s*"([^"]+)"')


def _css_text(value: str) -> str:
    """A CSS string's text: its ``\\202F`` escapes as the characters they stand for."""
    return re.sub(r"\\([0-9A-Fa-f]{1,6}) ?", lambda m: chr(int(m.group(1), 16)), value)


def test_each_reader_quotes_in_their_languages_marks():
    said = {lang: quoted("x", lang) for lang in READERS}
    assert said == {"en": "“x”", "de": "„x“", "es": "«x»", "fr": f"«{NNBSP}x{NNBSP}»", "hi": "“x”",
                    "ru": "«x»", "ar": "«x»", "pt": "“x”", "it": "«x»", "uk": "«x»"}  # the last three: h-ui36


def test_the_page_draws_its_quotes_with_the_same_marks():
    drawn = {}
    for m in RULE.finditer(CSS.read_text(encoding="utf-8")):
        for lang in filter(None, m.group(1, 2)):
            drawn[lang] = (_css_text(m.group(3)), _css_text(m.group(4)))
    assert drawn == {lang: quote_marks(lang) for lang in READERS}


def test_the_catalogues_own_quotes_are_its_languages():
    wrong = {}
    for key, said in WORDS.items():
        for lang, text in said.items():
            marks = {mark.strip(NNBSP) for mark in quote_marks(lang)}
            if set(re.findall(r"[“”„«»]", text)) - marks:
                wrong[(key, lang)] = text
    assert not wrong, wrong
    assert set(QUOTE_MARKS) <= set(READERS)


@pytest.fixture(scope="module")
def square_db(tmp_path_factory) -> str:
    from test_cli_entity_words import square_rows

    folder = tmp_path_factory.mktemp("quote-marks")
    src = folder / "square.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in square_rows()), encoding="utf-8")
    db = str(folder / "square.db")
    assert cli_main(["--db", db, "ingest", "-q", str(src)]) == 0
    return db


def test_the_terminal_quotes_a_citation_as_the_reader_does(square_db, capsys):
    def citations(lang: str) -> list[str]:
        capsys.readouterr()
        assert cli_main(["--db", square_db, "story", "1", "--lang", lang]) == 0
        return [line for line in capsys.readouterr().out.splitlines() if line.startswith("    [")]

    de, ru, en = citations("de"), citations("ru"), citations("en")
    assert de and all(": „" in line for line in de), de
    assert ru and all(": «" in line for line in ru), ru
    assert en and all(": “" in line for line in en), en
