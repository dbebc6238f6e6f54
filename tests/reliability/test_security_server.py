"""What the HTTP server accepts: hostile parameters on every route (found by
walking the app's routes, so a new route is covered the day it is added) and
the Host header (DNS rebinding), over a real database and a real server."""
from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import threading
import time
import typing
from urllib.parse import quote

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from storyline.api import create_app
from storyline.ingest.readers import from_record
from storyline.web.guards import ALLOWED_HOSTS_ENV, MAX_ID, allowed_hosts, host_name

TOKEN = "reliability-token"
ARTICLES = [
    {"id": "r1", "source": "news.example.com", "lang": "en", "date": "2024-03-01",
     "title": "Flood waters rise in the river valley",
     "text": "Flood waters rose across the river valley on Friday after three days of heavy "
             "rain, and hundreds of residents left their homes. Emergency crews built sandbag "
             "walls around the hospital. The regional government said the water would peak "
             "on Saturday evening."},
    {"id": "r2", "source": "other.example.org", "lang": "en", "date": "2024-03-02",
     "title": "Valley residents return as flood recedes",
     "text": "Residents of the river valley began returning home on Sunday as the flood "
             "waters receded. Officials said the sandbag walls had protected the hospital. "
             "Insurance companies sent assessors to the worst-hit streets."},
]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    from storyline.service import Storyline

    path = str(tmp_path_factory.mktemp("server") / "s.db")
    app = Storyline(path)
    report = app.ingest([from_record(r, f"test:{r['id']}") for r in ARTICLES])
    app.close()
    assert len(report.added) == len(ARTICLES)
    return path


# -- hostile parameters on every route ----------------------------------------------
HUGE = ["99999999999999999999", "-99999999999999999999", str(MAX_ID + 1), "1e400", "0x10", "NaN", ""]
TEXTS = ["a%00b", "%00", "%FF%FE", "%ED%A0%80", "x" * 5000, "%0D%0ASet-Cookie:%20a=b", "NEAR(", "%22"]
KNOWN_INT_ROUTES = {"/api/articles", "/api/events", "/api/events/{event_id}", "/api/stories",
                    "/api/stories/{story_id}", "/api/entities", "/api/search", "/", "/events",
                    "/events/{event_id}", "/stories/{story_id}", "/entities", "/search"}


def _get_routes(app) -> list[APIRoute]:
    """Every GET route, including those of included routers."""
    try:
        from fastapi.routing import iter_route_contexts
    except ImportError:  # FastAPI versions that list included routes directly
        return [r for r in app.routes if isinstance(r, APIRoute) and "GET" in r.methods]
    return [c for c in iter_route_contexts(app.routes)
            if isinstance(c.route, APIRoute) and "GET" in (c.methods or ())]


def _kind(annotation) -> str:
    args = [a for a in typing.get_args(annotation) if a is not type(None)] or [annotation]
    if typing.get_origin(annotation) is typing.Literal:
        return "literal"
    name = str(args[0])
    return "int" if args[0] is int else "date" if "date" in name else "text"


def _benign(p) -> str:
    annotation = p.field_info.annotation
    kind = _kind(annotation)
    if kind == "literal":
        return quote(str(typing.get_args(annotation)[0]))
    return {"int": "1", "date": "2024-03-01", "text": "flood"}[kind]


def _url(route, params, target, value: str) -> str:
    path = route.path.replace(":path}", "}")
    for p in params:
        if p in route.dependant.path_params:
            path = path.replace("{%s}" % p.name, value if p is target else _benign(p))
    query = [f"{p.alias}={value if p is target else _benign(p)}" for p in params
             if p in route.dependant.query_params and (p is target or p.field_info.is_required() or p.alias == "q")]
    return path + ("?" + "&".join(query) if query else "")


def test_no_input_makes_any_route_fail_and_every_refusal_names_its_field(db):
    app = create_app(db, TOKEN)
    seen_int_routes, failures = set(), []
    with TestClient(app, base_url="http://localhost", raise_server_exceptions=False) as c:
        for route in _get_routes(app):
            params = route.dependant.path_params + route.dependant.query_params
            for target in params:
                is_int = _kind(target.field_info.annotation) == "int"
                if is_int:
                    seen_int_routes.add(route.path)
                for value in (HUGE if is_int else []) + TEXTS:
                    if value == "" and target in route.dependant.path_params:
                        continue  # an empty path segment is another URL
                    url = _url(route, params, target, value)
                    r = c.get(url)
                    named = target.alias in (r.text if r.status_code == 422 else target.alias)
                    must_refuse = (is_int and value in HUGE[:3]) or "%00" in value
                    if r.status_code >= 500 or not named or (must_refuse and r.status_code != 422):
                        failures.append(f"{url} -> {r.status_code} {r.text[:120]!r}")
    assert not failures, "\n".join(failures)
    assert KNOWN_INT_ROUTES <= seen_int_routes  # the walk found the routes that once failed


def test_ids_at_the_edge_of_sqlites_range_are_looked_up(db):
    with TestClient(create_app(db, TOKEN), base_url="http://localhost") as c:
        assert c.get(f"/api/events/{MAX_ID}").status_code == 404
        r = c.get(f"/api/articles?event_id={MAX_ID}")  # looked up (no overflow): no such event
        assert r.status_code == 404 and "event" in r.text
        r = c.get(f"/api/events/{MAX_ID + 1}")
        assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["path", "event_id"]
        r = c.get("/search", params={"q": "flood\x00"})
        assert r.status_code == 422 and "q: NUL characters are not allowed" in r.text  # HTML page


