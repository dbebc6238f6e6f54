"""End to end through the service: idempotent ingest, bad inputs, kill and resume."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from storyline.cli import main as cli_main
from storyline.service import Storyline

ARTICLES = [
    ("Putin arrives in Pyongyang for rare visit",
     "Russian President Vladimir Putin arrived in Pyongyang on Wednesday for his first visit "
     "to North Korea in 24 years. Kim Jong Un met him at the airport. The two leaders are "
     "expected to sign a strategic partnership treaty.", "en", "2024-06-19"),
    ("पुतिन प्योंगयांग पहुंचे",
     "रूस के राष्ट्रपति व्लादिमीर पुतिन बुधवार को प्योंगयांग पहुंचे। यह 24 साल में उनकी पहली उत्तर "
     "कोरिया यात्रा है। किम जोंग उन ने हवाई अड्डे पर उनका स्वागत किया और दोनों नेता एक "
     "रणनीतिक साझेदारी संधि पर हस्ताक्षर करेंगे।", "hi", "2024-06-19"),
    ("Путин прибыл в Пхеньян",
     "Президент России Владимир Путин в среду прибыл в Пхеньян с первым за 24 года визитом в "
     "КНДР. Ким Чен Ын встретил его в аэропорту. Лидеры подпишут договор о всеобъемлющем "
     "стратегическом партнёрстве.", "ru", "2024-06-19"),
    ("Spain beat England to win Euro 2024",
     "Spain won the European Championship for a record fourth time, beating England 2-1 in "
     "the final in Berlin on Sunday. Mikel Oyarzabal scored the winner four minutes from time "
     "after Cole Palmer had equalised for England.", "en", "2024-07-14"),
]


def _write(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i, (title, text, lang, date) in enumerate(ARTICLES):
        (folder / f"{i}.txt").write_text(f"title: {title}\ndate: {date}\nlang: {lang}\n\n{text}\n"
                                         "\nTags: news, world\nLeave a Comment\n", encoding="utf-8")


def test_ingest_groups_across_languages_and_is_idempotent(tmp_path, db_path):
    _write(tmp_path / "in")
    app = Storyline(db_path)
    rep = app.ingest_paths([str(tmp_path / "in")])
    assert len(rep.added) == 4 and not rep.failed
    events = {e.id: e for e in app.events()}
    summit = [a.event_id for a in app.store.articles() if "Pyongyang" in a.title
              or "प्योंगयांग" in a.title or "Пхеньян" in a.title]
    assert len(set(summit)) == 1, "the three summit reports should form one event"
    assert len(events) == 2
    assert sorted(events[summit[0]].languages) == ["en", "hi", "ru"]
    removed = {r.rule for a in app.store.articles() for r in a.removed}
    assert {"tags-line", "comment-prompt"} <= removed
    again = app.ingest_paths([str(tmp_path / "in")])
    assert not again.added and len(again.skipped) == 4
    assert app.store.count_articles() == 4
    app.close()


def test_cli_reports_bad_inputs_and_keeps_going(tmp_path, db_path, capsys):
    _write(tmp_path / "in")
    (tmp_path / "in" / "broken.jsonl").write_text('{"text": "x"\n', encoding="utf-8")
    (tmp_path / "in" / "empty.txt").write_text("", encoding="utf-8")
    code = cli_main(["--db", db_path, "ingest", "--json", str(tmp_path / "in")])
    out = capsys.readouterr()
    report = json.loads(out.out.strip().splitlines()[-1])
    assert code == 1 and report["added"] == 4
    origins = {f["origin"] for f in report["failed"]}
    assert str(tmp_path / "in" / "broken.jsonl") + ":1" in origins
    assert str(tmp_path / "in" / "empty.txt") in origins
    assert "broken.jsonl:1" in out.err
    assert cli_main(["--db", db_path, "events", "--json"]) == 0
    events = json.loads(capsys.readouterr().out)
    assert sum(e["articles"] for e in events) == 4


def test_export_jsonl_and_csv(tmp_path, db_path, capsys):
    _write(tmp_path / "in")
    cli_main(["--db", db_path, "ingest", "-q", str(tmp_path / "in")])
    capsys.readouterr()
    assert cli_main(["--db", db_path, "export", "--format", "jsonl", "-o", str(tmp_path / "o.jsonl")]) == 0
    rows = [json.loads(x) for x in (tmp_path / "o.jsonl").read_text().splitlines()]
    assert len(rows) == 4 and all(r["event_id"] for r in rows)
    assert cli_main(["--db", db_path, "export", "--format", "csv", "-o", str(tmp_path / "o.csv")]) == 0
    assert (tmp_path / "o.csv").read_text().startswith("id,external_id,event_id")


@pytest.mark.sqlite_only  # reads the file with plain sqlite3 while the CLI writes it
def test_killed_ingest_loses_nothing_and_rerun_continues(tmp_path, db_path):
    """SIGKILL a real ingest mid-run; the database stays consistent and a rerun completes."""
    folder = tmp_path / "many"
    folder.mkdir()
    n = 40
    for i in range(n):
        (folder / f"{i:03d}.txt").write_text(
            f"title: Report {i}\ndate: 2024-03-{1 + i % 28:02d}\n\n"  # dated: stored one by one as they come
            f"City council meeting number {i} discussed budget item {i * 7}. "
            f"Councillor {i} proposed {i} new parks and {i + 3} bus lines for district {i}.",
            encoding="utf-8")
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    cmd = [sys.executable, "-m", "storyline.cli", "--db", db_path, "ingest", "-q", str(folder)]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    stored = 0
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.2)
        try:
            with sqlite3.connect(db_path, timeout=1) as con:
                stored = con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        except sqlite3.Error:
            continue
        if stored >= 3:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert 0 < stored < n, "the kill should land mid-run"
    con = sqlite3.connect(db_path)
    arts = con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    # every stored article has its vector and an existing event; event counts agree
    assert con.execute("SELECT COUNT(*) FROM vectors").fetchone()[0] == arts
    assert con.execute("SELECT COUNT(*) FROM articles a LEFT JOIN events e ON e.id=a.event_id "
                       "WHERE e.id IS NULL").fetchone()[0] == 0
    assert con.execute("SELECT COALESCE(SUM(n_articles),0) FROM events").fetchone()[0] == arts
    con.close()
    rerun = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    con = sqlite3.connect(db_path)
    assert con.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == n
    assert con.execute("SELECT COALESCE(SUM(n_articles),0) FROM events").fetchone()[0] == n


@pytest.mark.sqlite_only  # compares the files with plain sqlite3
def test_same_input_gives_the_same_database_whatever_the_hash_seed(tmp_path):
    """Python randomises str hashing per process, so anything ordered by set
    iteration differs between runs; events, entity mentions and stories must not."""
    from storyline import demo

    corpus = tmp_path / "demo.jsonl"
    demo.write_gold(str(corpus))
    dumps = []
    for seed in ("1", "2"):
        db = str(tmp_path / f"seed{seed}.db")
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run([sys.executable, "-m", "storyline.cli", "--db", db, "ingest", "-q", str(corpus)],
                             env=env, capture_output=True, text=True, timeout=600)
        assert run.returncode == 0, run.stderr
        con = sqlite3.connect(db)
        dumps.append([con.execute(q).fetchall() for q in (
            "SELECT id, event_id FROM articles ORDER BY id",
            'SELECT article_id, start, "end", text, entity_id FROM entity_mentions ORDER BY 1, 2, 3',
            "SELECT id, name, label FROM entities ORDER BY id",
            "SELECT id, headline FROM stories ORDER BY 1",
            "SELECT id, story_id FROM events ORDER BY 1")])
        con.close()
    assert dumps[0][1], "the corpus should yield entity mentions"
    assert dumps[0] == dumps[1]


def test_cli_prints_bracketed_text_as_written(tmp_path, db_path, capsys):
    """Headlines like "[VIDEO] …" and language tags are text, not terminal markup."""
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({
        "id": "v1", "lang": "en", "date": "2024-06-19", "title": "[VIDEO] Putin [bold]arrives[/bold] in Pyongyang",
        "text": "Russian President Vladimir Putin arrived in Pyongyang on Wednesday for talks with "
                "North Korean leader Kim Jong Un, his first visit to the country in 24 years."}) + "\n",
        encoding="utf-8")
    assert cli_main(["--db", db_path, "ingest", "-q", str(src)]) == 0
    capsys.readouterr()
    for command in (["events"], ["show", "1"], ["stories"], ["story", "1"]):
        assert cli_main(["--db", db_path, *command]) == 0
        out = " ".join(capsys.readouterr().out.split())
        assert "[VIDEO] Putin [bold]arrives[/bold]" in out, (command, out)
        if command[0] == "show":
            assert "[en]" in out


def test_an_unreadable_date_field_is_reported_and_the_article_kept(tmp_path, db_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({
        "id": "d1", "lang": "en", "date": "2024-13-45", "title": "Putin arrives in Pyongyang",
        "text": "Pyongyang, June 19, 2024 - Russian President Vladimir Putin arrived in Pyongyang "
                "for talks with North Korean leader Kim Jong Un."}) + "\n", encoding="utf-8")
    assert cli_main(["--db", db_path, "ingest", "-q", str(src)]) == 0  # a warning, not a failure
    err = capsys.readouterr().err
    assert "warning" in err and "in.jsonl:1" in err and "field 'date'" in err and "2024-13-45" in err
    app = Storyline(db_path)
    [art] = app.store.articles()
    assert art.published is not None and art.published.isoformat() == "2024-06-19"  # from the dateline
    app.close()


def test_a_date_warning_names_the_field_the_input_wrote(tmp_path, db_path, capsys):
    """A record's "published" (or a text header's "Published:") was warned about
    as "field 'date'", a field the user never wrote."""
    text = ("Pyongyang, June 19, 2024 - Russian President Vladimir Putin arrived in Pyongyang "
            "for talks with North Korean leader Kim Jong Un.")
    (tmp_path / "in.jsonl").write_text(json.dumps({"id": "p1", "published": "2024-13-45",
                                                   "title": "Putin arrives", "text": text}) + "\n",
                                       encoding="utf-8")
    (tmp_path / "page.txt").write_text(f"Title: Kim greets Putin\nPublished: yesterday-ish\n\n{text} Kim met him.",
                                       encoding="utf-8")
    assert cli_main(["--db", db_path, "ingest", "-q", str(tmp_path)]) == 0
    err = " ".join(capsys.readouterr().err.split())
    assert "in.jsonl:1: field 'published': cannot read '2024-13-45'" in err, err
    assert "page.txt: field 'Published': cannot read 'yesterday-ish'" in err, err
    assert "field 'date'" not in err


def test_two_writers_on_one_database_see_each_others_articles(tmp_path):
    """A server and a cron `ingest` may write to one file: each notices the
    other's commits and places new articles among all stored ones."""
    from storyline.ingest.readers import from_record

    def rec(i, lang, title, text):
        return from_record({"id": i, "lang": lang, "date": "2023-08-23", "title": title, "text": text}, i)

    moon_en = rec("en", "en", "India's Chandrayaan-3 lands near the Moon's south pole",
                  "India's Chandrayaan-3 spacecraft landed near the south pole of the Moon on Wednesday, "
                  "making India the first country to touch down in that region. The Vikram lander "
                  "settled on the lunar surface as scientists at ISRO in Bengaluru cheered.")
    moon_de = rec("de", "de", "Indien landet als erstes Land am Südpol des Mondes",
                  "Die indische Sonde Chandrayaan-3 ist am Mittwoch nahe dem Südpol des Mondes gelandet. "
                  "Indien ist damit das erste Land, dem dort eine Landung gelingt. Die Landeeinheit "
                  "Vikram setzte auf der Mondoberfläche auf, im Kontrollzentrum der ISRO in Bengaluru "
                  "jubelten die Forscher.")
    other = rec("ecb", "en", "European Central Bank raises interest rates to a record 4%",
                "The European Central Bank raised its deposit rate to a record 4% on Thursday, its "
                "tenth increase in a row, as it fights inflation that remains above its target.")
    path = str(tmp_path / "shared.db")
    a, b = Storyline(path), Storyline(path)
    a.ingest([other], relink=False)           # a builds its indexes now
    b.ingest([moon_en], relink=False)         # written by "another process"
    a.ingest([moon_de], relink=False)         # a must see b's report to place this one
    again = a.ingest([moon_en], relink=False)  # and must not store b's article twice
    assert again.skipped and not again.added
    events = {art.external_id: art.event_id for art in a.store.articles()}
    assert events["de"] == events["en"] != events["ecb"]
    assert {e.id: e.n_articles for e in a.store.events()}[events["en"]] == 2
    a.close()
    b.close()


