"""What every input format shares: the error value, the size bounds, and the
parsers of one text, one HTML page, one JSON record and a JSONL stream.

Kept apart from :mod:`.readers` (which dispatches a path to its format) so that
the WARC, feed and URL readers can use these without importing the dispatcher
that imports them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import IO, Iterator, Union

from storyline.ingest.decoding import Decoded, decode_bytes, wide_codec
from storyline.ingest.fields import FieldError, read_fields
from storyline.ingest.json_input import JSONInputError, loads
from storyline.records import RawArticle

MAX_FILE_BYTES = 50 * 1024 * 1024  # a single article file larger than this is not an article
MAX_LINE_BYTES = 10 * 1024 * 1024  # one JSONL line; enforced while reading (gzip too)
# Text analysed per article.  In the dev corpora the median report is 1,600-3,000
# characters, the 99th percentile 7,800 (MultiLing) and 49,700 (Wikinews), the
# longest 100,000; every stage is at least linear in the text (about 20 s per
# 100,000 characters on 2 busy cores), and past that an input is a book, a log
# or a bomb.  The first MAX_TEXT_CHARS are kept (cut at a paragraph or word)
# and a warning names the input.
MAX_TEXT_CHARS = 100_000
# HTML elements in one page.  A news page has a few thousand (a long live blog
# tens of thousands); extraction costs ~0.2-0.4 ms per element on 2 cores and
# grows faster than linearly past 100,000 (500,000 empty tags: 205 s).
MAX_HTML_ELEMENTS = 100_000
_HEADER = re.compile(r"^\s*(title|date|published|source|url|lang|language|author)\s*[:=]\s*(.+?)\s*$",
                     re.IGNORECASE)
_HEADER_KEYS = {"published": "date", "language": "lang"}


@dataclass
class IngestError:
    """An input that could not be read: where, why, and the record field at fault if any."""

    origin: str
    reason: str
    field: str | None = None
    status: int | None = None  # the HTTP status of a URL that answered with an error (a refresh tells 404/410)

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


Item = Union[RawArticle, IngestError]


def _decode(data: bytes, origin: str) -> Union[Decoded, IngestError]:
    """Decode bytes UTF-8 first (:mod:`.decoding`); refuse binary files clearly
    (UTF-16 and UTF-32 text has NUL bytes too, and is text)."""
    wide = wide_codec(data[:8192])
    if b"\x00" in data[:8192] and wide is None:
        return IngestError(origin, "binary file (contains NUL bytes), not an article")
    text = decode_bytes(data)
    if text.fallback or wide:
        sample = text[:65536]
        controls = sum(1 for ch in sample if ch < " " and ch not in "\t\n\r\f"
                       or "\x7f" <= ch < "\xa0")
        if controls > 0.05 * len(sample):
            read_as = f"read as {wide[0].upper()}" if wide else "invalid UTF-8, and in any legacy code page"
            return IngestError(origin, f"not text: {read_as}, {controls} of its first "
                               f"{len(sample)} characters are control codes (binary data?)")
    return text


def _notes(text: str) -> list[str]:
    """The warning a decoding fallback deserves, for the article's report."""
    fallback = getattr(text, "fallback", None)
    return [f"encoding fallback: {fallback}"] if fallback else []


def charset_of(content_type: str) -> str | None:
    """The ``charset`` a Content-Type header names (lower case), if any."""
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.strip().lower() == "charset" and value.strip("\"' "):
            return value.strip("\"' ").lower()
    return None


def decode_body(body: bytes, content_type: str, origin: str) -> Union[str, IngestError]:
    """Bytes of an HTTP payload (a URL, a WARC record): the Content-Type's
    charset when it names one that works, else as a file is decoded."""
    charset = charset_of(content_type)
    if charset:
        try:
            return body.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return _decode(body, origin)


