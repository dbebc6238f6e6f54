"""`storyline serve` in a subprocess on a free loopback port, for the tests
that need the real server (uvicorn in front of the app) rather than FastAPI's
in-process client: the browser tests and the POSTs of wrong input."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request


def serve(db: str, token: str | None = None):
    """`storyline serve` over ``db`` (writes take ``token``, none without): yields its base URL."""
    env = {k: v for k, v in os.environ.items() if k not in ("STORYLINE_TOKEN", "STORYLINE_TOKEN_FILE")}
    if token:
        env["STORYLINE_TOKEN"] = token
    proc = subprocess.Popen([sys.executable, "-m", "storyline.cli", "--db", db, "serve",
                             "--host", "127.0.0.1", "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    try:
        seen, m = [], None
        for line in proc.stdout:  # ends at EOF if the server dies before listening
            seen.append(line)
            m = re.search(r"Serving Storyline at (http://127\.0\.0\.1:\d+) \(Ctrl-C to stop\)", line)
            if m:
                break
        assert m, "server did not start:\n" + "".join(seen)
        threading.Thread(target=proc.stdout.read, daemon=True).start()  # keep the pipe drained
        base = m.group(1)
        deadline = time.time() + 30
        while True:
            try:
                with urllib.request.urlopen(base + "/api/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                if time.time() > deadline:
                    raise
                time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


class Answer:
    """A response as the tests read it: ``status_code``, ``text``, ``json()``."""

    def __init__(self, status: int, body: bytes):
        self.status_code, self.text = status, body.decode("utf-8", "replace")

    def json(self):
        return json.loads(self.text)


class Client:
    """Requests to a live server with the standard library only (no HTTP
    client is among the project's dependencies): every answer is returned,
    4xx and 5xx included, never raised."""

    def __init__(self, base: str):
        self.base = base

    def request(self, method: str, path: str, content: bytes | str | None = None,
                json_body=None, headers: dict | None = None) -> Answer:
        headers = dict(headers or {})
        if json_body is not None:
            content = json.dumps(json_body).encode()
            headers.setdefault("Content-Type", "application/json")
        data = content.encode() if isinstance(content, str) else content
        req = urllib.request.Request(self.base + path, data=data, headers=headers, method=method)
        try:
            with urllib.request.urlopen(req, timeout=300) as r:
                return Answer(r.status, r.read())
        except urllib.error.HTTPError as exc:
            return Answer(exc.code, exc.read())

    def get(self, path: str, **kw) -> Answer:
        return self.request("GET", path, **kw)

    def post(self, path: str, json=None, **kw) -> Answer:
        return self.request("POST", path, json_body=json, **kw)
