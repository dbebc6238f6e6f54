"""Chinese names read from cues: a title's holder, a clause-opening transliterated name, places
the where index knows, and Han windows found again only by their exact key [h-names32].

Chinese writes no spaces and no capitals, and on main the entity stage found no Chinese name of
its own: "俄罗斯总统普京周三抵达平壤" named nothing.  Now (``entity_han``) a holder's name follows an
office and ends at a time word, a verb or a particle ("外长王毅说"); a name of the transliteration
table's characters opening a clause before a time word or a verb of saying or travelling is a
person's ("普京周三抵达"); a country, a subdivision or a city of the where index is a place, never
across a verb ("抵达莫斯科": no "达莫").  A known Han name is found again as written: "席习近平", the
title's last character and the name, matched "习近平" fuzzily on main, and "险" shares the key "xian"
with "西安".

Real extractor, word lists and where index; the sentences are written for these tests.  Every case
of the first test fails on main; the guards pass on both."""
from __future__ import annotations

import pytest

from conftest import assert_named, entity_labels


@pytest.mark.parametrize("text, named, not_named", [
    ("普京周三抵达平壤。", {"普京": "PERSON", "平壤": "PLACE"}, "普京周三"),
    ("俄罗斯总统普京周三抵达平壤，与金正恩举行会谈。", {"俄罗斯": "PLACE", "普京": "PERSON"}, "总统普京"),
    ("美国总统拜登表示，他将与国家主席习近平会面。", {"拜登": "PERSON", "习近平": "PERSON", "美国": "PLACE"}, "习近平会面"),
    ("外长王毅说，中国支持和平。", {"王毅": "PERSON", "中国": "PLACE"}, "王毅说"),
    ("以色列总理内塔尼亚胡说，战争将继续。", {"内塔尼亚胡": "PERSON", "以色列": "PLACE"}, "内塔尼亚胡说"),
    ("朝鲜最高领导人金正恩乘坐专列抵达莫斯科。", {"金正恩": "PERSON", "莫斯科": "PLACE"}, "达莫"),
])
def test_chinese_names_from_cues(text, named, not_named):
    assert_named(text, "zh", named, not_named)


def test_a_name_found_after_a_title_is_found_again_bare():
    got = [(m.text, m.label) for m in _mentions("俄罗斯总统普京抵达。随后普京与金正恩举行会谈。")]
    assert got.count(("普京", "PERSON")) == 2, got


def test_a_known_han_name_is_found_as_written_only():
    got = entity_labels("国家主席习近平表示，和平很重要。危险在于西安。", "zh", known=[("习近平", "PERSON"), ("西安", "PLACE")])
    assert got.get("习近平") == "PERSON" and "席习近平" not in got and "险" not in got, got


@pytest.mark.parametrize("text, not_named", [
    ("总统于周三抵达北京。", "于周"),  # a title with no holder: a particle and a time word follow it
    ("总统府发表声明。", "府发表"),  # the office's residence
    ("议员投票支持该法案。", "投票"),  # the title as a noun; the verb after it is no name
    ("民主是重要的。", "民主"),  # a small town's name, and a word: two characters name only a big city
])
def test_no_name_where_no_cue_says_so(text, not_named):
    assert not_named not in entity_labels(text, "zh")


def test_the_clause_opening_name_is_no_place_the_index_knows():
    assert entity_labels("伊朗周三表示，谈判将继续。", "zh").get("伊朗") == "PLACE"


def _mentions(text):
    from storyline.analyse.entities import extract_entities

    return extract_entities(text, "zh")
