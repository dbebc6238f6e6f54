"""``storyline.bench.facts_misses``: every gold pair ``bench facts`` misses
is listed once, each with the step that lost it (real model, the facts
sample's planted Derna event)."""
from __future__ import annotations

from pathlib import Path

from storyline.bench.facts import load, score_event
from storyline.bench.facts_misses import event_misses
from storyline.embed import shared_embedder

SAMPLE = Path(__file__).parent / "data" / "facts_sample.jsonl"


def test_each_missed_pair_is_listed_once_with_a_cause():
    ln, obj = next((ln, o) for ln, o in load(SAMPLE) if o["event"] == "derna-floods-planted")
    embedder = shared_embedder()
    scored = score_event(obj, f"{SAMPLE}:{ln}", embedder)
    missed = event_misses(obj, f"{SAMPLE}:{ln}", embedder)
    listed = [m["pair"] for m in missed]
    # a gold conflict pair is judged as a conflict (missed unless flagged), any other as an alignment
    expected = (scored["gold_conf"] - scored["pred_conf"]) | (scored["gold"] - scored["gold_conf"] - scored["pred"])
    assert sorted(set(listed)) == sorted(expected) and len(listed) == len(set(listed))
    assert expected  # the sample's event misses some: the listing is exercised
    assert all(m["cause"] and m["event"] == "derna-floods-planted" for m in missed)
    assert any(m["conflict"] for m in missed) and any(not m["conflict"] for m in missed)
