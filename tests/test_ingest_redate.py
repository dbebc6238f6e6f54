"""`ingest --date` on a page stored without a date dates it and places it
again (storyline.service_redate); a stored date is kept.  Real SQLite file
(or PostgreSQL with $STORYLINE_TEST_BACKEND), real model."""
from __future__ import annotations

import json
from pathlib import Path

from storyline.cli import main as cli_main
from storyline.service import Storyline

QUAKE = [
    ("Powerful earthquake kills hundreds in Morocco",
     "A magnitude 6.8 earthquake struck Morocco's High Atlas mountains late on Friday, killing "
     "more than 800 people, the interior ministry said. Villages south of Marrakesh were "
     "flattened and rescuers dug through rubble through the night.", "2023-09-09"),
    ("Morocco earthquake death toll passes 2,000",
     "The death toll from the earthquake that hit Morocco's High Atlas on Friday night has risen "
     "above 2,000, the interior ministry said, as rescuers searched collapsed mud-brick homes in "
     "villages south of Marrakesh.", "2023-09-10"),
]
UNDATED = ("Rescuers search ruins after Morocco quake",
           "Rescue teams searched the ruins of mountain villages south of Marrakesh after the "
           "earthquake that struck Morocco's High Atlas on Friday night killed hundreds of people, "
           "the interior ministry said.")


def _page(folder: Path, name: str, title: str, text: str, date: str | None = None) -> str:
    folder.mkdir(parents=True, exist_ok=True)
    head = f"title: {title}\n" + (f"date: {date}\n" if date else "") + "lang: en\n\n"
    path = folder / name
    path.write_text(head + text + "\n", encoding="utf-8")
    return str(path)


def _setup(tmp_path: Path, db_path: str) -> tuple[Storyline, str]:
    dated = [_page(tmp_path / "in", f"q{i}.txt", t, x, d) for i, (t, x, d) in enumerate(QUAKE)]
    page = _page(tmp_path / "in", "undated.txt", *UNDATED)
    app = Storyline(db_path)
    rep = app.ingest_paths([*dated, page])
    assert len(rep.added) == 3 and not rep.failed
    return app, page


def _stored(app: Storyline, title: str):
    return next(a for a in app.store.articles() if a.title == title)


def test_date_given_again_dates_a_stored_undated_page_and_keeps_it_in_its_event(tmp_path, db_path):
    app, page = _setup(tmp_path, db_path)
    before = _stored(app, UNDATED[0])
    quake_event = _stored(app, QUAKE[0][0]).event_id
    assert before.published is None and before.event_id == quake_event  # undated: no window kept it out
    assert not [d for d in before.dates if d.precision == "day"]  # "on Friday" unreadable without a date

    rep = app.ingest_paths([page], date="2023-09-11")
    assert rep.redated == [before.id] and not rep.added and rep.skipped == [before.id]
    after = _stored(app, UNDATED[0])
    assert after.published.isoformat() == "2023-09-11"
    assert [d.iso for d in after.dates] == ["2023-09-08"]  # Friday before a Monday report
    assert after.event_id == quake_event  # within a day of its event's reports: stays
    event = next(e for e in app.events() if e.id == quake_event)
    assert (str(event.first_date), str(event.last_date)) == ("2023-09-09", "2023-09-11")
    assert event.n_undated == 0
    assert app.store.count_articles() == 3

    again = app.ingest_paths([page], date="2023-09-11")  # now dated: a plain repeat
    assert not again.redated and not again.warnings


def test_a_date_far_from_its_event_takes_the_page_out_of_it(tmp_path, db_path):
    app, page = _setup(tmp_path, db_path)
    quake_event = _stored(app, QUAKE[0][0]).event_id
    n_events = len(app.events())
    rep = app.ingest_paths([page], date="2024-02-20")
    after = _stored(app, UNDATED[0])
    assert rep.redated == [after.id] and rep.new_events == 1
    assert after.event_id != quake_event and len(app.events()) == n_events + 1
    events = {e.id: e for e in app.events()}
    assert (str(events[after.event_id].first_date), events[after.event_id].n_articles) == ("2024-02-20", 1)
    assert str(events[quake_event].last_date) == "2023-09-10" and events[quake_event].n_articles == 2
    # a fresh process reads the same from the file
    assert _stored(Storyline(db_path), UNDATED[0]).event_id == after.event_id


