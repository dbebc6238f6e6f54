"""The learned-scorer benchmark: labels, folds over events, held-out figures beside the hand weights."""
from __future__ import annotations

import json

import pytest

from storyline.bench.summaries_learned import Data, cross_validate, fact_labels, folds_of
from storyline.facts.summarise import representative

from api_corpus import ARTICLES
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


def test_sentence_meaning_views_and_rankers(tmp_path):
    """The embedding experiment (storyline.bench.summaries_embed): per-event
    views of the embedded events, rankers that recover a known order, and
    held-out figures with a setting the inner folds chose."""
    import numpy as np

    from storyline.bench.summaries_embed import Harness, Scorer, nested_cv

    h = Harness(Data(*summary_files(tmp_path)))
    assert h.embedded and all((v is None) == (not ef.embedded) for v, ef in zip(h.views, h.data.facts))
    for i in h.embedded:
        v = h.views[i]
        assert v["v"].shape == (len(h.data.facts[i].facts), 384) == (len(v["lead"]), 384)
        assert np.allclose(np.linalg.norm(v["v"], axis=1), 1.0) and np.allclose(v["vc"].sum(axis=0), 0.0)
        assert np.all(np.abs(v["lead"]) <= 1.0 + 1e-6)
    # a label that is one feature plus an offset per event: each within-event
    # ranker must order facts by it (a plain ridge is thrown by the offsets)
    rng = np.random.default_rng(0)
    views = [{"f": rng.normal(size=(30, 3)), "lead": rng.normal(size=(30, 2))} for _ in range(4)]
    ys = [v["f"][:, 1] * 0.1 + 0.5 + k for k, v in enumerate(views)]  # offsets differ by event
    for kind, reg in (("centred", 1.0), ("pairs", 1.0), ("median", 1.0)):
        m = Scorer(("f", "lead"), kind=kind, reg=reg).fit(views[:3], ys[:3])
        p = m.predict_view(views[3])
        assert np.corrcoef(p, ys[3])[0, 1] > 0.8, kind
    grid = {"a10": lambda: Scorer(("f", "lead"), kind="centred", reg=10.0)}
    out = nested_cv(h, grid, folds=3)
    assert len(out["per_fold"]) == 3 and all(c.startswith("a10/") for c in out["chosen"])
    assert 0 <= out["mean"] <= 1
