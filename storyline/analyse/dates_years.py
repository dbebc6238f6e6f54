"""Bare four-digit years: when a number is a year, alone or in a list.

A bare number is a year only with a word that says so: a preposition or year
word before it ("since 2000", "v roce 1968", "עד 2025"), a year word or
postposition after it ("2000 года", "2013 में"), or a German participle after
it ("1949 gegründet").  In a list of years sharing one such word ("документы
1961 и 2000 годов", "in 1961 and 2000", "v letech 1968 a 1989", "des années
1961 et 2000", "في عامي 1961 و2000") the word marks every member: the list
is read whole, the marked end lending its mark to the others.

A plural year word ("годов", "Jahren", "années", "anni", "letech", "έτη",
"בשנים", "عامي") marks only a list: after "les années", "gli anni", "los
años" one round year is a decade ("les années 2000", the 2000s), and a list
of round years may be decades too ("les années 1960 et 1970"), so such a list
counts only when one member is no round ten.

A range word that opens a rising range of two four-digit numbers marks
both as years ("tra il 1990 e il 2000", "od 1952 do 1991", "Между 1991 и
1999 годами", "בין 1948 ל-1967"; ``ranged_year``), though the same word
alone before a number marks nothing (Czech "od", Greek "μεταξύ", Hebrew
"בין" stand before counts as often); a range that falls ("from 2000 to
1900") is a count.

A word meaning "for" (or Czech "až do", French "jusqu'à", up to) takes a
year as often as an amount: "für 2024" / "für 2024 Euro", "pour 2023" /
"pour 2023 personnes", "pro 2024" / "pro 2024 diváků" (``NEAR``).  A number
after one, or in a list it opens ("für 2024, 2025 und 2026"), is read as a
year when no counted noun follows, and kept only when it lies near the
report's year (``near_year``, ``near_report``): a forecast or a plan names
a year near its report, a price seldom falls on one.  A singular article
after a preposition makes the number a year in Italian and Spanish ("entro
il 2028", "per il 2024", "en el 2025": a count takes the plural article).

A number that counts is no year, whatever word stands before it: "от 1500 до
2000 человек", "Between 1500 and 2000 protesters", "de 1200 à 1600
manifestants", "up to 1500 soldiers" (``counts_things``).  The one reading
left open is English "In 2000 people voted": a bare number right after the
preposition that opens the clause, with no comma, is read as the year (the
count would need "some" or "about"; "power was cut in 1800 homes" is a count);
a range there is years unless all its ends are round hundreds ("From 2005 to
2010 cases rose" is years, "Between 1500 and 2000 protesters gathered" a
crowd: estimates are round, spans of years seldom are),
and so is a number after a word that takes only a time ("since 1994 fans
new and old", "depuis", "منذ"; ``TIME_ONLY``).
Elsewhere the grammar settles it: German puts the verb after an opening
adverbial ("Seit 2015 kamen …"), Russian writes "в 2000 году", so a noun
right after the number is its count.
"""
from __future__ import annotations

import datetime as dt

from .dates_lexicon import norm
from .dates_lexicon_counted import NEAR, TIME_ONLY, counted_noun, fold
from .dates_numbers import COORDINATORS
from storyline.facts.figures import CURRENCY_WORDS

