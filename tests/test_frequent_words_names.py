"""Every language jusText has a stop list for finds it under its code.

CLDR's English name of a language is not always jusText's file name (babel
says "Bangla", jusText "Bengali"; "Norwegian Bokmål", "Norwegian_Bokmal"), and
such a language silently had no frequent words: its sentence-opening words
anchored undated reports and its subdivision names were kept whole.
"""
from __future__ import annotations

import pytest

from storyline.analyse.where_subdivisions import frequent_words


@pytest.mark.parametrize("code, word", [("bn", "এবং"), ("nb", "og"), ("no", "og"), ("nn", "og"), ("tl", "ang")])
def test_a_language_whose_cldr_name_is_not_justexts_has_its_frequent_words(code, word):
    words = frequent_words(code)
    assert len(words) > 100 and word in words, (code, len(words))


def test_a_language_jusText_has_no_list_for_has_none():
    assert frequent_words("ja") == frozenset()
