"""URLs (``storyline ingest https://…``): a page, a feed, or JSONL, fetched once.

The one place Storyline touches the network, and only when a user names a
URL: nothing else (models, data) is ever downloaded.  The response's
Content-Type decides the reader (HTML page, RSS/Atom feed, JSON lines); a
body that says it is XML or plain text is sniffed for a feed.  A feed's
entries may be followed to their pages (``follow``).  Every failure (DNS,
refused connection, time, HTTP status, size, a refused address) is an
:class:`IngestError` naming the URL; the run goes on.

Every fetch is bounded (:class:`~storyline.ingest.netguard.FetchPolicy`): only
http(s), a total deadline enforced by a watchdog that closes the socket (a
server dripping one byte at a time is cut off), a size cap, a redirect cap.
Redirects are followed here, hop by hop, so that each hop is checked: the URL
the user named may point anywhere, but feed entry links and every redirect
must resolve to public addresses (:mod:`storyline.ingest.netguard`).
"""
from __future__ import annotations

import functools
import http.client
import io
import threading
import time
from dataclasses import dataclass, field
from typing import Callable, Iterator
from urllib.parse import quote, urljoin, urlsplit

from storyline.ingest.netguard import (ALLOW_PRIVATE_ENV, BlockedAddress, CheckedHTTPConnection,
                                       CheckedHTTPSConnection, FetchPolicy)
from storyline.ingest.formats import (IngestError, Item, _from_html, _read_jsonl_stream,
                                      decode_body)
from storyline.records import RawArticle

USER_AGENT = "Storyline/0.1 (offline-first news analysis; +https://example.invalid/storyline)"
HEADERS = {"User-Agent": USER_AGENT, "Accept-Encoding": "identity",
           "Accept": "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, "
                     "application/xml;q=0.9, */*;q=0.5"}
REDIRECTS = (301, 302, 303, 307, 308)
# a response's validators, kept so the page can be asked for again only if it changed
# (conditional GET: sent back as If-None-Match / If-Modified-Since)
VALIDATORS = ("ETag", "Last-Modified")
ASK_WITH = {"ETag": "If-None-Match", "Last-Modified": "If-Modified-Since"}
SCHEMES = ("http", "https")


def is_url(s: str) -> bool:
    return s.startswith(("http://", "https://"))


class _Refused(Exception):
    """A fetch that stops here; the message names the URL and why."""


class _DeadlinePassed(Exception):
    """The fetch's total deadline passed (not one read's timeout)."""


class _Watchdog:
    """Closes a connection's socket when the fetch's total deadline passes, so
    a read blocked on a slow server returns at once."""

    def __init__(self, conn: http.client.HTTPConnection, seconds: float):
        self.fired = False
        self.conn = conn
        self.timer = threading.Timer(max(seconds, 0.0), self._fire)
        self.timer.daemon = True

    def _fire(self) -> None:
        self.fired = True
        sock = self.conn.sock
        if sock is not None:
            try:
                sock.shutdown(2)  # SHUT_RDWR: wakes a blocked recv in the fetching thread
            except OSError:
                pass

    def __enter__(self) -> "_Watchdog":
        self.timer.start()
        return self

    def __exit__(self, *exc) -> None:
        self.timer.cancel()
        self.conn.close()


