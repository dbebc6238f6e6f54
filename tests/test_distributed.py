"""Distributed pre-embedding (storyline.distributed): a real local Dask cluster
(two worker processes on 127.0.0.1) embeds a slice of the demo corpus into a
cold cache, and the serial ingest that follows stores exactly what a serial
ingest alone stores while encoding (almost) nothing itself."""
from __future__ import annotations

import copy
import json
import subprocess
import sys

import numpy as np
import pytest

from storyline import demo
from storyline.distributed import DistributedError, cluster, embed_batch, pre_embed
from storyline.embed import Embedder, EmbeddingCache
from storyline.facts.model import event_facts_from_dict
from storyline.pipeline import analyse
from storyline.records import RawArticle
from storyline.service import Storyline

pytestmark = pytest.mark.slow


def _rows() -> list[dict]:
    """Dated reports and two undated ones (those are placed by the learned
    model, whose views embed body windows and sentences)."""
    rows = demo.records()
    return [r for r in rows if r.get("date")][:6] + [r for r in rows if not r.get("date")][:2]


def _stored(store) -> dict:
    """Everything an ingest decides, read through the Store interface."""
    arts = sorted(store.articles(), key=lambda a: a.id)
    events = sorted(store.event_heads(), key=lambda e: e.id)
    return {
        "articles": [(a.id, a.event_id, a.title, a.text, a.published, a.duplicate_of, a.not_article,
                      [(m.text, m.label, m.start) for m in a.entities]) for a in arts],
        "vectors": {v.article_id: v.vector.tobytes() for v in store.iter_vectors()},
        "events": [(e.id, e.headline, e.n_articles, e.first_date, e.last_date, e.story_id) for e in events],
        "centroids": {e: c.tobytes() for e, c, _ in store.event_centroids()},
        "stories": store.story_map(),
        "facts": {e.id: _facts(store.get_event_facts(e.id)) for e in events},
    }


def _facts(stored: dict | None):
    """An event's stored facts, each fact's vector apart: a claim sentence's
    vector depends on its batch-mates in the last bits (<= 5e-8, the encoder
    pads a batch to its longest window), and the facts stage embeds an event's
    claims in one batch that a worker, seeing one article, cannot form."""
    if stored is None:
        return None
    vectors = [f.vector for f in event_facts_from_dict(stored).facts]
    plain = copy.deepcopy(stored)
    for f in plain["facts"]:
        f.pop("vector", None)
    return plain, [_Near(v) for v in vectors]


class _Near:
    """Equal to another vector within float16 rounding (how facts store them)."""

    def __init__(self, v):
        self.v = v

    def __eq__(self, other) -> bool:
        if self.v is None or other.v is None:
            return self.v is None and other.v is None
        return bool(np.allclose(self.v, other.v, atol=1e-3, rtol=0))

    def __repr__(self) -> str:
        return "vector" if self.v is not None else "None"


def test_pre_embedded_ingest_stores_what_a_serial_ingest_stores(tmp_path):
    src = tmp_path / "in.jsonl"
    rows = _rows()
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")

    alone = Embedder(cache=EmbeddingCache(tmp_path / "serial-cache.sqlite"))
    serial = Storyline(str(tmp_path / "serial.db"), embedder=alone)
    serial.ingest_paths([str(src)])

    spread = Embedder(cache=EmbeddingCache(tmp_path / "spread-cache.sqlite"))  # cold, like ``alone``'s
    app = Storyline(str(tmp_path / "spread.db"), embedder=spread)
    with cluster(workers=2) as client:
        assert len(client.scheduler_info()["workers"]) == 2
        done = []
        pre = pre_embed(app, client, [str(src)], progress=done.append)
    assert pre.articles == len(rows) and sum(done) == len(rows) and not pre.failed
    assert pre.vectors > 5 * len(rows)  # leads, views' windows and sentences, claims
    assert spread.encoded == 0  # the driver encoded nothing in stage 1

    encoded: list[str] = []
    encode = spread.model.encode

    def recording(texts, is_query=False):
        encoded.extend(texts)
        return encode(texts, is_query)

    spread.model.encode = recording
    app.ingest_paths([str(src)])
    try:
        assert _stored(app.store) == _stored(serial.store)  # same events, vectors, stories, facts
        leads = {spread.profile.lead(a.title, a.text) for a in app.store.articles()}
        assert leads and not leads & set(encoded)  # every lead came from the cache
        assert spread.encoded * 10 <= alone.encoded  # the serial stage encoded (far) fewer texts
        assert spread.asked - spread.encoded >= 0.9 * spread.asked  # hits
    finally:
        serial.close()
        app.close()


def test_an_article_a_worker_fails_on_is_left_out_alone(tmp_path):
    """embed_batch (a worker's task) run here: the bad article is named, the
    good one's vectors come back."""
    good = RawArticle(origin="good", title="Flood closes the river port",
                      text="Heavy rain flooded the river port on Monday, officials said. " * 3)
    bad = RawArticle(origin="bad", text=12345)  # not text: analysing it raises
    embedder = Embedder(cache=EmbeddingCache(tmp_path / "c.sqlite"))
    pairs, failed = embed_batch([bad, good], embedder.encoder_name, embedder.profile)
    assert [o for o, _ in failed] == ["bad"]
    keys = {k for k, _ in pairs}
    article = analyse(good)
    assert embedder.key(embedder.profile.lead(article.title, article.text), "passage") in keys


def test_an_unreachable_scheduler_is_named_and_nothing_is_stored(tmp_path):
    with pytest.raises(DistributedError, match="tcp://127.0.0.1:9"):
        with cluster(scheduler="tcp://127.0.0.1:9", timeout="2s"):
            pass
    db = tmp_path / "none.db"
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps(_rows()[0]) + "\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "storyline.cli", "--db", str(db), "ingest", "-q",
                          "--scheduler", "tcp://127.0.0.1:9", str(src)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 1
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in run.stderr
    app = Storyline(str(db))
    try:
        assert app.store.count_articles() == 0
    finally:
        app.close()
