"""Two writers on one database: the server (real app, POSTs) and a CLI ingest
in another process, with overlapping inputs, at the same time."""
from __future__ import annotations

import json
import subprocess
import threading

import pytest

from fastapi.testclient import TestClient

from storyline.api import create_app
from storyline.cli import main as cli_main
from storyline.service import Storyline

from .snapshot import env, ingest_cmd, snapshot, write_demo


# processes on one SQLite file, checked with plain sqlite3 (tests/reliability/snapshot.py);
# several processes on PostgreSQL: tests/test_catch_up.py and `storyline bench writers`
pytestmark = pytest.mark.sqlite_only

TOKEN = "two-writers-token"


def test_a_server_and_a_cli_ingest_at_once_lose_and_duplicate_nothing(tmp_path, capsys):
    rows = write_demo(tmp_path / "cli.jsonl", 10)            # the CLI's share: articles 0-9
    posted = write_demo(tmp_path / "api.jsonl", 10, start=6)  # the server's: 6-15 (6-9 overlap)
    db = str(tmp_path / "shared.db")
    Storyline(db).close()  # schema in place before two processes race to create it
    with TestClient(create_app(db, TOKEN), base_url="http://127.0.0.1") as client:
        cli = subprocess.Popen(ingest_cmd(db, str(tmp_path / "cli.jsonl")), env=env(),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        statuses = []

        def post_all():
            for r in posted:
                statuses.append(client.post("/api/articles", json=r,
                                            headers={"Authorization": f"Bearer {TOKEN}"}).status_code)

        poster = threading.Thread(target=post_all)
        poster.start()
        poster.join()
        out, err = cli.communicate(timeout=900)
        assert cli.returncode == 0, err
        assert set(statuses) <= {200, 201}
    # the server relinked on shutdown, the CLI at its end; either may have come last
    assert cli_main(["--db", db, "events", "--json"]) == 0
    capsys.readouterr()
    after = snapshot(db)
    ids = {r["id"] for r in rows} | {r["id"] for r in posted}
    assert after["integrity"] == "ok"
    assert after["duplicated"] == 0 and after["orphans"] == 0 and after["event_sizes_agree"]
    assert len(after["articles"]) == len(ids) == 16, "articles lost or stored twice"
    assert after["vectors"] == 16
    assert not after["stale"] and after["unlinked_events"] == 0
    con_ids = {json.loads(line)["external_id"] for line in _export(db, capsys)}
    assert con_ids == ids


def _export(db: str, capsys) -> list[str]:
    assert cli_main(["--db", db, "export", "--format", "jsonl"]) == 0
    return capsys.readouterr().out.splitlines()
