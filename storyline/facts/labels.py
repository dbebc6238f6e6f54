"""Facts from aligned sentences: supports, independent reports, labels, conflicts.

*Corroborated*: two or more independent reports (a source's copies are one
report; an article with no known source is a report of its own and is counted
as such, ``unknown_source_reports``).  *Conflicting*: aligned statements from
different reports that disagree on a number, a date, a place or a named
participant.

Alignment puts together sentences close in meaning, and two sentences can be
close while stating two happenings ("the visit returns a gesture Kim made
last September" / "the limousine Putin sent in February").  So a conflict is
called only where the two give values *of one thing*: figures of one kind
and scale (count, percent, percentage points, money in one currency, a
measure in one unit; not an order of magnitude apart), paired by the quantity
they count or the words around them (:mod:`.context`); the dates of what the
sentences state, not of their telling; across languages, pinned to one
happening by something besides the value (:func:`pinned`); a value both sides
state settles it, and what is left must be exactly one figure on each side,
so "5,000 dead and 300 injured" against "11,300 dead" is not guessed at.
Sentences that date what they state differently with nothing to pin them are
not aligned at all (:func:`keep_apart`).  One conflict is kept per pair of
values, with only the sentences that stated them against each other; a side
of a disputed figure then also takes the event's other sentences that state
it (:func:`join_sides`): a report may give the toll in a sentence that
aligned with another fact.
"""
from __future__ import annotations

from typing import NamedTuple

from storyline.analyse.entity_keys import same_name
from storyline.analyse.time_words import months_named
from storyline.facts.align import shares_number
from storyline.facts.context import SAYING
from storyline.facts.places import two_places
from storyline.facts.model import (CONFLICTING, CORROBORATED, SINGLE_SOURCE, ClaimSentence,
                                   Conflict, ConflictSide, Fact, Figure, Support)

NUMBER_TOLERANCE = 0.02  # "5,000" and "4,987" are one figure
APPROX_TOLERANCE = 0.05  # "about 7,000" and "rund 6.800" are one figure too
# figures are compared within a kind only
KINDS = ("count", "percent", "points", "money", "length", "area", "volume", "mass", "duration")
MAX_RATIO = 10.0  # figures an order of magnitude apart are two quantities, not two reports of one (CV as below)
# dates and figures across languages: least name agreement (key_overlap) that pins two
# sentences to one happening (5-fold CV over the fact sample's events, docs/benchmarks.md)
PIN_NAME_MIN = 0.05
# least mean alignment score to a side's sentences for a sentence outside a fact that
# states the side's figure to join that side (:func:`join_sides`; 9: never); 5-fold CV as above
SIDE_JOIN_MIN = 0.35


def _close(x: tuple, y: tuple) -> bool:
    tol = APPROX_TOLERANCE if x[3] or y[3] else NUMBER_TOLERANCE
    return abs(x[0] - y[0]) <= tol * max(abs(x[0]), abs(y[0]))


def _fmt(v: float) -> str:
    return f"{v:,.0f}" if v == int(v) else f"{v:,}"


# the unit a kind's figures are compared in (:func:`~storyline.facts.figures.numbers_in`); money keeps its currency
BASE_UNITS = {"percent": "%", "points": "pp", "length": "km", "mass": "kg", "duration": "s"}


class Disagreement(NamedTuple):
    """Two aligned sentences' values of one thing: ``a`` and ``b`` as compared
    (a figure in its kind's base unit, an ISO date, a name key), ``written_a``
    and ``written_b`` as each sentence writes them, which is what a reader is shown."""

    kind: str
    a: str
    b: str
    written_a: str
    written_b: str
    unit: str = ""  # the base unit ``a`` and ``b`` are in ("km", "s", "usd"; "" for counts, dates, names)


def _dates_written(c: ClaimSentence, isos: str) -> str:
    """A date side as the sentence writes it, with the day it was read as:
    "Jeudi (2011-03-10)" (a weekday or a year-less day says little on its own)."""
    return ", ".join(f"{c.date_text[d]} ({d})" if c.date_text.get(d) else d for d in isos.split(", "))