def test_undated_reports_are_placed_after_the_dated_ones_of_the_call(tmp_path):
    """An undated report has no time window to keep it out of a wrong event. Sent
    after the Kakhovka dam reports but before the dated Derna flood reports, the
    undated Derna report would join the dam event (and drag its copies with it);
    placed after the call's dated reports, it meets the Derna event instead."""
    from storyline import demo
    from storyline.ingest.readers import from_record

    labels = demo.labels()
    by_event: dict[str, list[dict]] = {}
    for r in demo.records():
        by_event.setdefault(labels[r["id"]]["event"].split("-")[0], []).append(r)
    undated = [r for r in by_event["derna"] if not r.get("date")]
    dated = [r for r in by_event["derna"] if r.get("date")]
    assert undated and dated, "the demo corpus should have dated and undated Derna reports"
    order = by_event["kakhovka"] + undated + dated
    app = Storyline(str(tmp_path / "t.db"))
    report = app.ingest([from_record(r, r["id"]) for r in order], relink=False)
    assert not report.failed and set(report.placed) == {r["id"] for r in order}
    event = {a.external_id: a.event_id for a in app.store.articles()}
    derna = {event[r["id"]] for r in undated + dated}
    kakhovka = {event[r["id"]] for r in by_event["kakhovka"]}
    assert len(derna) == 1 and not derna & kakhovka
    app.close()


