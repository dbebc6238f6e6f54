"""Align claim sentences of one event into facts, across sources and languages.

Two sentences state the same fact when their meaning is close (e5 sentence
vectors, each centred on the mean vector of its language so that an English
and a Hindi sentence are compared by content, not by script) and what cannot
be paraphrased agrees: names (transliteration keys, "Putin" = "पुतिन"),
numbers and resolved dates each add to the score.  Sentences of one article
never align with each other (an article states a fact once; a second sentence
of its own is elaboration, not corroboration).

Grouping is greedy average linkage: pairs are taken best first and two groups
merge when the mean score between them clears the cut and they share no
article, and the median clears it too, less :data:`MEDIAN_SLACK`: a mean
lets one strong pair carry a sentence into a fact whose other sentences it
scores low to.  Deterministic: ties break on sentence order.  A pair links two
groups only when one of its sentences is the other's best partner in its
article (:data:`BEST_TOLERANCE`): when each has a better partner there, the
two met because better pairs took those partners first, and what is left of
two reports about the same leaders still scores high on meaning.  The seeds'
"He gifted Putin two Pungsan dogs" aligned with the Hindi "at that time Putin
personally showed Kim [the car]" (each had a better Hindi / English partner,
0.04 and 0.08 above), and "Putin recently visited North Korea ... to sign a
treaty" with "Putin gifted Kim a splendid Aurus limousine".

Lending a sentence to further facts (:func:`~storyline.facts.lending.extend`) is in :mod:`storyline.facts.lending`.

A fact's own sentences may link on meaning alone too, and two kinds of such
pair cited sentences that say something else (:func:`vouched`): a pair of
one language that shares no name, figure or date and is no close paraphrase
(:func:`~storyline.facts.agreement.apart`: "Rahul Gandhi won from both Rae
Bareli and Wayanad" / "He is the first leader since Jawaharlal Nehru to win
a third successive term", 0.45), and a pair of two sentences alone so far
that are not each other's best partner (the German "since the last hike
inflation has fallen by 2.5 points", whose best English partner is the
inflation forecast, founded a fact with "Money markets now price … cuts").
Two sentences naming one measure said of two places never align (their
pair score is -inf: :func:`~storyline.facts.agreement.measured_elsewhere`):
the demo's "a first UK cut … after inflation fell … to 2.3%" joined the fact
"Euro zone inflation unexpectedly ticked up to 2.6% in May".
Some pairs state two facts however much they share
(:func:`~storyline.facts.agreement.kept_apart`): two sentences said of two
times with nothing else in common never share a fact (no merge puts them
together, no lending either: "साल 2000 में …", Putin's visit of 2000, and "В
2018 году Ким Чен Ын дарил пару пхунсанов …", a gift of 2018, were one fact),
and a pair of one language that is no close paraphrase and where one states a
particular of a kind the other has nothing of (a year besides its report's
own, a figure of a kind) founds no fact and is not lent to a lone sentence:
the demo's "фьючерсы на пшеницу в Чикаго … подорожали примерно на 2%" was
lent "была разрушена плотина Каховской ГЭС" on "ГЭС" and Tuesday.
Names, figures and resolved dates, which agreement reads, are in
:mod:`storyline.facts.agreement`.
"""
from __future__ import annotations

import functools

import numpy as np

from storyline.facts.agreement import (PARAPHRASE_MIN, agree, apart, measured_elsewhere, measures_apart,
                                       kept_apart, name_agreement, shares_date, shares_number, told_apart)
from storyline.facts.model import ClaimSentence

ALIGN_CUT = 0.40  # the choice of most folds of 5-fold CV (docs/benchmarks.md, Summaries)
NAME_WEIGHT = 0.30  # x IDF-weighted cosine of name keys (:func:`~storyline.facts.agreement.key_overlap`)
NUMBER_WEIGHT = 0.10  # a shared figure
DATE_WEIGHT = 0.05  # a shared resolved day or month
# a pair links two groups only when one of its sentences is, within this much, the other's
# best partner in the other's article (9: any pair); the choice of 4 of 5 folds of CV on the fact
# sample (python -m storyline.bench.facts_best, docs/benchmarks.md)
BEST_TOLERANCE = 0.02
# two groups merge only when the median of their pair scores clears the cut less this much
# (9: the mean alone): one strong pair no longer carries a sentence the others score low to;
# the choice of most folds of 5-fold CV on the fact sample (docs/benchmarks.md)
MEDIAN_SLACK = 0.02
# how much lower than the cut a pair of two languages (a translation) may score and link: 0, one cut;
# 5-fold CV gains nothing held out (python -m storyline.bench.facts_best FILE --across-cut; h-facts27)
ACROSS_CUT_DROP = 0.0
# how much more than the cut the mean of a merge of more than two sentences must score (0: one cut);
# 5-fold CV keeps 0 (python -m storyline.bench.facts_best FILE --group-lift; h-facts29, docs/benchmarks.md)
GROUP_MERGE_LIFT = 0.0


