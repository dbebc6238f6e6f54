"""The server under load: reads answer while an ingest runs, ingest work is
bounded, bad bodies get a 4xx naming the problem, and ``bench load`` runs."""
from __future__ import annotations

import json
import logging
import threading
import time

import pytest
from fastapi.testclient import TestClient

from storyline.api import create_app
from storyline.cli import main as cli_main
from storyline.ingest.readers import IngestError, from_record
from storyline.service_desk import Busy, IngestDesk

from .test_bad_inputs import BODY

TOKEN = "load-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("load") / "load.db")
    with TestClient(create_app(db, TOKEN), base_url="http://127.0.0.1") as c:
        yield c


def _page(kb: int) -> str:
    para = f"<p>{BODY} It was item {{}} on the agenda.</p>\n"
    n = kb * 1024 // len(para)
    return ("<html><head><title>Council minutes</title></head><body><article><h1>Council minutes"
            "</h1>" + "".join(para.format(i) for i in range(n)) + "</article></body></html>")


def _reads_while_posting(client, html: str) -> tuple[float, int, dict]:
    desk = client.app.state.backend.desk
    result = {}

    def post():
        r = client.post("/api/articles", json={"html": html, "date": "2024-05-06"}, headers=AUTH)
        result.update(status=r.status_code, body=r.json())

    poster = threading.Thread(target=post)
    poster.start()
    deadline = time.monotonic() + 60
    while desk.pending == 0 and poster.is_alive() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert desk.pending == 1, "the POST should be in flight"
    t0 = time.perf_counter()
    health = client.get("/api/health")
    listing = client.get("/api/articles")
    took = time.perf_counter() - t0
    still = desk.pending
    poster.join(timeout=900)
    assert health.status_code == 200 and listing.status_code == 200
    return took, still, result


def test_reads_answer_while_a_large_html_post_is_ingesting(client):
    took, still, result = _reads_while_posting(client, _page(1024))
    assert still == 1, "the reads should have answered before the ingest finished"
    assert result["status"] == 201
    assert any("only the first" in w["reason"] for w in result["body"]["warnings"])


@pytest.mark.reliability_long
def test_health_answers_within_seconds_during_an_8_8_mb_html_post(client):
    took, still, result = _reads_while_posting(client, _page(9000))
    assert still == 1 and took < 5, f"reads took {took:.1f} s during the ingest (was 19.9 s)"
    assert result["status"] in (201, 422)


def test_the_desk_bounds_admitted_jobs():
    desk = IngestDesk(writer=None, workers=1, max_pending=2)
    gate = threading.Event()
    first, second = desk.submit(gate.wait), desk.submit(gate.wait)
    with pytest.raises(Busy):
        desk.submit(gate.wait)
    gate.set()
    assert first.result(5) and second.result(5)
    assert desk.submit(lambda: 42).result(5) == 42  # room again
    desk.close()


def test_nested_and_wrongly_typed_bodies_get_a_4xx_naming_the_problem(client):
    deep = b"[" * 100_000 + b"]" * 100_000
    r = client.post("/api/articles", content=deep, headers={**AUTH, "Content-Type": "application/json"})
    assert r.status_code == 422 and "nested too deeply" in r.json()["detail"][0]["msg"]
    r = client.post("/api/articles", content=b'{"text": "ok"}\n' + b"{" * 5000 + b"\n",
                    headers={**AUTH, "Content-Type": "application/x-ndjson"})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", 1]
    r = client.post("/api/articles", json={"text": BODY, "meta": json.loads("[" * 80 + "]" * 80)},
                    headers=AUTH)
    assert r.status_code == 422 and "nested too deeply" in r.json()["detail"][0]["msg"]
    # the same field check as a JSONL line on the CLI: same field named, same reason
    for field, value in (("title", ["a", "b"]), ("source", True), ("date", ["2024-05-06"]),
                         ("author", {"name": "x"}), ("url", 5), ("id", 1.5)):
        record = {"text": BODY, field: value}
        r = client.post("/api/articles", json=record, headers=AUTH)
        cli = from_record(record, "line")
        assert isinstance(cli, IngestError) and cli.field == field
        detail = r.json()["detail"][0]
        assert r.status_code == 422 and detail["loc"] == ["body", field], (field, detail)
        assert detail["msg"] == cli.reason


class _Watched(logging.Handler):
    """A handler of the host process, which the bench must leave open."""

    closed = False

    def close(self):
        self.closed = True
        super().close()


def test_bench_load_runs_and_prints_its_json(capsys):
    """Run in this process, the bench leaves its logging as it was: uvicorn's own
    logging config (dictConfig) closed every handler, the test runner's among them,
    and every later test of that process failed "I/O operation on closed file"."""
    watched = _Watched()
    logging.getLogger().addHandler(watched)
    try:
        code = cli_main(["bench", "load", "--requests", "10", "--seconds", "10", "--clients", "2",
                         "--html-kb", "32", "--limit", "4"])
    finally:
        logging.getLogger().removeHandler(watched)
    assert not watched.closed
    res = json.loads(capsys.readouterr().out)
    assert code == 0 and res["host"] == "127.0.0.1"
    for phase in ("without_ingest", "with_ingest"):
        p = res[phase]
        assert 0 < p["requests"] <= 10 and p["errors"] == 0
        assert p["p50_ms"] <= p["p95_ms"] <= p["p99_ms"] <= p["max_ms"]
    assert res["with_ingest"]["ingest"]["posts"] >= 1
    assert set(res["with_ingest"]["ingest"]["statuses"]) <= {200, 201}
