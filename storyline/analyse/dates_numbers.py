"""Date patterns built on a number: offsets counted from the report ("three
days ago", "hace dos años", "in two days"), the first day of a range ("с 15 по
17 марта") and a day without its month ("no dia 7").

A mixin of the date scanner (dates_scan.py), kept apart so each file stays
small.  dateparser reads "3 days ago" with digits; these patterns add number
words ("three", "dos", "तीन"), the "ago" word on either side (English "ago",
Spanish "hace", French "il y a", Hindi "पहले") and forward offsets ("dans neuf
jours", "через две недели").  The ago and unit words come from dateparser's
locale tables through the lexicon.
"""
from __future__ import annotations

from .dates_context import ahead_span, counts_from_event, superlative_span
from .dates_lexicon import norm
from .dates_ref import Ref

# Words between the two days of a range ("15 to 17 March", "с 15 по 17 марта").
COORDINATORS = {"to", "and", "through", "until", "bis", "und", "zum", "по", "и", "до", "au",
                "et", "al", "y", "a", "e", "ate", "और", "से", "तक", "و", "الى", "και", "έως", "ως", "μέχρι",
                "עד", "ל"}
COORDINATORS = {norm(w) for w in COORDINATORS}  # Greek "έως" is keyed "έωσ"
# Articles before the second day of a range ("από τις 20 έως τις 22 Οκτωβρίου").
_RANGE_ARTICLES = {norm(w) for w in ("τις", "την", "τη", "the")}


