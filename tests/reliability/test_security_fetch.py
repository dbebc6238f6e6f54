"""SSRF and local-file read: what Storyline fetches on its own, against a hostile
HTTP server on 127.0.0.1 (feeds linking to file://, loopback and ftp://;
redirects to loopback, ftp:// and in a loop; a slow drip; oversized bodies).

The test server is itself on 127.0.0.1: the URL a test names is allowed (a
user may name any URL), but what it links or redirects to must be refused
unless private addresses are allowed, as for an intranet feed.
"""
from __future__ import annotations

import http.server
import ipaddress
import json
import os
import socket
import subprocess
import sys
import threading
import time

import pytest

from storyline.ingest.netguard import ALLOW_PRIVATE_ENV, FetchPolicy, why_not_public
from storyline.ingest.readers import IngestError, read_path
from storyline.ingest.web import fetch
from storyline.records import RawArticle

SECRET = "INTERNAL-ONLY-7f3a9c"  # in every page an attacker must not get stored
STRICT = FetchPolicy(allow_private=False)
INTRANET = FetchPolicy(allow_private=True)

PAGE = f"""<html><head><title>Internal wiki</title></head><body><article>
<h1>Internal wiki</h1><p>The deployment keys are {SECRET} and must never leave the building.</p>
<p>This page is only for staff on the internal network, said the administrators.</p>
</article></body></html>"""


def rss(*links: str) -> str:
    items = "".join(f"<item><title>Entry {n}</title><link>{link}</link><guid>e{n}</guid>"
                    f"<description>Public summary number {n} of the story.</description></item>"
                    for n, link in enumerate(links))
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Hostile feed</title>'
            f"{items}</channel></rss>")


class Site:
    """A hostile HTTP server on 127.0.0.1 and a TCP listener standing in for ftp."""

    def __init__(self, secret_file: str):
        self.requests: list[str] = []
        site = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):  # noqa: N802 (http.server's name)
                site.requests.append(self.path)
                route = site.routes.get(self.path.split("?")[0])
                if route is None:
                    self.send_error(404)
                    return
                try:
                    route(self)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client hung up (as it should on a drip or a huge body)

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.ftp = socket.socket()
        self.ftp.bind(("127.0.0.1", 0))
        self.ftp.listen(8)
        self.ftp.setblocking(False)
        ftp = f"ftp://127.0.0.1:{self.ftp.getsockname()[1]}/pub/file.txt"
        port = self.server.server_address[1]
        self.routes = {
            "/secret": lambda h: send(h, 200, "text/html", PAGE.encode()),
            "/feed-file": lambda h: send(h, 200, "application/rss+xml", rss(
                f"file://localhost{secret_file}", f"file://{secret_file}").encode()),
            "/feed-loopback": lambda h: send(h, 200, "application/rss+xml", rss(
                f"{self.base}/secret", f"http://localhost:{port}/secret",
                f"http://[::ffff:127.0.0.1]:{port}/secret", f"http://0.0.0.0:{port}/secret",
                f"http://2130706433:{port}/secret").encode()),
            "/feed-ftp": lambda h: send(h, 200, "application/rss+xml", rss(ftp).encode()),
            "/redirect-loopback": lambda h: redirect(h, f"{self.base}/secret"),
            "/redirect-relative": lambda h: redirect(h, "/secret"),
            "/redirect-ftp": lambda h: redirect(h, ftp),
            "/redirect-file": lambda h: redirect(h, f"file://{secret_file}"),
            "/loop": lambda h: redirect(h, "/loop"),
            "/drip-body": drip_body,
            "/drip-headers": drip_headers,
            "/big-declared": lambda h: send(h, 200, "text/html", b"x" * 5000),
            "/big-chunked": big_chunked,
        }
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def ftp_connections(self) -> int:
        n = 0
        while True:
            try:
                conn, _ = self.ftp.accept()
            except BlockingIOError:
                return n
            conn.close()
            n += 1

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.ftp.close()


def send(h, status: int, ctype: str, body: bytes) -> None:
    h.send_response(status)
    h.send_header("Content-Type", ctype)
    h.send_header("Content-Length", str(len(body)))
    h.end_headers()
    h.wfile.write(body)


