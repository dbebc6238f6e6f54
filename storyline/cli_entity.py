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
    from storyline.cli_common import _lang

    s.add_argument("--lang", metavar="CODE", default="en", type=_lang,
                   help="show names as readers of this language know them (default: %(default)s)")
    s.add_argument("--json", action="store_true", help="print the entity as JSON (as /api/entities/NAME)")
    s.set_defaults(func=cmd_entity)


def cmd_entity(args: argparse.Namespace) -> int:
    from storyline.cli_common import _app, _console, _e, _err, _print_json, plural

    from storyline.serialize import entity_detail_json, entity_not_found_json
    from storyline.wording import date_span, heading_case, kind_word, other_spellings

    if not args.name.strip():  # "no entity named ' ' (nor one spelled like it)" looked it up
        _err().print("error: the name is empty; give a name to look up, in any spelling or script",
                     markup=False)
        return 2
    app = _app(args)
    detail = app.entity_detail(args.name, lang=args.lang)
    found = app.lookup_entity(args.name, lang=args.lang) if detail is None else None
    app.close()
    if detail is None:
        if args.json:
            _print_json(entity_not_found_json(args.name, found.candidates))
        elif found.candidates:
            _err().print(f"no single entity named {args.name!r}; did you mean:", markup=False)
            for m in found.candidates:
                _err().print(f"  {m.entity.name} ({kind_word(m.entity.label)}, "
                             f"{plural(m.entity.mentions, 'mention')}; "
                             f"{m.how} match on {m.alias!r})", markup=False)
        else:
            _err().print(f"no entity named {args.name!r} (nor one spelled like it)", markup=False)
        return 2
    ent = detail.entity
    if args.json:
        _print_json(entity_detail_json(detail))
        return 0
    out = _console()
    # the kind in the words the web page uses ("place", not the tagger's "PLACE"); the name heads
    # the output, so it starts with a capital ("Plaza Kim Il-sung") as the page's heading does
    out.print(f"[bold]{_e(heading_case(ent.name))}[/bold] ({kind_word(ent.label)}), "
              f"{plural(ent.mentions, 'mention')}",
              markup=True)
    # the other spellings, as the Names list's "Also written" gives them (not the name again,
    # nor a dateline's "MOSCOW" beside "Moscow"); --json keeps every alias
    others = other_spellings(ent.name, ent.aliases)
    out.print("also written: " + " | ".join(others) if others else "no other spelling", markup=False)
    for story, n in detail.stories:  # which story, when: "story 6" alone told a reader nothing
        span = date_span(story.first_date, story.last_date)
        out.print(f"  story {story.id} ({span}): {story.headline}: {plural(n, 'mention')}", markup=False)
    return 0
