"""A short form of a given name and the full one: "Don Rumsfeld" is "Donald H. Rumsfeld".

The resolver joins names by their letters, so "Don Rumsfeld" and "Donald H.
Rumsfeld" stay two entities: no key, fuzzy match or group rule says that Don
is Donald.  The lexicon's ``given_name_short_forms`` does, for English short
forms that stand for one full name only (Don, Bill, Tony, Jim...; not Pat,
Chris or Alex, which stand for two or more).  A wrong merge is worse than a
missed one, so two PERSON entities of the store are joined only when:

* one writes the name as ``Short [initials] Surname`` and the other as
  ``Full [initials] Surname`` (Latin script, the surname three letters or
  more), the short form standing for the full one;
* they are the only two PERSON entities of the whole store with that full
  given name, in either form, and that surname (a third "Donald Rumsfeld" or
  "Don Rumsfeld" the resolver kept apart leaves all of them apart);
* their middle initials do not disagree ("Bill J. Smith" is not "William K. Smith").

It runs over the resolver's state after the other merge passes, as they do,
so a relink resumed from a checkpoint merges exactly what a full one does.
"""
from __future__ import annotations

from storyline.analyse.entity_keys import entity_key
from storyline.analyse.entity_patterns import lexicon
from storyline.analyse.entity_tokens import script_of

__all__ = ["merge_given_short_forms"]


def _forms(resolver, root: str, short_forms: dict[str, str]) -> dict[tuple[str, str], set[tuple[str, tuple]]]:
    """(full given name, surname) -> the (given name as written, middle initials) of the entity's Latin aliases."""
    out: dict[tuple[str, str], set[tuple[str, tuple]]] = {}
    for alias in resolver.aliases(root):
        if not all(script_of(c) == "LATIN" for c in alias if c.isalpha()):
            continue
        words = entity_key(alias).split()
        if not 2 <= len(words) <= 4 or len(words[0]) < 2 or len(words[-1]) < 3 \
                or any(len(w) != 1 for w in words[1:-1]):
            continue
        full = short_forms.get(words[0], words[0])
        out.setdefault((full, words[-1]), set()).add((words[0], tuple(words[1:-1])))
    return out


def merge_given_short_forms(resolver) -> list[tuple[str, str]]:
    """Union the pairs of PERSON entities the module docstring describes; returns the pairs merged."""
    short_forms = lexicon().given_short_forms
    people: dict[tuple[str, str], dict[str, set[tuple[str, tuple]]]] = {}
    for root in sorted({resolver.resolve(e) for e in resolver._ents}):
        if resolver.label(root) != "PERSON":
            continue
        for name, written in _forms(resolver, root, short_forms).items():
            people.setdefault(name, {})[root] = written
    merged = []
    for (full, _), roots in sorted(people.items()):
        if len(roots) != 2:
            continue
        (a, forms_a), (b, forms_b) = sorted(roots.items())
        givens_a, givens_b = {g for g, _ in forms_a}, {g for g, _ in forms_b}
        if not ((full in givens_a and givens_b - {full}) or (full in givens_b and givens_a - {full})):
            continue  # no short form against the full one: kept apart for another reason
        middles = {m for _, m in forms_a | forms_b if m}
        if len(middles) > 1:
            continue
        if resolver.resolve(a) != resolver.resolve(b):
            resolver.union(a, b)
            merged.append((a, b))
    return merged
