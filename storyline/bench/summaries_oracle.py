"""Where the summary's ceiling is lost: greedy extractive ROUGE-2 oracles per level.

``storyline bench summaries ARTICLES SUMMARIES --ceilings`` adds these.  A
greedy oracle (Nallapati et al. 2017) picks, one at a time, the candidate
sentence that raises the summary's ROUGE-2 F1 against the reference most,
until the word budget is spent or nothing helps.  Run over nested candidate
sets, the drop from one level to the next says which stage loses what a
perfect sentence scorer could have reached:

- ``raw``: every sentence of every article's input text, before cleaning;
- ``cleaned``: every sentence of the cleaned text (what is stored);
- ``substantive``: cleaned sentences long enough to be prose
  (:func:`storyline.facts.claims.is_substantive`), what the summary may draw on;
- ``claims``: the claim sentences the claim filter keeps (all of them);
- ``claims_limited``: the same, at most ``SENTENCES_PER_ARTICLE`` per article;
- ``facts``: the sentence each fact shows an English reader (what the summary
  chooses from).

The oracle knows the reference, so these are ceilings, not results.
"""
from __future__ import annotations

import statistics
from collections import Counter

from storyline.analyse.sentences import sentences as split_text
from storyline.facts.claims import claim_sentences, is_substantive, report_key, sentence_spans
from storyline.facts.candidates import FACTS_ONLY
from storyline.facts.event import SENTENCES_PER_ARTICLE, build_event_facts
from storyline.facts.render import event_view
from storyline.facts.summarise import words
from storyline.records import Article

LEVELS = ("raw", "cleaned", "substantive", "claims", "claims_limited", "facts")


def _bigrams(tokens: list[str]) -> Counter:
    return Counter(zip(tokens, tokens[1:]))


def greedy_oracle(candidates: list[str], reference: str, tokenizer, budget: int) -> list[str]:
    """The candidates a greedy ROUGE-2 F1 oracle picks, in the order picked
    (ties to the earlier candidate: deterministic)."""
    ref = _bigrams(tokenizer.tokenize(reference))
    n_ref = sum(ref.values())
    cands = [(s, _bigrams(tokenizer.tokenize(s)), words(s)) for s in dict.fromkeys(candidates)]
    got: Counter = Counter()
    picked: list[str] = []
    used, best_f = 0, 0.0
    left = list(range(len(cands)))

    def f1(c: Counter) -> float:
        hit = sum(min(n, ref[b]) for b, n in c.items())
        total = sum(c.values())
        if not hit or not total or not n_ref:
            return 0.0
        p, r = hit / total, hit / n_ref
        return 2 * p * r / (p + r)

    while left and used < budget:
        scored = [(f1(got + cands[i][1]), -i) for i in left if used + cands[i][2] <= budget * 1.1 or not picked]
        if not scored:
            break
        f, neg = max(scored)
        if f <= best_f:
            break
        i = -neg
        left.remove(i)
        picked.append(cands[i][0])
        got += cands[i][1]
        used += cands[i][2]
        best_f = f
    return picked


def level_candidates(arts: list[Article], embedder, budget: int) -> dict[str, list[str]]:
    """Candidate sentences of one event at each of :data:`LEVELS`."""
    originals = {a.id: a for a in arts}
    out: dict[str, list[str]] = {k: [] for k in LEVELS}
    for a in arts:
        out["raw"] += split_text(a.raw_text or a.text, a.lang)
        out["cleaned"] += [a.text[s:e] for s, e, _ in sentence_spans(a)]
        out["substantive"] += [a.text[s:e] for s, e, _ in sentence_spans(a) if is_substantive(a.text[s:e])]
        out["claims"] += [c.text for c in claim_sentences(a, report_key(a, originals))]
        out["claims_limited"] += [c.text for c in claim_sentences(a, report_key(a, originals),
                                                                  limit=SENTENCES_PER_ARTICLE)]
    ef = build_event_facts(0, arts, embedder, budget_words=budget, **FACTS_ONLY)
    out["facts"] = [f["text"] for f in event_view(ef, "en")["facts"]]
    return out


def ceilings(events: list[tuple[str, list[Article], str]], embedder, scorer, budget: int) -> dict:
    """Mean ROUGE-1/2/L F1 of the greedy oracle at each level, and mean candidates per event."""
    rows: dict[str, list[dict[str, float]]] = {k: [] for k in LEVELS}
    sizes: dict[str, list[int]] = {k: [] for k in LEVELS}
    for _, arts, ref in events:
        for level, cands in level_candidates(arts, embedder, budget).items():
            text = " ".join(greedy_oracle(cands, ref, scorer._tokenizer, budget))
            rows[level].append({k: v.fmeasure for k, v in scorer.score(ref, text).items()})
            sizes[level].append(len(cands))
    return {level: {**{k: round(statistics.fmean(r[k] for r in rows[level]), 4) for k in rows[level][0]},
                    "candidates": round(statistics.fmean(sizes[level]), 1)}
            for level in LEVELS}
