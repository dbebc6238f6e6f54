"""What goes over the wire: request bodies in, JSON out.

Why a module of its own: the POST body is parsed by hand (JSON object, JSON
array or JSONL, with a byte cap enforced while reading and nesting bounded)
so that one endpoint takes what the CLI takes: each item goes through the
same field check as a JSONL line (:func:`storyline.ingest.fields.read_fields`
via ``from_record``), which names the offending field.  The pydantic model
only documents the body in ``/openapi.json``.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

from fastapi import HTTPException, Request
from pydantic import BaseModel, ConfigDict

from storyline.ingest.json_input import JSONInputError, loads
from storyline.ingest.readers import IngestError, from_record
from storyline.records import Article
from storyline.store.records import EventRow
from storyline.wording import group_counts, placement

MAX_BODY_BYTES = 10 * 1024 * 1024   # one POST; bigger batches go through the CLI
MAX_ITEMS = 1000                    # articles in one POST
JSONL_TYPES = ("application/x-ndjson", "application/jsonl", "application/x-jsonlines",
               "application/jsonlines")


class ArticleIn(BaseModel):
    """One article to ingest: ``text`` or ``html`` is required; other fields optional.

    Unknown fields are kept as extra metadata, as with JSONL files on the CLI.
    """

    model_config = ConfigDict(extra="allow")
    text: str | None = None
    html: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    lang: str | None = None
    date: str | None = None
    author: str | None = None
    id: str | int | None = None


# -- serialisation ---------------------------------------------------------------
def iso_date(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def article_summary(a: Article) -> dict[str, Any]:
    return {"id": a.id, "external_id": a.external_id, "event_id": a.event_id,
            "duplicate_of": a.duplicate_of, "lang": a.lang, "source": a.source,
            "published": iso_date(a.published), **placement(a.published), "url": a.url,
            "title": a.title}


def article_full(a: Article) -> dict[str, Any]:
    return {**article_summary(a), "author": a.author, "lang_confidence": a.lang_confidence,
            "origin": a.origin, "text": a.text,
            "not_article": a.not_article, "not_article_reason": a.not_article_reason or None,
            "removed": [{"rule": r.rule, "text": r.text} for r in a.removed],
            # "value" at the precision the text gave: "2000", "2024-01", "2024-01-19"
            "dates": [{"text": d.text, "value": d.iso, "precision": d.precision, "label": d.label,
                       "sentence": d.sentence} for d in a.dates],
            "entities": [{"text": e.text, "label": e.label, "key": e.key} for e in a.entities]}


def event_dict(e: EventRow) -> dict[str, Any]:
    return {"id": e.id, "headline": e.headline, "articles": e.n_articles, **group_counts(e),
            "languages": e.languages, "first_date": iso_date(e.first_date),
            "last_date": iso_date(e.last_date), "story_id": e.story_id}


def page(items: list, total: int | None, limit: int, offset: int) -> dict[str, Any]:
    return {"items": items, "total": total, "limit": limit, "offset": offset}


async def read_body(request: Request) -> bytes:
    """The body, refused with 413 as soon as it passes :data:`MAX_BODY_BYTES`."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        raise HTTPException(413, f"body too large ({declared} bytes > {MAX_BODY_BYTES})")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise HTTPException(413, f"body too large (> {MAX_BODY_BYTES} bytes)")
        chunks.append(chunk)
    return b"".join(chunks)


def parse_articles(body: bytes, content_type: str) -> tuple[list[Any], list[dict]]:
    """Body -> raw articles, plus 422-style errors (``loc`` names the item and field).

    Runs the CPU-heavy part of a request (HTML extraction): call it off the event loop."""
    objs: list[tuple[Any, Any]] = []   # (position in the body, decoded object)
    errors: list[dict] = []
    if content_type in JSONL_TYPES:
        for i, line in enumerate(body.splitlines()):
            if line.strip():
                try:
                    objs.append((i, loads(line)))
                except JSONInputError as exc:
                    errors.append({"loc": ["body", i], "msg": f"line {i + 1}: {exc}",
                                   "type": "json_invalid"})
    else:
        try:
            data = loads(body)
        except JSONInputError as exc:
            return [], [{"loc": ["body"], "msg": str(exc), "type": "json_invalid"}]
        objs = list(enumerate(data)) if isinstance(data, list) else [(None, data)]
    if not objs and not errors:
        errors.append({"loc": ["body"], "msg": "no articles in the body", "type": "missing"})
    if len(objs) > MAX_ITEMS:
        return [], [{"loc": ["body"], "msg": f"too many articles ({len(objs)} > {MAX_ITEMS}) in "
                     "one request; split the batch", "type": "too_long"}]
    items = []
    for pos, obj in objs:
        loc = ["body"] if pos is None else ["body", pos]
        item = from_record(obj, "body" if pos is None else f"body[{pos}]")
        if isinstance(item, IngestError):
            errors.append({"loc": loc + ([item.field] if item.field else []),
                           "msg": item.reason, "type": "value_error"})
        else:
            items.append(item)
    return items, errors


def loc_of(origin: str) -> list[Any]:
    """``"body[3]"`` -> ``["body", 3]``: where a failed item sat in the request body."""
    m = re.fullmatch(r"body\[(\d+)\]", origin)
    return ["body", int(m.group(1))] if m else ["body"]
