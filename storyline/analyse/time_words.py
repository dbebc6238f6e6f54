"""Words that say *when*, for stages other than dates: time words and month names.

Why a module of its own: the entity recogniser (time words are never parts of
names) and the facts stage (a month both sentences name is agreement) need
the dates stage's vocabulary for every language, not its scanner.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from storyline.analyse.dates_lexicon import get_lexicon, norm


@lru_cache(maxsize=64)
def time_words(lang: str) -> frozenset[str]:
    """``norm()`` keys of the words that say *when* in ``lang`` and English:
    weekday names, parts of the day, one-word relative days ("today", "कल",
    "вчера") and weekday+daypart compounds ("Mittwochabend").

    The entity recogniser must never take them into a name ("पुतिन बुधवार
    सुबह" is Putin on Wednesday morning); the dates lexicon knows them for
    every language dateparser does."""
    out: set[str] = set()
    for lg in dict.fromkeys((lang, "en")):
        lex = get_lexicon(lg)
        out |= set(lex.weekdays) | lex.dayparts
        out |= {k[0] for k in lex.relative if len(k) == 1}
        out |= {w + d for w in lex.weekdays for d in lex.dayparts}
    out |= {w.split("-")[0] for w in out if "-" in w}  # "après-midi" is two tokens
    return frozenset(w for w in out if len(w) > 1)


_LETTERS = regex.compile(r"[\p{L}\p{M}]+")


def months_named(text: str, lang: str) -> set[int]:
    """Months (1-12) that ``text`` names in full, in ``lang`` or English,
    resolved or not ("फरवरी" and "February" both give 2; "May", which needs
    context, gives nothing).  Facts agree on a month even where a report has
    no publication date to resolve it against."""
    out: set[int] = set()
    for lg in dict.fromkeys((lang, "en")):
        lex = get_lexicon(lg)
        out |= {lex.months[k] for k in map(norm, _LETTERS.findall(text))
                if k in lex.months and k not in lex.needs_context}
    return out
