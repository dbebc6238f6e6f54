"""The gate's substring check before a cue pattern's search (gate_prefilter)
changes no answer: every match holds one of the literals read from the
pattern, and a line that holds none is not searched."""
from __future__ import annotations

import json
import re
from pathlib import Path

from storyline.analyse import gate
from storyline.analyse.gate_prefilter import literals, quick_search

DATA = Path(__file__).parent / "data"


def test_the_literals_are_those_every_match_holds():
    assert literals(re.compile(r"\b(?:foo|bar)baz\b|qux")) == {"foo", "bar", "qux"}
    assert literals(re.compile(r"a?bc|(?:de)+")) == {"bc", "de"}
    assert literals(re.compile(r"\bab|[xy]z")) is None  # an alternative with no literal run: always searched
    assert literals(re.compile(r"(?i)abc")) is None and literals(re.compile(r"ab(?i:cd)|ef")) == {"ab", "ef"}


def _lines() -> list[str]:
    out = []
    for name in ("gate_sample.jsonl", "gate_sample2.jsonl"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            text = json.loads(line).get("text") or ""
            out += [unit for unit in gate._units(text.casefold())]
    return out


def test_every_gate_pattern_answers_as_its_search_does_on_the_gate_samples():
    patterns = [*gate.BODY_CUES.values(), *gate.STUB_CUES.values(), *gate.NOTICE_CUES.values(),
                *gate.SUPPORT_CUES.values(), gate.SITE_STUB_VOICE, gate.NOTICE_VOICE, gate.FORM_FIELDS]
    lines, found = _lines(), 0
    assert len(lines) > 500
    for pattern in patterns:
        quick = quick_search(pattern)
        for unit in lines:
            m, q = pattern.search(unit), quick(unit)
            assert (m and m.span()) == (q and q.span())
            found += m is not None
    assert found > 50  # the samples hold cues: the check was tested on matches, not only on misses


class _Counted:
    """A compiled pattern that counts its searches."""

    def __init__(self, pattern: re.Pattern):
        self.flags, self.pattern, self.real, self.searches = pattern.flags, pattern.pattern, pattern, 0

    def search(self, text: str):
        self.searches += 1
        return self.real.search(text)


def test_a_line_without_the_patterns_words_is_not_searched():
    counted = _Counted(gate.BODY_CUES["error"])
    quick = quick_search(counted)  # type: ignore[arg-type]
    prose = [u for u in _lines() if not gate.BODY_CUES["error"].search(u)][:200]
    assert all(quick(u) is None for u in prose)
    assert counted.searches < len(prose) // 4  # most lines hold none of its words
    assert quick("sorry, the page was not found").group(0) == "page was not found"
    assert counted.searches < len(prose) // 4 + 1
