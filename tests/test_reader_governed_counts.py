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


# A count whose noun the entry names elsewhere ("{n} of its {all} lines", "the summary's {m}"):
# Hindi puts the noun after the number, under the postposition, in its oblique plural (h-ui33).
# h-ui32 left "इसकी 40 में से 30 पंक्तियां" and "सारांश के 3 के अलावा".
@pytest.mark.parametrize("lang, said", [
    ("hi", "इसकी 40 पंक्तियों में से 30 शीर्षक हैं, जैसे मुखपृष्ठ पर"),
    ("de", "30 seiner 40 Zeilen sind Schlagzeilen, wie auf einer Startseite"),  # as it was
    ("en", "30 of its 40 lines are headlines, as on a front page"),
])
def test_the_gates_headline_count(lang, said):
    from storyline import reader_words
    from storyline.wording import gate_reasons

    with worded_in(lang):  # as the Not-articles page says it (its WORDED catalogue)
        assert gate_reasons("list of headlines (30 of 40 lines)", None, reader_words) == [(said, [])]
    if lang == "en":  # and the CLI and the API, with no catalogue
        assert gate_reasons("list of headlines (30 of 40 lines)") == [(said, [])]


def test_the_facts_beyond_the_summary():
    from storyline.reader_words import count_named_elsewhere

    key = "{n} beyond the summary's {m} above"
    assert say(key, "hi", n=5, m=count_named_elsewhere(3, "fact", "hi")) == "ऊपर सारांश के 3 तथ्यों के अलावा 5"
    assert say(key, "hi", n=5, m=count_named_elsewhere(1, "fact", "hi")) == "ऊपर सारांश के 1 तथ्य के अलावा 5"
    assert say(key, "ru", n=5, m=count_named_elsewhere(3, "fact", "ru")) == "5 сверх 3 из сводки выше"  # as it was
    assert say(key, "en", n=5, m=count_named_elsewhere(3, "fact", "en")) == "5 beyond the summary's 3 above"