def test_a_stored_date_is_kept_and_the_output_says_so(tmp_path, db_path, capsys):
    app, _ = _setup(tmp_path, db_path)
    app.close()
    dated = str(tmp_path / "in" / "q0.txt")
    undated = str(tmp_path / "in" / "undated.txt")
    code = cli_main(["--db", db_path, "ingest", "--json", "--date", "2023-09-11", dated, undated])
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and out["added"] == 0 and out["redated"] == 1 and out["skipped"] == 2
    app = Storyline(db_path)
    assert str(_stored(app, QUAKE[0][0]).published) == "2023-09-09"  # its own date stays
    # a report dated by an earlier --date keeps it too, and the output names both dates
    cli_main(["--db", db_path, "ingest", "--date", "2023-09-12", undated])
    err = capsys.readouterr().err
    assert "2023-09-11" in err and "2023-09-12" in err and "not applied" in err
    assert str(_stored(Storyline(db_path), UNDATED[0]).published) == "2023-09-11"


def test_another_process_rebuilds_its_indexes_after_a_date(tmp_path, db_path):
    """No trigger logs a date: the re-date writes its own change, which another
    process cannot replay, so it rebuilds its indexes from the store."""
    app, page = _setup(tmp_path, db_path)
    other = Storyline(db_path)
    aid = _stored(other, UNDATED[0]).id
    assert other.grouper.clusterer.published.get(aid) is None
    app.ingest_paths([page], date="2023-09-11")
    with other.store.transaction():
        other._catch_up()
    assert other.index_rebuilds == 1
    assert str(other.grouper.clusterer.published[aid]) == "2023-09-11"


def test_an_undated_mate_does_not_keep_a_page_dated_far_from_its_event(tmp_path, db_path):
    """Derna's event holds an undated reprint; a flood page placed there by
    content and then dated six months later stayed in Derna, as the undated
    reprint's gap was unknown.  Only dated mates say when the event was."""
    app, page = _setup(tmp_path, db_path)
    mate = _page(tmp_path / "in", "mate.txt", "Aid reaches Moroccan mountain villages after quake",
                 "Aid convoys reached mountain villages south of Marrakesh after the earthquake in "
                 "Morocco's High Atlas on Friday night, the interior ministry said, as rescuers kept "
                 "searching the ruins of collapsed homes.")
    app.ingest_paths([mate])
    quake_event = _stored(app, QUAKE[0][0]).event_id
    assert _stored(app, "Aid reaches Moroccan mountain villages after quake").event_id == quake_event
    assert _stored(app, UNDATED[0]).event_id == quake_event
    rep = app.ingest_paths([page], date="2024-02-20")
    after = _stored(app, UNDATED[0])
    assert rep.redated == [after.id] and after.event_id != quake_event


