"""The command line in a new user's first hour: options where they are typed,
mistakes answered in one clear line (no traceback, no database created by a
typo), honest plurals, and search output a reader can read."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from storyline.cli import build_parser, main as cli_main
from storyline.search_results import snippet

ROOT = Path(__file__).resolve().parents[1]
ONE = ("title: Dams burst after a storm\nsource: wire.example\ndate: 2023-09-12\n\n"
       "Floods after storm Daniel broke two dams above the Libyan city of Derna, and "
       "thousands of people are missing, officials said on Tuesday.\n")


def _run(*argv: str, stdin: str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    return subprocess.run([sys.executable, "-m", "storyline.cli", *argv], capture_output=True,
                          text=True, cwd=cwd, env=env, input=stdin, timeout=300)


@pytest.fixture(scope="module")
def one_db(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("one")
    (folder / "a.txt").write_text(ONE, encoding="utf-8")
    db = str(folder / "one.db")
    # --db after the command is accepted as well as before it
    assert cli_main(["ingest", "--db", db, "-q", str(folder / "a.txt")]) == 0
    return db


def test_db_is_accepted_before_and_after_the_command(one_db, tmp_path, capsys):
    capsys.readouterr()
    assert cli_main(["events", "--db", one_db, "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 1
    # after the command wins over before it
    assert cli_main(["--db", str(tmp_path / "missing.db"), "events", "--db", one_db]) == 0
    assert build_parser().parse_args(["--db", "x.db", "events"]).db == "x.db"


def test_singular_counts_read_as_singular(one_db, capsys):
    # the title names no place: a headline counts the names its body gives (h-names21), Derna once here
    capsys.readouterr()
    assert cli_main(["--db", one_db, "events"]) == 0
    out = capsys.readouterr().out
    assert "1 event\n" in out or "1 event " in out.split("\n")[0] + " "
    assert "1 events" not in out and "1 independent source" in out
    assert cli_main(["--db", one_db, "entity", "Derna"]) == 0
    out = capsys.readouterr().out
    assert "1 mentions" not in out and "1 mention" in out


def test_a_read_command_never_creates_a_database(tmp_path):
    typo = tmp_path / "typo.db"
    run = _run("--db", str(typo), "events")
    assert run.returncode == 2 and not typo.exists()
    assert "no database at" in run.stderr and "ingest" in run.stderr
    assert "Traceback" not in run.stderr


def test_db_naming_a_directory_is_one_clear_line(tmp_path):
    for argv in (["--db", str(tmp_path), "events"], ["--db", str(tmp_path), "ingest", "-"]):
        run = _run(*argv, stdin="")
        assert run.returncode == 2 and "Traceback" not in run.stderr, run.stderr
        assert "is a directory" in run.stderr


def test_a_folder_of_unsupported_files_or_nothing_says_what_was_skipped(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "report.pdf").write_bytes(b"%PDF-1.4")
    (docs / "memo.docx").write_bytes(b"PK")
    db = tmp_path / "x.db"
    run = _run("--db", str(db), "ingest", str(docs))
    assert run.returncode == 1 and not db.exists()
    assert "1 .pdf" in run.stderr and "1 .docx" in run.stderr and "no inputs" in run.stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    run = _run("--db", str(db), "ingest", str(empty))
    assert run.returncode == 1 and "is empty" in run.stderr


def test_export_into_a_closed_pipe_has_no_traceback(one_db):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    proc = subprocess.run(f"{sys.executable} -m storyline.cli --db {one_db} export --format jsonl "
                          f"| head -c 10", shell=True, capture_output=True, text=True, env=env,
                          timeout=300)
    assert len(proc.stdout) == 10
    assert "Traceback" not in proc.stderr and "BrokenPipe" not in proc.stderr


def test_help_shows_no_raw_markup():
    run = _run("--help")
    assert run.returncode == 0 and "ingest" in run.stdout
    for mark in ("``", ":mod:", ":class:", ":func:", ":meth:"):
        assert mark not in run.stdout
    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command").choices
    for name, sub in commands.items():
        out = sub.format_help()
        assert "``" not in out and ":mod:" not in out and "--db" in out, name


def test_search_output_is_readable(one_db, capsys):
    capsys.readouterr()
    assert cli_main(["--db", one_db, "search", "Derna floods", "--mode", "text"]) == 0
    out = capsys.readouterr().out
    assert "score" not in out and "words" in out and "1 result " in out
    assert cli_main(["--db", one_db, "search", "qqqzzz", "--mode", "text"]) == 0
    out = capsys.readouterr().out
    assert "no results for 'qqqzzz'" in out and "┏" not in out  # a sentence, not an empty table


def test_snippets_end_and_start_at_word_boundaries():
    text = " ".join(f"word{i:03d}" for i in range(200))
    s = snippet(text, "word100", width=100)
    body = s.strip("…")
    words = body.split()
    assert all(len(w) == 7 and w.startswith("word") for w in words), s
    assert s.startswith("…") and s.endswith("…")


def test_a_snippet_shows_a_word_written_without_the_marks_typed():
    """The snippet finds a word as the word index does (storyline.store.word_key):
    "लग्ज़री" typed, "लग्जरी" written."""
    text = " ".join(["शब्द"] * 80) + " किम को ऑरस लग्जरी कार भेंट की " + " ".join(["शब्द"] * 80)
    s = snippet(text, "लग्ज़री", width=60)
    assert "लग्जरी" in s and s.startswith("…"), s


def test_a_summary_for_a_language_no_report_is_in_says_so(one_db, capsys):
    capsys.readouterr()
    assert cli_main(["--db", one_db, "show", "1", "--lang", "ja"]) == 0
    out = capsys.readouterr().out
    assert "Summary (ja;" in out and "no report is in ja: each fact is stated in English" in out
    assert cli_main(["--db", one_db, "show", "1", "--lang", "en"]) == 0
    assert "no report is in" not in capsys.readouterr().out


def test_an_empty_database_says_how_to_fill_it(tmp_path, capsys):
    from storyline.store import open_store

    db = str(tmp_path / "empty.db")
    open_store(db).close()  # a Storyline database with no report in it
    capsys.readouterr()
    for command in ("events", "stories"):
        assert cli_main(["--db", db, command, "--json"]) == 0
        out = capsys.readouterr()
        assert json.loads(out.out) == [] and "holds no reports yet" in out.err and "ingest" in out.err


def test_a_file_of_many_bad_lines_prints_twenty_and_counts_the_rest(one_db, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{broken\n" * 500, encoding="utf-8")
    run = _run("--db", one_db, "ingest", "-q", str(bad))
    assert run.returncode == 1
    lines = run.stderr.splitlines()
    assert sum("broken JSON" in line for line in lines) == 20 and f"{bad}:20: broken JSON" in run.stderr
    assert f"{bad}: 480 more errors not shown (500 in all" in run.stderr
    every = _run("--db", one_db, "ingest", "-q", "--json", str(bad))
    assert len(json.loads(every.stdout)["failed"]) == 500


def test_a_wrong_encoder_in_the_environment_is_named(one_db, monkeypatch):
    monkeypatch.setenv("STORYLINE_ENCODER", "bogus")  # _run passes the environment on
    run = _run("--db", one_db, "search", "Derna")
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert "$STORYLINE_ENCODER: unknown encoder 'bogus'" in run.stderr


def test_a_group_of_one_day_is_dated_once_and_a_story_says_when(one_db, capsys):
    """An event or story of one day read "2023-09-12 … 2023-09-12" in ``show``
    (the pages give the day once), and ``story`` gave no dates at all in its
    header, though its page does."""
    capsys.readouterr()
    assert cli_main(["--db", one_db, "show", "1"]) == 0
    head = capsys.readouterr().out.split("\n")[0]
    assert "2023-09-12" in head and "2023-09-12 … 2023-09-12" not in head
    assert cli_main(["--db", one_db, "story", "1"]) == 0
    head = " ".join(capsys.readouterr().out.split("\n")[:3])
    assert "2023-09-12" in head and "… 2023-09-12" not in head


def test_not_articles_says_none_or_counts_in_the_singular(one_db, tmp_path, capsys):
    """With nothing flagged the list was an empty table titled "0 pages ...";
    with one page its title read "1 pages that are not news reports"."""
    capsys.readouterr()
    assert cli_main(["--db", one_db, "not-articles"]) == 0
    out = capsys.readouterr().out
    assert "every page ingested reads as a news report" in out and "0 pages" not in out
    page = tmp_path / "error.txt"
    page.write_text("title: Page not found\nThe page you are looking for could not be found. "
                    "Please try again later.\n", encoding="utf-8")
    db = str(tmp_path / "flagged.db")
    assert cli_main(["--db", db, "ingest", "-q", str(page)]) == 0
    capsys.readouterr()
    assert cli_main(["--db", db, "not-articles"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "1 page that is not a news report" in out and "1 pages" not in out
    # a search that only a kept-out page answers said "no results … try other words"
    assert cli_main(["--db", db, "search", "looking for"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "it matches 1 page that is not a news report" in out and "--not-articles` shows it" in out, out
    assert cli_main(["--db", db, "search", "looking for", "--not-articles"]) == 0
    assert "Page not found" in capsys.readouterr().out
    # its source and date cells were blank where every other table says so in words
    assert cli_main(["--db", db, "not-articles"]) == 0
    row = next(line for line in capsys.readouterr().out.splitlines() if "Page not found" in line)
    assert "source unknown" in row and "date unknown" in row, row


def test_a_database_of_flagged_pages_only_says_so_not_empty(tmp_path, capsys):
    """Ingesting two error pages said "1 page not news reports" (two: "2 pages not
    news reports"), and then ``events`` said the database "holds no reports yet"."""
    pages = []
    for n, title in enumerate(("Page not found", "404 Not Found")):
        page = tmp_path / f"error{n}.txt"
        page.write_text(f"title: {title}\nThe page you are looking for could not be found. "
                        f"Please try again later (error {n}).\n", encoding="utf-8")
        pages.append(str(page))
    db = str(tmp_path / "flagged.db")
    assert cli_main(["--db", db, "ingest", pages[0]]) == 0
    assert "; 1 page is not a news report, kept out of events" in " ".join(capsys.readouterr().out.split())
    assert cli_main(["--db", db, "ingest", pages[1]]) == 0
    capsys.readouterr()
    for command in ("events", "stories"):
        assert cli_main(["--db", db, command, "--json"]) == 0
        out = capsys.readouterr()
        err = " ".join(out.err.split())
        assert json.loads(out.out) == [] and "no reports yet" not in err
        assert "holds no news reports: 2 pages are not news reports" in err and "not-articles" in err


def test_a_storys_fact_counts_say_they_are_its_events(one_db, capsys):
    """``story`` counted "12 single-source facts" and listed none of them; its
    page says the counts are its events' and each event's page lists them."""
    capsys.readouterr()
    assert cli_main(["--db", one_db, "story", "1"]) == 0
    story = capsys.readouterr().out
    assert re.search(r"\d+ single-source facts? in its events; `show EVENT` lists each one's", story)  # "1 …fact" (h-ui27)
    assert cli_main(["--db", one_db, "show", "1"]) == 0
    assert "in its events" not in capsys.readouterr().out


def test_an_empty_name_is_said_to_be_empty(one_db, capsys):
    """``entity " "`` answered "no entity named ' ' (nor one spelled like it)",
    as if a name had been looked up; an empty search query says it is empty."""
    capsys.readouterr()
    assert cli_main(["--db", one_db, "entity", "  "]) == 2
    err = capsys.readouterr().err
    assert "the name is empty" in err and "nor one spelled" not in err


def test_show_lists_the_single_source_facts_it_counts(tmp_path, capsys):
    """``show`` counted "N single-source facts" over its summary and listed only the
    summary's, though ``story`` sends its reader to ``show EVENT`` for each event's."""
    page = tmp_path / "derna.txt"
    page.write_text("title: Dams burst in Derna\nsource: Harbour Times\ndate: 2023-09-12\n" + " ".join(
        f"Officials in {town} said on Tuesday that {n} people had been rescued from the floods near the river."
        for town, n in (("Derna", 120), ("Benghazi", 340), ("Tobruk", 75), ("Bayda", 410), ("Shahat", 95),
                        ("Susa", 260), ("Marj", 130), ("Ajdabiya", 55), ("Tripoli", 610), ("Misrata", 180))),
        encoding="utf-8")
    one_db = str(tmp_path / "single.db")
    assert cli_main(["--db", one_db, "ingest", "-q", str(page)]) == 0
    capsys.readouterr()
    assert cli_main(["--db", one_db, "show", "1", "--json"]) == 0
    facts = json.loads(capsys.readouterr().out)["facts"]
    single = [f for f in facts if f["label"] == "single-source"]
    assert cli_main(["--db", one_db, "show", "1"]) == 0
    out = capsys.readouterr().out
    head = re.search(r"Summary \(en; \d+ corroborated, \d+ conflicting, (\d+) single-source facts\)", out)
    assert head and int(head.group(1)) == len(single) > 4
    summary, _, rest = out.partition("Stated by one report only")
    in_summary = summary.count("single-source 1 report")
    listed = re.match(rf" \({len(single) - in_summary}; the summary's {in_summary} (is|are) above\)", rest)
    assert in_summary and listed, rest[:80]
    every = " ".join(out.split())
    assert all(" ".join(f["text"].split())[:60] in every for f in single)
    assert cli_main(["--db", one_db, "story", "1"]) == 0  # a story's summary still does not list them
    assert "Stated by one report only" not in capsys.readouterr().out


def test_lists_stay_readable_on_an_80_column_terminal(one_db, capsys, monkeypatch):
    """On an 80-column terminal the events list gave its headline column 9
    characters, one word a line, and broke dates and sources mid-word
    ("2023-09-1|3", "independen|t sources"); there each row is now a block."""
    capsys.readouterr()
    assert cli_main(["--db", one_db, "events", "--json"]) == 0
    event = json.loads(capsys.readouterr().out)[0]
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)  # a terminal, not a pipe
    for command in (["events"], ["stories"], ["search", "Derna"]):
        assert cli_main(["--db", one_db, *command]) == 0, command
        out = re.sub(r"\x1b\[[0-9;]*m", "", capsys.readouterr().out)  # a terminal's colours
        lines = out.splitlines()
        assert lines and all(len(line.rstrip()) <= 80 for line in lines), command
        assert "┃" not in out and "│" not in out, command  # no table squeezed into 80 columns
        flat = " ".join(out.split())
        assert event["first_date"] in flat, command
        assert "independent source" in flat or command[0] == "search", command
        assert " ".join(event["headline"].split()) in flat, command
    monkeypatch.setenv("COLUMNS", "160")  # a wide terminal keeps the table, headline whole on its line
    assert cli_main(["--db", one_db, "events"]) == 0
    out = re.sub(r"\x1b\[[0-9;]*m", "", capsys.readouterr().out)
    assert "┃ headline" in out and any(event["headline"] in line for line in out.splitlines())


