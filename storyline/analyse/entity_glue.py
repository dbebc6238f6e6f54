"""A name glued to the word after it by a missing space ("George W. Bushannounced").

Wire copy pasted without some of its spaces ("Bushannounced on Friday",
"byearthquake") makes one token of a name and the word after it, so the
capitalised run reads "George W. Bushannounced" as a name and the known
"George W. Bush" is not found.  Such a token is read as two, the name's last
word and the word after it, when all of these hold (no word list is needed:
the text and the names its event already knows are the evidence):

* it is one capitalised word of a cased script, lower case after its first
  letter, of seven letters or more, written once in the text (a name the
  text repeats so is a name: "Arianespace" four times);
* it ends a run of capitalised words glued to it ("George W.") and is
  ``P + S``, where the run's last words with ``P`` (three letters or more,
  neither a lower-case word of the text nor a function word) are a name
  already known for the text's event or story ("George W. Bush"), or one the
  text writes elsewhere, followed by no letter;
* ``S`` (four letters or more) is a word the text writes in lower case
  ("announced": "the newly announced aid");
* the whole is no gazetteer name.

A word alone is never split: "Arianespace" beside "Ariane" and "space", or
"Whitehouse" beside "White", are names of their own, and only a longer name
the reports write with ``P`` says where a name ends.  On the texts of the two
dev files and the demo (about 20,000 spans), "Bushannounced" is the one token
of this shape whose ``P`` any text writes as a name of its own; read without
the run, "Ashdown" (Ash + down) and "Community" (Comm + unity, "Comm" a
capitalised word elsewhere) would have been split too.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Iterable

from storyline.analyse.entity_keys import entity_key
from storyline.analyse.entity_patterns import Lexicon
from storyline.analyse.entity_spans import glued
from storyline.analyse.entity_tokens import Token

MIN_GLUED = 7  # letters of a glued token: a name's word of three and a word of four at least
MIN_NAME, MIN_WORD = 3, 4
RUN = 3  # capitalised words before the glued one that may be the name's


def split_glued(text: str, toks: list[Token], lang: str, lex: Lexicon, known: Iterable[str] = ()) -> list[Token]:
    """``toks`` with each name glued to the next word split in two (see the module
    docstring); ``known``: keys of the names known for the text."""
    counts = Counter(t.text for t in toks)
    shaped = [k for k, t in enumerate(toks) if k and _shaped(t, counts)]
    if not shaped:
        return toks
    lower = {t.low for t in toks if t.cased and not t.cap}
    known = set(known)
    out = list(toks)
    for k in reversed(shaped):
        cut = _cut(text, toks, k, lower, known, lang, lex)
        if cut is not None:
            t = toks[k]
            out[k:k + 1] = [replace(t, text=t.text[:cut], end=t.start + cut),
                            replace(t, text=t.text[cut:], start=t.start + cut, cap=False)]
    return out


def _shaped(t: Token, counts: Counter) -> bool:
    word = t.text
    return t.cased and t.cap and not t.allcaps and len(word) >= MIN_GLUED and word.isalpha() \
        and word[1:].islower() and counts[word] == 1


def _cut(text: str, toks: list[Token], k: int, lower: set[str], known: set[str], lang: str,
         lex: Lexicon) -> int | None:
    """Where the name ends in token k, the longest name first; None if nowhere."""
    first = k
    while first > max(0, k - RUN) and toks[first - 1].cased and toks[first - 1].cap \
            and glued(text, toks, first, lex):
        first -= 1
    if first == k:
        return None  # a word alone: no longer name says where a name would end in it
    low = toks[k].low
    for n in range(len(low) - MIN_WORD, MIN_NAME - 1, -1):
        name, word = low[:n], low[n:]
        if word not in lower or name in lower or lex.stopword(name, lang):
            continue
        for i in range(first, k):
            written = text[toks[i].start:toks[k].start + n]
            if entity_key(written) in known or re.search(re.escape(written) + r"(?!\w)", text):
                whole = toks[k].text
                return None if lex.place(whole, lang) or lex.institution(whole, lang) else n
    return None
