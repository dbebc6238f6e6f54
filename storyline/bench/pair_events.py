"""``storyline bench clustering PAIRS.csv``: events judged by rated pairs.

The held-out check of issue 10 found events less precise on data we never
saw than on our dev files; the dev files with gold events are small (120
Wikinews pages, 350 multilingual lines, 75 demo reports).  SemEval-2022 Task
8's pairs are 2,419 scraped articles in ten languages, each pair rated by
people from 1 ("very similar": the same happening) to 4 ("very dissimilar"),
with no dates.  Ingesting every article once, as ``storyline ingest`` would
(undated, so each joins by content alone, the hardest case), and asking of
each rated pair whether its two articles share an event gives two
proxies no gold clustering exists for:

* ``dissimilar_together``: the share of pairs rated over 3.5 (different
  happenings, mostly different topics) that share an event: a precision
  proxy, lower is better;
* ``similar_apart``: the share of pairs rated 1.5 or less that do not: a
  recall proxy, lower is better;

and the share for each band of ratings (``bands``), which should fall as the
rating rises.  A pair with a page the gate keeps out, or an article that
failed to ingest, is left out and counted.  The ratings judge a pair's
*story* likeness as much as its happening's, so the middle bands (1.5–3.5)
are no target either way.
"""
from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Callable

BANDS = ((1.0, 1.5), (1.5, 2.5), (2.5, 3.5), (3.5, 4.0))  # a band holds its top, not its bottom
SIMILAR, DISSIMILAR = 1.5, 3.5  # the first band's top and the last band's bottom


def band_of(overall: float) -> str:
    """The band label of a rating: the first band whose top it does not pass."""
    for low, high in BANDS:
        if overall <= high:
            return f"{low:g}-{high:g}"
    raise ValueError(f"Overall {overall} outside 1..4")


def run(path: str | Path, limit: int | None = None, progress: Callable[[str], None] | None = None,
        db: str | None = None) -> dict:
    """Ingest each distinct article of the pairs CSV once into a fresh store
    (or ``db``) and score the rated pairs (``limit``: the first N rows)."""
    from storyline.bench.clustering import ingest_rows
    from storyline.bench.gate import pair_ids
    from storyline.bench.similarity import read_pairs
    from storyline.service import Storyline

    skipped: list[str] = []
    rows = read_pairs(str(path), limit, skipped)
    texts: dict[str, dict] = {}
    pairs: list[tuple[str, str, float, str]] = []
    for number, row in enumerate(rows, 1):
        keys = pair_ids(number, row)
        for side, key in zip(("1", "2"), keys):
            texts.setdefault(key, {"id": key, "text": row["text" + side], "lang": row["lang" + side]})
        pairs.append((*keys, float(row["Overall"]), f"{row['lang1']}-{row['lang2']}"))
    started = time.time()
    with tempfile.TemporaryDirectory() as tmp:
        app = Storyline(db or str(Path(tmp) / "bench.db"))
        try:
            report, origin_of = ingest_rows(app, list(texts.values()), path, progress)
            event_of: dict[str, int] = {}
            for key, origin in origin_of.items():
                aid = report.placed.get(origin)
                art = app.article(aid) if aid else None
                if art is not None and not art.not_article and art.event_id is not None:
                    event_of[key] = art.event_id
        finally:
            app.close()
    return score(pairs, event_of) | {"n_texts": len(texts), "n_rows_skipped": len(skipped),
                                     "seconds": round(time.time() - started, 1)}


def score(pairs: list[tuple[str, str, float, str]], event_of: dict[str, int]) -> dict:
    """The shares of rated pairs ``(key1, key2, overall, langs)`` whose two
    articles share an event (``event_of``; a key not in it is left out)."""
    bands = {f"{low:g}-{high:g}": {"pairs": 0, "one_event": 0} for low, high in BANDS}
    dissimilar_langs: dict[str, list[int]] = {}
    left_out = 0
    for a, b, overall, langs in pairs:
        if a not in event_of or b not in event_of:
            left_out += 1
            continue
        together = event_of[a] == event_of[b]
        cell = bands[band_of(overall)]
        cell["pairs"] += 1
        cell["one_event"] += together
        if overall > DISSIMILAR:
            counts = dissimilar_langs.setdefault(langs, [0, 0])
            counts[0] += 1
            counts[1] += together
    for cell in bands.values():
        cell["share"] = round(cell["one_event"] / cell["pairs"], 4) if cell["pairs"] else None
    similar = [(a, b) for a, b, o, _ in pairs if o <= SIMILAR and a in event_of and b in event_of]
    dissimilar = [(a, b) for a, b, o, _ in pairs if o > DISSIMILAR and a in event_of and b in event_of]
    return {
        "n_pairs": len(pairs) - left_out,
        "n_pairs_left_out": left_out,
        "similar_apart": _share(sum(event_of[a] != event_of[b] for a, b in similar), len(similar)),
        "dissimilar_together": _share(sum(event_of[a] == event_of[b] for a, b in dissimilar), len(dissimilar)),
        "bands": bands,
        "dissimilar_together_by_languages": {k: {"pairs": n, "one_event": t}
                                             for k, (n, t) in sorted(dissimilar_langs.items()) if t},
    }


def _share(count: int, total: int) -> float | None:
    return round(count / total, 4) if total else None
