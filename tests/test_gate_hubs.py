"""Index pages the gate missed on real scraped news (issue 10, the gate).

Among the SemEval similarity texts (``bench gate pairs.csv``) two blog
archive pages passed as reports: a title, then only the archive menu, a month
and year with its count of posts, a hundred times over ("January 2020 (5)
December 2019 (58) …", "апрель 2019 г. (22) март 2019 г. (21) …").  The menu
is a list of dated items in any language, so it is a shape (``gate._ARCHIVE_MONTH``).
"""
from __future__ import annotations

import pytest

from storyline.analyse.gate import judge_page

ARCHIVES = {
    "en": ("Religion Clause: Happy New Year!", "Blog Archive " + " ".join(
        f"{m} {y} ({n})" for y in (2019, 2018) for m, n in
        zip(("December", "November", "October", "September", "August", "July"), (58, 64, 44, 49, 71, 70)))),
    "ru": ("Дневник: лучшее за декабрь", " ".join(
        f"{m} {y} г. ({n})" for y in (2019, 2018) for m, n in
        zip(("декабрь", "ноябрь", "октябрь", "сентябрь", "август"), (21, 20, 18, 15, 23)))),
    "de": ("Blog: Rückblick", "Archiv\n" + "\n".join(
        f"{m} {y} ({n})" for y in (2020, 2019) for m, n in zip(("Dezember", "November", "Oktober"), (12, 9, 14)))),
    "zh": ("博客：新年快乐", "文章归档 " + " ".join(f"2019年{m}月 ({n})" for m, n in zip(range(12, 6, -1), (5, 8, 3, 9, 4, 7)))),
}


@pytest.mark.parametrize("lang", sorted(ARCHIVES))
def test_a_blog_archive_menu_is_an_index_page(lang):
    title, text = ARCHIVES[lang]
    verdict = judge_page(title, text, text, lang=lang)
    assert verdict.kind == "front-page" and "archive list" in verdict.reason, verdict


def test_a_report_with_monthly_figures_stays_a_report():
    """Figures in brackets carry units or stand in prose: not a menu of months."""
    text = ("Unemployment fell for a fourth month, the statistics office said on Friday. The rate "
            "was 5.1% in March 2020 (5.3% a year earlier), 5.2% in February 2020 (5.4%), 5.3% in "
            "January 2020 (5.4%) and 5.4% in December 2019 (5.5%). Economists had expected the "
            "rate to stay flat as factories cut shifts, and the central bank meets next week.")
    assert judge_page("Unemployment falls for a fourth month", text, text, lang="en").is_article


def test_the_archive_cue_is_said_in_words():
    """The "Not articles" list reads the gate's reason as plain clauses."""
    from storyline.wording import gate_reasons

    title, text = ARCHIVES["en"]
    said = gate_reasons(judge_page(title, text, text, lang="en").reason)
    assert ("it lists 12 months with their counts of posts, as a blog's archive does", []) in said, said
