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


def test_a_conflict_in_the_terminal_is_told_in_the_readers_words():
    """`show 5 --lang ru` headed the Morocco summary in Russian but told its
    conflict ("number '1 037' …", "(reported on different days, so the later
    may update …)", "sources:", "copy of") in English."""
    from rich.console import Console

    from storyline.cli_facts import _line
    from storyline.reader_words import worded_in

    side = lambda value, when, dup=None: {"value": value, "supports": [  # noqa: E731
        {"source": "Écho Maghreb", "lang": "fr", "published": when, "article_id": "26a2b118",
         "duplicate_of": dup, "copy_of": "Le Quotidien" if dup else None}]}
    fact = {"languages": ["en", "fr"], "lang": "en", "label": "conflicting", "reports": 2,
            "unknown_source_reports": 1, "gloss": None,
            "text": "More than 2,000 people had died, the interior ministry said.",
            "conflicts": [{"kind": "number", "reported_apart": True,
                           "sides": [side("1 037", "2023-09-09", dup="x"), side("2,000", "2023-09-10")]}]}
    said = {}
    for lang in ("en", "ru"):
        buf = io.StringIO()
        with worded_in(lang):
            _line(Console(file=buf, width=300), fact)
        said[lang] = buf.getvalue()
    assert "number '1 037'" in said["en"] and "reported on different days" in said["en"]
    assert "copy of Le Quotidien" in said["en"] and "1 of unknown source" in said["en"]
    ru = said["ru"]
    assert "число '1 037'" in ru and "сообщено в разные дни" in ru and "копия: Le Quotidien" in ru
    assert "источник неизвестен: 1" in ru
    assert not any(w in ru for w in ("number", "reported on", "copy of", "unknown source"))


def test_a_story_summary_that_leaves_events_out_says_so_in_the_readers_words():
    """The terminal and the story page told "Not in this summary, too long for
    it: event 3 …" in English under a Russian summary."""
    from rich.console import Console

    from storyline.cli_facts import print_summary
    from storyline.reader_words import worded_in

    view = {"lang": "ru", "counts": {"corroborated": 0, "conflicting": 0, "single-source": 0},
            "summary": [], "left_out": [3, 5], "facts": []}
    said = {}
    for lang in ("en", "ru"):
        buf = io.StringIO()
        with worded_in(lang):
            print_summary(Console(file=buf, width=300), view, facts=False)
        said[lang] = buf.getvalue()
    assert "not in this summary, too long for it: events 3, 5" in said["en"]
    assert "Не вошло в эту сводку" in said["ru"] and "событие 3, событие 5" in said["ru"]
    assert "too long" not in said["ru"]
