"""``python -m storyline.bench.facts_misses FILE.jsonl``: every gold pair the facts stage misses, with why.

Why: ``bench facts`` says how many pairs of sentences stating one fact are
left in two facts, and how many disagreeing pairs are not flagged; a rule
that fixes them needs to know what each missed pair looks like.  Each missed
pair is put down to the first step that lost it, in the order the stage
runs (:func:`storyline.facts.event.build_event_facts`):

- ``claim filter`` / ``split differently`` / ``past the limit``: a gold
  sentence is no claim sentence (no name, figure, date or reporting verb;
  the splitter cut it elsewhere; past the 30th of its article);
- ``kept apart``: :func:`~storyline.facts.disagreements.keep_apart` unaligned the
  pair (their fact dates differ with nothing to pin them);
- ``below cut: ...``: the pair's own score is under the alignment cut (its
  parts printed: centred cosine, name agreement, figure, date), and what it
  had to agree on beyond meaning: a figure shared, figures of one kind none
  shared, a date shared, dates that differ, names none keyed alike, or
  meaning only;
- ``article taken: ...``: the pair clears the cut but one side's fact
  already holds a sentence of the other's article (a fact aligns one an
  article, and the lending of a second one, :func:`~storyline.facts.lending.extend`,
  refused it): that article's other sentence of the same gold fact (the
  article states the fact twice), or a sentence of another fact;
- ``neither side's best partner``: each side has a better partner in the
  other's article (:func:`~storyline.facts.align.a_best_pair`), so the pair
  links nothing;
- ``group mean``: it clears the cut, but the two groups' mean score does not;
- ``lending``: the pair would have met only by lending, which refused it;
- ``parted after alignment``: the alignment put the two in one group, but
  the stage's facts (after lending and the conflict sides) do not hold them together.

A missed conflict is put down to ``not aligned`` (the two are in no fact
together: the alignment's cause beside it) or, aligned, to the comparison
(``pair_disagreements`` found nothing, or the pair's own score is under the cut).
"""
from __future__ import annotations

import sys
from collections import defaultdict
from itertools import combinations

import numpy as np

from storyline.facts.agreement import claim_keys, name_agreement, shares_number
from storyline.facts.align import ALIGN_CUT, a_best_pair, align, best_in_article, meaning, pair_scores
from storyline.facts.lending import extend
from storyline.facts.claims import sentence_spans
from storyline.facts.disagreements import keep_apart, pair_disagreements
from storyline.bench.facts import analysed_articles, pair_listing, score_event
from storyline.facts.event import event_claims


def event_misses(obj: dict, where: str, embedder) -> list[dict]:
    """One record per missed gold alignment pair and missed conflict pair of one event."""
    arts = analysed_articles(obj, where)
    ext = {a.id: e for e, a in arts.items()}
    claims = event_claims(list(arts.values()))[2]
    raw, scores, names, cos, aligned, groups = replay(claims, embedder)
    home = {i: g for g in aligned for i in g}
    pred = score_event(obj, where, embedder, arts=arts)  # the pairs `bench facts` predicts
    facts_of = defaultdict(set)
    for n, g in enumerate(groups):
        for i in g:
            facts_of[i].add(n)

    def claim_at(art: str, start: int, end: int) -> int | None:
        for i, c in enumerate(claims):
            if ext[c.article_id] == art and start <= c.start < end:
                return i
        return None

    out = []
    for f in obj["facts"]:
        sup = [(str(s["article"]), s["start"], s["end"], s["text"]) for s in f["supports"]]
        conf = {tuple(sorted(p)) for p in f.get("conflicts", [])}
        for x, y in combinations(range(len(sup)), 2):
            if sup[x][0] == sup[y][0]:
                continue
            i, j = claim_at(*sup[x][:3]), claim_at(*sup[y][:3])
            together = i is not None and j is not None and bool(facts_of[i] & facts_of[j])
            is_conf = (x, y) in conf
            pair = tuple(sorted([(sup[x][0], sup[x][1]), (sup[y][0], sup[y][1])]))
            if pair in (pred["pred_conf"] if is_conf else pred["pred"]):
                continue
            rec = {"event": obj["event"], "fact": f.get("fact", ""), "conflict": is_conf, "pair": pair,
                   "a": f"{sup[x][0]} {sup[x][3][:150]}", "b": f"{sup[y][0]} {sup[y][3][:150]}"}
            if together and not is_conf:  # aligned here, yet the shipped stage's facts part them
                rec["cause"] = "parted after alignment"
                out.append(rec)
                continue
            if together:  # aligned, conflict missed?
                a, b = claims[i], claims[j]
                dis = pair_disagreements(a, b, float(names[i, j]))
                if a.report == b.report:
                    why = "same report"
                elif scores[i, j] < ALIGN_CUT:
                    why = f"pair under cut ({scores[i, j]:.3f})"
                elif not dis:
                    why = "no disagreement read"
                else:
                    why = "aligned, disagreement read, not on two sides"
                rec.update(cause=why, numbers_a=[tuple(n[:3]) for n in a.numbers],
                           numbers_b=[tuple(n[:3]) for n in b.numbers],
                           dates_a=a.fact_dates, dates_b=b.fact_dates, langs=f"{a.lang}-{b.lang}")
                out.append(rec)
                continue
            in_fact = {claim_at(*t[:3]) for t in sup} - {None}
            rec["cause"] = _align_cause(i, j, claims, raw, scores, aligned, home, groups, names, in_fact)
            if rec["cause"] == "not a claim":
                why = [(_why_no_claim(arts[art], s, e), art) for (art, s, e, _), k in ((sup[x], i), (sup[y], j))
                       if k is None]
                rec["cause"] = f"{why[0][0]} ({', '.join(a for _, a in why)})"
            if i is not None and j is not None:
                a, b = claims[i], claims[j]
                rec.update(langs=f"{a.lang}-{b.lang}", score=round(float(raw[i, j]), 3),
                           cosine=round(float(cos[i, j]), 3), names=round(float(names[i, j]), 3),
                           figure=shares_number(a, b), date=bool(set(a.dates) & set(b.dates)),
                           numbers_a=[tuple(n[:3]) for n in a.numbers], numbers_b=[tuple(n[:3]) for n in b.numbers],
                           dates_a=a.dates, dates_b=b.dates)
            out.append(rec)
    return out


