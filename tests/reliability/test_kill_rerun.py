"""Kill -9 at any moment of an ingest, rerun, and compare with a clean run.

Compared: articles lost or duplicated, event sizes, orphans, vectors, the
event partition, stories, entities, the stale mark, ``PRAGMA integrity_check``.
The fast cases cover the step that used to lose work (relinking: a kill
there left 996 articles with no stories and a rerun never relinked); the
long one kills at random moments of every step, three times in a row.
"""
from __future__ import annotations

import json
import os
import sqlite3
import random
import subprocess
import time

import pytest

from storyline.cli import main as cli_main
from storyline.ingest.readers import from_record
from storyline.service import Storyline

from .snapshot import count, env, ingest_cmd, kill_after, kill_when, snapshot, write_demo


# processes on one SQLite file, checked with plain sqlite3 (tests/reliability/snapshot.py);
# several processes on PostgreSQL: tests/test_catch_up.py and `storyline bench writers`
pytestmark = pytest.mark.sqlite_only
N_FAST = 8  # demo articles: enough for several events and a story or two


def _clean(tmp_path, n=N_FAST) -> tuple[str, dict]:
    src = tmp_path / "in.jsonl"
    write_demo(src, n)
    db = str(tmp_path / "clean.db")
    subprocess.run(ingest_cmd(db, str(src)), env=env(), check=True, capture_output=True, timeout=900)
    return str(src), snapshot(db)


def _same(after: dict, clean: dict, keys=("events", "stories", "entities", "mentions")) -> None:
    assert after["integrity"] == "ok"
    assert after["duplicated"] == 0 and after["orphans"] == 0 and after["event_sizes_agree"]
    assert after["articles"] == clean["articles"], "articles lost"
    assert after["vectors"] == len(after["articles"])
    assert not after["stale"] and after["unlinked_events"] == 0
    for key in keys:
        assert after[key] == clean[key], key


def test_links_left_stale_are_repaired_by_the_next_read_command(tmp_path, capsys):
    """Articles stored, links never made (what a kill before relinking leaves)."""
    src, clean = _clean(tmp_path)
    db = str(tmp_path / "stale.db")
    app = Storyline(db)
    with open(src, encoding="utf-8") as fh:
        app.ingest([from_record(json.loads(line), f"{src}:{i}") for i, line in enumerate(fh, 1)],
                   relink=False)
    app.close()
    left = snapshot(db)
    assert left["stale"] and left["stories"] == [] and left["entities"] == []
    assert cli_main(["--db", db, "stories", "--json"]) == 0  # a read command
    out = capsys.readouterr()
    assert "relinked" in out.err
    assert sum(s["articles"] for s in json.loads(out.out)) == len(clean["articles"])
    _same(snapshot(db), clean)


def test_a_kill_while_relinking_is_repaired_by_a_rerun(tmp_path):
    src, clean = _clean(tmp_path)
    n = len(clean["articles"])
    db = str(tmp_path / "killed.db")
    # every article stored and the mark still set: the process is saving or relinking
    for _ in range(3):
        killed = kill_when(ingest_cmd(db, src), lambda: count(db) == n and count(
            db, "SELECT COUNT(*) FROM events WHERE story_id IS NOT NULL") == 0)
        if killed:
            break
        pytest.fail("the ingest ended before the kill could land") if _ == 2 else None
    left = snapshot(db)
    assert left["stale"] and len(left["articles"]) == n and left["stories"] == []
    rerun = subprocess.run(ingest_cmd(db, src), env=env(), capture_output=True, text=True, timeout=900)
    assert rerun.returncode == 0, rerun.stderr
    assert "added 0 articles" in rerun.stdout
    _same(snapshot(db), clean)