# -- the Host header -----------------------------------------------------------------
def test_host_names_are_normalised():
    assert host_name("LocalHost.:8000") == "localhost"
    assert host_name("[::1]:8000") == host_name("::1") == "[::1]"
    assert host_name("localhost:8000:80") != "localhost"
    assert host_name("localhost:abc") != "localhost"
    assert host_name("127.0.0.1@evil.example") != "127.0.0.1"


def test_allowed_hosts_come_from_loopback_the_bound_address_flags_and_environment(monkeypatch):
    monkeypatch.delenv(ALLOWED_HOSTS_ENV, raising=False)
    assert allowed_hosts() == {"localhost", "127.0.0.1", "[::1]"}
    assert "192.168.1.5" in allowed_hosts(bind="192.168.1.5")
    assert allowed_hosts(bind="0.0.0.0") == allowed_hosts(bind="::") == allowed_hosts()
    monkeypatch.setenv(ALLOWED_HOSTS_ENV, "News.Intranet, wiki.example:8080")
    assert {"news.intranet", "wiki.example"} <= allowed_hosts(["Other.Example"])
    assert "other.example" in allowed_hosts(["Other.Example"])


class LiveServer:
    """uvicorn in a thread on a free 127.0.0.1 port, answering raw requests."""

    def __init__(self, app):
        import uvicorn

        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]},
                                       daemon=True)
        self.thread.start()
        deadline = time.time() + 60
        while not self.server.started:
            assert time.time() < deadline and self.thread.is_alive(), "server did not start"
            time.sleep(0.05)

    def raw(self, head: str) -> tuple[int, str]:
        """Send a request head as given; (status, body)."""
        with socket.create_connection(("127.0.0.1", self.port), timeout=30) as s:
            s.sendall(head.encode("latin-1"))
            data = b""
            while chunk := s.recv(65536):
                data += chunk
        status = int(data.split(b" ", 2)[1])
        return status, data.partition(b"\r\n\r\n")[2].decode("utf-8", "replace")

    def get(self, path: str, *hosts: str) -> tuple[int, str]:
        lines = "".join(f"Host: {h}\r\n" for h in hosts)
        return self.raw(f"GET {path} HTTP/1.1\r\n{lines}Connection: close\r\n\r\n")

    def close(self) -> None:
        self.server.should_exit = True
        self.thread.join(30)


@pytest.fixture(scope="module")
def live(db):
    server = LiveServer(create_app(db, TOKEN, hosts=allowed_hosts(["news.intranet"])))
    yield server
    server.close()


@pytest.mark.parametrize("host", ["evil.example", "evil.example:{port}", "localhost.evil.example",
                                  "127.0.0.1.nip.io:{port}", "127.0.0.1@evil.example",
                                  "localhost:{port}:80", "[::2]:{port}", "intranet"])
def test_a_foreign_host_header_is_refused(live, host):
    for path in ("/api/articles", "/", "/api/health", "/static/style.css", "/nothing"):
        status, body = live.get(path, host.format(port=live.port))
        assert status == 400, (path, host)
        assert "Flood" not in body and "--allowed-host" in body


@pytest.mark.parametrize("host", ["127.0.0.1:{port}", "localhost:{port}", "LOCALHOST", "[::1]:{port}",
                                  "127.0.0.1", "news.intranet:{port}", "News.Intranet."])
def test_the_names_the_server_serves_are_accepted(live, host):
    status, body = live.get("/api/articles", host.format(port=live.port))
    assert status == 200 and "Flood waters rise" in body


def test_no_host_or_two_hosts_are_refused(live):
    assert live.raw("GET /api/articles HTTP/1.0\r\n\r\n")[0] == 400
    assert live.get("/api/articles", "localhost", "evil.example")[0] == 400
    assert live.get("/api/articles", "evil.example", "localhost")[0] == 400


def test_a_wildcard_allows_any_host(db):
    with TestClient(create_app(db, TOKEN, hosts=allowed_hosts(["*"])),
                    base_url="http://evil.example") as c:
        assert c.get("/api/health").status_code == 200
    with TestClient(create_app(db, TOKEN), base_url="http://evil.example") as c:
        assert c.get("/api/health").status_code == 400


def test_serve_takes_allowed_hosts_from_the_command_line(db):
    env = {k: v for k, v in os.environ.items()
           if k not in ("STORYLINE_TOKEN", "STORYLINE_TOKEN_FILE", ALLOWED_HOSTS_ENV)}
    proc = subprocess.Popen([sys.executable, "-m", "storyline.cli", "--db", db, "serve", "--port", "0",
                             "--allowed-host", "news.intranet"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    try:
        line = proc.stdout.readline()
        m = re.search(r"http://127\.0\.0\.1:(\d+)", line)
        assert m, line + proc.stdout.read()
        port = int(m.group(1))

        def status(host: str) -> int:
            for _ in range(100):
                try:
                    with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
                        s.sendall(f"GET /api/health HTTP/1.1\r\nHost: {host}\r\n"
                                  "Connection: close\r\n\r\n".encode())
                        return int(s.recv(100).split(b" ", 2)[1])
                except ConnectionRefusedError:
                    time.sleep(0.1)
            raise AssertionError("server not answering")

        assert status(f"news.intranet:{port}") == 200
        assert status(f"127.0.0.1:{port}") == 200
        assert status("evil.example") == 400
    finally:
        proc.terminate()
        proc.wait(30)
