"""Figures in a sentence: the numbers it states, read as values with their
kind and unit, in any script's digits.

Why apart from :mod:`.claims`: a conflict is two values of one thing
(:mod:`.labels`), and what a figure counts, in which unit or currency, how
rounded ("more than 2,000", "about") and whether it is a time, a race time or
a year decides whether two sentences can disagree at all.  The claim stage,
the gloss, the renderer and the timeline all read figures here.
"""
from __future__ import annotations

import re
import unicodedata

import regex

from storyline.facts.context import concept_of, context_words
from storyline.facts.model import Figure
from storyline.facts.number_words import needs_unit, number_words

_LETTER = "A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff"  # cased letters glued to a number: a name
# Indian grouping, lakhs and crores in pairs of digits: "1,50,000" (150,000), "१,२५,०००", "2,00,00,000"
_INDIAN = r"\d{1,2}(?:,\d{2})+,\d{3}(?![\d.,])"
_NUM = re.compile(rf"(?<![{_LETTER}\d.,:/-])({_INDIAN}|\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}}(?!\d))+|\d+(?:[.,]\d{{3}})*(?:[.,]\d+)?)"
                  rf"(?![{_LETTER}\d:/]|-\w)")
# clock times: "23 h 11", "23.11 Uhr", "6.04 pm", "11.11pm" (colons are never figures anyway)
_TIME = re.compile(r"\b\d{1,2}\s?h\s?\d{2}\b|\b\d{1,2}[.:]\d{2}\s?(?:[ap]\.?m\b\.?|uhr\b|ist\b|gmt\b|bst\b|utc\b)"
                   r"|\d{1,2}\s?बजकर\s?\d{1,2}\s?मिनट",  # Hindi "6 बजकर 4 मिनट" (6.04)
                   re.IGNORECASE)
# a clock time, for agreement only (:func:`clock_times`): the forms of :data:`_TIME` and a bare "14:57"
# (not a score's "2:1", nor a race time's "2:03:45")
_CLOCK = re.compile(r"(?<![\d:.,])(?P<h>\d{1,2})(?:\s?h\s?(?P<hm>\d{2})\b|[.:](?P<m>\d{2})(?=\s?(?:[ap]\.?m\b|uhr\b|ist\b|gmt\b"
                    r"|bst\b|utc\b|बजे))|:(?P<cm>\d{2})(?![\d:]))|(?P<hh>\d{1,2})\s?बजकर\s?(?P<hhm>\d{1,2})\s?मिनट",
                    re.IGNORECASE)
# a race time in h/min/sec marks ("3h 51' 03\"", "3 h 51 min 3 s", "4h02'", "51'03''", "2:03:45"): one duration,
# in seconds.  Minutes need a mark of their own after them, so a clock time ("23 h 11") is not one
_SEC = r"(?P<s>\d{1,2}(?:[.,]\d{1,3})?)\s?(?:\"|''|\u2033|\u201d|s\b|sec\b|secs\b|seg\b|сек\b)"
_RACE_TIME = re.compile(
    r"(?<![\w.,:])(?:(?P<h>\d{1,2})\s?(?:h|hr|ч)\s?(?P<hm>\d{1,2})\s?(?:'|\u2032|\u2019|m\b|min\b|мин\b)(?:\s?" + _SEC + r")?"
    r"|(?P<m>\d{1,2})\s?(?:'|\u2032|\u2019|m\b|min\b|мин\b)\s?" + _SEC.replace("?P<s>", "?P<ms>") +
    r"|(?P<ch>\d):(?P<cm>[0-5]\d):(?P<cs>[0-5]\d(?:[.,]\d{1,3})?))(?![\w:])", re.IGNORECASE)