@pytest.mark.reliability_long
def test_kills_at_random_moments_of_every_step_then_a_rerun_match_a_clean_run(tmp_path):
    """Demo corpus (75 articles, dated and undated); three SIGKILLs at random
    moments (reading, analysing, placing, second looks, relinking), then a
    rerun; the result must equal one uninterrupted run."""
    src = tmp_path / "demo.jsonl"
    write_demo(src)
    clean_db = str(tmp_path / "clean.db")
    t0 = time.monotonic()
    subprocess.run(ingest_cmd(clean_db, str(src)), env=env(), check=True, timeout=1800)
    took = time.monotonic() - t0
    clean = snapshot(clean_db)
    seed = int(os.environ.get("STORYLINE_KILL_SEED") or random.randrange(1 << 30))  # to replay a failure
    rng = random.Random(seed)
    db = str(tmp_path / "killed.db")
    landed = []
    for _ in range(3):
        at = rng.uniform(0.5, took * 0.9)
        if kill_after(ingest_cmd(db, str(src)), at):
            landed.append((round(at, 1), count(db)))
    # and once more exactly in the relinking step
    if not snapshot(db)["stale"] or len(snapshot(db)["articles"]) < len(clean["articles"]):
        kill_when(ingest_cmd(db, str(src)), lambda: count(db) == len(clean["articles"]))
    rerun = subprocess.run(ingest_cmd(db, str(src)), env=env(), capture_output=True, text=True,
                           timeout=1800)
    assert rerun.returncode == 0, (seed, rerun.stderr)
    print(f"seed {seed}; kills (seconds, articles stored) {landed}; clean run {took:.0f} s")
    after = snapshot(db)
    assert after["integrity"] == "ok" and after["duplicated"] == 0 and after["orphans"] == 0
    assert after["articles"] == clean["articles"], (seed, landed)
    for key in ("events", "stories", "entities", "mentions"):
        assert after[key] == clean[key], (key, seed, landed)
    _same(after, clean)


class _Killed(BaseException):
    """What a SIGKILL leaves, in-process: the ingest loop stops where it is
    (nothing after this input runs: no batch flush, no end-of-call steps)."""


CHROME = "Tide tables and ferry times appear on page two of the printed edition"
PLACES = ["Portsmouth", "Southampton", "Plymouth", "Dover", "Brighton", "Falmouth", "Weymouth",
          "Poole", "Exeter", "Hastings", "Folkestone", "Margate"]


def _harbour_rows(n: int = 24) -> list[dict]:
    """One source's reports; a line that only some of them carry, so whether it
    counts as the source's boilerplate depends on every article seen before."""
    rows = []
    for i in range(n):
        place = PLACES[i % len(PLACES)]
        body = (f"Council officers in {place} approved plan number {100 + i} for the quay on "
                f"day {i + 1}, after {3 + i} residents wrote to the planning committee.")
        lines = [body] + ([CHROME] if i in (0, 16, 17, 18) else [])
        rows.append({"id": f"h{i}", "source": "Harbour Daily", "title": f"{place} quay plan {100 + i}",
                     "date": f"2024-0{1 + i // 12}-{1 + i % 12:02d}", "text": "\n".join(lines)})
    return rows


def _ingest_until(db: str, rows: list[dict], kill_after: int | None = None) -> None:
    def items():
        for i, row in enumerate(rows):
            if kill_after is not None and i == kill_after:
                raise _Killed
            yield from_record(row, f"t:{row['id']}")
    app = Storyline(db)
    try:
        app.ingest(items())
    except _Killed:
        pass
    finally:
        app.close()


def _texts(db: str) -> dict:
    app = Storyline(db)
    try:
        return {a.id: (a.text, [(r.rule, r.text) for r in a.removed],
                       sorted((m.text, m.label) for m in a.entities)) for a in app.store.articles()}
    finally:
        app.close()


def test_learned_boilerplate_after_a_kill_is_what_a_clean_run_learned(tmp_path):
    """The articles a killed run stored are counted by the rerun exactly where
    the killed run counted them: every article is cleaned as in one clean run
    (text, removed lines, names), and the saved learner equals the clean one."""
    rows = _harbour_rows()
    clean_db, db = str(tmp_path / "clean.db"), str(tmp_path / "killed.db")
    _ingest_until(clean_db, rows)
    _ingest_until(db, rows, kill_after=18)  # 16 stored (one batch), 2 in flight
    assert 0 < count(db) < len(rows)
    _ingest_until(db, rows)
    clean, after = _texts(clean_db), _texts(db)
    assert sorted(after) == sorted(clean)
    assert after == clean
    assert sum(CHROME in text for text, _, _ in clean.values()) == 4  # too rare in this source to be its boilerplate
    state = lambda path: sqlite3.connect(path).execute(  # noqa: E731
        "SELECT value FROM state WHERE key='clean.boilerplate'").fetchone()[0]
    assert json.loads(state(db)) == json.loads(state(clean_db))
