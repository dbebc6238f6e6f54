"""Updating a stored report: its site changed the text under the same URL,
or the same (source, id) (a corrected figure, a new paragraph).

Why: ingest is idempotent by URL, (source, id) and text hash, so a report
sent again with a new text was skipped as "already stored" and Storyline
kept showing, grouping and searching the stale one (the only way to get the
new text in was to delete the database).  Now a repeat whose text differs
from the stored one (another cleaned-text hash) replaces it:

* the new text, with everything derived from it (sentences, dates, names,
  trips, vector, MinHash), becomes the article's under its id; the text it
  replaces is kept as a revision with the time it was superseded
  (:meth:`Store.replace_article`), shown as "updated <when>; N earlier
  revision(s)";
* it is placed again as :mod:`storyline.service_redate` places a re-dated
  report (:func:`~storyline.service_redate.place_again`, with
  :meth:`Placer.updated`): a better event, or one of its own when its
  event's other reports no longer take it; its events are marked stale, so
  their facts, summaries and stories are made again at relink; a copy stays
  a copy while its new text is still near its original's.

Still a no-op: the identical text (by hash, as before), a text the report
had before (an old copy of the page sent again must not undo a correction),
a new reading the gate finds no report (an error page under the URL must not
replace the report), a followed feed's entry standing in for a page stored whole
(``RawArticle.stand_in``: a polled feed's summary must not replace the page it links), and a second text for a
report this same call stored or updated (the first kept, as before: an id
such as "N/A" on every record of a file must not make each record replace
the one before).  A record with an id and no source is not "the same
report" (:attr:`Article.given_key`) and is stored as another, as before.

A stored page the gate flagged (a paywall or error page met first) whose URL
now yields a report becomes that report: un-flagged, placed as a new report
would be (:func:`_unflag`), the flagged text kept as its revision.

All updates of a call go in one write transaction with their second looks,
after the call's new reports: a failure leaves every stored text as it was.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from storyline.ingest.readers import IngestError

if TYPE_CHECKING:
    from storyline.records import Article, RawArticle
    from storyline.service_types import IngestReport

# ``app``: the :class:`storyline.service.Storyline` writing them; not
# imported, as the service imports this module.
Storyline = Any


def check(app: Storyline, raw: RawArticle, article: Article, existing: str,
          report: IngestReport, owed: dict[str, tuple[RawArticle, Article]]) -> bool:
    """``article`` (this call's reading of ``raw``) names stored ``existing``
    by URL or (source, id): note in ``owed`` that it replaces its text and
    return True, or say that it is an earlier text of it (True: nothing more
    to do), or return False when it is no update (module docstring): the
    caller skips it as stored."""
    report.placed[raw.origin] = existing
    store = app.store
    if article.not_article or raw.stand_in or store.find_existing(None, article.content_hash):
        return False  # not a report, a feed entry's text for a page stored whole, or this very text is stored
    if existing in owed or existing in report.added:
        return False
    stored = store.get_article(existing)
    if stored is None or (stored.event_id is None and not stored.not_article):
        return False
    if any(r["content_hash"] == article.content_hash for r in store.revisions(existing)):
        report.warnings.append(IngestError(raw.origin, (
            f"an earlier text of {existing} (its site has updated it since); the newest text is kept")))
        report.skipped.append(existing)
        return True  # skipped, said here rather than as "another text" by the caller
    owed[existing] = (raw, article)
    return True


def apply(app: Storyline, owed: dict[str, tuple[RawArticle, Article]], report: IngestReport) -> None:
    """Replace the stored texts in ``owed`` (id -> (raw, new reading)) and
    place each again, in one write transaction."""
    if not owed:
        return
    from storyline.analyse.dates import resolve_dates
    from storyline.analyse.entities import extract_entities
    from storyline.facts.claims import sentence_spans
    from storyline.group.duplicates import band_keys, signature, to_bytes
    from storyline.service_redate import place_again

    store = app.store
    app._embed_leads(list(owed.values()), report)  # before the write lock; a failure is reported
    flagged = {aid for aid in owed if (a := store.get_article(aid)) is not None and a.not_article}
    for aid in flagged:  # placed as new reports: what placing needs, made before the write lock
        article = owed[aid][1]
        if article.embedding is not None:
            article.id = aid
            app.placer.prepare(article, article.embedding)
    with store.transaction():
        app._catch_up()
        changed = []
        for aid in flagged:
            _unflag(app, aid, owed[aid][1], report)
        for aid, (_, article) in owed.items():
            if article.embedding is None or aid in flagged:
                continue
            stored = store.get_article(aid)
            if stored is None or stored.event_id is None or store.find_existing(None, article.content_hash):
                continue  # changed by another writer meanwhile
            article.id, article.event_id = aid, stored.event_id
            article.external_id = stored.external_id or article.external_id
            article.url, article.source = stored.url or article.url, stored.source
            if article.published is None and stored.published is not None:  # a date once known stays,
                article.published = stored.published  # and "on Monday" is read against it, as at redate
                article.dates = resolve_dates(article.text, article.published, article.lang)
            sig = signature(article.text)
            article.duplicate_of = _still_copy(store, stored.duplicate_of, sig, app.grouper.duplicates.threshold)
            # its names read against its event's, as placing it did
            known = app.placer.event_names(stored.event_id) if stored.event_id in app.grouper.clusterer.events else []
            if known:
                article.entities = extract_entities(article.text, article.lang, known=known)
            store.replace_article(article, article.embedding, to_bytes(sig), band_keys(sig))
            store.put_sentences(aid, sentence_spans(article))
            changed.append(article)
        if changed:
            place_again(app, changed, report, "updated")
            report.updated.extend(a.id for a in changed)


def _unflag(app: Storyline, aid: str, article: Article, report: IngestReport) -> None:
    """A stored flagged page's URL yielded a report: give it the report's
    text, un-flagged, and place it where a new report would go (inside the
    caller's transaction, as :meth:`Storyline._place` does for a new one)."""
    from storyline import service_looks
    from storyline.facts.claims import sentence_spans

    store = app.store
    stored = store.get_article(aid)
    if article.embedding is None or stored is None or not stored.not_article \
            or store.find_existing(None, article.content_hash):
        app.placer.discard(aid)
        return  # changed by another writer meanwhile
    article.id, article.external_id = aid, stored.external_id or article.external_id
    article.url, article.source = stored.url or article.url, stored.source or article.source
    placed = app.placer.place(article, article.embedding)
    event_id = placed.event_id
    if placed.new_event is not None:
        event_id = app._save_event(placed.new_event)
    article.event_id = event_id
    store.replace_article(article, article.embedding, placed.signature, placed.bands)
    app.mark_stale([event_id])
    service_looks.owe(app, aid)  # its second look, as a new report's
    store.put_sentences(aid, sentence_spans(article))
    joined = app.placer.commit(placed, event_id)
    if joined is not None:
        app._save_event(joined)
    report.new_events += placed.new_event is not None
    report.duplicates += placed.duplicate_of is not None
    report.updated.append(aid)


def _still_copy(store, original: str | None, sig, threshold: float) -> str | None:
    """``original`` when the new text (MinHash ``sig``) is still its near
    copy, as the duplicate index judges one; else None (a report of its own)."""
    from storyline.group.duplicates import from_bytes

    if original is None:
        return None
    row = next(iter(store.iter_vectors([original])), None)
    if row is None or not row.signature:
        return None
    return original if sig.jaccard(from_bytes(row.signature)) >= threshold else None


def guarded(app: Storyline, owed: dict, report: IngestReport) -> None:
    """:func:`apply`, a failure reported (the transaction rolled back: every
    stored text as it was), not raised, unless the store takes no writes."""
    from storyline.store import store_failure

    try:
        apply(app, owed, report)
    except Exception as exc:
        if store_failure(exc):
            raise
        report.failed.append(IngestError(", ".join(owed), f"updating stored reports: {type(exc).__name__}: {exc}"))
        report.updated.clear()
        app._grouper = None
