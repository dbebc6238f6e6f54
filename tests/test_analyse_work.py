"""How much reading a long text costs, counted as work rather than timed: a
text of 100,000 characters is accepted (h-audit4 posted "1. 2. 3 " x 12,000),
so what is read once per token or per sentence must not be read again for
what it already said."""
from __future__ import annotations

from storyline.analyse import dates_scan, gate
from storyline.analyse.dates_scan import scan_dates


def _count(monkeypatch, owner, name: str) -> list[int]:
    calls = [0]
    real = getattr(owner, name)

    def counted(*args, **kwargs):
        calls[0] += 1
        return real(*args, **kwargs)
    monkeypatch.setattr(owner, name, counted)
    return calls


def test_the_date_scanner_reads_each_spelling_as_a_name_once(monkeypatch):
    calls = _count(monkeypatch, dates_scan._Scanner, "_name_of")
    text = "On Monday, 3 May the 2. 3 vote was held; 1. 2. 3 "
    short = scan_dates(text * 20, "en")
    few = calls[0]
    long = scan_dates(text * 400, "en")
    assert calls[0] == 2 * few  # 20 times the text, no more names read
    assert len(long) == 20 * len(short) and len(short) == 20 * len(scan_dates(text, "en"))


def test_a_sentence_that_cannot_be_prose_is_not_read_for_cues(monkeypatch):
    voice = _count(monkeypatch, gate.SITE_VOICE, "search")
    body = "\n".join(["1. 2. 3 " * 40, "Breaking news", "Sports", "Weather"] * 50)
    assert gate._prose_chars(body, "en") == 0
    assert voice[0] == 0
    prose = ("The council met on Tuesday and approved the new budget for the city's "
             "public transport after a long debate.")
    assert gate._prose_chars(f"{body}\n{prose}", "en") == len(prose)
    assert voice[0] == 1  # the one sentence that reads like reporting
