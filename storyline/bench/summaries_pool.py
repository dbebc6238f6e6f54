"""Is the summary's candidate pool its bottleneck?  Where the oracle's sentences are lost.

``python -m storyline.bench.summaries_pool ARTICLES SUMMARIES``.  A greedy
ROUGE-2 oracle (:func:`storyline.bench.summaries_oracle.greedy_oracle`, 200
words) is run over (a) the sentences the summary can choose from now (the
sentence each fact shows an English reader) and (b) every sentence of the
cleaned articles.  Each sentence the (b) oracle picks that is not in (a) is
put down to the first stage that loses it:

- ``heading``: a crosshead line (no claim by rule);
- ``short`` / ``long``: fewer than 5 words, or a paragraph the splitter
  could not cut (:func:`storyline.facts.claims.is_substantive`);
- ``not_claim``: prose with no name, figure, date or reporting verb;
- ``past_limit``: a claim after the first 30 of its article;
- ``grouped_same_lang``: a sentence of a fact that shows another English
  sentence (alignment put two sentences in one fact, one is shown);
- ``grouped_other_lang``: the same, the picked sentence in another language;
- ``other``.

It also gives the oracle over the pool with each kind of lost sentence added
(every sentence of that kind, picked or not): what widening the pool by that
kind could reach at best.

The figures are in docs/benchmarks.md, "Summaries" ("Is the pool the
bottleneck?").  Tells what is lost, not a result: the oracle knows the
reference.
"""
from __future__ import annotations

import statistics
import sys
from collections import Counter

from storyline.analyse.sentences import heading_lines, one_line
from storyline.bench.summaries import BUDGET, FACTS_ONLY, _scorer, load_events
from storyline.bench.summaries_oracle import greedy_oracle
from storyline.embed import shared_embedder
from storyline.facts.claims import MAX_CHARS, Marks, claim_at, is_substantive, sentence_spans
from storyline.facts.event import SENTENCES_PER_ARTICLE, build_event_facts
from storyline.facts.render import event_view

REASONS = ("heading", "short", "long", "not_claim", "past_limit", "grouped_same_lang",
           "grouped_other_lang", "other")


def sentence_rows(arts) -> list[dict]:
    """Every cleaned sentence of the event: article, offset, text, language and
    the stage that keeps it out of the claims (None for a claim within the limit)."""
    rows = []
    for a in arts:
        heads, marks = heading_lines(a.text), Marks(a)
        n_claims = 0
        for start, end, _ in sentence_spans(a):
            text = a.text[start:end]
            if any(x <= start and end <= y for x, y in heads):
                why = "heading"
            elif not is_substantive(text):
                why = "long" if len(text) > MAX_CHARS else "short"
            elif not claim_at(a, start, end, heads, marks):
                why = "not_claim"
            else:
                n_claims += 1
                why = "past_limit" if n_claims > SENTENCES_PER_ARTICLE else None
            rows.append({"article": a.id, "start": start, "text": one_line(text), "lang": a.lang, "why": why})
    return rows


def event_losses(arts, ref, embedder, scorer) -> dict:
    ef = build_event_facts(0, arts, embedder, budget_words=BUDGET, **FACTS_ONLY)
    view = event_view(ef, "en")
    shown = {(f["article_id"], f["start"]) for f in view["facts"]}
    shown_text = {f["sentence"] for f in view["facts"]}
    supports = {}
    for f in view["facts"]:
        for s in f["supports"]:
            supports.setdefault((s["article_id"], s["start"]), f["lang"])
    rows = sentence_rows(arts)
    pool = [f["text"] for f in view["facts"]]
    every = [r["text"] for r in rows]
    tok = scorer._tokenizer
    picked_a = greedy_oracle(pool, ref, tok, BUDGET)
    picked_b = greedy_oracle(every, ref, tok, BUDGET)
    by_text = {}
    for r in rows:
        by_text.setdefault(r["text"], r)
    lost: Counter = Counter()
    kept = 0
    for text in picked_b:
        r = by_text[text]
        key = (r["article"], r["start"])
        if key in shown or text in shown_text:
            kept += 1
        elif r["why"]:
            lost[r["why"]] += 1
        elif key in supports:
            lost["grouped_same_lang" if r["lang"] == "en" else "grouped_other_lang"] += 1
        else:
            lost["other"] += 1
    score = lambda t: scorer.score(ref, " ".join(t))["rouge2"].fmeasure  # noqa: E731
    # the ceiling with each lost kind of sentence added to the pool (all of that kind, picked or not)
    grouped = [r["text"] for r in rows if not r["why"] and (r["article"], r["start"]) in supports
               and (r["article"], r["start"]) not in shown and r["lang"] == "en"]
    widened = {why: score(greedy_oracle(pool + [r["text"] for r in rows if r["why"] == why], ref, tok, BUDGET))
               for why in ("not_claim", "past_limit", "short")}
    widened["grouped_same_lang"] = score(greedy_oracle(pool + grouped, ref, tok, BUDGET))
    return {"a": score(picked_a), "b": score(picked_b), "n_a": len(pool), "n_b": len(every),
            "kept": kept, "lost": lost, "picked_b": len(picked_b), "widened": widened}


def main(argv: list[str]) -> None:
    events = load_events(argv[0], argv[1])
    scorer, embedder = _scorer(), shared_embedder()
    rows = []
    for cluster, arts, ref in events:
        r = event_losses(arts, ref, embedder, scorer)
        rows.append(r)
        print(cluster, round(r["a"], 4), round(r["b"], 4), r["kept"], dict(r["lost"]), flush=True)
    lost = sum((r["lost"] for r in rows), Counter())
    print({"oracle_pool_now": round(statistics.fmean(r["a"] for r in rows), 4),
           "oracle_all_cleaned": round(statistics.fmean(r["b"] for r in rows), 4),
           "pool_now_per_event": round(statistics.fmean(r["n_a"] for r in rows), 1),
           "all_cleaned_per_event": round(statistics.fmean(r["n_b"] for r in rows), 1),
           "oracle_b_picks": sum(r["picked_b"] for r in rows), "in_pool": sum(r["kept"] for r in rows),
           "lost": {k: lost[k] for k in REASONS},
           "oracle_pool_plus": {k: round(statistics.fmean(r["widened"][k] for r in rows), 4)
                                for k in rows[0]["widened"]}})


if __name__ == "__main__":
    main(sys.argv[1:])