def redirect(h, location: str) -> None:
    h.send_response(302)
    h.send_header("Location", location)
    h.send_header("Content-Length", "0")
    h.end_headers()


def drip_body(h) -> None:
    """Valid headers, then one byte every 0.2 s for up to 60 s: each read succeeds."""
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Content-Length", "300")
    h.end_headers()
    for _ in range(300):
        h.wfile.write(b"x")
        h.wfile.flush()
        time.sleep(0.2)


def drip_headers(h) -> None:
    """A status line, then header bytes one at a time."""
    h.wfile.write(b"HTTP/1.1 200 OK\r\n")
    for _ in range(300):
        h.wfile.write(b"X")
        h.wfile.flush()
        time.sleep(0.2)


def big_chunked(h) -> None:
    """No Content-Length: 64 KiB chunks until the client gives up."""
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Transfer-Encoding", "chunked")
    h.end_headers()
    chunk = b"y" * 65536
    for _ in range(200):
        h.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
    h.wfile.write(b"0\r\n\r\n")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    secret = tmp_path_factory.mktemp("local") / "secret.txt"
    secret.write_text(f"{SECRET}\nroot:x:0:0:root:/root:/bin/bash\n")
    s = Site(str(secret))
    yield s
    s.close()


def _articles(items) -> list[RawArticle]:
    return [i for i in items if isinstance(i, RawArticle)]


def _errors(items) -> list[IngestError]:
    return [i for i in items if isinstance(i, IngestError)]


# -- the address rule ---------------------------------------------------------------
@pytest.mark.parametrize("address", [
    "127.0.0.1", "127.255.0.9", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
    "100.64.0.1", "0.0.0.0", "224.0.0.251", "239.255.255.250", "255.255.255.255", "240.0.0.1",
    "192.0.2.10", "::1", "::", "fe80::1", "fe80::1%2", "fc00::1", "fd12:3456::1", "ff02::1",
    "ff0e::1", "fec0::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.169.254",
    "::127.0.0.1", "2002:7f00:1::1", "2002:a00:1::", "64:ff9b::7f00:1", "64:ff9b::a9fe:a9fe",
    "2001:db8::1"])
def test_non_public_addresses_are_refused(address):
    assert why_not_public(address), address


@pytest.mark.parametrize("address", [
    "8.8.8.8", "1.1.1.1", "93.184.215.14", "2606:4700:4700::1111", "2a00:1450:4001:80b::200e",
    "::ffff:8.8.8.8", "64:ff9b::808:808", "2002:808:808::1"])
def test_public_addresses_pass(address):
    assert why_not_public(address) is None, address


def test_every_ipv4_address_wrapped_in_ipv6_gets_the_ipv4_verdict():
    for v4 in ("127.0.0.1", "10.0.0.1", "8.8.8.8", "169.254.1.1", "1.1.1.1"):
        n = int(ipaddress.IPv4Address(v4))
        for wrapped in (f"::ffff:{v4}", str(ipaddress.IPv6Address((0x2002 << 112) | (n << 80))),
                        str(ipaddress.IPv6Address(int(ipaddress.IPv6Address("64:ff9b::")) | n))):
            assert (why_not_public(wrapped) is None) == (why_not_public(v4) is None), wrapped


# -- feed links -----------------------------------------------------------------------
def test_feed_links_to_local_files_are_never_read(site):
    items = list(read_path(site.base + "/feed-file", follow=True, policy=INTRANET))
    assert all(SECRET not in a.text for a in _articles(items))
    assert [a.text for a in _articles(items)] == ["Public summary number 0 of the story.",
                                                  "Public summary number 1 of the story."]
    refused = _errors(items)
    assert len(refused) == 2 and all("only http and https" in e.reason for e in refused)
    assert "file://localhost/" in refused[0].reason  # the message names the link


