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

A sentence may state more than one fact ("Putin gave Kim the same car in
February, so Kim now has two"): once a sentence is grouped with one fact it
could not join another fact of an article already there, and the second fact
went uncorroborated.  :func:`extend` therefore lends each fact, from every
article it has no sentence of, that article's sentence closest to it when the
mean score clears the cut -- a sentence supports every fact it states.
A sentence left alone is lent a partner only when the two also agree on
something that cannot be paraphrased: a distinctive name (IDF-weighted key
agreement of at least :data:`LEND_NAME_MIN`), a figure or a resolved date.
Meaning alone is not enough there: in a two-report event every sentence is
"about" the same leaders, and the Russian report's sentences on the dogs Kim
gave and on a 2018 gift were each lent the English lead on the Aurus car.
Across languages a close pair (:data:`LEND_ACROSS_MIN`) is enough: names key
alike less often there ("COVID" / "कोरोना"), and a translation shares only meaning.
The name is weighed there by how few of the event's *reports* give it too
(:func:`~storyline.facts.agreement.name_agreement` with ``by_report``): a name
every report gives is said by sentences of every kind, and the demo's "Le bilan
ne cesse de s'alourdir dans l'est de la Libye" was lent "The disaster has been
compounded by Libya's political division" on "Libya" alone; nor does a word
the event's sentences write in lower case somewhere, capitalised only where it
opens a sentence ("The move had been all but pre-announced …" was lent "The
decision offers some relief …" on "The", 0.14 weighed by report:
:func:`~storyline.facts.agreement.written_lower`).
An article may state a fact in two sentences, or state it in a sentence that
aligned with another fact while a weaker one of its sentences took the
article's place in this one ("The 25 basis point move ... came as
policymakers raised their inflation forecasts" grouped with the rate fact,
while its "Staff now expect price growth to average 5.6%" sits in the
forecast fact): a group is also lent a second sentence of an article it
holds, when that sentence fits the group at least as well as its own fact
(:data:`LEND_SECOND_RATIO`) and agrees with every sentence of the group from
other articles on a name, a figure or a date (:func:`agree`).
A sentence that already states a fact of its own is lent to another only
when it fits that one nearly as well (:data:`LEND_OWN_RATIO` of its score to
its own fact): the Hindi seed's arrival sentence ("Putin arrived in Pyongyang
early on Wednesday … Kim received him") was its article's closest to the
treaty fact only because the two share the leaders, the city and the day,
and a Hindi reader's summary lost the treaty to a second arrival.
A sentence lent to a group of two or more must reach the cut on meaning
alone (:func:`meaning`) with one of its sentences: "Putin aterrizó de
madrugada …" (landed) was lent to "За руль сначала сел Путин" (drove first)
on the one name that sentence gives (names 0.86, meaning 0.37 and 0.31).
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

from storyline.facts.agreement import (LEND_NAME_MIN, PARAPHRASE_MIN, agree, apart, measured_elsewhere, measures_apart,
                                       kept_apart, name_agreement, shares_date, shares_number, told_apart)
from storyline.facts.copies import follow_originals
from storyline.facts.model import ClaimSentence

