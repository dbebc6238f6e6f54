"""The fact sample's builder still writes the sample.

Why: sentence splits moved (a-022, a-033, b-015) and the sample's offsets
were edited by hand, so ``tests/data/facts_sample_build.py`` cited sentences
that no longer existed and stopped running: the labels could not be rebuilt.
The builder's lines for the events whose sentence numbers moved must equal
the sample's, built with real analysis.
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

DATA = Path(__file__).with_name("data")
MOVED = {"euro2024-final-2024-07", "chandrayaan3-planted", "ecb-hike-planted"}


def _builder():
    spec = importlib.util.spec_from_file_location("facts_sample_build", DATA / "facts_sample_build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_builder_writes_the_sample_for_events_whose_sentence_numbers_moved():
    sample = {x["event"]: x for x in map(json.loads, (DATA / "facts_sample.jsonl").read_text("utf-8").splitlines()[1:])}
    built = _builder().build(only=MOVED)
    assert [x["event"] for x in built] == [e for e in sample if e in MOVED]
    for line in built:
        assert json.dumps(line, ensure_ascii=False) == json.dumps(sample[line["event"]], ensure_ascii=False), line["event"]
