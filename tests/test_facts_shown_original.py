"""A fact is shown in its original report's words, not a near-copy's.

A syndicated copy rewords a word or two ("met on Wednesday (September 13)"),
and published first it headed the demo's Vostochny summit, its original cited
second.  The reader is owed the outlet that wrote the sentence.
"""
from __future__ import annotations

from storyline.facts.model import Fact, Support
from storyline.facts.summarise import representative, shown_sentence, stating


def _support(article: str, text: str, lang: str = "en", copy_of: str | None = None,
             published: str = "2023-09-13") -> Support:
    return Support(article_id=article, sentence=0, start=0, end=len(text), text=text, lang=lang,
                   source=article, report=copy_of or article, unknown_source=False,
                   published=published, duplicate_of=copy_of)


def _fact(supports: list[Support]) -> Fact:
    return Fact(id=1, label="corroborated", supports=supports, reports=sorted({s.report for s in supports}),
                languages=sorted({s.lang for s in supports}))


def test_an_original_heads_its_fact_before_a_copy_listed_first():
    copy = _support("copy", "Kim and Putin met on Wednesday (September 13) at Vostochny.", copy_of="wire")
    original = _support("wire", "Kim and Putin met on Wednesday at Vostochny.")
    german = _support("kurier", "Kim und Putin trafen sich am Mittwoch in Wostotschny.", lang="de")
    fact = _fact([copy, original, german])
    assert stating(fact)[0] is original
    assert shown_sentence(fact, "en") is original
    assert representative(fact, "en") is original
    assert representative(fact) is original


def test_a_copy_still_speaks_for_a_fact_its_original_does_not_state():
    copy = _support("copy", "Kim and Putin met on Wednesday (September 13) at Vostochny.", copy_of="wire")
    german = _support("kurier", "Kim und Putin trafen sich am Mittwoch in Wostotschny.", lang="de")
    fact = _fact([copy, german])
    assert shown_sentence(fact, "en") is copy
    assert [s.article_id for s in stating(fact)] == ["kurier", "copy"]
