"""The one JSON serializer of what Storyline shows: articles, events, stories,
entities and their detail records (:mod:`storyline.details`).

The CLI's ``--json`` output, ``export`` and the HTTP API all call these, so a
field has one name and one form everywhere: a missing date is ``null``
(never ``""``), a date is ISO 8601 at the precision known, counts of sources
and undated reports are worded by :mod:`storyline.wording`.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from typing import Any

from storyline.analyse.dates import range_end
from storyline.details import Coverage, EntityBadge, EntityDetail, EventDetail, StoryDetail, title_lang
from storyline.facts.render import facts_json
from storyline.records import Article, date_iso, dates_once, written_as
from storyline.store.records import EntityRow, EventRow, StoryRow
from storyline.timeline import TimelineEntry
from storyline.wording import group_counts, not_article_label, outside_days, placement, residue_label

EXPORT_FIELDS = ("id", "external_id", "event_id", "duplicate_of", "lang", "source",
                 "published", "url", "title", "text", "origin", "not_article", "not_article_reason")


def iso_date(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def article_summary(a: Article) -> dict[str, Any]:
    return {"id": a.id, "external_id": a.external_id, "event_id": a.event_id,
            "duplicate_of": a.duplicate_of, "lang": a.lang, "source": a.source,
            "published": iso_date(a.published), **placement(a.published), "url": a.url,
            "title": a.title, **on_its_site(a)}


def on_its_site(report) -> dict[str, Any]:
    """What a report's site did to it since it was stored, in the API's words, for an
    article, a search hit or a story's citation of it (None: a report not at hand):
    ``updated`` (when its text was last replaced, UTC) and ``earlier_revisions`` (the
    texts kept, :attr:`Article.revised`), ``gone_since`` (its page has answered 404/410
    to ``storyline refresh`` since then, its text kept: :attr:`Article.gone`).  One place,
    so that every record citing a report says it as its page does."""
    revised = getattr(report, "revised", None)
    return {"updated": revised[0] if revised else None, "earlier_revisions": revised[1] if revised else 0,
            "gone_since": getattr(report, "gone", None)}


def _removed(a: Article) -> list[dict[str, Any]]:
    # "rule" is the id (data, unchanged); "label" the words the pages show for it
    return [{"rule": r.rule, "label": residue_label(r.rule), "text": r.text} for r in a.removed]


def _dates(a: Article) -> list[dict[str, Any]]:
    # "value" at the precision the text gave: "2000", "2024-01", "2024-01-19"
    return [{"text": d.text, "value": d.iso, "precision": d.precision, "label": d.label,
             "sentence": d.sentence} for d in a.dates]


def dates_once_json(dates) -> list[dict[str, Any]]:
    """Each date a report mentions once (:func:`records.dates_once`), as a reader
    lists them: the ways the text wrote it when they say more than the value
    (``written``: "Thursday"), how often it is mentioned and each sentence that
    mentions it once.  ``dates`` stays one row per mention (data); the article
    page and clients that show a list read this one.

    A range of days in one sentence ("between April 19 and June 1",
    :func:`~storyline.analyse.dates.range_end`) is one row to a reader: its
    first day's entry carries ``until`` (the last day: value, label, as
    written), and the last day's entry, when the range is all that mentions
    it, ``closes_range`` (the page lists it only in its range; both stay here
    as dates the text gives)."""
    range_to = {id(dates[n - 1]): m for n, m in enumerate(dates) if n and range_end(dates[n - 1], m)}
    closing = {id(m) for m in range_to.values()}
    out = []
    for ms in dates_once(dates):
        ends = [e for e in (range_to.get(id(m)) for m in ms) if e is not None]
        out.append({"value": ms[0].iso, "precision": ms[0].precision, "label": ms[0].label,
                    "written": written_as(ms),
                    "mentions": len(ms), "sentences": list(dict.fromkeys(m.sentence for m in ms)),
                    "until": {"value": ends[0].iso, "label": ends[0].label, "written": written_as(ends[:1])}
                    if ends else None,
                    "closes_range": all(id(m) in closing for m in ms)})
    return out


def article_in_event(a: Article) -> dict[str, Any]:
    """An event's report as its detail lists it: the summary, its lead, what the
    cleaner removed and the dates it mentions (every mention, and each date once)."""
    return {**article_summary(a), "lead": a.lead, "removed": _removed(a), "dates": _dates(a),
            "dates_once": dates_once_json(a.dates)}


def article_full(a: Article) -> dict[str, Any]:
    return {**article_summary(a), "author": a.author, "lang_confidence": a.lang_confidence,
            "origin": a.origin, "text": a.text,
            "not_article": a.not_article, "not_article_reason": a.not_article_reason or None,
            "not_article_label": (not_article_label(a.not_article, a.not_article_reason, a.text)
                                  if a.not_article else None),
            "removed": _removed(a), "dates": _dates(a), "dates_once": dates_once_json(a.dates),
            "entities": [{"text": e.text, "label": e.label, "key": e.key} for e in a.entities]}


def export_row(a: Article, removed: bool = True) -> dict[str, Any]:
    """One line of ``export`` (:data:`EXPORT_FIELDS`; JSONL adds ``removed``)."""
    row = {k: getattr(a, k) for k in EXPORT_FIELDS}
    row["published"] = iso_date(a.published)
    if removed:
        row["removed"] = [asdict(r) for r in a.removed]
    return row


def event_dict(e: EventRow) -> dict[str, Any]:
    return {"id": e.id, "headline": e.headline, "articles": e.n_articles, **group_counts(e),
            "languages": e.languages, "first_date": iso_date(e.first_date),
            "last_date": iso_date(e.last_date), "story_id": e.story_id,
            # the day it happened (storyline.store.happened_column) and its first report's, as timelines give them
            "happened": iso_date(e.day), "first_reported": iso_date(e.first_date)}


def story_dict(s: StoryRow) -> dict[str, Any]:
    return {"id": s.id, "headline": s.headline, "events": s.event_ids, "articles": s.n_articles,
            **group_counts(s), "languages": s.languages, "first_date": iso_date(s.first_date),
            "last_date": iso_date(s.last_date),
            # the day its earliest event happened (storyline.store.happened_column) and its first report's
            "happened": iso_date(s.day), "first_reported": iso_date(s.first_date)}


def entity_dict(e: EntityRow) -> dict[str, Any]:
    return {"id": e.id, "name": e.name, "label": e.label, "aliases": e.aliases,
            "names": e.names, "mentions": e.mentions}


def match_dict(m) -> dict[str, Any]:
    """A lookup candidate: the entity, the spelling that matched and how."""
    return {**entity_dict(m.entity), "matched": m.alias, "how": m.how}


def coverage_dict(c: Coverage) -> dict[str, Any]:
    return {"languages": dict(c.languages), "sources": dict(c.sources), "copies": dict(c.copies)}


def badges(entities: list[EntityBadge]) -> list[dict[str, Any]]:
    return [{"id": b.key, "name": b.name, "label": b.label, "articles": b.articles}
            for b in entities]


def timeline_json(entries: list[TimelineEntry], reports: dict[str, Article] | None = None) -> list[dict[str, Any]]:
    """A timeline's entries; each citation says its report's update or gone page
    (:func:`on_its_site`) where ``reports`` (by id, their :attr:`Article.revised` read) hold it,
    as the story page's chronology does."""
    reports = reports or {}
    return [{"date": date_iso(e.date, e.precision) if e.date else None, "precision": e.precision,
             "label": e.label, "kind": e.kind, "title": e.title, "title_lang": e.title_lang,
             "gloss": e.gloss, "gloss_lang": e.gloss_lang,
             "event_id": e.event_id, "until": iso_date(e.until), "first_reported": iso_date(e.reported or (e.date if e.kind == "event" else None)),
             "happened": iso_date(e.date) if e.kind == "event" else None,
             "dated": e.date is not None, "placed_by": e.placed_by,
             "citations": [{"article_id": c.article_id, "sentence": c.sentence,
                            "source": c.source, "lang": c.lang,
                            "published": iso_date(c.published), **on_its_site(reports.get(c.article_id))}
                           for c in e.citations]} for e in entries]


