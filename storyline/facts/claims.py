"""Claim-bearing sentences: what a report asserts, with its names, numbers and dates.

Why: facts are compared across languages by what cannot be paraphrased away —
who (names, keyed across scripts), how many (numbers, any script's digits),
when (resolved dates) — plus the meaning of the whole sentence (embeddings,
:mod:`.align`).  Sentences with none of these, and no reporting verb, are
filler ("It was a sunny day.") and are dropped before anything is embedded.

Sentence offsets come from :func:`storyline.analyse.sentences.split_sentences`
over the article's cleaned text, so a citation is ``(article, start, end)``
and the text is stored once, in the article.
"""
from __future__ import annotations

import re
import unicodedata

import regex

from storyline.analyse.sentences import split_sentences
from storyline.facts.model import ClaimSentence
from storyline.records import Article

MIN_WORDS = 5  # shorter than this is a heading, a caption or a fragment
MIN_CJK_CHARS = 10  # CJK writes no spaces: count characters instead
MAX_CHARS = 600  # a longer "sentence" is a paragraph the splitter could not cut

_LETTER = "A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff"  # cased letters glued to a number: a name
_NUM = re.compile(rf"(?<![{_LETTER}\d.,:/-])(\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}}(?!\d))+|\d+(?:[.,]\d{{3}})*(?:[.,]\d+)?)"
                  rf"(?![{_LETTER}\d:/]|-\w)")
# clock times: "23 h 11", "23.11 Uhr", "6.04 pm", "11.11pm" (colons are never figures anyway)
_TIME = re.compile(r"\b\d{1,2}\s?h\s?\d{2}\b|\b\d{1,2}[.:]\d{2}\s?(?:[ap]\.?m\b\.?|uhr\b|ist\b|gmt\b|bst\b|utc\b)",
                   re.IGNORECASE)
# words that make a figure approximate ("about 7,000", "rund 6.800", "करीब 14"), within a few words before it
_APPROX = re.compile(
    r"\b(about|around|nearly|almost|close to|roughly|approximately|some|an estimated|rund|etwa|fast|"
    r"knapp|ungefähr|près de|environ|quelque|presque|cerca de|unos|unas|casi|alrededor de|около|почти|"
    r"примерно|порядка)\W+(?:\w+\W+)?$|(करीब|लगभग|तकरीबन|क़रीब)\s+$", re.IGNORECASE)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")
# multipliers written after a number, per language ("3.5 million", "5 लाख", "2 млн")
_MULT = {"thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9,
         "mn": 1e6, "bn": 1e9, "tausend": 1e3, "millionen": 1e6, "mio": 1e6, "milliarden": 1e9,
         "mrd": 1e9, "mil": 1e3, "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5, "millones": 1e6, "millón": 1e6, "milliards": 1e9,
         "milliard": 1e9, "тысяч": 1e3, "тысячи": 1e3, "тыс": 1e3, "миллиона": 1e6,
         "миллионов": 1e6, "млн": 1e6, "миллиардов": 1e9, "млрд": 1e9, "हज़ार": 1e3,
         "हजार": 1e3, "लाख": 1e5, "करोड़": 1e7, "करोड": 1e7, "ألف": 1e3, "مليون": 1e6,
         "مليار": 1e9, "万": 1e4, "亿": 1e8}
_PERCENT = {"%", "percent", "per", "prozent", "por", "pour", "процентов", "процента",
            "процент", "प्रतिशत", "फीसदी", "फ़ीसदी", "بالمئة", "في"}
_MONEY_BEFORE = set("$€£₹¥") | {"us$", "rs", "rs.", "inr", "usd", "eur"}
_MONEY_AFTER = {"dollars", "dollar", "euros", "euro", "pounds", "rupees", "yuan", "yen",
                "rubles", "roubles", "рублей", "рубля", "долларов", "евро", "रुपये", "रुपए",
                "डॉलर", "dólares", "dollari", "dolar", "دولار", "美元", "元"}
_REPORTING = re.compile(
    r"\b(said|says|told|reported|announced|confirmed|according to|stated|claimed|"
    r"сказал|заявил|сообщил|сообщили|по данным|по словам|sagte|erklärte|laut|berichtete|"
    r"hieß es|teilte|bestätigte|kündigte|betonte|warnte|seien|habe|werde|könne|"  # German indirect speech ("sei" is Italian "six")
    r"dijo|según|afirmó|a déclaré|selon|a annoncé|dichiarato|secondo)\b|"
    r"(ने कहा|के मुताबिक|के अनुसार|बताया|قال|وفقا|据|表示|宣布)", re.IGNORECASE)


def digits(s: str) -> str:
    """Any script's decimal digits -> ASCII ("२०२४" -> "2024")."""
    return "".join(str(unicodedata.decimal(c)) if c.isdigit() and not c.isascii() else c for c in s)


def _value(raw: str) -> float | None:
    s = re.sub(r"[ \u00a0\u202f]", "", digits(raw))
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", s):
        s = s.replace(",", "").replace(".", "")
    else:
        s = s.replace(",", ".")
    try:
        return float(s)
    except ValueError:
        return None


