"""The terminal's fact gloss says what the web page says: aligned with, not "=".

`storyline show 13` printed the Russian single-source "Северокорейский лидер в ответ
преподнёс ... двух собак ..., а также художественные работы" as "= [en] Kim returned the
gesture with a pair of Pungsan dogs ...", a corroborated fact's sentence that leaves out the
artworks: "=" reads as a translation, which the web page stopped saying (h-ui12)."""
from __future__ import annotations

import io


def test_the_terminal_says_a_facts_gloss_is_aligned_not_equal():
    from rich.console import Console

    from storyline.cli_facts import _line

    fact = {"languages": ["ru"], "lang": "ru", "label": "single-source", "reports": 1,
            "unknown_source_reports": 0, "conflicts": [],
            "text": "Северокорейский лидер в ответ преподнёс российскому коллеге двух собак.",
            "gloss": {"lang": "en", "text": "Kim returned the gesture with a pair of Pungsan dogs."}}
    buf = io.StringIO()
    _line(Console(file=buf, width=200), fact)
    out = buf.getvalue()
    assert "aligned with [en] Kim returned the gesture" in out
    assert "= [en]" not in out
