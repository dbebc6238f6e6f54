"""Arabic as a reader's language (h-ui24): every catalogue key said in Arabic, CLDR's six
plural categories, dates as babel's ``ar`` writes them, and a right-to-left page.

Storyline ingests Arabic reports, but an Arabic reader could not choose Arabic for
the pages: the catalogue had no Arabic, so ``?lang=ar`` and ``show --lang ar`` were
answered in English, left to right.
"""
from __future__ import annotations

import datetime as dt
import re

import pytest

from storyline.reader_words import COUNTED, WORDS, count, page_dir, reading, reset_reading, say
from storyline.reader_words_dates import shown_date
from storyline.reader_words_ar import add_arabic

ARABIC = re.compile(r"[\u0600-\u06ff]")


def test_every_catalogue_key_and_counted_noun_is_said_in_arabic():
    assert all("ar" in by_lang for by_lang in WORDS.values()), [k for k, v in WORDS.items() if "ar" not in v]
    assert all(len(by_lang.get("ar", ())) == 6 for by_lang in COUNTED.values())  # zero, one, two, few, many, other
    # in Arabic script: none left as its English ("Storyline", "HTTP", field names and ISO
    # codes aside); the list's separators are Arabic's own marks
    for english, by_lang in WORDS.items():
        bare = re.sub(r"\{\w+\}", "", by_lang["ar"]).strip(" .:()")
        assert not bare or ARABIC.search(bare), (english, by_lang["ar"])
    assert say("Summary", "ar") == "الملخص" and say(", ", "ar") == "، " and say(", ", "ru") == ", "


def test_the_import_check_refuses_a_key_without_arabic_and_arabic_for_no_key():
    words = {k: dict(v) for k, v in WORDS.items()}
    counted = {k: dict(v) for k, v in COUNTED.items()}
    from storyline.reader_words import NO_REPORT

    with pytest.raises(KeyError, match="no Arabic for"):
        add_arabic({**words, "A phrase added in English only": {"ru": "…"}}, counted, NO_REPORT)
    with pytest.raises(KeyError, match="no such catalogue key"):
        add_arabic({k: v for k, v in words.items() if k != "Summary"}, counted, NO_REPORT)


def test_counts_take_cldrs_six_arabic_categories():
    said = [count(n, "article", "ar") for n in (0, 1, 2, 3, 10, 11, 99, 100, 102, 103, 111)]
    assert said == ["0 مقال", "مقال واحد", "مقالان", "3 مقالات", "10 مقالات", "11 مقالًا", "99 مقالًا",
                    "100 مقال", "102 مقال", "103 مقالات", "111 مقالًا"]
    assert count(2, "story", "ar") == "قصتان" and count(5, "independent source", "ar") == "5 مصادر مستقلة"
    assert count(2, "article", "en") == "2 articles" and count(2, "article", "ru") == "2 статьи"  # as they were


def test_dates_are_babels_arabic_and_the_page_runs_right_to_left():
    assert shown_date(dt.date(2023, 9, 13), lang="ar") == "13 سبتمبر 2023"  # CLDR's ar: Latin digits
    assert shown_date(None, lang="ar") == "التاريخ غير معروف"
    assert page_dir() == "ltr"
    token = reading("ar")
    try:
        assert say("Events") == "الأحداث" and page_dir() == "rtl"
    finally:
        reset_reading(token)
    token = reading("ru")
    try:
        assert page_dir() == "ltr"
    finally:
        reset_reading(token)
