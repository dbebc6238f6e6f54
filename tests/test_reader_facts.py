"""What a reader is told about dates and sources must be true (issue 11).

A report with no date of its own never lends its event's date nor receives
it: it is marked "placed by content only" in the CLI, the API and the pages,
and a timeline entry built from it says its date is unknown.  Reports whose
source is unknown are said to be so, never counted as named independent sources.
"""
from __future__ import annotations

import datetime as dt
import json

import pytest
from fastapi.testclient import TestClient

from storyline.api import create_app
from storyline.cli import main as cli_main
from storyline.ingest.readers import from_record
from storyline.records import Article, DateMention
from storyline.store.records import EventRow
from storyline.timeline import build_timeline

D = dt.date


def _art(aid, event_id, published, dates=(), title=None, source=None):
    return Article(id=aid, origin=aid, title=title or aid, text="x", raw_text="x", lang="en",
                   published=published, event_id=event_id, source=source,
                   sentences=[f"The lead sentence of article {aid} is here."], dates=list(dates))


def test_an_undated_report_neither_lends_nor_receives_its_events_date():
    june = EventRow(1, "Putin in Pyongyang", 3, 0, ["en"], D(2024, 6, 19), D(2024, 6, 20))
    sept_said = "Kim saw the car when he visited Russia last September."
    arts = [_art("dated", 1, D(2024, 6, 20)),
            # undated, and its own "last September" has nothing to resolve against
            _art("undated", 1, None, [DateMention("in September 2023", 0, 5, D(2023, 9, 1),
                                                  "month", sept_said)], title="Kim goes to Moscow")]
    tl = build_timeline([june], arts)
    dated = [e for e in tl if e.date is not None]
    assert [e.label for e in dated] == ["2024-06-19"]
    assert [c.article_id for c in dated[0].citations] == ["dated"]  # not the undated report
    (unknown,) = [e for e in tl if e.date is None]
    assert unknown.label == "date unknown" and unknown.placed_by == "content"
    assert unknown.event_id == 1 and unknown.title == "Kim goes to Moscow"
    assert [c.article_id for c in unknown.citations] == ["undated"]
    assert tl[-1] is unknown  # after every dated entry
    # an event of undated reports only has no date either
    alone = EventRow(2, "Undated happening", 1, 0, ["en"], None, None)
    (entry,) = build_timeline([alone], [_art("u2", 2, None)])
    assert entry.date is None and entry.placed_by == "content"


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory):
    """The three seed articles ingested as a new user would: no --date."""
    from conftest import shared_path

    seeds = shared_path("seeds")
    db = str(tmp_path_factory.mktemp("seeds") / "seeds.db")
    assert cli_main(["--db", db, "ingest", "-q", str(seeds)]) == 0
    return db


def _json(capsys, argv):
    assert cli_main(argv) == 0
    return json.loads(capsys.readouterr().out)


def test_seeds_undated_report_is_marked_everywhere(seeds_db, capsys):
    """Seed 002 (Kim's train to Moscow, Sept 2023) states no date.  Whether or
    not it joins the June 2024 event, nothing shows it as a June 2024 happening."""
    events = _json(capsys, ["--db", seeds_db, "events", "--json"])
    articles = []
    for ev in events:
        shown = _json(capsys, ["--db", seeds_db, "show", str(ev["id"]), "--json"])
        articles += shown["articles_list"]
        assert shown["articles"] == len(shown["articles_list"]) == ev["articles"]
        assert ev["undated_articles"] == sum(not a["dated"] for a in shown["articles_list"])
        if ev["undated_articles"]:
            assert "placed by content only" in ev["undated_summary"]
    # an event of undated reports only has no dates: null, as in the API, never ""
    only_undated = [ev for ev in events if ev["undated_articles"] == ev["articles"]]
    assert only_undated and all(ev["first_date"] is None and ev["last_date"] is None
                                for ev in only_undated)
    undated = [a for a in articles if a["published"] is None]
    assert undated and all(a["placed_by"] == "content" and not a["dated"] for a in undated)
    kim = [a for a in articles if "Kim Jong-un’s arrival" in a["title"]]
    assert kim and kim[0]["published"] is None
    # every timeline entry citing an undated report says its date is unknown
    for st in _json(capsys, ["--db", seeds_db, "stories", "--json"]):
        story = _json(capsys, ["--db", seeds_db, "story", str(st["id"]), "--json"])
        for entry in story["timeline"]:
            cited = {c["article_id"] for c in entry["citations"]}
            if cited & {a["id"] for a in undated} and entry["kind"] == "event":
                assert entry["date"] is None and entry["label"] == "date unknown", entry
                assert entry["placed_by"] == "content" and entry["dated"] is False
    # the text output says so too
    for st in _json(capsys, ["--db", seeds_db, "stories", "--json"]):
        assert cli_main(["--db", seeds_db, "story", str(st["id"])]) == 0
        out = " ".join(capsys.readouterr().out.split())
        if "Kim Jong is arriving in Moscow" in out:
            # the timeline's entry (the last mention; the summary, which heads each
            # event with its date, states it above)
            line = out.rsplit("Kim Jong is arriving in Moscow", 1)[0].rsplit("(event", 1)
            assert "date unknown" in line[0][-40:] and "placed by content only" in line[1]
            summary = out.split("Kim Jong is arriving in Moscow")[0].rsplit(" event ", 1)[0]
            assert summary.endswith("date unknown"), summary[-80:]


