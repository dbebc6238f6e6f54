"""A query about nothing stored matches no report (real SQLite file, real
model, the demo corpus): the meaning search calls it off-topic
(:func:`storyline.search_meaning.stands_out`), while real queries, in any language,
still find their events' reports in other languages."""
from __future__ import annotations

import json
from pathlib import Path

from storyline import demo
from storyline.cli import main as cli_main
from storyline.search import filters_from

DATA = Path(__file__).parent / "data"


def _lines(name: str) -> list[dict]:
    return [json.loads(x) for x in (DATA / name).read_text(encoding="utf-8").splitlines() if x.strip()]


def _event(app, article_id: str) -> str:
    return demo.labels()[app.article(article_id).external_id]["event"]


def test_off_topic_queries_get_no_meaning_hits_and_real_ones_keep_theirs(demo_app):
    """The held-out off-topic queries (never used to choose the cut) are
    mostly rejected in every kind; no typed query of the search bench is."""
    app, _ = demo_app
    checks = _lines("search_offtopic_check.jsonl")
    rejected = [q["query"] for q in checks if app.search(q["query"], mode="semantic").off_topic]
    for q in rejected:
        res = app.search(q, mode="semantic")
        assert res.total == 0 and not res.hits, q
    assert len(rejected) >= 0.75 * len(checks), sorted({q["query"] for q in checks} - set(rejected))
    kinds = {q["kind"] for q in checks if q["query"] in rejected}
    assert kinds >= {"nonsense", "recipe", "sports", "celebrity", "local-election"}, kinds
    for typed in _lines("demo_search_queries.jsonl"):
        res = app.search(typed["query"], mode="semantic", limit=10)
        assert not res.off_topic and res.hits, typed["query"]
        assert any(_event(app, h.article_id) in typed["relevant"] for h in res.hits), typed["query"]


def test_an_english_query_still_finds_hindi_reports(demo_app):
    """Filtered to Hindi, the meaning search still finds the Hindi reports of
    the visit: whether the query is about anything stored is asked of the
    whole store, not of the Hindi reports alone."""
    app, _ = demo_app
    query = "Putin visit to North Korea"
    for mode in ("semantic", "hybrid"):
        res = app.search(query, filters_from(app.store, langs=["hi"]), mode=mode, limit=5)
        assert not res.off_topic, mode
        found = [h for h in res.hits if _event(app, h.article_id) == "putin-pyongyang-2024-06"]
        assert found and all(h.lang == "hi" for h in res.hits), (mode, res.hits)


def test_cli_api_and_page_say_no_report_matches(demo_app, client, capsys):
    app, _ = demo_app
    db, q = str(app.store.path), "zzqx flibbertigibbet"
    assert cli_main(["--db", db, "search", q]) == 0
    out = capsys.readouterr().out
    assert "no report matches 'zzqx flibbertigibbet'" in out and "none is about it in meaning" in out
    api = client.get("/api/search", params={"q": q}).json()
    assert api["off_topic"] is True and api["items"] == [] and api["total"] == 0
    page = client.get("/search", params={"q": q}).text
    assert "No report matches “zzqx flibbertigibbet”" in page and '<li class="hit">' not in page
    # a real query is not called off-topic, and its page has no such line
    real = client.get("/api/search", params={"q": "Putin Kim treaty"}).json()
    assert real["off_topic"] is False and real["total"] >= 3
    assert "No report matches" not in client.get("/search", params={"q": "Putin Kim treaty"}).text
    # exact words only: the meaning search did not run, so nothing is called off-topic
    assert client.get("/api/search", params={"q": q, "mode": "text"}).json()["off_topic"] is False


def test_the_gate_bench_chooses_its_cut_on_other_folds():
    """`storyline.bench.search_gate`: a cut is chosen where off-topic scores
    end and real ones begin, and cross-validation applies each fold's cut to
    the held-out file only."""
    import numpy as np

    from storyline.bench.search_gate import choose, cross_validate

    real, off = np.array([0.8, 0.85, 0.9]), np.array([0.7, 0.72, 0.75])
    assert 0.75 < choose(real, off) <= 0.8
    rng = np.random.default_rng(0)

    def corpus(shift: float) -> dict:
        return {"real": [(rng.normal(0.85 + shift, 0.01, 20), 0.75) for _ in range(10)],
                "tune": [(rng.normal(0.74 + shift, 0.01, 20), 0.78) for _ in range(10)],
                "check": [(rng.normal(0.74 + shift, 0.01, 20), 0.78) for _ in range(10)]}

    res = cross_validate({"a": corpus(0.0), "b": corpus(0.01)}, lambda s, qb: s.max() - 0.375 * qb)
    assert res["off_topic_rejected"]["min"] == 1.0 and res["real_rejected"]["max"] == 0.0
