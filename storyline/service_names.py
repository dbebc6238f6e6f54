"""Canonical entities after an ingest call, recomputed from the new reports only (issue 15).

Name resolution (:class:`~storyline.analyse.entities.EntityResolver`) reads
every mention of every report in ingest order, each under its story; its
decisions depend on what it read before, so it cannot be cut into parts.  It
can be *resumed*: the relink that writes the entities also saves a
checkpoint (state key ``entities.checkpoint``): the resolver's state before
the spelling-variant pass, the template-line ledger, and what each report
read looked like (its event, story and a digest of its text and names).  The
next relink reads only the reports stored since, from that state, when
everything the checkpoint read is still what it was:

* the reports it read are still the first ones in ingest order, and those of
  the events the call touched (moved, cleaned or joined) are unchanged;
* every event whose reports gave the resolver a name is still in the same
  story (a report's story is the resolver's scope for short names);
* no line that holds a counted name became a template line (that would
  uncount a mention already read).

If the first or second fails, the checkpoints kept before the latest
(``entities.checkpoint.prior``, newest first, each with the events its relink
was told changed) are tried the same way, against every change since each;
the newest that holds is resumed and the reports read since it are read
again, their stored mentions replaced.  Otherwise, or with ``storyline
relink --full``, every report is read again.
Resumed or not, the resolver has read the same mentions in the same order,
so its state, and the entities, equal a full rebuild's.  The spelling-variant
and cross-script passes and the "position only" drop then run over the whole state (cheap: no
text is read), and only the entities whose final id, mentions or row changed
are written (:meth:`Store.update_entities`): an old entity's mentions move
whole to their new id; should an old entity split, or a dropped one come
back, the entities are rewritten whole.
"""
from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from storyline import names_version
from storyline.analyse.entities import EntityResolver
from storyline.analyse.entity_evidence import LineLedger, capitalised_anyway, counts_as_mention
from storyline.analyse.entity_acronyms import merge_acronyms
from storyline.analyse.entity_inflect import in_context
from storyline.analyse.entity_given import merge_given_short_forms
from storyline.analyse.entity_headline import headline_names
from storyline.analyse.entity_merge import merge_across_scripts, merge_variants
from storyline.analyse.entity_named_after import headed_name
from storyline.analyse.entity_short import shorter_forms
from storyline.records import Article
from storyline.store.records import EntityRow, MentionSpan

if TYPE_CHECKING:
    from storyline.service_types import ServiceContext
    from storyline.store import Store

CHECKPOINT_KEY = "entities.checkpoint"
CHECKPOINT_AT = "entities.checkpoint.at"  # [n, last] of the checkpoint, read without the whole state
PRIOR_KEY = "entities.checkpoint.prior"  # the keys of the checkpoints before the latest, newest first
PRIORS = 3  # how many are kept (each as large as the latest, without its final ids)
# Each earlier checkpoint under its own key (one of PRIORS + 1 slots), so a
# relink that resumes the latest writes the one it demotes and reads none of
# the others (at 20,000 reports each is about 1.5 MB of JSON).  A store
# written before holds the list of checkpoints itself under PRIOR_KEY.
PRIOR_SLOT = PRIOR_KEY + ".{}"
VERSION = names_version.VERSION  # bump it, and say why, in storyline/names_version.py


def digest(article: Article) -> str:
    """What name resolution reads of a report, in 16 hex digits (its headline too:
    :func:`headline_names`)."""
    names = [(m.text, m.label, m.start, m.end) for m in article.entities]
    blob = json.dumps([article.lang, article.text, names, article.title or ""], ensure_ascii=False)
    return hashlib.blake2b(blob.encode(), digest_size=8).hexdigest()


