"""Which found names are evidence of an entity, judged over the whole corpus.

Site residue that survives cleaning ("Meridian Times is now on WhatsApp.",
"Partager sur Facebook | Partager sur X", "Explore our full coverage here!")
and capitalised ordinary words turn into names when a text is read alone.
Over all stored reports the evidence is plain, and no list of the words is
needed:

* a *template line*: a line (digits masked, case folded) that recurs in
  reports of two or more events is the site's, not the news's;
* a *share or menu row*: a line of three or more short items separated by
  "|", "·" or "•";
* a *wire credit*: a name in parentheses in the dateline at the start of a
  report ("MOSCOW, July 17 (Meridian) -") names the agency, not the news;
* *position only*: a one-word name of no kind that is capitalised only where
  every word is (the start of a sentence, a line, a subheading or a quoted
  title, "« L'Hymne à l'amour »"), never in
  the middle of a sentence, in any report ("Footage shows…", "Possible
  meeting in Moscow…"), or written only in a language that capitalises every
  noun (German "Kredite", "Sonderzüge", "Wassermassen": no article before
  them in the text to say they are nouns, and no report in another language
  spells them).  A label from a cue (gazetteer, title, head word), a second
  word or a spelling in another language is the evidence such a name lacks.

Mentions in template lines, share rows and credits are not counted; an
entity left with no counted mention, or one that is only ever a one-word
sentence start, is not an entity.
"""
from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from functools import lru_cache
from typing import Iterable

from storyline.analyse.entity_patterns import lexicon
from storyline.analyse.entity_text import ends_dateline, opens_quotation

__all__ = ["TemplateLines", "LineLedger", "counts_as_mention", "sentence_initial", "capitalised_anyway"]

_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"\s+")
_CREDIT = re.compile(r"^[^\n]{0,80}?\(([^()\n]{2,40})\)\s*[-–—]")
_SENTENCE_END = ".!?:;…"


@lru_cache(maxsize=256)
def _norm(line: str) -> str:
    """A line's key.  Cached: every mention on a line asks for it, and a
    one-line report of 100,000 characters holds thousands of mentions
    (re-normalising it per mention made a relink quadratic in its length)."""
    return _SPACES.sub(" ", _DIGITS.sub("#", line.casefold())).strip()


def _line_at(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


class TemplateLines:
    """Lines that recur in the reports of two or more events."""

    def __init__(self, reports: Iterable[tuple[object, str]]):
        seen: dict[str, set] = defaultdict(set)
        for event_id, text in reports:
            for line in (text or "").split("\n"):
                key = _norm(line)
                if len(key) >= 12:
                    seen[key].add(event_id)
        self.lines = {k for k, events in seen.items() if len(events) >= 2}

    def __contains__(self, line: str) -> bool:
        return _norm(line) in self.lines


class LineLedger:
    """:class:`TemplateLines` kept report by report, for an incremental relink.

    Each line's key (hashed to 8 bytes) is held with the one event it was seen
    in, or as a template once seen in two.  A line of one event that holds a
    mention is *named*: should it become a template later, the evidence of the
    reports already read changes, and they must be read again (:meth:`add`
    says so).  Plain JSON (``to_dict`` / ``from_dict``)."""

    def __init__(self) -> None:
        self.single: dict[str, object] = {}  # line key -> the one event it was seen in
        self.templates: set[str] = set()
        self.named: set[str] = set()

    @staticmethod
    @lru_cache(maxsize=256)
    def _key(line: str) -> str | None:
        key = _norm(line)
        return hashlib.blake2b(key.encode(), digest_size=8).hexdigest() if len(key) >= 12 else None

    def add(self, event_id: object, text: str) -> bool:
        """Count a report's lines; True if a named line became a template."""
        renamed = False
        for line in (text or "").split("\n"):
            key = self._key(line)
            if key is None or key in self.templates:
                continue
            seen = self.single.setdefault(key, event_id)
            if seen != event_id:
                del self.single[key]
                self.templates.add(key)
                renamed = renamed or key in self.named
        return renamed

    def name(self, text: str, start: int) -> None:
        """A mention at ``start`` of ``text`` (whose lines were added) lies in its line."""
        a, b = _line_at(text, start)
        key = self._key(text[a:b])
        if key is not None and key in self.single:
            self.named.add(key)

    def __contains__(self, line: str) -> bool:
        key = self._key(line)
        return key is not None and key in self.templates

    def to_dict(self) -> dict:
        return {"single": self.single, "templates": sorted(self.templates), "named": sorted(self.named & set(self.single))}

    @classmethod
    def from_dict(cls, data: dict) -> "LineLedger":
        self = cls()
        self.single, self.templates, self.named = dict(data["single"]), set(data["templates"]), set(data["named"])
        return self


@lru_cache(maxsize=256)
def _share_row(line: str) -> bool:
    items = [i for i in re.split(r"\s*[|·•]\s*", line) if i.strip()]
    return len(items) >= 3 and all(len(i.split()) <= 4 for i in items)


def counts_as_mention(text: str, start: int, end: int, templates: TemplateLines | LineLedger) -> bool:
    """A mention at ``text[start:end]`` is evidence of its entity (see module docstring)."""
    a, b = _line_at(text, start)
    line = text[a:b]
    if line in templates or _share_row(line):
        return False
    credit = _CREDIT.match(text[:200].lstrip())
    if credit and start < 200:
        offset = len(text[:200]) - len(text[:200].lstrip())
        if credit.start(1) + offset <= start and end <= credit.end(1) + offset:
            return False
    return True


def sentence_initial(text: str, start: int) -> bool:
    """The mention starts a text, a line or a sentence (where every word is capitalised)."""
    before = text[:start].rstrip(" \t\u00a0\"'«»“”‘’([")
    return not before or before.endswith("\n") or "\n" in text[len(before):start] \
        or before[-1] in _SENTENCE_END or ends_dateline(before) or opens_quotation(text, start)


def capitalised_anyway(text: str, start: int, lang: str | None) -> bool:
    """The capital of a mention at ``start`` says nothing about a name: it
    starts a sentence, or its language (``lang``) capitalises every noun."""
    return (lang or "") in lexicon().noun_marker_langs or sentence_initial(text, start)