def numbers_in(text: str, skip: list[tuple[int, int]] = ()) -> list[tuple[float, str, str, bool]]:
    """``(value, kind, unit, approximate)`` for each quantity in ``text``.

    ``kind`` is "percent", "money" or "count"; ``unit`` is the word after it
    (same-language comparisons only: "5,000 dead" and "300 injured" are two
    quantities); ``approximate`` when a word such as "about", "rund" or "करीब"
    comes just before it.  Left out: clock times ("23 h 11", "6.04 pm"), years (1800-2100 written without separators), parts
    of names ("Chandrayaan-3", "COVID-19"), times ("18:03"), spans in ``skip``
    (dates the date stage resolved) and single digits, which are mostly
    ordinals and list counts rather than reported figures.
    """
    out: list[tuple[float, str, str, bool]] = []
    skip = list(skip) + [(t.start(), t.end()) for t in _TIME.finditer(text)]
    for m in _NUM.finditer(text):
        if any(a <= m.start() < b for a, b in skip):
            continue
        raw = m.group(1).rstrip()
        value = _value(raw)
        if value is None:
            continue
        after = text[m.start(1) + len(raw):].lstrip()
        words = _WORD.findall(after[:40].lower())
        before = text[max(0, m.start() - 4):m.start()].strip().lower()
        unit = words[0] if words else ""
        if after[:1] in ("万", "亿"):
            unit = after[:1]
        mult = _MULT.get(unit)
        if mult:
            value *= mult
            unit = words[1] if len(words) > 1 else ""
        plain = re.fullmatch(r"\d+", digits(raw)) is not None
        if plain and not mult and 1800 <= value <= 2100:
            continue  # a year: the date stage's business
        if after.startswith("%") or unit in _PERCENT:
            kind = "percent"
        elif (before[-1:] in _MONEY_BEFORE or before.split()[-1:] and before.split()[-1] in _MONEY_BEFORE
              or unit in _MONEY_AFTER):
            kind = "money"
        else:
            kind = "count"
            if value < 10 and plain and not mult:
                continue
        out.append((value, kind, unit[:5], bool(_APPROX.search(text[max(0, m.start() - 30):m.start()]))))
    return out


def report_key(article: Article, originals: dict[str, Article]) -> str:
    """The independent report an article belongs to: a copy counts as its
    original; a named source is one report; an unknown source is its own."""
    a = originals.get(article.duplicate_of or "", article) if article.duplicate_of else article
    return (a.source or "").strip().casefold() or f"article:{a.id}"


def is_substantive(text: str) -> bool:
    """Long enough to be prose (not a heading, caption or fragment) and short
    enough to be one sentence (not a paragraph the splitter could not cut)."""
    if len(text) > MAX_CHARS:
        return False
    size = len(_CJK.findall(text)) if _CJK.search(text) else len(text.split())
    return size >= (MIN_CJK_CHARS if _CJK.search(text) else MIN_WORDS)


def is_claim(text: str, has_name: bool, has_number: bool, has_date: bool) -> bool:
    if not is_substantive(text):
        return False
    return has_name or has_number or has_date or bool(_REPORTING.search(text))


def sentence_spans(article: Article) -> list[tuple[int, int, bool]]:
    """``(start, end, is_claim)`` for every sentence of the article's text:
    what the store keeps (offsets, not text)."""
    out = []
    for start, end, text in split_sentences(article.text, article.lang):
        names = any(start <= m.start < end for m in article.entities)
        dates = [d for d in article.dates if start <= d.start < end]
        nums = numbers_in(text, [(d.start - start, d.end - start) for d in dates])
        out.append((start, end, is_claim(text, names, bool(nums), bool(dates))))
    return out


def claim_sentences(article: Article, report: str,
                    spans: list[tuple[int, int, bool]] | None = None,
                    limit: int | None = None) -> list[ClaimSentence]:
    """The article's claim sentences with their names, numbers and dates."""
    spans = sentence_spans(article) if spans is None else spans
    out: list[ClaimSentence] = []
    for idx, (start, end, claim) in enumerate(spans):
        if not claim:
            continue
        text = article.text[start:end]
        ments = [m for m in article.entities if start <= m.start < end and m.key]
        dates = [d for d in article.dates if start <= d.start < end]
        skip = [(d.start - start, d.end - start) for d in dates]
        out.append(ClaimSentence(
            article_id=article.id, idx=idx, start=start, end=end, text=text, lang=article.lang,
            source=article.source, report=report,
            published=article.published.isoformat() if article.published else None,
            duplicate_of=article.duplicate_of, position=len(out),
            numbers=numbers_in(text, skip),
            names=sorted({m.key for m in ments}),
            people=sorted({m.key for m in ments if m.label == "PERSON"}),
            places=sorted({m.key for m in ments if m.label == "PLACE"}),
            dates=sorted({d.value.isoformat() if d.precision == "day" else d.value.isoformat()[:7]
                          for d in dates if d.precision in ("day", "month")})))
        if limit is not None and len(out) >= limit:
            break
    return out
