"""Readers for the input formats Storyline accepts.

Each reader yields :class:`RawArticle` records or :class:`IngestError` values
(never raises for bad input), so that one broken file or line is reported with
its path and reason while the rest of the run goes on.

Formats: ``.txt`` (plain text, optional ``key: value`` header lines),
``.html``/``.htm`` (main text and metadata via trafilatura), ``.jsonl`` and
``.jsonl.gz`` (one article per line), ``-`` for JSONL on standard input, and,
in their own modules, WARC archives (:mod:`.warc`), RSS/Atom feeds
(:mod:`.feeds`) and URLs (:mod:`.web`).
"""
from __future__ import annotations

import gzip
import re
import sys
import zlib
from pathlib import Path
from typing import IO, TYPE_CHECKING, Callable, Iterable, Iterator, Union

# the formats' parsers and the shared record types live in .formats (which the
# WARC, feed and URL readers import, so none of them needs this module back)
from storyline.ingest.formats import (MAX_FILE_BYTES, MAX_HTML_ELEMENTS, MAX_LINE_BYTES,  # noqa: F401
                                      MAX_TEXT_CHARS, IngestError, Item, _decode, _from_html,
                                      _from_text, _read_jsonl_stream, decode_body, from_record,
                                      looks_like_html)

if TYPE_CHECKING:
    from storyline.ingest.netguard import FetchPolicy

# a plain-text file is read only as far as the analysed text can reach (UTF-8: <= 4 bytes a char)
_TEXT_READ_BYTES = 4 * MAX_TEXT_CHARS + 4
TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")
WARC_SUFFIXES = (".warc", ".warc.gz")
FEED_SUFFIXES = (".rss", ".atom", ".xml")
SUPPORTED = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + WARC_SUFFIXES + FEED_SUFFIXES


def _suffix(path: Path) -> str:
    name = path.name.lower()
    for suf in JSONL_SUFFIXES + WARC_SUFFIXES + HTML_SUFFIXES + TEXT_SUFFIXES + FEED_SUFFIXES:
        if name.endswith(suf):
            return suf
    return path.suffix.lower()


_OTHER_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+://")


def iter_inputs(paths: Iterable[str]) -> Iterator[Union[Path, str, IngestError]]:
    """Expand folders recursively (sorted, so runs are reproducible).

    Yields file paths, ``"-"`` for stdin, URLs as given, or an error for a
    missing path.  Unsupported files inside folders are skipped silently;
    named explicitly, they are reported.
    """
    for p in paths:
        if p == "-" or p.startswith(("http://", "https://")):
            yield p
            continue
        if _OTHER_URL.match(p):  # "ftp://x/y" was looked for as the file ftp:/x/y
            scheme = p.split(":", 1)[0]
            if scheme.lower() in ("http", "https"):  # "HTTPS://…" is a URL too
                yield scheme.lower() + p[len(scheme):]
            else:
                yield IngestError(p, f"unsupported URL scheme {scheme!r}; only http(s) URLs "
                                  "are fetched (download it and ingest the file)")
            continue
        path = Path(p)
        if path.is_dir():
            for f in sorted(path.rglob("*")):
                if f.is_file() and _suffix(f) in SUPPORTED and not f.name.startswith("."):
                    if _suffix(f) == ".xml" and not _looks_like_feed(f):
                        continue  # sitemaps, NewsML, configs: not ours unless named
                    yield f
        elif path.is_file():
            if _suffix(path) in SUPPORTED:
                yield path
            else:
                yield IngestError(str(path), f"unsupported file type {path.suffix or '(none)'!r}; "
                                  f"expected one of {', '.join(SUPPORTED)}")
        else:
            yield IngestError(str(path), "no such file or directory")


