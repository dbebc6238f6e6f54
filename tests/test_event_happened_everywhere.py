"""One day for an event everywhere (issue 10, h-dates10): the events list, the
event's page, its CLI view, the story summary's headings and the API give the
day its happening took place (``EventRow.day``, :mod:`storyline.store.happened_column`),
as the story timeline does, and still say its first report's day.

The demo's Luna-25 loss (Saturday 19 August 2023, announced on the Sunday) was
"first 2023-08-20" in ``storyline events`` and on its page while its story's
timeline said "happened 2023-08-19 · first reported 2023-08-20"."""
import datetime as dt
import json
import re

import pytest

from storyline.cli import main as cli_main

LUNA, HAPPENED, REPORTED = "Luna-25", "2023-08-19", "2023-08-20"


def _read(html: str) -> str:
    """A page's text as a reader reads it: no tags, no-break spaces as spaces."""
    return " ".join(re.sub(r"<[^>]+>", "", html).replace("&nbsp;", " ").split())


@pytest.fixture(scope="module")
def luna(client):
    rows = client.get("/api/events", params={"limit": 100}).json()["items"]
    return next(e for e in rows if LUNA in e["headline"])


def test_the_api_events_list_carries_both_days(luna):
    assert (luna["happened"], luna["first_reported"], luna["first_date"]) == (HAPPENED, REPORTED, REPORTED)


def test_an_event_not_placed_earlier_has_one_day_twice(client):
    rows = client.get("/api/events", params={"limit": 100}).json()["items"]
    same = [e for e in rows if e["happened"] == e["first_reported"]]
    assert same and all(e["first_date"] == e["happened"] for e in same)


def test_the_api_event_and_story_timeline_agree(client, luna):
    full = client.get(f"/api/events/{luna['id']}").json()
    assert (full["happened"], full["first_reported"]) == (HAPPENED, REPORTED)
    story = client.get(f"/api/stories/{luna['story_id']}").json()
    entry = next(t for t in story["timeline"] if t["event_id"] == luna["id"] and t["kind"] == "event")
    assert (entry["happened"], entry["first_reported"]) == (HAPPENED, REPORTED)


def test_the_cli_events_list_gives_the_happenings_day(demo_app, capsys, monkeypatch):
    app, _ = demo_app
    monkeypatch.setenv("COLUMNS", "220")
    assert cli_main(["--db", str(app.store.path), "events"]) == 0
    line = next(ln for ln in capsys.readouterr().out.splitlines() if LUNA in ln)
    assert re.search(rf"{HAPPENED}\s*│\s*{REPORTED}", line) or HAPPENED in line.split(LUNA)[0]
    assert cli_main(["--db", str(app.store.path), "events", "--json"]) == 0
    row = next(e for e in json.loads(capsys.readouterr().out) if LUNA in e["headline"])
    assert (row["happened"], row["first_reported"]) == (HAPPENED, REPORTED)


def test_the_cli_event_view_says_both_days(demo_app, capsys, luna):
    app, _ = demo_app
    assert cli_main(["--db", str(app.store.path), "show", str(luna["id"])]) == 0
    said = " ".join(capsys.readouterr().out.split())  # the terminal wraps the heading
    assert f"happened {HAPPENED} · first reported {REPORTED} – 2023-08-21)" in said


def test_the_event_page_and_events_list_page_give_the_happenings_day(client, luna):
    html = client.get(f"/events/{luna['id']}").text
    header = html.split('<article class="event">')[1].split("</header>")[0]  # the event's, not the site's
    assert f'<time datetime="{HAPPENED}">' in header
    assert f"happened {HAPPENED} · first reported {REPORTED} – " in _read(header)
    listing = client.get("/events").text
    card = listing.split(f'/events/{luna["id"]}"')[1].split("</article>")[0]
    assert f'datetime="{HAPPENED}"' in card


def test_the_story_summary_heads_the_event_with_its_happenings_day(demo_app, capsys, luna, client):
    app, _ = demo_app
    assert cli_main(["--db", str(app.store.path), "story", str(luna["story_id"])]) == 0
    out = capsys.readouterr().out
    assert re.search(rf"^ {HAPPENED} event {luna['id']}:", out, re.M), out[:2000]
    html = client.get(f"/stories/{luna['story_id']}").text
    assert f'<h3 class="fact-event"><time datetime="{HAPPENED}">' in html


def test_one_read_places_every_changed_event(demo_app):
    """A relink places the events it is given with one read of their reports
    (``event_leads``), not event by event (storyline.store.happened_column)."""
    app, _ = demo_app
    calls = []
    real = app.store.event_leads

    def counted(ids):
        calls.append(list(ids))
        return real(ids)
    app.store.event_leads = counted
    try:
        days = app.store.happened_days([e.id for e in app.store.events()])
    finally:
        del app.store.event_leads
    assert len(calls) == 1 and len(days) == len(app.store.events())
    luna = next(r for r in app.store.events() if LUNA in r.headline)
    assert days[luna.id] == luna.happened == dt.date.fromisoformat(HAPPENED)


def test_the_story_header_opens_on_its_first_events_happening(demo_app, capsys, luna, client):
    """The Luna-25 story's header said "2023-08-20 – 2023-08-24" above its first event's
    heading "2023-08-19": its own view places its events, so it opens where they do."""
    app, _ = demo_app
    assert cli_main(["--db", str(app.store.path), "story", str(luna["story_id"])]) == 0
    header = " ".join(capsys.readouterr().out.split("Summary")[0].split())
    assert f"happened {HAPPENED} · first reported {REPORTED} – " in header, header
    story = client.get(f"/api/stories/{luna['story_id']}").json()
    assert (story["happened"], story["first_reported"], story["first_date"]) == (HAPPENED, REPORTED, REPORTED)
    html = client.get(f"/stories/{luna['story_id']}").text
    head = html.split('<article class="story">')[1].split("</header>")[0]
    assert f'<time datetime="{HAPPENED}">' in head
    assert f"happened {HAPPENED} · first reported {REPORTED} – " in _read(head)
