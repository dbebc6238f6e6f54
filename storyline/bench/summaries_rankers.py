"""Cheap rankers and a wider pool for the event summary, chosen by 5-fold CV over events.

``python -m storyline.bench.summaries_rankers ARTICLES SUMMARIES [--wide]``.
Each fact's relevance (the hand weights, :func:`storyline.facts.summarise.relevance`)
gets three signals the summarisation literature uses, added with weights
chosen on four folds of events and scored (ROUGE-2, 200 words, an English
reader, as ``bench summaries``) on the fifth:

- ``lead``: cosine of the fact's vector with the centroid of every report's
  lead (its first claim sentence), language-centred like the facts' vectors
  (events of one report have no vectors: 0);
- ``headline``: the share of the event's chosen headline's content words the
  fact's shown sentence repeats (:func:`storyline.facts.features.title_overlap`);
- ``length``: the shown sentence's words, capped at 40, over 40 (a prior
  against fragments).

``--dump FILE`` writes each setting's ROUGE-2 per event (JSON) for
combining runs; ``--headline-only`` grids the headline weight alone, up to
1.8.  ``--extra`` keeps the facts and adds the other substantive sentences (no
claim, or past the 30 per article) as summary-only candidates
(:func:`add_extra`).  ``--wide`` builds the facts from every substantive sentence (claims and not:
crossheads and fragments stay out) instead of the claim sentences, to see
whether the pool, not the ranking, limits the summary.  The folds are the
``bench summaries --cv`` ones (event ``i`` in fold ``i % 5``); ties go to the
smaller weights (the shipped setting first).  Figures: docs/benchmarks.md,
"Summaries".
"""
from __future__ import annotations

import itertools
import json
import statistics
import sys

import numpy as np

from storyline.analyse.sentences import heading_lines
from storyline.bench.summaries import BUDGET, FACTS_ONLY, _scorer, load_events
from storyline.embed import shared_embedder
from storyline.facts.align import centred
from storyline.facts.claims import claim_sentences, is_substantive, report_key, sentence_spans
from storyline.facts.event import build_event_facts, event_claims
from storyline.facts.features import fact_features, title_overlap, title_words
from storyline.facts.labels import build_fact
from storyline.facts.render import event_view
from storyline.facts.summarise import mmr, relevance, shown_sentence, similarity_matrix, words

LEAD = (0.0, 0.5, 1.0, 2.0)
HEADLINE = (0.0, 0.15, 0.3, 0.6)
HEADLINE_MORE = (0.9, 1.2, 1.8)
LENGTH = (0.0, 0.1, 0.2, 0.4)
LAMBDAS = (0.85, 1.0)
LENGTH_CAP = 40


def wide_spans(arts) -> dict[str, list[tuple[int, int, bool]]]:
    """Every sentence flagged a claim when it is substantive prose and no crosshead."""
    out = {}
    for a in arts:
        heads = heading_lines(a.text)
        out[a.id] = [(s, e, is_substantive(a.text[s:e]) and not any(x <= s and e <= y for x, y in heads))
                     for s, e, _ in sentence_spans(a)]
    return out


def add_extra(ef, arts, embedder) -> int:
    """Summary-only candidates: every substantive sentence that is no claim, or
    a claim past the 30 per article, added to ``ef.facts`` as a single-source
    fact (its own sentence cited; the event's facts, labels and conflicts
    unchanged), scored by the hand weights as a fact of one sentence is
    (position among the article's substantive sentences).  Returns how many."""
    articles, originals, claims = event_claims(arts)
    have = {(c.article_id, c.start) for c in claims}
    wide = wide_spans(articles)
    extra = []
    for a in articles:
        extra += [c for c in claim_sentences(a, report_key(a, originals), wide[a.id])
                  if (c.article_id, c.start) not in have]
    if not extra:
        return 0
    titles = title_words([a.title for a in articles if a.duplicate_of is None and a.title])
    if ef.embedded:
        cvec = centred(embedder.embed([c.text for c in claims], "passage"), [c.lang for c in claims])
        centre = _unit(np.asarray(cvec).mean(axis=0))
        xvec = centred(embedder.embed([c.text for c in extra], "passage"), [c.lang for c in extra])
    for k, c in enumerate(extra):
        fact = build_fact(len(ef.facts), extra, [k])
        central = 0.0
        if ef.embedded:
            fact.vector = _unit(np.asarray(xvec[k]))
            central = float(fact.vector @ centre)
        fact.features = fact_features([c], 1, central, titles)
        fact.score = relevance(fact.features)
        ef.facts.append(fact)
    return len(extra)


def _unit(v: np.ndarray) -> np.ndarray:
    n = float(np.linalg.norm(v))
    return v / n if n else v