@dataclass
class NamesUpdate:
    """What a relink writes for the entities (in its transaction): whole, or changes."""

    checkpoint: dict
    entities: list[EntityRow]
    mentions: list[MentionSpan]
    whole: bool = True
    removed: list[str] = field(default_factory=list)
    renamed: dict[str, str] = field(default_factory=dict)
    stats: dict[str, Any] = field(default_factory=dict)
    base: tuple | None = None  # (n, last) of the checkpoint these changes apply to
    redo: Any = None  # makes the whole update, should another relink have written since
    reread: list[str] = field(default_factory=list)  # reports whose stored mentions are replaced
    # the checkpoints kept before this one, newest first: a slot key (kept as
    # stored) or a checkpoint to store in a free slot
    priors: list[str | dict] = field(default_factory=list)

    def write(self, store: "Store") -> None:
        """Inside the relink's transaction.  Changes apply only to the entities
        of the checkpoint they were computed from: if another process relinked
        meanwhile, every report is read again here (rare; exact)."""
        if not self.whole:
            if store.get_state(CHECKPOINT_AT) != list(self.base or ()):
                self.redo().write(store)
                return
        if self.whole:
            store.replace_entities(self.entities, self.mentions)
        else:
            store.update_entities(self.entities, self.removed, self.renamed, self.mentions, reread=self.reread)
        store.set_state(CHECKPOINT_KEY, self.checkpoint)
        keys = [p for p in self.priors if isinstance(p, str)]
        free = iter(k for k in (PRIOR_SLOT.format(i) for i in range(PRIORS + 1)) if k not in keys)
        keys = [p if isinstance(p, str) else next(free) for p in self.priors]
        for key, prior in zip(keys, self.priors):
            if not isinstance(prior, str):
                store.set_state(key, prior)
        for key in free:  # slots no longer listed: emptied
            store.set_state(key, None)
        store.set_state(PRIOR_KEY, keys)
        store.set_state(CHECKPOINT_AT, [self.checkpoint["n"], self.checkpoint["last"]])


class _Reading:
    """The resolver and what it read, as the checkpoint holds them."""

    def __init__(self, state: dict | None = None):
        state = state or {}
        self.resolver = EntityResolver.from_dict(state["resolver"]) if state else EntityResolver()
        self.ledger = LineLedger.from_dict(state["ledger"]) if state else LineLedger()
        # id -> only ever one word capitalised where every word (or noun) is: see entity_evidence
        self.position: dict[str, bool] = dict(state.get("position", {}))
        self.articles: dict[str, list] = dict(state.get("articles", {}))  # report id -> [event, digest]
        self.last: str | None = state.get("last")
        self.named = {int(e) for e in state.get("stories", {})}  # events whose reports gave the resolver a name
        self.raw: list[tuple[str, str, int, int, str]] = []  # (id at add time, article, start, end, text)

    def read(self, articles: list[Article], event_story: dict[int, int]) -> bool:
        """Resolve the names of ``articles`` (after the ones read); False if a
        line named in a report read earlier became a template line."""
        renamed = False
        for a in articles:
            renamed = self.ledger.add(a.event_id, a.text) or renamed
        if renamed:
            return False
        for a in articles:
            group = f"story:{event_story.get(a.event_id)}"
            # site residue (a template line, a share row, a wire credit) is no mention
            counted = [m for m in a.entities if counts_as_mention(a.text, m.start, m.end, self.ledger)]
            shorts = shorter_forms([(m.text, m.label) for m in counted])
            ids: dict[int, str] = {}
            # the longer names first, so that a short form finds the one its text names in full
            for n in [n for n in range(len(counted)) if n not in shorts] + list(shorts):
                m = counted[n]
                owners = {self.resolver.resolve(ids[j]) for j in shorts.get(n, ()) if j in ids}
                # a foreign name in the case of the person noun before it is recorded in the nominative
                # ("президенту Южной Кореи Мун Чжэ Ину": "Мун Чжэ Ин"), which no report may write
                written = in_context(a.text, m.start, m.text, a.lang) if m.label == "PERSON" else m.text
                # a place named after a person is keyed by the person and shown with its head noun
                shown = headed_name(a.text, m.start, m.end, a.lang, m.label) if m.label in ("PLACE", "ORG") else None
                try:
                    eid = self.resolver.add(written, m.label, a.id, group=group, lang=a.lang, key=m.key,
                                            within=owners.pop() if len(owners) == 1 else None, shown=shown)
                except ValueError:
                    continue
                ids[n] = eid
                self.ledger.name(a.text, m.start)
                if a.event_id is not None:
                    self.named.add(a.event_id)
                initial = " " not in m.text.strip() and capitalised_anyway(a.text, m.start, a.lang)
                self.position[eid] = self.position.get(eid, True) and initial
                self.raw.append((eid, a.id, m.start, m.end, m.text))
            self._headline(a, group)
            self.articles[a.id] = [a.event_id, digest(a)]
            self.last = a.id
        return True

    def _headline(self, a: Article, group: str) -> None:
        """The report's headline names, after its body's (:func:`headline_names`: only
        names its body gives, found again there): stored as its mentions, offsets into
        the headline.  A headline is no evidence of its own: its capitals are a
        headline's (the "position only" drop reads the body), nor a line of the
        template-line ledger."""
        for m in headline_names(a.title, a.lang, a.entities):
            written = in_context(a.title, m.start, m.text, a.lang) if m.label == "PERSON" else m.text
            shown = headed_name(a.title, m.start, m.end, a.lang, m.label) if m.label in ("PLACE", "ORG") else None
            try:
                eid = self.resolver.add(written, m.label, a.id, group=group, lang=a.lang, key=m.key, shown=shown)
            except ValueError:
                continue
            self.position.setdefault(eid, True)
            self.raw.append((eid, a.id, m.start, m.end, m.text))

    def finish(self, event_story: dict[int, int]) -> tuple[dict, dict[str, str | None]]:
        """The checkpoint (taken before the variant pass), then the variant pass;
        returns it and every resolver id's final entity (None: dropped)."""
        checkpoint = {"version": VERSION, "n": len(self.articles), "last": self.last, "articles": self.articles,
                      "stories": {str(e): event_story.get(e) for e in sorted(self.named)},
                      "ledger": self.ledger.to_dict(), "resolver": self.resolver.to_dict(),
                      "position": self.position}
        resolver = self.resolver
        merge_variants(resolver)
        merge_across_scripts(resolver)  # after the variants: a full spelling of each side is known
        merge_acronyms(resolver)  # "AP" of "Associated Press" named in the same story or report
        merge_given_short_forms(resolver)  # "Don Rumsfeld" of the one "Donald H. Rumsfeld"
        dropped = {resolver.resolve(e) for e in self.position} - {
            resolver.resolve(e) for e, only in self.position.items() if not only}
        final: dict[str, str | None] = {}
        for node in [*resolver._ents, *resolver._parent]:
            root = resolver.resolve(node)
            final[node] = None if root in dropped and resolver.label(root) == "MISC" else root
        checkpoint["final"] = final
        return checkpoint, final

    def row(self, root: str) -> EntityRow:
        r = self.resolver
        ent = r._ents[root]
        return EntityRow(id=root, name=r.canonical_name(root), label=r.label(root),
                         aliases=r.written_spellings(root) + r.shown_spellings(root),
                         mentions=ent["mentions"],
                         names=r.names(root) or {})


