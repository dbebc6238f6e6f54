"""Facts from aligned sentences: supports, independent reports, labels, conflict sides.

*Corroborated*: two or more independent reports (a source's copies are one
report; an article with no known source is a report of its own and is counted
as such, ``unknown_source_reports``).  *Conflicting*: aligned statements from
different reports that disagree on a number, a date, a place or a named
participant (:mod:`.disagreements` decides whether two sentences disagree).
One conflict is kept per pair of values, with only the sentences that stated
them against each other; a side of a disputed figure then also takes the
event's other sentences that state it (:func:`join_sides`): a report may give
the toll in a sentence that aligned with another fact.
"""
from __future__ import annotations

from storyline.facts.disagreements import (MAX_RATIO, PIN_NAME_MIN, close_figures, figure_text,
                                           pair_disagreements)
from storyline.facts.model import (CONFLICTING, CORROBORATED, SINGLE_SOURCE, ClaimSentence,
                                   Conflict, ConflictSide, Fact, Figure, Support)

# least mean alignment score to a side's sentences for a sentence outside a fact that
# states the side's figure to join that side (:func:`join_sides`; 9: never); 5-fold CV as above
SIDE_JOIN_MIN = 0.35


def _side(value: str, unit: str, members: dict[int, str]) -> ConflictSide:
    """A side from its supports' written forms (support index -> form): its
    value the forms, each once, in support order."""
    order = sorted(members)
    forms = list(dict.fromkeys(members[i] for i in order))
    return ConflictSide(" / ".join(forms), order, f"{value} {unit}" if unit else value,
                        [members[i] for i in order])


def support_of(c: ClaimSentence) -> Support:
    return Support(article_id=c.article_id, sentence=c.idx, start=c.start, end=c.end, text=c.text,
                   lang=c.lang, source=c.source, report=c.report,
                   unknown_source=c.report.startswith("article:"), published=c.published,
                   duplicate_of=c.duplicate_of)


def build_fact(fact_id: int, claims: list[ClaimSentence], members: list[int],
               scores=None, cut: float | None = None, names=None, name_min: float = PIN_NAME_MIN,
               max_ratio: float = MAX_RATIO) -> Fact:
    """One fact from the indexes of its aligned sentences.

    With ``scores`` (the alignment's pair scores) only pairs that clear
    ``cut`` on their own are compared for conflicts: a group holds together by
    its mean score, and a weakly attached member is more often another
    statement than a disagreeing one ("5.2% inflation" beside "0.4% growth").
    ``names`` (the event's :func:`~storyline.facts.agreement.key_overlap` matrix)
    pins pairs of two languages (:func:`~storyline.facts.disagreements.pinned`); without it every pair counts as pinned."""
    group = [claims[i] for i in members]
    supports = [support_of(c) for c in group]
    reports = sorted({c.report for c in group})
    # one conflict per pair of disagreeing values, its sides the sentences that
    # stated them against each other: a sentence that disagreed with a third
    # is not put against one it agrees with
    # (kind, value, value) -> the supports of each side, with the form each writes it in
    sides: dict[tuple[str, str, str], tuple[dict[int, str], dict[int, str]]] = {}
    units: dict[tuple[str, str, str], str] = {}
    for x in range(len(group)):
        for y in range(x + 1, len(group)):
            if group[x].report == group[y].report:
                continue  # a source does not conflict with its own copy
            if scores is not None and cut is not None and scores[members[x], members[y]] < cut:
                continue
            agree = 1.0 if names is None else float(names[members[x], members[y]])
            for kind, va, vb, wa, wb, unit in pair_disagreements(group[x], group[y], agree, name_min, max_ratio):
                if va > vb:
                    va, vb, wa, wb, (x1, y1) = vb, va, wb, wa, (y, x)
                else:
                    x1, y1 = x, y
                left, right = sides.setdefault((kind, va, vb), ({}, {}))
                units.setdefault((kind, va, vb), unit)
                left.setdefault(x1, wa)
                right.setdefault(y1, wb)
    conflicts = [Conflict(key[0], [_side(key[1], units[key], left), _side(key[2], units[key], right)])
                 for key, (left, right) in sorted(sides.items())]
    label = CONFLICTING if conflicts else CORROBORATED if len(reports) >= 2 else SINGLE_SOURCE
    return Fact(id=fact_id, label=label, supports=supports, reports=reports,
                languages=sorted({c.lang for c in group}),
                unknown_source_reports=sum(r.startswith("article:") for r in reports),
                conflicts=conflicts)


