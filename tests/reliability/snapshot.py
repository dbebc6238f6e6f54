"""What a database holds, in a form two runs can be compared by (plain sqlite3:
the check must not trust the code it checks)."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from storyline import demo


def snapshot(db: str) -> dict:
    con = sqlite3.connect(db)
    try:
        q = lambda sql: con.execute(sql).fetchall()  # noqa: E731
        arts = q("SELECT id, content_hash, event_id FROM articles")
        events: dict[int, set[str]] = {}
        for aid, _h, eid in arts:
            events.setdefault(eid, set()).add(aid)
        story_of = dict(q("SELECT id, story_id FROM events WHERE story_id IS NOT NULL"))
        stories: dict[int, set[str]] = {}
        for eid, members in events.items():
            if eid in story_of:
                stories.setdefault(story_of[eid], set()).update(members)
        stale = q("SELECT value FROM state WHERE key='links.stale'")
        return {
            "articles": sorted(a for a, _, _ in arts),
            "duplicated": len(arts) - len({h for _, h, _ in arts}),
            "event_sizes_agree": q("SELECT COALESCE(SUM(n_articles), 0) FROM events")[0][0] == len(arts),
            "orphans": q("SELECT COUNT(*) FROM articles a LEFT JOIN events e ON e.id = a.event_id "
                         "WHERE e.id IS NULL")[0][0],
            "vectors": q("SELECT COUNT(*) FROM vectors")[0][0],
            "events": sorted(sorted(m) for m in events.values()),
            "unlinked_events": len(set(events) - set(story_of)),
            "stories": sorted(sorted(m) for m in stories.values()),
            "entities": sorted(r[0] for r in q("SELECT name FROM entities")),
            "mentions": q("SELECT COUNT(*) FROM entity_mentions")[0][0],
            "stale": bool(json.loads(stale[0][0])) if stale else False,
            "integrity": q("PRAGMA integrity_check")[0][0],
        }
    finally:
        con.close()


def write_demo(path: Path, n: int | None = None, start: int = 0) -> list[dict]:
    """The first ``n`` demo articles (from ``start``) as a JSONL file."""
    rows = demo.records()[start:][:n]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return rows


def ingest_cmd(db: str, *paths: str) -> list[str]:
    return [sys.executable, "-m", "storyline.cli", "--db", db, "ingest", "-q", *paths]


def env() -> dict:
    return {**os.environ, "PYTHONUNBUFFERED": "1"}


def count(db: str, sql: str = "SELECT COUNT(*) FROM articles"):
    try:
        with sqlite3.connect(db, timeout=1) as con:
            return con.execute(sql).fetchone()[0]
    except sqlite3.Error:
        return None


def kill_when(cmd: list[str], ready, timeout: float = 600) -> bool:
    """Start ``cmd``; SIGKILL it as soon as ``ready()`` is true; False if it ended first."""
    proc = subprocess.Popen(cmd, env=env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + timeout
    try:
        while time.time() < deadline and proc.poll() is None:
            if ready():
                proc.send_signal(signal.SIGKILL)
                proc.wait()
                return True
            time.sleep(0.02)
        return False
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def kill_after(cmd: list[str], seconds: float) -> bool:
    """Start ``cmd`` and SIGKILL it after ``seconds``; False if it ended first."""
    proc = subprocess.Popen(cmd, env=env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        proc.wait(timeout=seconds)
        return False
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        return True
