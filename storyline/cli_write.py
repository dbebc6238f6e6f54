"""Commands of ``storyline`` that write or serve: ingest, relink, demo, serve
(``bench`` is in :mod:`storyline.cli_bench`).

Ingest says what it did not read: a folder whose files are all of kinds
Storyline does not read (PDF, Word) or that holds nothing is named with what
was skipped, and a call that read nothing at all exits 1.
"""
from __future__ import annotations

import os
import re
import sys
from collections import Counter
from pathlib import Path

from storyline.cli_common import _app, _console, _e, _err, _print_json, plural, shown, working
from storyline.cli_serve import serve
from storyline.wording import not_reports


def skipped_in_folders(paths: list[str]) -> list[str]:
    """One sentence per folder argument about the files in it that are not read."""
    from storyline.ingest.readers import SUPPORTED, _suffix, iter_inputs

    notes = []
    for p in paths:
        folder = Path(p)
        if p == "-" or not folder.is_dir():
            continue
        files = [f for f in folder.rglob("*") if f.is_file()]
        read = {Path(x) for x in iter_inputs([p]) if isinstance(x, Path)}
        skipped = Counter(("hidden" if f.name.startswith(".") else (_suffix(f) or "no extension"))
                          for f in files if f not in read)
        kinds = ", ".join(f"{n} {k}" for k, n in sorted(skipped.items(), key=lambda kv: (-kv[1], kv[0])))
        if not files:
            notes.append(f"folder {p} is empty: nothing to read")
        elif not read:
            notes.append(f"folder {p}: no file Storyline reads; skipped {plural(len(files) , 'file')} "
                         f"({kinds}). It reads {' '.join(SUPPORTED)} (convert PDF or Word files "
                         f"to text or HTML first)")
        elif skipped:
            notes.append(f"folder {p}: skipped {plural(sum(skipped.values()), 'file')} it does not read "
                         f"({kinds})")
    return notes


def cmd_ingest(args) -> int:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from storyline.ingest.readers import iter_inputs

    files = [p for p in iter_inputs(args.paths)]
    notes = skipped_in_folders(args.paths)
    if not files:  # nothing to read: say why, and leave no empty database behind
        for note in notes:
            _err().print(f"[yellow]warning[/yellow] {_e(note)}", markup=True)
        _err().print("error: no inputs to read", markup=False)
        return 1
    show = not args.quiet and sys.stderr.isatty()
    pre = None
    if args.workers or args.scheduler:  # stage 1 on Dask; the cluster is reached before anything is stored
        from storyline.distributed import DistributedError

        try:
            app, pre = _pre_embed(args, show)
        except DistributedError as exc:
            _err().print(f"error: {exc}", markup=False)
            return 1
    else:
        app = _app(args, create=True, repair=False)  # relinked below, after the new articles
    asked, encoded = app.embedder.asked, app.embedder.encoded
    with Progress(TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("{task.description}"), TimeElapsedColumn(),
                  console=_err(), disable=not show) as bar:
        task = bar.add_task("", total=None)

        def tick(origin: str) -> None:
            bar.update(task, advance=1, description=os.path.basename(origin)[:40])

        report = app.ingest_paths(args.paths, progress=tick, date=args.date, relink=False,
                                  follow=args.follow, fetch_policy=_fetch_policy(args),
                                  keep_all=args.keep_all)
    if report.added or app.stale:  # whole-corpus work after the files: say so rather than sit silent
        with working("linking events into stories and names…", show):
            app.relink()
    app.close()
    said = pre and _pre_embed_note(pre, app.embedder.asked - asked, app.embedder.encoded - encoded)
    if args.json:
        _print_json({**report.as_dict(), **({"pre_embed": said} if said else {})})
    else:
        _console().print(
            f"added {plural(len(report.added), 'article')}, skipped {len(report.skipped)} already "
            f"stored, " + (f"{len(report.updated)} updated (their new text shown, the old kept), "
                           if report.updated else "")
            + f"{plural(report.duplicates, 'near-duplicate')}, "
            f"{plural(report.new_events, 'new event')} ({plural(len(files), 'input')})"
            + (f"; {report.moved} moved to a better event on a second look"
               if report.moved else "")
            + redated_note(report)
            + (f"; {not_reports(len(report.not_articles))}, kept out of "
               "events (storyline not-articles)" if report.not_articles else ""), markup=False)
    if said and not args.json:
        _err().print(f"pre-embedded {said['vectors']:,} texts of {plural(said['articles'], 'article')} on "
                     f"{plural(said['workers'], 'worker')} in {said['seconds']:.1f} s"
                     + (f" ({said['not_pre_embedded']:,} not, left to the serial stage; first: "
                        f"{shown(pre.failed[0][0], 80)}: {shown(pre.failed[0][1], 200)})"
                        if said['not_pre_embedded'] else "")
                     + f"; the serial stage found {said['hits']:,} of {said['asked']:,} texts in the "
                     f"cache and encoded {said['encoded']:,}"
                     + ("; URLs and stdin are read by the serial stage only"
                        if said['inputs_not_pre_embedded'] else ""), markup=False)
    for note in notes:
        _err().print(f"[yellow]warning[/yellow] {_e(note)}", markup=True)
    _print_problems(report.warnings, "[yellow]warning[/yellow]", "warnings")
    _print_problems(report.failed, "[red]error[/red]", "errors")
    return 1 if report.failed else 0


