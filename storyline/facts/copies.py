"""A near-copy's sentences follow its original's in the facts.

A syndicated reprint is its own article but not its own report (a copy counts
as its original: :func:`storyline.facts.claims.report_key`), and its
sentences are near-verbatim twins of the original's.  Alignment puts a twin
beside its original's sentence (the two score highest of any pair), but
lending (:func:`storyline.facts.lending.extend`) chose per article: a fact that
held neither was lent whichever of the two came first, so the copy's sentence
supported a second fact without its original (the demo's Coastal Times reprint
of "Kremlin spokesman Dmitry Peskov said no agreements were planned to be
signed" sat in the English fact with its Asia Wire original and, alone, in the
Russian fact "Peskov told some details of the talks").  What a copy says, its
original says: the copy adds no report, and the outlet that wrote it is owed
the citation, so a twin is lent only where its original's sentence is, and
where it would be lent alone its original's sentence is lent instead.
"""
from __future__ import annotations

from storyline.facts.model import ClaimSentence
from storyline.facts.summarise import lexical_similarity

COPY_OVERLAP = 0.6  # word Jaccard at which two sentences of one report are one sentence


def copy_twins(claims: list[ClaimSentence]) -> dict[int, int]:
    """Index of each sentence of a near-copy -> the index of its original's
    sentence it repeats (word Jaccard at least :data:`COPY_OVERLAP`, the
    closest); a copy's sentence the original does not have (a reworded or
    added one) has none and is a sentence of its own."""
    by_article: dict[str, list[int]] = {}
    for i, c in enumerate(claims):
        by_article.setdefault(c.article_id, []).append(i)
    out: dict[int, int] = {}
    for i, c in enumerate(claims):
        if not c.duplicate_of or c.duplicate_of not in by_article:
            continue
        near = [(lexical_similarity(c.text, claims[o].text), -o) for o in by_article[c.duplicate_of]]
        best, o = max(near)
        if best >= COPY_OVERLAP:
            out[i] = -o
    return out


def follow_originals(claims: list[ClaimSentence], aligned: list[list[int]],
                     groups: list[list[int]]) -> list[list[int]]:
    """``groups`` (each of ``aligned`` plus its lent sentences) with every lent
    twin of a copy (:func:`copy_twins`) kept only where its original's
    sentence is; where it is not, the original's sentence is lent in its
    place, unless the group holds another sentence of the original's article
    already (a second sentence of one article needs the stricter test of
    :func:`storyline.facts.lending.extend`)."""
    twins = copy_twins(claims)
    if not twins:
        return groups
    out = []
    for own, members in zip(aligned, groups):
        have = set(members)
        for i in sorted(set(members) - set(own)):
            o = twins.get(i)
            if o is None or o in have:
                continue
            have.discard(i)
            if claims[o].article_id not in {claims[k].article_id for k in have}:
                have.add(o)
        out.append(sorted(have))
    return out
