"""Service part three: entity read models (lookup by any spelling, detail, names per language).

A reader types a name as they know it: another script, part of the name, a
typo.  :func:`lookup` finds the stored entity through the alias index (an
exact spelling is one indexed query; anything else ranks every stored
spelling with :mod:`storyline.analyse.entity_lookup`).  When no single entity
matches, the ranked candidates are what the CLI, the API and the UI offer as
"did you mean".  Every read path (entity page, search filter, lists) goes
through here, so a name that finds an entity in one finds it in all.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from storyline.analyse.entity_lookup import Candidate, alias_spellings, decisive, rank
from storyline.store.records import EntityRow

if TYPE_CHECKING:
    from storyline.store.base import Store


@dataclass
class EntityMatch:
    """A candidate entity for a typed name, and how it matched."""

    entity: EntityRow
    how: str        # exact | spelling | partial | approximate
    alias: str      # the spelling that matched, as a report writes it (:func:`as_written`)


@dataclass
class Lookup:
    """The result of looking a name up: ``entity`` when one entity is meant,
    ``candidates`` (best first) either way."""

    entity: EntityRow | None
    candidates: list[EntityMatch]


def lookup(store: "Store", name: str, lang: str | None = None, limit: int = 8) -> Lookup:
    """Find the entity ``name`` means, in any script, spelling, part or typo."""
    name = " ".join((name or "").split())
    if not name:
        return Lookup(None, [])
    exact = store.find_entity(name)  # indexed: the common case costs one query
    if exact is not None:
        row = exact.display(lang)
        return Lookup(row, [EntityMatch(row, "exact", name)])
    # whether one entity is meant is decided on every candidate, the list then cut
    # to ``limit``: deciding on the cut list let ``/api/entities?q=agency&limit=1``
    # resolve a name that `storyline entity agency` (8 candidates) offered a choice for
    ranked = rank(name, store.entity_alias_rows(), limit=None)
    matches = [m for m in (_match(store, c, lang) for c in ranked[:max(limit, 1)]) if m is not None]
    one = decisive(ranked)
    chosen = next((m.entity for m in matches if one and m.entity.id == one.entity_id), None)
    return Lookup(chosen, matches)


def _match(store: "Store", cand: Candidate, lang: str | None) -> EntityMatch | None:
    row = store.get_entity(cand.entity_id)
    return EntityMatch(row.display(lang), cand.how, as_written(row, cand.alias)) if row else None


def as_written(row: EntityRow, alias: str) -> str:
    """The entity's spelling, as its reports write it, that a matched index entry stands for.

    The alias index holds each spelling casefolded and its keys (``alias_rows``): a
    "did you mean" offered "partial match on 'chandraian 3'" (a transliteration key no
    report wrote) for Chandrayaan-3 and "approximate match on 'chandrama'" for the
    Moon's Hindi "चंद्रमा".  The spelling whose casefold is the entry, else the first
    (commonest: aliases are stored so) whose keys hold it; a spelling in capitals (a
    dateline's "MOSCOW") only where no other has it; the entry itself if none does."""
    spellings = sorted(dict.fromkeys([row.name, *row.aliases, *row.names.values()]), key=str.isupper)
    return (next((s for s in spellings if s.casefold() == alias), None)
            or next((s for s in spellings if alias in {k.casefold() for k in alias_spellings(s)}), alias))


def filter_ids(store: "Store", name: str) -> list[str]:
    """Entity ids a search filter on ``name`` keeps: the entity it means, or,
    when it is ambiguous ("Korea"), every entity matching it best."""
    found = lookup(store, name)
    if found.entity is not None:
        return [found.entity.id]
    if not found.candidates:
        return []
    ranked = rank(name, store.entity_alias_rows())
    top = [c for c in ranked if (c.tier, c.score) == (ranked[0].tier, ranked[0].score)]
    return [c.entity_id for c in top]


def entity_detail(store: "Store", name: str, lang: str | None = None) -> dict[str, Any] | None:
    """An entity by any name: row, mentions, stories, mentions per month; None
    when no single entity is meant (see :func:`lookup` for the candidates)."""
    found = lookup(store, name, lang)
    ent = found.entity
    if ent is None:
        return None
    mentions = store.entity_mentions(ent.id)
    stories = Counter(m.story_id for m in mentions if m.story_id is not None)
    by_month: Counter[str] = Counter(m.published.isoformat()[:7] for m in mentions if m.published)
    return {"entity": ent, "mentions": mentions, "stories": stories.most_common(),
            "by_month": sorted(by_month.items()),
            "matched": found.candidates[0].how if found.candidates else "exact"}


def localise(rows: list[EntityRow], lang: str | None) -> list[EntityRow]:
    """Rows named in the reader's language (default English)."""
    return [r.display(lang) for r in rows]


__all__ = ["EntityMatch", "Lookup", "lookup", "as_written", "filter_ids", "entity_detail", "localise"]
