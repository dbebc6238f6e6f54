"""Dates written in digits: 2024-06-21, 2024/06/21, 21.06.2024, 6/21/2024.

Found by regular expression over the whole text before the token grammar
(dates_scan.py) runs, which then skips the characters they cover.
"""
from __future__ import annotations

import regex

from .dates_ref import Ref

_ISO = regex.compile(r"(?<![\d.\-/])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d\-/])")
_YMD = regex.compile(r"(?<![\d.\-/])(\d{4})/(\d{1,2})/(\d{1,2})(?![\d/])")
# Hebrew writes a prefix and a hyphen onto it ("ב-15.1.2025"); Czech and German
# may put spaces after the points ("10. 10. 2023").
_NUMERIC = regex.compile(r"(?:(?<![\d.\-/])|(?<=[\u0590-\u05ff]-))(\d{1,2})([./-]|\.\s)(\d{1,2})\2(\d{4})"
                         r"(?![\d\-/]|\.\d)")


def numeric_dates(text: str, date_order: str) -> list[Ref]:
    """ISO, year-first slashed and day/month-first numeric dates in ``text``."""
    refs = []
    for m in _ISO.finditer(text):
        refs.append(Ref(m.start(), m.end(), int(m[1]), int(m[2]), int(m[3])))
    for m in _YMD.finditer(text):
        refs.append(Ref(m.start(), m.end(), int(m[1]), int(m[2]), int(m[3])))
    for m in _NUMERIC.finditer(text):
        a, b, y = int(m[1]), int(m[3]), int(m[4])
        # Day-first unless impossible, or the locale writes month first with
        # a slash or dash ("6/21/2024"); dots are day-first wherever they are
        # written ("09.04.2020" in an English-sniffed Turkish or German line)
        mdy = b > 12 or (a <= 12 and m[2] != "." and m[2] != ". " and date_order.startswith("M"))
        refs.append(Ref(m.start(), m.end(), y, a if mdy else b, b if mdy else a))
    return refs