# words that make a figure approximate ("about 7,000", "rund 6.800", "करीब 14", "more than 2,000"),
# within a few words before it
_APPROX = re.compile(
    r"\b(about|around|nearly|almost|close to|roughly|approximately|some|an estimated|rund|etwa|fast|"
    r"knapp|ungefähr|près de|environ|quelque|presque|cerca de|unos|unas|casi|alrededor de|около|почти|"
    r"примерно|порядка|"
    # a bound is a rounded figure too: "more than 2,000" and "más de 2.100" agree
    r"more than|over|above|at least|plus de|au moins|más de|al menos|mehr als|mindestens|über|более|свыше|"
    r"не менее|"
    # Hebrew "יותר מ-5,000", "לפחות", "מעל", "כמעט", "כ-5,000" (about: its prefix, the hyphen read as a
    # space by :data:`_HEBREW_PREFIX`); Arabic "أكثر من", "ما لا يقل عن", "نحو", "حوالي", "قرابة", with the
    # prefixes و / ب / ل glued on ("بنحو", by about)
    r"יותר|לפחות|מעל|למעלה|כמעט|בערך|קרוב\W+ל|כ|"
    r"[وبل]?(?:أكثر|أزيد|يزيد|يقل|نحو|حوالي|حوالى|قرابة|زهاء|يقرب|تقريبا))\W+(?:\w+\W+)?$"
    r"|(करीब|लगभग|तकरीबन|क़रीब)\s+$", re.IGNORECASE)
# the same rounding written after the figure, in the languages that put it there most: Arabic
# "5000 قتيل على الأقل", "تقريبا"; Hebrew "5,000 הרוגים לפחות", "בערך" (a word between: the noun counted)
_APPROX_AFTER = re.compile(r"^\W*(?:\w+\W+)?(?:على الأقل|تقريبا|تقريبًا|לפחות|בערך)(?!\w)")
# a Hebrew prefix letter joined to a figure by a hyphen or maqaf, "מ-5,000" (from), "ב-2023", "כ-300":
# one character for one, the hyphen becomes a space so the figure is read (:data:`_NUM` reads no figure
# after a hyphen: "COVID-19")
_HEBREW_PREFIX = re.compile(r"(?<![\u05d0-\u05ea])([\u05d5\u05e9]?[\u05de\u05d1\u05dc\u05db\u05d4\u05d5\u05e9])[-\u05be](?=\d)")
# a figure that counts a part of the one before it: "1 204 blessés, dont 721 grièvement", "2,000 injured,
# including 300 seriously", "davon 50 schwer", "из них 30 тяжело", "जिनमें 12 की हालत गंभीर"
_PART = re.compile(r"(?:\b(?:dont|of whom|of which|including|among them|among whom|davon|darunter|de ellos|de ellas|"
                   r"de los cuales|de las cuales|entre ellos|entre ellas|из них|в том числе)|जिनमें|इनमें)\W*$",
                   re.IGNORECASE)
# a fraction of a point, a rate's step in words: "d'un quart de point", "un cuarto de punto",
# "a quarter-point cut", "um einen Viertelprozentpunkt", "на четверть процентного пункта" (0.25
# percentage points, as "25 basis points" and "0,25 Prozentpunkte"); "a half point", "un demi-point"
_FRACTIONS = {"quarter": 0.25, "quart": 0.25, "cuarto": 0.25, "viertel": 0.25, "четверть": 0.25,
              "half": 0.5, "demi": 0.5, "medio": 0.5, "halben": 0.5, "halbe": 0.5, "половину": 0.5}
_FRACTION_POINT = regex.compile(
    rf"(?<![\p{{L}}])({'|'.join(_FRACTIONS)})(?:[\s-]+(?:of\s+a\s+|de\s+|d')?(?:percentage\s+)?|-?)"
    r"(points?|puntos?|prozentpunkte?s?|процентного\s+пункта|пункта)(?![\p{L}])", regex.IGNORECASE)
