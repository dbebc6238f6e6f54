"""``storyline bench summaries ARTICLES.jsonl SUMMARIES.jsonl``: ROUGE of event summaries.

ARTICLES in the clustering layout (``{id, title, text, lang?, url?, cluster}``);
SUMMARIES lines ``{cluster, summary}``, a human-written summary of each event.
The articles of each gold event are summarised with the code that summarises
a stored event (:func:`storyline.facts.event.build_event_facts`, rendered for
an English reader), so summary quality is measured apart from grouping, at a
200-word budget; ROUGE-1/2/L F1 with Porter stemming (Google's
``rouge-score``, the reference implementation of ROUGE-1.5.5).  Two simple
baselines run on the same events: the lead of the longest article, and the
leads of all articles in turn (first sentences round-robin).
``--cv`` also chooses the alignment cut, the MMR lambda and the headline
weight by 5-fold cross-validation over events (best mean ROUGE-2 on four
folds, scored on the fifth; :mod:`storyline.bench.summaries_cv`) and reports
each fold's choice and score, beside the summary before summary-only
candidates on the same folds.
"""
from __future__ import annotations

import itertools
import statistics
from pathlib import Path
from typing import Callable

from storyline.bench import labelled_lines
from storyline.bench.clustering import load_gold
from storyline.embed import shared_embedder
from storyline.facts.align import ALIGN_CUT
from storyline.facts.candidates import FACTS_ONLY, HEADLINE_WEIGHT  # noqa: F401  (FACTS_ONLY: the experiment benches read it here)
from storyline.facts.event import build_event_facts
from storyline.facts.render import event_view
from storyline.facts.summarise import MMR_LAMBDA, words
from storyline.ingest.readers import IngestError, from_record
from storyline.pipeline import analyse
from storyline.records import Article

BUDGET = 200
KEYS = ("rouge1", "rouge2", "rougeL")


def _scorer():
    from rouge_score import rouge_scorer
    return rouge_scorer.RougeScorer(list(KEYS), use_stemmer=True)


def _cut(sentences: list[str], budget: int = BUDGET) -> str:
    out, used = [], 0
    for s in sentences:
        if used >= budget:
            break
        out.append(s)
        used += words(s)
    return " ".join(out)


def lead_of_longest(articles: list[Article]) -> str:
    longest = max(articles, key=lambda a: (len(a.text), a.id))
    return _cut(longest.sentences)


def leads_in_turn(articles: list[Article]) -> str:
    turns = itertools.zip_longest(*[a.sentences for a in articles])
    return _cut([s for row in turns for s in row if s])


def storyline_summary(articles: list[Article], embedder, cut: float = ALIGN_CUT,
                      lam: float = MMR_LAMBDA, headline_weight: float = HEADLINE_WEIGHT) -> str:
    ef = build_event_facts(0, articles, embedder, cut=cut, lam=lam, budget_words=BUDGET,
                           headline_weight=headline_weight)
    return " ".join(f["text"] for f in event_view(ef, "en")["summary"])


def load_events(articles_path: str | Path, summaries_path: str | Path,
                limit: int | None = None) -> list[tuple[str, list[Article], str]]:
    """(cluster, analysed articles, reference) for each event with a reference."""
    refs: dict[str, str] = {}
    for lineno, obj in labelled_lines(summaries_path):
        if "cluster" not in obj or not isinstance(obj.get("summary"), str):
            raise ValueError(f"{summaries_path}:{lineno}: needs 'cluster' and 'summary'")
        refs[str(obj["cluster"])] = obj["summary"]
    by_cluster: dict[str, list[Article]] = {}
    for row in load_gold(articles_path):
        rec = {k: v for k, v in row.items() if k not in ("cluster", "story")}
        rec["id"] = str(row["id"])
        a = analyse(from_record(rec, f"{articles_path}:{rec['id']}"))
        if not isinstance(a, IngestError):
            by_cluster.setdefault(str(row["cluster"]), []).append(a)
    events = [(c, by_cluster[c], refs[c]) for c in sorted(refs) if by_cluster.get(c)]
    return events[:limit] if limit else events


def _mean(rows: list[dict[str, float]]) -> dict[str, float]:
    return {k: round(statistics.fmean(r[k] for r in rows), 4) for k in KEYS}


def run(articles_path: str | Path, summaries_path: str | Path, limit: int | None = None,
        cv: bool = False, progress: Callable[[str], None] | None = None,
        ceilings: bool = False) -> dict:
    events = load_events(articles_path, summaries_path, limit)
    if not events:
        raise ValueError(f"{summaries_path}: no reference names a cluster of {articles_path}")
    scorer, embedder = _scorer(), shared_embedder()

    def score(text: str, ref: str) -> dict[str, float]:
        return {k: v.fmeasure for k, v in scorer.score(ref, text).items()}

    ours, cited = [], []
    base: dict[str, list[dict[str, float]]] = {"lead_of_longest": [], "leads_in_turn": []}
    for cluster, arts, ref in events:
        if progress:
            progress(cluster)
        ef = build_event_facts(0, arts, embedder, budget_words=BUDGET)
        view = event_view(ef, "en")
        ours.append(score(" ".join(f["text"] for f in view["summary"]), ref))
        cited.append(all(f["supports"] and f["source"] for f in view["summary"]))
        base["lead_of_longest"].append(score(lead_of_longest(arts), ref))
        base["leads_in_turn"].append(score(leads_in_turn(arts), ref))
    out = {**_mean(ours), "n": len(events), "cited_fraction": sum(cited) / len(cited),
           "baselines": {k: _mean(v) for k, v in base.items()}}
    if cv:
        from storyline.bench.summaries_cv import cross_validate
        out["cv"] = cross_validate(events, embedder, score, BUDGET,
                                   baselines={k: [r["rouge2"] for r in v] for k, v in base.items()})
    if ceilings:
        from storyline.bench.summaries_oracle import ceilings as oracle_ceilings
        out["ceilings"] = oracle_ceilings(events, embedder, scorer, BUDGET)
    return out