def _target(url: str) -> tuple[bool, str, int | None, str]:
    """(https?, ASCII host, port, request target) of an http(s) URL."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in SCHEMES:
        raise _Refused(f"only http and https URLs are fetched, not {parts.scheme or 'no scheme'}:")
    if not parts.hostname:
        raise _Refused("the URL names no host")
    try:
        host = parts.hostname.encode("idna").decode("ascii")
        port = parts.port
    except (UnicodeError, ValueError) as exc:
        raise _Refused(f"bad host or port ({exc})") from None
    path = quote(parts.path or "/", safe="/%:@!$&'()*+,;=-._~")
    query = quote(parts.query, safe="/%:@!$&'()*+,;=-._~?")
    return parts.scheme.lower() == "https", host, port, path + ("?" + query if query else "")


def _get(url: str, check: bool, deadline: float, policy: FetchPolicy,
         asked: dict[str, str] | None = None) -> tuple[int, str, bytes, str, dict[str, str]]:
    """One GET with ``asked`` headers added (a conditional GET's validators):
    (status, Content-Type or Location, body, reason, the response's validators)."""
    https, host, port, target = _target(url)
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise _DeadlinePassed
    cls = CheckedHTTPSConnection if https else CheckedHTTPConnection
    conn = cls(host, port, timeout=min(policy.read_timeout_s, remaining), check=check,
               deadline=deadline)
    with _Watchdog(conn, remaining) as dog:
        try:
            conn.request("GET", target, headers={**HEADERS, **(asked or {})})
            resp = conn.getresponse()
            validators = {k: v for k in VALIDATORS if (v := resp.getheader(k, "").strip())}
            if resp.status in REDIRECTS:
                return resp.status, resp.getheader("Location", ""), b"", resp.reason, validators
            if not 200 <= resp.status < 300:
                return resp.status, "", b"", resp.reason, validators
            length = resp.getheader("Content-Length", "")
            if length.strip().isdigit() and int(length) > policy.max_bytes:
                raise _Refused(f"is larger than {policy.max_bytes} bytes (Content-Length {int(length)})")
            chunks, size = [], 0
            while chunk := resp.read1(64 * 1024):
                chunks.append(chunk)
                size += len(chunk)
                if size > policy.max_bytes:
                    raise _Refused(f"is larger than {policy.max_bytes} bytes")
                if dog.fired:
                    raise _DeadlinePassed
            if dog.fired:
                raise _DeadlinePassed
            return resp.status, resp.getheader("Content-Type", ""), b"".join(chunks), resp.reason, validators
        except (OSError, http.client.HTTPException):
            if dog.fired or time.monotonic() >= deadline:
                raise _DeadlinePassed from None
            raise


@dataclass
class Fetched:
    """A fetch's answer: a 2xx body, or 304 Not Modified (no body) to a
    conditional GET; ``validators``: the response's ETag / Last-Modified."""
    status: int
    body: bytes
    ctype: str
    validators: dict[str, str] = field(default_factory=dict)


def fetch(url: str, origin: str | None = None, policy: FetchPolicy | None = None,
          named: bool = False) -> tuple[bytes, str] | IngestError:
    """The body and Content-Type of a 2xx response, within ``policy``'s bounds.

    ``named``: the user gave this URL, so its own address is not checked; links
    (``named=False``) and every redirect hop must resolve to public addresses
    unless the policy allows private ones.
    """
    got = fetch_checked(url, origin, policy, named)
    return got if isinstance(got, IngestError) else (got.body, got.ctype)


def fetch_checked(url: str, origin: str | None = None, policy: FetchPolicy | None = None,
                  named: bool = False, validators: dict[str, str] | None = None) -> Fetched | IngestError:
    """:func:`fetch`, conditional when ``validators`` (a stored ETag /
    Last-Modified) are given: a 304 answer is a :class:`Fetched` with status
    304 and no body; any other non-2xx status is an :class:`IngestError`
    whose ``status`` attribute holds it (a refresh tells 404/410 from a failure)."""
    policy = policy or FetchPolicy()
    origin = origin or url
    asked = {ASK_WITH[k]: v for k, v in (validators or {}).items() if k in ASK_WITH and v}
    deadline = time.monotonic() + policy.deadline_s
    current, check = url, not (named or policy.allow_private)
    for hop in range(policy.max_redirects + 1):
        where = f"{current} (redirected from {url})" if hop else url
        try:
            status, info, body, reason, got = _get(current, check, deadline, policy, asked)
        except _Refused as exc:
            return IngestError(origin, f"refused {where}: {exc}")
        except BlockedAddress as exc:
            return IngestError(origin, f"refused {where}: {exc}; links and redirects are fetched "
                               "only from public addresses (allow private ones with "
                               f"--allow-private-urls or {ALLOW_PRIVATE_ENV}=1)")
        except _DeadlinePassed:
            return IngestError(origin, f"cut off {where}: no complete answer within "
                               f"{policy.deadline_s:g} s (total deadline)")
        except (OSError, http.client.HTTPException, ValueError) as exc:
            reason = getattr(exc, "reason", None) or getattr(exc, "strerror", None) or exc
            return IngestError(origin, f"cannot fetch {where}: {reason or type(exc).__name__}")
        if status in REDIRECTS:
            if not info:
                return IngestError(origin, f"HTTP {status} without a Location for {where}")
            current, check = urljoin(current, info.strip()), not policy.allow_private
            continue
        if status == 304 and asked:
            return Fetched(304, b"", "", got)
        if not 200 <= status < 300:
            return IngestError(origin, f"HTTP {status} {reason} for {where}", status=status)
        if not body.strip():
            return IngestError(origin, f"{where} returned an empty body")
        return Fetched(status, body, info.lower(), got)
    return IngestError(origin, f"refused {url}: more than {policy.max_redirects} redirects")


def read_page(url: str, origin: str | None = None, policy: FetchPolicy | None = None) -> Item:
    """One linked URL (a feed entry's link) as one article; its address is checked."""
    got = fetch_checked(url, origin, policy)
    return got if isinstance(got, IngestError) else page_of(got, url, origin or url)


def page_of(got: Fetched, url: str, origin: str) -> Item:
    """A fetched page as one article, carrying its validators in
    ``RawArticle.fetched`` (stored with it, for the next conditional GET)."""
    text = decode_body(got.body, got.ctype, origin)
    if isinstance(text, IngestError):
        return text
    page = _from_html(text, origin, url=url)
    if isinstance(page, RawArticle):
        page.fetched = dict(got.validators)
    return page


def page_reader(policy: FetchPolicy | None) -> Callable[[str, str], Item]:
    """:func:`read_page` bound to ``policy``: the ``fetch`` that feeds follow links with."""
    return functools.partial(read_page, policy=policy)


def read_url(url: str, follow: bool = False, seen: Callable[[str, dict], str] | None = None,
             policy: FetchPolicy | None = None) -> Iterator[Item]:
    """Articles behind a URL the user named: a page, a feed's entries, or JSON
    lines (``seen``: links already stored, not fetched again when following)."""
    from storyline.ingest.feeds import read_feed

    got = fetch_checked(url, policy=policy, named=True)
    if isinstance(got, IngestError):
        yield got
        return
    body, ctype = got.body, got.ctype
    if "json" in ctype:
        yield from _read_jsonl_stream(io.BytesIO(body), url)
        return
    head = body[:2048].lstrip().lower()
    looks_like_feed = any(t in ctype for t in ("rss", "atom")) or (
        ("xml" in ctype or "text/plain" in ctype or not ctype)
        and any(tag in head for tag in (b"<rss", b"<feed", b"<rdf:rdf")))
    if looks_like_feed:
        yield from read_feed(body, url, page_reader(policy) if follow else None, seen)
        return
    yield page_of(got, url, url)