def event_detail_json(d: EventDetail) -> dict[str, Any]:
    """``/api/events/{id}`` and ``storyline show ID --json``."""
    return {**event_dict(d.event), **facts_json(d.facts),
            # a report dated outside its event's days (joined from beyond its window) says so
            "articles_list": [{**article_in_event(a), "outside_event_days": outside_days(
                a.published, d.event.first_date, d.event.last_date)} for a in d.articles],
            "coverage": coverage_dict(d.coverage), "entities": badges(d.entities)}


def story_detail_json(d: StoryDetail) -> dict[str, Any]:
    """``/api/stories/{id}`` and ``storyline story ID --json``: headlines as a
    reader of ``lang`` gets them, each with ``headline_lang`` (its report's language)."""
    return {**story_dict(d.story), "headline_lang": title_lang(d.story.headline, d.articles),
            # the day its first event happened (storyline.store.happened_column) and its first report's
            "happened": iso_date(d.story.day), "first_reported": iso_date(d.story.first_date),
            **facts_json(d.facts),
            # events the summary's 200 words leave out (the least-reported, where their leads do not fit)
            "summary_left_out": (d.facts or {}).get("left_out", []),
            "events_list": [{**event_dict(e), "headline_lang": title_lang(
                e.headline, (a for a in d.articles if a.event_id == e.id))} for e in d.events],
            "timeline": timeline_json(d.timeline, {a.id: a for a in d.articles}), "coverage": coverage_dict(d.coverage),
            "entities": badges(d.entities)}


def entity_detail_json(d: EntityDetail) -> dict[str, Any]:
    """``/api/entities/{name}`` and ``storyline entity NAME --json``."""
    return {**entity_dict(d.entity), "matched": d.matched, "articles": d.n_articles,
            "spellings": [asdict(a) for a in d.aliases],
            "stories": [{"id": s.id, "headline": s.headline, "mentions": n} for s, n in d.stories],
            "stories_total": d.n_stories,  # ``stories`` lists those naming it most
            "mentions_by_period": [{"period": p, "articles": n} for p, n in d.by_period],
            "articles_list": [{"id": m.article_id, "title": m.title, "lang": m.lang,
                               "published": iso_date(m.published), "event_id": m.event_id,
                               "story_id": m.story_id} for m in d.articles]}


def entity_not_found_json(name: str, candidates: list) -> dict[str, Any]:
    """No single entity has that name: the candidates, best first ("did you mean")."""
    return {"detail": f"no single entity is called {name!r}",
            "did_you_mean": [match_dict(m) for m in candidates]}


def page(items: list, total: int | None, limit: int, offset: int) -> dict[str, Any]:
    return {"items": items, "total": total, "limit": limit, "offset": offset}
