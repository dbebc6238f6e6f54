"""Arabic, Hebrew and Devanagari reports' names read again at relink, against their event's current names (issue 12).

Why: in an abjad a name is found only by the consonants it shares with a
name its event already knows in another script
(:mod:`storyline.analyse.entity_abjad`).  Placement reads a report's names
against its event's when it joins; a report that opened its event, or joined
one that had only Arabic or Hebrew reports, was read against nothing, and
nothing read it again when the other reports came.  So its names depended on
ingest order: of the 100 Arabic and Hebrew reports of the multilingual dev
file, 25 had no name at all as the file comes, 10 with them ingested last
and 80 with them first.

At each relink, before stories are linked (names feed story evidence) and
entities resolved (:mod:`storyline.service_names`), each Arabic or Hebrew
report of an event the call touched (one it joined, left or re-cleaned) is
read again against the names of the event's reports in *other* scripts
(placement's rule, :func:`~storyline.group.placement.names_of`: their first
:data:`~storyline.group.placement.NAMES_READ` members, their most used
names), and its stored names are replaced where they differ.  Reports in the
abjad are left out of what it is read against: then what it finds depends on
the event's members, not on which came first.  An event with no report in
another script is left as placement read it.

Devanagari reports (Hindi, Marathi, Nepali) are read again the same way
(h-names20): the script is caseless, so a name of another script is found in
them only as a name the event knows (:mod:`storyline.analyse.entity_devanagari`);
the demo's Hindi report of the Pyongyang summit, placed when its event held one
English report, named no "ऑरस" where the others named Aurus.

Cost: only the abjad reports of touched events, and of those only the ones
whose reading could differ: the relink remembers, per report, a digest of the
names it was read against and of the names it got (state key
:data:`READ_KEY`); a report whose event's names in other scripts and whose own
stored names are still those is not read again (an Arabic report joining an
event of many Arabic ones costs one reading, not one per member).  The
names are read against as a set, sorted, so that the digest says what the
reading depends on.  ``storyline relink --full`` reads every one again.  A
report whose names change was perhaps read by the names checkpoint; it is then
read again there, as any changed report.
"""
from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING

from storyline.analyse.entity_abjad import ABJAD_LANGS
from storyline.analyse.entity_devanagari import DEVANAGARI_LANGS
from storyline.records import Article, EntityMention

if TYPE_CHECKING:
    from storyline.service_types import ServiceContext

READ_KEY = "abjad.read"  # report id -> digest of the names it was read against and got


def _names(mentions: list[EntityMention]) -> list[tuple]:
    return [(m.text, m.start, m.end, m.label, m.key) for m in mentions]


def _digest(known: list[tuple[str, str]], mentions: list[EntityMention]) -> str:
    blob = json.dumps([known, _names(mentions)], ensure_ascii=False)
    return hashlib.blake2b(blob.encode(), digest_size=8).hexdigest()


def reread(members: list[Article], read: dict[str, str] | None = None) -> list[tuple[Article, list[EntityMention]]]:
    """The abjad and Devanagari reports of one event (``members``, in ingest order) whose
    names differ when read against the event's names in other scripts, each
    with its new names.  ``read``: report id -> digest of what it was last
    read against and got (skipped if both are unchanged); updated in place."""
    out = []
    for langs in (ABJAD_LANGS, DEVANAGARI_LANGS):
        out.extend(_reread(members, langs, read))
    return out


def _reread(members: list[Article], langs: frozenset[str],
            read: dict[str, str] | None) -> list[tuple[Article, list[EntityMention]]]:
    """:func:`reread` for the reports in ``langs`` (one script), against the other scripts' reports."""
    from storyline.analyse.entities import extract_entities
    from storyline.group.placement import NAMES_READ, names_of  # the group stage: loaded when needed

    these = [a for a in members if a.lang in langs]
    others = [a for a in members if a.lang not in langs]
    if not these or not others:
        return []
    known = sorted(names_of(others[:NAMES_READ]))
    # and all their places, not only the most used: they confirm a town the report names (entity_abjad_places)
    places = sorted({m.text for a in others[:NAMES_READ] for m in a.entities if m.label == "PLACE"})
    out = []
    for a in these:
        if read is not None and read.get(a.id) == _digest([*known, *places], a.entities):
            continue
        # as placement reads a report that joins (not with its title, as the pipeline
        # does: a caseless title is taken for a name, "מאמצי החילוץ", rescue efforts)
        found = extract_entities(a.text, a.lang, known=known, places=places)
        if read is not None:
            read[a.id] = _digest([*known, *places], found)
        if _names(found) != _names(a.entities):
            out.append((a, found))
    return out


def reread_abjad_names(app: "ServiceContext", touched: set[int] | None) -> dict[str, int]:
    """Read the abjad reports of the ``touched`` events (None: every event,
    whatever was read before) again and store their new names; returns how
    many were read and how many changed (``abjad_read``, ``abjad_changed``).
    Read outside the write lock; a report moved or re-read meanwhile is left
    to the next relink (its event is touched again)."""
    store = app.store
    events = sorted(touched) if touched is not None else sorted(e.id for e in store.event_heads())
    before = store.get_state(READ_KEY) if touched is not None else None
    before = before if isinstance(before, dict) else {}
    read = dict(before)
    changes = [c for e in events for c in reread(store.articles(event_id=e), read)]
    stats = {"abjad_read": sum(1 for k, v in read.items() if before.get(k) != v), "abjad_changed": 0}
    if read == before:
        return stats
    with store.transaction():
        for a, found in changes:
            now = store.get_article(a.id)
            if now is None or now.event_id != a.event_id or _names(now.entities) != _names(a.entities):
                read.pop(a.id, None)
                continue
            store.move_article(a.id, a.event_id, found)  # same event: only its names are rewritten
            stats["abjad_changed"] += 1
        store.set_state(READ_KEY, read)
    return stats


__all__ = ["READ_KEY", "reread", "reread_abjad_names"]
