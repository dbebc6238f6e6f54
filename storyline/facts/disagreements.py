"""Do two aligned sentences disagree, and on what: a number, a date, a place
or a named participant (the conflicts :mod:`.labels` turns into fact sides).

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
not aligned at all (:func:`keep_apart`).
"""
from __future__ import annotations

from typing import NamedTuple

from storyline.analyse.entity_keys import same_name
from storyline.analyse.time_words import months_named
from storyline.facts.agreement import quantities_apart, shares_number
from storyline.facts.context import SAYING
from storyline.facts.model import ClaimSentence, Figure
from storyline.facts.places import two_places

NUMBER_TOLERANCE = 0.02  # "5,000" and "4,987" are one figure
APPROX_TOLERANCE = 0.05  # "about 7,000" and "rund 6.800" are one figure too
# figures are compared within a kind only
KINDS = ("count", "percent", "points", "money", "length", "area", "volume", "mass", "duration")
MAX_RATIO = 10.0  # figures an order of magnitude apart are two quantities, not two reports of one (CV as below)
# dates and figures across languages: least name agreement (key_overlap) that pins two
# sentences to one happening (5-fold CV over the fact sample's events, docs/benchmarks.md)
PIN_NAME_MIN = 0.05
def close_figures(x: tuple, y: tuple) -> bool:
    """Two figures (value first, approximate flag fourth) are one: within 2 %, or 5 % when either is approximate."""
    tol = APPROX_TOLERANCE if x[3] or y[3] else NUMBER_TOLERANCE
    return abs(x[0] - y[0]) <= tol * max(abs(x[0]), abs(y[0]))


def bound_holds(x: Figure, y: Figure) -> bool:
    """One figure is a bound (:func:`~storyline.facts.figures.bound_of`) that the other, a
    figure stated as exact, keeps: "at least 5,000 dead" and "7,000 dead" do not disagree,
    "at least 5,000" and "4,000" do; "up to 5,000" holds against "4,000".  Two bounds, or a
    bound against an estimate ("at least 4,000 are missing" / "rund 10.000 Vermisste"), still
    disagree: each report gives its own count of the quantity, and the fact sample's gold
    labels the tolls "au moins 1 037 morts" / "más de 2.100" a conflict."""
    for b, v in ((x, y), (y, x)):
        if not b.bound or v.bound or v.approximate:
            continue
        tol = NUMBER_TOLERANCE * max(abs(b.value), abs(v.value))
        if (b.bound == "min" and v.value >= b.value - tol) or (b.bound == "max" and v.value <= b.value + tol):
            return True
    return False


def figure_text(v: float) -> str:
    """A figure as a conflict side shows it: thousands grouped, no trailing ".0"."""
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
    killed 12,000"; "growth of 0.9% in 2024" against "1.9% in 2026"), and so do
    sentences naming what their rates measure, none alike (:func:`~storyline.facts.agreement.quantities_apart`)."""
    if a.years and b.years and not set(a.years) & set(b.years):
        return None
    if quantities_apart(a, b):
        return None  # "growth of 0.9%" and "inflation at 1.9%": two quantities
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
            left_a = [x for x in xa if not any(close_figures(x, y) for y in all_b)]
            left_b = [y for y in xb if not any(close_figures(x, y) for x in all_a)]
            if len(left_a) != 1 or len(left_b) != 1 or len(xa) != len(xb):
                continue
            x, y = left_a[0], left_b[0]
            if kind == "money" and x.unit != y.unit:
                continue  # "Rs 615 crore" and "75 millions de dollars": two currencies
            if a.lang == b.lang and not (x.concept and x.concept == y.concept) and not _attached(x.context, y.context):
                continue  # "its 2% target" and "above 10%": two quantities
            if min(abs(x.value), abs(y.value)) * max_ratio < max(abs(x.value), abs(y.value)):
                continue  # "a city of 100,000" and "2,000 dead"
            if bound_holds(x, y):
                continue  # "at least 5,000 dead" and "7,000 dead": the bound holds
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
    :func:`~storyline.facts.agreement.key_overlap`, at least ``name_min``; the
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
        out.append(Disagreement("number", figure_text(x.value), figure_text(y.value), x.written or figure_text(x.value),
                                y.written or figure_text(y.value), x.unit if x.kind == "money" else BASE_UNITS.get(x.kind, "")))
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