def _from_text(text: str, origin: str) -> RawArticle:
    """Plain text: leading ``key: value`` lines are metadata (title, date, url…)."""
    meta: dict[str, str] = {}
    keys: dict[str, str] = {}  # attribute -> the header as written ("Published")
    lines = text.splitlines()
    i = 0
    while i < len(lines) and i < 8:
        m = _HEADER.match(lines[i])
        if not m:
            break
        key = m.group(1).lower()
        meta[_HEADER_KEYS.get(key, key)] = m.group(2)
        keys[_HEADER_KEYS.get(key, key)] = m.group(1)
        i += 1
    body = "\n".join(lines[i:]) if meta else text
    return RawArticle(origin=origin, text=body, title=meta.get("title"), date=meta.get("date"),
                      url=meta.get("url"), source=meta.get("source"), lang=meta.get("lang"),
                      author=meta.get("author"), keys=keys, warnings=_notes(text))


# a whole HTML document: a doctype or <html> first (comments and a BOM allowed before)
_HTML_DOC = re.compile(r"\A\ufeff?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.IGNORECASE | re.DOTALL)


def looks_like_html(text: str) -> bool:
    """Whether a text input is in fact a whole HTML page (a scraper that saved
    pages as ``.txt``, or put the page in a record's ``text``): read as text,
    its menus and markup would be the article."""
    return bool(_HTML_DOC.match(text[:4096]))


def _from_html(html: str, origin: str, url: str | None = None, **given) -> Item:
    """HTML page: trafilatura finds the main text, title, date, author and site.

    The page is parsed once (libxml2, C speed) and refused when it has more
    than :data:`MAX_HTML_ELEMENTS` elements: extraction walks the tree in
    Python several times, and 500,000 empty tags in 3.5 MB took 205 s."""
    from trafilatura import bare_extraction
    from trafilatura.utils import load_html

    try:
        tree = load_html(html)
        if tree is None:
            return IngestError(origin, "no article text found in the HTML")
        elements = sum(1 for _ in tree.iter())
        if elements > MAX_HTML_ELEMENTS:
            return IngestError(origin, f"HTML too complex ({elements:,} elements > "
                               f"{MAX_HTML_ELEMENTS:,}); not an article page")
        doc = bare_extraction(tree, url=url, with_metadata=True, include_comments=False)
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        return IngestError(origin, f"HTML could not be parsed: {exc}")
    if doc is None:
        return IngestError(origin, "no article text found in the HTML")
    d = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = d.get("text") or ""
    title = given.get("title") or d.get("title")
    first, _, rest = text.partition("\n")
    if title and first.strip() == title.strip() and rest.strip():
        text = rest  # trafilatura repeats the <h1> headline as the first line
    if not text.strip():
        return IngestError(origin, "no article text found in the HTML")
    return RawArticle(origin=origin, text=text, html=html, title=title,
                      url=url or d.get("url"), source=given.get("source") or d.get("sitename"),
                      lang=given.get("lang"), date=given.get("date") or d.get("date"),
                      author=given.get("author") or d.get("author"),
                      external_id=given.get("external_id"),
                      warnings=_notes(html))


def _lines(stream: IO[bytes], limit: int | None = None) -> Iterator[tuple[int, bytes | None, int]]:
    """(line number, line or None when longer than ``limit``, its size in bytes).

    Reads at most ``limit`` + 1 bytes at a time, so a line that expands to
    gigabytes (a gzip bomb) is measured and skipped without being held.
    """
    limit = limit or MAX_LINE_BYTES
    lineno = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        lineno += 1
        if len(line) <= limit or line.endswith(b"\n"):
            yield lineno, line, len(line)
            continue
        size = len(line)
        while not line.endswith(b"\n"):
            line = stream.readline(1 << 20)
            if not line:
                break
            size += len(line)
        yield lineno, None, size


class _Recoded:
    """A UTF-16 or UTF-32 byte stream whose lines are read back as UTF-8 bytes,
    so that the JSONL reader (which splits bytes at b"\\n") reads it unchanged."""

    def __init__(self, stream: IO[bytes], codec: str):
        import io

        self._text = io.TextIOWrapper(stream, encoding=codec, errors="replace", newline="")

    def readline(self, size: int = -1) -> bytes:
        return self._text.readline(size).encode("utf-8", "surrogatepass")


def _utf8_lines(stream: IO[bytes]) -> tuple[IO[bytes], str | None]:
    """``stream`` itself, or, when its first bytes are UTF-16 or UTF-32 text
    (:func:`.decoding.wide_codec`), a reader of its lines in UTF-8, with the
    warning to report (None when a byte-order mark said so)."""
    if hasattr(stream, "peek"):
        head = stream.peek(8192)[:8192]
    elif hasattr(stream, "getvalue"):
        head = stream.getvalue()[stream.tell():stream.tell() + 8192]
    else:
        return stream, None
    wide = wide_codec(head)
    if wide is None:
        return stream, None
    codec, bom, note = wide
    # the codec without its byte order reads the mark and drops it
    return _Recoded(stream, codec[:6] if bom else codec), note  # type: ignore[return-value]


def _read_jsonl_stream(stream: IO[bytes], origin: str, empty_ok: bool = False) -> Iterator[Item]:
    """Each line a record or an error naming ``origin:line``.  A file with no
    record at all is one error, as an empty .txt is (it was "added 0 articles"
    and success), unless ``empty_ok`` (stdin: a feed with nothing new); a
    binary file is one error, not one "broken JSON" per line of bytes.
    A UTF-16 or UTF-32 stream is read as text (:func:`_utf8_lines`)."""
    lines = 0
    stream, wide_note = _utf8_lines(stream)
    for lineno, raw, size in _lines(stream):
        where = f"{origin}:{lineno}"
        if raw is None:
            yield IngestError(where, f"line too large ({size:,} bytes > {MAX_LINE_BYTES:,}); "
                              "skipped without reading it whole")
            continue
        if not raw.strip():
            continue
        lines += 1
        if lines == 1 and b"\x00" in raw:
            yield IngestError(origin, "binary file (contains NUL bytes), not JSONL")
            return
        text = decode_bytes(raw)
        try:
            obj = loads(text.encode("utf-8", "surrogatepass") if text.fallback else raw)
        except JSONInputError as exc:
            yield IngestError(where, str(exc))
            continue
        item = from_record(obj, where)
        if isinstance(item, RawArticle):
            item.warnings[:0] = _notes(text) + ([f"encoding fallback: {wide_note}"] if wide_note else [])
        yield item
    if not lines and not empty_ok:
        yield IngestError(origin, "empty file: no JSON records")


def from_record(obj: object, origin: str) -> Item:
    """One JSON object (a JSONL line or an API body) to a raw article; a field
    of the wrong type is an error naming it (:func:`.fields.read_fields`)."""
    try:
        f = read_fields(obj)
    except FieldError as exc:
        return IngestError(origin, str(exc), exc.field or None)
    given = {k: v for k, v in f.meta.items() if k != "url"}
    if not (f.text and f.text.strip()):
        item = _from_html(f.html, origin, url=f.meta["url"], **given)
        if isinstance(item, IngestError):  # the API's 422 names the field: loc ["body", "html"]
            item.field = "html"
    elif not (f.html and f.html.strip()) and looks_like_html(f.text):
        item = _from_html(f.text, origin, url=f.meta["url"], **given)
        if isinstance(item, RawArticle):
            item.warnings.append("field 'text' holds a whole HTML page: read as HTML")
        else:
            item.field = "text"
    else:
        item = RawArticle(origin=origin, text=f.text, url=f.meta["url"], extra=f.extra, **given)
    if isinstance(item, RawArticle):
        item.warnings.extend(f.notes)
        item.keys = dict(f.keys)
    return item
