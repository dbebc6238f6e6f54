"""Boilerplate learned during an ingest call, cut from a source's stored articles.

A line becomes a source's boilerplate only once it has been seen in enough of
its articles, so the first of them were cleaned before it was known.  Kept
apart from :mod:`storyline.service` (which calls it at the end of an ingest
call) so that module stays small.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from storyline.clean.boilerplate import SourceBoilerplate
from storyline.ingest.readers import IngestError
from storyline.pipeline import strip_learned_boilerplate
from storyline.store import Store

if TYPE_CHECKING:
    from storyline.service_types import IngestReport


def strip_new_boilerplate(store: Store, boilerplate: SourceBoilerplate, sources: Iterable[str],
                          report: "IngestReport") -> set[int | None]:
    """Cut the lines that became boilerplate of ``sources`` from their stored
    articles, one transaction per article; an article that fails stays as it
    was and the report says so.  Returns the events of the articles changed
    (their names and dates changed: the next relink looks at them)."""
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
                    if strip_learned_boilerplate(article, boilerplate):
                        store.update_cleaned(article)
                        changed.add(article.event_id)
            except Exception as exc:  # a stored article stays as it was
                report.warnings.append(IngestError(article.origin, f"boilerplate not cut: {exc}"))
    return changed
