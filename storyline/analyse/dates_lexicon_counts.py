"""Vocabulary of counted offsets ("three days ago", "in two weeks", "vor
neun Tagen"): number words, forward words and the words that make a count
start from another event instead of the report.

Split from dates_lexicon.py (which builds each language's ``Lexicon`` from
these tables) because offsets are one grammar of their own (dates_numbers.py
reads them) and the lexicon file had outgrown the project's ~400 lines.
Keys are written as people write them; the lexicon ``norm()``s them.
"""
from __future__ import annotations

# "N days before/after X" counts from X, not from publication: dateparser's
# "ago" words that do this, and words just before the span that name an X
# (Hindi "चुनाव से दो महीने पहले", "two months before the vote").
NOT_AGO: dict[str, set[str]] = {"en": {"before", "after"}}
EVENT_BEFORE: dict[str, set[str]] = {"hi": {"से", "के"}}
# "Ago" words that are prepositions: before the number they mean ago ("vor
# 9 Tagen", "před 9 dny"), after it "before X" ("9 Tage vor den Anschlägen",
# "9 dnů před útoky"), counted from X, not from publication.
PREPOSED_AGO: dict[str, set[str]] = {"de": {"vor"}, "cs": {"před"}, "sk": {"pred"}, "pl": {"przed"},
                                      "nl": {"voor"}, "sv": {"för"}, "da": {"for"}, "no": {"for"},
                                      "he": {"לפני"}}
# "in three days", "через две недели": offsets forward from publication.  The
# English and German "in" only with days ("the first time in ten years" is a
# span, not a date).
AHEAD: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "en": (("in", ("day",)),), "de": (("in", ("day",)),),
    "fr": (("dans", ("day", "month", "year")),), "es": (("dentro de", ("day", "month", "year")),),
    "it": (("tra", ("day", "month", "year")), ("fra", ("day", "month", "year"))),
    "pt": (("daqui a", ("day", "month", "year")),), "ru": (("через", ("day", "month", "year")),),
}
# Number words for "three days ago", "hace dos años" (dateparser reads digits).
NUMBERS: dict[str, tuple[str, ...]] = {
    "en": ("one a an", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    "de": ("ein einem einer einen", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht",
           "neun", "zehn"),
    "fr": ("un une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"),
    "es": ("un una uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve",
           "diez"),
    "it": ("un una uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove",
           "dieci"),
    "pt": ("um uma", "dois duas", "tres", "quatro", "cinco", "seis", "sete", "oito", "nove",
           "dez"),
    "ru": ("один одну одна", "два две двух", "три трех трёх", "четыре", "пять", "шесть", "семь",
           "восемь", "девять", "десять"),
    "hi": ("एक", "दो", "तीन", "चार", "पांच पाँच", "छह छः", "सात", "आठ", "नौ", "दस"),
}