ALIGN_CUT = 0.40  # the choice of most folds of 5-fold CV (docs/benchmarks.md, Summaries)
NAME_WEIGHT = 0.30  # x IDF-weighted cosine of name keys (:func:`~storyline.facts.agreement.key_overlap`)
NUMBER_WEIGHT = 0.10  # a shared figure
DATE_WEIGHT = 0.05  # a shared resolved day or month
EXTEND_MARGIN = 0.05  # lending to a group of 2+: the choice of most folds of 5-fold CV on the fact sample (docs/benchmarks.md)
# lending a grouped sentence: least share of its score to its own fact; CV by F1 cannot choose
# it (level), it ships for the pairs it drops, 35 wrong to 21 right on the fact sample (docs/benchmarks.md)
LEND_OWN_RATIO = 0.7
# lending a second sentence of an article a group already holds: least share of its score to
# its own fact (9: never); chosen by 5-fold CV on the fact sample (docs/benchmarks.md)
LEND_SECOND_RATIO = 1.0
# a pair links two groups only when one of its sentences is, within this much, the other's
# best partner in the other's article (9: any pair); the choice of 4 of 5 folds of CV on the fact
# sample (python -m storyline.bench.facts_best, docs/benchmarks.md)
BEST_TOLERANCE = 0.02
# two groups merge only when the median of their pair scores clears the cut less this much
# (9: the mean alone): one strong pair no longer carries a sentence the others score low to;
# the choice of most folds of 5-fold CV on the fact sample (docs/benchmarks.md)
MEDIAN_SLACK = 0.02
# lending to a lone sentence a partner of another language on meaning alone: least pair score
# (9: never); the loosest bar at which no fold of 5-fold CV on the fact sample loses alignment F1,
# gloss precision or right less wrong glosses (python -m storyline.bench.facts_best --across)
LEND_ACROSS_MIN = 0.50
# how much lower than the cut a pair of two languages (a translation) may score and link: 0, one cut;
# 5-fold CV gains nothing held out (python -m storyline.bench.facts_best FILE --across-cut; h-facts27)
ACROSS_CUT_DROP = 0.0


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
        if float(cross.mean()) < cut or float(np.median(cross)) < cut - median_slack:
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