def _whole(app: "ServiceContext", event_story: dict[int, int], why: str) -> NamesUpdate:
    """Every report read again (the resolver from empty)."""
    reading = _Reading()
    reading.read(app.store.articles(), event_story)
    checkpoint, final = reading.finish(event_story)
    checkpoint["touched"] = "all"  # what changed before it is not known: no earlier checkpoint is kept
    entities = sorted((reading.row(root) for root in reading.resolver._ents if final[root] == root),
                      key=lambda e: (-e.mentions, e.name))
    mentions = [MentionSpan(final[eid], *rest) for eid, *rest in reading.raw if final[eid] is not None]
    return NamesUpdate(checkpoint, entities, mentions,
                       stats={"names_read": len(reading.articles), "names_whole": why})


def _resumable(store: "Store", state: Any, touched: set[int] | None,
               event_story: dict[int, int]) -> tuple[list[Article] | None, str]:
    """The reports stored since the checkpoint, or None and why the checkpoint
    cannot be resumed (see the module docstring)."""
    if touched is None:
        return None, "full relink"
    if not isinstance(state, dict) or state.get("version") != VERSION:
        return None, "no checkpoint"
    n, read = state["n"], state["articles"]
    new = store.reports_since(n, state["last"])
    if new is None:
        return None, "reports read before are no longer first"
    if any(a.id in read for a in new):
        return None, "reports read before are no longer first"
    counts = Counter(ev for ev, _ in read.values())
    for e in touched:
        now = [a for a in store.articles(event_id=e) if a.id in read]
        if len(now) != counts.get(e, 0) or any(read[a.id] != [e, digest(a)] for a in now):
            return None, "a report read before changed"
    if any(event_story.get(int(e)) != s for e, s in state["stories"].items()):
        return None, "a story changed"
    return new, ""


