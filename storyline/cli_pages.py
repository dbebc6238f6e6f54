"""``storyline not-articles``: the pages the gate kept out, each with its reason.

Kept apart from :mod:`storyline.cli` (which registers it) so that module stays
small.  Error pages, bot checks, walls, sign-up forms and front pages are
stored (so re-ingesting them adds nothing) but join no event, story, fact or
search; this is where a user sees them and why each was judged so.
"""
from __future__ import annotations

import argparse


def add_parser(sub, parents=()) -> None:
    about = "pages that are not news reports (error pages, walls, front pages), with the reason"
    s = sub.add_parser("not-articles", aliases=["rejected"], help=about, description=about,
                       parents=list(parents))
    s.add_argument("--limit", type=int, default=100, help="pages per listing (default: %(default)s)")
    s.add_argument("--offset", type=int, default=0, help="pages to skip (default: %(default)s)")
    s.add_argument("--json", action="store_true", help="print the list as JSON (as /api/not-articles)")
    s.set_defaults(func=cmd_not_articles)


def cmd_not_articles(args: argparse.Namespace) -> int:
    from rich.table import Table

    from storyline.cli_common import _app, _console, _date, _e, _err, _print_json, print_list

    from storyline.web.guards import MAX_ID
    from storyline.wording import DATE_UNKNOWN, not_article_label, source_name

    if not (1 <= args.limit <= MAX_ID and 0 <= args.offset <= MAX_ID):
        _err().print(f"error: --limit must be 1 to {MAX_ID} and --offset 0 to {MAX_ID}", markup=False)
        return 2
    app = _app(args)
    try:
        total, pages = app.not_articles(limit=args.limit, offset=args.offset)
    finally:
        app.close()
    if args.json:
        _print_json({"total": total, "limit": args.limit, "offset": args.offset,
                     "items": [page_dict(a) for a in pages]})
        return 0
    if not total:  # as the page says it; an empty table with "0 pages" in its title read as broken
        _console().print("None: every page ingested reads as a news report.", markup=False)
        return 0
    what = ("1 page that is not a news report" if total == 1
            else f"{total} pages that are not news reports")
    table = Table(title=f"{what} "
                        "(stored, kept out of events, stories and search; `ingest --keep-all` keeps a page)")
    # the kind is said in words by the label ("Looks like a cookie wall: …"), as the page says it
    for col in ("id", "source", "date", "title / why"):
        table.add_column(col, overflow="fold")
    for a in pages:
        why = not_article_label(a.not_article, a.not_article_reason, a.text)  # quotes as the page writes them
        # blank cells read as missing data; the other tables say "source unknown" / "date unknown"
        table.add_row(a.id, _e(source_name(a.source)), _date(a.published) or DATE_UNKNOWN,
                      _e(a.title) + f"\n[dim]{_e(why)}[/dim]")
    print_list(table, "title / why")
    return 0


def page_dict(a) -> dict:
    """One flagged page as the CLI's --json and the API list it: the gate's
    ``kind`` and ``reason`` as stored, and each in words (``kind_label``,
    ``label``: wording.not_article_label)."""
    from storyline.wording import gate_kind_label, not_article_label

    return {"id": a.id, "kind": a.not_article, "kind_label": gate_kind_label(a.not_article),
            "reason": a.not_article_reason, "label": not_article_label(a.not_article, a.not_article_reason, a.text),
            "title": a.title,
            "source": a.source, "url": a.url, "lang": a.lang, "origin": a.origin,
            "published": a.published.isoformat() if a.published else None}
