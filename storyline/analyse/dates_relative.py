"""Turn a date expression (a ``Ref``) into a calendar date, given the publication date.

News is mostly written in the past tense, so an expression that does not say
which way it points ("Wednesday", "in February", "13 сентября") is read as the
most recent such day or month on or before publication.  It points forward
only when it says so ("next", "следующей", "अगले") or when its sentence is in
the future tense (a cheap check on auxiliaries and verb endings; for
verb-final languages such as Hindi, the first verb after the expression).
"""
from __future__ import annotations

import datetime as dt

import regex

from .dates_lexicon import Lexicon
from .dates_scan import Ref

_WORD = regex.compile(r"\w+")
# Hindi "की" is a past verb ("बात की") only at the end of a clause; elsewhere
# it is the genitive postposition ("किम की यात्रा").
_HI_KI_AFTER = {"", "है", "हैं", "थी", "थे", "गई", "गयी"}


def _cue(lex: Lexicon, word: str, following: str) -> int:
    """+1 when ``word`` marks the future, -1 the past, 0 neither."""
    w = word.casefold()
    if w in lex.future_words or (lex.future_suffix and regex.search(lex.future_suffix, w)):
        return 1
    if w == "की" and lex.lang == "hi":
        return -1 if following in _HI_KI_AFTER else 0
    if w in lex.past_words or (lex.past_suffix and regex.search(lex.past_suffix, w)):
        # "किया जाएगा", "दी जाएगी": a past participle before a future auxiliary.
        return 1 if following and _cue(lex, following, "") == 1 else -1
    return 0


def is_future(lex: Lexicon, sentence: str, start: int, end: int) -> bool:
    """Does the sentence place the expression at ``sentence[start:end]`` in the future?

    Verb-final languages: the first tense cue after the expression decides (then
    the nearest one before it).  Others: some future cue and no past cue in the
    sentence ("He said on Wednesday he will go" stays past).
    """
    words = [(m.start(), m.group()) for m in _WORD.finditer(sentence)]
    after = [w for s, w in words if s >= end]
    before = [w for s, w in words if s < start]
    if lex.verb_final:
        for seq in (after, list(reversed(before))):
            for k, w in enumerate(seq):
                following = seq[k + 1] if seq is after and k + 1 < len(seq) else ""
                cue = _cue(lex, w, following)
                if cue:
                    return cue > 0
        return False
    seq = before + after
    cues = {_cue(lex, w, seq[k + 1] if k + 1 < len(seq) else "") for k, w in enumerate(seq)}
    return 1 in cues and -1 not in cues


def _month_shift(year: int, month: int, delta: int) -> tuple[int, int]:
    idx = year * 12 + (month - 1) + delta
    return idx // 12, idx % 12 + 1


def resolve(ref: Ref, pub: dt.date | None, future: bool) -> tuple[dt.date, str] | None:
    """(first day of the period, precision) for ``ref``, or None if unresolvable.

    Without a publication date only absolute dates resolve.  Weeks are
    recognised upstream but have no precision of their own, so they yield None.
    """
    try:
        return _resolve(ref, pub, future)
    except ValueError:  # 31 February, month 13 ...
        return None


def _resolve(ref: Ref, pub: dt.date | None, future: bool) -> tuple[dt.date, str] | None:
    if ref.year is not None:
        if ref.day is not None:
            return dt.date(ref.year, ref.month, ref.day), "day"
        if ref.month is not None:
            return dt.date(ref.year, ref.month, 1), "month"
        return dt.date(ref.year, 1, 1), "year"
    if pub is None:
        return None
    if ref.unit:
        delta = abs(ref.delta) * (1 if future else -1) if ref.ambiguous else ref.delta
        if ref.unit == "day":
            return pub + dt.timedelta(days=delta), "day"
        if ref.unit == "month":
            y, m = _month_shift(pub.year, pub.month, delta)
            return dt.date(y, m, 1), "month"
        if ref.unit == "year":
            return dt.date(pub.year + delta, 1, 1), "year"
        return None
    if ref.year_delta is not None and ref.month:
        return dt.date(pub.year + ref.year_delta, ref.month, ref.day or 1), \
            "day" if ref.day else "month"
    # -1 strictly before, 0 on/before, 1 strictly after, 2 on/after (future tense)
    direction = ref.mod if ref.mod in (-1, 1) else (2 if future else 0)
    if ref.weekday is not None and ref.month is None:
        return _weekday(pub, ref.weekday, direction), "day"
    if ref.month and ref.day:
        cands = [dt.date(y, ref.month, ref.day) for y in (pub.year - 1, pub.year, pub.year + 1)
                 if ref.month != 2 or ref.day < 29 or y % 4 == 0]
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
    it (1) or on/after it (2)."""
    if direction == -1:
        return max(c for c in cands if c < pivot)
    if direction == 1:
        return min(c for c in cands if c > pivot)
    if direction == 2:
        return min(c for c in cands if c >= pivot)
    return max(c for c in cands if c <= pivot)


def _weekday(pub: dt.date, weekday: int, direction: int) -> dt.date:
    """Nearest such weekday: on/before pub (0), strictly before (-1) or after (+1)."""
    back = (pub.weekday() - weekday) % 7
    if direction > 0:
        return pub + dt.timedelta(days=(weekday - pub.weekday()) % 7 or 7)
    if direction < 0:
        back = back or 7
    return pub - dt.timedelta(days=back)