def test_rebuilt_indexes_start_from_a_fresh_scorer(tmp_path):
    """After another writer's commit the indexes are rebuilt from the store; a
    scorer named by the caller is made anew, so the corpus is not counted twice
    in its running language means."""
    from storyline.ingest.readers import from_record

    path = str(tmp_path / "s.db")
    app = Storyline(path, scorer="cosine")
    app.ingest([from_record({"id": "1", "lang": "en", "date": "2024-01-02", "title": "Budget passed",
                             "text": "The city council passed the budget on Tuesday after a long debate."},
                            "1")], relink=False)
    first = app.grouper.scorer
    assert first.means.count("en") == 1
    app._grouper = None  # what a commit by another process triggers
    assert app.grouper.scorer is not first and app.grouper.scorer.means.count("en") == 1
    app.close()
    with pytest.raises(ValueError, match="unknown scorer"):
        Storyline(str(tmp_path / "t.db"), scorer="nonsense")


class _GivenScores:
    """A pair scorer whose scores are given by title (the service's bookkeeping
    is under test here, not the scores; scorers are a swappable component)."""

    threshold = 0.5

    def __init__(self, table: dict[frozenset, float]):
        self.table = table

    def index_vector(self, vector):
        return vector

    def view(self, article, vector):
        return article.title

    def score_many(self, view, views):
        import numpy as np
        return np.array([self.table.get(frozenset((view, v)), 0.0) for v in views], np.float32)