def signals(ef, arts, embedder, spans) -> list[dict[str, float]]:
    """Per fact of ``ef``, the three signals of the module docstring."""
    lead_centre = None
    if ef.embedded:
        _, _, claims = event_claims(arts, spans)
        firsts = [c for c in claims if c.position == 0]
        vecs = centred(embedder.embed([c.text for c in firsts], "passage"), [c.lang for c in firsts])
        lead_centre = _unit(np.asarray(vecs).mean(axis=0))
    head = ef.headlines.get("en") or ef.headlines.get("", "")
    hw = title_words([head]) if head else []
    out = []
    for f in ef.facts:
        shown = shown_sentence(f, "en").text
        out.append({"lead": float(f.vector @ lead_centre) if lead_centre is not None and f.vector is not None
                    else 0.0,
                    "headline": title_overlap(shown, hw) if hw else 0.0,
                    "length": min(words(shown), LENGTH_CAP) / LENGTH_CAP})
    return out


def summary_text(ef, sims, base, sig, w, lam) -> str:
    for f, b, s in zip(ef.facts, base, sig):
        f.score = b + sum(w[k] * s[k] for k in w)
    ef.summary = [ef.facts[i].id for i in mmr(ef.facts, BUDGET, lam, sims)]
    ef.lam = lam
    return " ".join(v["text"] for v in event_view(ef, "en")["summary"])


def held_out(table: dict, n: int, prefer) -> dict:
    """5-fold CV (event ``i`` in fold ``i % 5``) of the best setting of ``table``
    (setting -> ROUGE-2 per event); ties to the smaller ``prefer(setting)``."""
    held, chosen = [], []
    for k in range(5):
        train = [i for i in range(n) if i % 5 != k]
        test = [i for i in range(n) if i % 5 == k]
        best = max(table, key=lambda c: (statistics.fmean(table[c][i] for i in train), -prefer(c)))
        chosen.append(best)
        held.append(statistics.fmean(table[best][i] for i in test))
    return {"held_out_mean": round(statistics.fmean(held), 4), "held_out_sd": round(statistics.pstdev(held), 4),
            "per_fold": [round(h, 4) for h in held], "chosen": chosen}


def combine(paths: list[str]) -> dict:
    """CV over the settings of several ``--dump`` files together (the pool a setting too)."""
    table = {}
    for rank, p in enumerate(paths):
        with open(p) as fh:
            d = json.load(fh)
        table.update({(rank, c): v for c, v in d["table"].items()})
    n = len(next(iter(table.values())))
    return held_out(table, n, lambda c: 10 * c[0] + sum(map(float, c[1].split("/")[:3])))


def main(argv: list[str]) -> None:
    if argv[0] == "--combine":
        print(combine(argv[1:]))
        return
    wide, extra = "--wide" in argv, "--extra" in argv
    dump = argv[argv.index("--dump") + 1] if "--dump" in argv else None
    paths = [a for a in argv if not a.startswith("--") and a != dump]
    events = load_events(paths[0], paths[1])
    scorer, embedder = _scorer(), shared_embedder()
    grid = list(itertools.product(LEAD, HEADLINE, LENGTH, LAMBDAS))
    if "--headline-only" in argv:  # the headline weight alone, past the grid's edge
        grid = list(itertools.product((0.0,), HEADLINE + HEADLINE_MORE, (0.0,), LAMBDAS))
    table = {cfg: [] for cfg in grid}
    for cluster, arts, ref in events:
        spans = wide_spans(arts) if wide else None
        ef = build_event_facts(0, arts, embedder, budget_words=BUDGET, **FACTS_ONLY, spans=spans)
        if extra:
            add_extra(ef, arts, embedder)
        sims = similarity_matrix(ef.facts)
        base = [relevance(f.features) for f in ef.facts]
        sig = signals(ef, arts, embedder, spans)
        for cfg in grid:
            w = dict(zip(("lead", "headline", "length"), cfg[:3]))
            text = summary_text(ef, sims, base, sig, w, cfg[3])
            table[cfg].append(scorer.score(ref, text)["rouge2"].fmeasure)
        print(cluster, len(ef.facts), round(table[(0.0, 0.0, 0.0, 0.85)][-1], 4), flush=True)
    if dump:
        with open(dump, "w") as fh:
            json.dump({"events": [c for c, _, _ in events],
                       "table": {"/".join(map(str, c)): v for c, v in table.items()}}, fh)
    n = len(events)
    cv = held_out(table, n, lambda c: sum(c[:3]) + abs(c[3] - 0.85))
    whole = {c: statistics.fmean(v) for c, v in table.items()}
    top = sorted(whole, key=whole.get, reverse=True)[:8]
    single = {name: {c[idx]: round(whole[c], 4) for c in grid
                     if all(c[j] == 0.0 for j in range(3) if j != idx) and c[3] == 0.85}
              for idx, name in enumerate(("lead", "headline", "length"))}
    shipped = (0.0, 0.0, 0.0, 0.85)
    print({"wide": wide, "extra": extra, "shipped_whole": round(whole[shipped], 4),
           "shipped_lam1_whole": round(whole[(0.0, 0.0, 0.0, 1.0)], 4),
           **cv,
           "shipped_per_fold": [round(statistics.fmean(table[shipped][i] for i in range(n)
                                                        if i % 5 == k), 4) for k in range(5)],
           "top_whole": [(c, round(whole[c], 4)) for c in top], "one_signal_at_a_time_lam085": single})


if __name__ == "__main__":
    main(sys.argv[1:])