@functools.lru_cache(maxsize=1)
def _centering():
    try:
        from storyline.similarity.model import default_stats
        return default_stats().centering
    except (ImportError, FileNotFoundError):  # pragma: no cover - model file ships with the package
        return None


def centred(vectors: np.ndarray, langs: list[str]) -> np.ndarray:
    """Sentence vectors with their language's mean removed, re-normalised."""
    centring = _centering()
    out = np.asarray(vectors, np.float32).copy()
    if centring is None or not len(out):
        return out
    for lang in sorted(set(langs)):
        rows = [i for i, lg in enumerate(langs) if lg == lang]
        out[rows] = centring.apply(out[rows], lang)
    return out


def meaning(vectors: np.ndarray, langs: list[str]) -> np.ndarray:
    """Pairwise cosine of the :func:`centred` sentence vectors: what the
    sentences' meaning alone scores, before names, figures and dates."""
    c = centred(vectors, langs)
    return c @ c.T


def pair_scores(claims: list[ClaimSentence], vectors: np.ndarray | None,
                names: np.ndarray | None = None) -> np.ndarray:
    """Score matrix: centred cosine (or 0 without vectors) + name, number and date agreement;
    pairs from one article, and pairs saying one measure of two places
    (:func:`~storyline.facts.agreement.measured_elsewhere`), are -inf.  ``names``: their :func:`key_overlap`, when already computed."""
    n = len(claims)
    if vectors is not None and n:
        scores = meaning(vectors, [x.lang for x in claims])
    else:
        scores = np.zeros((n, n), np.float32)
    if names is None:
        names = name_agreement(claims)
    elsewhere = measured_elsewhere(claims)
    for i in range(n):
        for j in range(i + 1, n):
            a, b = claims[i], claims[j]
            if a.article_id == b.article_id or elsewhere[i, j]:
                s = -np.inf
            else:
                s = (scores[i, j] + NAME_WEIGHT * names[i, j]
                     + NUMBER_WEIGHT * shares_number(a, b)
                     + DATE_WEIGHT * shares_date(a, b))
            scores[i, j] = scores[j, i] = s
    np.fill_diagonal(scores, -np.inf)
    return scores


def align(claims: list[ClaimSentence], scores: np.ndarray, cut: float = ALIGN_CUT,
          tolerance: float = BEST_TOLERANCE, median_slack: float = MEDIAN_SLACK,
          names: np.ndarray | None = None, meanings: np.ndarray | None = None,
          paraphrase_min: float = PARAPHRASE_MIN) -> list[list[int]]:
    """Groups of sentence indexes stating one fact (singletons included), in
    order of their first sentence; a pair links only when :func:`a_best_pair`
    (within ``tolerance``; 9: any pair) and, given ``names`` and ``meanings``
    (:func:`name_agreement`, :func:`meaning`; None: no such condition),
    :func:`vouched`; two groups merge only when the median of their pair
    scores also clears ``cut - median_slack`` (9: no such condition).  A pair
    of two languages is held to ``cut`` less :data:`ACROSS_CUT_DROP` (a merge, to its mix)."""
    n = len(claims)
    best = best_in_article(claims, scores) if tolerance < 9 else None
    group = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    langs = [c.lang for c in claims]  # a pair of two languages is lifted by ACROSS_CUT_DROP against the cut
    lift = ACROSS_CUT_DROP * np.array([[a != b for b in langs] for a in langs], np.float32).reshape(n, n)
    iu, ju = np.triu_indices(n, 1)
    vals = scores[iu, ju] if n > 1 else np.zeros(0)
    keep = np.nonzero(vals + lift[iu, ju] >= cut)[0] if n > 1 else np.zeros(0, int)
    order = sorted(keep.tolist(), key=lambda k: (-float(vals[k]), int(iu[k]), int(ju[k])))
    for k in order:
        gi, gj = group[iu[k]], group[ju[k]]
        if gi == gj:
            continue
        if best is not None and not a_best_pair(claims, scores, best, int(iu[k]), int(ju[k]), tolerance):
            continue
        a, b = members[gi], members[gj]
        if names is not None and meanings is not None and not vouched(
                claims, scores, names, meanings, best, int(iu[k]), int(ju[k]), len(a) + len(b) == 2,
                tolerance, paraphrase_min):
            continue
        if {claims[x].article_id for x in a} & {claims[x].article_id for x in b}:
            continue
        if names is not None and any(told_apart(claims[x], claims[y], float(names[x, y])) for x in a for y in b):
            continue  # said of two times: whatever pair linked them, no fact holds both
        cross = scores[np.ix_(a, b)] + lift[np.ix_(a, b)]
        lift_more = GROUP_MERGE_LIFT if len(a) + len(b) > 2 else 0.0
        if float(cross.mean()) < cut + lift_more or float(np.median(cross)) < cut - median_slack:
            continue
        keep_id, gone = min(gi, gj), max(gi, gj)
        members[keep_id] = sorted(a + b)
        for x in members.pop(gone):
            group[x] = keep_id
    return [members[g] for g in sorted(members)]


