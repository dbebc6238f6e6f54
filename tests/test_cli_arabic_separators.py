"""`storyline show EVENT --lang ar` and `story --lang ar` separate their own lists and
clauses with Arabic's comma and semicolon, as the pages do (h-ui25).

h-ui24 routed the pages' separators through the catalogue (", " and "; " are keys:
"، " and "؛ " in Arabic), but the terminal's event and story output kept writing
"(5 مقالات, مصدرين مستقلين, en, 2004-12-23; …)", its facts' "تقريرين, en:", its
dates' "; " and its sources' ", " in Latin punctuation.  Only the program's own
separators are checked: a report's headline, lead and facts keep the commas their
language writes.
"""
from __future__ import annotations

import re

import pytest

from storyline.cli import main as cli_main

LATIN = re.compile(r"[,;] ")


@pytest.fixture(scope="module")
def shown(demo_app):
    """The demo's biggest event and its story, as `show --lang ar` and `story --lang ar` print them."""
    app, _ = demo_app
    ev = max(app.events(), key=lambda e: (e.n_articles, -e.id))
    return str(app.store.path), ev


def _run(capsys, *argv) -> list[str]:
    capsys.readouterr()
    assert cli_main(list(argv)) == 0
    return capsys.readouterr().out.splitlines()


def test_the_event_in_arabic_uses_arabic_separators(shown, capsys):
    db, ev = shown
    lines = _run(capsys, "--db", db, "show", str(ev.id), "--lang", "ar")
    head = " ".join(lines[:3]).split("  (", 1)[1].split(")", 1)[0]  # "(5 مقالات، …)" after the headline
    assert "، " in head and not LATIN.search(head), head
    summary = next(ln for ln in lines if ln.startswith("الملخص"))
    assert "؛ " in summary and not LATIN.search(summary), summary
    facts = [ln.split(": [", 1)[0] for ln in lines if ln.startswith("  ") and ": [" in ln and "[/" not in ln]
    assert facts and all("، " in f and not LATIN.search(f) for f in facts[:5]), facts[:5]
    sources = [ln for ln in lines if ln.strip().startswith("المصادر:") and "] " in ln]
    assert all(not re.search(r"\], ", ln) for ln in sources), sources[:3]
    dates = [ln for ln in lines if ln.strip().startswith("التواريخ:")]
    assert dates and any("؛ " in ln for ln in dates), dates[:3]
    assert all(not re.search(r"\); |\d; ", ln) for ln in dates), dates[:3]


def test_english_is_as_before(shown, capsys):
    db, ev = shown
    lines = _run(capsys, "--db", db, "show", str(ev.id))
    head = " ".join(lines[:3]).split("  (", 1)[1]
    assert re.match(r"\d+ articles, ", head), head


def test_the_story_in_arabic_uses_arabic_separators(shown, capsys):
    db, ev = shown
    lines = _run(capsys, "--db", db, "story", str(ev.story_id), "--lang", "ar")
    counts = lines[1]  # "3 أحداث، 12 مقالًا، …؛ الأسماء: …"
    assert "، " in counts and "؛ " in counts, counts
    assert not LATIN.search(counts.split("الأسماء:")[0]), counts