# Plural (and Arabic dual) year words, as norm() keys, that stand before a
# list of years ("in den Jahren 1961 und 2000") or after it ("1961 и 2000
# годов"); the singular ones are the lexicon's prepositions and year_after.
YEARS_BEFORE: dict[str, set[str]] = {
    "en": {"years"}, "de": {"jahren", "jahre"}, "fr": {"annees"}, "es": {"anos"},
    "it": {"anni"}, "pt": {"anos"}, "cs": {"letech", "let", "léta", "lety"}, "el": {"έτη", "χρόνια", "ετών"},
    "he": {"בשנים", "שנים", "השנים", "בשנות"}, "ar": {"عامي", "سنتي", "اعوام", "سنوات", "الاعوام", "السنوات"},
    "ru": {"годы", "годах"}, "hi": {"वर्षों", "सालों"}, "pl": {"latach"},
}
YEARS_AFTER: dict[str, set[str]] = {"ru": {"годов", "годах", "годами", "годы", "гг"}, "hi": {"वर्षों", "सालों"}}
# Only where the plural year word also names a decade ("les années 1960",
# "negli anni 2000", "los años 1980", "os anos 1970") may a list of round
# years be decades; "the years 1990 and 2000", "между 1990 и 2000 годами",
# "בין השנים 1990 ו-2000" are years.
_DECADE_LANGS = {"fr", "it", "es", "pt"}
# Where a range word opens it, a plural year word names a span of years even
# of round ends: "entre los años 1990 y 2000", "entre os anos 1990 e 2000"
# (Spanish and Portuguese write decades "los años 90", "a década de 1990"),
# "בין השנים 1990 ל-2000"; French "entre les années 1990 et 2000" and Italian
# "tra gli anni 1960 e 1970" name decades.
_DECADES_ONLY = {"fr", "it"}
# A range of years: the word that opens it and the words that may join its
# ends ("between … and", "from … to", "tra il … e il", "od … do", "v letech
# … až", "μεταξύ … και", "בין … ל-", "بين … و").  The opener marks both ends
# as years, as "between" alone does not: "od", "do", "de", "à", "μεταξύ",
# "בין", "بين" also stand before counts, so a bare number after one is no
# year, but two four-digit numbers in such a range, rising, are years unless
# a counted noun follows ("od 1900 do 2100 korun": ``counts_things``).
_RANGES: dict[str, dict[str, set[str]]] = {
    "en": {"between": {"and"}, "from": {"to", "through", "until", "till"}},
    "de": {"zwischen": {"und"}, "von": {"bis"}},
    "fr": {"entre": {"et"}, "de": {"à", "au", "jusqu"}},
    "es": {"entre": {"y"}, "de": {"a", "al", "hasta"}, "desde": {"a", "al", "hasta"}},
    "it": {"tra": {"e", "ed"}, "fra": {"e", "ed"}, "da": {"a", "al"}, "dal": {"al", "a"}},
    "pt": {"entre": {"e"}, "de": {"a", "ao", "até"}, "desde": {"a", "ao", "até"}},
    "ru": {"между": {"и"}, "с": {"по", "до"}, "со": {"по", "до"}, "от": {"до"}},
    "cs": {"mezi": {"a"}, "od": {"do", "až"}, "letech": {"až", "do"}, "lety": {"až", "do"},
           "roku": {"do", "až"}},
    "el": {"μεταξύ": {"και"}, "από": {"έως", "ως", "μέχρι"}},
    "pl": {"między": {"a", "i"}, "od": {"do", "aż"}, "latach": {"do", "aż"}},
    "he": {"בין": {"ל", "ו", "לבין"}, "מ": {"עד", "ועד", "ל"}, "משנת": {"עד", "ועד"}},
    "ar": {"بين": {"و"}, "من": {"الى", "حتى", "والى", "وحتى"}},
}
_RANGES = {lang: {norm(o): {norm(w) for w in links} for o, links in pairs.items()}
           for lang, pairs in _RANGES.items()}
# Range words that say "to": a range of years rises, so "from 2000 to 1900",
# "da 2000 a 1900", "с 2000 до 1900" are counts (Czech "a" is "and").
_TO_LINKS = {norm(w) for w in ("to", "through", "until", "till", "bis", "по", "до", "à", "au", "jusqu", "al", "hasta",
                               "até", "ao", "do", "až", "έως", "ως", "μέχρι", "עד", "ועד", "ל", "الى",
                               "حتى", "وحتى", "والى")}
