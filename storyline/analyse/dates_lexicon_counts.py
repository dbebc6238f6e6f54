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
# English and German "in" only with days and weeks ("the first time in ten
# years" is a span, not a date; "the lowest in two weeks" is one too, which the
# superlatives of dates_lexicon_more.SPAN_BEFORE tell apart).
_ALL = ("day", "week", "month", "year")
AHEAD: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "en": (("in", ("day", "week")),), "de": (("in", ("day", "week")),),
    "fr": (("dans", _ALL),), "es": (("dentro de", _ALL),),
    "it": (("tra", _ALL), ("fra", _ALL)),
    "pt": (("daqui a", _ALL),), "ru": (("через", _ALL),),
    "he": (("בעוד", _ALL),), "cs": (("za", _ALL),),
    # "بعد خمسة أيام", in five days ("بعد خمسة أيام من", five days after: EVENT_AFTER)
    "ar": (("بعد", _ALL),),
}
# Number words 1-20 (one entry per number, variants space-separated; "" where
# the language writes it as two words, listed in PHRASES) for "three days
# ago", "hace trece días", "पंद्रह दिन पहले" (dateparser reads digits).
NUMBERS: dict[str, tuple[str, ...]] = {
    "en": ("one a an", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
           "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
           "nineteen", "twenty"),
    "de": ("ein einem einer einen", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht",
           "neun", "zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn",
           "achtzehn", "neunzehn", "zwanzig"),
    "fr": ("un une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
           "onze", "douze", "treize", "quatorze", "quinze", "seize", "", "", "", "vingt"),
    "es": ("un una uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve",
           "diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete",
           "dieciocho", "diecinueve", "veinte"),
    "it": ("un una uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove",
           "dieci", "undici", "dodici", "tredici", "quattordici", "quindici", "sedici",
           "diciassette", "diciotto", "diciannove", "venti"),
    "pt": ("um uma", "dois duas", "tres", "quatro", "cinco", "seis", "sete", "oito", "nove",
           "dez", "onze", "doze", "treze", "catorze quatorze", "quinze", "dezesseis dezasseis",
           "dezessete dezassete", "dezoito", "dezenove dezanove", "vinte"),
    # "пару" is "a couple": "пару дней назад", "через пару недель"
    "ru": ("один одну одна", "два две двух пару", "три трех трёх", "четыре", "пять", "шесть", "семь",
           "восемь", "девять", "десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать",
           "пятнадцать", "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать", "двадцать"),
    "hi": ("एक", "दो", "तीन", "चार", "पांच पाँच", "छह छः", "सात", "आठ", "नौ", "दस", "ग्यारह",
           "बारह", "तेरह", "चौदह", "पंद्रह पन्द्रह", "सोलह", "सत्रह", "अठारह", "उन्नीस", "बीस"),
    # Arabic and Hebrew say 11-19 in two words ("أحد عشر", "שלושה עשר"): TEENS
    "ar": ("واحد", "اثنين اثنان", "ثلاثة ثلاث", "اربعة اربع", "خمسة خمس", "ستة ست",
           "سبعة سبع", "ثمانية ثماني", "تسعة تسع", "عشرة عشر", *[""] * 9, "عشرين عشرون"),
    "he": ("אחד אחת", "שניים שתיים", "שלושה שלוש", "ארבעה ארבע", "חמישה חמש", "שישה שש",
           "שבעה שבע", "שמונה", "תשעה תשע", "עשרה עשר", *[""] * 9, "עשרים"),
    "cs": ("jeden jedna jedno jednu", "dva dvě dvou dvěma", "tři třech třemi", "čtyři čtyř čtyřmi čtyřech",
           "pět pěti", "šest šesti", "sedm sedmi", "osm osmi", "devět devíti", "deset deseti",
           "jedenáct jedenácti", "dvanáct dvanácti", "třináct třinácti", "čtrnáct čtrnácti",
           "patnáct patnácti", "šestnáct šestnácti", "sedmnáct sedmnácti", "osmnáct osmnácti",
           "devatenáct devatenácti", "dvacet dvaceti"),
    "el": ("ένα μία μια", "δύο δυο", "τρεις τρία", "τέσσερις τέσσερα", "πέντε", "έξι",
           "επτά εφτά", "οκτώ οχτώ", "εννέα εννιά", "δέκα", "έντεκα", "δώδεκα", "δεκατρία δεκατρείς",
           "δεκατέσσερα δεκατέσσερις", "δεκαπέντε", "δεκαέξι δεκάξι", "δεκαεπτά δεκαεφτά",
           "δεκαοκτώ δεκαοχτώ", "δεκαεννέα δεκαεννιά", "είκοσι"),
}
# The tens 20-90 ("" where two words say it: French "soixante-dix").
TENS: dict[str, tuple[str, ...]] = {
    "en": ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"),
    "de": ("zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"),
    "fr": ("vingt", "trente", "quarante", "cinquante", "soixante", "", "", ""),
    "es": ("veinte", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"),
    "it": ("venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta", "novanta"),
    "pt": ("vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa"),
    "ru": ("двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят",
           "девяносто"),
    "hi": ("बीस", "तीस", "चालीस", "पचास", "साठ", "सत्तर", "अस्सी", "नब्बे"),
    "ar": ("عشرين عشرون", "ثلاثين ثلاثون", "اربعين اربعون", "خمسين خمسون", "ستين ستون",
           "سبعين سبعون", "ثمانين ثمانون", "تسعين تسعون"),
    "he": ("עשרים", "שלושים", "ארבעים", "חמישים", "שישים", "שבעים", "שמונים", "תשעים"),
    "cs": ("dvacet dvaceti", "třicet třiceti", "čtyřicet čtyřiceti", "padesát padesáti",
           "šedesát šedesáti", "sedmdesát sedmdesáti", "osmdesát osmdesáti", "devadesát devadesáti"),
    "el": ("είκοσι", "τριάντα", "σαράντα", "πενήντα", "εξήντα", "εβδομήντα", "ογδόντα", "ενενήντα"),
}
# Numbers said in several words: "a couple of days ago", "un par de días".
PHRASES: dict[str, dict[str, int]] = {
    "en": {"a couple of": 2, "couple of": 2}, "es": {"un par de": 2}, "it": {"un paio di": 2},
    "pt": {"um par de": 2},
    "fr": {"dix sept": 17, "dix huit": 18, "dix neuf": 19, "soixante dix": 70, "quatre vingt": 80,
           "quatre vingts": 80, "quatre vingt dix": 90},
}
# The word "ten" of 11-19 after the unit ("ثلاثة عشر", "שלוש עשרה"), and the
# forms 1 and 2 take only there ("أحد عشر", "اثنا عشر", "שנים עשר").
TEENS: dict[str, tuple[str, ...]] = {"ar": ("عشر", "عشرة"), "he": ("עשר", "עשרה")}
TEEN_HEADS: dict[str, dict[str, int]] = {
    "ar": {"احد": 1, "احدى": 1, "اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2},
    "he": {"שנים": 2, "שתים": 2, "שתיים": 2}}
# "and" between the tens and the unit ("treinta y cinco", "vinte e dois",
# "vingt et un"), or written onto the second ("عشرين وخمسة" , "עשרים ושלושה";
# Arabic puts the unit first: "خمسة وعشرين").
AND_WORDS: dict[str, tuple[str, ...]] = {"es": ("y",), "pt": ("e",), "fr": ("et",)}
# (the proclitic also read off date words, dates_context.token_key: "واليوم")
AND_PREFIX: dict[str, str] = {"ar": "و", "he": "ו"}
# A number and its unit in one word, the dual: "לפני יומיים", "قبل شهرين".
DUALS: dict[str, dict[str, str]] = {
    "en": {"fortnight": "week"},  # two weeks: "a fortnight ago", "in a fortnight"
    "he": {"יומיים": "day", "שבועיים": "week", "חודשיים": "month", "שנתיים": "year"},
    "ar": {"يومين": "day", "يومان": "day", "اسبوعين": "week", "شهرين": "month", "شهران": "month",
           "عامين": "year", "عامان": "year", "سنتين": "year"}}
# Forward words after the count: "तीन दिन बाद" (in three days), "three days
# from now".  Like the "in" words, read only outside a past-tense sentence
# ("तीन दिन बाद उसकी मौत हो गई" is three days later, dates.py drops it).
AHEAD_AFTER: dict[str, tuple[str, ...]] = {"hi": ("बाद",), "en": ("from now",)}
# Forward words that say "from now" and nothing else: never a span, whatever
# the tense around them ("daqui a seis dias", "בעוד שלושה ימים", "from now").
FROM_NOW: dict[str, tuple[str, ...]] = {"pt": ("daqui a",), "he": ("בעוד",), "en": ("from now",)}


def _compounds(lang: str, units: list[list[str]], tens: list[list[str]]) -> dict[str, int]:
    """21-99 written as one word: German "fünfundzwanzig", Italian
    "trentadue" / "ventotto", Spanish "veinticinco"."""
    out: dict[str, int] = {}
    for t, t_forms in enumerate(tens, start=2):
        for u, u_forms in enumerate(units[:9], start=1):
            for tf in t_forms:
                for uf in u_forms:
                    if lang == "de":
                        out[uf + "und" + tf] = t * 10 + u
                    elif lang == "it":
                        out[(tf[:-1] if uf[0] in "uo" else tf) + uf] = t * 10 + u
                    elif lang == "es" and t == 2:
                        out["veinti" + uf] = 20 + u
    return out


def number_tables(lang: str, norm) -> dict:
    """The number fields of a ``Lexicon`` for ``lang``, keyed by ``norm()``:
    ``numbers`` (one word -> value), ``number_phrases`` (token tuples ->
    value, longest first), ``duals``, ``number_and``, ``and_prefix``."""
    units = [[norm(w) for w in forms.split()] for forms in NUMBERS.get(lang, ())]
    tens = [[norm(w) for w in forms.split()] for forms in TENS.get(lang, ())]
    numbers = {w: n for n, forms in enumerate(units, start=1) for w in forms}
    numbers.update({w: n * 10 for n, forms in enumerate(tens, start=2) for w in forms})
    if lang in ("de", "it", "es"):
        numbers.update(_compounds(lang, units if lang != "de" else [["ein"], *units[1:]], tens))
    phrases = {tuple(norm(w) for w in p.split()): n for p, n in PHRASES.get(lang, {}).items()}
    heads = {**{w: n for n, forms in enumerate(units[:9], start=1) for w in forms},
             **{norm(w): n for w, n in TEEN_HEADS.get(lang, {}).items()}}
    phrases.update({(h, norm(t)): 10 + n for h, n in heads.items() for t in TEENS.get(lang, ())})
    return {"numbers": numbers,
            "number_phrases": tuple(sorted(phrases.items(), key=lambda kv: (-len(kv[0]), kv[0]))),
            "duals": {norm(w): u for w, u in DUALS.get(lang, {}).items()},
            "number_and": {norm(w) for w in AND_WORDS.get(lang, ())},
            "and_prefix": AND_PREFIX.get(lang, ""),
            "from_now": {tuple(norm(w) for w in p.split()) for p in FROM_NOW.get(lang, ())},
            "ahead_after": tuple(tuple(norm(w) for w in p.split()) for p in AHEAD_AFTER.get(lang, ()))}
