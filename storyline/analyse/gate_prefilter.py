"""A cheap substring check before a gate pattern's search: the literal words
every match must hold.

Why: the gate's cue patterns are alternations of phrases that open with
``\\b`` or a group, so ``re`` finds no literal prefix to skip ahead by and
tries every alternative at every character of every line and sentence (some
30 µs a character, a second for 50 kB of prose).  Most lines hold none of the
phrases' words; ``str.__contains__`` says so for a fraction of that.  The
check is exact: the literals are read from the parsed pattern, one set per
pattern such that every match contains one of them (a run of literal
characters each alternative must match), and where an alternative has no such
run the pattern is always searched.  Patterns that ignore case are always
searched (their literals match other cases)."""
from __future__ import annotations

import re
from typing import Callable

try:  # Python 3.11+
    from re import _constants as _c, _parser as _p
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

MIN_LITERAL = 2  # a single letter is in nearly every line: no saving


def _required(items) -> frozenset[str] | None:
    """Strings one of which every match of the sequence ``items`` holds, the longest
    such choice (by its shortest string); None where none is known."""
    best: frozenset[str] | None = None

    def offer(choice: frozenset[str] | None) -> None:
        nonlocal best
        if choice and min(map(len, choice)) >= MIN_LITERAL and (
                best is None or min(map(len, choice)) > min(map(len, best))):
            best = choice

    run: list[str] = []
    for op, av in list(items) + [(None, None)]:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        offer(frozenset(["".join(run)]) if run else None)
        run = []
        if op is _c.SUBPATTERN and not av[1] & re.IGNORECASE:  # not "(?i:…)": its letters match other cases
            offer(_required(av[-1]))
        elif op is _c.BRANCH:
            offer(_any_of(av[1]))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:
            offer(_required(av[2]))
    return best


def _any_of(branches) -> frozenset[str] | None:
    """One string of each branch's :func:`_required`, pooled; None if a branch has none."""
    pooled: set[str] = set()
    for branch in branches:
        need = _required(branch)
        if need is None:
            return None
        pooled |= need
    return frozenset(pooled)


def literals(pattern: re.Pattern) -> frozenset[str] | None:
    """The strings one of which every match of ``pattern`` holds, or None."""
    if pattern.flags & re.IGNORECASE or not isinstance(pattern.pattern, str):
        return None
    return _required(_p.parse(pattern.pattern, pattern.flags))


def quick_search(pattern: re.Pattern) -> Callable[[str], re.Match | None]:
    """``pattern.search``, answering None without searching a text that holds
    none of its :func:`literals`."""
    need = literals(pattern)
    if need is None:
        return pattern.search
    need_list = sorted(need, key=len)
    search = pattern.search

    def quick(text: str) -> re.Match | None:
        return search(text) if any(map(text.__contains__, need_list)) else None
    return quick
