"""Wrong input on the command line: each answer names the option, file or
line at fault, exits non-zero, shows no traceback, and leaves what is stored
as it was (the HTTP API's share is in test_wrong_input_api.py).

One real SQLite file made by a real ingest (real model) serves every read."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import copy_sqlite
from wrong_input_corpus import GOOD, OTHER, ROOT, count_articles, db, run_cli  # noqa: F401 (fixture)

from storyline.cli import main as cli_main


# -- language codes: one check for every --lang and ?lang= ---------------------------
def test_language_codes_are_checked_and_normalised():
    from storyline.language_codes import UnknownLanguage, reader_lang

    assert reader_lang("EN") == "en" and reader_lang(" pt-BR ") == "pt" and reader_lang("zh_Hant") == "zh"
    assert reader_lang("ceb") == "ceb"  # a code the detector gives, with no two-letter one
    assert reader_lang("ja") == "ja"    # valid though no report is Japanese: falls back, as documented
    assert reader_lang("und", allow_und=True) == "und"
    for bad in ("xx", "zz", "english", "e", "", "!!", "und", "en-", "1234"):
        with pytest.raises(UnknownLanguage, match="not a language code.*en, de"):
            reader_lang(bad)
    for typed, meant in (("eng", "en"), ("English", "en"), ("GER", "de"), ("Deutsch", "de")):
        with pytest.raises(UnknownLanguage, match=f"did you mean {meant}\\?"):
            reader_lang(typed)


@pytest.mark.parametrize("argv", [["events", "--lang", "xx"], ["stories", "--lang", "xx"],
                                  ["show", "1", "--lang", "zz"], ["story", "1", "--lang", "zz"],
                                  ["entity", "Derna", "--lang", "english"],
                                  ["search", "Derna", "--lang", "xx"],
                                  ["export", "--format", "facts", "--lang", "!!"]])
def test_cli_refuses_an_unknown_language_naming_the_option(db, argv, capsys):
    with pytest.raises(SystemExit) as exit_:
        cli_main(["--db", db, *argv])
    err = capsys.readouterr().err
    assert exit_.value.code == 2 and "argument --lang:" in err and "not a language code" in err
    assert "en, de" in err


def test_cli_accepts_a_language_in_any_case_or_with_a_region(db, capsys):
    capsys.readouterr()
    assert cli_main(["--db", db, "events", "--lang", "EN", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["headline_lang"] == "en"
    assert cli_main(["--db", db, "search", "Derna", "--lang", "EN-gb", "--mode", "text", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["total"] >= 1


# -- ids, ports, queries, filters -----------------------------------------------------
@pytest.mark.parametrize("argv, said", [
    (["show", "99999999999999999999999"], "argument event_id: 99999999999999999999999 is not an id"),
    (["story", "-1"], "argument story_id: -1 is not an id"),
    (["search", "Derna", "--event", "1e3"], "argument --event: expected a whole number"),
    (["serve", "--port", "99999"], "argument --port: 99999 is not a port"),
    (["demo", "--port", "http"], "argument --port: expected a port number"),
])
def test_numbers_out_of_range_are_refused_by_the_parser(db, argv, said, capsys):
    with pytest.raises(SystemExit) as exit_:
        cli_main(["--db", db, *argv])
    assert exit_.value.code == 2 and said in capsys.readouterr().err


@pytest.mark.parametrize("argv, said", [
    (["search", "  "], "the query is empty"),
    (["search", "Derna", "--entity", "Qqzzxx Nobody"], "--entity: 'Qqzzxx Nobody' names no entity"),
    (["search", "Derna", "--event", "999"], "--event: no event with id 999"),
])
def test_search_filters_that_name_nothing_say_so(db, argv, said, capsys):
    capsys.readouterr()
    assert cli_main(["--db", db, *argv]) == 2
    assert said in capsys.readouterr().err


# -- ingest: the file and line at fault, the rest kept --------------------------------
def test_ingest_names_each_bad_line_and_keeps_the_good_ones(db, tmp_path):
    before = count_articles(db)
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_text("\n".join([json.dumps(OTHER), '{"id": "broken", "text": ',
                                json.dumps({"id": "t", "title": ["a"], "text": "words"}),
                                json.dumps({"id": "no-text", "title": "Only a title"})]) + "\n")
    empty, blank, binary = tmp_path / "empty.jsonl", tmp_path / "blank.jsonl", tmp_path / "bin.jsonl"
    empty.write_bytes(b"")
    blank.write_bytes(b"\n \n")
    binary.write_bytes(b"\x00\x01\x02\xff" * 500 + b"\n" + b"\x89PNG\x00" * 100)
    run = run_cli("--db", db, "ingest", "-q", str(mixed), str(empty), str(blank), str(binary),
               str(tmp_path / "missing.jsonl"))
    assert run.returncode == 1 and "Traceback" not in run.stderr
    err = run.stderr
    assert f"{mixed}:2: broken JSON" in err and f"{mixed}:3: field 'title' must be a string" in err
    assert f"{mixed}:4: missing field 'text'" in err
    assert f"{empty}: empty file: no JSON records" in err and f"{blank}: empty file" in err
    assert err.count(str(binary)) == 1 and "binary file (contains NUL bytes), not JSONL" in err
    assert f"{tmp_path / 'missing.jsonl'}: no such file" in err
    assert "added 1 article" in run.stdout
    assert count_articles(db) == before + 1  # the good line added, nothing stored lost


def test_an_input_with_too_little_text_says_which_of_two_reasons(db, capsys, tmp_path):
    """A 15-character file was "no article text left after removing residue",
    though the cleaner had removed nothing; a file whose every line is residue
    now names what was removed, in the words the pages use and the rule's id
    (it gave the ids alone, "cross-link, photo-credit")."""
    before = count_articles(db)
    short, titled, residue = tmp_path / "short.txt", tmp_path / "titled.txt", tmp_path / "residue.txt"
    short.write_text("just some words", encoding="utf-8")
    titled.write_text("Big summit ends\nShort.\n", encoding="utf-8")
    residue.write_text("Big summit ends\nLesen Sie auch: Heizungsgesetz im Bundestag beschlossen\n"
                       "Foto: picture alliance/dpa\n", encoding="utf-8")
    capsys.readouterr()
    assert cli_main(["--db", db, "ingest", "-q", str(short), str(titled), str(residue)]) == 1
    err = " ".join(capsys.readouterr().err.split())
    assert f"{short}: too short to be an article: 15 characters of text, at least 20 needed" in err
    assert f"{short}: too short to be an article: 15 characters of text, at least 20 needed (" not in err
    assert f"{titled}: too short to be an article: 6 characters of text, at least 20 needed " \
           "(its short first line was read as the title)" in err
    assert f"{residue}: no article text left after removing residue (2 pieces removed: link to another " \
           "story [cross-link], photo credit [photo-credit])" in err
    assert count_articles(db) == before


def test_an_empty_stdin_is_not_an_error(db):
    run = run_cli("--db", db, "ingest", "-q", "-", stdin="")
    assert run.returncode == 0 and "added 0 articles" in run.stdout


# -- export: the option at fault, an earlier file kept --------------------------------
@pytest.mark.sqlite_only  # makes a newer SQLite file with sqlite3
def test_export_names_the_output_and_keeps_an_earlier_file_on_failure(db, tmp_path):
    run = run_cli("--db", db, "export", "-o", str(tmp_path / "no" / "such" / "out.jsonl"))
    assert run.returncode == 2 and f"-o {tmp_path / 'no' / 'such' / 'out.jsonl'}: folder" in run.stderr
    run = run_cli("--db", db, "export", "-o", str(tmp_path))
    assert run.returncode == 2 and "is a directory" in run.stderr
    earlier = tmp_path / "out.jsonl"
    earlier.write_text("yesterday's export\n")
    earlier.chmod(0o640)
    newer = tmp_path / "newer.db"
    copy_sqlite(db, newer)  # not read_bytes(): see conftest.copy_sqlite
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE meta SET value='999' WHERE key='schema_version'")
    assert run_cli("--db", str(newer), "export", "-o", str(earlier)).returncode == 2
    assert earlier.read_text() == "yesterday's export\n"
    run = run_cli("--db", db, "export", "-o", str(earlier))
    assert run.returncode == 0 and len(earlier.read_text().splitlines()) == count_articles(db)
    assert earlier.stat().st_mode & 0o777 == 0o640  # its mode kept, not the temporary file's
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_an_export_that_fails_half_way_leaves_the_earlier_file(db, tmp_path, monkeypatch, capsys):
    import errno

    from storyline.service_read import ReadModels

    def full_disk(self, fmt, out):
        out.write('{"id": "half"}\n')
        raise OSError(errno.ENOSPC, "No space left on device")

    earlier = tmp_path / "out.jsonl"
    earlier.write_text("yesterday's export\n")
    monkeypatch.setattr(ReadModels, "export", full_disk)
    assert cli_main(["--db", db, "export", "-o", str(earlier)]) == 2
    assert "No space left on device" in capsys.readouterr().err
    assert earlier.read_text() == "yesterday's export\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


@pytest.mark.sqlite_only  # copies the SQLite file and waits for its -wal
def test_ctrl_c_is_one_sentence_and_keeps_what_is_stored(db, tmp_path):
    import signal
    import time

    copy = tmp_path / "copy.db"
    src, dst = sqlite3.connect(db), sqlite3.connect(copy)
    src.backup(dst)
    dst.execute("PRAGMA journal_mode=DELETE")  # Storyline's store switches it back to WAL
    dst.close()
    src.close()
    before = count_articles(str(copy))
    wal = Path(str(copy) + "-wal")
    assert not wal.exists()  # it appears when the command has opened the store
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    proc = subprocess.Popen([sys.executable, "-m", "storyline.cli", "--db", str(copy), "ingest", "-q", "-"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env,
                            # a terminal's Ctrl-C: a test run in the background (`pytest &`) has
                            # SIGINT ignored, and a child would inherit that and never see it
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 120
    while not wal.exists() and time.monotonic() < deadline:  # the store is open: main() is running
        time.sleep(0.1)
    time.sleep(0.5)
    proc.send_signal(signal.SIGINT)  # while it waits for stdin
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130 and "Traceback" not in err and "interrupted" in err, err
    assert count_articles(str(copy)) == before


def test_other_url_schemes_are_named_not_looked_for_as_files(db):
    run = run_cli("--db", db, "ingest", "-q", "ftp://example.org/news.xml", "file:///etc/hostname")
    assert run.returncode == 1
    assert "ftp://example.org/news.xml: unsupported URL scheme 'ftp'" in run.stderr
    assert "file:///etc/hostname: unsupported URL scheme 'file'" in run.stderr
    assert "ftp:/example.org" not in run.stderr  # it was looked for as a file of that name


def test_relink_json_is_json_when_there_is_nothing_to_do(db, capsys):
    capsys.readouterr()
    assert cli_main(["--db", db, "relink", "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["up_to_date"] is True and stats["relinked"] == 0 and stats["events"] >= 1


def test_ingest_messages_quote_input_without_driving_the_terminal(db, tmp_path):
    name = str(tmp_path / "news\x1b[2J\x1b[31m.txt")  # a file name that would clear the screen
    long_warc = tmp_path / "junk.warc"
    long_warc.write_bytes(b"x" * 5000 + b"\n")  # the WARC reader quotes the first line
    run = run_cli("--db", db, "ingest", "-q", name, str(long_warc))
    assert run.returncode == 1 and "\x1b" not in run.stderr
    assert "news\\x1b[2J\\x1b[31m.txt: no such file" in run.stderr
    assert max(len(line) for line in run.stderr.splitlines()) < 1000


@pytest.mark.sqlite_only  # reads the file with plain sqlite3
def test_a_source_or_author_with_terminal_escapes_is_stored_clean(tmp_path):
    db = str(tmp_path / "esc.db")
    record = {**OTHER, "source": "wire\x1b[5m.example", "author": "A. \x1b[31mWriter"}
    run = run_cli("--db", db, "ingest", "-q", "-", stdin=json.dumps(record) + "\n")
    assert run.returncode == 0, run.stderr
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT source, author FROM articles").fetchone() == ("wire.example", "A. Writer")
    finally:
        conn.close()
    for argv in (["show", "1"], ["search", "Derna", "--mode", "text"]):
        assert "\x1b" not in run_cli("--db", db, *argv).stdout


def _on_a_terminal(*argv: str) -> tuple[int, str]:
    """Run the CLI with stderr on a pseudo-terminal; (exit code, what the terminal got)."""
    import pty

    master, slave = pty.openpty()
    env = {**os.environ, "TERM": "xterm", "COLUMNS": "100",
           "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    proc = subprocess.Popen([sys.executable, "-m", "storyline.cli", *argv], stdout=subprocess.PIPE,
                            stderr=slave, env=env)
    os.close(slave)
    seen = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        seen += chunk
    proc.communicate(timeout=120)
    os.close(master)
    return proc.returncode, seen.decode("utf-8", "replace")


def test_long_work_says_what_it_is_doing_on_a_terminal(db, tmp_path):
    code, seen = _on_a_terminal("--db", db, "relink", "--full")
    assert code == 0 and "relinking every event into stories and names" in seen
    code, seen = _on_a_terminal("--db", db, "export", "--format", "facts", "-o", str(tmp_path / "f.jsonl"))
    assert code == 0 and "exporting each event's summary and facts" in seen


def test_demo_does_not_mix_its_corpus_into_a_database_of_ones_own(db, capsys):
    before = count_articles(db)
    capsys.readouterr()
    assert cli_main(["--db", db, "demo", "--no-serve"]) == 2
    assert "already holds reports of its own" in capsys.readouterr().err
    assert count_articles(db) == before


def test_the_reader_language_form_offers_no_code_it_would_refuse():
    from storyline.web.pages import _reader_languages

    from storyline.reader_words import WORDED_LANGS

    offered = _reader_languages(["und", "hi", "ru"], "de")
    assert "und" not in offered  # a code the setting would refuse is never offered
    # the report's languages, the chosen one, English and every worded language (h-ui33), once each, sorted
    assert offered == sorted({"de", "en", "hi", "ru", *WORDED_LANGS})


def test_bench_refuses_an_empty_or_binary_labelled_file(tmp_path, capsys):
    empty, binary = tmp_path / "gold.jsonl", tmp_path / "gold.bin.jsonl"
    empty.write_text("\n")
    binary.write_bytes(b"\x9d\xff\x00 not text\n")
    assert cli_main(["bench", "clustering", str(empty)]) == 2  # it scored 0.0 (pairwise F1 1.0)
    assert f"{empty}: no labelled records" in capsys.readouterr().err
    assert cli_main(["bench", "clustering", str(binary)]) == 2
    assert f"{binary}:1: not UTF-8 text" in capsys.readouterr().err


@pytest.mark.sqlite_only  # the database is a SQLite file
def test_export_over_the_database_itself_is_refused(db, capsys):
    before = count_articles(db)
    capsys.readouterr()
    for target in (db, db + "-wal"):
        assert cli_main(["--db", db, "export", "-o", target]) == 2  # it wrote JSONL over the database
        assert "is the database itself" in capsys.readouterr().err
    assert count_articles(db) == before


def test_a_write_that_fails_counts_no_new_event(tmp_path, monkeypatch):
    """The report said "1 new event" for an article whose write failed and
    rolled back (its event row with it)."""
    from storyline.ingest.readers import from_record
    from storyline.service import Storyline

    app = Storyline(str(tmp_path / "fail.db"))
    try:
        def refuse(*args, **kwargs):
            raise ValueError("disk says no")
        monkeypatch.setattr(app.store, "add_article", refuse)
        report = app.ingest([from_record(GOOD, "good:1")], relink=False)
        assert [e.reason for e in report.failed] == ["ValueError: disk says no"]
        assert report.added == [] and report.new_events == 0 and report.duplicates == 0
        monkeypatch.undo()
        assert app.store.count_articles() == 0 and app.store.events() == []
    finally:
        app.close()


def test_a_date_given_as_a_number_is_read_as_unix_seconds(tmp_path, capsys):
    """``"date": 1718755200`` refused the whole record ("must be a string")
    while the string ``"1718755200"`` was read: both are the same instant."""
    src = tmp_path / "numbers.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in [
        {**GOOD, "date": 1718755200}, {**{k: v for k, v in OTHER.items() if k != "date"}, "id": "n-2", "published": "1718755200"},
        {**OTHER, "id": "n-3", "date": True, "text": OTHER["text"] + " More."}]) + "\n")
    path = str(tmp_path / "n.db")
    assert cli_main(["--db", path, "ingest", "-q", str(src)]) == 1  # the boolean line is refused
    assert f"{src}:3: field 'date' must be a string or an integer, got a boolean" in capsys.readouterr().err
    from storyline.store import open_store

    store = open_store(path)  # a SQLite file, or the PostgreSQL schema the suite maps it to
    try:
        days = {a.external_id: a.published.isoformat()[:10] if a.published else None for a in store.articles()}
    finally:
        store.close()
    assert days == {"derna-1": "2024-06-19", "n-2": "2024-06-19"}
