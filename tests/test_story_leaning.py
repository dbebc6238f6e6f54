"""A story's facts are shown with the sentence they lean on, as its events' are (h-ui37, issue 12).

The event page shows "before it in Meridian Times: … Narendra Modi …" over "He said the
success belonged to all of humanity" (:mod:`storyline.facts.leaning`, h-facts25); the story
page, ``storyline story`` and the API's story listed the same kind of fact alone.  The
service's story summary now sets ``context`` as the event's does, on every fact and on a
summary's fact whose leaned-on sentence the summary has not told before it.  Real demo
store (``demo_app``), real CLI, real API, real page in a real browser.
"""
from __future__ import annotations

import json

import pytest
from test_browser import browser, shot  # noqa: F401  (fixtures)
from test_browser_demo import demo_server  # noqa: F401  (fixture)
from test_browser_reader_plain import _at

from storyline.facts.leaning import unless_told_before


@pytest.fixture(scope="module")
def stories(demo_app):
    """Each demo story's summary view (English reader), by story id."""
    app, _ = demo_app
    return {s.id: app.story_summary(s.id, "en") for s in app.store.stories()}


def _events_context(app) -> dict[tuple[int, int], dict | None]:
    """(event, fact) -> the context the event's page shows with it."""
    out = {}
    for ev in app.store.events():
        for f in (app.event_summary(ev.id, "en") or {}).get("facts", []):
            out[(f["event_id"], f["id"])] = f["context"]
    return out


def test_a_story_s_facts_carry_the_context_their_event_s_page_shows(demo_app, stories):
    app, _ = demo_app
    by_event = _events_context(app)
    leaning = 0
    for view in stories.values():
        for f in view["facts"]:
            assert f["context"] == by_event[(f["event_id"], f["id"])], f["text"]
            leaning += f["context"] is not None
    assert leaning >= 10  # the demo's events list 21 such facts; its stories hold most of them


def _summary_leaning(stories) -> list[tuple[int, dict]]:
    return [(sid, f) for sid, view in stories.items() for f in view["summary"] if f["context"]]


def test_a_story_summary_shows_the_context_it_does_not_tell(stories):
    shown = _summary_leaning(stories)
    assert shown, "no summarised fact of a demo story leans on a sentence the summary leaves out"
    for sid, f in shown:
        told = {(g["article_id"], g["start"]) for g in stories[sid]["summary"]}
        assert (f["context"]["article_id"], f["context"]["start"]) not in told, f["text"]
        assert f["context"]["end"] <= f["start"] and f["context"]["article_id"] == f["article_id"]


def test_a_context_told_just_before_is_not_said_twice():
    told = {"article_id": "a", "start": 0, "supports": [], "context": None}
    leaning = {"article_id": "a", "start": 40, "supports": [],
               "context": {"article_id": "a", "start": 0, "text": "Modi spoke."}}
    elsewhere = {"article_id": "b", "start": 90, "supports": [],
                 "context": {"article_id": "b", "start": 50, "text": "Putin spoke."}}
    unless_told_before([told, leaning, elsewhere])
    assert leaning["context"] is None and elsewhere["context"]["text"] == "Putin spoke."


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def test_the_cli_story_and_the_api_story_show_it(demo_app, stories, client, capsys):
    from storyline.cli import main as cli_main

    app, _ = demo_app
    sid, f = _summary_leaning(stories)[0]
    assert cli_main(["--db", str(app.store.path), "story", str(sid)]) == 0
    lines = capsys.readouterr().out.splitlines()
    at = next(k for k, line in enumerate(lines) if f["text"][:40] in line)
    # the line under its fact, indented as its other lines (h-ui41: above it, it read as the fact above's)
    assert lines[at + 1].lstrip().startswith("before it in "), lines[at + 1]
    assert f["context"]["text"][:30] in lines[at + 1]
    assert _indent(lines[at + 1]) == _indent(lines[at]) + 4
    assert not lines[at - 1].lstrip().startswith("before it in "), lines[at - 1]
    body = client.get(f"/api/stories/{sid}", headers={"Authorization": "Bearer tok"}).json()
    listed = {(g["event_id"], g["id"]): g for g in body["summary"]}
    assert listed[(f["event_id"], f["id"])]["context"]["text"] == f["context"]["text"]
    assert any(g["context"] for g in body["facts"])


@pytest.mark.parametrize("width", [390, 1280])
def test_the_story_page_shows_it_quietly_before_the_fact(demo_server, browser, stories, width):  # noqa: F811
    sid, f = _summary_leaning(stories)[0]
    with _at(browser, width) as pg:
        pg.goto(f"{demo_server}/stories/{sid}")
        item = pg.locator(f"li#s-{f['event_id']}-{f['id']}")
        item.scroll_into_view_if_needed()
        context = item.locator(".lean-context")
        assert f["context"]["text"][:30] in context.inner_text()
        assert context.inner_text().startswith(f"before it in {f['context']['source']}:")
        assert context.locator("a").get_attribute("href").startswith(f"/articles/{f['article_id']}?cite=")
        assert context.bounding_box()["y"] < item.locator(".fact-text").bounding_box()["y"]
        shot(pg, f"h-ui37-story-leaning-{width}")
