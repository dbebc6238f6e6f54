"""Clustering metrics: B-cubed and pairwise precision/recall/F1.

B-cubed (Bagga & Baldwin 1998) scores every item by how much its predicted
cluster agrees with its gold cluster, so big clusters do not drown small ones;
pairwise F1 is reported beside it because news-clustering papers use both.
"""
from __future__ import annotations

from collections import Counter
from typing import Hashable, Sequence


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def bcubed(gold: Sequence[Hashable], pred: Sequence[Hashable],
           scored: Sequence[bool] | None = None) -> tuple[float, float, float]:
    """(precision, recall, F1) over items labelled ``gold[i]`` / ``pred[i]``.

    ``scored``: average over these items only, each still judged against its
    whole gold and predicted cluster (all items).  Held-out lines must be
    scored so: restricted to themselves, a line put in one event with lines
    of another fold would look as precise as one left alone."""
    if len(gold) != len(pred) or (scored is not None and len(scored) != len(gold)):
        raise ValueError("gold and pred must label the same items")
    items = [(g, q) for k, (g, q) in enumerate(zip(gold, pred)) if scored is None or scored[k]]
    if not items:
        return 0.0, 0.0, 0.0
    joint = Counter(zip(gold, pred))
    g_size, p_size = Counter(gold), Counter(pred)
    p = sum(joint[(g, q)] / p_size[q] for g, q in items) / len(items)
    r = sum(joint[(g, q)] / g_size[g] for g, q in items) / len(items)
    return p, r, _f1(p, r)


def pairwise(gold: Sequence[Hashable], pred: Sequence[Hashable]) -> tuple[float, float, float]:
    """(precision, recall, F1) over all pairs of items put together."""
    def pairs(counts: Counter) -> int:
        return sum(c * (c - 1) // 2 for c in counts.values())
    both = pairs(Counter(zip(gold, pred)))
    in_pred, in_gold = pairs(Counter(pred)), pairs(Counter(gold))
    p = both / in_pred if in_pred else 1.0
    r = both / in_gold if in_gold else 1.0
    return p, r, _f1(p, r)
