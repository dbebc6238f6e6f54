"""Where the summary's pool loses the oracle's sentences, and the wider pools and cheap rankers tried."""
from __future__ import annotations

from storyline.bench.summaries import _scorer, load_events
from storyline.bench.summaries_pool import REASONS, event_losses, sentence_rows
from storyline.bench.summaries_rankers import add_extra, combine, held_out, signals, summary_text, wide_spans
from storyline.facts.event import build_event_facts
from storyline.facts.summarise import relevance, similarity_matrix
from storyline.ingest.readers import from_record
from storyline.pipeline import analyse

from test_bench_summaries_learned import summary_files

TEXT = ("Two dams burst in Derna, Libya, on Monday, officials said, and 2,000 people died.\n\n"
        "Rescue on the coast\n\n"
        "The water swept whole streets of houses and cars down into the sea overnight.\n\n"
        "Read more.\n\n"
        "The Red Crescent said 10,000 people were missing on Tuesday.\n")


def one_report():
    return analyse(from_record({"id": "d1", "title": "Dams burst in Derna", "lang": "en",
                                "source": "Wire", "text": TEXT}, "test:d1"))


def test_every_sentence_is_put_down_to_the_stage_that_keeps_it_out_of_the_claims():
    rows = {r["text"]: r["why"] for r in sentence_rows([one_report()])}
    assert rows["Rescue on the coast"] == "heading"
    assert rows["Read more."] == "short"
    assert rows["The water swept whole streets of houses and cars down into the sea overnight."] == "not_claim"
    assert rows["The Red Crescent said 10,000 people were missing on Tuesday."] is None  # a claim
    assert set(rows.values()) <= set(REASONS) | {None}


def test_summary_only_candidates_are_cited_and_leave_the_facts_as_they_were():
    a = one_report()
    ef = build_event_facts(0, [a], None, budget_words=200)
    claims = [(f.supports[0].article_id, f.supports[0].start) for f in ef.facts]
    # the wide pool flags prose as claims, never a crosshead or a fragment
    flags = {a.text[s:e]: c for s, e, c in wide_spans([a])[a.id]}
    assert flags["Rescue on the coast"] is False and flags["Read more."] is False
    assert flags["The water swept whole streets of houses and cars down into the sea overnight."] is True
    assert add_extra(ef, [a], None) == 1
    assert [(f.supports[0].article_id, f.supports[0].start) for f in ef.facts[:len(claims)]] == claims
    new = ef.facts[-1]
    assert new.supports[0].text.startswith("The water swept") and new.supports[0].article_id == a.id
    assert a.text[new.supports[0].start:new.supports[0].end].startswith("The water swept")
    # scored and summarised like any fact of one sentence, deterministically
    base = [relevance(f.features) for f in ef.facts]
    sims, sig = similarity_matrix(ef.facts), signals(ef, [a], None, None)
    w = {"lead": 0.0, "headline": 0.3, "length": 0.1}
    once = summary_text(ef, sims, base, sig, w, 0.85)
    assert once == summary_text(ef, sims, base, sig, w, 0.85) and "The water swept" in once


def test_cross_validation_prefers_the_shipped_setting_on_ties(tmp_path):
    table = {(0.0, 0.0, 0.0, 0.85): [0.1] * 10, (0.5, 0.0, 0.0, 0.85): [0.1] * 10,
             (0.0, 0.3, 0.0, 1.0): [0.1] * 9 + [0.0]}
    out = held_out(table, 10, lambda c: sum(c[:3]) + abs(c[3] - 0.85))
    assert out["chosen"] == [(0.0, 0.0, 0.0, 0.85)] * 5 and out["held_out_mean"] == 0.1
    import json
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    a.write_text(json.dumps({"table": {"0.0/0.0/0.0/0.85": [0.1] * 10}}))
    b.write_text(json.dumps({"table": {"0.0/0.0/0.0/0.85": [0.2] * 10}}))
    both = combine([str(a), str(b)])
    assert both["chosen"] == [(1, "0.0/0.0/0.0/0.85")] * 5 and both["held_out_mean"] == 0.2


def test_losses_account_for_every_sentence_the_oracle_picks(tmp_path):
    from storyline.embed import shared_embedder
    arts, refs = summary_files(tmp_path, events=2, chars=300)
    _, members, ref = load_events(arts, refs)[0]
    r = event_losses(members, ref, shared_embedder(), _scorer())
    assert r["kept"] + sum(r["lost"].values()) == r["picked_b"] > 0
    assert r["b"] >= r["a"] and r["n_b"] >= r["n_a"]
    assert all(v >= r["a"] for v in r["widened"].values())
