"""``storyline entity NAME``: an entity found by any spelling, with "did you mean".

Kept apart from :mod:`storyline.cli` (which registers it) and
:mod:`storyline.cli_read` so those modules stay small.  The lookup is the
service's (:mod:`storyline.service_entities`), the same the API and the web UI
use: any script, part of the name, small typos.
"""
from __future__ import annotations

import argparse


def add_parser(sub, parents=()) -> None:
    about = "an entity by any spelling: aliases across scripts, mentions, stories"
    s = sub.add_parser("entity", help=about, description=about, parents=list(parents))
    s.add_argument("name", help="a name in any script, part of it, or with a small typo")
    s.add_argument("--lang", metavar="CODE", default="en",
                   help="show names as readers of this language know them (default: %(default)s)")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_entity)


def cmd_entity(args: argparse.Namespace) -> int:
    from storyline.cli_common import _app, _console, _e, _err, _print_json, plural

    app = _app(args)
    detail = app.entity(args.name, lang=args.lang)
    found = app.lookup_entity(args.name, lang=args.lang) if detail is None else None
    app.close()
    if detail is None:
        options = [{"id": m.entity.id, "name": m.entity.name, "label": m.entity.label,
                    "mentions": m.entity.mentions, "matched": m.alias, "how": m.how}
                   for m in found.candidates]
        if args.json:
            _print_json({"error": f"no single entity named {args.name!r}", "did_you_mean": options})
        elif options:
            _err().print(f"no single entity named {args.name!r}; did you mean:", markup=False)
            for o in options:
                _err().print(f"  {o['name']} ({o['label']}, {plural(o['mentions'], 'mention')}; "
                             f"{o['how']} match on {o['matched']!r})", markup=False)
        else:
            _err().print(f"no entity named {args.name!r} (nor one spelled like it)", markup=False)
        return 2
    ent = detail["entity"]
    if args.json:
        _print_json({"id": ent.id, "name": ent.name, "label": ent.label, "aliases": ent.aliases,
                     "names": ent.names, "mentions": ent.mentions, "matched": detail["matched"],
                     "stories": [{"story_id": s, "mentions": n} for s, n in detail["stories"]],
                     "by_month": dict(detail["by_month"])})
        return 0
    out = _console()
    out.print(f"[bold]{_e(ent.name)}[/bold] ({ent.label}), {plural(ent.mentions, 'mention')}",
              markup=True)
    out.print("aliases: " + " | ".join(ent.aliases), markup=False)
    for sid, n in detail["stories"]:
        out.print(f"  story {sid}: {plural(n, 'mention')}")
    return 0
