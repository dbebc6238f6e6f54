"""Turn a date expression (a ``Ref``) into a calendar date, given the publication date.

An expression that says which way it points ("next", "следующей", "अगले",
"last") is resolved that way.  Otherwise the lean of its clause decides
(dates_tense.py):

* a weekday is the most recent such day on or before publication in the past
  tense, the next one after it when the clause is in the future or names a
  plan, and the nearer of the two when the clause gives no tense ("Negotiators
  meet again on Friday", "Der Bundestag stimmt am Freitag ab");
* a day and month, or a month, is the latest on or before publication in the
  past tense, the first on or after it in the future tense, and the nearest
  one either way when the clause names a plan or gives no tense at all ("The
  law comes into force on 1 April", "планировалось выполнить 21 августа");
* a date written with its weekday ("Monday, January 22") takes the year in
  which that day is that weekday.
"""
from __future__ import annotations

import datetime as dt

from .dates_ref import Ref
from .dates_years import near_report
from .dates_tense import FUTURE, PAST, PLANNED

def _month_shift(year: int, month: int, delta: int) -> tuple[int, int]:
    idx = year * 12 + (month - 1) + delta
    return idx // 12, idx % 12 + 1


def resolve(ref: Ref, pub: dt.date | None, lean: str = PAST) -> tuple[dt.date, str] | None:
    """(first day of the period, precision) for ``ref``, or None if unresolvable.

    Without a publication date only absolute dates resolve.  A week ("last
    week", "vor zwei Wochen") is the calendar week (Monday to Sunday, ISO 8601)
    that many weeks from the report's own, given as its Monday.
    """
    try:
        return _resolve(ref, pub, lean)
    except ValueError:  # 31 February, month 13 ...
        return None


def _resolve(ref: Ref, pub: dt.date | None, lean: str) -> tuple[dt.date, str] | None:
    if ref.near and not near_report(ref.year, pub):
        return None  # "pour 1990" in a report of 2024: more likely an amount
    if ref.year is not None:
        if ref.day is not None:
            return dt.date(ref.year, ref.month, ref.day), "day"
        if ref.month is not None:
            return dt.date(ref.year, ref.month, 1), "month"
        return dt.date(ref.year, 1, 1), "year"
    if pub is None:
        return None
    if ref.unit:
        forward = lean in (FUTURE, PLANNED)
        delta = abs(ref.delta) * (1 if forward else -1) if ref.ambiguous else ref.delta
        if ref.unit == "day":
            return pub + dt.timedelta(days=delta), "day"
        if ref.unit == "month":
            y, m = _month_shift(pub.year, pub.month, delta)
            return dt.date(y, m, 1), "month"
        if ref.unit == "year":
            return dt.date(pub.year + delta, 1, 1), "year"
        if ref.unit == "week":  # the Monday of the ISO week ``delta`` weeks from the report's
            # On a Sunday, a week still to come ("is scheduled to land this
            # week") is the one that starts tomorrow: its own has no day left.
            ahead = delta == 0 and pub.weekday() == 6 and lean in (FUTURE, PLANNED)
            return pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=delta + ahead), "week"
        return None
    if ref.year_delta is not None and ref.month:
        return dt.date(pub.year + ref.year_delta, ref.month, ref.day or 1), \
            "day" if ref.day else "month"
    # -1 strictly before, 0 on/before, 1 strictly after, 2 on/after, 3 nearest
    if ref.mod in (-1, 1):
        direction = ref.mod
    else:
        direction = {PAST: 0, FUTURE: 2}.get(lean, 3)
    if ref.weekday is not None and ref.week_delta is not None:  # "Tuesday next week"
        monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=ref.week_delta)
        return monday + dt.timedelta(days=ref.weekday), "day"
    if ref.weekday is not None and ref.month is None:
        toward = ref.mod if ref.mod in (-1, 1) else 2 if lean in (FUTURE, PLANNED) else \
            0 if lean == PAST else 3
        if ref.mod == 0 and toward == 3:  # "este viernes": the one in the report's week
            return pub + dt.timedelta(days=ref.weekday - pub.weekday()), "day"
        return _weekday(pub, ref.weekday, toward), "day"
    if ref.day and ref.month is None:  # "no último dia 7": the 7th of a month near the report
        cands = []
        for delta in (-1, 0, 1):
            y, m = _month_shift(pub.year, pub.month, delta)
            try:
                cands.append(dt.date(y, m, ref.day))
            except ValueError:
                continue
        return _pick(cands, pub, direction), "day"
    if ref.month and ref.day:
        cands = [dt.date(y, ref.month, ref.day) for y in range(pub.year - 6, pub.year + 7)
                 if ref.month != 2 or ref.day < 29 or y % 4 == 0]
        if ref.weekday is not None:  # "Monday, January 22": the year it is a Monday
            same = [c for c in cands if c.weekday() == ref.weekday]
            if same:
                return min(same, key=lambda c: (abs((c - pub).days), c > pub)), "day"
        cands = [c for c in cands if abs(c.year - pub.year) <= 1]
        if ref.mod == 0:
            return dt.date(pub.year, ref.month, ref.day), "day"
        return _pick(cands, pub, direction), "day"
    if ref.month:
        if ref.mod == 0:
            return dt.date(pub.year, ref.month, 1), "month"
        here = dt.date(pub.year, pub.month, 1)
        cands = [dt.date(y, ref.month, 1) for y in (pub.year - 1, pub.year, pub.year + 1)]
        return _pick(cands, here, direction), "month"
    return None


def _pick(cands: list[dt.date], pivot: dt.date, direction: int) -> dt.date:
    """Latest candidate before the pivot (-1) or on/before it (0); first after
    it (1) or on/after it (2); the nearest, the earlier on a tie (3)."""
    if direction == -1:
        return max(c for c in cands if c < pivot)
    if direction == 1:
        return min(c for c in cands if c > pivot)
    if direction == 2:
        return min(c for c in cands if c >= pivot)
    if direction == 3:
        return min(cands, key=lambda c: (abs((c - pivot).days), c > pivot))
    return max(c for c in cands if c <= pivot)


def _weekday(pub: dt.date, weekday: int, direction: int) -> dt.date:
    """Nearest such weekday: on/before pub (0), strictly before (-1), strictly
    after (1), on/after (2) or whichever is nearer (3)."""
    back = (pub.weekday() - weekday) % 7
    if direction == 3:  # nearest, the earlier one on a tie
        direction = 0 if back <= 3 else 1
    if direction == 2:
        return pub + dt.timedelta(days=(weekday - pub.weekday()) % 7)
    if direction > 0:
        return pub + dt.timedelta(days=(weekday - pub.weekday()) % 7 or 7)
    if direction < 0:
        back = back or 7
    return pub - dt.timedelta(days=back)
