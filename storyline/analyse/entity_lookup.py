"""Finding an entity from what a reader types: any spelling, any script, part
of the name or a small typo.

A reader looks up "Путин", "Kim Jong", "किम जोंग", "Kirby" or "Peskow" and
expects the entity stored as "Vladimir Putin", "Kim Jong Un", "John Kirby",
"Dmitry Peskov".  Each stored spelling (alias) is compared with the query in
tiers, best first:

4. the same text (case-insensitive);
3. the same key (:func:`entity_key`: transliteration across scripts, plus the
   gazetteer's English name and the Russian stem, as the resolver keys names)
   or the same spelling key (:func:`spelling_key`: "Wostotschny" = "Vostochny");
2. a part of the name: the query's words are consecutive words of the alias
   ("Kim Jong" of "Kim Jong Un", "Kirby" of "John Kirby");
1. the query's words are words of the alias in another order, or the query is
   one or two letter edits away from an alias or from words of it (typos);
0. the same sound skeleton (:func:`sound_evidence`: two words or more, three
   consonant classes at least): a name typed by another language's
   convention ("Си Цзиньпин" for "Xi Jinping", "Ким Чен Ын" where no report
   wrote it so); like tiers 1-2 it resolves only without a rival.

Within a tier, more of the alias covered and more mentions rank first.  A
lookup is *decisive* when one entity alone holds the best tier, or covers
clearly more of its spelling than any other there (tiers 3-4 resolve to the
most mentioned, as an alias lookup always did); otherwise the
ranked candidates are offered as "did you mean".  Pure functions: the store
supplies the alias rows, the service decides what to show.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from rapidfuzz.distance import Levenshtein

from storyline.analyse.entity_keys import entity_key, spelling_key
from storyline.analyse.entity_sounds import sound_evidence

__all__ = ["AliasRow", "Candidate", "query_keys", "rank", "decisive", "typo_budget", "alias_spellings"]

TIER_NAMES = {4: "exact", 3: "spelling", 2: "partial", 1: "approximate", 0: "sound"}
# A candidate of the best tier that covers at least this share of what the best
# covers is a rival: "Korea" is as much a part of "South Korea" as of "North Korea".
DOMINANCE = 10  # mentions: a partial match this much more named than its rivals is meant
RIVAL_SHARE = 0.75


@dataclass(frozen=True)
class AliasRow:
    """One stored spelling of an entity (``spell`` is its :func:`spelling_key`)."""

    entity_id: str
    alias: str
    spell: str
    mentions: int = 0


@dataclass
class Candidate:
    entity_id: str
    tier: int           # 4 exact .. 1 approximate (see module docstring)
    score: float        # rank within the tier: share of the alias the query covers
    alias: str          # the stored spelling that matched
    mentions: int = 0

    @property
    def how(self) -> str:
        return TIER_NAMES[self.tier]


def query_keys(query: str) -> set[str]:
    """Keys a query is looked up by: its key, its gazetteer English name and
    Russian stem (as the resolver keys mentions), and its spelling key."""
    from storyline.analyse.entity_resolver import EntityResolver

    keys = set(EntityResolver.keys_of(query))
    keys.add(spelling_key(query))
    return {k for k in keys if k}


def alias_spellings(alias: str) -> list[str]:
    """What an alias is indexed under: itself and the keys the resolver gives
    it (the gazetteer's English name, the Russian stem), so "Moscow" finds an
    entity only ever written "Москва" and "Москве" finds "Москва"."""
    return list(dict.fromkeys([alias.strip(), *query_keys(alias)]))


def typo_budget(word: str) -> int:
    """Edits a word of this length may carry and still be a typo of a name:
    none below 4 letters (one letter changes a short name: Kim/Kin), one up to
    8, two beyond."""
    return 0 if len(word) < 4 else 1 if len(word) <= 8 else 2


def typo_close(q: str, a: str) -> bool:
    """Whether ``q`` and ``a`` are a typo apart (:func:`typo_budget` of the shorter)."""
    budget = typo_budget(min(q, a, key=len))
    return budget > 0 and Levenshtein.distance(q, a, score_cutoff=budget) <= budget


def _match(q_fold: str, q_keys: set[str], q_spell: list[str], row: AliasRow,
           q_sound: str | None = None) -> tuple[int, float] | None:
    if row.alias.casefold() == q_fold:
        return 4, 1.0
    spell = row.spell.split()
    if row.spell in q_keys or spelling_key(row.alias) in q_keys or entity_key(row.alias) in q_keys:
        return 3, 1.0
    if not q_spell or not spell:
        return None
    n, m = len(q_spell), len(spell)
    cover = sum(map(len, q_spell)) / max(1, sum(map(len, spell)))
    if n < m and max(map(len, q_spell)) >= 3:
        if any(spell[i:i + n] == q_spell for i in range(m - n + 1)):
            return 2, cover
        if set(q_spell) <= set(spell):
            return 1, cover
    if n == m and (typo_close("".join(q_spell), "".join(spell))
                   or typo_close(entity_key(q_fold).replace(" ", ""), entity_key(row.alias).replace(" ", ""))):
        return 1, 0.9 * cover
    if n <= m and all(len(w) >= 4 for w in q_spell) \
            and all(any(w == a or typo_close(w, a) for a in spell) for w in q_spell):
        return 1, 0.8 * cover
    if q_sound is not None and n == m and sound_evidence(row.alias) == q_sound:
        return 0, 1.0
    return None


def _names_the_person(q_fold: str, alias: str) -> bool:
    """The query is the person's name a place or thing is named after ("Kim Il-sung" of
    "plaza Kim Il-sung", "Kim Il Sung Square"): the reader typed the man, not the square,
    so it is no part of the square's name (h-names39; the resolver keys both alike,
    ``entity_named_after``, and a store naming only the square offered it for the man)."""
    from storyline.analyse.entity_named_after import person_part

    person = person_part(alias)
    return person is not None and entity_key(person) == entity_key(q_fold)


def rank(query: str, rows: Iterable[AliasRow], limit: int | None = 8) -> list[Candidate]:
    """Entities whose spellings match ``query``, best first (one per entity;
    the first ``limit``, or all with ``None``)."""
    query = " ".join((query or "").split())
    if not query:
        return []
    q_fold, q_keys, q_spell = query.casefold(), query_keys(query), spelling_key(query).split()
    q_sound = sound_evidence(query)
    best: dict[str, Candidate] = {}
    rows = list(rows)
    # an entity named after the person the query names (any of its spellings, whose spelling
    # keys no head-noun list reads: "kim il sung skuare") is no partial or approximate hit
    named = {row.entity_id for row in rows if _names_the_person(q_fold, row.alias)}
    for row in rows:
        hit = _match(q_fold, q_keys, q_spell, row, q_sound)
        if hit is None or (hit[0] < 3 and row.entity_id in named):
            continue
        cand = Candidate(row.entity_id, hit[0], hit[1], row.alias, row.mentions)
        old = best.get(row.entity_id)
        if old is None or (cand.tier, cand.score) > (old.tier, old.score):
            best[row.entity_id] = cand
    ranked = sorted(best.values(), key=lambda c: (-c.tier, -c.score, -c.mentions, c.entity_id))
    return ranked[:limit]


def decisive(ranked: list[Candidate]) -> Candidate | None:
    """The one entity a lookup means, or None when the reader must choose.

    Exact and same-key matches resolve to the most mentioned entity (an alias
    shared by two entities is rare and the bigger one is meant).  A partial or
    approximate match resolves only when no other entity matches as well:
    "Korea" offers North and South Korea rather than guessing, unless the
    news names one of them far more often (``DOMINANCE`` times the mentions of
    every rival): "Kim Jong" in an archive about Kim Jong Un, where Kim Jong Il
    comes up in passing, means Kim Jong Un.
    """
    if not ranked:
        return None
    top = ranked[0]
    if top.tier >= 3:
        return top
    rivals = [c for c in ranked[1:] if c.tier == top.tier and c.score >= RIVAL_SHARE * top.score
              and c.mentions * DOMINANCE > top.mentions]
    return None if rivals else top
