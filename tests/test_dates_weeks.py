"""Weeks are a precision of their own: "last week" in a report of Friday
2024-06-21 is the ISO week 2024-W24 (Monday 10 to Sunday 16 June), not
nothing (main gave no date for any week reference).  Sentences here are not
those of the date sample's part 9; a week counted from another event ("two
weeks after the attack"), a span ("for two weeks") and the weekend give none.
"""
from __future__ import annotations

import datetime as dt

import pytest
from fastapi.testclient import TestClient

from storyline.analyse.dates import resolve_dates
from storyline.api import create_app
from storyline.facts.claims import claim_sentences
from storyline.ingest.readers import from_record
from storyline.records import Article, date_iso, date_label
from storyline.service import Storyline
from storyline.store.records import EventRow
from storyline.timeline import build_timeline

FRI = dt.date(2024, 6, 21)


def _weeks(text: str, lang: str, pub: dt.date = FRI) -> list[tuple[str, str]]:
    return [(m.text, m.iso) for m in resolve_dates(text, pub, lang) if m.precision == "week"]


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Officials met the rebels last week in Doha.", "2024-W24"),
    ("en", "The company cut 300 jobs three weeks ago.", "2024-W22"),
    ("en", "The court will rule in two weeks, lawyers said.", "2024-W27"),
    ("en", "The bridge closed a fortnight ago.", "2024-W23"),
    ("de", "Die Ministerin trat vergangene Woche zurück.", "2024-W24"),
    ("de", "Der Prozess beginnt kommende Woche in Berlin.", "2024-W26"),
    ("es", "Hace dos semanas el volcán entró en erupción.", "2024-W23"),
    ("fr", "Le président se rendra à Berlin la semaine prochaine.", "2024-W26"),
    ("it", "Il ministro si è dimesso la settimana scorsa.", "2024-W24"),
    ("pt", "O acordo foi assinado na semana passada.", "2024-W24"),
    ("ru", "Три недели назад в городе прошли протесты.", "2024-W22"),
    ("hi", "मंत्री ने पिछले हफ्ते इस्तीफा दिया।", "2024-W24"),
    ("hi", "चार हफ्ते पहले चुनाव हुए थे।", "2024-W21"),
    ("ar", "قبل أسبوعين وقع الزلزال في المدينة.", "2024-W23"),
    ("he", "השבוע הגיע השליח לקהיר.", "2024-W25"),
    ("cs", "Tento týden ministr navštívil Vídeň.", "2024-W25"),
    ("el", "Αυτή την εβδομάδα ο υπουργός επισκέφθηκε τη Ρώμη.", "2024-W25"),
])
def test_week_references_give_the_iso_week(lang, text, expected):
    assert [iso for _, iso in _weeks(text, lang)] == [expected]


def test_two_weeks_and_a_fortnight_are_one_week():
    """tests/test_dates_counts.py expected no date here while weeks had no precision."""
    text = "Two weeks ago the flood receded; a fortnight ago it peaked."
    assert [iso for _, iso in _weeks(text, "en", dt.date(2025, 4, 30))] == ["2025-W16", "2025-W16"]


def test_a_week_is_its_monday_labelled_for_readers_across_a_year_end():
    (m,) = resolve_dates("Last week the border reopened.", dt.date(2021, 1, 6), "en")
    assert (m.precision, m.value, m.iso, m.label) == ("week", dt.date(2020, 12, 28), "2020-W53",
                                                      "week of 2020-12-28")
    assert date_iso(dt.date(2024, 12, 30), "week") == "2025-W01"  # the ISO week-year
    assert date_label(dt.date(2024, 6, 12), "week") == "week of 2024-06-10"


@pytest.mark.parametrize("lang, text", [
    ("en", "The strike lasted two weeks and ended a week after the election."),
    ("en", "Storms are expected this weekend and hit the coast last weekend."),
    ("en", "Oil is at its lowest in two weeks."),
    ("en", "Shares are at their highest level in three weeks."),
    ("en", "Weekly talks resumed."),
    ("en", "Over the coming weeks the orbit will be refined."),  # Wikinews dev read W53 before the rule
    ("fr", "Ces dernières semaines, les prix ont augmenté."),
    ("de", "Zwei Wochen nach dem Anschlag wurde der Täter gefasst."),
    ("es", "El fin de semana pasado hubo protestas en Madrid."),
    ("pt", "No fim de semana passado houve protestos."),
    ("ru", "Через неделю после выборов министр ушёл в отставку."),
    ("he", "בסוף השבוע נערכה הפגנה בתל אביב."),
    ("hi", "हमले के दो हफ्ते बाद आरोपी पकड़ा गया।"),
])
def test_spans_counts_from_an_event_and_weekends_give_no_week(lang, text):
    assert _weeks(text, lang) == []