def cmd_refresh(args) -> int:
    """Ask stored links again (conditional GET) and apply what changed
    (:mod:`storyline.service_refresh`): a thin front of ``Storyline.refresh``."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    show = not args.quiet and sys.stderr.isatty()
    app = _app(args, repair=False)
    with Progress(TextColumn("[bold]refresh"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("{task.description}"), TimeElapsedColumn(),
                  console=_err(), disable=not show) as bar:
        task = bar.add_task("", total=None)
        report = app.refresh(args.since, args.source, _fetch_policy(args), relink=False,
                             progress=lambda url: bar.update(task, advance=1, description=url[-40:]))
    if report.updated or app.stale:
        with working("linking events into stories and names…", show):
            app.relink()
    app.close()
    if args.json:
        _print_json(report.as_dict())
    else:
        _console().print(
            f"checked {plural(report.checked, 'stored link')}: {len(report.unchanged)} unchanged, "
            f"{len(report.updated)} updated (their new text shown, the old kept), "
            f"{len(report.gone)} gone (404/410; their stored text kept), {len(report.failed)} failed",
            markup=False)
    _print_problems(report.ingest.warnings, "[yellow]warning[/yellow]", "warnings")
    _print_problems(report.failed, "[red]error[/red]", "errors")
    return 1 if report.failed else 0


def _pre_embed(args, show: bool):
    """Stage 1 of a distributed ingest (:mod:`storyline.distributed`): reach
    the cluster first (an unreachable scheduler stores nothing), then open the
    database and embed the inputs' texts on the workers into the cache."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from storyline.distributed import cluster, pre_embed

    with cluster(args.workers, args.scheduler) as client:
        app = _app(args, create=True, repair=False)
        try:
            with Progress(TextColumn("[bold]pre-embed"), BarColumn(), MofNCompleteColumn(),
                          TextColumn("{task.description}"), TimeElapsedColumn(),
                          console=_err(), disable=not show) as bar:
                task = bar.add_task(f"on {len(client.scheduler_info()['workers'])} workers", total=None)
                pre = pre_embed(app, client, args.paths, date=args.date, keep_all=args.keep_all,
                                progress=lambda n: bar.update(task, advance=n))
        except BaseException:
            app.close()
            raise
    return app, pre


def _pre_embed_note(pre, asked: int, encoded: int) -> dict:
    """The distributed stage's figures and the serial stage's cache hits."""
    return {"articles": pre.articles, "vectors": pre.vectors, "workers": pre.workers,
            "seconds": round(pre.seconds, 2), "not_pre_embedded": len(pre.failed),
            "inputs_not_pre_embedded": pre.skipped_inputs,
            "asked": asked, "hits": asked - encoded, "encoded": encoded}


REDATED_SAID = {"stayed": ("stayed in its event", "stayed in their events"),
                "moved": ("moved to a better event", "moved to better events"),
                "own": ("left its event for one of its own (the event's other reports are dated too far "
                        "from it)", "left their events for events of their own (their events' other "
                        "reports are dated too far from them)")}


def redated_note(report) -> str:
    """What giving stored undated reports their date did, per outcome
    (``IngestReport.redated_to``): one that left its event for one of its own
    was said to have "moved to a better event"."""
    if not report.redated:
        return ""
    parts = [(n, REDATED_SAID[k][n > 1]) for k, n in report.redated_counts().items() if n]
    if len(report.redated) == 1 and parts:
        said = f"it {parts[0][1]}"
    else:
        said = ", ".join(f"{n} {what}" for n, what in parts)
    return (f"; {plural(len(report.redated), 'stored undated report')} given the date"
            + (f" and placed again: {said}" if parts else ""))


PER_FILE = 20  # problems printed per input file; the rest are counted (--json lists all)
_WHERE = re.compile(r"(?::\d+|#\d+)$")  # a JSONL line ("f.jsonl:12") or a WARC record ("a.warc#3")


