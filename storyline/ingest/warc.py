"""WARC archives (``.warc``, ``.warc.gz``): the pages a crawler saved, one article each.

Web archives are how newsrooms and researchers keep what they crawled
(Heritrix, wget ``--warc-file``, browsertrix, Common Crawl news).  Every
``response`` (or ``resource``) record holding an HTML page with status 200 is
read like an ``.html`` file, with the record's target URI as the article URL;
requests, metadata, redirects, errors and non-HTML payloads are passed over.
The crawl time (``WARC-Date``) is *not* taken as the publication date: an
archive may hold a page years after it appeared (the page's own date, URL or
dateline still count; ``ingest --date`` can vouch for the rest).
"""
from __future__ import annotations

import gzip
import zlib
from pathlib import Path
from typing import Iterator

from storyline.ingest.formats import MAX_FILE_BYTES, IngestError, Item, _from_html, decode_body


def read_warc(path: Path) -> Iterator[Item]:
    """Articles from one WARC file; a broken archive is reported, the records
    read before the break are kept."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    origin = str(path)
    pages = 0
    try:
        with open(path, "rb") as fh:
            for n, record in enumerate(ArchiveIterator(fh), 1):
                item = _page(record, f"{origin}#{n}")
                if item is not None:
                    pages += 1
                    yield item
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
        # warcio quotes the "first line" it could not read: the raw bytes of a
        # file that is no archive at all (a screenful of binary in the terminal)
        said = str(exc).split(", first line:")[0]
        if pages == 0 and said.startswith("Unknown archive format"):
            yield IngestError(origin, "not a WARC archive: it opens with neither a 'WARC/' record "
                                      "header nor a gzip-compressed one")
        else:
            yield IngestError(origin, f"broken WARC archive after {pages} page(s): {said}")
        return
    except (AttributeError, KeyError, TypeError, IndexError) as exc:
        # warcio trips over malformed headers with these (a response record
        # without WARC-Target-URI raised AttributeError through the whole ingest)
        yield IngestError(origin, f"broken WARC archive after {pages} page(s): malformed record "
                                  f"headers ({type(exc).__name__}: {exc})")
        return
    damage = _gzip_damage(path)  # warcio stops quietly at a cut-off gzip member
    if damage:
        yield IngestError(origin, f"WARC archive is truncated or corrupt after {pages} page(s) "
                                  f"({damage}); whatever followed is lost")
        return
    if pages == 0:
        yield IngestError(origin, "no HTML page with status 200 in this WARC archive")


def _gzip_damage(path: Path) -> str | None:
    """Why a ``.gz`` file does not decompress to its end (None if it does)."""
    if not path.name.lower().endswith(".gz"):
        return None
    try:
        with gzip.open(path, "rb") as fh:
            while fh.read(1 << 20):
                pass
    except (EOFError, OSError, zlib.error) as exc:
        return str(exc)
    return None


def _page(record, where: str) -> Item | None:
    """One record as an article, an error, or ``None`` when it is not a page."""
    if record.rec_type not in ("response", "resource"):
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI")
    if record.rec_type == "response":
        http = record.http_headers
        if http is None or http.get_statuscode() != "200":
            return None
        ctype = http.get_header("Content-Type") or ""
    else:
        ctype = record.rec_headers.get_header("Content-Type") or ""
    if "html" not in ctype.lower():
        return None
    origin = f"{where} ({uri})" if uri else where
    body = record.content_stream().read(MAX_FILE_BYTES + 1)
    if len(body) > MAX_FILE_BYTES:
        return IngestError(origin, f"page larger than {MAX_FILE_BYTES} bytes")
    missing = getattr(record.raw_stream, "limit", 0)
    if missing:  # the archive ends inside this record
        return IngestError(origin, f"record truncated: {missing} byte(s) of it are missing")
    html = decode_body(body, ctype, origin)
    if isinstance(html, IngestError):
        return html
    return _from_html(html, origin, url=uri)
