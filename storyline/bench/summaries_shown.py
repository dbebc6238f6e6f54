"""Which of a fact's sentences a summary shows, chosen by 5-fold CV over events.

``python -m storyline.bench.summaries_shown ARTICLES SUMMARIES [--dump FILE]``.
A fact often has several sentences in the reader's language; the summary
shows the first that states it (:func:`storyline.facts.summarise.stating`:
earliest-published report first), and the greedy ROUGE-2 oracle over the
summary's pool most often loses a sentence to exactly that choice
(``summaries_pool``: 51 picks).  Each rule below reorders
:func:`~storyline.facts.summarise.stating` (a stable sort, so conflicts still
head with a disputed value and ties keep the shipped order); the event's
summary is then picked again (MMR, the shipped flow: stored summary, then
:func:`~storyline.facts.render.reader_summary` for an English reader) and
scored with ROUGE-2 at 200 words as ``bench summaries``:

- ``first``: the shipped order;
- ``lead``: the sentence earliest in its article (news puts the main fact first);
- ``central``: the highest cosine (language-centred e5, as the facts' own
  vectors) with the event's centre of all claim sentences;
- ``medoid``: the highest cosine with the fact's own vector (the sentence
  most typical of what its reports say);
- ``report``: the sentence of the report whose claims' centroid is closest
  to the event's centre;
- ``names``: the most names, figures and dates;
- ``longest`` / ``shortest``: words (references tried before);
- controls with no principle: ``latest`` (the last-published report's) and
  ``random0``-``random4`` (a fixed pseudo-random order per seed).

The CV is reported over the principled rules (``first`` to ``shortest``) and
over those with the controls.

Events of one report are not embedded (their facts are single sentences), so
the vector rules leave them as shipped.  Folds and ties as
``summaries_rankers`` (event ``i`` in fold ``i % 5``; ties to the shipped
rule).  Figures: docs/benchmarks.md, "Summaries".
"""
from __future__ import annotations

import json
import statistics
import sys
import zlib

import numpy as np

import storyline.facts.render as render_mod
import storyline.facts.summarise as summ_mod
from storyline.bench.summaries import BUDGET, FACTS_ONLY, _scorer, load_events
from storyline.bench.summaries_rankers import held_out
from storyline.embed import shared_embedder
from storyline.facts.align import centred
from storyline.facts.event import build_event_facts, event_claims
from storyline.facts.render import event_view
from storyline.facts.summarise import mmr, similarity_matrix, words

RULES = ("first", "lead", "central", "medoid", "report", "names", "longest", "shortest")
CONTROLS = ("latest",) + tuple(f"random{k}" for k in range(5))  # no principle: what any other choice scores
LAMBDAS = (0.85, 1.0)
_SHIPPED_STATING = summ_mod.stating


def _unit(v: np.ndarray) -> np.ndarray:
    n = float(np.linalg.norm(v))
    return v / n if n else v


def keys_for(rule: str, ef, claims, vecs, centre):
    """A sort key over supports for ``rule`` (smaller first), given the event's
    claims and their centred unit vectors (None where not embedded)."""
    at = {(c.article_id, c.start): k for k, c in enumerate(claims)}
    if rule == "first":
        return None
    if rule == "lead":
        return lambda f, s: s.sentence
    if rule == "latest":  # a control: the last-published report's, no principle
        order = {}
        return lambda f, s: -order.setdefault(id(f), {id(x): k for k, x in enumerate(f.supports)})[id(s)]
    if rule.startswith("random"):  # a control: a fixed pseudo-random order per seed
        return lambda f, s: zlib.crc32(f"{rule}|{s.article_id}|{s.start}".encode())
    if rule == "longest":
        return lambda f, s: -words(s.text)
    if rule == "shortest":
        return lambda f, s: words(s.text)
    if rule == "names":
        def n(f, s):
            c = claims[at[(s.article_id, s.start)]] if (s.article_id, s.start) in at else None
            return -(len(c.names) + len(c.numbers) + len(c.dates)) if c else 0
        return n
    if vecs is None:
        return None
    def cos(s, v):
        k = at.get((s.article_id, s.start))
        return -float(vecs[k] @ v) if k is not None and v is not None else 0.0
    if rule == "central":
        return lambda f, s: cos(s, centre)
    if rule == "medoid":
        return lambda f, s: cos(s, f.vector)
    if rule == "report":
        by_art: dict[str, list[int]] = {}
        for k, c in enumerate(claims):
            by_art.setdefault(c.article_id, []).append(k)
        score = {a: -float(_unit(vecs[ks].mean(axis=0)) @ centre) for a, ks in by_art.items()}
        return lambda f, s: score.get(s.article_id, 0.0)
    raise ValueError(rule)


