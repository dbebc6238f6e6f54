"""The fetch guard: which addresses Storyline may connect to on its own, and
sockets that connect only to an address that passed the check.

Why: a feed is written by someone else.  Its entry links and any server's
redirects could point Storyline at this machine (``127.0.0.1``), the local
network, a cloud metadata service (``169.254.169.254``) or a non-HTTP service.
So every URL Storyline fetches *on its own* — feed entry links and every
redirect hop — must resolve only to public addresses, unless the user allows
private ones (``--allow-private-urls`` / ``STORYLINE_ALLOW_PRIVATE_URLS=1``) for
intranet feeds.  A URL the user names explicitly may point anywhere.

The check runs inside the connection, on the addresses DNS returned, and the
socket connects to the very address that was checked (then its peer address is
checked again): a name cannot resolve to a public address for the check and a
private one for the connect (DNS rebinding).  TLS still verifies the
certificate against the host *name*.  The name lookup itself runs under the
fetch's deadline (:func:`resolve`).
"""
from __future__ import annotations

import http.client
import ipaddress
import os
import socket
import ssl
import threading
import time
from dataclasses import dataclass, field

from storyline.ingest.formats import MAX_FILE_BYTES

ALLOW_PRIVATE_ENV = "STORYLINE_ALLOW_PRIVATE_URLS"
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


def _env_allows_private() -> bool:
    return os.environ.get(ALLOW_PRIVATE_ENV, "").strip().lower() in ("1", "true", "yes", "on")


@dataclass(frozen=True)
class FetchPolicy:
    """Limits of every fetch: private addresses, total time, size, redirects.

    ``deadline_s`` bounds a whole fetch (connect, headers, body, every redirect),
    not one read: a server sending a byte every two seconds is cut off.
    """

    allow_private: bool = field(default_factory=_env_allows_private)
    deadline_s: float = 60.0
    read_timeout_s: float = 20.0
    max_bytes: int = MAX_FILE_BYTES
    max_redirects: int = 5


class BlockedAddress(OSError):
    """A host resolved to an address Storyline does not fetch on its own."""


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 one stands for (mapped, 6to4, NAT64), if any."""
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def why_not_public(address: str) -> str | None:
    """Why ``address`` is not a public unicast address (None when it is)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # drop an IPv6 zone id
    if isinstance(ip, ipaddress.IPv6Address) and (v4 := _embedded_ipv4(ip)) is not None:
        inner = why_not_public(str(v4))
        return f"{inner} (as {ip})" if inner else None
    for attr, what in (("is_unspecified", "an unspecified address"), ("is_loopback", "a loopback address"),
                       ("is_link_local", "a link-local address"), ("is_multicast", "a multicast address"),
                       ("is_private", "a private address"), ("is_reserved", "a reserved address")):
        if getattr(ip, attr):
            return f"{ip} is {what}"
    if getattr(ip, "is_site_local", False):
        return f"{ip} is a site-local address"
    if not ip.is_global:  # e.g. 100.64.0.0/10 (carrier-grade NAT), IPv4-compatible ::a.b.c.d
        return f"{ip} is not a public address"
    return None


# Name lookups running at once.  ``getaddrinfo`` cannot be interrupted, so a
# lookup that outlives its fetch's deadline keeps its thread until the system
# resolver gives up; this bounds how many such threads there can be.
MAX_LOOKUPS = 8
_lookups = threading.BoundedSemaphore(MAX_LOOKUPS)


def resolve(host: str, port: int, seconds: float) -> list[tuple]:
    """``getaddrinfo`` for a TCP connection, answered within ``seconds``.

    The system resolver has no deadline of its own (a dead DNS server holds
    it for tries x timeouts), so it runs in a daemon thread and the caller
    waits at most ``seconds``: a fetch's total deadline covers the name
    lookup too.  Raises :class:`TimeoutError` when no answer came in time."""
    started = time.monotonic()
    if seconds <= 0 or not _lookups.acquire(timeout=seconds):
        raise TimeoutError(f"no DNS lookup of {host} could start within {max(seconds, 0):.1f} s")
    answer: dict[str, object] = {}
    done = threading.Event()

    def lookup() -> None:
        try:
            answer["infos"] = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except BaseException as exc:  # handed to the caller
            answer["error"] = exc
        finally:
            _lookups.release()
            done.set()

    threading.Thread(target=lookup, name=f"dns {host}", daemon=True).start()
    if not done.wait(max(seconds - (time.monotonic() - started), 0)):
        raise TimeoutError(f"no DNS answer for {host} within {seconds:.1f} s")
    if "error" in answer:
        raise answer["error"]  # type: ignore[misc]
    return answer["infos"]  # type: ignore[return-value]


def open_checked(host: str, port: int, timeout: float, check: bool,
                 deadline: float | None = None) -> socket.socket:
    """A TCP socket to ``host:port``; with ``check``, refused (:class:`BlockedAddress`)
    unless every address the name resolves to is public.  The name lookup and
    each address are given ``timeout`` seconds, all of them together no more
    than until ``deadline`` (monotonic)."""
    left = timeout if deadline is None else min(timeout, deadline - time.monotonic())
    infos = resolve(host, port, left)
    if check:
        refused = sorted({why for *_, addr in infos if (why := why_not_public(addr[0]))})
        if refused:
            raise BlockedAddress(f"{host} resolves to a non-public address ({'; '.join(refused)})")
    last: OSError | None = None
    for family, kind, proto, _, addr in infos:
        left = timeout if deadline is None else min(timeout, deadline - time.monotonic())
        if left <= 0:
            raise TimeoutError(f"no connection to {host} before the deadline")
        sock = socket.socket(family, kind, proto)
        try:
            sock.settimeout(left)
            sock.connect(addr)  # the address just checked, not the name again
            peer = sock.getpeername()[0]
            if check and (why := why_not_public(peer)):
                raise BlockedAddress(f"{host} connected to a non-public address ({why})")
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            return sock
        except BlockedAddress:
            sock.close()
            raise
        except OSError as exc:
            sock.close()
            last = exc
    raise last or OSError(f"{host} has no address")


class CheckedHTTPConnection(http.client.HTTPConnection):
    """``http.client`` connection whose socket comes from :func:`open_checked`
    (no proxy is used: the address connected to is the one checked)."""

    def __init__(self, host: str, port: int | None, timeout: float, check: bool,
                 deadline: float | None = None):
        super().__init__(host, port, timeout=timeout)
        self.check, self.deadline = check, deadline

    def connect(self) -> None:
        self.sock = open_checked(self.host, self.port, self.timeout, self.check, self.deadline)


class CheckedHTTPSConnection(http.client.HTTPSConnection):
    """The same over TLS; the certificate is verified for the host name."""

    def __init__(self, host: str, port: int | None, timeout: float, check: bool,
                 deadline: float | None = None):
        self.tls = ssl.create_default_context()
        super().__init__(host, port, timeout=timeout, context=self.tls)
        self.check, self.deadline = check, deadline

    def connect(self) -> None:
        raw = open_checked(self.host, self.port, self.timeout, self.check, self.deadline)
        self.sock = raw  # the watchdog can close it during the handshake
        try:
            self.sock = self.tls.wrap_socket(raw, server_hostname=self.host)
        except BaseException:
            raw.close()
            raise
