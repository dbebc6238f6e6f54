"""Facts from aligned sentences: supports, independent reports, labels, conflicts.

*Corroborated*: two or more independent reports (a source's copies are one
report; an article with no known source is a report of its own and is counted
as such, ``unknown_source_reports``).  *Conflicting*: aligned statements from
different reports that disagree on a number, a date, a place or a named
participant.  Care is taken not to call two different quantities a conflict:
numbers are compared only by kind (count, percent, money) and, within one
language, by the word after them ("people", "km"); a value both sides
state settles it (a paraphrase with the same figure agrees); and what is left
must be exactly one figure on each side, so "5,000 dead and 300 injured"
against "11,300 dead" is not guessed at.  Across languages there is no unit
word to pair figures by, so only sentences with one figure of the kind each
are compared ("272 needed ... 303 in 2019" against "272 ... 32 short" is two
statements about different quantities, not 303 against 32).  Places and participants conflict
only between sentences that share another name or a figure (so they are
about the same happening), in one language, and name none in common.
"""
from __future__ import annotations

from collections import defaultdict

from storyline.analyse.entity_keys import same_name
from storyline.facts.align import shares_number
from storyline.facts.model import (CONFLICTING, CORROBORATED, SINGLE_SOURCE, ClaimSentence,
                                   Conflict, ConflictSide, Fact, Support)

NUMBER_TOLERANCE = 0.02  # "5,000" and "4,987" are one figure
APPROX_TOLERANCE = 0.05  # "about 7,000" and "rund 6.800" are one figure too


def _close(x: tuple, y: tuple) -> bool:
    tol = APPROX_TOLERANCE if x[3] or y[3] else NUMBER_TOLERANCE
    return abs(x[0] - y[0]) <= tol * max(abs(x[0]), abs(y[0]))


def _fmt(v: float) -> str:
    return f"{v:,.0f}" if v == int(v) else f"{v:,}"


def number_conflict(a: ClaimSentence, b: ClaimSentence) -> tuple[str, str] | None:
    """The two disagreeing figures, or None."""
    for kind in ("count", "percent", "money"):
        xa = [n for n in a.numbers if n[1] == kind]
        xb = [n for n in b.numbers if n[1] == kind]
        if not xa or not xb:
            continue
        if a.lang != b.lang and (len(xa) > 1 or len(xb) > 1):
            continue  # no unit word to pair "240 of 543 ... 272" with "272 ... 32 short"
        left_a = [x for x in xa if not any(_close(x, y) for y in xb)]
        left_b = [y for y in xb if not any(_close(x, y) for x in xa)]
        if len(left_a) == 1 and len(left_b) == 1 and len(xa) == len(xb):
            ua, ub = left_a[0][2], left_b[0][2]
            if a.lang == b.lang and ua and ub and ua != ub:
                continue  # "16,000 people" and "600 square km": two quantities
            return _fmt(left_a[0][0]), _fmt(left_b[0][0])
    return None


def _name_conflict(a: list[str], b: list[str], a_all: set[str], b_all: set[str]) -> tuple[str, str] | None:
    if not a or not b:
        return None
    # one name spelt two ways, or named by the other sentence in another role: no disagreement
    if any(same_name(x, y) for x in a for y in b_all) or any(same_name(y, x) for y in b for x in a_all):
        return None
    return ", ".join(a), ", ".join(b)


def pair_conflicts(a: ClaimSentence, b: ClaimSentence) -> list[tuple[str, str, str]]:
    """``(kind, value of a, value of b)`` for each disagreement of two aligned sentences."""
    out = []
    num = number_conflict(a, b)
    if num:
        out.append(("number", *num))
    if a.dates and b.dates and not set(a.dates) & set(b.dates) and \
            {len(d) for d in a.dates} == {len(d) for d in b.dates}:
        out.append(("date", ", ".join(a.dates), ", ".join(b.dates)))
    # names: only within one language (a translation may drop or render a name
    # differently), and only between sentences pinned to one happening by a
    # shared figure or day, plus a shared person (for places) or place (for people)
    a_all, b_all = set(a.names), set(b.names)
    pinned = a.lang == b.lang and (shares_number(a, b) or bool(set(a.dates) & set(b.dates)))
    if pinned:
        for kind, xa, xb, anchor in (("place", a.places, b.places, set(a.people) & set(b.people)),
                                     ("participant", a.people, b.people, set(a.places) & set(b.places))):
            found = _name_conflict(xa, xb, a_all, b_all) if anchor else None
            if found:
                out.append((kind, *found))
    return out


def support_of(c: ClaimSentence) -> Support:
    return Support(article_id=c.article_id, sentence=c.idx, start=c.start, end=c.end, text=c.text,
                   lang=c.lang, source=c.source, report=c.report,
                   unknown_source=c.report.startswith("article:"), published=c.published,
                   duplicate_of=c.duplicate_of)


def build_fact(fact_id: int, claims: list[ClaimSentence], members: list[int],
               scores=None, cut: float | None = None) -> Fact:
    """One fact from the indexes of its aligned sentences.

    With ``scores`` (the alignment's pair scores) only pairs that clear
    ``cut`` on their own are compared for conflicts: a group holds together by
    its mean score, and a weakly attached member is more often another
    statement than a disagreeing one ("5.2% inflation" beside "0.4% growth")."""
    group = [claims[i] for i in members]
    supports = [support_of(c) for c in group]
    reports = sorted({c.report for c in group})
    sides: dict[tuple[str, str], set[int]] = defaultdict(set)
    kinds: dict[str, set[str]] = defaultdict(set)
    for x in range(len(group)):
        for y in range(x + 1, len(group)):
            if group[x].report == group[y].report:
                continue  # a source does not conflict with its own copy
            if scores is not None and cut is not None and scores[members[x], members[y]] < cut:
                continue
            for kind, va, vb in pair_conflicts(group[x], group[y]):
                sides[(kind, va)].add(x)
                sides[(kind, vb)].add(y)
                kinds[kind].update((va, vb))
    conflicts = [Conflict(kind, [ConflictSide(v, sorted(sides[(kind, v)])) for v in sorted(vals)])
                 for kind, vals in sorted(kinds.items())]
    label = CONFLICTING if conflicts else CORROBORATED if len(reports) >= 2 else SINGLE_SOURCE
    return Fact(id=fact_id, label=label, supports=supports, reports=reports,
                languages=sorted({c.lang for c in group}),
                unknown_source_reports=sum(r.startswith("article:") for r in reports),
                conflicts=conflicts)
