"""The terminal's lists say "first reported" in the --lang reader's words, as the pages
do (h-dates12): ``storyline stories --lang ru`` said "first reported 2023-08-20" under the
demo's Luna-25 story (lost on 19 August 2023, first reported on the 20th) while its
page said "первое сообщение".  One phrase table for both (reader_words_pages)."""
import pytest

from storyline.cli import main as cli_main
from storyline.reader_words import WORDED_LANGS, say

HAPPENED, REPORTED = "2023-08-19", "2023-08-20"


@pytest.fixture(scope="module")
def luna(demo_app):
    app, _ = demo_app
    return next(e for e in app.store.events() if "Luna-25" in e.headline)


def _said(app, monkeypatch, capsys, *args) -> str:
    monkeypatch.setenv("COLUMNS", "260")
    assert cli_main(["--db", str(app.store.path), *args]) == 0
    return " ".join(capsys.readouterr().out.split())  # the table wraps its cells


@pytest.mark.parametrize("command,lang,words", [
    ("stories", "ru", "первое сообщение"),
    ("stories", "de", "zuerst berichtet am"),
    ("events", "fr", "premier article le"),
    ("events", "uk", "перше повідомлення"),
])
def test_the_lists_say_first_reported_in_the_readers_words(demo_app, luna, monkeypatch, capsys,
                                                          command, lang, words):
    app, _ = demo_app
    said = _said(app, monkeypatch, capsys, command, "--lang", lang)
    assert HAPPENED in said and f"{words} {REPORTED}" in said
    assert "first reported" not in said


def test_english_keeps_its_words(demo_app, luna, monkeypatch, capsys):
    app, _ = demo_app
    assert f"first reported {REPORTED}" in _said(app, monkeypatch, capsys, "stories")


def test_the_story_view_says_it_in_the_readers_words_too(demo_app, luna, monkeypatch, capsys):
    """The story view words it already (its dates as the reader's language writes them:
    "20 авг. 2023 г."); kept so the two stay one wording."""
    app, _ = demo_app
    said = _said(app, monkeypatch, capsys, "story", str(luna.story_id), "--lang", "ru")
    assert "первое сообщение" in said and "first reported" not in said


def test_every_reader_language_words_the_list_phrase_as_the_entry_does():
    """The list's phrase is the entry's second half, so a reader reads one wording in both."""
    for lang in WORDED_LANGS:
        alone = say("first reported {reported}", lang, reported="R")
        assert alone in say("happened {date} · first reported {reported}", lang, date="D", reported="R")
        assert (alone == "first reported R") == (lang == "en")
