"""``storyline bench search FILE.jsonl``: does search find the other reports of an event?

Search has no labelled queries of its own, but a clustering file has the next
best thing: every report's headline is a query whose relevant answers are the
other reports of its gold event, often in other languages.  The file is
ingested as ``bench clustering`` does; each headline is searched in each mode
(the report itself left out of its results), and the bench reports, per mode:

- ``mrr``: mean reciprocal rank of the first relevant report;
- ``recall_at_k``: share of the relevant reports in the first ``k``;
- ``cross_lingual_recall_at_k``: the same, counting only relevant reports in
  another language than the query (what "an English query finds Hindi
  articles" promises), over the queries that have such reports.

It measures related-report retrieval, not every kind of query a user types;
and since hybrid search adds the events of its full-text hits, a headline
query (whose own report is its first word match) largely measures the events
themselves there: the ``semantic`` figures are retrieval alone.

With ``queries`` (lines ``{"query": …, "relevant": [gold event labels]}``),
typed queries are scored too: precision, recall (of at most ``k``) and MRR of
the first ``k`` hits against every report of the relevant events.

A near-copy folded under its original counts where the reader sees it, right
after that original (:func:`shown`).

Off-topic queries (lines ``{"query": …}`` about nothing the file holds;
default: the project's ``tests/data/search_offtopic_{tune,check}.jsonl``
where present) measure the other side: ``rejected`` is the share the meaning
search calls off-topic (``SearchResult.off_topic``), ``no_results`` the share
each mode answers with no report at all.  Beside them every mode's
``off_topic_rate`` is the share of real queries it wrongly called off-topic.
"""
from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path
from typing import Callable

from storyline.bench import labelled_lines
from storyline.bench.clustering import ingest_rows, load_gold
from storyline.search import MODES

OFF_TOPIC_FILES = [Path(__file__).resolve().parents[2] / "tests" / "data" / f"search_offtopic_{split}.jsonl"
                   for split in ("tune", "check")]


def run(path: str | Path, limit: int | None = None, k: int = 10,
        progress: Callable[[str], None] | None = None, modes: tuple[str, ...] = MODES,
        queries_path: str | Path | None = None,
        off_topic_paths: list[str | Path] | None = None) -> dict:
    from storyline.service import Storyline

    rows = load_gold(path, limit)
    # a broken query file is refused before minutes of ingest, not after
    typed = _typed_queries(queries_path, {r["cluster"] for r in rows}) if queries_path else None
    if off_topic_paths is None:
        off_topic_paths = [p for p in OFF_TOPIC_FILES if p.exists()]
    off_topic = {Path(p).stem: _off_topic_queries(p) for p in off_topic_paths}
    started = time.time()
    with tempfile.TemporaryDirectory() as tmp:
        app = Storyline(str(Path(tmp) / "bench.db"))
        try:
            cluster, articles, members, queries = headline_queries(app, rows, path, progress)
            out: dict = {"n_queries": len(queries), "k": k}
            for mode in modes:
                out[mode] = _score_mode(app, queries, articles, mode, k)
            if typed is not None:
                out["typed_queries"] = {"n": len(typed), **{
                    mode: _score_typed(app, typed, cluster, members, mode, k) for mode in modes}}
            for name, texts in off_topic.items():
                out[name] = _score_off_topic(app, texts, modes)
        finally:
            app.close()
    out["seconds"] = round(time.time() - started, 2)
    return out


def headline_queries(app, rows: list[dict], path: str | Path, progress=None):
    """Ingest the gold ``rows`` into ``app`` and make each stored report's
    headline a query whose relevant reports are the rest of its gold event.
    Returns (report -> gold event, report -> article, gold event -> reports,
    queries as (report, text, relevant reports))."""
    report, origin_of = ingest_rows(app, rows, path, progress)
    app.relink()  # names across scripts, as `storyline ingest` leaves them
    cluster: dict[str, str] = {}
    for row in rows:  # a text stored once under two gold events keeps the first
        aid = report.placed.get(origin_of[str(row["id"])])
        if aid is not None:
            cluster.setdefault(aid, row["cluster"])
    articles = {aid: app.article(aid) for aid in cluster}
    members: dict[str, set[str]] = {}
    for aid, c in cluster.items():
        members.setdefault(c, set()).add(aid)
    queries = [(aid, (articles[aid].title or articles[aid].text[:200]).strip(),
                members[cluster[aid]] - {aid}) for aid in cluster]
    return cluster, articles, members, [q for q in queries if q[1] and q[2]]


