"""JSON from outside (a JSONL line, a POST body), parsed with bounded nesting.

Why: ``json.loads`` of 100,000 nested ``[`` raises RecursionError, which no
caller expects; and an object nested a few hundred levels deep passes the
parser only to blow up later (validation, storage of extra fields, JSON
output).  An article is a flat object, so the depth is counted before parsing
(strings taken out, brackets summed: C and numpy speed, no recursion) and
anything deeper than :data:`MAX_JSON_DEPTH` is refused with a reason.
"""
from __future__ import annotations

import json
import re
import sys

import numpy as np

MAX_JSON_DEPTH = 64  # an article object with nested metadata needs a handful
_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")


class JSONInputError(ValueError):
    """Input that is not usable JSON; the message is the reason to report."""


def json_depth(raw: bytes) -> int:
    """Deepest nesting of arrays/objects in ``raw`` (brackets inside strings ignored)."""
    brackets = _STRING.sub(b"", raw).translate(None, _NOT_BRACKETS)
    if not brackets:
        return 0
    codes = np.frombuffer(brackets, dtype=np.uint8)
    steps = np.where((codes == ord("[")) | (codes == ord("{")), 1, -1).astype(np.int64)
    return int(np.cumsum(steps).max())


def loads(raw: bytes | str, max_depth: int = MAX_JSON_DEPTH) -> object:
    """Parse JSON, refusing nesting deeper than ``max_depth`` (:class:`JSONInputError`)."""
    data = raw.encode("utf-8", "surrogatepass") if isinstance(raw, str) else raw
    depth = json_depth(data)
    if depth > max_depth:
        raise JSONInputError(f"JSON nested too deeply ({depth} levels > {max_depth})")
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        raise JSONInputError(f"broken JSON: {where(exc)}") from None
    except UnicodeDecodeError as exc:
        raise JSONInputError(f"invalid UTF-8 at byte {exc.start}") from None
    except RecursionError:  # belt and braces: the depth count should have caught it
        raise JSONInputError("JSON nested too deeply") from None
    except ValueError as exc:  # an integer of more than 4,300 digits: Python refuses to read it
        digits = re.search(r"value has (\d+) digits", str(exc))
        raise JSONInputError("a number too long to read" + (
            f" ({digits.group(1)} digits > {sys.get_int_max_str_digits()})" if digits else "")) from None


def where(exc: json.JSONDecodeError) -> str:
    """The parser's reason and its place: the line too when the JSON spans lines
    (a POST body), and without the dangling "at" of "Unterminated string
    starting at" ("… starting at at column 9")."""
    msg = exc.msg.removesuffix(" at")
    spans_lines = "\n" in exc.doc.strip()  # a JSONL line ends in one
    return f"{msg} at line {exc.lineno}, column {exc.colno}" if spans_lines else f"{msg} at column {exc.colno}"


__all__ = ["MAX_JSON_DEPTH", "JSONInputError", "json_depth", "loads"]