# a figure hyphenated to the word after it ("the 26-kg rover", "a 6-km route"):
# a unit there makes a measure; a longer compound ("10-year-old") is an adjective of its own
_HYPHEN_WORD = regex.compile(r"(?<=\d)-(\p{L}+)(?![-\p{L}])")
_ARABIC_DECIMAL = re.compile(r"(?<=\d)[\u060c\u066b](?=\d)")  # Arabic comma or decimal sign between digits
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")
# multipliers written after a number, per language ("3.5 million", "5 लाख", "2 млн")
_MULT = {"thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9,
         "mn": 1e6, "bn": 1e9, "tausend": 1e3, "millionen": 1e6, "mio": 1e6, "milliarden": 1e9,
         "mrd": 1e9, "mil": 1e3, "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5, "millones": 1e6, "millón": 1e6, "milliards": 1e9,
         "milliard": 1e9, "тысяч": 1e3, "тысячи": 1e3, "тыс": 1e3, "миллиона": 1e6,
         "миллионов": 1e6, "млн": 1e6, "миллиардов": 1e9, "млрд": 1e9, "हज़ार": 1e3,
         "हजार": 1e3, "लाख": 1e5, "करोड़": 1e7, "करोड": 1e7, "ألف": 1e3, "مليون": 1e6,
         "مليار": 1e9, "万": 1e4, "亿": 1e8}
MULTIPLIERS = frozenset(_MULT)  # (a count word between a verb and its object, to the names: entity_orgs)
_PERCENT = {"%", "percent", "per", "prozent", "por", "pour", "процентов", "процента",
            "процент", "प्रतिशत", "फीसदी", "फ़ीसदी", "بالمئة", "في"}
# currency signs and words -> the currency: amounts in two currencies are not compared (and no name: entities)
MONEY_BEFORE = {"$": "usd", "us$": "usd", "usd": "usd", "€": "eur", "eur": "eur", "£": "gbp",
                 "₹": "inr", "rs": "inr", "rs.": "inr", "inr": "inr", "¥": "yen"}
_MONEY_AFTER = {"dollars": "usd", "dollar": "usd", "долларов": "usd", "डॉलर": "usd", "dólares": "usd",
                "dollari": "usd", "dolar": "usd", "دولار": "usd", "美元": "usd", "euros": "eur",
                "euro": "eur", "евро": "eur", "pounds": "gbp", "rupees": "inr", "रुपये": "inr",
                "रुपए": "inr", "yuan": "cny", "元": "cny", "yen": "jpy", "rubles": "rub",
                "roubles": "rub", "рублей": "rub", "рубля": "rub"}
CURRENCY_WORDS = frozenset(MONEY_BEFORE) | frozenset(_MONEY_AFTER)  # (a year before one is a price basis: dates_years)
_LINK = {"de", "d", "of", "di", "du", "des"}  # "75 millions de dollars": the unit is the word after
# change of a rate: percentage points ("0,25 Prozentpunkte"), basis points ("25 basis points" = 0.25)
# (one word, or an abbreviation's letters run together: Russian "п.п." / "п. п." is "пп", "б.п." "бп")
_POINTS = {"prozentpunkte": 1.0, "prozentpunkt": 1.0, "pp": 1.0, "basispunkte": 0.01, "basispunkt": 0.01,
           "bp": 0.01, "bps": 0.01, "pb": 0.01, "процентных": 1.0, "процентного": 1.0, "базисных": 0.01,
           "пп": 1.0, "бп": 0.01}
# "percentage points", "points de base", "puntos básicos", "процентных пункта", Hindi "आधार अंक" (basis
# points), "बेसिस पॉइंट"
_POINT_WORDS = ("point", "punt", "пункт", "अंक", "पॉइंट", "प्वाइंट")
_POINT_SCALE = (("basis", 0.01), ("base", 0.01), ("básic", 0.01), ("базис", 0.01), ("आधार", 0.01), ("बेसिस", 0.01),
                ("percent", 1.0), ("pourc", 1.0), ("porcent", 1.0), ("процент", 1.0), ("प्रतिशत", 1.0))