def test_feed_links_to_loopback_are_refused_by_default(site):
    site.requests.clear()
    items = list(read_path(site.base + "/feed-loopback", follow=True, policy=STRICT))
    assert site.requests == ["/feed-loopback"]  # the named feed only: no link was fetched
    assert all(SECRET not in a.text for a in _articles(items)) and len(_articles(items)) == 5
    refused = _errors(items)
    assert len(refused) == 5
    for e in refused:
        assert e.reason.startswith("refused http://") and "/secret" in e.reason
        assert "--allow-private-urls" in e.reason and ALLOW_PRIVATE_ENV in e.reason
    assert "127.0.0.1 is a loopback address" in refused[0].reason
    assert "localhost resolves to a non-public address" in refused[1].reason


def test_feed_links_to_loopback_are_followed_when_private_addresses_are_allowed(site):
    items = list(read_path(site.base + "/feed-loopback", follow=True, policy=INTRANET))
    assert SECRET in _articles(items)[0].text  # an intranet feed works when allowed


def test_the_environment_variable_allows_private_addresses(site, monkeypatch):
    monkeypatch.setenv(ALLOW_PRIVATE_ENV, "1")
    assert FetchPolicy().allow_private
    (page, *_rest) = _articles(read_path(site.base + "/feed-loopback", follow=True))
    assert SECRET in page.text
    monkeypatch.setenv(ALLOW_PRIVATE_ENV, "0")
    assert not FetchPolicy().allow_private


def test_an_ftp_link_opens_no_connection(site):
    site.ftp_connections()
    for policy in (STRICT, INTRANET):
        items = list(read_path(site.base + "/feed-ftp", follow=True, policy=policy))
        (err,) = _errors(items)
        assert "only http and https URLs are fetched, not ftp:" in err.reason and "ftp://127.0.0.1" in err.reason
    assert site.ftp_connections() == 0


def test_a_rebinding_name_is_connected_to_at_the_address_checked(site, monkeypatch):
    """A name that answers a public address, then loopback to the next lookup:
    the connection goes to the address checked, never to the second answer."""
    real = socket.getaddrinfo
    answers: list[str] = []

    def rebinding(host, port, *args, **kwargs):
        if host != "rebind.test":
            return real(host, port, *args, **kwargs)
        answers.append("93.184.215.14" if not answers else "127.0.0.1")  # public, then loopback
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (answers[-1], port))]

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    site.requests.clear()
    port = site.server.server_address[1]
    got = fetch(f"http://rebind.test:{port}/secret",
                policy=FetchPolicy(allow_private=False, deadline_s=2, read_timeout_s=1))
    assert isinstance(got, IngestError) and ("cannot fetch" in got.reason or "cut off" in got.reason)
    assert answers == ["93.184.215.14"] and site.requests == []  # one lookup; loopback never reached


# -- redirects ------------------------------------------------------------------------
@pytest.mark.parametrize("path", ["/redirect-loopback", "/redirect-relative"])
def test_a_redirect_to_loopback_is_refused(site, path):
    site.requests.clear()
    (err,) = list(read_path(site.base + path, policy=STRICT))
    assert isinstance(err, IngestError) and site.requests == [path]
    assert f"refused {site.base}/secret (redirected from {site.base}{path})" in err.reason
    assert "loopback" in err.reason
    (page,) = list(read_path(site.base + path, policy=INTRANET))
    assert isinstance(page, RawArticle) and SECRET in page.text  # allowed: followed


@pytest.mark.parametrize("path,scheme", [("/redirect-ftp", "ftp"), ("/redirect-file", "file")])
def test_a_redirect_to_another_scheme_is_never_followed(site, path, scheme):
    site.ftp_connections()
    for policy in (STRICT, INTRANET):
        (err,) = list(read_path(site.base + path, policy=policy))
        assert isinstance(err, IngestError) and f"not {scheme}:" in err.reason
    assert site.ftp_connections() == 0


def test_redirects_are_capped(site):
    site.requests.clear()
    (err,) = list(read_path(site.base + "/loop", policy=FetchPolicy(allow_private=True, max_redirects=3)))
    assert isinstance(err, IngestError) and "more than 3 redirects" in err.reason
    assert site.requests == ["/loop"] * 4


