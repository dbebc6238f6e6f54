"""A sentence a near-copy adds is lent no partner of its own report.

Why: the demo's grain-deal event has The Harbour Times reprinting the
Meridian Press Agency's report (a near-copy: one report, `claims.report_key`)
with a sentence of its own, "Ukraine is one of the world's biggest exporters
of corn, wheat and sunflower oil …".  Alone in its fact, it was lent its
closest sentence of any other article, which was its own original's
"Ukrainian President Volodymyr Zelenskiy said Kyiv was ready to keep
exporting …" (0.48, "Ukraine" shared): a fact citing two sentences that state
two things, from one report.  Sentences of one report never corroborate each
other, so :func:`storyline.facts.lending.extend` lends a lone sentence a partner
of another report only.
"""
from __future__ import annotations

from conftest import analysed_record

from storyline import demo
from storyline.embed import shared_embedder
from storyline.facts.event import build_event_facts

EXPORTER = "Ukraine is one of the world's biggest exporters"
ZELENSKIY = "Zelenskiy said Kyiv was ready to keep exporting"


def _grain_deal_facts():
    labels = demo.labels()
    records = {r["id"]: r for r in demo.records() if labels.get(r["id"], {}).get("event") == "grain-deal-exit-2023-07"}
    assert records["b-001"]["source"] == "Meridian Press Agency" and records["b-002"]["source"] == "The Harbour Times"
    articles = {rid: analysed_record(r) for rid, r in records.items()}
    articles["b-002"].duplicate_of = articles["b-001"].id  # as ingest marks the reprint (demo store: event 2)
    return build_event_facts(2, list(articles.values()), shared_embedder()), articles


def test_a_copys_own_sentence_is_not_lent_its_originals_other_sentence():
    ef, articles = _grain_deal_facts()
    copy, original = articles["b-002"].id, articles["b-001"].id
    exporter = [f for f in ef.facts if any(EXPORTER in s.text for s in f.supports)]
    assert exporter, "the copy's own sentence is a claim of the event"
    for f in exporter:
        assert not any(ZELENSKIY in s.text for s in f.supports), [s.text for s in f.supports]
        assert not any(s.article_id == original for s in f.supports), [s.text for s in f.supports]
    # the Zelenskiy fact itself stands, the copy's twin beside its original's sentence and other languages
    zelenskiy = [f for f in ef.facts if any(ZELENSKIY in s.text for s in f.supports) and f.n_reports >= 2]
    assert zelenskiy, [[s.text for s in f.supports] for f in ef.facts if any(ZELENSKIY in s.text for s in f.supports)]
    texts = {(s.article_id, s.lang) for s in zelenskiy[0].supports}
    assert (copy, "en") in texts and (original, "en") in texts and {"de", "fr"} & {lang for _, lang in texts}
