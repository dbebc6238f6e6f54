"""Codes written after a person's name: office symbols and post-nominal letters.

A US government e-mail header names its writer "James Roche SAF/OS" or
"Roche, James Dr. SAF/OS" (an office symbol: the Secretary of the Air Force's
office), a court report "Neil Flewitt QC", a results table "Usain Bolt JAM".
Such a code is no word of the name: kept, "James Roche SAF" is a mention
apart from "James Roche", and, being the fuller form, became the display
name of the merged entity.  Capitals are read by their shape, no list:

* an office symbol: capitals joined by a slash or a hyphen to other capitals
  ("SAF/OS", "AF/CC", "OSD-ATL"): never a word of anyone's name, it ends the
  name before it, and after a title ("Dr. SAF/OS") it names the office, not
  its holder;
* a short word in capitals (2-5 letters, an acronym's length; "MACRON" in a
  French style of writing surnames is longer; not a compound's last part,
  "Landes-SPÖ") after a name of capitalised words: cut where the name before it is a person's (the caller decides:
  "Neil Flewitt QC"), not where the acronym may be the name's own ("Windows
  XP", "Liverpool FC" have one word before it).

A Roman numeral is no code ("Pope John Paul II", "Delta IV/Evolved"), nor a
word of lower-case letters ("John Smith Jr.", "PhD").
"""
from __future__ import annotations

import re

from storyline.analyse.entity_tokens import Token

ROMAN = re.compile(r"(?=[IVX]{2})X{0,3}(IX|IV|V?I{0,3})")  # a regnal or model numeral: "Felipe VI", "Delta IV"
_JOINS = ("/", "-", "‐", "‑")


def _capitals(t: Token) -> bool:
    return t.allcaps and t.text.isalpha() and not ROMAN.fullmatch(t.text)


def office_symbol(text: str, toks: list[Token], k: int) -> bool:
    """Token k is capitals joined by a slash or hyphen to capitals ("SAF/OS", "OSD-ATL")."""
    if not _capitals(toks[k]):
        return False
    after = k + 1 < len(toks) and text[toks[k].end:toks[k + 1].start] in _JOINS and _capitals(toks[k + 1])
    return after or (k > 0 and text[toks[k - 1].end:toks[k].start] in _JOINS and _capitals(toks[k - 1]))


def trailing_codes(text: str, toks: list[Token], idx: list[int]) -> tuple[int, bool]:
    """Where the codes at the end of a name's tokens ``idx`` begin (``len(idx)``
    if none: a name all in capitals has none) and whether one is an office symbol."""
    cut = len(idx)
    while cut and _capitals(toks[idx[cut - 1]]) and (office_symbol(text, toks, idx[cut - 1]) or (
            len(toks[idx[cut - 1]].text) <= 5 and text[toks[idx[cut - 1]].start - 1:toks[idx[cut - 1]].start] not in _JOINS)):
        cut -= 1  # (a compound's last part is none: "Landes-SPÖ")
    if cut and all(toks[k].allcaps for k in idx[:cut]):
        return len(idx), False  # "RAVI NESSMAN AP": a line in capitals
    return cut, any(office_symbol(text, toks, k) for k in idx[cut:])
