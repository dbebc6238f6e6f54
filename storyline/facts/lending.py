"""Lend a sentence to every fact it states, beyond the one alignment put it in.

Why apart from :mod:`storyline.facts.align`: alignment groups each sentence
into one fact (greedy average linkage); lending is the second pass over those
groups, with bars of its own (the settings below), and each has its own tests
and CV runs (``python -m storyline.bench.facts_best``, ``bench facts``).

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
"""
from __future__ import annotations

import numpy as np

from storyline.facts.agreement import (LEND_NAME_MIN, PARAPHRASE_MIN, agree, apart, kept_apart, measures_apart,
                                       name_agreement, told_apart)
from storyline.facts.align import ALIGN_CUT
from storyline.facts.copies import follow_originals
from storyline.facts.model import ClaimSentence

EXTEND_MARGIN = 0.05  # lending to a group of 2+: the choice of most folds of 5-fold CV on the fact sample (docs/benchmarks.md)
# lending a grouped sentence: least share of its score to its own fact; CV by F1 cannot choose
# it (level), it ships for the pairs it drops, 35 wrong to 21 right on the fact sample (docs/benchmarks.md)
LEND_OWN_RATIO = 0.7
# lending a second sentence of an article a group already holds: least share of its score to
# its own fact (9: never); chosen by 5-fold CV on the fact sample (docs/benchmarks.md)
LEND_SECOND_RATIO = 1.0
# lending to a lone sentence a partner of another language on meaning alone: least pair score
# (9: never); the loosest bar at which no fold of 5-fold CV on the fact sample loses alignment F1,
# gloss precision or right less wrong glosses (python -m storyline.bench.facts_best --across)
LEND_ACROSS_MIN = 0.50


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
