"""URLs (``storyline ingest https://…``): a page, a feed, or JSONL, fetched once.

The one place Storyline touches the network, and only when a user names a
URL: nothing else (models, data) is ever downloaded.  The response's
Content-Type decides the reader (HTML page, RSS/Atom feed, JSON lines); a
body that says it is XML or plain text is sniffed for a feed.  A feed's
entries may be followed to their pages (``follow``).  Every failure (DNS,
refused connection, timeout, HTTP status, size) is an :class:`IngestError`
naming the URL; the run goes on.
"""
from __future__ import annotations

import io
import urllib.error
import urllib.request
from typing import Callable, Iterator

from storyline.ingest.readers import (MAX_FILE_BYTES, IngestError, Item, _from_html,
                                      _read_jsonl_stream, decode_body)

TIMEOUT_S = 20
USER_AGENT = "Storyline/0.1 (offline-first news analysis; +https://example.invalid/storyline)"


def is_url(s: str) -> bool:
    return s.startswith(("http://", "https://"))


def fetch(url: str, origin: str | None = None) -> tuple[bytes, str] | IngestError:
    """The body (at most ``MAX_FILE_BYTES``) and Content-Type of a 200 response."""
    origin = origin or url
    req = urllib.request.Request(url, headers={"User-Agent": USER_AGENT,
                                               "Accept": "text/html, application/xhtml+xml, "
                                                         "application/rss+xml, application/atom+xml, "
                                                         "application/xml;q=0.9, */*;q=0.5"})
    try:
        with urllib.request.urlopen(req, timeout=TIMEOUT_S) as resp:
            body = resp.read(MAX_FILE_BYTES + 1)
            ctype = resp.headers.get("Content-Type", "")
    except urllib.error.HTTPError as exc:
        return IngestError(origin, f"HTTP {exc.code} {exc.reason} for {url}")
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        return IngestError(origin, f"cannot fetch {url}: {reason}")
    if len(body) > MAX_FILE_BYTES:
        return IngestError(origin, f"{url} is larger than {MAX_FILE_BYTES} bytes")
    if not body.strip():
        return IngestError(origin, f"{url} returned an empty body")
    return body, ctype.lower()


def read_page(url: str, origin: str | None = None) -> Item:
    """One URL as one article (for a feed entry's link)."""
    got = fetch(url, origin)
    if isinstance(got, IngestError):
        return got
    body, ctype = got
    text = decode_body(body, ctype, origin or url)
    if isinstance(text, IngestError):
        return text
    return _from_html(text, origin or url, url=url)


def read_url(url: str, follow: bool = False,
             seen: Callable[[str], bool] | None = None) -> Iterator[Item]:
    """Articles behind a URL: a page, a feed's entries, or JSON lines
    (``seen``: links already stored, not fetched again when following)."""
    from storyline.ingest.feeds import read_feed

    got = fetch(url)
    if isinstance(got, IngestError):
        yield got
        return
    body, ctype = got
    if "json" in ctype:
        yield from _read_jsonl_stream(io.BytesIO(body), url)
        return
    head = body[:2048].lstrip().lower()
    looks_like_feed = any(t in ctype for t in ("rss", "atom")) or (
        ("xml" in ctype or "text/plain" in ctype or not ctype)
        and any(tag in head for tag in (b"<rss", b"<feed", b"<rdf:rdf")))
    if looks_like_feed:
        yield from read_feed(body, url, read_page if follow else None, seen)
        return
    text = decode_body(body, ctype, url)
    if isinstance(text, IngestError):
        yield text
        return
    yield _from_html(text, url, url=url)
