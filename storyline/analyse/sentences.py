"""Sentence splitting for many scripts.

Sentences are the unit of citation (dates, facts, summaries all point back to
one), so the splitter must work for Latin, Cyrillic, Devanagari (danda "।"),
Arabic and CJK punctuation without a per-language model.  A regex splitter with
an abbreviation guard is enough for news prose and costs nothing to load.
"""
from __future__ import annotations

import re

import regex

# Sentence-final punctuation across scripts: . ! ? … । ॥ ؟ 。 ！ ？
_END = r"[.!?…।॥؟。！？]"
# CJK full-width stops end a sentence with no space after them (CJK writes none)
_CJK_END = r"[。！？]+[”’」』）》]*"
_SPLIT = re.compile(rf"({_CJK_END}|{_END}+[\"'”’»)\]]*)(\s+|$|(?<=[。！？”’」』）》]))|(\n+)")
# Short tokens before a period that do not end a sentence (titles, initials).
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Col|Lt|Sgt|Gov|Sen|Rep|Jr|Sr|Inc|Ltd|Co|"
    r"No|Nr|vs|etc|ca|z\.B|bzw|Hr|Fr|Dres|Sra|Sr|Mme|M|г|гг|т\.е|им|ул|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b[A-ZА-Я]|(?<!\d)\d{1,2})\.$"
)
# Initials and titles in scripts without capitals.  Indian news writes Latin
# initials by their letter names ("एस. सोमनाथ" = S. Somanath, "के. चंद्रशेखर
# राव") and abbreviates titles ("डॉ.", "प्रो."); a Hindi sentence ends on its
# verb, so these words hardly ever end one.  In cased scripts any one capital
# letter before a period is an initial ("Ж.", "Σ.").
DEVANAGARI_LETTER_NAMES = dict(zip(  # the Latin letter each Devanagari letter name writes
    "ए बी सी डी ई एफ जी एच जे के एल एम एन ओ पी क्यू आर एस टी यू वी डब्ल्यू एक्स वाई जेड ज़ेड".split(),
    "abcdefghjklmnopqrstuvwxyzz"))  # not "आई" (I): it is also the verb "came"
_DEVANAGARI_INITIALS = [*DEVANAGARI_LETTER_NAMES, *"डॉ प्रो श्री श्रीमती सुश्री".split()]
_INITIAL = regex.compile(
    r"(?:(?<![\p{L}\p{M}])\p{Lu}"
    rf"|(?<![\p{{L}}\p{{M}}])(?:{'|'.join(sorted(map(regex.escape, _DEVANAGARI_INITIALS), key=len, reverse=True))}))\.$")


_CASELESS_INITIALS = frozenset(_DEVANAGARI_INITIALS)


def caseless_initial(word: str) -> bool:
    """``word``, written before a period, is an initial or an abbreviated title
    of a script without capitals ("एस." of "एस. सोमनाथ", "डॉ."): the name goes
    on after the period (the entity rules read it so, as this module does)."""
    return word in _CASELESS_INITIALS


def split_sentences(text: str, lang: str | None = None) -> list[tuple[int, int, str]]:
    """Split ``text`` into sentences as ``(start, end, sentence)`` offsets.

    Newlines always end a sentence (headings, list items, paragraphs);
    ``lang`` is accepted for future per-language rules but not needed today.
    """
    out: list[tuple[int, int, str]] = []
    start = 0
    for m in _SPLIT.finditer(text):
        if m.group(3) is not None:  # newline break
            end = m.start()
        else:
            end = m.end(1)
            # a line break after the period ends the sentence whatever precedes it: the
            # guard read "$1.07.\n\nPresident Lagarde" as "13. September" and joined two
            # paragraphs into one summary sentence
            if m.group(2) and "\n" not in m.group(2) and (
                    _ABBREV.search(text[max(start, end - 12):end])
                    or _INITIAL.search(text[max(start, end - 24):end])):
                continue  # "Dr. Smith", "13. September", "U.S. officials", "एस. सोमनाथ"
        _emit(text, start, end, out)
        start = m.end()
    _emit(text, start, len(text), out)
    return out


def _emit(text: str, start: int, end: int, out: list[tuple[int, int, str]]) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    s = start + lead
    out.append((s, s + len(stripped), stripped))


# how a line of prose ends: a sentence mark, or a colon or semicolon before what follows
_LINE_END = re.compile(r"[.!?…।॥؟。！？:;][\"'”’»)\]]*\s*$")
HEADING_MAX_WORDS = 15  # a crosshead is a phrase; a line this long without a stop is prose missing one


def heading_lines(text: str) -> list[tuple[int, int]]:
    """Offsets of the lines that head a paragraph: a crosshead ("Possible meeting in
    Moscow on Tuesday evening", "Many sanctions have been imposed on North Korea" in
    the seed report; "Green belt", "Trade booms" in Wikinews) is a line with no
    sentence mark, shorter than the prose line after it, which ends with one, and
    not after another such line (a list of items, "Hasib Hussain, 18 ετών", goes on
    line after line).  Read as sentences, headings stood in summaries as facts."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    out = []
    for i, (start, end) in enumerate(lines[:-1]):
        line, after = text[start:end], text[lines[i + 1][0]:lines[i + 1][1]]
        before = text[lines[i - 1][0]:lines[i - 1][1]] if i else None
        if (not _LINE_END.search(line) and len(line.split()) < HEADING_MAX_WORDS
                and _LINE_END.search(after) and len(after.split()) > len(line.split())
                and (before is None or _LINE_END.search(before))):
            out.append((start + len(line) - len(line.lstrip()), start + len(line.rstrip())))
    return out


def sentences(text: str, lang: str | None = None) -> list[str]:
    """Just the sentence strings of :func:`split_sentences`."""
    return [s for _, _, s in split_sentences(text, lang)]
