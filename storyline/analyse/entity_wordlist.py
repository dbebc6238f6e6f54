"""A language's words by how often its text writes them: pyspellchecker's lists, read once.

Kept apart from ``entity_common`` (which reads these ranks against a text's tokens and reaches
``entity_heads``), so that ``entity_nouns`` can ask whether a German word is listed without an
import cycle (h-names31)."""
from __future__ import annotations

import functools
import gzip
import json
from importlib import resources

__all__ = ["COMMON_TOP", "common_words"]

# How many of a language's most frequent words count as common: "money" 266,
# "police" 402, "argent" 850, "деньги" 332 are in; "Apple" 2,752, "Shell"
# 3,454, "Turkey" 4,126, "Trump" 11,447 are out (docs/benchmarks.md, h-names22;
# h-names29: 2,000 loses "Bill mentioned …", so ranks 1,000-2,000 count only as below).
COMMON_TOP = 1000


@functools.lru_cache(maxsize=None)
def common_words(lang: str, top: int = COMMON_TOP) -> frozenset[str]:
    """The ``top`` most frequent words of ``lang`` (ISO 639-1), lower case;
    empty where pyspellchecker has no list for it."""
    try:
        path = resources.files("spellchecker") / "resources" / f"{lang}.json.gz"
        with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
            counts: dict[str, int] = json.load(fh)
    except (FileNotFoundError, OSError):  # no list for this language (a missing package raises: it is declared)
        return frozenset()
    return frozenset(sorted(counts, key=lambda w: (-counts[w], w))[:top])
