"""Dating a stored undated report: ``storyline ingest --date D page.html`` on
a page already stored without a date.

Why: ingest is idempotent (a stored text is skipped), so a page saved without
its dateline kept no date however often it was sent again, and the only way
to date it was to delete the database.  People re-send it with ``--date``
expecting it to take the date, so a repeat that finds its stored copy
undated, where this reading of it has a date (the ``--date`` given, as for
any input stating none), dates the stored report instead of skipping it:

* its publication date is written and its date mentions are resolved again
  against it ("on Monday" becomes a day), with the sentences' claim marks
  that depend on them;
* it is placed again: a date gives it a time window, so it gets a second
  look (:meth:`Placer.redated`: a better event within its window, or, when
  none of its event's other reports is within its window any more, an event
  of its own), and its events are marked stale so stories and facts follow;
* the change is logged for other processes (:meth:`Store.redate_article`),
  whose indexes cannot replay it and are rebuilt.

A stored report that has a date keeps it: the repeat is skipped as before,
with a warning naming the stored date when ``--date`` says another.  All
re-dates of a call go in one write transaction (with their second looks), so
a killed run leaves every report as it was or dated and placed.
"""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from storyline.ingest.readers import IngestError

if TYPE_CHECKING:
    from storyline.records import Article, RawArticle
    from storyline.service_types import IngestReport

# ``app``: the :class:`storyline.service.Storyline` writing them (its store,
# placer and move writer); not imported, as the service imports this module.
Storyline = Any


def check(app: Storyline, raw: RawArticle, article: Article, existing: str,
          report: IngestReport, owed: dict[str, dt.date]) -> None:
    """``article`` (this call's reading of ``raw``) repeats stored ``existing``:
    note in ``owed`` that it is to be dated, or warn that its date stays."""
    if not raw.date_fallback or article.published is None:
        return
    stored = app.store.get_article(existing)
    if stored is None or stored.not_article:
        return
    if stored.published is None:
        owed.setdefault(existing, article.published)
    elif stored.published != article.published:
        report.warnings.append(IngestError(
            raw.origin, f"already stored with publication date {stored.published.isoformat()}; "
                        f"kept (--date {article.published.isoformat()} is not applied to a dated report)"))


def apply(app: Storyline, owed: dict[str, dt.date], report: IngestReport) -> None:
    """Date the reports in ``owed`` (id -> date) and give each a second look,
    in one write transaction."""
    if not owed:
        return
    from storyline.analyse.dates import resolve_dates
    from storyline.facts.claims import sentence_spans

    store = app.store
    with store.transaction():
        app._catch_up()
        dated = []
        for aid, published in owed.items():
            article = store.get_article(aid)
            if article is None or article.published is not None:
                continue  # dated (or deleted) by another writer meanwhile
            article.published = published
            article.dates = resolve_dates(article.text, published, article.lang)
            store.redate_article(article)
            store.put_sentences(aid, sentence_spans(article))
            dated.append(article)
        if not dated:
            return
        report.redated.extend(a.id for a in dated)
        report.redated_to.update(place_again(app, dated, report, "redated"))


def place_again(app: Storyline, changed: list[Article], report: IngestReport, look: str) -> dict[str, str]:
    """Give stored reports whose row just changed (a date: here; a new text:
    :mod:`storyline.service_update`) their place again, inside the caller's
    write transaction: the grouper is rebuilt from the store, then each gets
    ``look`` (the name of a :class:`~storyline.group.placement.Placer` method
    returning a :class:`Moved` or None: named, not bound, since the placer
    it is asked of is the one rebuilt here).  Their events are marked stale, so facts,
    summaries and stories follow.  Returns where each went: "stayed",
    "moved" (a better event) or "own" (an event of its own)."""
    app._grouper = None  # the change feeds every score and window: rebuilt from the store
    opened: list[int] = []
    went: dict[str, str] = {}

    def open_event(row) -> int:
        opened.append(app._save_event(row))
        return opened[-1]

    for article in changed:
        app.mark_stale([article.event_id])
        if article.event_id is None or article.duplicate_of is not None:
            went[article.id] = "stayed"
            continue  # a copy follows its original
        moved = getattr(app.placer, look)(article, open_event)
        if moved is not None:
            app._write_move(moved, report, look=False)
            went[article.id] = "own" if moved.target in opened else "moved"
        else:  # it stays: its event's row (dates, centre) now includes it as it is
            app._save_event(app.placer.event_row(article.event_id))
            went[article.id] = "stayed"
    report.new_events += len(opened)
    return went
