"""Each language's sum and count of stored report vectors, kept in the database.

Why: search centres every report on its language's mean
(:mod:`storyline.search_centre`), and that mean was rebuilt from every stored
vector whenever the report count changed: after each ingest, a full vector
scan (on PostgreSQL over the wire, in every ``storyline search`` process).
The sums are now a small table (one row per language) that
:meth:`LanguageSums._add_language_sum` updates in the writer transaction that
stores the report, so reading them is one short query in any process.  A
report's vector never changes once stored and Storyline deletes no report,
so adding is all it takes.  A database from before the table is filled once
when first opened (SQLite migration 13, PostgreSQL migration 6: one scan).

Sums are float64 bytes (``total``), so both backends add alike; a vector of
another width than its language's sum (another encoder's) is left out, as
the in-memory sums always did.  Pages the gate flagged (``not_article``)
carry no vector and count nowhere.
"""
from __future__ import annotations

from typing import Any, Iterable

import numpy as np

LANGUAGE_SUMS_SCHEMA = """
    CREATE TABLE IF NOT EXISTS language_sums (lang TEXT PRIMARY KEY, n INTEGER NOT NULL, total BLOB NOT NULL);
"""
LANGUAGE_SUMS_SCHEMA_PG = """
    CREATE TABLE IF NOT EXISTS language_sums (lang TEXT PRIMARY KEY, n BIGINT NOT NULL, total BYTEA NOT NULL);
"""


def language_key(code: str | None) -> str:
    """The language a report is summed under: its code's primary subtag, lower case."""
    return (code or "").split("-")[0].lower()


def sums_of(rows: Iterable[tuple[str | None, np.ndarray | None]]) -> dict[str, tuple[np.ndarray, int]]:
    """(language code, vector) rows -> {language: (float64 sum, count)}."""
    out: dict[str, tuple[np.ndarray, int]] = {}
    for code, vector in rows:
        if vector is None or not np.asarray(vector).size:
            continue
        lang, v = language_key(code), np.asarray(vector, np.float64)
        total, n = out.get(lang, (None, 0))
        if total is not None and total.shape != v.shape:
            continue
        out[lang] = (v.copy() if total is None else total + v, n + 1)
    return out


def fill_rows(sums: dict[str, tuple[np.ndarray, int]]) -> list[tuple[str, int, bytes]]:
    return [(lang, n, total.astype(np.float64).tobytes()) for lang, (total, n) in sorted(sums.items())]


class LanguageSums:
    """Mixed into both stores; needs ``dialect``, ``_one``, ``_rows`` and ``_exec``."""

    def _add_language_sum(self, lang_code: str | None, vector: np.ndarray | None, sign: int = 1) -> None:
        """Fold a stored report's vector into its language's row (called by
        ``add_article``, inside its writer transaction); ``sign`` -1 takes a
        replaced text's vector out (:meth:`Store.replace_article`)."""
        if vector is None or not np.asarray(vector).size:
            return
        d, lang = self.dialect, language_key(lang_code)
        v = np.asarray(vector, np.float32).astype(np.float64)
        row = self._one(f"SELECT n, total FROM language_sums WHERE lang = {d.param}", (lang,))
        if row is not None:
            total = np.frombuffer(bytes(row[1]), np.float64)
            if total.shape != v.shape:
                return
            v, n = total + sign * v, int(row[0]) + sign
        elif sign < 0:
            return
        else:
            n = 1
        self._exec(d.upsert("language_sums", ("lang", "n", "total"), "lang"), (lang, n, v.tobytes()))

    def language_vector_sums(self) -> dict[str, tuple[np.ndarray, int]]:
        """{language: (sum of its reports' vectors, float64; count)}."""
        return {r[0]: (np.frombuffer(bytes(r[2]), np.float64).copy(), int(r[1]))
                for r in self._rows("SELECT lang, n, total FROM language_sums")}


def fill_sqlite(db: Any) -> None:
    """SQLite migration 13's step: the sums of the reports already stored
    (re-runnable: a file set back to an older version is filled anew)."""
    db.execute("DELETE FROM language_sums")
    rows = db.execute("SELECT a.lang, v.vec FROM articles a JOIN vectors v ON v.article_id = a.id "
                      "WHERE a.not_article IS NULL AND v.vec IS NOT NULL ORDER BY a.seq")
    sums = sums_of((lang, np.frombuffer(blob, np.float32)) for lang, blob in rows)
    db.executemany("INSERT INTO language_sums VALUES (?, ?, ?)", fill_rows(sums))


def fill_postgres(conn: Any) -> None:
    """PostgreSQL migration 6's step: the sums of the reports already stored."""
    conn.execute("DELETE FROM language_sums")
    rows = conn.execute("SELECT a.lang, v.vec::real[] FROM articles a JOIN vectors v ON v.article_id = a.id "
                        "WHERE a.not_article IS NULL AND v.vec IS NOT NULL ORDER BY a.seq")
    sums = sums_of((lang, np.asarray(vec, np.float32)) for lang, vec in rows)
    with conn.cursor() as cur:
        cur.executemany("INSERT INTO language_sums VALUES (%s, %s, %s)", fill_rows(sums))