# Hindi "अंक" is a point and a mark: "2.5 प्रतिशत अंक गिरी" (fell 2.5 points) but "90 प्रतिशत अंक मिले"
# (got 90 % of the marks, common in exam news).  A rate's step in points is a change, so "प्रतिशत अंक"
# is points only with a word of change right after it ("की कटौती", "की गिरावट", "बढ़ी", "घटकर" ...)
_AMBIGUOUS_POINT = ("अंक",)
_CHANGE_WORDS = tuple({unicodedata.normalize(form, w) for w in ("गिर", "घट", "बढ़", "बढ", "कम", "कटौती", "वृद्धि",
                                                                  "इजाफ", "इज़ाफ", "उछ", "ऊपर", "नीचे")
                        for form in ("NFC", "NFD")})
_ABBREVIATION = regex.compile(r"(\p{L})\.\s?(\p{L})\.?(?!\p{L})")  # "п.п.", "п. п.", "p.p.", "б.п."


# measures: the unit word (prefix) -> (kind, factor to the kind's base unit), so that "45 miles" and
# "70 km" are one length and "600 square kilometres" is never compared with "80 localidades"
_LENGTH = (("km", 1.0), ("kilomet", 1.0), ("kilomèt", 1.0), ("kilómet", 1.0), ("километр", 1.0), ("किलोमीटर", 1.0),
           ("χιλιόμετρ", 1.0), ("كيلومتر", 1.0), ("كلم", 1.0), ("קילומטר", 1.0), ("किमी", 1.0),
           ("mile", 1.609), ("μίλι", 1.609), ("ميل", 1.609), ("milla", 1.609), ("миль", 1.609), ("मील", 1.609), ("metre", 0.001), ("meter", 0.001),
           ("mètre", 0.001), ("metro", 0.001), ("метр", 0.001), ("मीटर", 0.001))
_MASS = (("kg", 1.0), ("kilog", 1.0), ("kilos", 1.0), ("килограмм", 1.0), ("किलोग्राम", 1.0), ("किलो", 1.0), ("tonne", 1000.0), ("ton", 1000.0),
         ("тонн", 1000.0), ("टन", 1000.0))
# durations in seconds: a race time ("43 seconds behind", "51 λεπτά") is never a count of people
_DURATION = (("second", 1.0), ("secs", 1.0), ("seconde", 1.0), ("sekund", 1.0), ("segundo", 1.0),
             ("секунд", 1.0), ("सेकंड", 1.0), ("सेकेंड", 1.0), ("δευτερόλεπτ", 1.0), ("ثانية", 1.0),
             ("ثوان", 1.0), ("שניות", 1.0), ("שנייה", 1.0), ("minute", 60.0), ("mins", 60.0), ("minut", 60.0),
             ("minuto", 60.0), ("минут", 60.0), ("मिनट", 60.0), ("λεπτά", 60.0), ("λεπτό", 60.0),
             ("دقيقة", 60.0), ("دقائق", 60.0), ("דקות", 60.0), ("דקה", 60.0), ("hour", 3600.0), ("hrs", 3600.0),
             ("heure", 3600.0), ("stunde", 3600.0), ("hora", 3600.0), ("hodin", 3600.0), ("час", 3600.0),
             ("часа", 3600.0), ("часов", 3600.0), ("घंटे", 3600.0), ("घंटा", 3600.0), ("ώρα", 3600.0),
             ("ώρες", 3600.0), ("ωρών", 3600.0), ("ساعة", 3600.0), ("ساعات", 3600.0), ("שעות", 3600.0),
             ("שעה", 3600.0))
_AREA_WORDS = ("square", "sq", "quadrat", "carré", "cuadrad", "кв", "वर्ग", "km²", "km2")
_VOLUME_WORDS = ("cubic", "kubik", "cube", "cúbic", "кубич", "घन")


def _measure(words: list[str]) -> tuple[str, float] | None:
    """``(kind, factor)`` when ``words`` (after a figure) start with a unit of
    length, area, volume, mass or time (a duration, in seconds); None for a plain count."""
    if not words:
        return None
    head = words[0]
    for prefixes, kind in ((_AREA_WORDS, "area"), (_VOLUME_WORDS, "volume")):
        if head.startswith(prefixes) or any(len(w) > 2 and w.startswith(prefixes) for w in words[1:2]):
            return kind, 1.0
    if head.startswith("quadratkilomet"):
        return "area", 1.0
    for table, kind in ((_LENGTH, "length"), (_MASS, "mass"), (_DURATION, "duration")):
        for stem, factor in table:
            if head == stem or (len(stem) > 3 and head.startswith(stem)):
                return kind, factor
    return None


