"""Per-source boilerplate learned from the articles themselves.

Generic rules cannot know that one site ends every article with "Kaynak: AA
— Türkiye Gazetesi" or an about-us blurb in Arabic.  But such lines recur
across many articles of the same source, whereas story lines do not.  So we
count, per source, in how many articles each normalised line occurs (once per
article, however often it repeats inside it) and call a line boilerplate when
it occurs in at least ``min_articles`` articles of that source *and* in at
least ``min_share`` of the articles seen from it.  The share condition keeps a
line that two out of five hundred articles happen to share (a recurring
quote, a standard subheading) from being removed.

A short sentence-like line (``_FEW_WORDS`` words or fewer: "Meridian Times
is now on WhatsApp. Click here to join.") counts as boilerplate from its
second article (``min_articles_short``), so a source with only a few articles
loses its chrome too; the service then also strips a line that has just become
boilerplate from that source's earlier articles (``new_boilerplate``).  Longer
lines keep needing ``min_articles``: a background paragraph a newsroom reuses
in two follow-ups is story text.

Names alone get stricter evidence (``_SHORT_FACTOR`` on ``min_articles``): a
line of one word, or of at most three capitalised words ("Ankara",
"NEW DELHI:", "Background"), is more often a dateline or subheading than
chrome, while real short boilerplate ("Leave a Comment") has a small word or
is caught by the generic rules anyway.

Lines are compared after NFC, case folding and whitespace collapsing, but
digits are kept: date lines ("date 2024-06-21", "Updated 3 May") differ
between articles and must never look like boilerplate.

The state is a plain dict (``to_dict``/``from_dict``) so the store can persist
it between runs and learning continues over time.
"""
from __future__ import annotations

import math
import unicodedata
from collections import Counter
from typing import Any

_SHORT_FACTOR = 1.5
_MAX_LINE_CHARS = 400  # longer lines are story paragraphs or syndicated copies
_FEW_WORDS = 30  # lines up to this many words may be boilerplate from their 2nd article


def line_key(line: str) -> str:
    """The form under which a line is counted: NFC, case-folded, spaces collapsed."""
    text = unicodedata.normalize("NFC", line).replace("İ", "i")  # Turkish capital dotted I
    return " ".join(text.casefold().split())


def _countable(key: str) -> bool:
    return 0 < len(key) <= _MAX_LINE_CHARS and any(c.isalpha() for c in key)


def _name_only(line: str) -> bool:
    """One word, or up to three words each starting with a capital: a dateline
    city ("NEW DELHI:", "Seoul.") or a subheading, not chrome."""
    words = [w for w in line.split() if any(c.isalpha() for c in w)]
    if len(words) <= 1:
        return True
    return len(words) <= 3 and all(w.strip("\"'“”«»([{-–—")[:1].isupper() for w in words)


class SourceBoilerplate:
    """Learns which lines are boilerplate for each source (site, feed, outlet)."""

    def __init__(
        self,
        min_articles: int = 3,
        min_share: float = 0.3,
        max_lines_per_source: int = 50_000,
        min_articles_short: int = 2,
    ) -> None:
        self.min_articles = min_articles
        self.min_articles_short = min_articles_short
        self.min_share = min_share
        self.max_lines_per_source = max_lines_per_source
        self._articles: Counter[str] = Counter()
        self._lines: dict[str, Counter[str]] = {}
        self._applied: dict[str, set[str]] = {}  # keys already stripped from stored articles

    def observe(self, source: str, text: str) -> None:
        """Count each distinct line of ``text`` once for ``source``."""
        if not source or not text:
            return
        keys = {k for k in (line_key(line) for line in text.split("\n")) if _countable(k)}
        self._articles[source] += 1
        counts = self._lines.setdefault(source, Counter())
        counts.update(keys)
        if len(counts) > self.max_lines_per_source:
            # Bound memory: lines seen once can never again reach min_articles
            # soon; drop them (a real footer re-enters on its next appearance).
            for key in [k for k, n in counts.items() if n <= 1]:
                del counts[key]

    def articles_seen(self, source: str) -> int:
        """How many articles of ``source`` were observed."""
        return self._articles.get(source, 0)

    def is_boilerplate(self, source: str | None, line: str) -> bool:
        """True if ``line`` recurs in enough of ``source``'s articles to be boilerplate."""
        if not source or source not in self._lines:
            return False
        key = line_key(line)
        if not _countable(key):
            return False
        return self._key_is_boilerplate(source, key, line)

    def _key_is_boilerplate(self, source: str, key: str, line: str | None = None) -> bool:
        seen = self._lines[source].get(key, 0)
        total = self._articles[source]
        min_share = self.min_share
        # without the line itself (``boilerplate_keys``) case is lost: only one word is a name
        if _name_only(line) if line is not None else len(key.split()) <= 1:
            min_articles = math.ceil(self.min_articles * _SHORT_FACTOR)
            min_share = min(1.0, min_share * _SHORT_FACTOR)
        elif len(key.split()) <= _FEW_WORDS:
            min_articles = self.min_articles_short
        else:
            min_articles = self.min_articles
        return seen >= min_articles and total > 0 and seen / total >= min_share

    def boilerplate_keys(self, source: str) -> set[str]:
        """Line keys that may be boilerplate for ``source`` now (a superset: names
        are judged on the line itself by :meth:`is_boilerplate`)."""
        counts = self._lines.get(source, {})
        floor = min(self.min_articles, self.min_articles_short)
        return {k for k, n in counts.items() if n >= floor and self._key_is_boilerplate(source, k)}

    def new_boilerplate(self, source: str) -> set[str]:
        """Keys that became boilerplate since the last call for ``source`` (and
        are marked as seen): lines earlier articles of the source may still carry."""
        now = self.boilerplate_keys(source)
        done = self._applied.setdefault(source, set())
        fresh = now - done
        done |= now
        return fresh

    def sources(self) -> list[str]:
        """Sources with at least one observed article."""
        return sorted(self._articles)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-serialisable snapshot (only str, int, float, dict)."""
        return {
            "min_articles": self.min_articles,
            "min_share": self.min_share,
            "max_lines_per_source": self.max_lines_per_source,
            "min_articles_short": self.min_articles_short,
            "sources": {
                src: {"articles": self._articles[src], "lines": dict(self._lines.get(src, {})),
                      "applied": sorted(self._applied.get(src, ()))}
                for src in self._articles
            },
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "SourceBoilerplate":
        """Rebuild a learner saved with ``to_dict``."""
        obj = cls(
            min_articles=int(data.get("min_articles", 3)),
            min_share=float(data.get("min_share", 0.3)),
            max_lines_per_source=int(data.get("max_lines_per_source", 50_000)),
            min_articles_short=int(data.get("min_articles_short", 2)),
        )
        for src, entry in data.get("sources", {}).items():
            obj._articles[src] = int(entry.get("articles", 0))
            obj._lines[src] = Counter({k: int(v) for k, v in entry.get("lines", {}).items()})
            obj._applied[src] = set(entry.get("applied", ()))
        return obj
