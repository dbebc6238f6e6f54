"""Find date expressions in a text and describe them, without resolving them.

A small token grammar over the per-language lexicon (dates_lexicon.py).  It
recognises, in every language the lexicon covers:

* numeric dates (2024-06-21, 21.06.2024, 6/21/2024 in the locale's order);
* day + month [+ year] in either order ("14 September 2023", "Sept. 14",
  "am 6. Juni", "14 de septiembre de 2023", "23 अगस्त 2023");
* month + year ("September 2023", "сентябре 2023 года");
* last/this/next + month or weekday, on either side ("last September",
  "в прошлую среду", "septembre dernier");
* month + a relative year ("September last year", "в сентябре прошлого года",
  "पिछले साल सितंबर");
* relative units ("this month", "в прошлом году", "पिछले साल") and fixed words
  ("yesterday", "вчера", "कल") from dateparser's locale tables;
* bare weekdays (with "evening" etc., or "next week": "Tuesday next week"),
  bare months, and four-digit years that a preposition or year word
  introduces ("since 2000", "2013 में", German "wurde 1949 gegründet"),
  alone or in a list sharing one ("1961 и 2000 годов": dates_years.py);
* a date's weekday when it is written with one ("Monday, January 22");
* from dates_numbers.py: a range's first day ("с 15 по 17 марта") and offsets
  in digits or words ("three days ago", "hace dos años", "через две недели").

Why a grammar of our own rather than only dateparser's search: dateparser
drops the modifier in "last September", misses inflected forms ("в феврале"),
reads Hindi कल always as tomorrow and flags bare numbers ("24", "2000") and
words like "may" as dates.  The output is a list of ``Ref`` -- what the text
says -- and dates_relative.py turns each into a calendar date.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from .dates_context import ORDINAL_DAYS, WORD_DAYS, ContextChecks, token_key
from . import dates_lexicon_more as more
from .dates_lexicon import Lexicon, get_lexicon, norm
from .dates_lexicon_context import NOT_NAMES
from .dates_numbers import NumberPatterns
from .dates_numeric import numeric_dates
from .dates_ref import Ref
from .dates_years import YearPatterns


@dataclass
class _Tok:
    start: int
    end: int
    raw: str
    key: str


# An Arabic or Devanagari word with a number written onto it ("احداث7 يوليو",
# "जून२००४", "لـ2025" with the tatweel) is two tokens.
_WORD = regex.compile(r"(?:(?!\d)[\p{Arabic}\p{Devanagari}\u0640])+(?=\d)|\w+")
_GAP = regex.compile(r"[ \t\u00a0,.'’\-–°º]{0,4}")
# Hebrew writes a one-letter preposition onto the number ("ב23 למרץ", on 23 March).
# Greek writes the ordinal ending on it ("της 7ης Ιουλίου", "η 7η Ιουλίου").
_DAY = regex.compile(r"[בלמהוכש]{0,2}(\d{1,2})(?:st|nd|rd|th|er|re|e|eme|º|ª|वीं|वां|ησ|ην|η)?")
# Languages that capitalise month and weekday names, where the lower-case word
# is something else: English "may", Greek "τρίτη" / "πέμπτη" (third / fifth:
# "στην τρίτη θέση", in third place).
_CASED = {"en", "el"}
_DAY_LINK = {"го"}          # Russian "13-го сентября"
_DAYPART_LINK = {"por", "la", "am", "в"}
# Articles between a weekday and its date ("Montag, dem 2. Dezember", "lunes el 5").
_ARTICLES = {"the", "den", "der", "dem", "le", "el", "il", "lo", "o"}
# Words between a relative year and its month: "loni v září", "πέρυσι τον
# Δεκέμβριο", "last year in May" (all the month of last year).
_MONTH_LINK = {"in", "im", "v", "ve", "в", "τον", "το", "στο", "στον"}


class _Scanner(YearPatterns, NumberPatterns, ContextChecks):
    """Walks the tokens of one text, trying the patterns at each position."""

    def __init__(self, text: str, lang: str):
        self.text = text
        self.lex: Lexicon = get_lexicon(lang)
        # English names turn up in pages of any language ("June 20, 2024").
        self.en: Lexicon | None = get_lexicon("en") if lang != "en" else None
        self.toks = self._tokens(text)
        self.max_phrase = max((len(k) for k in self.lex.relative), default=1)
        self.phrase_heads = {k[0] for k in self.lex.relative}
        self._mods: dict[str, int | None] = {}
        self._units: dict[str, str | None] = {}
        self._compounds: dict[str, int | None] = {}
        # a name's or a day's reading depends on the token's spelling only: a
        # text repeats its words, and each is tried by several patterns
        self._names: dict[tuple[str, str, str, bool], int | None] = {}
        self._days: dict[str, int | None] = {}

    def _tokens(self, text: str) -> list[_Tok]:
        """Word tokens; a hyphenated name ("quarta-feira") is one token keyed by its head."""
        toks: list[_Tok] = []
        lex = self.lex
        known = set(lex.months) | set(lex.weekdays) | {k[0] for k in lex.relative} | \
            {s for stems in lex.units.values() for s in stems} | {p[0] for p, _ in lex.ahead} | \
            {p[0] for p in lex.ago} | set(lex.duals)
        for m in _WORD.finditer(text):
            key = token_key(norm(m.group()), lex.lang, known)
            if toks and key in self.lex.tails and text[toks[-1].end:m.start()] == "-":
                prev = toks[-1]
                toks[-1] = _Tok(prev.start, m.end(), text[prev.start:m.end()], prev.key)
                continue
            toks.append(_Tok(m.start(), m.end(), m.group(), key))
        return toks

    def mod(self, key: str) -> int | None:
        """Cached ``Lexicon.modifier`` (stem matching is the scanner's hot spot)."""
        if key not in self._mods:
            self._mods[key] = self.lex.modifier(key)
        return self._mods[key]

    def unit(self, key: str) -> str | None:
        if key not in self._units:
            self._units[key] = self.lex.unit(key)
        return self._units[key]

    # --- token predicates ---------------------------------------------------
    def key(self, i: int | None) -> str:
        return self.toks[i].key if i is not None and 0 <= i < len(self.toks) else ""

    def gap(self, i: int, j: int) -> str:
        return self.text[self.toks[i].end:self.toks[j].start]

    def joined(self, i: int, j: int) -> bool:
        """True when tokens i and j are neighbours in one phrase.

        Only spaces, commas, hyphens, apostrophes, and a period after a number
        or an abbreviation ("6. Juni", "Sept. 14") may separate them; a period
        after a full word ends the sentence ("in February. 2000 people").
        """
        if not (0 <= i < j < len(self.toks) and j == i + 1):
            return False
        gap = self.gap(i, j)
        if "." in gap and not (self.toks[i].key.isdigit() or len(self.toks[i].key) <= 4):
            return False
        return _GAP.fullmatch(gap) is not None

    def nxt(self, i: int, skip: set[str] | frozenset = frozenset(), hops: int = 1) -> int | None:
        """Index of the token after i, stepping over up to ``hops`` filler words."""
        j = i + 1
        if not self.joined(i, j):
            return None
        while hops and self.key(j) in skip and self.joined(j, j + 1):
            j, hops = j + 1, hops - 1
        return j

    def _named(self, i: int | None, table: str, abbr: bool = False) -> int | None:
        if i is None or not 0 <= i < len(self.toks):
            return None
        tok = self.toks[i]
        memo = (tok.raw, tok.key, table, abbr)
        if memo not in self._names:
            self._names[memo] = self._name_of(tok, table, abbr)
        return self._names[memo]

    def _name_of(self, tok: _Tok, table: str, abbr: bool) -> int | None:
        if tok.raw.casefold() in NOT_NAMES.get(self.lex.lang, ()):
            return None
        # English month names turn up in pages of any language ("June 20, 2024");
        # English weekdays there are names ("Black Friday"), not dates.
        english = self.en if table == "months" else None
        for lex, cased in ((self.lex, self.lex.lang in _CASED), (english, True)):
            if lex is None or (cased and not tok.raw[:1].isupper()):
                continue
            found = getattr(lex, table).get(tok.key)
            if found is None and abbr and table == "months":
                found = lex.month_abbr.get(tok.key)
            if found is not None:
                return found
        return None

    def month(self, i: int | None, abbr: bool = False) -> int | None:
        return self._named(i, "months", abbr)

    def weekday(self, i: int | None) -> int | None:
        found = self._named(i, "weekdays")
        if found is None and i is not None and 0 <= i < len(self.toks):
            key = self.toks[i].key   # German compounds: "Mittwochabend"
            if key not in self._compounds:
                self._compounds[key] = next(
                    (wd for name, wd in self.lex.weekdays.items() if len(name) > 4
                     and key.startswith(name) and key[len(name):] in self.lex.dayparts), None)
            return self._compounds[key]
        return found

    def day(self, i: int | None) -> int | None:
        key = self.key(i)
        if key not in self._days:
            m = _DAY.fullmatch(key)
            self._days[key] = int(m.group(1)) if m else None
        found = self._days[key]
        if found is None:  # "primo gennaio", "premier janvier", "בשביעי ביולי"
            if self.lex.lang in ORDINAL_DAYS and self.ordinal_of_noun(i):
                return None
            return self.lex.first_day.get(self.key(i)) or ORDINAL_DAYS.get(self.lex.lang, {}).get(self.key(i)) \
                or (self.lex.numbers.get(self.key(i)) if self.lex.lang in WORD_DAYS and
                    self.lex.numbers.get(self.key(i), 32) <= 31 else None)
        return found if 1 <= found <= 31 else None

    # --- patterns: each returns (end token index, Ref) or None ---------------
    def explicit(self, i: int) -> tuple[int, Ref] | None:
        """Day+month[+year], month+day[+year] or month+year."""
        t = self.toks[i]
        d = self.day(i)
        if d is not None and not self.inside_number(i):
            j = self.nxt(i, self.lex.fillers | _DAY_LINK)
            m = self.month(j, abbr=True)
            if m:
                ref, end = Ref(t.start, self.toks[j].end, month=m, day=d), j + 1
                return self._with_year(ref, end)
        m = self.month(i, abbr=True)
        if not m:
            return None
        j = self.nxt(i)
        d = self.day(j)
        if d is not None and self.year(j) is None:
            return self._with_year(Ref(t.start, self.toks[j].end, month=m, day=d), j + 1)
        j = self.nxt(i, self.lex.fillers)
        y = self.year(j)
        if y and "," not in self.gap(j - 1, j):  # not "In February, 2000 soldiers"
            return j + 1, Ref(t.start, self.toks[j].end, year=y, month=m)
        return None

    def _with_year(self, ref: Ref, end: int) -> tuple[int, Ref]:
        """Attach a following year ("…, 2023") or relative year ("… прошлого года")."""
        k = self.nxt(end - 1, self.lex.fillers)
        if self.year(k) and not self.inside_number(k):
            ref.year, ref.end = self.year(k), self.toks[k].end
            return k + 1, ref
        rel = self.relative_unit(self.nxt(end - 1, self.lex.fillers, hops=2))
        if rel and rel[1] == "year":
            ref.year_delta, ref.end = rel[2], self.toks[rel[0] - 1].end
            return rel[0], ref
        return end, ref

    def relative_unit(self, i: int | None) -> tuple[int, str, int, bool] | None:
        """(end, unit, delta, ambiguous) for "yesterday", "this month", "el año pasado"."""
        if i is None or i >= len(self.toks):
            return None
        heads = self.key(i) in self.phrase_heads
        for n in range(min(self.max_phrase, len(self.toks) - i) if heads else 0, 0, -1):
            if n > 1 and not all(self.joined(k, k + 1) for k in range(i, i + n - 1)):
                continue
            hit = self.lex.relative.get(tuple(t.key for t in self.toks[i:i + n]))
            if hit and not self._blocked(i, n) and not (n == 1 and self.noun_phrase(i)):
                return (i + n, *hit)
        mod, unit = self.mod(self.key(i)), self.unit(self.key(i))
        if mod is None and unit is None or self.joined(i - 1, i) and self.number(i - 1) is not None:
            return None  # "neuf mois passés", "trois derniers mois": a span of months, not last month
        j = self.nxt(i, more.THIS_ARTICLES.get(self.lex.lang, ()) if mod == 0 else ())
        if j is None or self.no_week(i, j, unit):
            return None
        if mod is not None and self.unit(self.key(j)):
            return j + 1, self.unit(self.key(j)), mod, False
        if unit and self.lex.postposed and self.mod(self.key(j)) in (-1, 1):
            return j + 1, unit, self.mod(self.key(j)), False
        return None

    def _blocked(self, i: int, n: int) -> bool:
        """German "am Morgen", Spanish "esta mañana", and names ("India Today",
        "«Космос Сегодня»"): a capitalised relative word after a capitalised word
        on its line (outside English not past a line break: "Москва\nСегодня …")."""
        tok = self.toks[i]
        before = self.lex.blocked_after.get(tok.key)
        if n == 1 and before and self.joined(i - 1, i) and self.key(i - 1) in before:
            return True
        if tok.raw[:1].isupper() and self.joined(i - 1, i):
            prev = self.toks[i - 1]
            gap = self.text[prev.end:tok.start]
            return prev.raw[:1].isupper() and gap.strip() == "" and (self.lex.lang == "en" or "\n" not in gap)
        return False

    def modified(self, i: int) -> tuple[int, Ref] | None:
        """last/this/next + month or weekday, or (Romance) month/weekday + last/next."""
        t = self.toks[i]
        mod = self.mod(t.key)
        if mod is not None:
            j = self.nxt(i)
            if j is not None and self.unit(self.key(j)) == "month":  # "el pasado mes de enero"
                k = self.nxt(j, self.lex.fillers)
                if k is not None and k > j + 1 and self.month(k):
                    return k + 1, Ref(t.start, self.toks[k].end, month=self.month(k), mod=mod)
            m, w = self.month(j), self.weekday(j)
            d = self.day(j + 1) if m and self.joined(j, j + 1) and not self.gap(j, j + 1).strip() else None
            if d is not None and self.year(j + 1) is None:  # "next March 11": a day, not the month
                return j + 2, Ref(t.start, self.toks[j + 1].end, month=m, day=d, mod=mod)
            dated = self.weekday_then_date(j) if w is not None else None
            if dated:  # "την επόμενη Τετάρτη, 11 Σεπτεμβρίου": the date says which
                dated[1].start = t.start
                return dated
            if m or w is not None:
                return j + 1, Ref(t.start, self.toks[j].end, month=m, weekday=w, mod=mod)
        m, w = self.month(i), self.weekday(i)
        if (m or w is not None) and self.lex.postposed:
            j = self.nxt(i)
            mod = self.mod(self.key(j))
            if mod in (-1, 1):
                return j + 1, Ref(t.start, self.toks[j].end, month=m, weekday=w, mod=mod)
            k = self.nxt(j) if j is not None else None
            if k is not None and (self.key(j), self.key(k)) in self.lex.next_phrases:
                return k + 1, Ref(t.start, self.toks[k].end, month=m, weekday=w, mod=1)
        return None

    def month_of_relative_year(self, i: int) -> tuple[int, Ref] | None:
        """"September last year" and "पिछले साल सितंबर": a month in pub year ± n."""
        t = self.toks[i]
        m = self.month(i)
        if m:
            rel = self.relative_unit(self.nxt(i, self.lex.fillers, hops=2))
            if rel and rel[1] == "year":
                return rel[0], Ref(t.start, self.toks[rel[0] - 1].end, month=m, year_delta=rel[2])
        rel = self.relative_unit(i)
        if rel and rel[1] == "year":
            j = self.nxt(rel[0] - 1, self.lex.fillers | _MONTH_LINK)
            m = self.month(j)
            if m:
                return j + 1, Ref(t.start, self.toks[j].end, month=m, year_delta=rel[2])
        return None

    def bare(self, i: int) -> tuple[int, Ref] | None:
        """A weekday, a month or a year standing alone."""
        t = self.toks[i]
        ctx_needed = t.key in self.lex.needs_context or (
            self.en is not None and t.key in self.en.needs_context)
        w = self.weekday(i)
        if w is not None and (not ctx_needed or self.name_in_context(i)) and not self.named_day(i):
            end = i + 1
            j = self.nxt(i, _DAYPART_LINK, hops=2)
            if j is not None and self.key(j) in self.lex.dayparts:
                end = j + 1
            rel = self.relative_unit(self.nxt(end - 1, self.lex.fillers))
            if rel and rel[1] == "week":  # "Tuesday next week", "Dienstag nächster Woche"
                return rel[0], Ref(t.start, self.toks[rel[0] - 1].end, weekday=w, week_delta=rel[2])
            return end, Ref(t.start, self.toks[end - 1].end, weekday=w)
        m = self.month(i)
        if m and (self._name_part(i) or self.noun_phrase(i)):
            return None
        if m and (not ctx_needed or self.name_in_context(i)):
            return i + 1, Ref(t.start, t.end, month=m)
        y = self.bare_year(i)
        if y:
            return i + 1, Ref(t.start, t.end, year=y)
        y = self.near_year(i)
        return (i + 1, Ref(t.start, t.end, year=y, near=True)) if y else None

    def weekday_then_date(self, i: int) -> tuple[int, Ref] | None:
        """"Wednesday, 14 September 2023": the explicit date absorbs its weekday."""
        if self.weekday(i) is None:
            return None
        j = self.nxt(i, self.lex.fillers | _ARTICLES)
        hit = self.explicit(j) if j is not None else None
        if hit and hit[1].day is not None:
            hit[1].start, hit[1].weekday = self.toks[i].start, self.weekday(i)
            return hit
        return None

    # --- driver ---------------------------------------------------------------
    def scan(self) -> list[Ref]:
        refs = numeric_dates(self.text, self.lex.date_order)
        taken = [(r.start, r.end) for r in refs]
        patterns = (self.weekday_then_date, self.ago, self.ahead, self.ahead_after, self.day_range, self.explicit,
                    self.day_alone,
                    self.month_of_relative_year, self.modified, self._relative_ref, self.bare)
        i = 0
        while i < len(self.toks):
            if any(s <= self.toks[i].start < e for s, e in taken):
                i += 1
                continue
            for pattern in patterns:
                hit = pattern(i)
                if hit:
                    i = hit[0]
                    refs.append(hit[1])
                    tail = self.day_after(i, hit[1])
                    if tail:
                        i = tail[0]
                        refs.append(tail[1])
                    break
            else:
                i += 1
        return sorted(refs, key=lambda r: r.start)

    def _relative_ref(self, i: int) -> tuple[int, Ref] | None:
        rel = self.relative_unit(i)
        if not rel:
            return None
        end, unit, delta, ambiguous = rel
        if unit == "week" and not ambiguous:  # "next week, on Tuesday": that week's Tuesday
            j = self.nxt(end - 1, self.lex.prepositions | _ARTICLES)
            w = self.weekday(j) if j is not None else None
            if w is not None:
                return j + 1, Ref(self.toks[i].start, self.toks[j].end, weekday=w, week_delta=delta)
        return end, Ref(self.toks[i].start, self.toks[end - 1].end, unit=unit,
                        delta=delta, ambiguous=ambiguous)


def scan_dates(text: str, lang: str) -> list[Ref]:
    """All date expressions in ``text`` as unresolved ``Ref`` records, in order."""
    return _Scanner(text, lang).scan()
