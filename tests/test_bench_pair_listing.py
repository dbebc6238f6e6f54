"""``facts_wrong`` and ``facts_misses`` share one command line (``bench.facts.pair_listing``).

Why: the two listings read a labelled fact file, print one record a pair
(JSON with ``--json``, else a line) and sum the records up on stderr; their
``main`` functions were one loop written twice.  Each is run here on a
one-event file cut from the fact sample (real model): what it prints is
what its ``event_*`` function returns, and the sums count those records.
"""
from __future__ import annotations

import json
from pathlib import Path

from storyline.bench import facts_misses, facts_wrong
from storyline.bench.facts import load
from storyline.embed import shared_embedder

SAMPLE = Path(__file__).parent / "data" / "facts_sample.jsonl"


def _one_event(tmp_path: Path, label: str) -> tuple[Path, dict]:
    obj = next(o for _, o in load(SAMPLE) if o["event"] == label)
    path = tmp_path / f"{label}.jsonl"
    path.write_text(json.dumps(obj, ensure_ascii=False) + "\n", encoding="utf-8")
    return path, obj


def test_wrong_pairs_printed_and_summed(tmp_path, capsys):
    path, obj = _one_event(tmp_path, "ecb-cut-2024-06")
    expected = facts_wrong.event_wrong(obj, f"{path}:1", shared_embedder())
    facts_wrong.main([str(path), "--json"])
    out, err = capsys.readouterr()
    printed = [json.loads(line) for line in out.splitlines()]
    assert printed == json.loads(json.dumps(expected, ensure_ascii=False, default=list)) and printed
    sums = dict(line.split("\t") for line in err.splitlines())
    assert list(sums) == list(facts_wrong.STEPS)  # every step, in the stage's order, 0 included
    assert sum(map(int, sums.values())) == len(expected)
    assert int(sums["merge"]) == sum(r["step"] == "merge" for r in expected)


def test_missed_pairs_printed_as_lines_and_summed(tmp_path, capsys):
    path, obj = _one_event(tmp_path, "derna-floods-planted")
    expected = facts_misses.event_misses(obj, f"{path}:1", shared_embedder())
    facts_misses.main([str(path)])
    out, err = capsys.readouterr()
    assert out.count("[derna-floods-planted] ") == len(expected) > 0
    assert out.count("CONFLICT ") == sum(bool(r["conflict"]) for r in expected) > 0
    sums = [line.split("\t") for line in err.splitlines()]
    assert sum(int(n) for _, _, n in sums) == len(expected)
    assert {what for what, _, _ in sums} == {"align", "conflict"}