def test_only_a_superlative_just_before_in_makes_a_span():
    """"in N" after "lowest" or "first time" is a span; a superlative further
    back is not ("The first trial opens in three days")."""
    assert [m.iso for m in resolve_dates("The first trial opens in three days.", FRI, "en")] == ["2024-06-24"]
    assert [m.iso for m in resolve_dates("The first hearing is in two weeks.", FRI, "en")] == ["2024-W27"]


def test_next_week_then_a_weekday_is_that_weeks_day():
    found = resolve_dates("The hearing opens next week, on Thursday.", FRI, "en")
    assert [(m.iso, m.precision) for m in found] == [("2024-06-27", "day")]


def _article(aid: str, text: str, published: dt.date, event_id: int) -> Article:
    return Article(id=aid, origin=aid, title=aid, text=text, raw_text=text, lang="en", published=published,
                   event_id=event_id, source=aid, sentences=[text], dates=resolve_dates(text, published, "en"))


def test_the_timeline_places_a_week_as_its_seven_days():
    """A week mention is an entry of its own ("week of …"), or cites an event
    that began inside the week; a week ending within three days of the report
    is the news itself, like a day would be."""
    talks = dt.date(2024, 6, 12)
    event = EventRow(1, "Talks in Doha", 1, 1, ["en"], talks, talks)
    own = _article("a", "Government officials and the rebels held talks in Doha on Wednesday.", talks, 1)
    week = _article("b", "Officials met the rebels last week in Doha.", FRI, 2)
    this = _article("c", "Officials met the rebels this week in Doha.", FRI, 2)
    got = build_timeline([event], [own, week, this])
    assert [(e.kind, e.date, [c.article_id for c in e.citations]) for e in got] == [("event", talks, ["a", "b"])]
    alone = build_timeline([], [week])
    assert [(e.date, e.precision, e.label) for e in alone] == [(dt.date(2024, 6, 10), "week", "week of 2024-06-10")]


def test_a_week_states_no_date_fact():
    """The facts stage reads days and months only: "last week" and a day inside
    it are no disagreement, and the claim sentence is read as before."""
    art = _article("d", "The minister resigned last week after 12 days of protests.", FRI, 1)
    assert [m.precision for m in art.dates] == ["week"]
    (claim,) = claim_sentences(art, "d")
    assert claim.dates == [] and claim.fact_dates == [] and claim.date_text == {}
    assert [n.value for n in claim.numbers] == [12]
    bare = _article("e", "The minister resigned last week.", FRI, 1)
    assert bare.dates and claim_sentences(bare, "e") == []  # a week alone makes no claim, as before


def test_a_week_is_stored_served_and_shown(tmp_path):
    path = str(tmp_path / "weeks.db")
    record = {"id": "week-en", "lang": "en", "date": "2024-06-21", "source": "test.example",
              "title": "Kim visited Moscow", "text": "Kim visited Moscow last week and met Putin there."}
    app = Storyline(path)
    try:
        assert app.ingest([from_record(record, "test:week")]).added
    finally:
        app.close()
    app = Storyline(path)
    try:
        (art,) = app.articles()
    finally:
        app.close()
    (m,) = art.dates
    assert (m.text, m.precision, m.value, m.iso) == ("last week", "week", dt.date(2024, 6, 10), "2024-W24")
    with TestClient(create_app(path, None), base_url="http://127.0.0.1") as client:
        api = client.get(f"/api/articles/{art.id}").json()
        page = client.get(f"/articles/{art.id}").text
    assert [(d["value"], d["precision"], d["label"]) for d in api["dates"]] == \
        [("2024-W24", "week", "week of 2024-06-10")]
    assert api["dates_once"][0]["value"] == "2024-W24"
    assert '<time datetime="2024-W24">week of 2024-06-10</time>' in page