def _print_problems(problems: list, tag: str, kind: str) -> None:
    """One line per problem naming its file and line, at most :data:`PER_FILE`
    per file, then how many more: a broken 100,000-line file printed 100,000.
    A problem of a whole file (its origin names no line or record: "the gzip
    file is damaged …") is printed first and never counted away: a damaged
    ``.jsonl.gz`` whose garbage read as 23 broken lines had its own sentence
    among the 3 "not shown"."""
    per_file: Counter = Counter()
    for p in sorted(problems, key=lambda p: bool(_WHERE.search(p.origin))):
        if not _WHERE.search(p.origin):
            _err().print(f"{tag} {_e(shown(p.origin))}: {_e(shown(p.reason))}", markup=True)
            continue
        per_file[_WHERE.sub("", p.origin)] += 1
        if per_file[_WHERE.sub("", p.origin)] <= PER_FILE:
            _err().print(f"{tag} {_e(shown(p.origin))}: {_e(shown(p.reason))}", markup=True)
    for name, n in per_file.items():
        if n > PER_FILE:
            _err().print(f"{tag} {_e(shown(name))}: {n - PER_FILE:,} more {kind} not shown "
                         f"({n:,} in all; `ingest --json` lists every one)", markup=True)


def cmd_relink(args) -> int:
    """Relink stories and names: the changed events' parts, or with --full every event."""
    import time

    app = _app(args, repair=False)
    if not args.full and not app.stale:
        counts = {"events": len(app.events()), "relinked": 0, "stories": len(app.stories()),
                  "seconds": 0.0, "up_to_date": True}  # --json asked for JSON: it was a sentence
        app.close()
        if args.json:
            _print_json(counts)
        else:
            _console().print("stories and names are up to date (--full relinks every event anyway)",
                             markup=False)
        return 0
    t0 = time.perf_counter()
    with working(f"relinking {'every event' if args.full else 'the changed events'} into "
                 "stories and names…"):
        app.relink(full=args.full)
    stats = dict(app.relink_stats, seconds=round(time.perf_counter() - t0, 3), up_to_date=False)
    app.close()
    if args.json:
        _print_json(stats)
    else:
        _console().print(f"relinked {plural(stats['relinked'], 'event')} of {stats['events']} "
                         f"into {plural(stats['stories'], 'story', 'stories')} "
                         f"({stats['seconds']:.1f} s)", markup=False)
    return 0


def cmd_demo(args) -> int:
    """Ingest the bundled demo corpus into --db and print its events."""
    from rich.progress import Progress

    from storyline import demo
    from storyline.cli_read import cmd_events
    from storyline.ingest.readers import from_record

    rows = demo.records()
    app = _app(args, create=True)
    # the demo's reports are stored as news: into a database of the user's own they
    # would mix with it for good (there is no delete).  At most len(rows) are the
    # demo's, so one more in ingest order shows whether any are not.
    own = [a for a in app.articles(limit=len(rows) + 1) if not a.origin.startswith("demo:")]
    if own:
        total = app.count_articles()
        app.close()
        raise ValueError(f"--db {args.db} already holds reports of its own ({total:,} stored); "
                         f"the demo would mix its {len(rows)} into them. Use a new file: "
                         f"storyline --db demo.db demo")
    items = [from_record(r, f"demo:{r['id']}") for r in rows]
    with Progress(console=_err(), disable=not sys.stderr.isatty()) as bar:
        task = bar.add_task("ingesting demo corpus", total=len(items))
        report = app.ingest(items, progress=lambda _o: bar.advance(task))
    app.close()
    _console().print(f"demo corpus: {plural(len(report.added), 'article')} added, "
                     f"{plural(report.duplicates, 'near-duplicate')}, "
                     f"{plural(report.new_events, 'event')} (database: {args.db})", markup=False)
    for err in report.failed:
        _err().print(f"error {shown(err.origin)}: {shown(err.reason)}", markup=False)
    args.json = False
    cmd_events(args)
    if not args.no_serve:
        serve(args.db, args.host, args.port, args.token_file, args.allowed_host)
    return 1 if report.failed else 0


def _fetch_policy(args):
    """The fetch bounds for this run: the flag allows private addresses, else the env var decides."""
    from storyline.ingest.netguard import FetchPolicy

    return FetchPolicy(allow_private=True) if args.allow_private_urls else FetchPolicy()


def cmd_serve(args) -> int:
    from storyline.cli_common import check_db_path
    from storyline.store import is_postgres_url, sqlite_path

    # the server takes writes (POST /api/articles), so it may start on a new database
    check_db_path(args.db, must_exist=False)
    if not is_postgres_url(args.db) and not os.path.exists(sqlite_path(args.db)):
        _err().print(f"note: no database at {args.db} yet; serving an empty one "
                     f"(POST /api/articles or `storyline --db {args.db} ingest` fills it)", markup=False)
    return serve(args.db, args.host, args.port, args.token_file, args.allowed_host)
