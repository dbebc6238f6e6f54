"""``storyline bench writers FILE.jsonl…``: several processes ingesting into one
database at once, with the API serving reads, against a single process.

A benchmark, not a test (it takes minutes).  The labelled lines are read in
file order and dealt to ``processes`` overlapping shares (each share also
takes the first ``overlap`` lines of the next one, so the same article
arrives from two processes).  Reported:

* ``lost`` / ``stored_twice``: distinct articles in the input missing from
  the database, or stored more than once (both must be 0);
* ``bcubed_vs_single``: B-cubed F1 of the concurrent run's events against a
  single process ingesting the same lines in file order, and
  ``identical_to_commit_order``: whether a single process given the lines in
  the order the concurrent run committed them forms exactly the same events
  (what placement serialised per database promises);
* ``index_rebuilds`` per process: whole rebuilds of the grouping indexes after
  other processes' commits (catch-ups that only add rows are not rebuilds);
* ``api``: reads answered by the server (``storyline serve`` on the same
  database, another process) while the writers ran, by status;
* ``seconds`` and ``throughput``: articles per second (wall), for 1, 2, …
  ``processes`` processes on disjoint shares, with the ingesting processes'
  CPU seconds (the database server's own CPU is not included).

``--store`` names the database (a ``postgresql://`` URL, whose schema is
emptied first, or a SQLite path, deleted first); default a temporary SQLite file.
"""
from __future__ import annotations

import http.client
import multiprocessing
import os
import queue
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path
from typing import Any

from storyline.bench.clustering import load_gold
from storyline.bench.metrics import bcubed
from storyline.ingest.readers import from_record
from storyline.store import is_postgres_url


def _items(rows: list[dict]) -> list:
    return [from_record({k: v for k, v in r.items() if k not in ("cluster", "story")}, f"line:{r['id']}")
            for r in rows]


def _worker(db: str, rows: list[dict], start: Any, out: Any) -> None:
    """One ingesting process (spawned): waits for the start signal, ingests its share."""
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    try:
        from storyline.service import Storyline

        app = Storyline(db)
        items = _items(rows)
        app.embedder.embed_one("warm-up", "passage")  # the model is loaded before the clock starts
    except Exception as exc:  # noqa: BLE001 - reported, so the bench never waits on a dead worker
        out.put({"error": f"{type(exc).__name__}: {exc}"})
        return
    start.wait()
    t0, c0 = time.time(), time.process_time()
    report = app.ingest(items, relink=False)
    out.put({"added": len(report.added), "skipped": len(report.skipped), "failed": len(report.failed),
             "failures": sorted({e.reason for e in report.failed})[:5],
             "index_rebuilds": app.index_rebuilds, "seconds": time.time() - t0,
             "cpu_seconds": time.process_time() - c0})
    app.close()


