"""Article <-> row conversion shared by every storage backend (one place)."""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict
from typing import Any, Mapping

import numpy as np

from storyline.analyse.happening import stored_trips
from storyline.records import Article, DateMention, EntityMention, Removal

ARTICLE_COLUMNS = ("id", "external_id", "origin", "title", "text", "raw_text", "url", "source", "author",
                   "lang", "lang_confidence", "published", "removed", "sentences", "dates",
                   "entities", "content_hash", "duplicate_of", "event_id", "not_article", "not_article_reason",
                   "trips")


def _date(s: str | dt.date | None) -> dt.date | None:
    """A stored date: ISO text (SQLite) or a date (PostgreSQL)."""
    if isinstance(s, dt.date):
        return s
    return dt.date.fromisoformat(s) if s else None


def vector_of(blob: bytes | None) -> np.ndarray | None:
    """A stored vector blob (float32 bytes) as a writable array."""
    return None if blob is None else np.frombuffer(blob, dtype=np.float32).copy()


def entities_json(entities: list[EntityMention]) -> str:
    return json.dumps([asdict(e) for e in entities], ensure_ascii=False)


def article_to_row(a: Article) -> dict[str, Any]:
    """Flatten an article; list fields become JSON text."""
    return {
        "id": a.id, "external_id": a.external_id, "origin": a.origin, "title": a.title, "text": a.text,
        "raw_text": a.raw_text, "url": a.url, "source": a.source, "author": a.author,
        "lang": a.lang, "lang_confidence": a.lang_confidence,
        "published": a.published.isoformat() if a.published else None,
        "removed": json.dumps([asdict(r) for r in a.removed], ensure_ascii=False),
        "sentences": json.dumps(a.sentences, ensure_ascii=False),
        "dates": json.dumps([{**asdict(d), "value": d.value.isoformat()} for d in a.dates],
                            ensure_ascii=False),
        "entities": entities_json(a.entities),
        "content_hash": a.content_hash, "duplicate_of": a.duplicate_of, "event_id": a.event_id,
        "not_article": a.not_article, "not_article_reason": a.not_article_reason or None,
        "trips": stored_trips(a),  # derived: where its trip goes (storyline.store.trip_column)
    }


def dates_of(value: str | None) -> list[DateMention]:
    """The date mentions a ``dates`` column holds (JSON)."""
    return [DateMention(**{**d, "value": dt.date.fromisoformat(d["value"])}) for d in json.loads(value or "[]")]


def entities_of(value: str | None) -> list[EntityMention]:
    """The name mentions an ``entities`` column holds (JSON)."""
    return [EntityMention(**x) for x in json.loads(value or "[]")]


def row_to_article(r: Mapping[str, Any]) -> Article:
    return Article(
        id=r["id"], external_id=r["external_id"], origin=r["origin"], title=r["title"], text=r["text"], raw_text=r["raw_text"],
        url=r["url"], source=r["source"], author=r["author"], lang=r["lang"],
        lang_confidence=r["lang_confidence"], published=_date(r["published"]),
        removed=[Removal(**x) for x in json.loads(r["removed"] or "[]")],
        sentences=json.loads(r["sentences"] or "[]"), dates=dates_of(r["dates"]),
        entities=entities_of(r["entities"]),
        content_hash=r["content_hash"], duplicate_of=r["duplicate_of"], event_id=r["event_id"],
        not_article=r["not_article"], not_article_reason=r["not_article_reason"] or "")


def evidence_article(article_id: str, event_id: int, entities: str | None, dates: str | None) -> Article:
    """An article holding only what story linking reads (see ``Store.event_evidence``)."""
    return Article(id=article_id, origin="", title="", text="", raw_text="", event_id=event_id,
                   dates=dates_of(dates), entities=entities_of(entities))
