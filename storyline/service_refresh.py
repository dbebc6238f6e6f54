"""Asking stored links again: a polled feed's updated entries and
``storyline refresh``.

Why: ingest is idempotent by URL, so a newsroom polling a feed from cron
(``storyline ingest --follow FEED``) never fetched a stored entry's page
again, even when the feed said the entry was updated, and a page corrected
on its site kept its first text in Storyline for good.  Fetching every
stored page at every poll would be as wrong (load on the sites, and on us).
So each fetched page's *validators* are kept with it, in the store's small
state table (key ``fetched:<url>``; no schema change): its ETag and
Last-Modified, and for a feed entry's page the entry's ``updated`` stamp and
id/guid (:func:`storyline.ingest.feeds.entry_stamp`).  Then:

* a feed entry whose link is stored is fetched again only when its stamp is
  newer than the one stored (or, for a page stored before stamps were kept,
  newer than when its text was stored), or its id changed
  (:func:`link_state`); the page updates the stored report
  (:mod:`storyline.service_update`);
* :func:`refresh` asks every stored link (or those of the last days, of one
  source) with a conditional GET (If-None-Match / If-Modified-Since): 304 is
  unchanged, a 200 page goes through ingest (the same text: unchanged; a new
  text: updated, the old kept as a revision), 404/410 is *gone* (the stored
  text kept, nothing marked lost), any other answer a failure said by URL;
  nothing stored is lost on an error.

A stamp is stored only once its page is stored (added, kept, or updated): a
failed update is asked again at the next poll.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Iterable

from storyline.ingest.feeds import CHANGED, CURRENT, NEW
from storyline.ingest.readers import IngestError
from storyline.store.revision_tables import FETCHED  # state key prefix: what was last fetched of a URL

if TYPE_CHECKING:
    from storyline.ingest.netguard import FetchPolicy
    from storyline.records import RawArticle
    from storyline.service_types import IngestReport
    from storyline.store import Store

Storyline = Any  # the service (not imported: it imports this module)
GONE = (404, 410)  # answers that say the page is no more (its stored text is kept)
BATCH = 64  # refreshed pages ingested per call (bounds the pages held in memory)


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%S")


def link_state(store: Store, url: str, stamp: dict[str, str]) -> str:
    """Whether a followed feed entry's link is stored (:data:`NEW` if not),
    and if so whether the entry says it changed since (:data:`CHANGED`: a
    newer updated stamp, or another id, than the ones stored with it) or not
    (:data:`CURRENT`, not fetched again)."""
    existing = store.find_existing(url, None)
    if existing is None:
        return NEW
    known = store.get_state(FETCHED + url) or {}
    if stamp.get("entry_id") and known.get("entry_id") and stamp["entry_id"] != known["entry_id"]:
        return CHANGED
    when = stamp.get("entry_updated")
    if when:
        before = known.get("entry_updated") or store.text_stored_at(existing)
        if before and when > before:
            return CHANGED
    return CURRENT


def remember(store: Store, pages: Iterable[RawArticle], report: IngestReport) -> None:
    """Keep the validators and entry stamps of the fetched ``pages`` this
    ingest stored, kept or updated (not of one whose update failed: it is asked again)."""
    done = set(report.added) | set(report.skipped) | set(report.updated) | set(report.not_articles)
    owed = [(p.url, p.fetched) for p in pages
            if p.url and p.fetched is not None and report.placed.get(p.origin) in done]
    if not owed:
        return
    with store.transaction():
        for url, fetched in owed:
            store.set_state(FETCHED + url, {**fetched, "checked": _now()})


@dataclass
class RefreshReport:
    """What :func:`refresh` found, by stored article id."""
    checked: int = 0
    unchanged: list[str] = field(default_factory=list)  # 304, or the same text again
    updated: list[str] = field(default_factory=list)  # a new text shown, the old kept
    gone: list[str] = field(default_factory=list)  # 404/410: its stored text kept
    failed: list[IngestError] = field(default_factory=list)  # said by URL; nothing changed
    ingest: IngestReport | None = None  # the ingest of the pages that came back

    def as_dict(self) -> dict:
        return {"checked": self.checked, "unchanged": len(self.unchanged), "updated": len(self.updated),
                "gone": len(self.gone),
                "failed": [{"origin": e.origin, "reason": e.reason} for e in self.failed]}


def refresh(app: Storyline, since_days: float | None = None, source: str | None = None,
            policy: FetchPolicy | None = None, progress: Callable[[str], None] | None = None,
            relink: bool = True) -> RefreshReport:
    """Ask every stored link (``since_days``: ingested in the last days;
    ``source``: of that source) again with a conditional GET, and apply what
    changed as updates (module docstring).  Links are checked like a feed's
    (public addresses only, unless ``policy`` allows private ones)."""
    from storyline.ingest.web import VALIDATORS, fetch_checked, page_of
    from storyline.service_types import IngestReport

    if since_days is not None and since_days < 0:
        raise ValueError(f"--since {since_days:g}: a number of days, 0 or more")
    store = app.store
    since = None
    if since_days is not None:
        since = (dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=since_days)).strftime("%Y-%m-%d %H:%M:%S")
    links = store.stored_links(since, source)
    out = RefreshReport(checked=len(links), ingest=IngestReport())
    pages: list[tuple[str, RawArticle]] = []
    for n, (aid, url) in enumerate(links, 1):
        if progress:
            progress(url)
        known = store.get_state(FETCHED + url) or {}
        got = fetch_checked(url, url, policy, validators={k: known[k] for k in VALIDATORS if known.get(k)})
        if isinstance(got, IngestError):
            if got.status in GONE:  # since when: the first of the refreshes in a row that found it gone
                out.gone.append(aid)
                now = _now()
                since = (known.get("gone_since") or known.get("checked")) if known.get("gone") else None
                with store.transaction():
                    store.set_state(FETCHED + url, {**known, "gone": got.status, "gone_since": since or now,
                                                    "checked": now})
            else:
                out.failed.append(got)
        elif got.status == 304:
            out.unchanged.append(aid)
            if known.get("gone"):  # back on its site (a 200 writes its state anew: remember)
                with store.transaction():
                    store.set_state(FETCHED + url, {k: v for k, v in known.items() if k not in ("gone", "gone_since")}
                                    | {"checked": _now()})
        else:
            page = page_of(got, url, url)
            if isinstance(page, IngestError):
                out.failed.append(page)
            else:
                pages.append((aid, page))
        if len(pages) >= BATCH or (pages and n == len(links)):
            _ingest(app, pages, out)
            pages = []
    if relink and (out.updated or app.stale):
        app.relink()
    return out


def _ingest(app: Storyline, pages: list[tuple[str, RawArticle]], out: RefreshReport) -> None:
    """Ingest refreshed pages (no relink: once at the end) and sort them."""
    report = app.ingest([p for _, p in pages], relink=False)
    failed = {e.origin: e for e in report.failed}
    for aid, page in pages:
        placed = report.placed.get(page.origin)
        if placed in report.updated:
            out.updated.append(aid)
        elif placed in report.skipped or placed in report.added:
            out.unchanged.append(aid)  # the same text (or not a report: the stored one kept)
        else:
            out.failed.append(failed.get(page.origin)
                              or IngestError(page.origin, "the new text could not be stored; the old one is kept"))
    for key in ("added", "skipped", "updated", "failed", "warnings", "not_articles"):
        getattr(out.ingest, key).extend(getattr(report, key))
    out.ingest.new_events += report.new_events
    out.ingest.moved += report.moved
    remember(app.store, [p for _, p in pages], report)