def _score_mode(app, queries, articles, mode: str, k: int) -> dict:
    rr, recall, cross, rejected = [], [], [], 0
    for aid, query, relevant in queries:
        res = app.search(query, limit=k + 1, mode=mode)
        rejected += res.off_topic
        hits = [h for h in shown(res.hits) if h != aid][:k]
        rank = next((i for i, h in enumerate(hits, 1) if h in relevant), None)
        rr.append(1.0 / rank if rank else 0.0)
        recall.append(len(relevant & set(hits)) / len(relevant))
        other = {r for r in relevant if articles[r].lang != articles[aid].lang}
        if other:
            cross.append(len(other & set(hits)) / len(other))
    return {"mrr": round(statistics.fmean(rr), 4), "recall_at_k": round(statistics.fmean(recall), 4),
            "cross_lingual_recall_at_k": round(statistics.fmean(cross), 4) if cross else None,
            "n_cross_lingual_queries": len(cross), "off_topic_rate": round(rejected / len(queries), 4)}


def shown(hits) -> list[str]:
    """The report ids a reader sees, in order: each hit, then the near-copies
    folded under it (:func:`storyline.search_fusion.fold_copies`).  Scoring these
    (first ``k``) keeps the figures comparable with those from before copies
    were folded, when each copy was a hit of its own."""
    return [aid for h in hits for aid in (h.article_id, *(c.article_id for c in h.copies))]


def _typed_queries(path: str | Path, labels: set[str]) -> list[tuple[str, set[str]]]:
    out = []
    for lineno, obj in labelled_lines(path):
        query, relevant = obj.get("query"), obj.get("relevant")
        if not isinstance(query, str) or not query.strip():
            raise ValueError(f"{path}:{lineno}: field 'query' must be a non-empty string")
        if not isinstance(relevant, list) or not relevant:
            raise ValueError(f"{path}:{lineno}: field 'relevant' must be a list of event labels")
        unknown = [r for r in relevant if r not in labels]
        if unknown:
            raise ValueError(f"{path}:{lineno}: relevant label(s) not in the labelled file: "
                             + ", ".join(map(str, unknown)))
        out.append((query, set(relevant)))
    return out


def _score_typed(app, typed, cluster, members, mode: str, k: int) -> dict:
    precision, recall, rr, rejected = [], [], [], 0
    for query, relevant in typed:
        n_relevant = sum(len(members.get(c, ())) for c in relevant)
        if not n_relevant:  # its events' lines were not stored (reported by the ingest)
            continue
        res = app.search(query, limit=k, mode=mode)
        rejected += res.off_topic
        hits = shown(res.hits)[:k]
        good = [cluster.get(h) in relevant for h in hits]
        precision.append(sum(good) / len(hits) if hits else 0.0)
        recall.append(sum(good) / min(k, n_relevant))
        rr.append(next((1.0 / i for i, g in enumerate(good, 1) if g), 0.0))
    if not precision:
        return {"precision_at_k": None, "recall_at_k": None, "mrr": None}
    return {"precision_at_k": round(statistics.fmean(precision), 4),
            "recall_at_k": round(statistics.fmean(recall), 4), "mrr": round(statistics.fmean(rr), 4),
            "off_topic_rate": round(rejected / len(precision), 4)}


def _off_topic_queries(path: str | Path) -> list[str]:
    out = []
    for lineno, obj in labelled_lines(path):
        query = obj.get("query")
        if not isinstance(query, str) or not query.strip():
            raise ValueError(f"{path}:{lineno}: field 'query' must be a non-empty string")
        out.append(query)
    return out


def _score_off_topic(app, texts: list[str], modes: tuple[str, ...]) -> dict:
    """Shares of queries about nothing stored that search calls off-topic
    (the meaning search's verdict, the same in both modes that run it) and
    that each mode answers with no report."""
    out: dict = {"n": len(texts)}
    empty = {mode: 0 for mode in modes}
    rejected = 0
    for text in texts:
        for mode in modes:
            res = app.search(text, limit=1, mode=mode)
            empty[mode] += res.total == 0
            rejected += mode == "semantic" and res.off_topic
    if "semantic" in modes:
        out["rejected"] = round(rejected / len(texts), 4)
    out["no_results"] = {mode: round(n / len(texts), 4) for mode, n in empty.items()}
    return out
