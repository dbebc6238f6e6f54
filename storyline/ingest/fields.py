"""The one check of an input record's fields, for JSONL files, stdin and the API.

Why one function: the CLI used to store ``title: ["a", "b"]`` as the string
"['a', 'b']" and ``source: true`` as "True" while the API refused them, so the
same line gave a different article depending on how it arrived.  Now both
paths call :func:`read_fields`, and both refuse a record whose field has the
wrong type, naming the field (the CLI reports the line and goes on; the API
answers 422 with ``loc`` naming the item and field).

Types: ``text`` and ``html`` are strings (one of them non-blank); every
metadata field (``title``, ``url``, ``source``/``site``/``outlet``,
``lang``/``language``, ``date``/``published``/``published_at``, ``author``)
is a string; ``id`` is a string or an integer, and so is a date (an integer
is read as the string of its digits: Unix seconds, as ``"1718755200"`` was
already).  ``null`` or ``""`` means absent.  Other fields are kept as extra metadata, whatever their type.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

# A JSON "\\ud800" escape decodes to a lone surrogate, which is no character:
# SQLite, fastText and the encoder refuse it, so the line failed deep in the
# pipeline with "surrogates not allowed".  It becomes U+FFFD, with a warning.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")

# RawArticle attribute -> the record keys that may carry it, first non-empty wins
META_FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("title",), "url": ("url",), "source": ("source", "site", "outlet"),
    "lang": ("lang", "language"), "date": ("date", "published", "published_at"),
    "author": ("author",), "external_id": ("id",),
}
TEXT_FIELDS = ("text", "html")
KNOWN = set(TEXT_FIELDS) | {k for keys in META_FIELDS.values() for k in keys}


class FieldError(ValueError):
    """A record field with a wrong type or a missing required field."""

    def __init__(self, name: str, reason: str):
        super().__init__(reason)
        self.field = name


@dataclass
class Fields:
    """A record's fields after the check: strings (or None) and the rest as extras."""

    text: str | None
    html: str | None
    meta: dict[str, str | None]
    extra: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)  # what was repaired, naming the field
    # the record key each meta value came from ("published" for ``date``), so a
    # later warning names the field the input wrote, not the attribute
    keys: dict[str, str] = field(default_factory=dict)


def _kind(value: Any) -> str:
    """A JSON value's kind in JSON's words (a body ``"abc"`` said "got str", ``null`` "got NoneType")."""
    return {bool: "a boolean", list: "a list", dict: "an object", int: "a number",
            float: "a number", str: "a string", type(None): "null"}.get(type(value), type(value).__name__)


def _string(obj: dict, key: str, allow_int: bool = False, notes: list[str] | None = None) -> str | None:
    value = obj.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, str):
        fixed, n = _LONE_SURROGATE.subn("\ufffd", value)
        if n and notes is not None:
            notes.append(f"field '{key}': {n} lone surrogate escape{'s' if n > 1 else ''} "
                         "(not a character) replaced by U+FFFD")
        return fixed
    if allow_int and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    wanted = "a string or an integer" if allow_int else "a string"
    raise FieldError(key, f"field '{key}' must be {wanted}, got {_kind(value)}")


def read_fields(obj: Any) -> Fields:
    """Check ``obj`` (a decoded JSON value); raises :class:`FieldError` naming the field."""
    if not isinstance(obj, dict):
        raise FieldError("", f"expected a JSON object, got {_kind(obj)}")
    notes: list[str] = []
    text, html = _string(obj, "text", notes=notes), _string(obj, "html", notes=notes)
    if not (text and text.strip()) and not (html and html.strip()):
        raise FieldError("text", "missing field 'text' or 'html' (one is required and must not be blank)")
    meta: dict[str, str | None] = {}
    used: dict[str, str] = {}
    for attr, keys in META_FIELDS.items():
        meta[attr] = None
        for key in keys:
            value = _string(obj, key, allow_int=(attr in ("external_id", "date")), notes=notes)
            if value is not None and meta[attr] is None:
                meta[attr], used[attr] = value, key
    extra = {k: v for k, v in obj.items() if k not in KNOWN}
    return Fields(text, html, meta, extra, notes, used)


__all__ = ["FieldError", "Fields", "read_fields", "META_FIELDS", "KNOWN"]
