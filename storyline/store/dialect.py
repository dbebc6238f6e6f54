"""What the two backends spell differently in SQL, named once.

Why: both stores run the same queries (the search filters, the event and
story listings, the LSH band table).  Written once per backend they were
near-copies that could drift apart one clause at a time (a filter added to
one backend only; ``NULLS LAST`` on one side).  A query written once takes
a :class:`Dialect` for the few things the engines say differently:

- the parameter mark (``?`` vs ``%s``);
- a list parameter: SQLite has no arrays (one mark per value, ``IN (…)``),
  PostgreSQL takes one array (``= ANY(%s)``);
- how a date travels: ISO text in SQLite's ``TEXT`` columns, ``date`` in
  PostgreSQL's;
- the distinct-values aggregate (``GROUP_CONCAT`` vs ``string_agg``);
- a member of a JSON text column (``json_extract`` vs ``::json ->``);
- insert-or-ignore and insert-or-replace, ``LIMIT`` without a limit, and
  byte-order text sorting (SQLite's default ``BINARY``; ``COLLATE "C"``).

Everything else is SQL both accept; where SQLite's default order differs
from PostgreSQL's (NULLs), the shared text writes SQLite's order out
(``NULLS LAST`` after ``DESC``, ``NULLS FIRST`` otherwise), which changes
nothing on SQLite and makes PostgreSQL sort alike.
"""
from __future__ import annotations

import datetime as dt
from typing import Any, Iterator, Sequence


class Dialect:
    """The SQLite spelling; :class:`PostgresDialect` overrides what differs."""

    name = "sqlite"
    param = "?"
    binary_order = ""  # appended to a text ORDER BY key: sort by code point, as SQLite does
    # case folding in SQL: SQLite's own lower() folds ASCII only, so the
    # connection registers Python's (see SQLiteStore); PostgreSQL's folds all
    # letters.  "Ärzteblatt" and "ärzteblatt" are one source on both.
    lower = "py_lower"

    def params(self, n: int) -> str:
        """``n`` parameter marks, comma-separated (a ``VALUES`` row)."""
        return ",".join([self.param] * n)

    def any_of(self, expr: str, values: Sequence[Any], fold: bool = False) -> tuple[str, list[Any]]:
        """``expr`` equals one of ``values`` (``fold``: case-insensitively),
        as a clause and its arguments; ``fold`` compares :attr:`lower` of
        ``expr`` with the values lowercased in Python.  No values is false (``0``)."""
        if not values:
            return "0", []
        column = f"{self.lower}({expr})" if fold else expr
        args = [v.lower() for v in values] if fold else list(values)
        return f"{column} IN ({self.params(len(values))})", args

    def chunks(self, values: Sequence[Any]) -> list[list[Any]]:
        """``values`` in pieces of at most 500: a statement binds at most 999
        variables on older SQLite builds."""
        return [list(values[i:i + 500]) for i in range(0, len(values), 500)]

    def any_of_pieces(self, expr: str, values: Sequence[Any]) -> Iterator[tuple[str, list[Any]]]:
        """:meth:`any_of` over each of :meth:`chunks` (nothing for no values),
        for statements whose effects add up (deletes, reads merged after)."""
        for part in self.chunks(values):
            yield self.any_of(expr, part)

    def date_arg(self, day: dt.date) -> Any:
        """A date as a query argument (SQLite stores ISO text)."""
        return day.isoformat()

    def day(self, value: Any) -> dt.date | None:
        """A stored date column as a :class:`datetime.date` (or ``None``)."""
        return dt.date.fromisoformat(value) if value else None

    def distinct_list(self, expr: str) -> str:
        """The distinct values of ``expr`` in a group, comma-joined."""
        return f"GROUP_CONCAT(DISTINCT {expr})"

    def json_member(self, expr: str, key: str) -> str:
        """The member ``key`` of the JSON text in ``expr``, as JSON text (NULL
        where absent): a read of one field of a large document without
        sending the whole document to Python to parse."""
        return f"json_extract({expr}, '$.{key}')"

    def insert_ignore(self, table: str, n: int) -> str:
        """Insert a row of ``n`` values unless it is already there."""
        return f"INSERT OR IGNORE INTO {table} VALUES ({self.params(n)})"

    def upsert(self, table: str, columns: tuple[str, ...], key: str, touch: bool = False) -> str:
        """Insert a row, replacing the one with the same ``key``; ``touch``:
        the table's ``updated_at`` becomes now (here: its default, as the
        replaced row is deleted and the new one inserted)."""
        return f"INSERT OR REPLACE INTO {table} ({', '.join(columns)}) VALUES ({self.params(len(columns))})"

    def limit(self, limit: int | None) -> int | None:
        """The ``LIMIT`` argument for "at most ``limit``" (``None``: all)."""
        return -1 if limit is None else limit


class PostgresDialect(Dialect):
    """PostgreSQL: ``%s`` marks, arrays, ``date`` columns, upsert syntax."""

    name = "postgres"
    param = "%s"
    binary_order = ' COLLATE "C"'
    lower = "lower"

    def any_of(self, expr: str, values: Sequence[Any], fold: bool = False) -> tuple[str, list[Any]]:
        """One array argument (an empty one matches nothing); ``fold``
        compares ``lower(expr)`` with the values lowercased in Python."""
        if fold:
            return f"{self.lower}({expr}) = ANY(%s)", [[v.lower() for v in values]]
        return f"{expr} = ANY(%s)", [list(values)]

    def chunks(self, values: Sequence[Any]) -> list[list[Any]]:
        return [list(values)] if values else []  # one array, however long

    def date_arg(self, day: dt.date) -> Any:
        return day

    def day(self, value: Any) -> dt.date | None:
        return value

    def distinct_list(self, expr: str) -> str:
        return f"string_agg(DISTINCT {expr}, ',')"

    def json_member(self, expr: str, key: str) -> str:
        return f"(({expr})::json -> '{key}')::text"

    def insert_ignore(self, table: str, n: int) -> str:
        return f"INSERT INTO {table} VALUES ({self.params(n)}) ON CONFLICT DO NOTHING"

    def upsert(self, table: str, columns: tuple[str, ...], key: str, touch: bool = False) -> str:
        sets = [f"{c} = EXCLUDED.{c}" for c in columns if c != key] + (["updated_at = now()"] if touch else [])
        return (f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({self.params(len(columns))}) "
                f"ON CONFLICT ({key}) DO UPDATE SET {', '.join(sets)}")

    def limit(self, limit: int | None) -> int | None:
        return limit  # LIMIT NULL is no limit


SQLITE = Dialect()
POSTGRES = PostgresDialect()
