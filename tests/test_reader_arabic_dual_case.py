"""Arabic's dual in the case its phrase puts it: "حدثان" said alone, "في مقالين" governed (h-ui29).

The catalogue had one form per CLDR category, the governed dual ("مقالين"),
right after a preposition ("في مقالين") but wrong where a count stands alone
or is a subject: a home card read "حدثين · 6 مقالات", a fact's citation line
"4 إحالات · تقريرين", the search heading "نتيجتين عن …".  Now a count is
said alone and a catalogue entry writes ``{field:oblique}`` where its words
govern it (:mod:`storyline.reader_words_case`).  The fact count line's
noun-less forms ("متعارضتان", "اثنتان من مصدر واحد") stand for the noun its
first count names, so they are said nowhere but after that count.
"""
from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from storyline.reader_words import COUNTED, WORDS, count, say

ROOT = Path(__file__).resolve().parent.parent / "storyline"


@pytest.mark.parametrize("noun", sorted(k for k, v in COUNTED.items() if "ar" in v))
def test_a_dual_said_alone_is_nominative_and_governed_oblique(noun):
    alone, governed = count(2, noun, "ar"), getattr(count(2, noun, "ar"), "oblique", None)
    assert alone != governed, noun
    # the nominative dual ends its noun in -ان (a construct "عدّادا صور" drops the nun), the oblique in -ين/-َي
    assert re.search(r"(ان|ا)(\s|$)", alone) and not re.search(r"ين(\s|$)", alone.split(" شبه")[0]), alone
    assert re.search(r"(ين|َي)(\s|$)", governed), governed
    assert getattr(count(3, noun, "ar"), "oblique", None) == count(3, noun, "ar")  # only the dual is written otherwise


def test_a_governing_word_takes_the_oblique_dual():
    two = lambda noun: count(2, noun, "ar")  # noqa: E731
    assert say("in {articles}", "ar", articles=two("article")) == "في مقالين"
    assert say("{stories} from {articles}, newest and biggest first.", "ar", stories=two("story"),
               articles=two("article")) == "قصتان من مقالين، الأحدث والأكبر أولًا."
    assert say("{results} for “{q}”", "ar", results=two("result"), q="x") == "نتيجتان عن «x»"
    assert say("written this way {times}", "ar", times=two("time")) == "كُتب هكذا مرتين"
    assert say("Named in {articles} and {stories}.", "ar", articles=two("article"), stories=two("story")) == \
        "مذكور في مقالين وقصتين."
    # other languages and a plain string are as they were
    assert say("in {articles}", "ru", articles=count(2, "article", "ru")) == WORDS["in {articles}"]["ru"].format(
        articles="2 статьи")
    assert say("in {articles}", "ar", articles="x") == "في x"


def test_every_arabic_field_spec_is_a_governed_count():
    from storyline.reader_words_ar import AR_TWO_OBLIQUE
    from storyline.reader_words_case import specs

    from storyline.reader_words import GOVERNED_FORMS, GOVERNED_PLURAL

    governed = {*GOVERNED_PLURAL, *GOVERNED_FORMS}
    for key, by_lang in WORDS.items():
        assert specs(by_lang["ar"]) <= {"oblique"}, key
        # German's dative and Hindi's oblique plural are governed too (h-ui32), Russian's genitive
        # (h-ui34); no other language's
        assert all(specs(text) <= {"oblique"} for lang, text in by_lang.items() if lang in governed), key
        assert not any(specs(text) for lang, text in by_lang.items() if lang not in ("ar", *governed)), key
    assert AR_TWO_OBLIQUE.keys() == {k for k, v in COUNTED.items() if "ar" in v}


def test_the_demos_arabic_cards_and_citations_say_a_dual_alone(demo_app, client):
    app, _ = demo_app
    home = html.unescape(client.get("/?lang=ar").text)
    two_events = [s for s in app.store.stories() if len(s.event_ids) == 2]
    assert two_events, "the demo has stories of two events"
    assert home.count("حدثان") >= len(two_events) and "حدثين" not in home
    lines = []
    for ev in app.store.events():
        page = html.unescape(client.get(f"/events/{ev.id}?lang=ar").text)
        lines += re.findall(r'<details class="citations"[^>]*><summary>(.*?)</summary>', page, re.S)
    twos = [line for line in lines if "تقرير" in line and not re.search(r"\d+ تقرير", line)
            and "تقرير واحد" not in line]
    assert twos, "some fact of the demo has two reports"
    assert all("تقريران" in line and "تقريرين" not in line for line in twos), twos[:3]


FACT_LINE_NOUNS = ("conflicting fact", "single-source fact")


def test_the_noun_less_fact_counts_follow_the_first_count_only():
    # "متعارضتان" and "اثنتان من مصدر واحد" name no noun: said only in the count line after
    # "corroborated fact", which names it (the page's _facts.html, `show`'s cli_facts.py)
    uses = {}
    for path in list(ROOT.rglob("*.py")) + list(ROOT.rglob("*.html")):
        if path.name.startswith("reader_words"):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            for noun in FACT_LINE_NOUNS:
                if re.search(rf"count\([^)]*['\"]{noun}['\"]", line):
                    uses.setdefault(path.name, []).append(noun)
    # (test_reader_arabic_fact_counts reads both lines: the noun said once, in the first count)
    assert sorted(uses) == ["_facts.html", "cli_facts.py"], uses
    assert all(sorted(nouns) == sorted(FACT_LINE_NOUNS) for nouns in uses.values()), uses


# phrases around a count standing as their subject, and the word Arabic would make agree with it:
# a plural's verb or pronoun ("تُقرأ كأنها", "بها لا تظهر", "يؤكدها", "تعرضها") is wrong after a dual
SUBJECT_PHRASES = [
    ("{lines} read like {kind}", "lines", "line", dict(kind="حاجز اشتراك")),
    ("only {characters} of it read like a news report's sentences", "characters", "character", {}),
    ("{forecasts} under a day's name, as a weather widget shows them", "forecasts", "forecast", {}),
    ("{articles} with no date of their own not charted", "articles", "article", {}),
]
PLURAL_AGREEMENT = re.compile(r"تُقرأ كأنها|\bبها\b|تظهر|يؤكدها|تعرضها|\sتُقرأ\s")


@pytest.mark.parametrize(("key", "field", "noun", "more"), SUBJECT_PHRASES)
def test_a_dual_subject_meets_no_plural_verb_or_pronoun(key, field, noun, more):
    for n in (2, 5, 11):
        said = say(key, "ar", **{field: count(n, noun, "ar")}, **more)
        assert count(n, noun, "ar") in said and not PLURAL_AGREEMENT.search(said), said
    facts = f"{count(2, 'fact', 'ar')} {say('no other report confirms', 'ar')}"  # _facts.html's fold
    assert not PLURAL_AGREEMENT.search(facts), facts
