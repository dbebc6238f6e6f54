"""An event is dated on a timeline by the day its happening took place, as its
reports state it, not by its first report's day (storyline.timeline.happened_day).

The demo's Luna-25 loss was dated 2023-08-20, the Sunday Roscosmos announced it,
although every report says the craft was lost on Saturday 19 August; the
Morocco earthquake (late on Friday 8 September) was dated the 9th and the Libya
floods (the night of 10 to 11 September) the 12th."""
import datetime as dt

import pytest

from storyline.analyse.dates import resolve_dates
from storyline.cli import main as cli_main
from storyline.reader_words import say
from storyline.records import Article
from storyline.timeline import HAPPENED_BACK, happened_day

# the day each demo event's happening took place (read from its reports), by a word of its headline
HAPPENED = {"Luna-25": "2023-08-19", "Morocco": "2023-09-08", "Libya": "2023-09-10",
            "Kakhovka": "2023-06-06", "grain deal": "2023-07-17", "Chandrayaan-3": "2023-08-23",
            "Vostochny": "2023-09-13", "ECB lifts": "2023-09-14", "Lok Sabha": "2024-06-04",
            "European Central Bank cuts": "2024-06-06", "Pyongyang": "2024-06-19",
            "Euro 2024": "2024-07-14", "Paris opens": "2024-07-26"}


@pytest.fixture(scope="module")
def story_timelines(client):
    """Every demo story's API timeline entries of events, with the event's row."""
    rows = {e["id"]: e for e in client.get("/api/events", params={"limit": 100}).json()["items"]}
    out = []
    for s in client.get("/api/stories", params={"limit": 100}).json()["items"]:
        full = client.get(f"/api/stories/{s['id']}").json()
        out += [(s["id"], t, rows[t["event_id"]]) for t in full["timeline"] if t["kind"] == "event" and t["dated"]]
    return out


def test_every_demo_event_is_dated_by_its_happening(story_timelines):
    got = {}
    for _, t, row in story_timelines:
        word = next((w for w in HAPPENED if w in row["headline"]), None)
        if word:
            got[word] = t["date"]
            assert t["first_reported"] == row["first_date"]  # the first report's day is still said
    assert got == HAPPENED


def _entry(story_timelines, word):
    return next((sid, t) for sid, t, row in story_timelines if word in row["headline"])


def test_the_story_timeline_says_both_days_in_the_terminal(story_timelines, demo_app, capsys):
    app, _ = demo_app
    sid, _ = _entry(story_timelines, "Luna-25")
    assert cli_main(["--db", str(app.store.path), "story", str(sid)]) == 0
    assert "happened 2023-08-19 · first reported 2023-08-20  (event" in capsys.readouterr().out
    assert cli_main(["--db", str(app.store.path), "story", str(sid), "--lang", "de"]) == 0
    assert "geschehen am 19. Aug. 2023 · zuerst berichtet am 20. Aug. 2023" in capsys.readouterr().out


@pytest.mark.parametrize("lang", ["en", "ru", "hi", "de", "fr", "es", "ar"])
def test_the_story_page_says_both_days_in_the_readers_language(story_timelines, client, lang):
    from storyline.reader_words import worded_in
    from storyline.reader_words_dates import shown_date

    sid, _ = _entry(story_timelines, "Morocco")
    with worded_in(lang):
        want = say("happened {date} · first reported {reported}",
                   date=shown_date(dt.date(2023, 9, 8)), reported=shown_date(dt.date(2023, 9, 9)))
    assert "first reported" not in want or lang == "en"  # every worded language words it
    html = client.get(f"/stories/{sid}?lang={lang}").text
    assert want in html


PUBLISHED = dt.date(2023, 9, 13)


def _report(aid: str, text: str, lang: str = "en") -> Article:
    return Article(id=aid, origin=aid, title=aid, text=text, raw_text=text, lang=lang, published=PUBLISHED,
                   event_id=1, source=aid, sentences=[text], dates=resolve_dates(text, PUBLISHED, lang))


def test_one_reports_background_day_is_outvoted():
    reports = [_report("a", "Kim Jong Un and Vladimir Putin met on Wednesday at the Vostochny spaceport."),
               _report("b", "Путин и Ким Чен Ын встретились в среду на космодроме Восточный.", "ru"),
               _report("c", "Kim had arrived in Russia on Tuesday aboard his armoured train.")]
    assert happened_day(PUBLISHED, reports) == PUBLISHED


def test_a_day_far_before_the_first_report_is_not_the_happening():
    far = PUBLISHED - HAPPENED_BACK - dt.timedelta(days=1)
    text = f"The talks that ended today had opened on {far.day} September in Geneva."
    assert happened_day(PUBLISHED, [_report("a", text)]) == PUBLISHED
    assert happened_day(None, [_report("a", text)]) is None


def test_one_reports_earliest_day_is_background_not_the_happening():
    # a single report: its lead opens with the news' day; the earlier day it names is what led to it
    text = ("The World Health Organization warned on Wednesday that disease could double the toll "
            "of Sunday's tsunami.")
    report = _report("a", text)
    assert {d.value for d in report.dates} == {PUBLISHED, dt.date(2023, 9, 10)}  # both are read
    assert happened_day(PUBLISHED, [report]) == PUBLISHED


def test_two_reports_naming_the_earlier_day_place_the_happening():
    reports = [_report("a", "Roscosmos said on Wednesday it lost contact with the craft on Monday."),
               _report("b", "Контакт со станцией был потерян в понедельник, сообщили в среду.", "ru")]
    assert happened_day(PUBLISHED, reports) == dt.date(2023, 9, 11)
