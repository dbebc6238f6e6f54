"""https through the fetch guard: the connection goes to the address checked,
yet the certificate is verified for the host *name* (a real TLS server on
127.0.0.1 with a certificate made here by the openssl command)."""
from __future__ import annotations

import http.server
import shutil
import ssl
import subprocess
import threading

import pytest

from storyline.ingest.netguard import FetchPolicy
from storyline.ingest.readers import IngestError
from storyline.ingest.web import fetch

BODY = b"<html><body><p>Served over TLS to localhost only.</p></body></html>"


@pytest.fixture(scope="module")
def tls_site(tmp_path_factory):
    if shutil.which("openssl") is None:
        pytest.skip("the openssl command is not installed (apt-get install openssl)")
    d = tmp_path_factory.mktemp("tls")
    cert, key = d / "cert.pem", d / "key.pem"
    made = subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                           "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                           "-keyout", str(key), "-out", str(cert)], capture_output=True, timeout=60)
    if made.returncode != 0:
        pytest.skip(f"openssl cannot make a certificate: {made.stderr.decode()[:200]}")

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server's name)
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(BODY)))
            self.end_headers()
            self.wfile.write(BODY)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    server.socket = ctx.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.server_address[1], str(cert)
    server.shutdown()
    server.server_close()


def test_an_untrusted_certificate_is_refused(tls_site, monkeypatch):
    port, _cert = tls_site
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    got = fetch(f"https://localhost:{port}/", policy=FetchPolicy(deadline_s=10), named=True)
    assert isinstance(got, IngestError) and "CERTIFICATE_VERIFY_FAILED" in got.reason


def test_a_trusted_certificate_is_checked_against_the_name(tls_site, monkeypatch):
    port, cert = tls_site
    monkeypatch.setenv("SSL_CERT_FILE", cert)  # OpenSSL's default trust store, for this test only
    policy = FetchPolicy(deadline_s=10)
    assert fetch(f"https://localhost:{port}/", policy=policy, named=True) == (BODY, "text/html")
    got = fetch(f"https://127.0.0.1:{port}/", policy=policy, named=True)  # not the certificate's name
    assert isinstance(got, IngestError) and "CERTIFICATE_VERIFY_FAILED" in got.reason
    got = fetch(f"https://localhost:{port}/", policy=policy)  # as a link: loopback is refused first
    assert isinstance(got, IngestError) and "non-public address" in got.reason


def test_a_silent_tls_handshake_is_cut_off_at_the_deadline():
    """A server that accepts and then says nothing: each read would wait 5 s,
    the handshake forever; the 1.5 s total deadline stops it."""
    import socket
    import time

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)
    try:
        start = time.monotonic()
        got = fetch(f"https://localhost:{listener.getsockname()[1]}/",
                    policy=FetchPolicy(deadline_s=1.5, read_timeout_s=5), named=True)
        took = time.monotonic() - start
    finally:
        listener.close()
    assert isinstance(got, IngestError) and "cut off" in got.reason, got
    assert took < 4.5, f"the handshake held the fetch for {took:.1f} s"