# -- bounds ---------------------------------------------------------------------------
@pytest.mark.parametrize("path", ["/drip-body", "/drip-headers"])
def test_a_slow_drip_is_cut_off_at_the_total_deadline(site, path):
    """Every read gets a byte within its 5 s timeout, for a minute: only a total deadline stops it."""
    policy = FetchPolicy(deadline_s=1.5, read_timeout_s=5)
    start = time.monotonic()
    got = fetch(site.base + path, policy=policy, named=True)
    took = time.monotonic() - start
    assert isinstance(got, IngestError) and "cut off" in got.reason and "1.5 s" in got.reason
    assert site.base + path in got.reason
    assert took < 10, f"the drip held the fetch for {took:.1f} s"


def test_a_name_lookup_that_never_answers_is_cut_off_at_the_total_deadline(monkeypatch):
    """DNS is outside the machine: a stub resolver stands for a dead DNS server
    (the system resolver would hold the lookup for tries x timeouts).  The fetch
    ends at its deadline, and stuck lookups never hold more than MAX_LOOKUPS threads."""
    from storyline.ingest import netguard

    release, entered = threading.Event(), []
    real = socket.getaddrinfo

    def dead_dns(host, port, *args, **kwargs):
        if host != "dead-dns.test":
            return real(host, port, *args, **kwargs)
        entered.append(host)
        release.wait(60)
        raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")

    monkeypatch.setattr(socket, "getaddrinfo", dead_dns)
    try:
        start = time.monotonic()
        got = fetch("http://dead-dns.test/news", policy=FetchPolicy(deadline_s=1.5, read_timeout_s=5),
                    named=True)
        took = time.monotonic() - start
        assert isinstance(got, IngestError) and "cut off http://dead-dns.test/news" in got.reason
        assert "1.5 s (total deadline)" in got.reason and 1.4 < took < 5, took
        for _ in range(netguard.MAX_LOOKUPS - 1):  # the slots fill with lookups that hang
            with pytest.raises(TimeoutError):
                netguard.resolve("dead-dns.test", 80, 0.05)
        with pytest.raises(TimeoutError, match="could start"):
            netguard.resolve("dead-dns.test", 80, 0.2)
        assert len(entered) == netguard.MAX_LOOKUPS
    finally:
        release.set()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and any(t.name.startswith("dns dead-dns") for t in threading.enumerate()):
        time.sleep(0.05)
    assert isinstance(netguard.resolve("localhost", 80, 5), list)  # the slots came back


@pytest.mark.parametrize("path", ["/big-declared", "/big-chunked"])
def test_an_oversized_body_is_refused(site, path):
    got = fetch(site.base + path, policy=FetchPolicy(max_bytes=4096), named=True)
    assert isinstance(got, IngestError) and "larger than 4096 bytes" in got.reason
    assert site.base + path in got.reason
    ok = fetch(site.base + "/big-declared", policy=FetchPolicy(max_bytes=5000), named=True)
    assert ok == (b"x" * 5000, "text/html")  # at the cap: read whole


# -- the command line ------------------------------------------------------------------
def test_ingest_follow_from_the_command_line(site, tmp_path):
    """`storyline ingest URL --follow` refuses the loopback link and says so;
    with --allow-private-urls the intranet page is stored."""
    env = {k: v for k, v in os.environ.items() if k != ALLOW_PRIVATE_ENV}

    def ingest(db: str, *flags: str) -> dict:
        out = subprocess.run([sys.executable, "-m", "storyline.cli", "--db", db, "ingest",
                              site.base + "/feed-loopback", "--follow", "--json", "-q", *flags],
                             capture_output=True, text=True, env=env, timeout=300)
        return json.loads(out.stdout)

    report = ingest(str(tmp_path / "strict.db"))
    reasons = [f["reason"] for f in report["failed"] + report["warnings"]]
    assert any("refused" in r and "/secret" in r and "--allow-private-urls" in r for r in reasons), reasons
    assert all(SECRET not in r for r in reasons)
    report = ingest(str(tmp_path / "intranet.db"), "--allow-private-urls")
    assert report["added"] >= 1
    from storyline.service import Storyline

    app = Storyline(str(tmp_path / "intranet.db"))
    try:
        assert any(SECRET in a.text for a in app.store.articles())
    finally:
        app.close()