def best_in_article(claims: list[ClaimSentence], scores: np.ndarray) -> list[dict[str, float]]:
    """For each sentence, its best pair score with a sentence of each other article."""
    by_article: dict[str, list[int]] = {}
    for j, c in enumerate(claims):
        by_article.setdefault(c.article_id, []).append(j)
    out: list[dict[str, float]] = [{} for _ in claims]
    for art, cols in by_article.items():
        top = scores[:, cols].max(axis=1) if len(claims) else []
        for i, c in enumerate(claims):
            if c.article_id != art:
                out[i][art] = float(top[i])
    return out


def a_best_pair(claims: list[ClaimSentence], scores: np.ndarray, best: list[dict[str, float]],
                i: int, j: int, tolerance: float = BEST_TOLERANCE) -> bool:
    """One of the two sentences is, within ``tolerance``, the other's best partner
    in its article (``best``: :func:`best_in_article`).  Only one need be: a
    sentence stating two facts is the best partner of one of them only, and
    its other partner still picks it."""
    s = float(scores[i, j])
    return (s >= best[i][claims[j].article_id] - tolerance
            or s >= best[j][claims[i].article_id] - tolerance)


def vouched(claims: list[ClaimSentence], scores: np.ndarray, names: np.ndarray, meanings: np.ndarray,
            best: list[dict[str, float]] | None, i: int, j: int, founding: bool,
            tolerance: float = BEST_TOLERANCE, paraphrase_min: float = PARAPHRASE_MIN) -> bool:
    """A pair that rests on meaning alone (the two do not :func:`agree`) may
    link when it is no pair of one language :func:`~storyline.facts.agreement.apart`
    and, when it would found a fact (``founding``: both sentences alone so
    far), each sentence is the other's best partner in its article: then
    nothing but the two sentences vouches for the fact, and a sentence whose
    own fact its article states elsewhere takes the next-closest one ("Seit
    der letzten Zinserhöhung … sei die Teuerung um mehr als 2,5 Prozentpunkte
    gesunken", whose best English partner is the inflation forecast, founded
    a fact with "Money markets now price one or two further cuts").  Nor may
    it link when the two :func:`~storyline.facts.agreement.measures_apart`.
    A founding pair that is :func:`~storyline.facts.agreement.kept_apart`
    never links, agreeing or not: a name or the event's day shared is all
    that vouched for it.  (Checked on founding pairs only: on every link it
    split the Derna death tolls' conflicts, `bench facts` conflicts 8 of 8 to 0.)"""
    a, b = claims[i], claims[j]
    if founding and kept_apart(a, b, float(names[i, j]), float(meanings[i, j]), paraphrase_min):
        return False
    if agree(a, b, float(names[i, j])):
        return True
    if apart(a, b, float(names[i, j]), float(meanings[i, j]), paraphrase_min) or measures_apart(a, b):
        return False
    if founding and best is not None:
        s = float(scores[i, j])
        return s >= best[i][b.article_id] - tolerance and s >= best[j][a.article_id] - tolerance
    return True
