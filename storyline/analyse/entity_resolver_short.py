"""The risky merges of :class:`~storyline.analyse.entity_resolver.EntityResolver`:
a short form (a truncated name, a surname, a first word) joins a longer PERSON
name only inside one group (event or story).

Why apart: these rules decide what a short form means *here* ("Kim Jong" of one
story is Kim Jong Un, of another maybe Kim Jong Il), and keep its key local to
the group; the resolver's global keys and fuzzy spellings are another concern.
A mixin, since both read and write the resolver's one union-find state.
"""
from __future__ import annotations

from collections import Counter
from typing import Iterable

from storyline.analyse.entity_keys import same_name, spells_out
from storyline.analyse.entity_patterns import lexicon

__all__ = ["GroupShortForms"]


class GroupShortForms:
    """Short forms merged only within one group; see the module docstring."""

    def _add_within(self, text: str, keys: list[str], label: str, article_id: str, group: str | None,
                    lang: str | None, eid: str) -> str:
        """A short form its own text names in full: that entity's mention.  Its
        key is indexed for the group only where no other longer name of the
        group fits it (as :meth:`_shorter_of` asks), else not at all: "Ким" of
        one report is Kim Jong Un, elsewhere in the story it may be his sister."""
        ent = self._ents[eid]
        ent["aliases"][text] += 1
        ent["langs"].setdefault(text, Counter())[lang or "und"] += 1
        ent["labels"]["MISC"] += 1  # no vote: its label was read off the longer name ("Tour" of "Tour de France")
        ent["mentions"] += 1
        ent["articles"].add(str(article_id))
        if group is not None:
            ent["groups"].add(group)
            self._by_group.setdefault(group, set()).add(eid)
            if self._longer_in_group(keys, group, langs=(lang,) if lang else ()) == {eid}:
                self._add_local(eid, group, keys)
        return eid

    @staticmethod
    def _extends(short: list[str], long: list[str], langs: Iterable[str] = ()) -> bool:
        """``short`` (written in ``langs``) is a leading part, or the surname, of
        the longer name ``long``, or that name with initials for its given names
        ("v klaus" of "vaclav klaus"); a surname less its final -s is a given name
        ("William" is none of "Nico Williams"), unless a genitive explains it."""
        if spells_out(" ".join(short), " ".join(long)):
            return True  # initials for the given names: "V. Klaus" of "Václav Klaus", not of "Jan Klaus"
        if len(short) >= len(long):
            return False
        if long[:len(short)] == short:
            return True
        return len(short) == 1 and len(short[0]) >= 3 and same_name(short[0], long[-1]) \
            and not lexicon().final_s_apart(short[0], long[-1], langs)

    def _longer_in_group(self, keys: list[str], group: str, exclude: str | None = None,
                         langs: Iterable[str] = ()) -> set[str]:
        """PERSON entities of the group with a longer name that one of ``keys`` (written in ``langs``) is part of."""
        out = set()
        for eid in self._by_group.get(group, ()):
            root = self.resolve(eid)
            if root == exclude or root in out or self.label(root) != "PERSON":
                continue
            if any(self._extends(s.split(), k.split(), langs) for s in keys for k in self._ents[root]["keys"]):
                out.add(root)
        return out

    def _shorter_of(self, keys: list[str], label: str, group: str, langs: tuple[str, ...] = ()) -> str | None:
        """A truncated or surname mention: the one longer PERSON name of the group it fits."""
        if label != "PERSON":
            return None
        longer = self._longer_in_group(keys, group, langs=langs)
        return next(iter(longer)) if len(longer) == 1 else None

    def _absorb_shorter(self, eid: str, key: str, group: str) -> None:
        """A full name arrived: merge earlier short-only entities of the group that fit only it."""
        root = self.resolve(eid)
        if self.label(root) not in ("PERSON", "MISC"):
            return
        long = key.split()
        for other in sorted({self.resolve(i) for i in self._by_group.get(group, ())}):
            other = self.resolve(other)  # earlier unions in this loop may have redirected it
            if other == root or self.label(other) != "PERSON":
                continue
            okeys = self._ents[other]["keys"]
            langs = {lang for written in self._ents[other]["langs"].values() for lang in written}
            if any(self._extends(k.split(), long, langs) for k in okeys) \
                    and self._longer_in_group(okeys, group, exclude=other, langs=langs) == {root}:
                confined = self._ents[other]["groups"] == {group}
                self._union(root, other)
                root = self.resolve(root)
                if confined:  # its short keys were only ever seen here: keep them local to the group
                    shorts = [k for k in okeys if self._extends(k.split(), long, langs)]
                    self._unindex(other, shorts)
                    self._ents[root]["keys"] = [k for k in self._ents[root]["keys"] if k not in shorts]
                    self._add_local(root, group, shorts)