def _points(after: str, words: list[str]) -> tuple[float, int] | None:
    """``(percentage points per unit, words the unit takes)`` when the text
    ``after`` a figure (``words``: its words, lower case) names a change of a
    rate in points: one word ("Prozentpunkte", "bps"), an abbreviation ("п.п."),
    or two words, one a point word and one a scale word ("percentage points",
    "points de base", "процентных пункта", "आधार अंक"), the Hindi "अंक" only
    with a word of change after it (:data:`_AMBIGUOUS_POINT`)."""
    if after.startswith("%"):
        return None
    abbreviation = _ABBREVIATION.match(after)
    if abbreviation and (scale := _POINTS.get((abbreviation[1] + abbreviation[2]).lower())):
        return scale, 2
    head = [i for i, w in enumerate(words[:3]) if w not in _LINK][:2]
    pair = [words[i] for i in head]
    if len(pair) == 2 and any(w.startswith(_POINT_WORDS) for w in pair):
        for w in pair:
            for stem, scale in _POINT_SCALE:
                if w.startswith(stem):
                    if any(v.startswith(_AMBIGUOUS_POINT) for v in pair) and scale == 1.0 and not any(
                            v.startswith(_CHANGE_WORDS) for v in words[head[-1] + 1:head[-1] + 4]):
                        return None
                    return scale, head[-1] + 1
    if words and (scale := _POINTS.get(words[0])):
        return scale, 1
    return None


def digits(s: str) -> str:
    """Any script's decimal digits -> ASCII ("२०२४" -> "2024")."""
    return "".join(str(unicodedata.decimal(c)) if c.isdigit() and not c.isascii() else c for c in s)


def _value(raw: str) -> float | None:
    s = re.sub(r"[ \u00a0\u202f]", "", digits(raw))
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", s) or re.fullmatch(_INDIAN, s):
        s = s.replace(",", "").replace(".", "")
    else:
        s = s.replace(",", ".")
    try:
        return float(s)
    except ValueError:
        return None