def replay(claims, embedder):
    """The shipped alignment of an event's claim sentences, step by step, as
    :func:`storyline.facts.event.build_event_facts` runs it: the pair scores
    before and after :func:`~storyline.facts.disagreements.keep_apart`, the
    name agreement, the meaning alone, the groups :func:`align` merged and
    those groups with what :func:`extend` lent them (what the bench tools
    that put a pair down to a step read)."""
    vectors = embedder.embed([c.text for c in claims], "passage")
    names = name_agreement(claims)
    raw = pair_scores(claims, vectors, names)
    scores = raw.copy()
    keep_apart(claims, scores, names)
    cos = meaning(vectors, [c.lang for c in claims])
    aligned = align(claims, scores, ALIGN_CUT, names=names, meanings=cos)
    groups = extend(claims, scores, aligned, ALIGN_CUT, meanings=cos)
    return raw, scores, names, cos, aligned, groups


def _why_no_claim(article, start: int, end: int) -> str:
    """Why a gold sentence has no claim sentence: the filter, the splitter or the per-article limit."""
    spans = sentence_spans(article)
    inside = [c for s, e, c in spans if start <= s < end]
    if not inside:
        return "split differently"
    if not any(inside):
        return "claim filter"
    return "past the limit"


def _below_why(a, b, names) -> str:
    """What a pair under the cut had, or lacked, to agree on beyond meaning."""
    kinds = {x.kind for x in a.numbers} & {y.kind for y in b.numbers}
    if shares_number(a, b):
        return "figure shared, meaning far"
    if kinds:
        return "figures of one kind, none shared"
    if set(a.dates) & set(b.dates):
        return "date shared, meaning far"
    if a.dates and b.dates:
        return "dates differ"
    if claim_keys(a) and claim_keys(b) and not claim_keys(a) & claim_keys(b):
        return "names, none keyed alike"
    return "meaning only"


def _align_cause(i, j, claims, raw, scores, aligned, home, groups, names=None, in_fact=frozenset()) -> str:
    if i is None or j is None:
        return "not a claim"
    if claims[i].article_id == claims[j].article_id:
        return "same article"
    if np.isinf(scores[i, j]) and not np.isinf(raw[i, j]):
        return "kept apart"
    if scores[i, j] < ALIGN_CUT:
        return "below cut: " + _below_why(claims[i], claims[j], names)
    if home[i] is not home[j] and not a_best_pair(claims, scores, best_in_article(claims, scores), i, j):
        return "neither side's best partner"
    gi, gj = home[i], home[j]
    arts_i = {claims[k].article_id for k in gi}
    arts_j = {claims[k].article_id for k in gj}
    if arts_i & arts_j:
        # the sentence of the other's article already in the group: also in the gold fact
        # (an article stating the fact twice) or not (a wrong or another fact's partner)
        blockers = [k for k in gi if claims[k].article_id == claims[j].article_id] + \
                   [k for k in gj if claims[k].article_id == claims[i].article_id]
        why = ("article taken: its other sentence of the gold fact" if blockers and set(blockers) <= in_fact
               else "article taken: by a sentence of another fact")
        return why + " (" + ", ".join(f"{claims[k].text[:60]!r}" for k in blockers) + ")"
    if float(scores[np.ix_(gi, gj)].mean()) < ALIGN_CUT:
        return "group mean"
    return "lending"


def _count_key(rec: dict) -> tuple[str, str]:
    return "conflict" if rec["conflict"] else "align", rec["cause"].split(" (")[0]


def _line(rec: dict) -> str:
    extra = {k: rec[k] for k in ("langs", "score", "cosine", "names", "figure", "date",
                                 "numbers_a", "numbers_b", "dates_a", "dates_b") if k in rec}
    return (f"[{rec['event']}] {'CONFLICT ' if rec['conflict'] else ''}{rec['cause']}: {extra}\n"
            f"   A {rec['a']}\n   B {rec['b']}")


def main(argv: list[str] | None = None) -> None:
    counts = pair_listing(argv, __doc__, "missed pair", event_misses, _count_key, _line)
    for (what, cause), n in sorted(counts.items()):
        print(f"{what}\t{cause}\t{n}", file=sys.stderr)


if __name__ == "__main__":
    main()
