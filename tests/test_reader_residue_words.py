"""Every kind of text the cleaner takes off a page has its reader's label in every
catalogue language (h-ui25).

The catalogue had labels only for the kinds the demo's pages show: a Wikinews page
read in Russian or Arabic said "Removed from the page: headline repeated, time
stamp" in English beside its other labels in the reader's language.  The rules are
taken from the cleaner itself (the residue module's table of rules and the rules
named in their own modules), so a rule added later without its label fails here.
"""
from __future__ import annotations

import re

from storyline.clean import SOURCE_BOILERPLATE, headline, page_title, residue
from storyline.reader_words import WORDS, say
from storyline.wording import RESIDUE_WORDS, removed_kinds, residue_label

CATALOGUE = set(WORDS["Summary"])  # the reader languages besides English


def recorded_rules() -> set[str]:
    """Every ``Removal.rule`` the cleaner writes: the residue module's table of rules
    (its docstring lists each as ````name````) and the rules of their own modules."""
    table = set(re.findall(r"^``([a-z]+(?:-[a-z]+)*)``", residue.__doc__, re.M))
    assert {"ad-marker", "html-tag", "social-embed", "timestamp-line"} <= table  # the table was read
    return table | {SOURCE_BOILERPLATE, headline.RULE, page_title.RULE}


def test_every_rule_the_cleaner_records_has_a_label():
    assert recorded_rules() <= set(RESIDUE_WORDS), sorted(recorded_rules() - set(RESIDUE_WORDS))


def test_every_label_is_in_every_catalogue_language():
    assert {"ar", "ru", "de"} <= CATALOGUE
    missing = {(rule, lang) for rule in recorded_rules() for lang in CATALOGUE
               if lang not in WORDS.get(residue_label(rule), {})}
    assert not missing, sorted(missing)


def test_a_wikinews_pages_removals_read_in_arabic():
    """What a Wikinews page loses (its headline again, a time stamp, HTML) as an Arabic page names it."""
    said = removed_kinds(["headline-repeat", "timestamp-line", "html-tag"], lambda t: say(t, "ar"))
    assert said == "العنوان مكرَّرًا، ختم زمني، شيفرة HTML"