def numbers_in(text: str, skip: list[tuple[int, int]] = (), lang: str | None = None) -> list[Figure]:
    """A :class:`~storyline.facts.model.Figure` for each quantity in ``text``.

    ``kind`` is "percent", "points" (a change of a rate, in percentage points:
    "25 basis points" is 0.25), "money", a measure ("length" in km, "mass" in
    kg, "area", "volume", "duration" in seconds) or "count"; ``unit`` is the word after it
    (for money, the currency: "usd", "inr")
    (same-language comparisons only: "5,000 dead" and "300 injured" are two
    quantities); ``approximate`` when a word such as "about", "rund" or "करीब"
    comes just before it; ``context`` its :func:`~storyline.facts.context.context_words`,
    ``concept`` its :func:`~storyline.facts.context.concept_of`.  Left out: clock times
    ("23 h 11", "6.04 pm"; a race time, "3h 51' 03\"", is a duration), years (1800-2100 written without separators), parts
    of names ("Chandrayaan-3", "COVID-19"), times ("18:03"), spans in ``skip``
    (dates the date stage resolved) and single digits, which are mostly
    ordinals and list counts rather than reported figures.
    """
    out: list[tuple[int, Figure]] = []  # (offset, figure): returned in the text's order
    written_in = text  # a figure's written form is cut from the text as given ("7،9 كيلومتر")
    text = _ARABIC_DECIMAL.sub(",", text)  # "7،9 كيلومتر" is 7.9 (one character for one: offsets hold)
    text = _HEBREW_PREFIX.sub(r"\1 ", text)  # "יותר מ-5,000": "מ 5,000" (offsets hold)
    text = _HYPHEN_WORD.sub(lambda m: " " + m[1] if _measure([m[1].lower()]) else m[0], text)  # "26-kg": "26 kg"
    skip = list(skip)
    for t in _RACE_TIME.finditer(digits(text)):  # digits(): one character for one, offsets hold
        if not any(a <= t.start() < b for a, b in skip):
            out.append((t.start(), _race_time(t, text, written_in)))
            skip.append((t.start(), t.end()))
    skip += [(t.start(), t.end()) for t in _TIME.finditer(text)]
    # (where the figure starts, where its number starts, the number as written, its value when a word)
    found = [(m.start(), m.start(1), m.group(1).rstrip(), None) for m in _NUM.finditer(text)]
    found += [(s, s, text[s:e], v) for s, e, v in number_words(text, lang)]
    for m in _FRACTION_POINT.finditer(text):  # "un quart de point": 0.25 points, a value in words
        if not any(a <= m.start() < b for a, b in skip):
            out.append((m.start(), Figure(_FRACTIONS[m[1].lower()], "points", "point", False,
                                          context_words(text, m.start(), m.end()), concept_of(text, m.start(), m.end()),
                                          " ".join(written_in[m.start():m.end()].split()), True)))
    for start, at, raw, worded in sorted(found):
        if any(a <= start < b for a, b in skip):
            continue
        value = _value(raw) if worded is None else worded
        if value is None:
            continue
        after = text[at + len(raw):].lstrip()
        words = _WORD.findall(after[:60].lower())
        before = text[max(0, start - 4):start].strip().lower()
        split_unit = after.startswith(("कि.मी", "कि॰मी"))
        if split_unit:
            words = ["किमी"] + words[2:]  # Hindi "5.9 कि.मी." (km), split at the dot
        unit = words[0] if words else ""
        if after[:1] in ("万", "亿"):
            unit = after[:1]
        mult = _MULT.get(unit)
        used = 0  # words after the figure that its written form takes: multiplier, link, unit
        if mult:
            value *= mult
            words = words[1:]
            used += 1
        if mult and len(words) > 1 and words[0] in _LINK and (words[1] in _MONEY_AFTER or _measure(words[1:])):
            # "millions de dollars", "millions d'euros", "33 millions de tonnes" (a mass, as "33 млн тонн")
            words = words[1:]
            used += 1
        unit = words[0] if words else ""
        points = _points("" if mult else after, words)
        plain = worded is not None or re.fullmatch(r"\d+", digits(raw)) is not None
        if worded is None and plain and not mult and 1800 <= value <= 2100:
            continue  # a year: the date stage's business
        sign = ""  # a currency written before the figure ("$", "Rs")
        if points:
            kind, value = "points", value * points[0]
            used += points[1]
        elif after.startswith("%") or unit in _PERCENT:
            kind = "percent"
            used += 0 if after.startswith("%") else 2 if unit in ("per", "por", "pour", "في") else 1
        elif (currency := MONEY_BEFORE.get(before[-1:]) or MONEY_BEFORE.get((before.split() or [""])[-1])
              or _MONEY_AFTER.get(unit)):
            if _MONEY_AFTER.get(unit) == currency:
                used += 1
            else:
                sign = before[-1:] if MONEY_BEFORE.get(before[-1:]) else before.split()[-1]
            kind, unit = "money", currency
        elif measure := _measure(words):
            kind, value = measure[0], value * measure[1]
            used += 2 if kind in ("area", "volume") and not words[0].startswith(("quadrat", "km")) else 1
            used += split_unit
            if kind == "duration" and _longer_unit_before(text[:start], measure[1]):
                # "3 hours 51 minutes": one time, written in parts; "τρεις ώρες 51 λεπτά": a part, no time
                if out and out[-1][1].kind == "duration" and start - out[-1][0] < 30:
                    first, head = out.pop()
                    tail = _written(written_in, at, at + len(raw), used, "", False)
                    out.append((first, head._replace(value=head.value + value, written=f"{head.written} {tail}")))
                continue
        else:
            kind = "count"
            if value < 10 and plain and not mult:
                continue
            if worded is not None and not mult and needs_unit(raw):
                continue  # French "neuf" before a noun is "new"; Hindi "दो" is also "give"
        end = at + len(raw)
        skip.append((end, _unit_end(text, end, used, after.startswith("%"))))  # its unit's words are no figures
        approximate = bool(_APPROX.search(text[max(0, start - 30):start]) or _APPROX_AFTER.match(text[end:end + 30]))
        out.append((start, Figure(value, kind, unit[:5], approximate,
                          context_words(text, start, end), concept_of(text, start, end),
                          _written(written_in, at, end, used, sign, after.startswith("%")), worded is not None,
                          bool(out) and bool(_PART.search(text[max(0, start - 20):start])))))
    return [f for _, f in sorted(out, key=lambda x: x[0])]


