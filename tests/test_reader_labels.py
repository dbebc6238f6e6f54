"""Labels a journalist reads on the demo's pages, in words.

The mentions chart names its periods as every other page writes a date
("Sep 2023", not the month key "2023-09") in its title, axis, caption, table
and dot tooltips, while the JSON keeps the ISO keys; a story chart draws no
empty row; a page the gate kept out says why in plain words (the API keeps
the gate's reason beside its ``label``), on the page, in the terminal and
in the JSON.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import re
from contextlib import redirect_stdout

import pytest
from fastapi.testclient import TestClient

from test_gate import REPORTS, add_not_articles

from storyline.api import create_app
from storyline.cli import main as cli_main
from storyline.ingest.readers import from_record

MONTH_KEY = re.compile(r"\b(?:19|20)\d\d-(?:0[1-9]|1[0-2])\b(?!-\d)")  # "2023-09", not a day "2023-09-13"
GATE_JARGON = re.compile(r"characters of story prose|[a-z]+(?:-[a-z]+)? text in \d+ lines?")


def _month_entity(client):
    """A name the demo charts by month (its reports span more than three months)."""
    for item in client.get("/api/entities", params={"limit": 40}).json()["items"]:
        periods = client.get(f"/api/entities/{item['id']}").json()["mentions_by_period"]
        if len(periods) > 1 and len(periods[0]["period"]) == 7:
            return item["id"], periods
    pytest.fail("the demo has no name charted by month")


def test_the_mentions_chart_names_months_in_words(client):
    ent, periods = _month_entity(client)
    html = client.get(f"/entities/{ent}").text
    chart = html[html.index('<figure class="sparkline">'):html.index("</figure>")]
    assert not MONTH_KEY.search(chart), MONTH_KEY.findall(chart)
    words = [dt.date.fromisoformat(p["period"] + "-01").strftime("%b %Y") for p in (periods[0], periods[-1])]
    title = re.search(r'<title id="sp-title">([^<]*)</title>', chart).group(1)
    assert f"{words[0]} to {words[1]}" in title and "per month" in title, title
    xlabels = re.findall(r'<text class="x-label"[^>]*>([^<]*)</text>', chart)
    assert xlabels[0] == words[0] and xlabels[-1] == words[-1], xlabels
    assert all(re.fullmatch(r"[A-Z][a-z]{2} \d{4}", x) for x in xlabels), xlabels
    rows = re.findall(r"<tr><td>([^<]+)</td><td>(\d+)</td></tr>", chart)
    assert rows and all(re.fullmatch(r"[A-Z][a-z]{2} \d{4}", p) for p, _ in rows), rows
    tips = re.findall(r"<circle [^>]*><title>([^<]*)</title>", chart)
    assert len(tips) == len(periods) and tips[0].startswith(f"{words[0]}: "), tips[:2]
    n = periods[0]["articles"]
    assert tips[0] == f"{words[0]}: {n} article{'s' if n != 1 else ''}"


def test_a_one_event_story_draws_no_empty_row(demo_app, client):
    app, _ = demo_app
    single = [s for s in app.store.stories() if len(s.event_ids) == 1]
    assert single
    checked = 0
    for st in single:
        kinds = {e.kind for e in app.story(st.id)["timeline"] if e.date is not None}
        html = client.get(f"/stories/{st.id}").text
        fig = html[html.index('<figure class="timeline">'):html.index("</figure>")]
        rows = re.findall(r'<text class="row-label" [^>]*>([^<]*)</text>', fig)
        drawn = re.findall(r'<circle class="(\w+)"', fig)
        assert set(drawn) == kinds and len(rows) == len(kinds), (st.id, rows, kinds)
        checked += "mentioned" not in kinds
    assert checked, "no one-event story without a mentioned date in the demo"


@pytest.fixture
def flagged_db(db_path):
    from storyline.service import Storyline

    app = Storyline(db_path)
    app.ingest([from_record(r, f"test:{r['id']}") for r in REPORTS])
    flagged = add_not_articles(app)
    app.close()
    return db_path, flagged


def test_a_page_kept_out_says_why_in_plain_words(flagged_db):
    db, flagged = flagged_db
    with TestClient(create_app(db, "tok"), base_url="http://localhost") as c:
        items = c.get("/api/not-articles").json()["items"]
        assert {i["id"] for i in items} == set(flagged)
        for i in items:  # the machine reason stays, a label in words beside it
            assert GATE_JARGON.search(i["reason"]), i["reason"]
            assert i["label"] and not GATE_JARGON.search(i["label"]), i
            assert i["kind"] in i["kind_label"] or i["kind"] not in i["label"], i  # "paywall" said in words
            assert i["kind_label"] in i["label"], i
        wall = next(i for i in items if i["kind"] == "paywall")
        assert wall["kind_label"] == "subscription wall" and "“réservé aux abonnés”" in wall["label"]
        one = c.get(f"/api/articles/{wall['id']}").json()
        assert one["not_article_reason"] == wall["reason"] and one["not_article_label"] == wall["label"]
        page = c.get("/not-articles").text
        assert not GATE_JARGON.search(re.sub(r'title="[^"]*"', "", page))  # the stored reason: a tooltip only
        reasons = re.findall(r'<p class="reason"[^>]*>(.*?)</p>', page, re.S)
        assert len(reasons) == len(flagged) and all(r.startswith("Why: ") for r in reasons)
        assert all(not GATE_JARGON.search(r) for r in reasons), reasons
        assert '<bdi lang="fr">réservé aux abonnés</bdi>' in page  # a quote set apart in its language
        assert ">subscription wall</span>" in page and ">paywall</span>" not in page
        article = c.get(f"/articles/{wall['id']}").text
        assert "Why: " in article and not GATE_JARGON.search(re.sub(r'title="[^"]*"', "", article))
    out = io.StringIO()
    with redirect_stdout(out):
        assert cli_main(["--db", db, "not-articles"]) == 0
    text = " ".join(out.getvalue().split())
    assert "Looks like a subscription wall" in text and not GATE_JARGON.search(text), text
    out = io.StringIO()
    with redirect_stdout(out):
        assert cli_main(["--db", db, "not-articles", "--json"]) == 0
    assert all(i["label"] and i["reason"] for i in json.loads(out.getvalue())["items"])


def test_gate_reasons_read_every_cue_the_gate_writes():
    """Quotes holding "; " or an apostrophe stay whole; a clause the gate may
    add later is kept as written, not dropped."""
    from storyline.analyse.gate import judge_page
    from storyline.wording import gate_reasons

    verdict = judge_page("Accueil | Le Site", "x", "x")
    assert verdict.kind == "front-page"
    reason = (f"{verdict.reason.split(':')[0]}: title 'a; b'; error text in 2 lines: \"it's\", 'c, d'; "
              "list of headlines (9 of 10 lines); list of dated items (5 date stamps); photo gallery "
              "(3 picture counters); 73% of the text is link text; a new cue; 0 characters of story prose")
    said = gate_reasons(reason)
    assert [q for _, q in said] == [["a; b"], ["it's", "c, d"], [], [], [], [], [], []]
    assert said[-2] == ("a new cue", [])
    assert not any(GATE_JARGON.search(w) for w, _ in said), said
