"""Summary-only candidates and the two-pass summary that weighs the headline.

Why.  A fact is built from *claim* sentences only (a name, figure, date or
reporting cue), at most 30 an article, because alignment and conflicts need
them clean.  The summary, though, loses what the filter drops: a greedy
ROUGE-2 oracle over the facts' sentences reaches 0.154 on Wikinews dev, over
every cleaned sentence 0.199, and 52 % of that oracle's picks are no fact's
sentence (docs/benchmarks.md, "Is the pool the bottleneck?").  So every
other substantive sentence of an original report (prose of 5+ words, no
crosshead: :func:`storyline.facts.claims.is_substantive`) becomes a
*summary-only candidate*: a single-source :class:`~storyline.facts.model.Fact`
of its one sentence, cited to its own article and offsets, scored by the
same hand weights as a fact of one sentence.  They are kept apart from the
facts (:attr:`~storyline.facts.model.EventFacts.extras`): the event page's
facts, counts, conflicts and gloss pool never list them, and alignment,
labels and conflicts never see them; only the summary may show one.

Alone they lift the summary a little (more prose, no better ranking); with
the share of the chosen headline's words a candidate repeats
(:func:`headline_overlap`) added to its relevance, more, held out, in every
fold.  Facts keep the hand weights (:func:`pick_summary`).  The
headline is chosen *from* the summary (:func:`~storyline.facts.summarise.choose_headlines`
reads the summary's vector), so :func:`pick_summary` runs twice: the facts'
summary as before chooses the headline, then facts and candidates together,
scored with the headline, make the summary shown.  The headline is the one
the facts' summary chose: candidates never change it.
"""
from __future__ import annotations

import numpy as np
import regex

from storyline.analyse.sentences import heading_lines, split_sentences
from storyline.facts.align import centred
from storyline.facts.claims import claim_sentences, is_substantive, report_key
from storyline.facts.features import (fact_features, naming_supports, title_overlap, title_words,
                                       vague_supports)
from storyline.facts.labels import build_fact
from storyline.facts.model import EventFacts, Fact
from storyline.facts.summarise import choose_headlines, mmr, relevance, representative, similarity_matrix

# the choice of most folds of `bench summaries --cv` at the shipped cut and lambda (4 of 5; 0.6
# once): docs/benchmarks.md, "Summary-only candidates and the headline, shipped (h-summ4)"
HEADLINE_WEIGHT = 0.3
# build_event_facts' settings for the summary over the facts alone, with no headline term:
# as it was before summary-only candidates, what the experiment benches re-rank and measured
# (storyline.bench.summaries_*; docs/benchmarks.md)
FACTS_ONLY = {"extras": False, "headline_weight": 0.0}


# a sentence ends like one: a terminal mark of any script (. ! ? 。 । ؟ …), then closing quotes or brackets
_ENDS_LIKE_A_SENTENCE = regex.compile(r"[\p{Sentence_Terminal}\u2026][\p{Pe}\p{Pf}\p{Pi}\"'\s]*$")
_EMAIL = regex.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
CAPITALS_SHARE = 0.5  # more of a line's cased letters in capitals than this: a heading, not prose
MIN_CASED = 10  # fewer cased letters: too short to tell (an acronym-heavy sentence)


def reads_as_prose(text: str) -> bool:
    """Whether a sentence that is no claim may still be shown as the summary's
    own: it ends like a sentence (a heading, a menu or a caption line does
    not, nor a lead-in to a link, "Secrecy News is archived at:"), is not
    written in capitals (a newsletter's "NGA PURSUES CONTROL OF UNCLASSIFIED
    SATELLITE IMAGERY"), and gives no e-mail address (how to subscribe, whom
    to write to: the page's furniture, not the news).  The claim filter kept
    such lines out of the facts; candidates have no such filter, and Wikinews
    event wn021's registration page gave its summary ten of them."""
    if not _ENDS_LIKE_A_SENTENCE.search(text) or _EMAIL.search(text):
        return False
    cased = [c for c in text if c.isupper() or c.islower()]
    return len(cased) < MIN_CASED or sum(c.isupper() for c in cased) / len(cased) <= CAPITALS_SHARE


def _unit(v: np.ndarray) -> np.ndarray:
    n = float(np.linalg.norm(v))
    return v / n if n else v


def prose_spans(article, spans: list[tuple[int, int, bool]] | None) -> list[tuple[int, int, bool]]:
    """``(start, end, substantive)`` for every sentence of ``article`` (the
    stored offsets where given, so a citation's sentence index is the
    store's): substantive prose (:func:`reads_as_prose`), not a crosshead."""
    offsets = [(s, e) for s, e, _ in spans] if spans is not None else [
        (s, e) for s, e, _ in split_sentences(article.text, article.lang)]
    heads = heading_lines(article.text)
    return [(s, e, is_substantive(article.text[s:e]) and reads_as_prose(article.text[s:e].strip())
             and not any(x <= s and e <= y for x, y in heads)) for s, e in offsets]


