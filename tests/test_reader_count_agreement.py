"""A counted phrase agrees with its count in every reader language (h-ui37, issue 12).

The pages said "0 artigo" to a Portuguese reader (CLDR's Brazilian rule puts 0 with 1) and
"2023-09-13: 1 artículo publicados", "1 article publiés" in a chart's tooltip to a Spanish
and a French one; the CLI's "; los 1 del resumen están arriba" and the facts list's
"además de los 1 del resumen" put a plural article before a count of one.  Every counted
phrase is rendered here at 0, 1, 2, 5 and 21 in every worded language: its noun takes the
form the language's count rule gives, and no frame around a count of one says it plural.
"""
from __future__ import annotations

import re

import pytest

from storyline.reader_words import WORDED_LANGS, count, count_named_elsewhere, say
from storyline.reader_words_plural import plural_form

COUNTS = (0, 1, 2, 5, 21)

# each phrase that takes a count, as its call site fills it: field -> (noun, said with its noun or
# by the number alone, count_named_elsewhere); the other fields a fixed text
COUNTED_PHRASES = [
    ("{date}: {articles} published", {"articles": ("article", True)}, {"date": "13"}),
    ("{stories} from {articles}, newest and biggest first.", {"stories": ("story", True),
                                                               "articles": ("article", True)}, {}),
    ("{events} from {articles}, biggest and newest first.", {"events": ("event", True),
                                                              "articles": ("article", True)}, {}),
    ("{results} for “{q}”", {"results": ("result", True)}, {"q": "x"}),
    ("in {articles}", {"articles": ("article", True)}, {}),
    ("named in {articles}", {"articles": ("article", True)}, {}),
    ("Named in {articles} and {stories}.", {"articles": ("article", True), "stories": ("story", True)}, {}),
    ("(at most {articles} a {period})", {"articles": ("article", True)}, {"period": "x"}),
    ("{copies} of this report:", {"copies": ("near-copy", True)}, {}),
    ("{sentences} with this date", {"sentences": ("more sentence", True)}, {}),
    ("{facts} in its events: each event's page lists them all", {"facts": ("single-source fact", True)}, {}),
    ("{n} beyond the summary's {m} above", {"m": ("fact", False)}, {"n": "3"}),
    ("; the summary's {n} are above", {"n": ("fact", False)}, {}),
    ("(near-copies among them: {n}; not counted again)", {"n": ("near-copy", False)}, {}),
    ("updated {when} UTC; earlier revisions: {n}", {"n": ("near-copy", False)}, {"when": "2026-12-07 16:24"}),
]

# a plural article or demonstrative standing before a number ("los 1", "les 1", "i 1", "die 1 der"),
# and a participle left plural after a counted noun ("1 artículo publicados", "1 article publiés")
PLURAL_BEFORE = {"es": r"\b(?:los|las|ellos)", "fr": r"\b(?:les|des|ceux)", "it": r"\b(?:i|gli|le|ai|quelli)",
                 "pt": r"\b(?:os|as|dos|das)", "de": r"\b(?:die|der)"}
PLURAL_AFTER = {"es": r"\b(?:publicados|publicadas|están|copias)", "fr": r"\b(?:publiés|publiées|sont|quasi-copies)",
                "it": r"\b(?:pubblicati|sono|copie)", "pt": r"\b(?:publicados|estão|cópias)",
                "de": r"\b(?:stehen|Beinahe-Kopien)"}


def _rendered(key: str, counted: dict, fixed: dict, n: int, lang: str) -> str:
    fields = {f: count(n, noun, lang) if with_noun else count_named_elsewhere(n, noun, lang)
              for f, (noun, with_noun) in counted.items()}
    return say(key, lang, **fields, **fixed)


@pytest.mark.parametrize("lang", [lg for lg in WORDED_LANGS if lg != "ar"])  # Arabic's counts are phrases
@pytest.mark.parametrize("key,counted,fixed", COUNTED_PHRASES, ids=[p[0][:40] for p in COUNTED_PHRASES])
def test_every_counted_phrase_agrees_with_its_count(key, counted, fixed, lang):
    for n in COUNTS:
        said = _rendered(key, counted, fixed, n, lang)
        for _, (noun, with_noun) in counted.items():
            if with_noun:  # the noun in the form the count rule gives (or governed: Hindi's "2 लेखों में")
                counted_as = count(n, noun, lang)
                assert str(counted_as) in said or (counted_as.oblique or "") in said, (lang, n, said)
        one = plural_form(n, lang) == 0 and n == 1
        if one and lang in PLURAL_BEFORE:
            assert not re.search(PLURAL_BEFORE[lang] + r"\s+1\b", said), (lang, said)
            assert not re.search(r"\b1\b[^:;()]*?" + PLURAL_AFTER[lang], said), (lang, said)


@pytest.mark.parametrize("lang,n,said", [
    ("pt", 0, "0 artigos"), ("pt", 1, "1 artigo"), ("pt", 2, "2 artigos"), ("pt", 21, "21 artigos"),
    ("fr", 0, "0 article"), ("fr", 1, "1 article"), ("fr", 2, "2 articles"),  # French: 0 is singular
    ("it", 0, "0 articoli"), ("es", 0, "0 artículos"), ("de", 0, "0 Ereignisse"),
])
def test_zero_takes_the_language_s_form(lang, n, said):
    noun = "event" if lang == "de" else "article"
    assert count(n, noun, lang) == said


def test_portuguese_zero_is_plural_for_every_noun():
    """ "0 fato", "0 fonte", "0 notícia": every Portuguese noun at 0, as a reader says it."""
    from storyline.reader_words import COUNTED

    for noun, by_lang in COUNTED.items():
        if "pt" in by_lang:
            assert count(0, noun, "pt") == f"0 {by_lang['pt'][1]}", noun


@pytest.mark.parametrize("lang,plural_participle", [("ru", "подтверждены"), ("uk", "підтверджені"), ("hi", "जिनकी")])
def test_the_single_source_count_s_clause_agrees_with_one(lang, plural_participle):
    """The event page's "5 facts no other report confirms": Russian and Ukrainian said it with a
    plural participle, "1 факт не подтверждены", "21 факт не підтверджені", Hindi with a plural
    relative, "1 तथ्य जिनकी पुष्टि"; said as Arabic does, "without another report's confirmation"."""
    for n in COUNTS:
        said = f"{count(n, 'fact', lang)} {say('no other report confirms', lang)}"
        if plural_form(n, lang) == 0:
            assert plural_participle not in said, said


@pytest.mark.parametrize("key,counted,fixed", COUNTED_PHRASES, ids=[p[0][:40] for p in COUNTED_PHRASES])
def test_english_never_puts_a_plural_noun_after_a_count_of_one(key, counted, fixed):
    """ "(1 of them near-copies: not counted again)" on an event page with one copy among several
    reports (h-ui38): English too, a phrase whose noun stands apart from its count must read right at
    any count ("near-copies among them: 1")."""
    plurals = {count(2, noun, "en").split(" ", 1)[1] for noun, _ in counted.values()}
    said = _rendered(key, counted, fixed, 1, "en")
    for plural_noun in plurals:
        assert not re.search(r"\b1\b[^:;()]*?\b" + re.escape(plural_noun) + r"\b", said), said
