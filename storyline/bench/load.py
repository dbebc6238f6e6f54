"""``storyline bench load``: API read latency on loopback, with and without an ingest.

A benchmark, not a test: it starts the real server (uvicorn, the real app)
on 127.0.0.1 on a free port over a temporary database seeded with half of
the bundled demo corpus, then sends read requests from ``clients`` threads
(a fixed mix: health, article and event lists, an event, search) and reports
throughput and p50/p95/p99 latency twice: alone, and while another thread
POSTs one large generated HTML page (the kind of body that used to block the
event loop) and then the other half of the corpus, one article a request,
until the reads end.  Bounded: each phase stops after ``requests`` reads or
``seconds``, whichever comes first (the POST in flight then finishes);
nothing listens beyond loopback, and the server stops at the end.
"""
from __future__ import annotations

import http.client
import json
import secrets
import socket
import statistics
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

READS = ("/api/health", "/api/articles?limit=20", "/api/events", "/api/stories",
         "/api/search?q=moon&mode=text")


def _percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def _request(port: int, method: str, path: str, body: bytes | None = None,
             headers: dict | None = None, timeout: float = 120) -> tuple[int, bytes]:
    con = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        con.request(method, path, body=body, headers=headers or {})
        resp = con.getresponse()
        return resp.status, resp.read()
    finally:
        con.close()


def _read_phase(port: int, requests: int, seconds: float, clients: int) -> dict[str, Any]:
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    issued = iter(range(requests))
    deadline = time.monotonic() + seconds

    def client() -> None:
        nonlocal errors
        for i in issued:  # the shared iterator bounds the total
            if time.monotonic() > deadline:
                return
            path = READS[i % len(READS)]
            t0 = time.perf_counter()
            try:
                status, _ = _request(port, "GET", path, timeout=max(1.0, deadline - time.monotonic()))
                ok = status == 200
            except OSError:
                ok = False
            took = time.perf_counter() - t0
            with lock:
                latencies.append(took)
                errors += not ok

    start = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - start
    ms = sorted(x * 1000 for x in latencies)
    return {"requests": len(ms), "errors": errors, "seconds": round(wall, 3),
            "throughput_rps": round(len(ms) / wall, 1) if wall else None,
            **{f"p{q}_ms": round(_percentile(ms, q), 1) if ms else None for q in (50, 95, 99)},
            "max_ms": round(ms[-1], 1) if ms else None}


def _big_page(kb: int, texts: list[str]) -> str:
    paras, size, i = [], 0, 0
    while size < kb * 1024:
        p = f"<p>{texts[i % len(texts)]}</p>\n"
        paras.append(p)
        size += len(p.encode())
        i += 1
    return ("<html><head><title>Long report</title></head><body><article><h1>Long report</h1>"
            + "".join(paras) + "</article></body></html>")


def run(requests: int = 300, seconds: float = 30.0, clients: int = 4, html_kb: int = 2048,
        db: str | None = None, articles: int | None = None) -> dict[str, Any]:
    """Both phases; ``db`` (a new file) keeps the database, else a temporary one is
    used; ``articles`` uses only that many demo articles (half seeded, half posted)."""
    import uvicorn

    from storyline import demo
    from storyline.api import create_app
    from storyline.ingest.readers import from_record
    from storyline.service import Storyline

    rows = demo.records()[:articles]
    seed, posted = rows[0::2], rows[1::2]
    with tempfile.TemporaryDirectory(prefix="storyline-load-") as tmp:
        path = db or str(Path(tmp) / "load.db")
        app = Storyline(path)
        app.ingest([from_record(r, f"demo:{r['id']}") for r in seed])
        app.close()
        token = secrets.token_urlsafe(16)
        # log_config=None: uvicorn's own config would dictConfig() the host process's
        # logging, closing every handler it has (a test runner's, a notebook's)
        server = uvicorn.Server(uvicorn.Config(create_app(path, token), log_level="warning", log_config=None))
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
        thread.start()
        try:
            for _ in range(600):
                if server.started:
                    break
                time.sleep(0.05)
            _read_phase(port, min(20, requests), seconds, clients)  # warm-up, not reported
            alone = _read_phase(port, requests, seconds, clients)
            ingest: dict[str, Any] = {}

            stop = threading.Event()

            def writer() -> None:  # the big page first, then articles until the reads end
                auth = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
                page = _big_page(html_kb, [r["text"] for r in rows if r.get("text")])
                bodies = [{"html": page, "date": "2024-01-01"}] + posted
                t0 = time.perf_counter()
                codes = []
                for body in bodies:
                    if codes and stop.is_set():
                        break
                    codes.append(_request(port, "POST", "/api/articles",
                                          json.dumps(body).encode(), auth, timeout=600)[0])
                ingest.update(posts=len(codes), statuses=sorted(set(codes)),
                              html_bytes=len(page.encode()),
                              seconds=round(time.perf_counter() - t0, 3))

            w = threading.Thread(target=writer)
            w.start()
            time.sleep(0.2)  # let the first POST reach the server
            during = _read_phase(port, requests, seconds, clients)
            stop.set()
            w.join()
        finally:
            server.should_exit = True
            thread.join(timeout=60)
    return {"host": "127.0.0.1", "clients": clients, "reads": list(READS),
            "without_ingest": alone, "with_ingest": {**during, "ingest": ingest}}


__all__ = ["run"]
