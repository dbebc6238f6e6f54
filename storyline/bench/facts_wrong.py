"""``python -m storyline.bench.facts_wrong FILE.jsonl``: every pair the facts stage puts in one fact that the labels keep apart, with the step that paired them.

Why: ``bench facts`` says how precise the alignment is, ``facts_misses``
why gold pairs are lost; a rule against wrong pairings needs to know which
step makes them, and a fact-checker's reading of the demo (issue 12, the
"wrong pairings" of docs/benchmarks.md) takes an hour where the labelled
sample answers in seconds.  Each predicted pair of two labelled sentences of
two articles that no gold fact holds together is put down to the step of
:func:`storyline.facts.event.build_event_facts` that paired them:

- ``merge``: :func:`~storyline.facts.align.align` grouped the two (greedy
  average linkage; a wrong pair there is often one sentence carried in by
  another, so its own score may be under the cut);
- ``group loan``: :func:`~storyline.facts.lending.extend` lent one of them to
  a fact of two or more sentences holding the other, from an article the
  fact had no sentence of;
- ``second sentence``: lent to such a fact from an article it holds already;
- ``lone loan``: lent to a sentence left alone, or that sentence lent to it;
- ``two loans``: both lent to one fact;
- ``conflict side``: no group holds both; the conflict sides joined them
  (:func:`~storyline.facts.labels.join_sides`).

Each record gives the two sentences, their languages, pair score, meaning
alone (:func:`~storyline.facts.align.meaning`) and name agreement.
"""
from __future__ import annotations

import sys

from storyline.bench.facts import analysed_articles, pair_listing, score_event
from storyline.bench.facts_misses import replay
from storyline.facts.event import event_claims

STEPS = ("merge", "group loan", "second sentence", "lone loan", "two loans", "conflict side")


def step_of(i: int, j: int, claims, aligned: list[list[int]], groups: list[list[int]]) -> str:
    """Which step put claim sentences ``i`` and ``j`` in one fact (see the module's list)."""
    if any(i in own and j in own for own in aligned):
        return "merge"
    for own, members in zip(aligned, groups):
        if i not in members or j not in members:
            continue
        lent = [k for k in (i, j) if k not in own]
        if len(lent) == 2:
            return "two loans"
        if len(own) == 1:
            return "lone loan"
        held = {claims[k].article_id for k in own}
        return "second sentence" if claims[lent[0]].article_id in held else "group loan"
    return "conflict side"


def event_wrong(obj: dict, where: str, embedder) -> list[dict]:
    """One record per predicted pair of the event that no gold fact holds."""
    arts = analysed_articles(obj, where)
    ext = {a.id: e for e, a in arts.items()}
    claims = event_claims(list(arts.values()))[2]
    raw, scores, names, cos, aligned, groups = replay(claims, embedder)
    scored = score_event(obj, where, embedder, arts=arts)  # the pairs `bench facts` predicts
    spans = {(str(s["article"]), s["start"], s["end"]) for f in obj["facts"] for s in f["supports"]}
    key_of: dict[tuple[str, int], int] = {}
    for i, c in enumerate(claims):
        for art, start, end in spans:
            if ext[c.article_id] == art and start <= c.start < end:
                key_of.setdefault((art, start), i)
    out = []
    for pair in sorted(scored["pred"] - scored["gold"]):
        i, j = key_of[pair[0]], key_of[pair[1]]
        a, b = claims[i], claims[j]
        out.append({"event": obj["event"], "pair": pair, "step": step_of(i, j, claims, aligned, groups),
                    "langs": f"{a.lang}-{b.lang}", "score": round(float(raw[i, j]), 3),
                    "meaning": round(float(cos[i, j]), 3), "names": round(float(names[i, j]), 3),
                    "a": f"{pair[0][0]} {a.text[:150]}", "b": f"{pair[1][0]} {b.text[:150]}"})
    return out


def _line(rec: dict) -> str:
    return (f"[{rec['event']}] {rec['step']}: {rec['langs']} score {rec['score']} meaning "
            f"{rec['meaning']} names {rec['names']}\n   A {rec['a']}\n   B {rec['b']}")


def main(argv: list[str] | None = None) -> None:
    counts = pair_listing(argv, __doc__, "wrong pair", event_wrong, lambda rec: rec["step"], _line)
    for step in STEPS:
        print(f"{step}\t{counts[step]}", file=sys.stderr)


if __name__ == "__main__":
    main()
