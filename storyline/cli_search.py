"""``storyline search QUERY``: the search the API and web UI offer, on the command line.

Kept apart from storyline.cli (which registers it) so that module stays
small; it uses the same helpers and the same service call as ``/api/search``:
full-text and cross-lingual semantic hits fused, with the same filters.
"""
from __future__ import annotations

import argparse

from storyline.search import MODES

# what each fused list means to a reader (SearchHit.matched holds the list names)
OPTION = {"source": "--source", "lang": "--lang", "entity": "--entity", "event_id": "--event"}  # filter_problems' names as typed here
MATCH_WORDS = {"text": "words", "semantic": "meaning", "event": "event", "entity": "name"}


def add_parser(sub, iso_date, parents=()) -> None:
    about = "search articles (an English query also finds other languages)"
    s = sub.add_parser("search", help=about, description=about, parents=list(parents))
    s.add_argument("query", help="what to look for, in any language")
    from storyline.cli_common import _filter_lang, _row_id

    s.add_argument("--article-lang", action="append", default=[], metavar="CODE", type=_filter_lang,
                   help="only reports written in these languages (repeatable), e.g. --article-lang hi "
                        "--article-lang ru; the search page's and /api/search's article_lang")
    # the filter's first name, kept for scripts; elsewhere --lang is the reader's language
    s.add_argument("--lang", action="append", default=[], metavar="CODE", type=_filter_lang,
                   help="the same filter as --article-lang (its older name)")
    s.add_argument("--source", action="append", default=[], help="only these sources (repeatable)")
    s.add_argument("--entity", help="only articles naming this entity (any name or script)")
    s.add_argument("--from", dest="date_from", type=iso_date, metavar="YYYY-MM-DD",
                   help="published on or after")
    s.add_argument("--to", dest="date_to", type=iso_date, metavar="YYYY-MM-DD", help="published on or before")
    s.add_argument("--event", dest="event_id", type=_row_id, help="only articles of this event")
    s.add_argument("--mode", choices=MODES, default="hybrid",
                   help="text (words typed), semantic (meaning, any language) or both (default)")
    s.add_argument("--limit", type=int, default=20, help="results per page (default: %(default)s)")
    s.add_argument("--offset", type=int, default=0, help="results to skip (default: %(default)s)")
    s.add_argument("--not-articles", action="store_true",
                   help="also pages the gate found not to be news reports (words only)")
    s.add_argument("--json", action="store_true", help="print the result as JSON (as /api/search)")
    s.set_defaults(func=cmd_search)


def cmd_search(args: argparse.Namespace) -> int:
    import datetime as dt

    from rich.table import Table

    from storyline.cli_common import _app, _console, _date, _e, _err, _print_json, plural, print_list
    from storyline.cli_read import site_notes
    from storyline.wording import DATE_UNKNOWN, source_name

    if not args.query.strip():
        _err().print("error: the query is empty; give words to look for", markup=False)
        return 2
    if args.limit < 1 or args.offset < 0:
        _err().print("error: --limit must be at least 1 and --offset at least 0", markup=False)
        return 2
    if args.date_from and args.date_to and args.date_from > args.date_to:
        _err().print(f"error: --to {args.date_to} is before --from {args.date_from}", markup=False)
        return 2
    app = _app(args)
    try:
        option = dict(OPTION, lang="--article-lang" if args.article_lang else "--lang")
        given = (args.article_lang + args.lang, args.source, args.entity,
                 dt.date.fromisoformat(args.date_from) if args.date_from else None,
                 dt.date.fromisoformat(args.date_to) if args.date_to else None, args.event_id)
        filters = app.search_filters(*given, args.not_articles)
        problems = app.filter_problems(filters, args.entity, args.event_id)
        if problems:  # a filter that names nothing matches nothing: say which, not "no results"
            for name, problem in problems.items():
                hint = (f" (`storyline entity {args.entity!r}` lists names like it)"
                        if name == "entity" else "")
                _err().print(f"error: {option[name]}: {problem}{hint}", markup=False)
            return 2
        res = app.search(args.query, filters, limit=args.limit, offset=args.offset, mode=args.mode)
        # "no results" of a page the gate kept out of search read as nothing stored: say it is there
        kept_out = (app.search(args.query, app.search_filters(*given, True), limit=1, mode=args.mode).total
                    if not res.total and not args.not_articles and not args.json else 0)
        originals = {h.duplicate_of: app.article(h.duplicate_of) for h in res.hits if h.duplicate_of}
    finally:
        app.close()
    if args.json:
        _print_json(res.as_dict())
        return 0
    if kept_out:
        one = kept_out == 1
        _console().print(f"no report matches {args.query!r}; it matches {plural(kept_out, 'page')} that "
                         f"{'is not a news report' if one else 'are not news reports'} (`storyline "
                         f"search {args.query!r} --not-articles` shows {'it' if one else 'them'})",
                         markup=False)
        return 0
    if not res.total and res.off_topic:  # nothing has the words, nothing is about the query
        _console().print(f"no report matches {args.query!r}: none has these words or names, and "
                         "none is about it in meaning; try other words or fewer filters", markup=False)
        return 0
    if not res.hits:
        where = " on this page" if res.total else ""
        _console().print(f"no results for {args.query!r}{where}"
                         + (f" ({plural(res.total, 'result')} in all; lower --offset)" if res.total
                            else "; try other words, --mode semantic, or fewer filters"),
                         markup=False)
        return 0
    shown = f"{args.offset + 1}-{args.offset + len(res.hits)}"
    table = Table(title=f"{plural(res.total, 'result')} for {_e(repr(args.query))} ({shown} shown)",
                  caption="match: words (the words typed), meaning (similar meaning, any "
                  "language), event (another report of a word match's event), name (names the "
                  "entity typed); a report's near-copies are listed under it (+ N copies)",
                  caption_justify="left")  # a paragraph: centred, its second line began mid-row
    for col in ("#", "date", "lang", "source", "event", "match", "title"):
        table.add_column(col, overflow="fold", justify="right" if col in ("#", "event") else "left")
    for rank, h in enumerate(res.hits, start=args.offset + 1):
        title = _e(h.title) + "".join(f"\n[dim]{_e(note)}[/dim]" for note in site_notes(h)) \
            + (f"\n[dim]{_e(h.snippet)}[/dim]" if h.snippet else "")  # its site updated it: as `show` says
        # who published it, and whether it is a near-copy of another report (whose source)
        source = source_name(h.source)
        if h.duplicate_of:
            original = originals.get(h.duplicate_of)
            source += f"\n[dim]copy of {_e(source_name(original.source) if original else h.duplicate_of)}[/dim]"
        if h.copies:  # near-copies folded under this original (search_fusion.fold_copies)
            source += f"\n[dim]+ {plural(len(h.copies), 'copy', 'copies')}: " + _e(", ".join(
                source_name(c.source) for c in h.copies)) + "[/dim]"
        table.add_row(str(rank), _date(h.published) or DATE_UNKNOWN, h.lang, source,
                      "" if h.event_id is None else str(h.event_id),
                      " + ".join(MATCH_WORDS.get(m, m) for m in h.matched), title)
    print_list(table, "title")
    return 0