def test_piped_lists_take_the_width_columns_asks_for(one_db, capsys, monkeypatch):
    """Piped output is 160 wide (a log keeps whole lines), but a COLUMNS set
    for the command was ignored there: ``COLUMNS=60 storyline search … | less``
    printed 160-column tables."""
    monkeypatch.setattr(sys.stdout, "isatty", lambda: False)
    for width in ("60", "200"):
        monkeypatch.setenv("COLUMNS", width)
        assert cli_main(["--db", one_db, "search", "Derna"]) == 0
        lines = capsys.readouterr().out.splitlines()
        assert lines and max(len(line.rstrip()) for line in lines) <= int(width), width
        assert max(len(line.rstrip()) for line in lines) > 160 or width == "60", width
    monkeypatch.delenv("COLUMNS")
    assert cli_main(["--db", one_db, "search", "Derna"]) == 0
    assert max(len(line.rstrip()) for line in capsys.readouterr().out.splitlines()) > 80  # a pipe alone: wide


def test_show_lists_a_residue_removed_many_times_once_with_its_count(tmp_path, capsys):
    """The English seed printed "removed (template-tag): {{^adFree}}" six times.
    A removal is named as the article page names it ("template code",
    ``wording.RESIDUE_WORDS``), the rule's id kept in brackets to grep for; it
    had printed the id alone where the page says the words."""
    page = tmp_path / "tags.txt"
    paragraphs = ["Floods after storm Daniel broke two dams above the Libyan city of Derna, officials said.",
                  "Rescue teams reached the eastern districts on Tuesday, the Red Crescent said.",
                  "Thousands of people are still missing, according to the city's mayor."]
    page.write_text("title: Dams burst in Derna\ndate: 2023-09-12\n\n" + "\n".join(
        f"{{{{^adFree}}}}\n{p}\n{{{{/adFree}}}}" for p in paragraphs) + "\n", encoding="utf-8")
    db = str(tmp_path / "tags.db")
    assert cli_main(["--db", db, "ingest", "-q", str(page)]) == 0
    capsys.readouterr()
    assert cli_main(["--db", db, "show", "1"]) == 0
    removed = [line.strip() for line in capsys.readouterr().out.splitlines() if "removed (" in line]
    assert removed == ["removed (template code [template-tag], 3 times): {{^adFree}}",
                       "removed (template code [template-tag], 3 times): {{/adFree}}"], removed
    assert cli_main(["--db", db, "show", "1", "--json"]) == 0  # the JSON keeps the id, and gives the label
    rules = {(r["rule"], r["label"]) for a in json.loads(capsys.readouterr().out)["articles_list"] for r in a["removed"]}
    assert rules == {("template-tag", "template code")}, rules