def _side_figures(claims: list[ClaimSentence], members: list[int],
                  fact: Fact) -> list[tuple[Figure, list[int], str, set[str]]]:
    """Each side of the fact's number conflicts: its figure (as the side's first
    sentence states it), its sentences (indexes into ``claims``), its compared
    value and the reports of the other side."""
    out = []
    for c in fact.conflicts:
        if c.kind != "number":
            continue
        for n, side in enumerate(c.sides):
            idx = [members[i] for i in side.supports]
            others = {claims[members[i]].report for k, o in enumerate(c.sides) if k != n for i in o.supports}
            value = side.normalised.split(" ")[0]
            fig = next((x for x in claims[idx[0]].numbers if figure_text(x.value) == value), None)
            if fig is not None:
                out.append((fig, idx, side.normalised, others))
    return out


def join_sides(claims: list[ClaimSentence], scores, members: list[int], fact: Fact,
               join_min: float = SIDE_JOIN_MIN) -> dict[int, tuple[str, str]]:
    """Each sentence of the event outside the fact that states a side's figure
    of one of its number conflicts (same kind, no other quantity named,
    :func:`_close`) and whose mean alignment score to that side's sentences is
    at least ``join_min``: index -> (the side's compared value, the figure as
    the sentence writes it).  A death toll that one report states in a
    sentence aligned with another fact is still on that side of the dispute.
    A sentence of a report that gives no value of the disputed quantity in the
    fact, stating another value of it, named as such (:func:`~storyline.facts.context.concept_of`),
    joins too, with no side (``("", "")``): a third toll is a third party to the dispute."""
    out: dict[int, tuple[str, str]] = {}
    sides = _side_figures(claims, members, fact)
    for fig, side, normalised, others in sides:
        # reports that give, in the fact, a value of the quantity this side's figure counts
        valued = {claims[i].report for i in members
                  if any(y.kind == fig.kind and y.concept == fig.concept for y in claims[i].numbers)}
        for j, c in enumerate(claims):
            if j in members or j in out or c.report in others:
                continue  # a report is not set against itself
            same = [y for y in c.numbers if y.kind == fig.kind and close_figures(fig, y)
                    and (fig.kind != "money" or y.unit == fig.unit)  # a currency is part of the value
                    and not (fig.concept and y.concept and fig.concept != y.concept)]
            if same and float(scores[j, side].mean()) >= join_min:
                out[j] = (normalised, same[0].written or figure_text(same[0].value))
            elif (fig.concept and c.report not in valued and float(scores[j, side].mean()) >= join_min
                  and any(y.kind == fig.kind and y.concept == fig.concept and not (y.worded or y.part)
                          and not any(close_figures(x, y) for x, *_ in sides) for y in c.numbers)):
                out[j] = ("", "")  # a third value ("632" beside 1,037 and 2,000): build_fact compares it
    return out


def place_on_sides(fact: Fact, members: list[int], joined: dict[int, tuple[str, str]]) -> None:
    """Put each joined sentence (:func:`join_sides`) on the side of the fact's
    number conflict whose value it states (``members``: the fact's sentence indexes)."""
    for c in fact.conflicts:
        if c.kind != "number":
            continue
        for n, side in enumerate(c.sides):
            forms = dict(zip(side.supports, side.written))
            for j, (normalised, written) in joined.items():
                if normalised == side.normalised:
                    forms.setdefault(members.index(j), written)
            value, _, unit = side.normalised.partition(" ")
            c.sides[n] = _side(value, unit, forms)
