"""Numbers written as words ("five hours", "seis kilómetros", "zwei Prozent", "пяти часов", "डेढ़ लाख").

Why: reports of one fact write a figure in digits in one language and in
words in another ("sailed six kilometres" / "un recorrido de seis
kilómetros"; "its 2% target" / "das Ziel von zwei Prozent"), so the figure
that should tell the stage the two sentences state one thing, and the value a
conflict is read from, was missing on one side.  The words are a closed list
per language (cardinals two to twenty, the tens, hundred; "thousand",
"million" ... are multipliers after a number, :mod:`.figures`), matched only
in the sentence's own language: French "cent" is a hundred, English "per
cent" is not, French "neuf" before a noun may be "new", so only a word that a
unit or multiplier follows is a figure there (:data:`NEEDS_UNIT`).  Compound
numerals ("twenty-five", "vingt-cinq") are rare in news prose beside digits
and are left out.
"""
from __future__ import annotations

import functools

import regex

_COMMON = {
    "en": {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
           "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
           "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
           "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12},
    "fr": {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
           "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20,
           "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100, "douzaine": 12},
    "es": {"dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10,
           "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciséis": 16, "veinte": 20,
           "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "cien": 100, "ciento": 100},
    "de": {"zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10,
           "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "zwanzig": 20,
           "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "hundert": 100, "einhundert": 100},
    # Russian numerals decline: each case form of the word
    "ru": {**dict.fromkeys(("два", "две", "двух", "двум", "двумя"), 2),
           **dict.fromkeys(("три", "трёх", "трех", "трём", "трем", "тремя"), 3),
           **dict.fromkeys(("четыре", "четырёх", "четырех", "четырём", "четырем", "четырьмя"), 4),
           **dict.fromkeys(("пять", "пяти", "пятью"), 5), **dict.fromkeys(("шесть", "шести", "шестью"), 6),
           **dict.fromkeys(("семь", "семи", "семью"), 7), **dict.fromkeys(("восемь", "восьми", "восемью"), 8),
           **dict.fromkeys(("девять", "девяти", "девятью"), 9), **dict.fromkeys(("десять", "десяти", "десятью"), 10),
           **dict.fromkeys(("двадцать", "двадцати"), 20), **dict.fromkeys(("тридцать", "тридцати"), 30),
           **dict.fromkeys(("пятьдесят", "пятидесяти"), 50), **dict.fromkeys(("сто", "ста"), 100)},
    "hi": {"दो": 2, "तीन": 3, "चार": 4, "पांच": 5, "पाँच": 5, "छह": 6, "छः": 6, "सात": 7, "आठ": 8, "नौ": 9,
           "दस": 10, "ग्यारह": 11, "बारह": 12, "पंद्रह": 15, "बीस": 20, "तीस": 30, "चालीस": 40, "पचास": 50,
           "सौ": 100, "डेढ़": 1.5, "ढाई": 2.5},
}
# half a century, a figure of years written as a phrase: the demo's Luna-25 reports give the gap since
# the last Soviet Moon mission as "nearly half a century", "почти за полвека" and "seit fast 50 Jahren"
# (h-facts26: the Russian and German sentences shared no figure and stayed two facts)
for _lang, _phrases in {"en": ("half a century",), "fr": ("demi-siècle",), "es": ("medio siglo",),
                        "de": ("halben Jahrhundert", "halbes Jahrhundert"), "ru": ("полвека", "полувека"),
                        "hi": ("आधी सदी",)}.items():
    _COMMON[_lang].update(dict.fromkeys((p.lower() for p in _phrases), 50))

# words that are numbers only before a unit or multiplier: French "neuf" (new), Spanish "once"
# (read in English-laden text), Russian "сто"/"ста" (also verb forms), Hindi "दो" (also "give"),
# "सौ"; German "acht" (Acht, attention) and "elf" (an elf)
NEEDS_UNIT = frozenset({"neuf", "once", "сто", "ста", "семью", "दो", "सौ", "acht", "elf", "vier", "cent"})


@functools.lru_cache(maxsize=None)
def _pattern(lang: str) -> regex.Pattern | None:
    words = _COMMON.get(lang)
    if not words:
        return None
    alts = "|".join(sorted(map(regex.escape, words), key=len, reverse=True))
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}\p{{N}}-])({alts})(?![\p{{L}}\p{{M}}\p{{N}}-])", regex.IGNORECASE)


def number_words(text: str, lang: str | None) -> list[tuple[int, int, float]]:
    """``(start, end, value)`` of each number word of ``lang`` in ``text``
    (none for a language without a list, or no language)."""
    pattern = _pattern(lang or "")
    if pattern is None:
        return []
    words = _COMMON[lang]
    return [(m.start(), m.end(), float(words[m.group(1).lower()])) for m in pattern.finditer(text)]


def needs_unit(word: str) -> bool:
    return word.lower() in NEEDS_UNIT