def patched(key):
    """Point :func:`stating` (as the summary and the renderer call it) at ``key``."""
    def stating(fact):
        order = _SHIPPED_STATING(fact)
        return order if key is None else sorted(order, key=lambda s: key(fact, s))
    summ_mod.stating = stating
    render_mod.stating = stating


def main(argv: list[str]) -> None:
    dump = argv[argv.index("--dump") + 1] if "--dump" in argv else None
    paths = [a for a in argv if not a.startswith("--") and a != dump]
    events = load_events(paths[0], paths[1])
    scorer, embedder = _scorer(), shared_embedder()
    grid = [(r, lam) for r in RULES + CONTROLS for lam in LAMBDAS]
    table = {cfg: [] for cfg in grid}
    try:
        for cluster, arts, ref in events:
            patched(None)
            ef = build_event_facts(0, arts, embedder, budget_words=BUDGET, **FACTS_ONLY)
            _, _, claims = event_claims(arts)
            vecs = centre = None
            if ef.embedded:
                vecs = np.asarray(centred(embedder.embed([c.text for c in claims], "passage"),
                                          [c.lang for c in claims]))
                centre = _unit(vecs.mean(axis=0))
                vecs = vecs / np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-9)
            sims = similarity_matrix(ef.facts)
            for rule, lam in grid:
                patched(keys_for(rule, ef, claims, vecs, centre))
                ef.summary = [ef.facts[i].id for i in mmr(ef.facts, BUDGET, lam, sims)]
                ef.lam = lam
                text = " ".join(v["text"] for v in event_view(ef, "en")["summary"])
                table[(rule, lam)].append(scorer.score(ref, text)["rouge2"].fmeasure)
            print(cluster, {r: round(table[(r, 0.85)][-1], 4) for r in RULES + CONTROLS}, flush=True)
    finally:
        patched(None)
    if dump:
        with open(dump, "w") as fh:
            json.dump({"events": [c for c, _, _ in events],
                       "table": {f"{r}/{lam}": v for (r, lam), v in table.items()}}, fh)
    n = len(events)
    shipped = ("first", 0.85)
    rank = {r: k for k, r in enumerate(RULES + CONTROLS)}
    principled = {c: v for c, v in table.items() if c[0] in RULES}
    whole = {c: round(statistics.fmean(v), 4) for c, v in table.items()}
    print({"whole": {f"{r}/{lam}": v for (r, lam), v in whole.items()},
           "rules_at_shipped_lambda": held_out({c: v for c, v in principled.items() if c[1] == 0.85}, n,
                                               lambda c: rank[c[0]]),
           "rules_and_lambda": held_out(principled, n, lambda c: rank[c[0]] + abs(c[1] - 0.85)),
           "rules_and_controls_at_shipped_lambda": held_out({c: v for c, v in table.items() if c[1] == 0.85}, n,
                                                            lambda c: rank[c[0]]),
           "shipped_per_fold": [round(statistics.fmean(table[shipped][i] for i in range(n) if i % 5 == k), 4)
                                for k in range(5)]})


if __name__ == "__main__":
    main(sys.argv[1:])
