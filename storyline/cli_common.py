"""What every ``storyline`` command shares: consoles, opening the database, dates, JSON.

Kept apart from :mod:`storyline.cli` (the parser) and the command modules so
that each stays small.  Opening the database is where most first-hour
mistakes surface (a ``--db`` that names a folder, a typo in its name), so
those become one clear sentence here rather than a traceback or a new empty file.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import sys
from contextlib import nullcontext
from typing import Any

from rich.console import Console
from rich.markup import escape as _e  # noqa: F401  user text must never be read as rich markup

from storyline.wording import plural  # noqa: F401  (re-exported for the command modules)

DEFAULT_DB = os.environ.get("STORYLINE_DB", "storyline.db")


class NoDatabase(Exception):
    """A read command named a database that does not exist (it is not created)."""


def _console() -> Console:
    # piped output keeps full lines (a script or a log, not an 80-column terminal),
    # unless COLUMNS asks for a width: bash does not export it, so a COLUMNS seen
    # here was set on purpose (``COLUMNS=60 storyline events | mail`` printed 160)
    asked = os.environ.get("COLUMNS", "").isdigit()
    return Console(stderr=False, highlight=False,
                   width=None if sys.stdout.isatty() or asked else 160)


MAIN_COLUMN_FLOOR = 30  # a headline narrower than this reads word by word down the screen


def print_list(table, main: str, console: Console | None = None) -> None:
    """Print a list (events, stories, search hits, flagged pages) with its ``main``
    column (the headline, the title) given the width the other columns leave,
    each of those kept on its widest line.  Left to itself rich narrowed the
    widest column first: on an 80-column terminal the events list gave its
    headlines 9 characters, one word a line, and broke "2023-09-1|3" and
    "independen|t sources".  Where that would leave the headline under
    :data:`MAIN_COLUMN_FLOOR` characters, each row is printed as a block
    instead, as the pages' cards are: its first cell and main cell, then the
    other cells on a line of their own."""
    from rich.measure import Measurement

    console = console or _console()
    options = console.options
    columns = table.columns
    at = next(i for i, c in enumerate(columns) if c.header == main)

    def widest(column) -> int:
        return max([Measurement.get(console, options, column.header).maximum]
                   + [Measurement.get(console, options, cell).maximum for cell in column.cells])
    others = {i: widest(c) for i, c in enumerate(columns) if i != at}
    frame = 3 * len(columns) + 1  # a border and a space of padding either side of every cell
    room = console.width - sum(others.values()) - frame
    if room >= MAIN_COLUMN_FLOOR:
        columns[at].width = min(room, widest(columns[at]))
        for i in others:
            columns[i].no_wrap = True
        console.print(table)
        return
    _print_blocks(table, at, console)


def _print_blocks(table, at: int, console: Console) -> None:
    """:func:`print_list`'s rows as blocks, for a terminal too narrow for the table."""
    from rich.table import Table

    columns = table.columns
    cells = [list(c.cells) for c in columns]
    if table.title:
        console.print(f"[bold]{table.title}[/bold]", markup=True)
    lead = 1 if at else 0  # the first column (id, #) heads each block

    def field(header: str, value: str) -> str:
        # a value ending in its column's word says it alone: "sources: 6 independent sources" said it twice
        word = header.lower().removesuffix("s")
        return value if value.lower().rstrip("s").endswith(word) else f"{header}: {value}"

    for row in range(table.row_count):
        block = Table.grid(padding=(0, 2))
        block.add_column(justify="right", no_wrap=True, style="bold")
        block.add_column()
        rest = " · ".join(field(str(columns[i].header), " ".join(str(cells[i][row]).split()))
                          for i in range(lead, len(columns)) if i != at and str(cells[i][row]).strip())
        block.add_row(str(cells[0][row]) if lead else "", cells[at][row])
        block.add_row("", f"[dim]{rest}[/dim]")
        console.print()
        console.print(block)
    if table.caption:
        console.print()
        console.print(table.caption, markup=True, style="dim")


def _err() -> Console:
    # one message per line, unwrapped, so that logs and grep see whole paths
    return Console(stderr=True, highlight=False, soft_wrap=True)


def check_file_path(path: str, option: str) -> None:
    """Refuse a file ``option`` names (``--db``, ``-o``) that cannot be written
    where it is: a directory, or inside a folder that does not exist."""
    if os.path.isdir(path):
        raise ValueError(f"{option} {path}: is a directory; name a file inside it, "
                         f"e.g. {option} {os.path.join(path, 'storyline.db' if option == '--db' else 'out')}")
    parent = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(parent):
        raise ValueError(f"{option} {path}: folder {parent} does not exist")


def check_db_path(db: str, must_exist: bool) -> None:
    """Refuse a ``--db`` that cannot be a database file, before SQLite sees it
    (a ``postgresql://`` URL names a server database: nothing to check here).
    A read command given an empty file says so: SQLite would read it as a new
    database and the command would write Storyline's tables into it."""
    from storyline.store import is_postgres_url, sqlite_path

    if not db.strip():
        raise ValueError("--db is empty; name a database file, e.g. --db news.db "
                         "(or set $STORYLINE_DB)")
    if is_postgres_url(db):
        return
    db = sqlite_path(db)
    check_file_path(db, "--db")
    make = (f"Make one with `storyline --db {db} ingest FILES…` (or `storyline --db {db} demo`), "
            f"or point --db / $STORYLINE_DB at an existing one.")
    if must_exist and not os.path.exists(db):
        raise NoDatabase(f"no database at {db}. {make}")
    if must_exist and os.path.getsize(db) == 0 and not os.path.exists(db + "-wal"):
        raise NoDatabase(f"{db} is an empty file, not a Storyline database. {make}")