def _attached(x: frozenset[str], y: frozenset[str]) -> bool:
    """Two figures (or dates) of one language are attached to the same thing:
    a word around one is around the other (:func:`~storyline.facts.context.context_words`)."""
    return bool(x & y)


def _comparable(a: ClaimSentence, b: ClaimSentence, xa: list[Figure], xb: list[Figure],
                kind: str = "count") -> list[tuple]:
    """The figures of one kind the two sentences may be comparing: those of
    one quantity (:func:`~storyline.facts.context.concept_of`: the dead, the
    injured ...), one a side; else, when neither side names what its figures
    count, the whole lists (across languages only one figure each, "240 of
    543 ... 272" and "272 ... 32 short" cannot be paired without unit words;
    and of a unit -- percent, money, a measure, a duration -- or of a
    quantity one side names, not two bare counts)."""
    named = {x.concept for x in xa} & {y.concept for y in xb} - {""}
    out = []
    for c in sorted(named):
        ya = [x for x in xa if x.concept == c]
        yb = [y for y in xb if y.concept == c]
        if len(ya) == 1 and len(yb) == 1:
            out.append((ya, yb))
    if out:
        return out
    ca, cb = {x.concept for x in xa} - {""}, {y.concept for y in xb} - {""}
    if ca and cb:
        return []  # "10,000 are missing" and "5,000 dead": two quantities
    if a.lang != b.lang and (len(xa) > 1 or len(xb) > 1 or (kind == "count" and not ca | cb)):
        # two bare counts across languages say nothing of what they count:
        # "Hasib Hussain, 18" and "le bus de la ligne 30" (one side naming the
        # quantity will do: "plus de 2 000 personnes auraient péri" and "the
        # number of confirmed dead ... rose above 5,000")
        return []
    return [(xa, xb)]


def number_conflict(a: ClaimSentence, b: ClaimSentence, max_ratio: float = MAX_RATIO) -> tuple[Figure, Figure] | None:
    """The two disagreeing figures, or None.  Sentences that name years, none
    in common, state figures of different times ("the Agadir quake of 1960
    killed 12,000"; "growth of 0.9% in 2024" against "1.9% in 2026")."""
    if a.years and b.years and not set(a.years) & set(b.years):
        return None
    for kind in KINDS:
        all_a = [n for n in a.numbers if n[1] == kind]
        all_b = [n for n in b.numbers if n[1] == kind]
        # a number in words ("das Ziel von zwei Prozent": news style writes its news in digits) or a part
        # of the figure before it ("dont 721 grièvement") settles a value but is never the disputed one
        for xa, xb in _comparable(a, b, [n for n in all_a if not (n.worded or n.part)],
                                  [n for n in all_b if not (n.worded or n.part)], kind):
            if not xa or not xb:
                continue
            # a value the other side states at all is not in dispute, whatever
            # quantity each side's words tie it to ("5.5 and 5.9 magnitude" /
            # "magnitudu 5,5 a 5,9")
            left_a = [x for x in xa if not any(_close(x, y) for y in all_b)]
            left_b = [y for y in xb if not any(_close(x, y) for x in all_a)]
            if len(left_a) != 1 or len(left_b) != 1 or len(xa) != len(xb):
                continue
            x, y = left_a[0], left_b[0]
            if kind == "money" and x.unit != y.unit:
                continue  # "Rs 615 crore" and "75 millions de dollars": two currencies
            if a.lang == b.lang and not (x.concept and x.concept == y.concept) and not _attached(x.context, y.context):
                continue  # "its 2% target" and "above 10%": two quantities
            if min(abs(x.value), abs(y.value)) * max_ratio < max(abs(x.value), abs(y.value)):
                continue  # "a city of 100,000" and "2,000 dead"
            return x, y
    return None