# Two stories: Y (dated y0, y1) and X (undated x0, x1); x0 looks related to
# Y but belongs with x1, which is placed after it.
SECOND_LOOK_SCORES = {frozenset(p): s for p, s in [(("y0", "y1"), 0.9), (("x0", "y0"), 0.6),
                                                   (("x0", "y1"), 0.6), (("x0", "x1"), 0.7)]}
SECOND_LOOK_TEXTS = {
    "y0": "The city council passed the budget on Tuesday after a long debate about taxes.",
    "y1": "Mayor Ortiz signed the new city budget into law, ending weeks of argument.",
    "x0": "Teachers walked out of every school in the district over pay, the union said.",
    "x1": "Schools stayed shut for a second day as the teachers' strike over wages went on."}


def test_an_undated_report_moves_to_the_event_a_later_undated_report_formed(tmp_path):
    """x0 (undated) first joins the related event Y, the only one there is; x1
    (undated, placed after it) forms x0's real event. The second look moves x0
    and its copy there in the store, and a reopened database agrees."""
    from storyline.ingest.readers import from_record

    table, texts = SECOND_LOOK_SCORES, SECOND_LOOK_TEXTS
    records = [{"id": "y0", "date": "2024-03-05"}, {"id": "y1", "date": "2024-03-06"},
               {"id": "x0"}, {"id": "x0-copy"}, {"id": "x1"}]
    items = []
    for r in records:
        key = r["id"].split("-")[0]
        text = texts[key] + (" Reporting by staff." if r["id"].endswith("copy") else "")
        items.append(from_record({**r, "title": key, "text": text, "lang": "en"}, r["id"]))
    path = str(tmp_path / "m.db")
    app = Storyline(path, scorer=_GivenScores(table))
    report = app.ingest(items, relink=False)
    assert not report.failed and report.duplicates == 1
    assert report.moved == 1 and report.new_events == 2
    event = {a.external_id: a.event_id for a in app.store.articles()}
    assert event["x0"] == event["x0-copy"] == event["x1"] != event["y0"] == event["y1"]
    rows = {e.id: e for e in app.events()}
    assert set(rows) == {event["y0"], event["x1"]}  # the event x1 would have opened alone is gone
    assert rows[event["y0"]].n_articles == 2 and rows[event["x1"]].n_articles == 3
    stored = {a.id: a.event_id for a in app.store.articles()}
    assert app.grouper.clusterer.event_of == stored
    app.close()
    again = Storyline(path, scorer=_GivenScores(table))  # indexes rebuilt from the store
    assert again.grouper.clusterer.event_of == stored
    assert again.grouper.clusterer.events[event["x1"]].members == [
        a.id for a in again.store.articles(event_id=event["x1"])]
    again.close()


def test_an_undated_report_given_twice_in_one_call_still_gets_its_second_look(tmp_path):
    """The same undated text twice in one call (a page listed twice): the
    repeat is skipped as already stored, and must not stand in for the stored
    report when the second looks are given (it did: the skipped copy, placed
    nowhere, took the report's place and the look was dropped)."""
    from storyline.ingest.readers import from_record

    table, texts = SECOND_LOOK_SCORES, SECOND_LOOK_TEXTS
    records = [{"id": "y0", "date": "2024-03-05"}, {"id": "y1", "date": "2024-03-06"},
               {"id": "x0"}, {"id": "x0-again"}, {"id": "x1"}]
    items = [from_record({**r, "title": r["id"].split("-")[0], "text": texts[r["id"].split("-")[0]],
                          "lang": "en"}, r["id"]) for r in records]
    app = Storyline(str(tmp_path / "t.db"), scorer=_GivenScores(table))
    report = app.ingest(items, relink=False)
    assert not report.failed and len(report.skipped) == 1 and report.moved == 1
    event = {a.external_id: a.event_id for a in app.store.articles()}
    assert event["x0"] == event["x1"] != event["y0"] == event["y1"]
    assert not app.store.get_state("placement.second_look")
    app.close()
