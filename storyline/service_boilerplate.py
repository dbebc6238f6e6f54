"""Learned per-source boilerplate that follows the stored articles exactly.

A line becomes a source's boilerplate once it has been seen in enough of its
articles (:class:`~storyline.clean.boilerplate.SourceBoilerplate`), so how an
article is cleaned depends on the articles of its source seen before it.  For
"kill -9 at any moment and a rerun gives what one uninterrupted run gives" the
learner must therefore hold exactly the observations of what is stored, never
more (articles in flight when a run was killed) and never fewer (articles
stored after its last save).

:class:`BoilerplateLedger` keeps that promise.  The saved learner says how many
stored articles it has read (``through``: a position in ingest order; articles
are never deleted).  Articles stored after that position by a run that never
reached its save are counted again when a later call meets them in its input,
at their place in the input, exactly where the killed run counted them; any
left over are counted at the end of the call, before the learner is saved
with the new position in the same transaction.  Lines that became boilerplate
during a call are cut from the source's earlier articles at its end
(:func:`strip_new_boilerplate`), kept apart from :mod:`storyline.service` so
that module stays small.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from storyline.clean.boilerplate import SourceBoilerplate
from storyline.facts.claims import sentence_spans
from storyline.ingest.readers import IngestError
from storyline.pipeline import strip_learned_boilerplate
from storyline.records import Article
from storyline.store import Store

if TYPE_CHECKING:
    from storyline.service_types import IngestReport

STATE_KEY = "clean.boilerplate"
PAGE = 500  # stored articles read at a time when catching up (memory stays flat)


def _stored_from(store: Store, position: int) -> Iterator[Article]:
    """Stored articles (flagged pages included) from ``position`` on, in ingest order."""
    while True:
        page = store.articles(limit=PAGE, offset=position, flagged=None)
        yield from page
        if len(page) < PAGE:
            return
        position += len(page)


def _teaches(article: Article) -> bool:
    """What the ingest loop shows the learner: news reports that name a source."""
    return bool(article.source and article.raw_text and not article.not_article)


class BoilerplateLedger:
    """The learner plus how far through the stored articles it has read."""

    def __init__(self, store: Store):
        self.store = store
        state = store.get_state(STATE_KEY) or {}
        through = state.get("through")
        stored = store.count_articles(flagged=None)
        self.changed = False  # observed stored articles this call: the end-of-call steps are owed
        self.mine: set[str] = set()  # ids observed in memory past ``through``
        if isinstance(through, int) and 0 <= through <= stored:
            self.learner = SourceBoilerplate.from_dict(state)
            self.through = through
            self.unread = {a.id for a in _stored_from(store, through)}  # a killed run stored them
        else:  # none yet, or saved by a version that did not say what it covers: recount
            # the settings and what was already cut are kept; the counts are redone
            sources = {src: {"applied": entry.get("applied", [])}
                       for src, entry in state.get("sources", {}).items()}
            self.learner = SourceBoilerplate.from_dict({**state, "sources": sources})
            self.unread = set()
            for a in _stored_from(store, 0):
                if _teaches(a):
                    self.learner.observe(a.source, a.raw_text)
            self.through = stored
            self.changed = bool(stored)

    def observe(self, article: Article) -> None:
        """A new article was prepared (it is stored next, unless it fails)."""
        self.learner.observe(article.source, article.raw_text)
        self.mine.add(article.id)

    def met_stored(self, stored_id: str, article: Article) -> bool:
        """An input is already stored as ``stored_id``.  If a run that never saved
        the learner stored it, count it now, where that run counted it; True if so."""
        if stored_id not in self.unread:
            return False
        self.unread.discard(stored_id)
        self.mine.add(stored_id)
        if not _teaches(article):
            return False
        self.learner.observe(article.source, article.raw_text)
        self.changed = True
        return True

    def save(self) -> None:
        """Count what is stored past ``through`` and not yet counted (other
        writers' articles, a killed run's not met again), then save the learner
        with the new position, in one transaction."""
        with self.store.transaction():
            for a in _stored_from(self.store, self.through):
                if a.id not in self.mine and _teaches(a):
                    self.learner.observe(a.source, a.raw_text)
            self.through = self.store.count_articles(flagged=None)
            self.store.set_state(STATE_KEY, {**self.learner.to_dict(), "through": self.through})
        self.mine.clear()
        self.unread.clear()
        self.changed = False


def strip_new_boilerplate(store: Store, boilerplate: SourceBoilerplate, sources: Iterable[str],
                          report: "IngestReport",
                          event_names: Callable[[int | None], list] = lambda event_id: []) -> set[int | None]:
    """Cut the lines that became boilerplate of ``sources`` from their stored
    articles, one transaction per article; an article that fails stays as it
    was and the report says so.  Returns the events of the articles changed
    (their names, dates and sentence offsets changed: the next relink looks at
    them, and their facts are recomputed since the text's length is in the
    facts fingerprint).  ``event_names``: the names an event's reports use,
    found again in its re-read reports as at placement ("Kim Jong Un" ->
    "किम जोंग उन")."""
    changed: set[int | None] = set()
    for source in sorted(sources):
        if not boilerplate.new_boilerplate(source):
            continue
        for aid in store.source_article_ids(source):
            article = store.get_article(aid)
            if article is None:
                continue
            try:
                with store.transaction():
                    if strip_learned_boilerplate(article, boilerplate, event_names(article.event_id)):
                        store.update_cleaned(article)
                        # the offsets facts cite must follow the cut text
                        store.put_sentences(article.id, sentence_spans(article))
                        changed.add(article.event_id)
            except Exception as exc:  # a stored article stays as it was
                report.warnings.append(IngestError(article.origin, f"boilerplate not cut: {exc}"))
    return changed