def test_the_output_says_where_a_dated_page_went(tmp_path, db_path, capsys):
    """A page dated far from its event opens an event of its own: the output
    said "1 moved to a better event on a second look"."""
    app, page = _setup(tmp_path, db_path)
    app.close()
    assert cli_main(["--db", db_path, "ingest", "--date", "2024-02-20", page]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "1 new event" in out and "better event" not in out, out
    assert ("1 stored undated report given the date and placed again: it left its event for one "
            "of its own (the event's other reports are dated too far from it)") in out, out
    # one dated within its event's days stays, and the JSON says so too
    tmp = tmp_path / "again"
    app, page = _setup(tmp, str(tmp / "again.db"))
    app.close()
    assert cli_main(["--db", str(tmp / "again.db"), "ingest", "--json", "--date", "2023-09-11", page]) == 0
    rep = json.loads(capsys.readouterr().out)
    assert rep["moved"] == 0 and rep["redated_to"] == {"stayed": 1, "moved": 0, "own": 0}


def test_the_output_counts_each_outcome_of_several_dated_pages():
    from storyline.cli_write import redated_note
    from storyline.service_types import IngestReport

    rep = IngestReport(redated=["a", "b", "c"], redated_to={"a": "stayed", "b": "own", "c": "own"})
    assert redated_note(rep) == (
        "; 3 stored undated reports given the date and placed again: 1 stayed in its event, 2 left "
        "their events for events of their own (their events' other reports are dated too far from them)")


def test_a_date_no_report_can_have_is_refused_not_dropped(tmp_path, db_path, capsys):
    """`--date 2099-01-01` was taken, then dropped by the reader as implausible: the
    page was stored undated and the output said nothing of the date."""
    page = _page(tmp_path / "in", "undated.txt", *UNDATED)
    for day, said in (("2099-01-01", "is in the future"), ("1850-05-01", "is before 1900")):
        try:
            cli_main(["--db", db_path, "ingest", "-q", "--date", day, page])
        except SystemExit as exc:
            assert exc.code == 2
        else:
            raise AssertionError(f"--date {day} was accepted")
        err = capsys.readouterr().err
        assert f"argument --date: '{day}' {said}" in err, err
    assert cli_main(["--db", db_path, "ingest", "-q", "--date", "2023-09-11", page]) == 0
    app = Storyline(db_path)
    assert [a.published.isoformat() for a in app.store.articles()] == ["2023-09-11"]
    app.close()


def test_a_relative_date_field_is_not_counted_from_the_ingest(tmp_path, db_path, capsys):
    """A scraped `"date": "2 hours ago"` was counted from the moment of ingest, so an
    archive read years later was dated today; the input does not say when it was
    read, so the field gives no day and `--date` (or the text) dates the report."""
    src = tmp_path / "scraped.jsonl"
    src.write_text("\n".join(json.dumps({"id": f"r{i}", "title": title, "text": text, "date": when})
                             for i, ((title, text), when) in enumerate(zip([UNDATED, QUAKE[1][:2]],
                                                                           ["2 hours ago", "yesterday"])))
                   + "\n", encoding="utf-8")
    assert cli_main(["--db", db_path, "ingest", "-q", "--date", "2023-09-11", str(src)]) == 0
    err = " ".join(capsys.readouterr().err.split())
    assert "scraped.jsonl:1: field 'date': '2 hours ago' counts from when the page was read" in err, err
    assert "scraped.jsonl:2: field 'date': 'yesterday' counts from when the page was read" in err, err
    assert err.count("using 2023-09-11 from --date") == 2, err  # not "from the text"
    app = Storyline(db_path)
    assert sorted(a.published.isoformat() for a in app.store.articles()) == ["2023-09-11"] * 2
    app.close()


GERMAN = ("Erdbeben in Marokko", "Ein Erdbeben der Stärke 6,8 hat in der Nacht zum Samstag das Atlasgebirge "
          "in Marokko erschüttert und mehr als 800 Menschen getötet, teilte das Innenministerium mit. "
          "Dörfer südlich von Marrakesch wurden zerstört.")


def test_a_date_field_says_when_its_day_and_month_may_be_swapped_or_it_names_no_day(tmp_path, db_path, capsys):
    """`"date": "05/06/2024"` was read as 6 May with no word that it may be 5
    June; "2024-06" was "cannot read" though it names a month, and "2024" was
    read as 2020-02-04.  The English report keeps 6 May and says the doubt
    naming its field; the German one is read in German order (5 June); an
    order no reader can doubt ("19/06/2024") stays as it was, unwarned."""
    records = [({"published": "05/06/2024"}, UNDATED), ({"date": "05/06/2024"}, GERMAN),
               ({"date": "19/06/2024"}, QUAKE[0][:2]), ({"date": "2024-06"}, QUAKE[1][:2]),
               ({"date": "2024"}, ("Aftershocks rattle Marrakesh", QUAKE[1][1].replace("death toll", "count")))]
    src = tmp_path / "dated.jsonl"
    src.write_text("".join(json.dumps({"id": f"r{i}", "title": t, "text": x, **meta}) + "\n"
                           for i, (meta, (t, x)) in enumerate(records)), encoding="utf-8")
    assert cli_main(["--db", db_path, "ingest", "-q", "--date", "2023-09-11", str(src)]) == 0
    err = " ".join(capsys.readouterr().err.split())
    assert ("dated.jsonl:1: field 'published': '05/06/2024' is read month-first as 6 May 2024 "
            "but may be 5 June 2024: neither the input nor its language says which comes first") in err, err
    assert "dated.jsonl:4: field 'date': '2024-06' names a month (June 2024), not a day; using 2023-09-11" in err, err
    assert "dated.jsonl:5: field 'date': '2024' names a year (2024), not a day" in err, err
    assert "dated.jsonl:2:" not in err and "dated.jsonl:3:" not in err, err
    app = Storyline(db_path)
    days = {a.external_id: a.published.isoformat() for a in app.store.articles()}
    app.close()
    assert days == {"r0": "2024-05-06", "r1": "2024-06-05", "r2": "2024-06-19", "r3": "2023-09-11",
                    "r4": "2023-09-11"}, days
