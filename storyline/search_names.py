"""Search: the stored entities a query names, and the reports that name them.

Why apart from :mod:`storyline.search`: reading names out of a query (which
words spell a stored entity, which of those are people, which spellings are
only a frequent word) is a concept of its own, used by several of the
hybrid search's lists: the whole query as one name (:func:`entity_hits`,
:func:`named_events_only`) and the leave-one-out seeds that must not rest on people's names alone
(:func:`entity_labels`, :func:`names_only`).

A name matches across scripts because the store links an entity's
spellings ("Putin", "Путин", "पुतिन" are one entity), so a report that
writes the name in another script than the query is still found by it.
"""
from __future__ import annotations

from dataclasses import replace

from storyline.store.base import Store
from storyline.store.records import SearchFilters


def entity_hits(store: Store, entity_id: str, filters: SearchFilters) -> list[str]:
    """Reports that mention the entity the query names (``store.find_entity``),
    newest first: "नरेंद्र मोदी" also finds "Narendra Modi" and "Нарендра Моди"
    once names are linked."""
    return [a for a, _ in store.search_text("", None, 0, replace(filters, entity_ids=[entity_id]))]


def named_events_only(store: Store, entity_id: str, near: list[str]) -> list[str]:
    """The meaning hits (``near``) that belong to an event some report of
    which mentions the entity the query names, whatever the filters.

    Why: a query that is a name asks for that name.  e5 embeds one rare word
    loosely, so "Aurus" (the limousine) also ranked the Moon landings by
    meaning, under every report of the gift; those events never name it.
    The name's own events keep all their meaning hits, so its reports in
    other languages and scripts still come up."""
    named = set(entity_hits(store, entity_id, SearchFilters()))
    event = {r.article_id: r.event_id for r in store.iter_vectors(list(named | set(near)))}
    kept = {event.get(a) for a in named} - {None}
    return [a for a in near if event.get(a) in kept]


def entity_labels(store: Store, words: list[str]) -> dict[str, str | None]:
    """Each word's stored entity label ("PERSON", "PLACE", …), ``None`` for a
    word that spells no stored entity (``store.find_entity``), looked up once."""
    out: dict[str, str | None] = {}
    for w in words:
        if w not in out:
            found = store.find_entity(w)
            out[w] = found.label if found is not None else None
    return out


def names_only(labels: dict[str, str | None], rest: list[str], dropped: str) -> bool:
    """Would dropping ``dropped`` (a word that names no stored entity) leave
    only people's names (``rest``, each a stored person's spelling; ``labels``
    from :func:`entity_labels`)?

    Why: "पुतिन किम लिमोजिन" (Putin Kim limousine) less its one topic word is
    "Putin Kim", which every meeting of the two has; its Hindi report of the
    2023 spaceport visit confirmed that event above the limousine gift's,
    whose reports are English and Russian only.  A query's people say whose
    story, its other words which happening of it.  A place is kept as a
    happening's word ("Putin Pyongyang" less "limousine" still names the
    2024 visit)."""
    return labels.get(dropped) is None and all(labels.get(w) == "PERSON" for w in rest)
