"""A count after a preposition takes the case it governs: German's dative, Hindi's oblique (h-ui32).

The event chart's tooltips read "erwähnt in 2 Artikel" and "2 लेख में उल्लेख", the Names
page "Genannt in 5 Artikel", the lists "aus 12 Artikel": German says "in 2 Artikeln", Hindi
"2 लेखों में".  The count said alone keeps its form ("2 Artikel veröffentlicht").  Read
through the real catalogue and the real event chart.
"""
from __future__ import annotations

import datetime as dt

import pytest

from storyline.reader_words import count, say, worded_in
from storyline.records import Article, DateMention
from storyline.web.views import event_timeline


@pytest.mark.parametrize("lang, n, governed, alone", [
    ("de", 2, "in 2 Artikeln", "2 Artikel veröffentlicht"),
    ("de", 1, "in 1 Artikel", "1 Artikel veröffentlicht"),
    ("hi", 2, "2 लेखों में", "2 लेख प्रकाशित"),
    ("hi", 1, "1 लेख में", "1 लेख प्रकाशित"),
])
def test_the_governed_plural_and_the_plural_alone(lang, n, governed, alone):
    assert say("in {articles}", lang, articles=count(n, "article", lang)) == governed
    assert say("{date}: {articles} published", lang, date="D", articles=count(n, "article", lang)) == f"D: {alone}"


def test_lists_and_names_too():
    de = say("{stories} from {articles}, newest and biggest first.", "de",
             stories=count(2, "story", "de"), articles=count(12, "article", "de"))
    assert de == "2 Geschichten aus 12 Artikeln, neueste und größte zuerst.", de
    hi = say("Named in {articles} and {stories}.", "hi", articles=count(3, "article", "hi"),
             stories=count(2, "story", "hi"))
    assert hi == "3 लेखों और 2 कहानियों में नाम.", hi


@pytest.mark.parametrize("lang, said", [("de", "erwähnt in 2 Artikeln,"), ("hi", "2 लेखों में उल्लेख,"),
                                        ("fr", "mentionné dans 2 articles,")])
def test_the_charts_tooltip(lang, said):
    sentence = "Kim had been given an Aurus in February."
    mention = DateMention("February", 31, 39, dt.date(2024, 2, 1), "month", sentence)
    arts = [Article(id=f"a{i}", origin="test", title="t", text=sentence, raw_text=sentence, lang="en",
                    published=dt.date(2024, 6, 19 + i), dates=[mention]) for i in range(2)]
    with worded_in(lang):
        tl = event_timeline(arts, lang)
    [mark] = [m for m in tl.marks if m.kind == "mentioned"]
    assert said in mark.label.replace("\u202f", " ").replace("\u00a0", " "), mark.label
