"""The bundled demo corpus: its shape, and event grouping measured against its labels."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import Path

from storyline import demo
from storyline.bench.metrics import bcubed


def test_corpus_meets_its_specification():
    rows, labels = demo.records(), demo.labels()
    assert len(rows) >= 60 and set(r["id"] for r in rows) == set(labels)
    assert {"en", "hi", "ru", "de", "es", "fr"} <= {r["lang"] for r in rows}
    events = {v["event"] for v in labels.values()}
    assert len(events) >= 10
    langs = defaultdict(set)
    for r in rows:
        langs[labels[r["id"]]["event"]].add(r["lang"])
    assert sum(len(v) >= 3 for v in langs.values()) >= 5
    stories = Counter(v["story"] for v in {v["event"]: v for v in labels.values()}.values())
    assert sum(n >= 2 for n in stories.values()) >= 2  # multi-event storylines




def test_demo_events_match_labels(demo_app):
    app, _ = demo_app
    labels = demo.labels()
    arts = app.store.articles()
    gold = [labels[a.external_id]["event"] for a in arts]
    pred = [a.event_id for a in arts]
    p, r, f1 = bcubed(gold, pred)
    print(f"demo event B-cubed P={p:.3f} R={r:.3f} F1={f1:.3f}")
    assert f1 >= 0.85


def test_demo_syndicated_copies_are_one_source(demo_app):
    app, report = demo_app
    copies = [a for a in app.store.articles() if a.duplicate_of]
    assert report.duplicates == len(copies) >= 5
    labels = demo.labels()
    for c in copies:
        orig = app.article(c.duplicate_of)
        assert labels[orig.external_id]["event"] == labels[c.external_id]["event"]
        assert orig.event_id == c.event_id


def test_demo_residue_is_removed_and_recorded(demo_app):
    app, _ = demo_app
    arts = app.store.articles()
    rules = Counter(r.rule for a in arts for r in a.removed)
    assert {"template-tag", "cross-link", "tags-line"} <= set(rules)
    for a in arts:
        assert "{{" not in a.text and "Also Read" not in a.text


def test_demo_stories_match_labels(demo_app):
    app, _ = demo_app
    labels = demo.labels()
    arts = app.store.articles()
    gold = [labels[a.external_id]["story"] for a in arts]
    pred = [app.story_of_event(a.event_id) for a in arts]
    assert None not in pred
    p, r, f1 = bcubed(gold, pred)
    print(f"demo story B-cubed P={p:.3f} R={r:.3f} F1={f1:.3f}")
    assert f1 >= 0.85


def test_clustering_bench_reports_every_metric_and_order_spread(tmp_path, capsys):
    """`storyline bench clustering` on labelled JSONL: its last line is the JSON
    the README documents, with story-level scores and, with --shuffle, the
    spread over random input orders."""
    import json

    from storyline.cli import main as cli_main

    gold = tmp_path / "gold.jsonl"
    demo.write_gold(str(gold))
    lines = gold.read_text(encoding="utf-8").splitlines()
    gold.write_text("\n".join(lines[:30]) + "\n", encoding="utf-8")
    assert cli_main(["bench", "clustering", str(gold), "--shuffle", "2"]) == 0
    res = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    for key in ("bcubed_precision", "bcubed_recall", "bcubed_f1", "pairwise_f1", "n_articles", "n_gold",
                "n_pred", "seconds", "story_bcubed_f1"):
        assert key in res, key
    assert res["n_articles"] == 30 and 0.5 < res["bcubed_f1"] <= 1.0
    spread = res["shuffled_bcubed_f1"]
    assert spread["orders"] == 2 and spread["min"] <= spread["mean"] <= spread["max"] <= 1.0
    stories = res["shuffled_story_bcubed_f1"]  # the demo has stories: their spread too
    assert stories["orders"] == 2 and stories["min"] <= stories["mean"] <= stories["max"] <= 1.0


def test_clustering_bench_takes_demo_for_the_bundled_corpus(capsys):
    """`storyline bench clustering demo --limit N` scores the bundled demo
    corpus against its own gold events and stories, with no file to write."""
    import json

    from storyline.cli import main as cli_main

    assert cli_main(["bench", "clustering", "demo", "--limit", "20"]) == 0
    res = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert res["n_articles"] == 20 and res["n_gold"] >= 2 and "story_bcubed_f1" in res


def test_cli_search_finds_hindi_reports_for_an_english_query(demo_app, capsys):
    """`storyline search` is the API's search on the command line: an English
    query with --lang hi lists Hindi reports of the Russia–North Korea
    storyline first, the same hits the service gives, and bad ranges are refused."""
    import json

    from storyline.cli import main as cli_main
    from storyline.search import filters_from

    app, _ = demo_app
    db = str(app.store.path)
    labels = demo.labels()
    assert cli_main(["--db", db, "search", "Putin visit to North Korea", "--article-lang", "hi", "--json"]) == 0
    res = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    hits = res["items"]
    assert hits and all(h["lang"] == "hi" for h in hits)
    # the reports shown, a near-copy right after the original it is folded under
    shown = [aid for h in hits for aid in (h["article_id"], *(c["article_id"] for c in h["copies"]))]
    stories = [labels[app.article(aid).external_id]["story"] for aid in shown]
    assert len(shown) >= 3 and set(stories[:3]) == {"russia-north-korea"}  # best first
    same = app.search("Putin visit to North Korea", filters_from(app.store, ["hi"]))
    assert [h["article_id"] for h in hits] == [h.article_id for h in same.hits]
    assert cli_main(["--db", db, "search", "Derna", "--limit", "2"]) == 0
    out = capsys.readouterr().out
    assert "results for 'Derna'" in out and "Derna" in out
    assert cli_main(["--db", db, "search", "x", "--from", "2024-02-01", "--to", "2024-01-01"]) == 2
    assert "--to 2024-01-01 is before --from 2024-02-01" in capsys.readouterr().err


def test_search_bench_scores_headline_and_typed_queries(tmp_path, capsys):
    """`storyline bench search`: each headline's other reports of its event (in
    other languages too) are found, typed queries are scored, and a query file
    naming an unknown event is refused with its line."""
    import json

    from storyline.cli import main as cli_main

    gold = tmp_path / "gold.jsonl"
    demo.write_gold(str(gold))
    queries = Path(__file__).parent / "data" / "demo_search_queries.jsonl"
    assert cli_main(["bench", "search", str(gold), "--queries", str(queries)]) == 0
    res = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    typed = sum(1 for line in queries.read_text(encoding="utf-8").splitlines() if line.strip())
    assert res["n_queries"] == 75 and res["typed_queries"]["n"] == typed
    for mode in ("hybrid", "text", "semantic"):
        assert {"mrr", "recall_at_k", "cross_lingual_recall_at_k"} <= res[mode].keys()
    assert res["hybrid"]["cross_lingual_recall_at_k"] > 0.5  # other languages are found
    assert res["typed_queries"]["hybrid"]["recall_at_k"] > res["typed_queries"]["text"]["recall_at_k"]
    # beside them, the project's off-topic queries: most called off-topic, no real one
    for name in ("search_offtopic_tune", "search_offtopic_check"):
        off = res[name]
        assert off["n"] == 36 and off["rejected"] >= 0.75 and off["no_results"]["semantic"] >= 0.75
    assert res["typed_queries"]["semantic"]["off_topic_rate"] == res["semantic"]["off_topic_rate"] == 0
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"query": "Moon", "relevant": ["no-such-event"]}\n', encoding="utf-8")
    assert cli_main(["bench", "search", str(gold), "--queries", str(bad)]) == 2
    assert re.search(r"bad\.jsonl:1: .*no-such-event", capsys.readouterr().err)
    bad.write_text('{"query": ""}\n', encoding="utf-8")
    assert cli_main(["bench", "search", str(gold), "--off-topic", str(bad)]) == 2
    assert re.search(r"bad\.jsonl:1: field 'query'", capsys.readouterr().err)