# Links of two words ("od 1948 až do 1989", "de 2017 jusqu'à 2022"): the
# first word is the link the range tables name, the second is stepped over.
_TWO_WORD_LINKS = {(norm("až"), norm("do")), (norm("aż"), norm("do")), (norm("jusqu"), norm("à"))}
# An article that makes the number after it a year when a preposition, a
# "for" word (``NEAR``) or "and" stands before it: "per il 2024", "entro il
# 2028", "e il 2025", "para el 2030", "en el 2025" (a count takes the plural
# article: "i 2000 manifestanti", "los 2000 asistentes").
_YEAR_ARTICLES = {"it": {"il"}, "es": {"el"}}
# Phrases that take only a time: French "d'ici 2027" (by 2027).
_TIME_PHRASES = {"fr": {("d", "ici")}}
# How far from the report's year a year after a "for" word may lie
# ("für 2024" in a report of 2023; "pour 2050", a climate goal): outside,
# the number is more likely an amount ("pour 1990 francs").
_NEAR_BEFORE, _NEAR_AFTER = 10, 30
YEARS_BEFORE = {lang: {norm(w) for w in words} for lang, words in YEARS_BEFORE.items()}
YEARS_AFTER = {lang: {norm(w) for w in words} for lang, words in YEARS_AFTER.items()}
# "ו-1973", "و2000": Hebrew and Arabic write "and" onto the year.
_LIST_AND = COORDINATORS | {norm("ו")}
# Range words are coordinators for a range of days, not members of a list
# (Czech "a" is "and", elsewhere "to").
_NOT_LIST = {norm(w) for w in ("to", "through", "until", "bis", "zum", "по", "до", "au", "al", "a",
                               "ate", "से", "तक", "الى", "έως", "ως", "μέχρι", "עד", "ל")}
_LIST_WORDS = {"cs": {"a"}}
# "and" words of one language only: Polish "i" ("na 2024 i 2025") is the
# Italian plural article elsewhere.
_LANG_AND = {"pl": {"i"}}
_AND_A = {"cs", "pl"}  # where "a" is "and" (Polish "między 1990 a 2000"), not "to"
_DUALS = {norm(w) for w in ("عامي", "سنتي")}
# Words between the numbers of a range or a choice of counts ("1500 to 2000",
# "od 1500 do 2000", "1500 или 2000"), besides the coordinators, and articles
# that may stand before the second ("tra il 1990 e il 2000").
_COUNT_LINKS = COORDINATORS | {norm(w) for w in ("or", "oder", "ou", "o", "или", "do", "az", "nebo", "או",
                                                 "او", "या", "ή")} \
    | {w for pairs in _RANGES.values() for links in pairs.values() for w in links}
_COUNT_ARTICLES = {norm(w) for w in ("the", "il", "lo", "la", "le", "el", "los", "las", "os", "as",
                                     "το", "τα", "τις", "τους")}
# A year's money of a price basis: "in 2024 $ terms", "in 2024 dollars,", "en dollars de 2024" (price_basis)
_BASIS_WORDS = {norm(w) for w in ("terms",)}  # (not "prices": "In 2024 prices rose")
_BASIS_LINKS = {norm(w) for w in ("of", "de", "del", "di", "von", "do", "da")}
# Signs after a number that make it an amount, as a counted noun does.
_AMOUNT_SIGNS = frozenset("€$£¥₽₹₪%‰")
_CLAUSE_END = (".", "!", "?", ";", ":", "\n", "\"", "“", "«", "(")


def near_report(year: int | None, pub: dt.date | None) -> bool:
    """``year``, read after a "for" word, lies near the report's date ``pub``."""
    return year is not None and pub is not None and -_NEAR_BEFORE <= year - pub.year <= _NEAR_AFTER


