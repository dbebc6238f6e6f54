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



class _EnglishStore:
    """What moved_vector asks of a store: its languages (English only)."""

    def language_vector_sums(self):
        return {"en": None}


def test_the_gate_bench_reads_the_moved_vector(tmp_path):
    from storyline.bench import search_gate
    from storyline.demo import write_gold
    from storyline.search_meaning import moved_vector
    from storyline.service import Storyline

    write_gold(str(tmp_path / "all.jsonl"))
    rows = [json.loads(line) for line in (tmp_path / "all.jsonl").read_text().splitlines()]
    english = [r for r in rows if r.get("lang") == "en"][:6]
    (tmp_path / "en.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in english))
    out = search_gate.cosines(str(tmp_path / "en.jsonl"), None)
    texts = [json.loads(line)["query"] for line in search_gate.OFF_TOPIC_FILES[0].read_text().splitlines()
             if line.strip()]
    russian = [i for i, t in enumerate(texts) if any("а" <= ch <= "я" for ch in t)]
    assert russian
    app = Storyline(str(tmp_path / "embed.db"))
    try:
        plain = app.embedder.embed([texts[i] for i in russian], "query")
    finally:
        app.close()
    mean = search_gate.background()
    for i, q in zip(russian, plain):
        moved = moved_vector(_EnglishStore(), q, texts[i])
        assert moved is not q  # no stored report writes Cyrillic: the gate reads it moved
        _, qb, _ = out["tune"][i]
        assert abs(qb - float(moved @ mean)) < 1e-4, texts[i]
        assert abs(qb - float(q @ mean)) > 1e-3, texts[i]  # (main's bench read this one)
