"""Merging spellings of one name that transliteration conventions keep apart.

The resolver merges names whose keys are equal or one typo apart.  Reports
of one event in several languages also write a name by different
romanisation conventions ("Roscosmos" / "Roskosmos" / "Роскосмос",
"Vostochny" / "Vostochni" / "Wostotschny"), or with and without a head word
("Vostochny Cosmodrome" / "Восточный"; a leading one names
something else: the Wadi Derna is the valley of the city of Derna).  Such names are one entity when they
co-occur in one story (the resolver's group) and:

* their spelling keys (:func:`spelling_key`, conventions folded) are the same
  name by :func:`same_name` (which keeps "Kim Jong Un" apart from "Kim Yo
  Jong", and "North Korea" from "South Korea": first and last words must
  agree), once a place or organisation head word is set aside;
* their labels agree, where organisation, place and unlabelled names agree
  with each other (a space agency is "in" Roscosmos in one language and
  "at" it in another) but a person never agrees with a place.
"""
from __future__ import annotations

from rapidfuzz import fuzz, process

from storyline.analyse.entity_keys import SAME_NAME_THRESHOLD, same_name, spelling_key
from storyline.analyse.entity_patterns import lexicon

__all__ = ["merge_variants", "core_spellings"]

_KINDS = {"PERSON": "person", "PRODUCT": "product", "ORG": "body", "PLACE": "body", "MISC": None}


def core_spellings(alias: str) -> set[str]:
    """Spelling keys of ``alias``, with and without a place/organisation head word."""
    lex = lexicon()
    key = spelling_key(alias)
    out = {key} if len(key.replace(" ", "")) >= 4 else set()
    words = alias.split()
    if len(words) > 1 and any(lex.is_cue(kind, words[-1], lang, compounds=False)
                              for kind in ("place_cues", "org_cues") for lang in lex.cue_langs):
        core = spelling_key(" ".join(words[:-1]))  # a trailing head word only: "Wadi Derna" is not Derna
        if len(core.replace(" ", "")) >= 5:
            out.add(core)
    return out


def _agree(a: str, b: str) -> bool:
    ka, kb = _KINDS.get(a), _KINDS.get(b)
    return ka is None or kb is None or ka == kb


def merge_variants(resolver) -> int:
    """Union entities of one group whose spellings are one name; returns merges made."""
    merged = 0
    for group in sorted(resolver.groups()):
        by_key: dict[str, set[str]] = {}
        for eid in sorted(resolver.group_members(group)):
            for alias in resolver.aliases(eid):
                for key in core_spellings(alias):
                    by_key.setdefault(key, set()).add(eid)
        keys = sorted(by_key)
        for key in keys:
            near = process.extract(key, keys, scorer=fuzz.ratio, score_cutoff=SAME_NAME_THRESHOLD * 100,
                                   limit=None)
            ids = {i for other, _, _ in near if other == key or same_name(key, other) for i in by_key[other]}
            roots = sorted({resolver.resolve(i) for i in ids})
            for other in roots[1:]:
                a, b = resolver.resolve(roots[0]), resolver.resolve(other)
                if a != b and _agree(resolver.label(a), resolver.label(b)):
                    resolver.union(a, b)
                    merged += 1
    return merged