class YearPatterns:
    """Year tests over the scanner's tokens (mixed into ``dates_scan._Scanner``)."""

    def year(self, i: int | None) -> int | None:
        k = self.key(i)
        return int(k) if len(k) == 4 and k.isdigit() and 1000 <= int(k) <= 2999 else None

    def year_marked_after(self, i: int) -> bool:
        """Year token i has a year word or postposition after it ("2013 में"),
        or shares the next year's ("2014 और 2019 के विपरीत", unlike 2014 and 2019)."""
        after = self.lex.year_after
        if self.joined(i, i + 1) and self.key(i + 1) in after:
            return True
        return self.key(i + 1) in COORDINATORS and self.joined(i, i + 1) and self.joined(i + 1, i + 2) \
            and self.year(i + 2) is not None and self.joined(i + 2, i + 3) and self.key(i + 3) in after

    def bare_year(self, i: int) -> int | None:
        """Token i as a year standing alone, when a word marks it as one."""
        y = self.year(i)
        if y and (1800 <= y or self.in_context(i)) and y <= 2100 and not self.inside_number(i) \
                and not self.decade(i) and (
                self.in_context(i) or self.year_marked_after(i) or self._before_participle(i)
                or self._article_year(i) or self._after_phrase(i, _TIME_PHRASES)
                or self.listed_year(i) or self.ranged_year(i)) and not self.counts_things(i) \
                and not self._falls(i):
            return y
        return None

    def near_year(self, i: int) -> int | None:
        """Token i as a year after a word that takes an amount as often
        ("für 2024", "pour 2024 et 2025", "až do 2030"; ``NEAR``), or in a
        list such a word opens, when no counted noun follows.  The Ref is
        marked ``near``: the resolver keeps it only near the report's year."""
        y = self.year(i)
        if y is None or self.inside_number(i) or self.decade(i) or self.counts_things(i) or self._falls(i):
            return None
        members, linked = self._members(i)
        return y if self._after_phrase(min(members) if linked else i, NEAR) else None

    def _after_phrase(self, f: int, table: dict) -> bool:
        """Token f comes right after one of the phrases ``table`` lists for the language."""
        for phrase in table.get(self.lex.lang, ()):
            a = f - len(phrase)
            if a >= 0 and all(self.joined(k, k + 1) for k in range(a, f)) \
                    and tuple(fold(self.toks[k].raw) for k in range(a, f)) == phrase:
                return True
        return False

    def _article_year(self, i: int) -> bool:
        """Year token i after a singular article that follows a preposition,
        a "for" word or "and" ("per il 2024", "en el 2025"): ``_YEAR_ARTICLES``."""
        a = i - 1
        if not (self.joined(a, i) and self.key(a) in _YEAR_ARTICLES.get(self.lex.lang, ())):
            return False
        return self.in_context(a) or self._after_phrase(a, NEAR) or (
            self.joined(a - 1, a) and self.key(a - 1) in COORDINATORS)

    def _link_end(self, j: int) -> int:
        """The last token of the range link that begins at token j ("až do")."""
        return j + 1 if self.joined(j, j + 1) and (self.key(j), self.key(j + 1)) in _TWO_WORD_LINKS else j

    def counts_things(self, i: int) -> bool:
        """Number token i, or the last number of the range or list it opens
        ("1500 and 2000", "1500-2000", "od 1500 do 2000"), stands right
        before a counted noun ("protesters", "человек", "personnes"): a count.
        English "In 2000 people voted" (one number after the clause's opening
        preposition) stays a year; see the module docstring."""
        k = i
        while True:
            j = k + 1
            if self.joined(k, j) and self.gap(k, j).strip() in {"-", "–"} and self.key(j).isdigit():
                k = j
                continue
            if not (self.joined(k, j) and self.key(j) in _COUNT_LINKS):
                break
            j = self._link_end(j)
            n = j + 1 if self.joined(j, j + 1) and self.key(j + 1) in _COUNT_ARTICLES else j
            if not (self.joined(n, n + 1) and self.key(n + 1).isdigit()):
                break
            k = n + 1
        if self.text[self.toks[k].end:].lstrip()[:1] in _AMOUNT_SIGNS or self.price_basis(i):
            return True  # "für 2024 €", "for 2024 $", "2024 %": an amount; "in 2024 dollars," its basis
        if not (self.joined(k, k + 1) and not self.gap(k, k + 1).strip() and counted_noun(self.lex.lang, self.toks[k + 1].raw)):
            return False
        if k == i and self.in_context(i) and fold(self.toks[i - 1].raw) in TIME_ONLY.get(self.lex.lang, ()):
            return False  # "since 1994 fans": the year
        f = self._range_start(i)
        if self.lex.lang == "en" and self.in_context(f) and self._opens_clause(f - 1) and (
                k == f or any(int(self.key(m)) % 100 for m in range(f, k + 1) if self.key(m).isdigit())):
            return False  # "In 2000 people voted", "From 2005 to 2010 cases rose": the years
        return True

    def price_basis(self, i: int) -> bool:
        """Year token i is the basis amounts are priced in, no date: before its money and "terms"
        or the clause's end ("in 2024 $ terms", "In 2024 dollars, the dam costs …", "in 2024 U.S.
        dollars."), before "terms" alone ("in 2010 terms"), or after its money and "of"
        ("en dollars de 2024", "in dollari del 2024", "in Dollar von 2024").  A year before money
        and a verb opens its clause ("In 2024 dollars were scarce") and stays a year."""
        def money(k: int) -> bool:
            return 0 <= k < len(self.toks) and self.toks[k].raw.casefold() in CURRENCY_WORDS
        if self.joined(i - 1, i) and self.key(i - 1) in _BASIS_LINKS and self.joined(i - 2, i - 1) and money(i - 2):
            return True  # "en dollars de 2024"
        gap = self.gap(i, i + 1).strip() if i + 1 < len(self.toks) else ""
        sign = self.text[self.toks[i].end:].lstrip()[:1]
        if sign in CURRENCY_WORDS:  # "2024 $ terms": the sign is no token
            rest = self.text[self.toks[i].end:].lstrip()[1:].lstrip()
            return not rest or rest[0] in ",.;:)" or self.key(i + 1) in _BASIS_WORDS
        if gap not in ("", "."):
            return False  # "In 2024, dollars were scarce"
        if self.key(i + 1) in _BASIS_WORDS:
            return True  # "in 2010 terms"
        j = i + 1
        while self.joined(j - 1, j) and self.key(j) in ("us", "u", "s") and self.toks[j].raw.isupper():
            j += 1  # "2024 U.S. dollars", "2024 US dollars"
        if not (self.joined(j - 1, j) and money(j)):
            return False
        rest = self.text[self.toks[j].end:].lstrip()
        return not rest or rest[0] in ",.;:)" or (self.joined(j, j + 1) and self.key(j + 1) in _BASIS_WORDS)

    def _range_start(self, i: int) -> int:
        """The first number of the range or list that number token i ends or is inside."""
        while True:
            j = i - 1
            if self.joined(j, i) and self.gap(j, i).strip() in {"-", "–"} and self.key(j).isdigit():
                i = j
                continue
            if self.joined(j, i) and self.key(j) in _COUNT_ARTICLES:
                j -= 1
            if self.joined(j - 1, j) and (self.key(j - 1), self.key(j)) in _TWO_WORD_LINKS:
                j -= 1
            if self.joined(j - 1, j) and self.key(j) in _COUNT_LINKS and self.key(j - 1).isdigit():
                i = j - 1
                continue
            return i

    def _opens_clause(self, i: int) -> bool:
        """Token i is the first word of its sentence or clause."""
        before = self.text[:self.toks[i].start].rstrip()
        return i == 0 or not before or before.endswith(_CLAUSE_END)

    def _list_step(self, i: int, step: int) -> tuple[int, bool] | None:
        """The next member of a list of years from token i (``step`` 1 or
        -1) and whether "and" joins them; None where the list ends there."""
        a, b = (i, i + 1) if step > 0 else (i - 1, i)
        if self.year(i + step) is not None and self.joined(a, b) and self.gap(a, b).strip() == ",":
            return i + step, False
        link = i + step
        word = self.key(link)
        if (word in _LIST_AND or word in _LANG_AND.get(self.lex.lang, ())) \
                and (word not in _NOT_LIST or word in _LIST_WORDS.get(self.lex.lang, ())) and self.joined(min(i, link), max(i, link)) \
                and self.joined(min(link, link + step), max(link, link + step)) \
                and self.year(link + step) is not None:
            return link + step, True
        return None

    def _members(self, i: int) -> tuple[list[int], bool]:
        """The year tokens of the list year token i is in, and whether "and" joins any two."""
        members, linked = [i], False
        for step in (-1, 1):
            k = i
            while (hop := self._list_step(k, step)) is not None and len(members) < 12:
                k, joined_by_and = hop
                members.append(k)
                linked |= joined_by_and
        return members, linked

    def listed_year(self, i: int) -> bool:
        """Year token i is a member of a list of years ("1961, 1975 and
        2000") that a year word or preposition marks at either end."""
        members, linked = self._members(i)
        if len(members) < 2 or not linked:
            return False
        first, last = min(members), max(members)
        lang = self.lex.lang
        plural = (self.joined(first - 1, first) and self.key(first - 1) in YEARS_BEFORE.get(lang, ())) or (
            self.joined(last, last + 1) and self.key(last + 1) in YEARS_AFTER.get(lang, ()))
        if plural:  # a dual ("عامي", the two years) names no decades
            return lang not in _DECADE_LANGS or any(self.year(m) % 10 for m in members) \
                or self.key(first - 1) in _DUALS
        return (first != i and self.in_context(first)) or (last != i and self.joined(last, last + 1)
                                                           and self.key(last + 1) in self.lex.year_after)

    def ranged_year(self, i: int) -> bool:
        """Year token i is one end of a rising range of years that a range
        word opens ("tra il 1990 e il 2000", "od 1952 do 1991", "Между 1991
        и 1999", "בין 1948 ל-1967"): see ``_RANGES``."""
        pairs = _RANGES.get(self.lex.lang)
        if not pairs:
            return False
        for first in (i, i - 2, i - 3, i - 4):
            hit = self._range_link(first)
            if hit is None or i not in (first, hit[1]) or not self.year(first) < self.year(hit[1]):
                continue
            o = first - 1
            if self.key(o) in _COUNT_ARTICLES and self.joined(o, first):
                o -= 1
            if self.lex.lang not in _DECADES_ONLY and self.key(o) in YEARS_BEFORE.get(self.lex.lang, ()) \
                    and self.key(o) not in pairs and self.joined(o, o + 1):  # "entre los años 1990 y 2000", "בין השנים 1990 ל-2000"
                o -= 1 + (self.key(o - 1) in _COUNT_ARTICLES and self.joined(o - 1, o))
            if self.joined(o, o + 1) and self.key(hit[0]) in pairs.get(self.key(o), ()):
                return True
        return False

    def _falls(self, i: int) -> bool:
        """Year token i is an end of a falling range ("from 2000 to 1900"): counts."""
        for first in (i, i - 2, i - 3, i - 4):
            hit = self._range_link(first)
            if hit and i in (first, hit[1]) and self.year(first) >= self.year(hit[1]) \
                    and self.key(hit[0]) in _TO_LINKS and not (self.lex.lang in _AND_A and self.key(hit[0]) == "a"):
                return True
        return False

    def _range_link(self, f: int) -> tuple[int, int] | None:
        """(link token, second year token) of "f LINK [article] YEAR" where
        f is a year token; None where the tokens after f are no such pair."""
        if self.year(f) is None or not self.joined(f, f + 1):
            return None
        k = self._link_end(f + 1) + 1
        if self.key(k) in _COUNT_ARTICLES and self.joined(k, k + 1):
            k += 1
        return (f + 1, k) if self.joined(k - 1, k) and self.year(k) is not None else None