def date_conflict(a: ClaimSentence, b: ClaimSentence) -> tuple[str, str] | None:
    """The two sentences date what they state differently, at one granularity
    (days against days, months against months; across languages one date a
    side); the day a report was made (a dateline, "said on Thursday") is not
    the day of what it states."""
    da, db = set(a.fact_dates), set(b.fact_dates)
    if da & db:
        return None  # a day both may mean settles it, sure or not
    da, db = da - set(a.unsure_dates), db - set(b.unsure_dates)
    if not da or not db or {len(d) for d in da} != {len(d) for d in db}:
        return None
    guessed = set(a.year_guessed) | set(b.year_guessed)
    if all(any(x[4:] == y[4:] and {x, y} & guessed for y in db) for x in da):
        return None  # "7 juillet 2005" and "7 يوليو" read in a 2009 report: only a guessed year differs
    if a.lang != b.lang and (len(da) > 1 or len(db) > 1):
        return None  # as with figures: no words to pair "in April ... August or September" with "September 2023"
    if a.lang == b.lang and not any(_attached(a.date_context.get(x, frozenset()), b.date_context.get(y, frozenset()))
                                    for x in da for y in db):
        return None  # "results on Tuesday evening" and "declared early on Wednesday": two happenings
    return ", ".join(sorted(da)), ", ".join(sorted(db))


def _named_in(x: str, keys: list[str]) -> bool:
    return any(same_name(x, y) or same_name(y, x) for y in keys)


def name_conflict(a: ClaimSentence, b: ClaimSentence, kind: str) -> tuple[str, str] | None:
    """Two sentences of one language name a different person (or place) in
    one role: each names exactly one the other does not (a name spelt two
    ways, or named by the other in another role, is no disagreement), the
    words around the two agree ("Foreign Minister Sergei Lavrov took part" /
    "Prime Minister Mikhail Mishustin took part"; not "beat Gareth Southgate's
    side" / "substitute Mikel Oyarzabal's late goal", nor a reporting verb
    alone: "Ahmadinejad said" / "Blair said" are two speakers) and they share another
    name, so that they are about one happening; places also a figure or a day."""
    if a.lang != b.lang:
        return None  # a translation may drop or render a name differently
    xa, xb = (a.people, b.people) if kind == "participant" else (a.places, b.places)
    only_a = [x for x in xa if not _named_in(x, b.names)]
    only_b = [y for y in xb if not _named_in(y, a.names)]
    if len(only_a) != 1 or len(only_b) != 1:
        return None
    if not any(_named_in(x, b.names) for x in a.names if x != only_a[0]):
        return None
    if kind == "place" and not (shares_number(a, b) or set(a.dates) & set(b.dates)):
        return None  # a place is named at many scales ("the DPRK" / "Pyongyang"): a figure or day must pin it
    if kind == "place" and not two_places(a.name_text.get(only_a[0], only_a[0]), b.name_text.get(only_b[0], only_b[0]),
                                          a.lang):
        return None
    if not _attached(a.name_context.get(only_a[0], frozenset()) - SAYING,
                     b.name_context.get(only_b[0], frozenset()) - SAYING):
        return None  # "Ahmadinejad said" / "Blair said": two speakers, not one role
    return only_a[0], only_b[0]


def pinned(a: ClaimSentence, b: ClaimSentence, kind: str, names: float, name_min: float = PIN_NAME_MIN,
           figures: tuple[Figure, Figure] | None = None) -> bool:
    """Two sentences that state a different date (``kind`` "date") or figure
    ("number") are about one happening, not two aligned by meaning alone
    ("Kim's visit last September" and "the limousine Putin sent in February";
    "launched on 11 August" and "was to land on 21 August"; "a victory of 350
    seats predicted" and "the opposition led in 230"): within one language
    the words around the values agree (:func:`date_conflict`,
    :func:`number_conflict`); across languages the two share a name few of
    the event's sentences share (``names``: their
    :func:`~storyline.facts.align.key_overlap`, at least ``name_min``; the
    leaders every sentence names weigh little), or, for dates, a figure, or,
    for figures, a day or month, or the quantity the figures count (both
    "dead": :func:`~storyline.facts.context.concept_of`)."""
    if a.lang == b.lang or names >= name_min:
        return True
    if kind == "date":
        return shares_number(a, b)
    x, y = figures or (None, None)
    return (bool(x and x.concept and x.concept == y.concept) or bool(set(a.dates) & set(b.dates))
            or bool(months_named(a.text, a.lang) & months_named(b.text, b.lang)))


