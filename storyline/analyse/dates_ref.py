"""``Ref``: one date expression as the text writes it, before it is resolved.

Shared by the scanner (dates_scan.py, dates_numbers.py) and the resolver
(dates_relative.py).
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Ref:
    """One date expression as written: absolute parts and/or relative ones."""

    start: int
    end: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None     # 0 = Monday
    mod: int | None = None         # -1 last, 0 this, +1 next
    year_delta: int | None = None  # "September last year": year = pub + delta
    week_delta: int | None = None  # "Tuesday next week": in the week of pub + delta
    unit: str | None = None        # relative unit: day / week / month / year
    delta: int = 0
    ambiguous: bool = False        # sign of delta decided by tense (Hindi कल)
    ahead: bool = False            # "in three days": a date ahead, or (in a past clause) a span
    near: bool = False             # "für 2024": a year only near the report's (dates_years.near_year)
