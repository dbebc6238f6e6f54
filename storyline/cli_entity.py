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
    from storyline.cli_common import _app, _err, _print_json

    from storyline.reader_words import reading, reset_reading
    from storyline.serialize import entity_detail_json, entity_not_found_json

    if not args.name.strip():  # "no entity named ' ' (nor one spelled like it)" looked it up
        _err().print("error: the name is empty; give a name to look up, in any spelling or script",
                     markup=False)
        return 2
    app = _app(args)
    detail = app.entity_detail(args.name, lang=args.lang)
    found = app.lookup_entity(args.name, lang=args.lang) if detail is None else None
    app.close()
    if args.json:  # as /api/entities/NAME, in every language
        _print_json(entity_detail_json(detail) if detail is not None
                    else entity_not_found_json(args.name, found.candidates))
        return 0 if detail is not None else 2
    token = reading(args.lang)  # the fixed wording in the --lang reader's language, as `show` and `story`
    try:
        if detail is None:
            _not_found(args.name, found.candidates)
            return 2
        _print_entity(detail)
    finally:
        reset_reading(token)
    return 0


def _not_found(name: str, candidates) -> None:
    """Which names the reader may have meant, on stderr: the Names page's words for a reader not
    of English ("Kein einzelner Name lautet „Kim“. Meinten Sie:"); English as the command said it."""
    from storyline.cli_common import _err
    from storyline.reader_words import count, page_lang, say
    from storyline.wording import kind_word

    english = page_lang() == "en"
    if not candidates:
        _err().print(f"no entity named {name!r} (nor one spelled like it)" if english
                     else say("No name is spelled like “{find}”.", find=name), markup=False)
        return
    _err().print(f"no single entity named {name!r}; did you mean:" if english
                 else say("No single name is “{find}”. Did you mean:", find=name), markup=False)
    comma, semi = say(", "), say("; ")
    for m in candidates:
        how = f"{m.how} match on {m.alias!r}" if english else say(m.how + " match on “{alias}”", alias=m.alias)
        _err().print(f"  {m.entity.name} ({say(kind_word(m.entity.label))}{comma}"
                     f"{count(m.entity.mentions, 'mention')}{semi}{how})", markup=False)


def _print_entity(detail) -> None:
    """The name, its kind and mentions, its other spellings and its stories, in the page's
    language (``reader_words.reading``): "Plaza Kim Il-sung (lugar), 3 menciones"; the
    English reader's lines as they were.  Until h-ui31 every language read English here."""
    from storyline.cli_common import _console, _e
    from storyline.cli_read import _days
    from storyline.reader_words import count, page_lang, say
    from storyline.wording import heading_case, kind_word, other_spellings

    ent, out = detail.entity, _console()
    comma, colon = say(", "), say(": ")
    # the kind in the words the web page uses ("place", not the tagger's "PLACE"); the name heads
    # the output, so it starts with a capital ("Plaza Kim Il-sung") as the page's heading does
    out.print(f"[bold]{_e(heading_case(ent.name))}[/bold] ({_e(say(kind_word(ent.label)))}){comma}"
              f"{_e(count(ent.mentions, 'mention'))}", markup=True)
    # the other spellings, as the Names list's "Also written" gives them (not the name again,
    # nor a dateline's "MOSCOW" beside "Moscow"); --json keeps every alias
    others = other_spellings(ent.name, ent.aliases)
    out.print(f"{say('also written:')} " + " | ".join(others) if others else say("no other spelling"), markup=False)
    for story, n in detail.stories:  # which story, when: "story 6" alone told a reader nothing
        label = f"story {story.id}" if page_lang() == "en" else say("Story {n}", n=story.id)
        out.print(f"  {label} ({_days(story.first_date, story.last_date)}){colon}{story.headline}{colon}"
                  f"{count(n, 'mention')}", markup=False)