def keep_apart(claims: list[ClaimSentence], scores, names, name_min: float = PIN_NAME_MIN) -> int:
    """Unalign (score -inf) every pair of sentences that date what they state
    differently with nothing to pin them to one happening (:func:`pinned`):
    they state two happenings, so they neither conflict nor corroborate each
    other ("the visit returns a gesture Kim made last September" and "the
    limousine Putin sent in February" are each another report's sentence's
    match).  Returns how many pairs were set apart."""
    dated = [i for i, c in enumerate(claims) if c.fact_dates]
    n = 0
    for x, i in enumerate(dated):
        for j in dated[x + 1:]:
            a, b = claims[i], claims[j]
            if scores[i, j] != float("-inf") and date_conflict(a, b) and not pinned(a, b, "date", float(names[i, j]),
                                                                                      name_min):
                scores[i, j] = scores[j, i] = float("-inf")
                n += 1
    return n


def pair_disagreements(a: ClaimSentence, b: ClaimSentence, names: float = 1.0, name_min: float = PIN_NAME_MIN,
                       max_ratio: float = MAX_RATIO) -> list[Disagreement]:
    """Each disagreement of two aligned sentences, compared and as written;
    ``names`` is their name agreement (:func:`pinned`; 1: take them as pinned)."""
    out = []
    num = number_conflict(a, b, max_ratio)
    if num and pinned(a, b, "number", names, name_min, num):
        x, y = num
        out.append(Disagreement("number", _fmt(x.value), _fmt(y.value), x.written or _fmt(x.value),
                                y.written or _fmt(y.value), x.unit if x.kind == "money" else BASE_UNITS.get(x.kind, "")))
    when = date_conflict(a, b)
    if when and pinned(a, b, "date", names, name_min):
        out.append(Disagreement("date", *when, _dates_written(a, when[0]), _dates_written(b, when[1])))
    for kind in ("place", "participant"):
        found = name_conflict(a, b, kind)
        if found:
            out.append(Disagreement(kind, *found, a.name_text.get(found[0], found[0]),
                                    b.name_text.get(found[1], found[1])))
    return out


def pair_conflicts(a: ClaimSentence, b: ClaimSentence, names: float = 1.0, name_min: float = PIN_NAME_MIN,
                   max_ratio: float = MAX_RATIO) -> list[tuple[str, str, str]]:
    """``(kind, value of a, value of b)``, as compared, for each disagreement of
    two aligned sentences (:func:`pair_disagreements`)."""
    return [d[:3] for d in pair_disagreements(a, b, names, name_min, max_ratio)]


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
    ``names`` (the event's :func:`~storyline.facts.align.key_overlap` matrix)
    pins pairs of two languages (:func:`pinned`); without it every pair counts as pinned."""
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
            fig = next((x for x in claims[idx[0]].numbers if _fmt(x.value) == value), None)
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
            same = [y for y in c.numbers if y.kind == fig.kind and _close(fig, y)
                    and (fig.kind != "money" or y.unit == fig.unit)  # a currency is part of the value
                    and not (fig.concept and y.concept and fig.concept != y.concept)]
            if same and float(scores[j, side].mean()) >= join_min:
                out[j] = (normalised, same[0].written or _fmt(same[0].value))
            elif (fig.concept and c.report not in valued and float(scores[j, side].mean()) >= join_min
                  and any(y.kind == fig.kind and y.concept == fig.concept and not (y.worded or y.part)
                          and not any(_close(x, y) for x, *_ in sides) for y in c.numbers)):
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
