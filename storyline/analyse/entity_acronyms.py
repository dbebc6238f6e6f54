"""An acronym and the organisation name it abbreviates: one entity (issue 12).

A report writes "Associated Press (AP)" and then "AP"; another writes
"Indian Space Research Organisation" and "ISRO".  No key, spelling fold or
sound skeleton relates the two forms, and the gazetteer lists only the best
known pairs (UN, EU), so the resolver keeps two entities.  :func:`merge_acronyms`
unions them on the evidence of the reports themselves, conservatively:

* the short form is an acronym: 2 to 6 capital letters of a cased script, dots
  allowed ("AP", "U.N."), of an ORG or unlabelled entity whose canonical name
  is one (the "Cc:" of e-mail headers, mostly so written, is none);
* the long form is the canonical name of an ORG entity, of two capitalised words or more,
  where only function words are lower case ("of", "the", "for", "and", "de",
  "für": the lexicon's articles, conjunctions, joiners and particles), and the
  acronym spells the initials of its other words exactly ("Bank of England"
  BE; a capitalised function word may count or not: "The Bank Of England"
  TBOE or BE), headed by an organisation noun where its language puts the head
  (:func:`headed`: "Associated Press", "Unidad Militar de Emergencias"; not
  "News God", an e-mail subject run into the text; such a name still counts
  as a second partner below);
* both are named in one story, or, for reports of no story, in one report;
* the acronym has no other such long partner anywhere (an "AP" of two
  organisations in two stories stays apart from both).

Like :func:`~storyline.analyse.entity_merge.merge_variants` it runs over the
resolver's state, so a relink resumed from a checkpoint merges what a full
one does.  The canonical name stays the full name (``best_form`` prefers the
form of most words).
"""
from __future__ import annotations

import functools
import re

from storyline.analyse.entity_heads import HEAD_FIRST
from storyline.analyse.entity_merge import union_pairs
from storyline.analyse.entity_patterns import lexicon

__all__ = ["acronym_of", "initials", "headed", "acronym_pairs", "merge_acronyms"]

_DOTTED = re.compile(r"^(?:\w\.?){2,6}$")
_NO_STORY = "story:None"


@functools.lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    lex = lexicon()
    words = set(lex.particles) | lex.inner_particles | lex.org_only_joiners
    for table in (lex._articles, lex._conjunctions, lex._genitive_articles):
        for ws in table.values():
            words |= ws
    return frozenset(w.casefold() for w in words)


def acronym_of(alias: str) -> str | None:
    """The letters of ``alias`` if it is an acronym ("U.N." -> "UN"), else None."""
    text = alias.strip()
    if not _DOTTED.match(text):
        return None
    letters = text.replace(".", "")
    if not (2 <= len(letters) <= 6) or not all(c.isalpha() and c.isupper() for c in letters):
        return None
    return letters


def initials(alias: str) -> set[str]:
    """The acronyms ``alias`` may be written as: its words' initials, with and
    without function words; empty if it is no name of two capitalised words
    or more (a lower-case word other than a function word: not a name)."""
    words = alias.split()
    function = _function_words()
    content, every = [], []
    for w in words:
        first = next((c for c in w if c.isalpha()), "")
        if not first:
            return set()
        if w.casefold() in function:
            if first.isupper():
                every.append(first)
            continue
        if not first.isupper():
            return set()
        content.append(first)
        every.append(first)
    if len(content) < 2:
        return set()
    return {"".join(content).upper(), "".join(every).upper()}


def headed(alias: str, langs) -> bool:
    """``alias`` is an organisation's name by its own words: an organisation noun
    of one of ``langs`` (the lexicon's ``org_cues``) stands where that language
    puts a name's head: last ("Associated Press"), before a function word
    ("Institute for Defense Analyses"), or first where heads come first
    ("Unidad Militar de Emergencias").  "News God" (an e-mail's subject "US
    News" run into "God love you") is labelled ORG by "News", but that is no
    head there."""
    lex, words = lexicon(), alias.split()
    function = _function_words()
    for lang in langs:
        for p, w in enumerate(words):
            if lex.is_cue("org_cues", w, lang) and (
                    p == len(words) - 1 or words[p + 1].casefold() in function or (p == 0 and lang in HEAD_FIRST)):
                return True
    return False


def _forms(resolver, root: str) -> tuple[set[str], set[str], bool]:
    """(acronyms the entity is written as, acronyms its long ORG names spell, whether that name is :func:`headed`)."""
    label, name = resolver.label(root), resolver.canonical_name(root)
    # written mostly as an acronym: "Cc:" of e-mail headers, mostly so written, is no acronym for "CC:"
    short = {a for alias in resolver.aliases(root) if (a := acronym_of(alias))} \
        if label in ("ORG", "MISC") and acronym_of(name) else set()
    # the long form is the entity's canonical name, not any alias: an entity that
    # also holds a shorter name ("Air Force" of "Air Force Times") spells no acronym of it
    langs = resolver.spellings(root).get(name) or {}
    return short, initials(name) if label == "ORG" else set(), headed(name, langs)


def acronym_pairs(resolver) -> list[tuple[str, str]]:
    """(acronym entity, long-name entity) pairs :func:`merge_acronyms` unions."""
    forms: dict[str, tuple[set[str], set[str], bool]] = {}
    partners: dict[str, set[str]] = {}
    for group in sorted(resolver.groups()):
        members = sorted(resolver.group_members(group))
        for root in members:
            if root not in forms:
                forms[root] = _forms(resolver, root)
        for a in members:
            for b in members:
                if a == b or not forms[a][0] & forms[b][1]:
                    continue
                if group == _NO_STORY and not resolver.articles(a) & resolver.articles(b):
                    continue
                partners.setdefault(a, set()).add(b)
    # any ORG name that spells it makes the acronym ambiguous; the one left must be headed
    return sorted((a, b) for a, bs in partners.items() if len(bs) == 1 and forms[b := next(iter(bs))][2])


def merge_acronyms(resolver) -> list[tuple[str, str]]:
    """Union the pairs of :func:`acronym_pairs`; returns (acronym's name, long name) per union."""
    return union_pairs(resolver, acronym_pairs(resolver))
