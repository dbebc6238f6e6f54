"""What a fact's summary-worthiness may be judged by: the fact features.

The summary weighs three of them by hand (:data:`storyline.facts.summarise.WEIGHTS`:
centrality, corroboration, position).  The others -- the first sentence of
its article, sentence index and length, counts of names, figures and dates,
how much of a headline the sentence repeats, how many languages state it --
are what a learned scorer could add; :mod:`storyline.bench.summaries_learned`
fits one on events with human-written summaries and measures it held-out
against the hand weights (docs/benchmarks.md, "Summaries": it does not beat
them, so none ships).

Every feature is computed from the fact's own sentences (not the ones lent to
it by :func:`storyline.facts.lending.extend`) and the event's titles, in any
language: no word lists.
"""
from __future__ import annotations

import math

import numpy as np
import regex

from storyline.facts.model import ClaimSentence
from storyline.facts.summarise import words

FEATURE_NAMES = ("central", "reports", "languages", "position", "first_sentence", "index",
                 "words", "names", "numbers", "dates", "title_overlap")
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")
MIN_TITLE_WORD = 4  # shorter words are mostly function words in the scripts we read
SPECIFIC_MIN = 2  # names, figures and dates a sentence needs to say what happened


def specifics(c: ClaimSentence) -> int:
    """How many particulars a claim states: its distinct names (people, places,
    bodies), figures and dates.  A bare year does not count: "the 2024 Lok
    Sabha election results surprised everyone" names its event and says
    nothing of what happened in it."""
    return len(set(c.names)) + len(c.numbers) + len(set(c.dates))


def vague_supports(supports, claims: list[ClaimSentence]) -> list[int]:
    """Indexes of ``supports`` whose sentence states fewer than
    :data:`SPECIFIC_MIN` particulars (:func:`specifics`): an evaluative or
    scene-setting sentence ("the results surprised everyone") that a
    summary must not open with; ``claims`` are the event's (or the
    candidates') claim sentences the supports cite."""
    return [k for k, c in _claims_of(supports, claims) if specifics(c) < SPECIFIC_MIN]


def naming_supports(supports, claims: list[ClaimSentence]) -> list[int]:
    """Indexes of ``supports`` whose sentence names a person (the name
    reader's PERSON mentions, :attr:`ClaimSentence.people`): what a pronoun
    for a speaker ('"…," he said', "По его словам, …") leans on
    (:func:`storyline.facts.summarise.antecedents`)."""
    return [k for k, c in _claims_of(supports, claims) if c.people]


def _claims_of(supports, claims: list[ClaimSentence]):
    """``(index, claim sentence)`` of each of ``supports`` that ``claims`` hold."""
    by_key = {(c.article_id, c.start): c for c in claims}
    return [(k, c) for k, s in enumerate(supports) if (c := by_key.get((s.article_id, s.start))) is not None]


def title_words(titles: list[str]) -> list[set[str]]:
    """Each title's content words (lower-cased, at least :data:`MIN_TITLE_WORD` letters)."""
    return [{w for w in _WORD.findall(t.casefold()) if len(w) >= MIN_TITLE_WORD} for t in titles if t]


def title_overlap(text: str, titles: list[set[str]]) -> float:
    """The largest share of one title's content words that the sentence repeats
    (prefix match of 5 letters, so "floods" meets "flooding")."""
    have = {w[:5] for w in _WORD.findall(text.casefold()) if len(w) >= MIN_TITLE_WORD}
    best = 0.0
    for t in titles:
        if t:
            best = max(best, sum(w[:5] in have for w in t) / len(t))
    return best


def fact_features(own: list[ClaimSentence], n_reports: int, centrality: float,
                  titles: list[set[str]]) -> dict[str, float]:
    """The features of one fact (:data:`FEATURE_NAMES`): ``own`` are its own sentences
    (first the earliest report's), ``centrality`` the cosine of its vector
    with the event's centre (0 when nothing was embedded)."""
    first = min(own, key=lambda c: (c.position, c.idx))
    lead = own[0]
    return {
        "central": centrality,
        "reports": math.log1p(n_reports),
        "languages": float(len({c.lang for c in own})),
        "position": 1 / (1 + first.position),
        "first_sentence": float(first.position == 0),
        "index": math.log1p(first.idx),
        "words": math.log1p(words(lead.text)),
        "names": math.log1p(len(lead.names)),
        "numbers": math.log1p(len(lead.numbers)),
        "dates": math.log1p(len(lead.dates)),
        "title_overlap": max(title_overlap(c.text, titles) for c in own),
    }


def feature_matrix(rows: list[dict[str, float]]) -> np.ndarray:
    return np.array([[r[k] for k in FEATURE_NAMES] for r in rows], np.float64).reshape(-1, len(FEATURE_NAMES))
