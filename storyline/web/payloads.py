"""What goes over the wire: request bodies in, JSON out.

Why a module of its own: the POST body is parsed by hand (JSON object, JSON
array or JSONL, with a byte cap enforced while reading and nesting bounded)
so that one endpoint takes what the CLI takes: each item goes through the
same field check as a JSONL line (:func:`storyline.ingest.fields.read_fields`
via ``from_record``), which names the offending field.  The pydantic model
only documents the body in ``/openapi.json``.
"""
from __future__ import annotations

import codecs
import datetime as dt
import re
from typing import Any

from fastapi import HTTPException, Request
from pydantic import BaseModel, ConfigDict

from storyline.ingest.decoding import decode_bytes, wide_codec
from storyline.ingest.formats import charset_of
from storyline.ingest.json_input import JSONInputError, loads
from storyline.ingest.readers import IngestError, from_record
from storyline.serialize import article_full, article_summary, event_dict, iso_date, page  # noqa: F401

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


# -- serialisation: storyline.serialize, shared with the CLI ---------------------------


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


def body_encoding(request: Request) -> str | None:
    """The charset the body is declared in (None: UTF-8, or undeclared), after
    refusing with 415 what cannot be read: a compressed body (``gzip`` was
    parsed as bytes and refused as "binary data") and a charset Python does
    not know (it was ignored)."""
    coding = request.headers.get("content-encoding", "").strip().lower()
    if coding not in ("", "identity"):
        raise HTTPException(415, f"Content-Encoding {coding!r} is not accepted; send the body "
                                 "uncompressed")
    charset = charset_of(request.headers.get("content-type", ""))
    if charset is None:
        return None
    try:
        name = codecs.lookup(charset).name
    except LookupError:
        raise HTTPException(415, f"unknown charset {charset!r} in the Content-Type; send UTF-8 "
                                 "(or name the charset the body is in)") from None
    return None if name == "utf-8" else charset


def _utf8(body: bytes, charset: str | None) -> tuple[bytes, str | None] | dict:
    """The body as UTF-8 bytes and the note on how it was read, or the error.

    A declared charset other than UTF-8 is the body's (``charset=iso-8859-1``
    used to be ignored, and its "é" refused as invalid UTF-8).  Otherwise the
    body is read as a file is (:func:`~storyline.ingest.decoding.decode_bytes`):
    UTF-8, UTF-16/32 by its byte-order mark or zero bytes, and bytes that are
    not UTF-8 in a legacy code page, named in the note: the same JSONL line
    was stored from a file and refused from a POST."""
    if charset:
        try:
            return body.decode(charset).encode("utf-8", "surrogatepass"), None
        except UnicodeDecodeError as exc:
            return {"loc": ["body"], "msg": f"the body is not {charset} as its Content-Type says "
                    f"(byte {exc.start}: {exc.reason})", "type": "value_error"}
    if b"\x00" in body[:8192] and wide_codec(body[:8192]) is None:
        return {"loc": ["body"], "msg": "binary data (contains NUL bytes), not JSON",
                "type": "json_invalid"}
    text = decode_bytes(body)
    return text.encode("utf-8", "surrogatepass"), text.fallback


def parse_articles(body: bytes, content_type: str,
                   charset: str | None = None) -> tuple[list[Any], list[dict], list[str]]:
    """Body -> raw articles, 422-style errors (``loc`` names the item and field)
    and notes on the whole body (an encoding fallback), to report as warnings;
    more than :data:`MAX_ITEMS` items raise 413.

    Runs the CPU-heavy part of a request (HTML extraction): call it off the event loop."""
    objs: list[tuple[Any, Any]] = []   # (position in the body, decoded object)
    errors: list[dict] = []
    # as a file is: one reason, not "broken JSON at column 1" or one per line of bytes
    if not body.strip():
        return [], [{"loc": ["body"], "msg": "the body is empty; send an article object, an "
                     "array of them, or JSONL", "type": "missing"}], []
    read = _utf8(body, charset)
    if isinstance(read, dict):
        return [], [read], []
    body, fallback = read
    notes = [f"encoding fallback: {fallback}"] if fallback else []
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
            read_as = f" (the body read as {charset}, as its Content-Type says)" if charset else ""
            return [], [{"loc": ["body"], "msg": f"{exc}{read_as}", "type": "json_invalid"}], []
        objs = list(enumerate(data)) if isinstance(data, list) else [(None, data)]
    if not objs and not errors:
        errors.append({"loc": ["body"], "msg": "no articles in the body", "type": "missing"})
    if len(objs) > MAX_ITEMS:  # too large a payload, as too many bytes is: split it, not fix it
        raise HTTPException(413, f"too many articles ({len(objs)} > {MAX_ITEMS}) in one request; "
                                 "split the batch, or ingest a file with `storyline ingest`")
    items = []
    for pos, obj in objs:
        loc = ["body"] if pos is None else ["body", pos]
        item = from_record(obj, "body" if pos is None else f"body[{pos}]")
        if isinstance(item, IngestError):
            errors.append({"loc": loc + ([item.field] if item.field else []),
                           "msg": item.reason, "type": "value_error"})
        else:
            items.append(item)
    return items, errors, notes


def loc_of(origin: str) -> list[Any]:
    """``"body[3]"`` -> ``["body", 3]``: where a failed item sat in the request body."""
    m = re.fullmatch(r"body\[(\d+)\]", origin)
    return ["body", int(m.group(1))] if m else ["body"]
