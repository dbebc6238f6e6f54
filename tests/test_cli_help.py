"""What ``storyline COMMAND --help`` tells a reader about each option.

Read as a journalist would (h-ui15): ``show --help`` listed ``--json`` with no
word of what it prints and ``event_id`` with none of where ids come from,
while ``search --help`` said both; ``show --lang LANG`` said less than
``story --lang CODE``.
"""
from __future__ import annotations

import argparse

from storyline.cli import build_parser


def _commands():
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return {name: p for name, p in sub.choices.items() if name != "rejected"}


def test_every_option_of_every_command_says_what_it_does():
    bare = [f"{name} {a.option_strings[0] if a.option_strings else a.dest}"
            for name, p in _commands().items() for a in p._actions
            if not isinstance(a, argparse._HelpAction) and not (a.help or "").strip()]
    assert not bare, bare


def test_the_readers_language_is_offered_alike_on_show_and_story():
    commands = _commands()
    for name in ("show", "story"):
        lang = next(a for a in commands[name]._actions if "--lang" in a.option_strings)
        assert lang.metavar == "CODE", name
        assert "names as its readers know them" in lang.help, (name, lang.help)