def canonical_entities(app: "ServiceContext", event_story: dict[int, int],
                       touched: set[int] | None) -> NamesUpdate:
    """The entities after this relink (see the module docstring); ``touched``
    None reads every report.  When the latest checkpoint cannot be resumed
    because an event it read changed story (or a report it read changed),
    the checkpoints before it are tried, newest first: an event that moves
    between stories is most often one of the last calls', which the earlier
    checkpoint had not read, so only the reports since that one are read
    again (their stored mentions are replaced)."""
    store = app.store
    state = store.get_state(CHECKPOINT_KEY) if touched is not None else None
    new, why = _resumable(store, state, touched, event_story)
    if new is not None:
        update = _resume(app, state, state, new, event_story, touched)
        if update is not None and not update.whole:
            update.priors = [_demoted(state)] + _prior_refs(store)[:PRIORS - 1]
        return update or _whole(app, event_story, "an entity split or a dropped one came back")
    if why in ("a story changed", "a report read before changed"):
        changed = set(touched) | set(state.get("touched") or []) if state.get("touched") != "all" else None
        refs = [(ref, prior) for ref in _prior_refs(store) if (prior := _prior(store, ref)) is not None]
        for k, (_, prior) in enumerate(refs):
            if changed is None:
                break
            found, _ = _resumable(store, prior, changed, event_story)
            if found is not None:
                update = _resume(app, state, prior, found, event_story, touched)
                if update is not None and update.whole:
                    return update
                if update is not None:
                    update.priors = [ref for ref, _ in refs[k:]]
                    update.stats["names_prior"] = k + 1
                    return update
                break
            changed = None if prior.get("touched") == "all" else changed | set(prior.get("touched") or [])
    return _whole(app, event_story, why)


def _prior_refs(store: "Store") -> list[str | dict]:
    """The checkpoints kept before the latest, newest first, unread: slot keys
    (or, in a store written before the slots, the checkpoints themselves)."""
    out = store.get_state(PRIOR_KEY)
    return [p for p in out if isinstance(p, str) or (isinstance(p, dict) and p.get("version") == VERSION)] \
        if isinstance(out, list) else []


def _prior(store: "Store", ref: str | dict) -> dict | None:
    """One kept checkpoint, read from its slot (None if gone or of another version)."""
    prior = store.get_state(ref) if isinstance(ref, str) else ref
    return prior if isinstance(prior, dict) and prior.get("version") == VERSION else None


def _priors(store: "Store") -> list[dict]:
    """The checkpoints kept before the latest, newest first, read."""
    return [p for ref in _prior_refs(store) if (p := _prior(store, ref)) is not None]


def _demoted(checkpoint: dict) -> dict:
    return {k: v for k, v in checkpoint.items() if k != "final"}


def _resume(app: "ServiceContext", latest: dict, base: dict, new: list[Article],
            event_story: dict[int, int], touched: set[int]) -> NamesUpdate | None:
    """Read ``new`` from checkpoint ``base`` (the latest, or one before it) and
    compute the changes to the entities stored from ``latest``; None if they
    cannot be expressed as changes (an entity split, a dropped one came back)."""
    reading = _Reading(base)
    known = set(reading.resolver._ents) | set(reading.resolver._parent)  # nodes of what ``base`` read
    if not reading.read(new, event_story):
        return _whole(app, event_story, "a named line became a template line")
    reread = [a for a in latest["articles"] if a not in base["articles"]]  # stored mentions replaced
    stale = {e.id for a in reread for e in app.store.article_entities(a)}
    old_final: dict[str, str | None] = latest["final"]
    checkpoint, final = reading.finish(event_story)
    checkpoint["touched"] = sorted(touched)
    moves: dict[str, set] = defaultdict(set)
    for node, was in old_final.items():
        if node not in known:
            continue  # read since ``base``: its mentions are replaced
        now = final[node]
        if was is None:
            if now is not None:
                return None
            continue
        moves[was].add(now)
    renamed: dict[str, str] = {}
    removed: set[str] = set()
    for was, now in moves.items():
        if len(now) > 1:
            return None
        (target,) = now
        if target is None:
            removed.add(was)
        elif target != was:
            renamed[was] = target
    finals = {f for f in final.values() if f is not None}
    removed |= (set(moves) | {f for f in old_final.values() if f is not None}) - finals
    changed = set(renamed.values()) | {final[eid] for eid, *_ in reading.raw if final[eid] is not None} \
        | (stale & finals)
    mentions = [MentionSpan(final[eid], *rest) for eid, *rest in reading.raw if final[eid] is not None]
    return NamesUpdate(checkpoint, [reading.row(e) for e in sorted(changed)], mentions, whole=False,
                       removed=sorted(removed), renamed=renamed, reread=reread,
                       stats={"names_read": len(new), "names_changed": len(changed) + len(removed)},
                       base=(latest["n"], latest["last"]),
                       redo=lambda: _whole(app, event_story, "another relink wrote meanwhile"))


__all__ = ["CHECKPOINT_KEY", "NamesUpdate", "canonical_entities", "digest"]