def test_a_summary_page_in_a_language_no_report_is_in_says_so(one_db):
    """`storyline show --lang ja` says "no report is in ja: …"; the event page
    said nothing, and a reader who picked a language no report is in got
    facts in English (or their own language) under that choice, with only the
    language tags to tell.  One sentence (``wording.no_report_in``) for both."""
    from fastapi.testclient import TestClient

    from storyline.api import create_app

    with TestClient(create_app(one_db, None), base_url="http://localhost") as client:
        japanese = client.get("/events/1", params={"lang": "ja"}).text
        english = client.get("/events/1", params={"lang": "en"}).text
    assert re.search(r'<p class="note other-languages">No report is in 日本語 \(ja\): each fact is stated in '
                     r'English where a report states it, else in its own language \(the tag before it\)\.</p>',
                     japanese), japanese[:3000]
    assert "other-languages" not in english
    spanish = "title: Ayuda\nsource: diario.example\ndate: 2023-09-10\n\n" + \
        "España envió ayuda a Marruecos tras el terremoto que sacudió la provincia de Al Haouz el viernes.\n"
    db = os.path.join(os.path.dirname(one_db), "spanish.db")
    path = os.path.join(os.path.dirname(one_db), "es.txt")
    Path(path).write_text(spanish, encoding="utf-8")
    assert cli_main(["--db", db, "ingest", "-q", path]) == 0
    with TestClient(create_app(db, None), base_url="http://localhost") as client:
        page = client.get("/events/1", params={"lang": "en"}).text
    # for an English reader there is no English to fall back on: it says their own language only
    assert "No report is in English (en): each fact is stated in its own language (the tag before it)." in page
