"""The learned-scorer benchmark: labels, folds over events, held-out figures beside the hand weights."""
from __future__ import annotations

import json

import pytest

from storyline.bench.summaries_learned import Data, cross_validate, fact_labels, folds_of
from storyline.facts.summarise import representative

from test_api import ARTICLES
from test_facts import DERNA


def summary_files(tmp_path, events: int = 4, chars: int = 200):
    """Articles dealt into ``events`` gold events, and as each event's
    reference summary the opening ``chars`` of one of its articles."""
    arts, refs = tmp_path / "a.jsonl", tmp_path / "s.jsonl"
    rows = [{**r, "cluster": f"c{i % events}"} for i, r in enumerate(DERNA + ARTICLES)]
    arts.write_text("".join(json.dumps(r) + "\n" for r in rows))
    refs.write_text("".join(json.dumps({"cluster": f"c{k}", "summary": rows[k]["text"][:chars]}) + "\n"
                            for k in range(events)))
    return arts, refs


def test_labels_folds_and_held_out_report(tmp_path):
    data = Data(*summary_files(tmp_path))
    assert len(data.events) == 4 and all(len(x) == len(y) for x, y in zip(data.X, data.y))
    assert all(0 <= v <= 1 for y in data.y for v in y)
    # a sentence the reference repeats word for word is labelled 1 (ROUGE reads Latin script only)
    ef = next(e for e in data.facts if any(representative(f, "en").lang == "en" for f in e.facts))
    k = next(i for i, f in enumerate(ef.facts) if representative(f, "en").lang == "en")
    labels = fact_labels(ef, representative(ef.facts[k], "en").text, data.rouge._tokenizer)
    assert labels[k] == 1.0 and min(labels) < 1.0
    parts = folds_of(4, 2)
    assert sorted(i for p in parts for i in p) == [0, 1, 2, 3] and folds_of(4, 2) == parts
    with pytest.raises(ValueError, match="--folds"):
        cross_validate(data, folds=2)
    out = cross_validate(data, folds=3)
    assert len(out["folds"]) == 3 and sum(f["events"] for f in out["folds"]) == 4 and 0 <= out["rouge2_held_out_mean"] <= 1
    assert all(f["alpha"] in (1.0, 10.0, 100.0) and f["lambda"] in (0.7, 0.85, 1.0) for f in out["folds"])
