"""Kill -9 at any moment of an ingest, rerun, and compare with a clean run.

Compared: articles lost or duplicated, event sizes, orphans, vectors, the
event partition, stories, entities, the stale mark, ``PRAGMA integrity_check``.
The fast cases cover the step that used to lose work (relinking: a kill
there left 996 articles with no stories and a rerun never relinked); the
long one kills at random moments of every step, three times in a row.
"""
from __future__ import annotations

import json
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
    seed = random.randrange(1 << 30)
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
    _same(after, clean, keys=("events", "stories"))
    if (after["entities"], after["mentions"]) != (clean["entities"], clean["mentions"]):
        # Known gap (issue 13, left open): learned per-source boilerplate is saved
        # every 200 articles and at the end, so a kill before that changes how the
        # rerun cleans the source's later articles, and which names they yield.
        pytest.xfail(f"entities differ after kills (seed {seed}): learned boilerplate is not "
                     "saved with each article")