def extend(claims: list[ClaimSentence], scores: np.ndarray, groups: list[list[int]],
           cut: float = ALIGN_CUT, margin: float = EXTEND_MARGIN,
           name_min: float = LEND_NAME_MIN, own_ratio: float = LEND_OWN_RATIO,
           second_ratio: float = LEND_SECOND_RATIO, across_min: float | None = None,
           meanings: np.ndarray | None = None, paraphrase_min: float = PARAPHRASE_MIN) -> list[list[int]]:
    """Each group plus the sentences it may share with other facts.

    A group of two or more gains, from every article it has no sentence of,
    that article's sentence with the best mean score to it when that clears
    ``cut + margin`` (a stricter bar: the group already stands, a lent
    sentence only widens it), and, when that sentence is grouped with others
    already, reaches ``own_ratio`` of its mean score to its own group (a
    sentence stating two facts fits both; one that merely shares their names
    fits its own far better).  A sentence left alone gains its best partner
    from any article of another report (a near-copy's sentence of its own is
    lent none of its original's: one report's sentences never corroborate each
    other, and the demo's Harbour Times reprint's "Ukraine is one of the world's
    biggest exporters …" was lent its Meridian original's "… Zelenskiy said Kyiv
    was ready to keep exporting …") when the pair clears ``cut`` and the two
    :func:`agree` (on a name only as far as it is not every report's nor a
    word written in lower case elsewhere:
    :func:`~storyline.facts.agreement.name_agreement` with ``by_report``): that partner was taken by another fact of the partner's
    article, which is why the two did not merge; a partner of another
    language needs no agreement when the pair clears ``across_min`` (None:
    :data:`LEND_ACROSS_MIN`), since across languages names key alike less
    often ("COVID" / "कोरोना") and a translation shares only its meaning
    (unless the two :func:`~storyline.facts.agreement.measures_apart`: a
    translation keeps what its figures measure).  A group of two or more also
    gains, from every article it holds, that article's other sentence with the
    best mean score to the group's sentences of other articles, when that
    clears ``cut + margin``, reaches ``second_ratio`` of its mean score to its
    own group, and the sentence agrees with each of them (:func:`agree`; it
    competes with a sentence of its own article that the group already chose,
    so it must bring what cannot be paraphrased).  Computed against the groups
    as :func:`align` left them, so their order does not matter.  A near-copy's
    sentence is lent only where its original's is (:func:`~storyline.facts.copies.follow_originals`).
    ``meanings`` (:func:`meaning`; None: no such bar): a sentence lent to a
    group of two or more, either way, must score ``cut`` on meaning alone
    with one of the group's sentences it is measured against, and, where
    some of those are of its language, not be :func:`~storyline.facts.agreement.apart`
    from all of them (``paraphrase_min``), as a pair of them could not link,
    nor be :func:`~storyline.facts.agreement.told_apart` from any of them.
    A lone sentence is lent no partner it is
    :func:`~storyline.facts.agreement.kept_apart` from."""
    across_min = LEND_ACROSS_MIN if across_min is None else across_min
    by_article: dict[str, list[int]] = {}
    for i, c in enumerate(claims):
        by_article.setdefault(c.article_id, []).append(i)
    names = (name_agreement(claims) if (name_min > 0 and any(len(g) == 1 for g in groups))
             or second_ratio < 9 or meanings is not None else None)
    home = {i: g for g in groups for i in g}
    # what a lone sentence's partner agrees on by name: no name every report gives counts
    lone = names is not None and any(len(g) == 1 for g in groups)
    specific = name_agreement(claims, by_report=True) if lone else None

    def means(j: int, to: list[int]) -> bool:
        if meanings is None:
            return True
        kin = [k for k in to if claims[k].lang == claims[j].lang]
        return float(meanings[j, to].max()) >= cut and not (kin and all(
            apart(claims[j], claims[k], float(names[j, k]), float(meanings[j, k]), paraphrase_min) for k in kin)) \
            and not any(told_apart(claims[j], claims[k], float(names[j, k])) for k in to)

    def own_score(j: int) -> float:
        rest = [k for k in home[j] if k != j]
        return float(scores[j, rest].mean()) if rest else 0.0

    out = []
    for members in groups:
        have = {claims[i].article_id for i in members}
        extra = []
        if len(members) == 1:
            others = [j for art in sorted(set(by_article) - have) for j in by_article[art]
                      if claims[j].report != claims[members[0]].report]  # a copy's own sentence: not its original's
            if others:
                i = members[0]
                best = max(others, key=lambda j: (float(scores[j, i]), -j))
                pair = float(scores[best, i])
                if pair >= cut and (names is None or agree(claims[i], claims[best], float(specific[i, best]), name_min)
                                    or (pair >= across_min and claims[i].lang != claims[best].lang
                                        and not measures_apart(claims[i], claims[best]))) \
                        and not (meanings is not None and kept_apart(claims[i], claims[best], float(names[i, best]),
                                                                     float(meanings[i, best]), paraphrase_min)):
                    extra.append(best)
        else:
            for art in sorted(set(by_article) - have):
                best = max(by_article[art], key=lambda j: (float(scores[j, members].mean()), -j))
                to_us = float(scores[best, members].mean())
                if to_us >= cut + margin and to_us >= own_ratio * own_score(best) and means(best, members):
                    extra.append(best)
            if second_ratio < 9:
                extra += _second_sentences(claims, scores, members, by_article, names,
                                           cut + margin, second_ratio, own_score, means)
        out.append(sorted(members + extra))
    return follow_originals(claims, groups, out)


def _second_sentences(claims: list[ClaimSentence], scores: np.ndarray, members: list[int],
                      by_article: dict[str, list[int]], names: np.ndarray, bar: float, ratio: float,
                      own_score, means) -> list[int]:
    """For each article a group holds, its other sentence that fits the group
    best, when it clears ``bar`` (mean score to the group's sentences of other
    articles), ``ratio`` of its score to its own group, and agrees (:func:`agree`)
    with each of those sentences, and ``means`` it on meaning alone (:func:`extend`)."""
    out = []
    for art in sorted({claims[i].article_id for i in members}):
        rest = [k for k in members if claims[k].article_id != art]
        others = [j for j in by_article[art] if j not in members]
        if not rest or not others:
            continue
        best = max(others, key=lambda j: (float(scores[j, rest].mean()), -j))
        to_us = float(scores[best, rest].mean())
        if to_us >= bar and to_us >= ratio * own_score(best) and means(best, rest) and all(
                agree(claims[best], claims[k], float(names[best, k])) for k in rest):
            out.append(best)
    return out
