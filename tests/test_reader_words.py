"""The reader pages' wording catalogue (h-ui20): English the fallback, plural forms, dates."""
from __future__ import annotations

import datetime as dt

from storyline.reader_words import WORDS, count, reading, reset_reading, say
from storyline.reader_words_dates import shown_date


def test_a_phrase_with_no_wording_listed_is_said_in_english():
    assert say("Summary", "ru") == "Сводка"
    assert say("Summary", "tr") == "Summary"  # a reader's language the catalogue lacks ("uk" too, until h-ui36)
    assert say("no such phrase yet", "ru") == "no such phrase yet"
    assert say("Event {n}", "de", n=8) == "Ereignis 8"


def test_every_listed_phrase_keeps_its_fields():
    for english, by_lang in WORDS.items():
        for lang, text in by_lang.items():
            # a field's name, less an Arabic governed count's spec ("{articles:oblique}", h-ui29)
            assert set(__import__("re").findall(r"\{(\w+)(?::oblique)?\}", text)) == \
                set(__import__("re").findall(r"\{(\w+)\}", english)), (english, lang)


def test_counts_take_the_languages_plural_form():
    assert [count(n, "article", "ru") for n in (1, 3, 5, 11, 21, 22)] == \
        ["1 статья", "3 статьи", "5 статей", "11 статей", "21 статья", "22 статьи"]
    assert count(1, "source", "de") == "1 Quelle" and count(2, "source", "de") == "2 Quellen"
    assert count(2, "report", "en") == "2 reports"


def test_dates_are_written_as_the_language_writes_them_and_the_page_language_is_scoped():
    day = dt.date(2023, 9, 13)
    assert shown_date(day, lang="en") == "2023-09-13"
    assert shown_date(day, lang="ru") == "13 сент. 2023\u202fг."  # CLDR: a narrow no-break space
    assert shown_date(None, lang="de") == "Datum unbekannt"
    token = reading("hi")
    try:
        assert say("Summary") == "सारांश"
    finally:
        reset_reading(token)
    assert say("Summary") == "Summary"


def test_why_the_facts_are_not_in_the_readers_language_is_said_in_it():
    """A German reader of an event no German report is in read, in English, that
    its facts are stated in English or their own language."""
    from storyline.reader_words import no_report_said

    view = {"lang": "de", "summary": [{"languages": ["en"]}]}
    assert no_report_said(view, "Deutsch (de)").startswith("no report is in Deutsch (de)")  # the page's English
    token = reading("de")
    try:
        assert no_report_said(view, "Deutsch (de)").startswith("kein Bericht ist auf Deutsch (de)")
        assert no_report_said({"lang": "de", "summary": [{"languages": ["de"]}]}) is None
    finally:
        reset_reading(token)