def _looks_like_feed(path: Path) -> bool:
    """An ``.xml`` file whose start names an RSS, Atom or RDF feed root."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(4096).lower()
    except OSError:
        return True  # let the reader report why it cannot be read
    return any(tag in head for tag in (b"<rss", b"<feed", b"<rdf:rdf"))


def _gzip_fault(exc: Exception) -> str:
    """Why a ``.jsonl.gz`` stopped, in words: not gzip at all, or damaged on the way
    (the lines read before the damage were yielded and are kept)."""
    if str(exc).startswith("Not a gzipped file"):
        return "not gzip-compressed, though its name ends in .gz (rename it to .jsonl)"
    return (f"the gzip file is damaged ({exc}): the lines read before the damage are kept, "
            "what followed is lost")


def read_path(path: Union[Path, str], stdin: IO[bytes] | None = None,
              follow: bool = False, seen: Callable[[str, dict], str] | None = None,
              policy: FetchPolicy | None = None) -> Iterator[Item]:
    """Read one input (a file, a URL or ``"-"``) into raw articles or errors;
    ``follow``: fetch the page each feed entry links to, unless ``seen(link, stamp)``
    says it is stored and current (:func:`storyline.ingest.feeds.read_feed`);
    ``policy``: the bounds of every fetch (:mod:`storyline.ingest.netguard`)."""
    if path == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        yield from _read_jsonl_stream(stream, "<stdin>", empty_ok=True)
        return
    if isinstance(path, str) and path.startswith(("http://", "https://")):
        from storyline.ingest.web import read_url

        yield from read_url(path, follow, seen, policy)
        return
    path = Path(path)
    origin = str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        yield IngestError(origin, f"cannot read: {exc.strerror or exc}")
        return
    suf = _suffix(path)
    if suf in JSONL_SUFFIXES:
        try:
            opener = gzip.open if suf == ".jsonl.gz" else open
            with opener(path, "rb") as fh:
                yield from _read_jsonl_stream(fh, origin)
        except EOFError:  # cut off in transfer: the lines read so far were yielded and are kept
            yield IngestError(origin, "the gzip file is cut off (its compressed data ends early): "
                                      "the complete lines before the cut were read, what followed is lost")
        except (gzip.BadGzipFile, zlib.error) as exc:  # zlib.error was a traceback
            yield IngestError(origin, _gzip_fault(exc))
        except OSError as exc:
            yield IngestError(origin, f"cannot read: {exc.strerror or exc}")
        return
    if suf in WARC_SUFFIXES:
        from storyline.ingest.warc import read_warc

        yield from read_warc(path)
        return
    if size == 0:
        yield IngestError(origin, "empty file")
        return
    if size > MAX_FILE_BYTES:
        yield IngestError(origin, f"file too large ({size} bytes > {MAX_FILE_BYTES}); "
                          "split it or convert it to JSONL")
        return
    try:
        if suf in TEXT_SUFFIXES:  # memory stays flat: only what can be analysed is read
            with open(path, "rb") as fh:
                data = fh.read(_TEXT_READ_BYTES)
            data = _whole_chars(data) if size > len(data) else data
        else:
            data = path.read_bytes()
    except OSError as exc:
        yield IngestError(origin, f"cannot read: {exc.strerror or exc}")
        return
    if suf in FEED_SUFFIXES:
        from storyline.ingest.feeds import read_feed
        from storyline.ingest.web import page_reader

        yield from read_feed(data, origin, page_reader(policy) if follow else None, seen)
        return
    text = _decode(data, origin)
    if isinstance(text, IngestError):
        yield text
        return
    if not text.strip():
        yield IngestError(origin, "file has no text")
        return
    if suf in HTML_SUFFIXES:
        yield _from_html(text, origin)
    elif looks_like_html(text):
        item = _from_html(text, origin)
        if not isinstance(item, IngestError):
            item.warnings.append("a whole HTML page: read as HTML")
        yield item
    else:
        yield _from_text(text, origin)


def _whole_chars(data: bytes) -> bytes:
    """A prefix cut at a byte limit, without the UTF-8 character the cut split."""
    for back in range(1, 4):
        if len(data) > back and data[-back] & 0xC0 == 0xC0:  # a lead byte in the last 3
            need = 2 if data[-back] < 0xE0 else 3 if data[-back] < 0xF0 else 4
            return data[:-back] if need > back else data
    return data


__all__ = ["IngestError", "iter_inputs", "read_path", "from_record",
           "SUPPORTED"]