def test_seeds_unknown_sources_are_not_independent_sources(seeds_db, capsys):
    events = _json(capsys, ["--db", seeds_db, "events", "--json"])
    assert sum(e["sources"] for e in events) == 0
    assert sum(e["unknown_source_reports"] for e in events) == 3
    assert cli_main(["--db", seeds_db, "events"]) == 0
    out = capsys.readouterr().out
    assert "independent source" not in out and "sources unknown" in out or "source unknown" in out
    assert cli_main(["--db", seeds_db, "show", str(events[0]["id"])]) == 0
    out = capsys.readouterr().out
    assert "independent source" not in out and "?" not in out.split("\n")[0]


def test_api_and_pages_mark_undated_reports_and_unknown_sources(tmp_path):
    """API fields (`dated`, `placed_by`, `undated_articles`, `unknown_source_reports`)
    and the page badge, over the real pipeline: two dated reports with named
    sources and an undated one of unknown source about the same landing."""
    from storyline.service import Storyline

    db = str(tmp_path / "x.db")
    text = ("India's Chandrayaan-3 spacecraft landed near the south pole of the Moon, making "
            "India the first country to touch down there. The Vikram lander settled on the "
            "lunar surface as scientists at the ISRO control centre in Bengaluru cheered. ")
    rows = [{"id": "a", "source": "one.example", "date": "2023-08-23", "title": "Chandrayaan-3 lands",
             "text": text + "Modi called it a success for humanity."},
            {"id": "b", "source": "two.example", "date": "2023-08-23",
             "title": "India lands on the Moon",
             "text": "ISRO's lander Vikram touched down close to the lunar south pole on "
                     "Wednesday evening, a first for any country. Cheers filled the mission "
                     "control room in Bengaluru, and Prime Minister Narendra Modi congratulated "
                     "the scientists of the Chandrayaan-3 mission. The rover will study the soil."},
            {"id": "c", "title": "Moon landing for India",
             "text": "Chandrayaan-3 has landed: the Indian Space Research Organisation put its "
                     "Vikram lander down near the Moon's south pole, where no country had landed "
                     "before. Scientists in Bengaluru applauded. The Pragyan rover will roll out "
                     "of the lander soon to study the lunar soil."}]
    app = Storyline(db)
    app.ingest([from_record(r, f"t:{r['id']}") for r in rows])
    app.close()
    with TestClient(create_app(db, "tok"), base_url="http://localhost") as client:
        items = {a["external_id"]: a for a in client.get("/api/articles").json()["items"]}
        assert items["c"]["dated"] is False and items["c"]["placed_by"] == "content"
        assert items["a"]["dated"] is True and items["a"]["placed_by"] == "date and content"
        ev = client.get(f"/api/events/{items['a']['event_id']}").json()
        assert ev["sources"] == 2 and ev["first_date"] == "2023-08-23"
        assert items["c"]["event_id"] == items["a"]["event_id"]  # one landing, by content
        assert ev["undated_articles"] == 1 and ev["unknown_source_reports"] == 1
        assert ev["sources_summary"] == "2 independent sources + 1 report of unknown source"
        assert ev["last_date"] == "2023-08-23"  # the undated report lends no date
        html = client.get(f"/events/{items['c']['event_id']}").text
        assert "1 report states no date: placed by content only" in html
        assert "2 independent sources + 1 report of unknown source" in html
        assert "source unknown" in html
        page = client.get(f"/articles/{items['c']['id']}").text
        assert 'class="badge undated"' in page and "date unknown" in page


def test_a_story_in_json_lists_every_fact_of_its_events(seeds_db, capsys):
    """``story --json`` (and ``/api/stories/{id}``, the same serializer) gives
    the story's ``facts``, each labelled and cited to sentences with their
    language, as ``show --json`` gives an event's: it gave counts and an empty
    list (and a null ``summary_headline``).  Every fact of every event once; the seeds' Aurus gift is
    corroborated in English and Hindi."""
    for st in _json(capsys, ["--db", seeds_db, "stories", "--json"]):
        story = _json(capsys, ["--db", seeds_db, "story", str(st["id"]), "--json"])
        assert len(story["facts"]) == sum(story["fact_counts"].values()) > 0
        assert story["summary_headline"] == story["headline"]  # it was null
        per_event = {}
        for ev in story["events_list"]:
            shown = _json(capsys, ["--db", seeds_db, "show", str(ev["id"]), "--json"])
            per_event[ev["id"]] = [f["text"] for f in shown["facts"]]
        assert {f["event_id"] for f in story["facts"]} <= set(per_event)
        for eid, texts in per_event.items():
            assert [f["text"] for f in story["facts"] if f["event_id"] == eid] == texts
        for f in story["facts"]:
            assert f["label"] in ("corroborated", "single-source", "conflicting")
            assert f["supports"] and all(s["article_id"] and s["lang"] for s in f["supports"])
        aurus = [f for f in story["facts"] if "gifted" in f["text"] and "February" in f["text"]]
        assert aurus and aurus[0]["label"] == "corroborated" and set(aurus[0]["languages"]) == {"en", "hi"}
