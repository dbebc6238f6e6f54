"""Every phrase of the terminal's own wording is in the --lang reader's words (h-ui41, issue 12).

``storyline stories --lang ru`` printed its headlines in Russian under an English table:
"10 stories", the heads "events articles sources languages first last headline",
"5 independent sources" in every row, and ``events --lang de`` "1 report states no date:
placed by content only" under a German headline and an English note below the table.
Each command is run once in a reader language other than English on the real demo
store, and none of the CLI's English phrases may remain (the reports' own text is
left out of the check: a headline or a lead in English is the report's, not the CLI's).
"""
import re

import pytest

from storyline.cli import main as cli_main

# the CLI's own English wording, as the old code printed it in every language
LIST_PHRASES = ("independent source", "report states no date", "reports state no date",
                "Reports that state no date", "placed by content only", "date unknown",
                "of unknown source", "source unknown", "first reported")
LIST_HEADS = {"id", "events", "articles", "sources", "languages", "first", "last", "headline"}
DETAIL_PHRASES = ("independent source", "placed by content only", "date unknown", "Summary (",
                  "corroborated", "conflicting", "single-source", "Sources disagree:", "sources:",
                  "aligned with ", "before it in ", "More facts stated by more than one report",
                  "Stated by one report only", "the summary's", "copy of ", "dates:", "removed (",
                  "names:", "(mentioned)", "(event ", "Story ", "Event ", "in its events",
                  "`show EVENT`", "not in this summary", "first reported", "happened ")


def _out(app, monkeypatch, capsys, *args) -> str:
    monkeypatch.setenv("COLUMNS", "260")  # the table on one line a row: its heads readable
    assert cli_main(["--db", str(app.store.path), *args]) == 0
    return capsys.readouterr().out


def _cli_lines(out: str) -> str:
    """The lines the CLI words itself: not an article's title or lead (two spaces in, under
    its header), which are the report's text in the report's language."""
    keep, in_article = [], False
    for line in out.splitlines():
        if re.match(r"[0-9a-f]{16} \[", line):  # an article's header line: its title and lead follow
            in_article = True
            keep.append(line)
            continue
        if in_article and line.startswith("  ") and not re.match(r"  \S+( \S+)? ?(\(|:)", line):
            continue  # its title, lead and their wrapped lines
        if in_article and not line.startswith(" ") and line.strip():
            continue  # a lead's wrapped continuation
        keep.append(line)
    return "\n".join(keep)


def _fact_text_out(out: str) -> str:
    """``out`` without each fact's and citation's quoted sentence (after its "[xx] " tag):
    a report's words, in the report's language."""
    return "\n".join(re.sub(r"\[[a-z]{2}\] .*", "", line) for line in out.splitlines())


@pytest.mark.parametrize("command,lang", [("stories", "ru"), ("events", "de"), ("stories", "ar"),
                                          ("events", "uk")])
def test_a_list_says_none_of_its_english(demo_app, monkeypatch, capsys, command, lang):
    app, _ = demo_app
    out = _out(app, monkeypatch, capsys, command, "--lang", lang)
    heads = next(line for line in out.splitlines() if "┃" in line)
    shown = {h.strip() for h in heads.split("┃") if h.strip()}
    assert not shown & (LIST_HEADS - {"id"}), heads  # an id is a number's label, kept as the API names it
    title = out.strip().splitlines()[0].strip()
    assert not re.search(r"\d+ (events|stories)$", title), title
    left = [p for p in LIST_PHRASES if p in out]
    assert not left, left


def _libya(app):
    return next(e for e in app.store.events() if "Derna" in e.headline or "Darna" in e.headline or "Libya" in e.headline)


@pytest.mark.parametrize("lang,libya", [("hi", False), ("fr", True), ("uk", True)])
def test_an_event_says_none_of_its_english(demo_app, monkeypatch, capsys, lang, libya):
    """Libya's event: a conflict, a copy, an undated report; event 8: a fact's leaning context."""
    app, _ = demo_app
    event_id = _libya(app).id if libya else 8
    said = _fact_text_out(_cli_lines(_out(app, monkeypatch, capsys, "show", str(event_id), "--lang", lang)))
    left = [p for p in DETAIL_PHRASES if p in said]
    assert not left, left


@pytest.mark.parametrize("lang", ["ru", "de"])
def test_a_story_says_none_of_its_english(demo_app, monkeypatch, capsys, lang):
    app, _ = demo_app
    story = next(s for s in app.store.stories() if _libya(app).id in s.event_ids)
    said = _fact_text_out(_out(app, monkeypatch, capsys, "story", str(story.id), "--lang", lang))
    left = [p for p in DETAIL_PHRASES if p in said]
    assert not left, left


def test_reports_of_unknown_source_are_counted_in_the_readers_words():
    """The demo has no report of unknown source; a row with some said its whole count in English
    ("5 independent sources + 2 reports of unknown source") on a Russian list and page."""
    from types import SimpleNamespace

    from storyline.reader_words import sources_said, worded_in

    with worded_in("ru"):
        both = sources_said(SimpleNamespace(n_sources=5, n_unknown_source=2))
        alone = sources_said(SimpleNamespace(n_sources=0, n_unknown_source=1))
    assert both == "5 независимых источников + 2 сообщения: источник неизвестен"
    assert alone == "1 сообщение: источник неизвестен"
    with worded_in("en"):
        assert sources_said(SimpleNamespace(n_sources=5, n_unknown_source=2)) == \
            "5 independent sources + 2 reports of unknown source"