class NumberPatterns:
    """Patterns over the scanner's tokens; each returns (end token index, Ref) or None."""

    def number(self, i: int | None) -> int | None:
        k = self.key(i)
        if k.isdigit() and len(k) <= 3:
            return int(k)
        return self.lex.numbers.get(k)

    def _ago_at(self, i: int | None) -> int | None:
        """End index of an "ago" phrase starting at token i ("ago", "il y a")."""
        if i is None:
            return None
        for phrase in self.lex.ago:
            n = len(phrase)
            if tuple(self.key(k) for k in range(i, i + n)) == phrase and \
                    all(self.joined(k, k + 1) for k in range(i, i + n - 1)):
                return i + n
        return None

    def count(self, i: int | None) -> tuple[int, int] | None:
        """(value, index of its last token) of the number at token i: digits, a
        word ("quince", "पंद्रह"), a phrase ("a couple of", "أحد عشر", "dix-sept")
        or tens and a unit ("twenty-five", "treinta y cinco", "خمسة وعشرين")."""
        if i is None:
            return None
        lex = self.lex
        for phrase, value in lex.number_phrases:
            n = len(phrase)
            if tuple(self.key(k) for k in range(i, i + n)) == phrase and \
                    all(self.joined(k, k + 1) for k in range(i, i + n - 1)):
                last = i + n - 1
                break
        else:
            value, last = self.number(i), i
            if value is None:
                return None
        j = last + 1
        if not self.joined(last, j):
            return value, last
        if value >= 20 and value % 10 == 0:  # "twenty-five", "vinte e dois", "עשרים ושלושה"
            if self.key(j) in lex.number_and and self.joined(j, j + 1):
                j += 1
            k = self.key(j)
            unit = lex.numbers.get(k)
            if unit is None and lex.and_prefix and k.startswith(lex.and_prefix):
                unit = lex.numbers.get(k[len(lex.and_prefix):])
            if unit is not None and 1 <= unit <= 9:
                return value + unit, j
        elif value <= 9 and lex.and_prefix and self.key(j).startswith(lex.and_prefix):
            tens = lex.numbers.get(self.key(j)[len(lex.and_prefix):])  # "خمسة وعشرين"
            if tens is not None and tens >= 20 and tens % 10 == 0:
                return value + tens, j
        return value, last

    def counted(self, i: int | None) -> tuple[int, str, int] | None:
        """(amount, unit, index of the unit token) of "three days", "trece
        días", "twenty-five years", or a dual that is both ("יומיים", "شهرين")."""
        if i is None or i >= len(self.toks):
            return None
        dual = self.lex.duals.get(self.key(i))
        if dual:
            return 2, dual, i
        hit = self.count(i)
        if hit is None or self.inside_number(i):
            return None
        j = self.nxt(hit[1])
        unit = self.lex.unit_forms.get(self.key(j)) if j is not None else None
        return (hit[0], unit, j) if unit else None

    def ago(self, i: int) -> tuple[int, Ref] | None:
        """"three days ago", "hace dos años", "il y a trois jours", "तीन दिन पहले"."""
        start = i
        pre = self._ago_at(i)
        if pre is not None:
            if not self.joined(pre - 1, pre) or superlative_span(self.words_before(start), self.lex.lang):
                return None
            i = pre
        hit = self.counted(i)
        if hit is None:
            return None
        n, unit, j = hit
        end = j + 1
        if pre is None:
            end = self._ago_at(self.nxt(j)) if self.nxt(j) is not None else None
            # "चुनाव से 2 महीने पहले": counted from another event, not from publication
            if end is None or counts_from_event(self.words_before(start), self.lex):
                return None
            if self.key(end - 1) in self.lex.preposed_ago or self.key(self.nxt(end - 1)) in self.lex.before_object:
                return None  # "9 Tage vor den Anschlägen": before something else
        elif self.key(self.nxt(end - 1)) in self.lex.event_after:
            return None  # "قبل ثلاثة أيام من الانتخابات": three days before the vote
        return end, Ref(self.toks[start].start, self.toks[end - 1].end, unit=unit, delta=-n)

    def ahead(self, i: int) -> tuple[int, Ref] | None:
        """"in three days", "dans neuf jours", "через две недели", "بعد خمسة أيام"."""
        for phrase, units in self.lex.ahead:
            n = len(phrase)
            if tuple(self.key(k) for k in range(i, i + n)) != phrase or \
                    not all(self.joined(k, k + 1) for k in range(i, i + n)):
                continue
            hit = self.counted(i + n)
            if hit is None or hit[1] not in units or self.key(self.nxt(hit[2])) in self.lex.event_after:
                continue  # "بعد خمسة أيام من الانتخابات": five days after the vote
            if ahead_span(self.words_before(i, 2), self.lex.lang):
                return None  # "the lowest in two weeks": a span
            return hit[2] + 1, Ref(self.toks[i].start, self.toks[hit[2]].end, unit=hit[1], delta=hit[0],
                                   ahead=phrase not in self.lex.from_now)
        return None

    def ahead_after(self, i: int) -> tuple[int, Ref] | None:
        """"तीन दिन बाद", "three days from now": the forward word after the count."""
        if not self.lex.ahead_after:
            return None
        hit = self.counted(i)
        if hit is None or counts_from_event(self.words_before(i), self.lex):
            return None  # "चुनाव के तीन दिन बाद": three days after the vote
        for phrase in self.lex.ahead_after:
            k = hit[2] + 1
            if self.joined(hit[2], k) and tuple(self.key(x) for x in range(k, k + len(phrase))) == phrase \
                    and all(self.joined(x, x + 1) for x in range(k, k + len(phrase) - 1)):
                end = k + len(phrase)
                return end, Ref(self.toks[i].start, self.toks[end - 1].end, unit=hit[1], delta=hit[0],
                                ahead=phrase not in self.lex.from_now)
        return None

    def day_range(self, i: int) -> tuple[int, Ref] | None:
        """The first day of "15 to 17 March", "с 15 по 17 марта", "du 15 au 17 mars"."""
        d = self.day(i)
        if d is None or self.inside_number(i) or self.year(i):
            return None
        j = self.nxt(i)
        if j is None:
            return None
        # Hebrew writes "and" onto the second day: "ב7 וב8 ביולי"
        if self.key(j) in COORDINATORS or self.gap(i, j).strip() in {"-", "–"} or \
                self.key(j)[:1] == "ו" and self.day(j) is not None:
            k = j if self.day(j) is not None else self.nxt(j, _RANGE_ARTICLES)
            hit = self.explicit(k) if k is not None else None
            if hit and hit[1].day is not None and self.day(k) is not None:
                return i + 1, Ref(self.toks[i].start, self.toks[i].end, year=hit[1].year,
                                  month=hit[1].month, day=d, year_delta=hit[1].year_delta)
        return None

    def day_after(self, i: int, ref: Ref) -> tuple[int, Ref] | None:
        """The second day of "June 13 and 14, 2007", "March 3 to 5": a day
        number joined by "and" / "to" to a month-first date, in that month (the
        year written after it is both days').  Left unread, the day is a
        count that seems to disagree with another report's "14 June"."""
        if ref.month is None or ref.day is None or ref.weekday is not None or ref.unit:
            return None
        j = self.nxt(i - 1)
        if j is None or self.key(j) not in COORDINATORS:
            return None
        k = self.nxt(j)
        d = self.day(k)
        if d is None or d <= ref.day or self.inside_number(k) or self.month(self.nxt(k, self.lex.fillers), abbr=True):
            return None
        end, second = self._with_year(Ref(self.toks[k].start, self.toks[k].end, month=ref.month, day=d,
                                          year=ref.year, year_delta=ref.year_delta), k + 1)
        if ref.year is None and second.year is not None:
            ref.year = second.year
        return end, second

    def day_alone(self, i: int) -> tuple[int, Ref] | None:
        """"no dia 7", "el día 15": a day of the month with no month named."""
        if self.key(i) not in self.lex.day_words:
            return None
        j = self.nxt(i)
        d = self.day(j)
        if d is None or self.year(j) or self.inside_number(j):
            return None
        k = self.nxt(j, self.lex.fillers)
        if self.month(k, abbr=True) or self.joined(j, j + 1) and self.key(j + 1).isdigit():
            return None  # "dia 7 de outubro" is read by explicit()
        return j + 1, Ref(self.toks[i].start, self.toks[j].end, day=d)
