"""``storyline bench analyse-speed FILE``: CPU time per kB of analysing long texts.

The texts of FILE (clustering JSONL or a SemEval pairs CSV, :func:`~storyline.bench.speed.read_items`)
are joined per language, in file order, into texts of each size (``--sizes``, thousands of
characters), and each is read by ``extract_entities`` alone and by ``pipeline.analyse``
(which stops at ``MAX_TEXT_CHARS``), as CPU seconds of this process (``time.process_time``:
set ``OMP_NUM_THREADS=1``), the median of ``--runs``.  Why: a stage whose work per word
grows with the text (the names of a text looked up against all of its own names) is
invisible on reports of 3 kB and costs seconds at 100 kB; milliseconds per kB that grow
with the size say so.  A language with fewer characters than a size is repeated."""
from __future__ import annotations

import statistics
import time
from pathlib import Path
from typing import Callable

from storyline.bench.speed import read_items


def joined(texts: list[str], chars: int) -> str:
    """``texts`` joined by blank lines (repeated if short) and cut at a word to ``chars`` characters."""
    parts, n = [], 0
    while n < chars and texts:
        parts.append(texts[len(parts) % len(texts)])
        n += len(parts[-1]) + 2
    return "\n\n".join(parts)[:chars].rsplit(" ", 1)[0]


def _median_cpu(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.process_time()
        fn()
        times.append(time.process_time() - started)
    return statistics.median(times)


def run(path: str | Path, sizes: list[int], langs: list[str] | None = None, runs: int = 5,
        say: Callable[[str], None] = lambda line: None) -> dict:
    from storyline import pipeline
    from storyline.analyse.entities import extract_entities
    from storyline.ingest.formats import from_record

    by_lang: dict[str, list[str]] = {}
    for item in read_items(path):
        if item.get("text") and item.get("lang"):
            by_lang.setdefault(item["lang"], []).append(item["text"])
    out: dict[str, dict] = {}
    for lang in langs or sorted(by_lang):
        texts = by_lang.get(lang)
        if not texts:
            continue
        warm = joined(texts[::-1], 5000)  # word lists and tables load once, outside the timings
        extract_entities(warm, lang)
        pipeline.analyse(from_record({"id": "warm", "text": warm, "lang": lang}, "warm"))
        rows = {}
        for kb in sizes:
            text = joined(texts, kb * 1000)
            raw = {"id": "t", "text": text, "lang": lang}
            ent = _median_cpu(lambda: extract_entities(text, lang), runs)
            ana = _median_cpu(lambda: pipeline.analyse(from_record(raw, "t")), runs)
            rows[str(kb)] = {"entities_ms_per_kb": round(1000 * ent / kb, 1), "analyse_ms_per_kb": round(1000 * ana / kb, 1)}
            say(f"{lang} {kb} kB: entities {rows[str(kb)]['entities_ms_per_kb']} ms/kB, "
                f"analyse {rows[str(kb)]['analyse_ms_per_kb']} ms/kB")
        out[lang] = rows
    return {"file": str(path), "runs": runs, "sizes_kb": sizes, "cpu_ms_per_kb": out}