def clock_times(text: str) -> list[int]:
    """The clock times ``text`` states, as minutes after midnight or noon
    (a 12-hour clock: "6.04 pm", "18 h 04" and Hindi "शाम 6:04 बजे" or "6 बजकर
    4 मिनट" are one time; "11.11pm", "23 h 11" and "23.11 Uhr" another).
    Not figures (a time is no quantity to dispute), but two reports that give one
    time of day most likely tell one happening: the alignment counts a shared
    time as it counts a shared figure (:func:`storyline.facts.agreement.shares_number`)."""
    out = set()
    for m in _CLOCK.finditer(digits(text)):  # digits(): one character for one
        g = m.groupdict()
        hour = int(g["h"] or g["hh"])
        minute = int(g["hm"] or g["m"] or g["cm"] or g["hhm"])
        if hour <= 24 and minute < 60:
            out.add((hour % 12) * 60 + minute)
    return sorted(out)


def _longer_unit_before(before: str, factor: float) -> bool:
    """The word right before a duration's figure is a longer unit of time: the figure ends a time written in parts."""
    words = _WORD.findall(before[-20:].lower())
    unit = _measure(words[-1:]) if words else None
    return unit is not None and unit[0] == "duration" and unit[1] > factor


def _race_time(t: re.Match, text: str, written_in: str) -> Figure:
    """The duration a :data:`_RACE_TIME` match writes, in seconds."""
    g = {k: float(v.replace(",", ".")) for k, v in t.groupdict().items() if v}
    hours, minutes = g.get("h", 0) + g.get("ch", 0), g.get("hm", 0) + g.get("m", 0) + g.get("cm", 0)
    seconds = 3600 * hours + 60 * minutes + g.get("s", 0) + g.get("ms", 0) + g.get("cs", 0)
    return Figure(seconds, "duration", "s", bool(_APPROX.search(text[max(0, t.start() - 30):t.start()])),
                  context_words(text, t.start(), t.end()), concept_of(text, t.start(), t.end()),
                  " ".join(written_in[t.start():t.end()].split()))


def _written(text: str, start: int, end: int, words: int, sign: str, percent: bool) -> str:
    """The figure ``text[start:end]`` as the sentence writes it: with a
    currency written before it, a "%" or the ``words`` after it that are its
    multiplier and unit ("31 miles", "3.5 million", "$5 billion", "12 %")."""
    if sign:
        at = text.rfind(sign, max(0, start - 4), start) if sign.isascii() else -1
        at = at if at >= 0 else text.lower().rfind(sign, max(0, start - 4), start)
        start = at if at >= 0 else start
    return " ".join(text[start:_unit_end(text, end, words, percent)].split())


def _unit_end(text: str, end: int, words: int, percent: bool) -> int:
    """Where the figure ending at ``end`` ends with its "%" or the ``words``
    after it that are its multiplier and unit: no figure of its own is read
    there (Spanish "2,5 por ciento" is 2.5 %, and its "ciento" no count of 100)."""
    if percent:
        end = text.index("%", end) + 1
    if words and text[end:end + 1] in ("万", "亿"):
        end, words = end + 1, words - 1  # "5万人": CJK writes no space, the multiplier is one character
    for _, w in zip(range(words), _WORD.finditer(text, end)):
        end = w.end()
    return end
