"""`storyline story ID --lang L` and `show EVENT --lang L` print dates as the reader's
pages write them ("20 أغسطس 2023", "20 août 2023"), not ISO days (h-ui30).

The web pages had said every date in the reader's language (``reader_words_dates.shown_date``)
while the terminal's story and event output kept "2023-08-20" for the group's days,
the summary's event runs and each citation.  English keeps its ISO days, and
``--json`` its ISO fields, for scripts.
"""
from __future__ import annotations

import json
import re

import pytest

from storyline.cli import main as cli_main
from storyline.reader_words_dates import shown_date

ISO_DAY = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


@pytest.fixture(scope="module")
def demo(demo_app):
    app, _ = demo_app
    story = app.story_detail(1)
    return str(app.store.path), story


def _out(capsys, *argv) -> str:
    capsys.readouterr()
    assert cli_main(list(argv)) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("lang", ["ar", "fr", "ru"])
def test_the_story_and_its_events_say_the_readers_dates(demo, capsys, lang):
    db, detail = demo
    first = detail.story.first_date
    for argv in (("story", "1"), ("show", str(detail.story.event_ids[0]))):
        out = _out(capsys, "--db", db, *argv, "--lang", lang)
        assert not ISO_DAY.search(out), (argv, ISO_DAY.search(out).group(), out[:300])
    out = _out(capsys, "--db", db, "story", "1", "--lang", lang)
    assert shown_date(first, lang=lang) in out.splitlines()[1]  # the story's days, on its second line


def test_english_and_json_keep_iso_days(demo, capsys):
    db, detail = demo
    first = detail.story.first_date.isoformat()
    assert first in _out(capsys, "--db", db, "story", "1").splitlines()[1]
    data = json.loads(_out(capsys, "--db", db, "story", "1", "--lang", "ar", "--json"))
    assert first in json.dumps(data)
