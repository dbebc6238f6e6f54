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
    # piped output keeps full lines (a script or a log, not an 80-column terminal)
    return Console(stderr=False, highlight=False,
                   width=None if sys.stdout.isatty() else 160)


def _err() -> Console:
    # one message per line, unwrapped, so that logs and grep see whole paths
    return Console(stderr=True, highlight=False, soft_wrap=True)


def check_db_path(db: str, must_exist: bool) -> None:
    """Refuse a ``--db`` that cannot be a database file, before SQLite sees it
    (a ``postgresql://`` URL names a server database: nothing to check here)."""
    from storyline.store import is_postgres_url

    if is_postgres_url(db):
        return
    if os.path.isdir(db):
        raise ValueError(f"--db {db}: is a directory; name a database file inside it, "
                         f"e.g. --db {os.path.join(db, 'storyline.db')}")
    parent = os.path.dirname(os.path.abspath(db))
    if not os.path.isdir(parent):
        raise ValueError(f"--db {db}: folder {parent} does not exist")
    if must_exist and not os.path.exists(db):
        raise NoDatabase(f"no database at {db}. Make one with "
                         f"`storyline --db {db} ingest FILES…` (or `storyline --db {db} demo`), "
                         f"or point --db / $STORYLINE_DB at an existing one.")


def _app(args, create: bool = False, repair: bool = True):
    """The service over ``args.db``; read commands (``create=False``) never create it.
    With ``repair``, links a killed run left stale are rebuilt first."""
    from storyline.service import Storyline

    check_db_path(args.db, must_exist=not create)
    app = Storyline(args.db, scorer=getattr(args, "scorer", None))
    if repair and app.stale:
        try:
            with _err().status("an earlier run stopped before linking: relinking…") \
                    if sys.stderr.isatty() else nullcontext():
                app.repair_links()
            _err().print("relinked stories and names (an earlier run stopped before linking)",
                         markup=False)
        except Exception as exc:  # a read-only file, a busy writer: read what is there
            _err().print(f"warning: stories and names are stale and could not be relinked: "
                         f"{type(exc).__name__}: {exc}", markup=False)
    return app


def _print_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, default=str, indent=None) + "\n")


def _iso_date(value: str) -> str:
    """argparse type for --date: a calendar date, refused with a clear message."""
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {value!r}") from None


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