def _db_failure(db: str, exc: Exception) -> str:
    """One sentence for a SQLite error on opening or writing ``--db``: what is wrong
    with the file and what to do (SQLite's own words alone name neither)."""
    from storyline.store import sqlite_path

    said, path = str(exc), sqlite_path(db)
    if "file is not a database" in said or "malformed" in said:
        return (f"--db {db}: not a database file (SQLite cannot read it: {said}); name a "
                f"Storyline database, or a new file to create one")
    if "readonly" in said or "read-only" in said:
        return (f"--db {db}: the database cannot be written here (a read-only file, folder or "
                f"disk); reading works, this command needs write access")
    if "unable to open" in said:
        where = ("cannot create the database file: is its folder writable?"
                 if not os.path.exists(path) else "cannot open the file: is it readable, and its "
                 "folder writable (SQLite keeps its -wal and -shm files beside it)?")
        return f"--db {db}: {where} ({said})"
    if "locked" in said or "busy" in said:
        return (f"--db {db}: the database is busy (another storyline process is writing to "
                f"it); try again when it has finished ({said})")
    return f"--db {db}: not a Storyline database or not readable ({said})"


def _row_id(value: str) -> int:
    """argparse type for an event or story id: a whole number a database row can
    have (a 24-digit id made SQLite raise OverflowError, a traceback)."""
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if not 0 <= n < 2**63:
        raise argparse.ArgumentTypeError(f"{value} is not an id (ids are 0 to {2**63 - 1})")
    return n


def working(message: str, show: bool | None = None):
    """A spinner with ``message`` on stderr while whole-corpus work runs (a
    terminal only: logs get no animation), so a long relink or facts export is
    not silence; ``show`` overrides the terminal check (``ingest -q``)."""
    on = sys.stderr.isatty() if show is None else show
    return _err().status(message) if on else nullcontext()


def _app(args, create: bool = False, repair: bool = True):
    """The service over ``args.db``; read commands (``create=False``) never create it.
    With ``repair``, links a killed run left stale are rebuilt first."""
    from storyline.service import Storyline

    check_db_path(args.db, must_exist=not create)
    app = Storyline(args.db, scorer=getattr(args, "scorer", None))
    if repair and app.stale:
        try:
            with working("an earlier run stopped before linking: relinking…"):
                app.repair_links()
            _err().print("relinked stories and names (an earlier run stopped before linking)",
                         markup=False)
        except Exception as exc:  # a read-only file, a busy writer: read what is there
            _err().print(f"warning: stories and names are stale and could not be relinked: "
                         f"{type(exc).__name__}: {exc}", markup=False)
    return app


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def shown(text: str, most: int = 400) -> str:
    """Input quoted in a message (a file name, a reason that quotes the file's
    first line) fit for a terminal: control characters as ``\\xNN`` (an ESC
    from a file would drive the terminal) and at most ``most`` characters."""
    text = _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", str(text))
    return text if len(text) <= most else text[:most - 1] + "…"


def _print_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, default=str, indent=None) + "\n")


def _iso_date(value: str) -> str:
    """argparse type for --date: a calendar date, refused with a clear message."""
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {value!r}") from None


def _publication_day(value: str) -> str:
    """argparse type for ``ingest --date``: a day a report can have been published
    on.  The reader drops a day before 1900 or after next year as it drops such a
    metadata date (:func:`storyline.analyse.dates.date_field_problem`), so ``--date
    2099-01-01`` left every input undated while the ingest said nothing."""
    from storyline.analyse.dates import date_field_problem

    day = _iso_date(value)
    problem = date_field_problem(day)
    if problem:
        raise argparse.ArgumentTypeError(f"{problem}: no report can have been published then")
    return day


def _positive(value: str) -> int:
    """argparse type for a count that must be at least 1 (``ingest --workers``)."""
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {value!r}")
    return n


def _lang(value: str, allow_und: bool = False) -> str:
    """argparse type for a reader's --lang: a language code (:func:`storyline.language_codes.reader_lang`),
    refused with the accepted codes, so a typo is not read as "no reports in that language"."""
    from storyline.language_codes import reader_lang

    try:
        return reader_lang(value, allow_und=allow_und)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _filter_lang(value: str) -> str:
    """argparse type for search's --lang: as :func:`_lang`, and ``und`` (language not told) too."""
    return _lang(value, allow_und=True)


def _date(d) -> str:
    return d.isoformat() if d else ""


_ROLE = re.compile(r":(?:mod|class|func|meth|attr|data|obj|exc):`~?([^`]+)`")


def plain_doc(text: str | None) -> str:
    """A docstring as a reader of ``--help`` should see it: no reST roles or
    ````literal```` marks (``:mod:`storyline.service``` -> ``storyline.service``)."""
    if not text:
        return ""
    text = _ROLE.sub(lambda m: m.group(1).split(".")[-1] if m.group(0).count("~") else m.group(1),
                     text)
    return text.replace("``", "")
