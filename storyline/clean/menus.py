"""Menus of "|"-separated links: page furniture, never story.

Scraped pages keep their tool lines and menus as text: "Printable version |
Send it to a friend | Save story", "formatar impressão | imagens do dia |
enviar por e-mail | fazer comentário", "Home | Updates | Urgent Actions | … |
Links".  Read as sentences they reached Wikinews summaries and facts (events
wn017, wn027, wn055, wn070, wn071, wn074).  A menu is a run of three or more
items, each a few words with no sentence mark inside: a byline's one bar
("By Sidney Blumenthal Dec. 2, 2004 | Who wrote this …?") and a table row
of figures ("Dow 10,512 | Nasdaq 2,101 | S&P 1,198") are no menu, nor
Hindi sentences typed with a bar for their danda.
"""
from __future__ import annotations

import re

MENU_ITEMS_MIN = 3  # two items joined by a bar are as often a byline or a dateline as a menu
MENU_ITEM_WORDS = 5  # a link's label: "Send it to a friend", "índice de notícias formatar impressão"
_BAR = re.compile(r"\s*\|\s*")
_SPACED_BAR = re.compile(r"\s+\|\s+")  # "Opinion| Lawrence David| A ‘defrauded’ investor …": a kicker and a byline
# Hindi and its neighbours type the danda "।" as a bar: "… पूर्वी लंदन से हैं | सभी ब्रिटिश
# नागरिक हैं |" is three sentences, not a menu
_DANDA_SCRIPTS = re.compile(r"[\u0900-\u0dff]")
_NOT_A_LABEL = re.compile(r"[.!?…;\d]")  # a sentence's mark or a figure: prose or data, not a link


def _label(item: str) -> bool:
    return 0 < len(item.split()) <= MENU_ITEM_WORDS and not _NOT_A_LABEL.search(item)


def is_menu_line(line: str) -> bool:
    """The whole line is a menu: every "|"-separated item a short label, or
    bars alone ("| |", a menu whose labels were images)."""
    if _DANDA_SCRIPTS.search(line):
        return False
    items = [i for i in _BAR.split(line.strip()) if i]
    if not items:
        return "|" in line
    return len(items) >= MENU_ITEMS_MIN and all(_label(i) for i in items)


def holds_menu(sentence: str) -> bool:
    """A menu runs through the sentence: three or more items between spaced bars, the inner ones
    short labels (the first and last can be glued to the sentence or heading
    next to them, "… 50,000 kids. Home | Updates | … | Links Please direct
    website comments to …"): a claim sentence holds none."""
    if _DANDA_SCRIPTS.search(sentence):
        return False
    items = _SPACED_BAR.split(sentence)
    inner = items[1:-1]
    return len(items) >= MENU_ITEMS_MIN and all(_label(i) for i in inner)