def summary_only(articles, originals, claims, spans, embedder, centre: np.ndarray | None,
                 first_id: int) -> list[Fact]:
    """The summary-only candidates of an event (module docstring), ids from
    ``first_id`` on: every substantive sentence of an original report that no
    fact holds and that :func:`reads_as_prose` (no claim, or a claim past the 30 an article).  A near-copy's
    sentences are left out: a copy says what its original says.  With
    ``embedder`` (an embedded event) each gets its language-centred vector and
    its centrality against ``centre``, the facts' centre; else 0, as a fact
    of an event of one report."""
    have = {(c.article_id, c.start) for c in claims}
    extra = []
    for a in articles:
        if a.duplicate_of is not None:
            continue
        flags = prose_spans(a, (spans or {}).get(a.id))
        extra += [c for c in claim_sentences(a, report_key(a, originals), flags)
                  if (c.article_id, c.start) not in have]
    if not extra:
        return []
    titles = title_words([a.title for a in articles if a.duplicate_of is None and a.title])
    vecs = None
    if embedder is not None and centre is not None:
        vecs = centred(embedder.embed([c.text for c in extra], "passage"), [c.lang for c in extra])
    out = []
    for k, c in enumerate(extra):
        fact = build_fact(first_id + k, extra, [k])
        central = 0.0
        if vecs is not None:
            fact.vector = _unit(np.asarray(vecs[k]))
            central = float(fact.vector @ centre)
        fact.features = fact_features([c], 1, central, titles)
        fact.score = relevance(fact.features)
        fact.vague = vague_supports(fact.supports, extra)
        fact.naming = naming_supports(fact.supports, extra)
        out.append(fact)
    return out


def headline_overlap(fact: Fact, headlines: dict[str, str]) -> float:
    """The largest share of the headline's content words that the sentence
    stating ``fact`` in one of its languages repeats, against the headline
    chosen for that language (else the best overall): word overlap is only
    meaningful within a language."""
    best = 0.0
    for lang in sorted(set(fact.languages) or {""}):
        head = headlines.get(lang) or headlines.get("", "")
        if head:
            best = max(best, title_overlap(representative(fact, lang).text, title_words([head])))
    return best


def candidates(ef: EventFacts) -> list[Fact]:
    """What a summary of the event may pick from: its facts, then its summary-only candidates."""
    return ef.facts + ef.extras


def pick_summary(ef: EventFacts, titles: list[tuple[str, str, np.ndarray | None]], lam: float,
                 headline_weight: float = HEADLINE_WEIGHT, extras: bool = True) -> None:
    """Set ``ef``'s headlines and summary (and every candidate's score).

    First pass: MMR over the facts alone, by the hand weights, and the
    headline per language closest to its first three facts
    (:func:`~storyline.facts.summarise.choose_headlines`; ``titles`` are
    (title, language, centred vector or None) of the original reports).
    Second: MMR over the facts and (with ``extras``) the summary-only
    candidates, each candidate scored by the hand weights plus
    ``headline_weight`` times :func:`headline_overlap`.  Facts keep the hand
    weights: a candidate, which no alignment vouches for, earns its place
    by repeating the headline, but a fact is not ranked down for stating it
    in other words (the word overlap put the Hindi "… संधि पर हस्ताक्षर किए",
    the Pyongyang treaty signed, below a side remark, since the Hindi
    headline writes "दस्तखत").  Deterministic: MMR
    breaks ties by id."""
    facts, pool = ef.facts, candidates(ef) if extras else ef.facts
    for f in pool:
        f.features.pop("headline", None)
        f.score = relevance(f.features)
    first = [facts[i].id for i in mmr(facts, ef.budget_words, lam, similarity_matrix(facts))]
    by_id = {f.id: f for f in facts}
    summary_vec = (_unit(np.mean([by_id[i].vector for i in first[:3]], axis=0))
                   if ef.embedded and first else None)
    text = " ".join(representative(by_id[i]).text for i in first[:3])
    ef.headlines = choose_headlines(titles, summary_vec, text)
    ef.lam = lam
    if pool is facts:
        ef.summary = first
        return
    extra = {id(f) for f in ef.extras}
    for f in pool:
        if id(f) in extra:  # a fact keeps the hand weights' rank: see above
            f.features["headline"] = headline_overlap(f, ef.headlines)
            f.score = relevance(f.features) + headline_weight * f.features["headline"]
    ef.summary = [pool[i].id for i in mmr(pool, ef.budget_words, lam, similarity_matrix(pool))]
