"""The gate's bench (storyline.bench.search_gate) reads the vector search's
gate reads: a query in a script no stored language writes is moved out of
its language's region (search_meaning.moved_vector) before its best cosine
and its cosine with the average passage are read, as semantic_hits does.
Before h-search19 the bench read the plain vector for every query, so the cut
it chose was judged on cosines the product does not read for those queries.
(`storyline bench search` itself runs the service's search and so already
scored the moved vector.)  Real model, real SQLite file: six English demo
reports, so the Russian off-topic queries are in a script no report writes."""
from __future__ import annotations

import json

import numpy as np


def test_the_gate_bench_reads_the_moved_vector(tmp_path, monkeypatch):
    from storyline.bench import search_gate
    from storyline.demo import write_gold
    from storyline.search_meaning import moved_vector

    write_gold(str(tmp_path / "all.jsonl"))
    rows = [json.loads(line) for line in (tmp_path / "all.jsonl").read_text().splitlines()]
    english = [r for r in rows if r.get("lang") == "en"][:6]
    (tmp_path / "en.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in english))
    seen: dict[str, tuple[np.ndarray, np.ndarray]] = {}

    def spy(store, qvec, query):
        moved = moved_vector(store, qvec, query)
        seen[query] = (qvec, moved)
        return moved

    monkeypatch.setattr(search_gate, "moved_vector", spy)
    out = search_gate.cosines(str(tmp_path / "en.jsonl"), None)
    texts = [json.loads(line)["query"] for line in search_gate.OFF_TOPIC_FILES[0].read_text().splitlines()
             if line.strip()]
    assert set(texts) <= set(seen)  # every query went through the product's reading
    mean = search_gate.background()
    russian = [i for i, t in enumerate(texts) if any("а" <= ch <= "я" for ch in t)]
    assert russian
    for i in russian:
        plain, moved = seen[texts[i]]
        assert moved is not plain  # no stored report writes Cyrillic: the gate reads it moved
        s, qb, _ = out["tune"][i]
        assert abs(qb - float(moved @ mean)) < 1e-5 and abs(qb - float(plain @ mean)) > 1e-4
