"""The names that can tie two undated reports to one happening.

Why: the learned same-story model scores two short undated reports of the
same *kind* of news (an outage, a crash, a fine) at about its cut from their
embeddings alone, so an undated pair is also asked what a reader would ask:
which place, whom, how many (:func:`storyline.group.scoring.anchored`).  The
name keys the model reads (:func:`storyline.similarity.keys.name_keys`: any
capitalised word) hold words that tell no happening, and on the held-out gate
samples they were all that three wrong pairs shared:

* a frequent word opening a sentence: "The bank said…" / "The streaming
  service lost…", "Segundo a Cloudflare…" / "Segundo o INSS…" ("according
  to"); every sentence's first word is capitalised, so there it says nothing;
* the outlet's name that a page title carries after the headline: "… |
  Deník Východ" over a motorway crash, a hockey round and a data-protection
  fine.  A reader skips it; the report itself never repeats it.

The outlet's label leaves every key of the report (the model's too: it is
no word of the report; SemEval's pages and the dev files' titles carry
almost none, one "- LIVE" of 470 titles).  Frequent openers leave only the
anchors: the model was trained with them among its name keys, where they
weigh little (idf), and its SemEval figures stay as they are.
"""
from __future__ import annotations

import re
from collections import Counter

from storyline.similarity.keys import name_keys, sound_keys

# "Headline | Site", "Headline - Site Name", "Headline — Site" (the separators
# page titles set a site's or section's name off with)
_LABEL_SEPARATOR = re.compile(r"\s+[|–—-]\s+|\s*\|\s*")
MAX_LABEL_WORDS = 4  # "Deník Východ", "Jornal do Litoral", "The Northern Courier"
MIN_HEADLINE_WORDS = 3
_WORD = re.compile(r"\w+")


def outlet_label(title: str, text: str) -> str:
    """The trailing segment of ``title`` that names the outlet, or "".

    A segment set off at the title's end, of at most :data:`MAX_LABEL_WORDS`
    words after a headline of at least :data:`MIN_HEADLINE_WORDS`, none of
    whose capitalised words the text repeats.  A report repeats the place or
    person its headline ends with ("Floods kill 30 - Pakistan"); it does not
    name the site it is published on."""
    parts = _LABEL_SEPARATOR.split(title.strip())
    if len(parts) < 2:
        return ""
    label, headline = parts[-1].strip(), " ".join(parts[:-1])
    capitals = {w.casefold() for w in _WORD.findall(label) if w[:1].isupper()}
    if not capitals or len(label.split()) > MAX_LABEL_WORDS or len(headline.split()) < MIN_HEADLINE_WORDS:
        return ""
    said = {w.casefold() for w in _WORD.findall(text)}
    return "" if capitals & said else label


def sentence_openers(lang: str) -> frozenset[str]:
    """The frequent words of the report's language (jusText's stoplists,
    :func:`storyline.analyse.where_subdivisions.frequent_words`): function
    words and the commonest content words, which open sentences."""
    from storyline.analyse.where_subdivisions import frequent_words

    return frequent_words((lang or "und").split("-")[0].lower())


def without_outlet(title: str, text: str) -> str:
    """``title`` without the outlet's label it ends with (:func:`outlet_label`)."""
    label = outlet_label(title, text)
    if not label:
        return title
    title = title.strip()
    return title[:len(title) - len(label)].rstrip(" |–—-")


def anchor_keys(text: str, lang: str) -> tuple[Counter[str], Counter[str]]:
    """(name keys, sound keys) of a report's keyed text (headline without an
    outlet's label, and body) as anchors: without frequent words where they
    open a sentence."""
    names = name_keys(text, openers=sentence_openers(lang))
    return names, sound_keys(names)