def _fresh(db: str) -> str:
    """Empty the database ``db`` names (a PostgreSQL URL's first search_path schema, or a file)."""
    if is_postgres_url(db):
        import psycopg

        query = urllib.parse.parse_qs(urllib.parse.urlsplit(db).query)
        options = " ".join(query.get("options", []))
        schema = options.split("search_path=", 1)[1].split(",")[0] if "search_path=" in options else "public"
        base = db.split("?", 1)[0]
        with psycopg.connect(base, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
            conn.execute(f'CREATE SCHEMA "{schema}"')
    else:
        for suffix in ("", "-wal", "-shm"):
            Path(db + suffix).unlink(missing_ok=True)
    return db


def _events_of(db: str) -> tuple[dict[str, int], list[str], int]:
    """Line id -> event id, line ids in commit order, and the articles stored."""
    from storyline.store import open_store

    store = open_store(db)
    try:
        arts = store.articles(flagged=None)
        event_of = {a.external_id: (a.event_id if a.event_id is not None else f"flag:{a.id}") for a in arts}
        return event_of, [a.external_id for a in arts], len(arts)
    finally:
        store.close()


def _single(db: str, rows: list[dict]) -> dict[str, int]:
    from storyline.service import Storyline

    app = Storyline(_fresh(db))
    app.ingest(_items(rows), relink=False)
    app.close()
    return _events_of(db)[0]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _Reader(threading.Thread):
    """Reads /api/events from a served database until stopped, counting statuses."""

    def __init__(self, port: int):
        super().__init__(daemon=True)
        self.port, self.stop, self.statuses = port, threading.Event(), {}

    def run(self) -> None:
        while not self.stop.is_set():
            try:
                con = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
                con.request("GET", "/api/events")
                status = con.getresponse().status
                con.close()
            except OSError as exc:
                status = type(exc).__name__
            self.statuses[status] = self.statuses.get(status, 0) + 1
            time.sleep(0.2)


def _serve(db: str) -> tuple[subprocess.Popen, int]:
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "storyline.cli", "--db", db, "serve", "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    for _ in range(600):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return proc, port
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError(f"the server did not start: {proc.stdout.read()}")
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("the server did not start in 60 s")


def _concurrent(db: str, shares: list[list[dict]], with_api: bool) -> dict[str, Any]:
    ctx = multiprocessing.get_context("spawn")
    start, out = ctx.Event(), ctx.Queue()
    procs = [ctx.Process(target=_worker, args=(db, share, start, out)) for share in shares]
    for p in procs:
        p.start()
    server = reader = None
    if with_api:
        server, port = _serve(db)
        reader = _Reader(port)
        reader.start()
    time.sleep(20.0)  # every worker has loaded its model (see _worker)
    t0 = time.time()
    start.set()
    results = _results(procs, out)
    seconds = time.time() - t0
    for p in procs:
        p.join()
    api = None
    if reader is not None:
        reader.stop.set()
        reader.join()
        server.terminate()
        server.wait(30)
        api = reader.statuses
    return {"workers": results, "seconds": round(seconds, 2), "api": api}


def _results(procs: list, out: Any, limit_s: float = 3600.0) -> list[dict]:
    """Each worker's result; a worker that died without one is reported as
    an error instead of being waited for (a SQLite file that two workers both
    migrated used to kill one and hang the bench for an hour)."""
    results: list[dict] = []
    deadline = time.time() + limit_s
    while len(results) < len(procs):
        try:
            results.append(out.get(timeout=5))
        except queue.Empty:
            dead = sum(p.exitcode is not None for p in procs)
            if dead > len(results) or time.time() > deadline:
                try:  # a result still in the pipe of a worker that just exited
                    results.append(out.get(timeout=10))
                    continue
                except queue.Empty:
                    pass
                missing = len(procs) - len(results)
                results += [{"error": "worker ended without a result"}] * missing
                break
    errors = [r["error"] for r in results if "error" in r]
    if errors:
        raise RuntimeError(f"{len(errors)} writer(s) failed: {errors[0]}")
    return results


def run(paths: list[str], db: str | None = None, processes: int = 4, overlap: int = 10,
        limit: int | None = None, throughput: bool = True) -> dict[str, Any]:
    rows = [r for p in paths for r in load_gold(p, limit)]
    for i, r in enumerate(rows):
        r["id"] = f"{i}:{r['id']}"  # unique across files
    with tempfile.TemporaryDirectory() as tmp:
        db = db or str(Path(tmp) / "writers.db")
        n = len(rows)
        bounds = [round(i * n / processes) for i in range(processes + 1)]
        shares = [rows[bounds[i]:bounds[i + 1] + overlap] for i in range(processes)]
        run_ = _concurrent(_fresh(db), shares, with_api=True)
        event_of, commit_order, stored = _events_of(db)
        ids = [r["id"] for r in rows]
        lost = sorted(set(ids) - set(event_of))
        single = _single(db, rows)
        keys = [k for k in ids if k in event_of]
        f1_single = bcubed([single[k] for k in keys], [event_of[k] for k in keys])[2]
        by_id = {r["id"]: r for r in rows}
        replay = _single(db, [by_id[k] for k in commit_order])
        same = _partition(replay, keys) == _partition(event_of, keys)
        f1_replay = bcubed([replay[k] for k in keys], [event_of[k] for k in keys])[2]
        out: dict[str, Any] = {
            "backend": "postgresql" if is_postgres_url(db) else "sqlite", "articles": n,
            "processes": processes, "overlap": overlap, "stored": stored, "lost": len(lost),
            "stored_twice": stored - len(set(event_of)),
            "skipped_as_already_stored": sum(w["skipped"] for w in run_["workers"]),
            "bcubed_vs_single": round(f1_single, 4), "identical_to_commit_order": same,
            "bcubed_vs_commit_order": round(f1_replay, 4),
            "index_rebuilds": [w["index_rebuilds"] for w in run_["workers"]],
            "api": run_["api"], "seconds": run_["seconds"],
        }
        if throughput:
            out["throughput"] = {}
            for k in sorted({1, 2, processes}):
                b = [round(i * n / k) for i in range(k + 1)]
                t = _concurrent(_fresh(db), [rows[b[i]:b[i + 1]] for i in range(k)], with_api=False)
                out["throughput"][k] = {"seconds": t["seconds"],
                                        "articles_per_s": round(n / t["seconds"], 2),
                                        "cpu_seconds": round(sum(w["cpu_seconds"] for w in t["workers"]), 1),
                                        "index_rebuilds": sum(w["index_rebuilds"] for w in t["workers"])}
        return out


def _partition(event_of: dict[str, Any], keys: list[str]) -> set[frozenset[str]]:
    groups: dict[Any, set[str]] = {}
    for k in keys:
        groups.setdefault(event_of[k], set()).add(k)
    return {frozenset(g) for g in groups.values()}
