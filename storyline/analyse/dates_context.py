"""The words around a date word that make it a date, or something else.

A mixin of the date scanner (dates_scan.py), kept apart so each file stays
small.  Each guard was found by reading translations of one report side by
side (the multilingual dev file), where a word one language reads as a date
is, in its sentence, something else:

* a word needing context ("May", "मार्च", "مايو", Hebrew "חמישי": fifth or
  Thursday) is a date only after a preposition or last/next word, or, in a
  language with postpositions, before one ("मई में", in May; "जहा मई पैदा",
  a misspelt "मैं", I, is none);
* in Hebrew and Arabic, whose article is a prefix, a date word that carries
  it followed by a word that carries it too is a noun with its adjective:
  "השנה האחרונה" (the past year), "ביום השנה השני" (on the second
  anniversary), "اليوم التالي" (the next day), not "this year" or "today";
* a year before a decade word is a decade ("१९८० के दशक में", in the 1980s);
* a capitalised month inside a name, a German year before its participle.
"""
from __future__ import annotations

import regex

from .dates_lexicon import norm
from .dates_lexicon_more import AHEAD_SPAN_BEFORE, WEEKEND, WEEKS

_WEEKEND, _WEEKS = {norm(w) for w in WEEKEND}, {norm(w) for w in WEEKS}
_AHEAD_SPAN = {lang: {norm(w) for w in words} for lang, words in AHEAD_SPAN_BEFORE.items()}

# Postpositions after a month or weekday that make it a date ("मई में").
_POSTPOSITIONS: dict[str, set[str]] = {"hi": {"में", "से", "तक", "को", "के", "की", "का"}}
# Adjectives of order after a noun with its article ("השנה האחרונה", the past
# year; "اليوم التالي", the next day; "اليوم الذي", the day that): the noun
# is then no "this year" or "today".
_ORDER_ADJECTIVES: dict[str, set[str]] = {
    "he": {"האחרונה", "האחרון", "האחרונות", "האחרונים", "הקודמת", "הקודם", "השני", "השנייה",
           "השנים", "השלישי", "השלישית", "הראשון", "הראשונה", "הזה", "הזאת", "הזו", "ההוא", "ההיא"},
    "ar": {"التالي", "التالية", "السابق", "السابقة", "الأول", "الاول", "الثاني", "الثالث",
           "الأخير", "الاخير", "الذي", "التي", "نفسه", "ذاته", "او", "أو"},
}
# Month words that are also a noun in construct before a definite word:
# Hebrew "במאי" is "in May" and "director" ("במאי הסרטים", the films' director).
_CONSTRUCT_MONTHS: dict[str, set[str]] = {"he": {"במאי"}}
_DEFINITE: dict[str, str] = {"he": "ה", "ar": "ال"}
# Words after a year ("के दशक", "दशक") that make it a decade.
_DECADE: dict[str, set[str]] = {"hi": {"दशक", "दशकों"}}
# Words that may stand between an offset and the word naming what it counts
# from: "बम विस्फोट से सिर्फ नौ दिन पहले" (just nine days before the bombing),
# "से पहले सिर्फ नौ दिन पहले" (the ago word said twice).
_EVENT_SKIP: dict[str, set[str]] = {"hi": {"सिर्फ", "केवल", "ठीक", "लगभग", "करीब", "क़रीब", "महज",
                                           "पहले", "बाद"}}


def counts_from_event(before: list[str], lex) -> bool:
    """The words ``before`` an offset (norm()-ed, in text order) end in one
    naming another point it counts from ("से"), past limiting words."""
    skip = _EVENT_SKIP.get(lex.lang, set())
    for w in reversed(before[-4:]):
        if w in lex.event_before:
            return True
        if w not in skip:
            return False
    return False


def superlative_span(before: list[str], lang: str) -> bool:
    """The words ``before`` an offset (norm()-ed) hold a superlative that makes
    it a span: "أعلى مستوى له منذ عشرة أشهر" is its highest in ten months,
    not ten months ago."""
    from .dates_lexicon_more import SPAN_BEFORE

    return bool(SPAN_BEFORE.get(lang, set()) & set(before[-4:]))


def ahead_span(before: list[str], lang: str) -> bool:
    """The two words ``before`` an "in N" (norm()-ed) make it a span: "the
    lowest in two weeks", "for the first time in three weeks"."""
    return bool(_AHEAD_SPAN.get(lang, set()) & set(before[-2:]))


def stated_years(refs: list, sentence_starts: list[int]) -> dict[tuple[int, int | None, int], int]:
    """(sentence start, month, day) -> the year a sentence gives that day: "the
    July 7 bombings … struck London on the morning of July 7, 2005" names
    2005 twice, though the first "July 7" alone would be read as the last
    7 July before the report.  Under sentence start -1, the year the whole
    text gives the day, where it gives it one ("مفجري احداث 7 يوليو" in a 2008
    report that wrote "7 يوليو 2005" earlier)."""
    out: dict[tuple[int, int | None, int], int] = {}
    whole: dict[tuple[int | None, int], set[int]] = {}
    for r, start in zip(refs, sentence_starts):
        if r.year is not None and r.month is not None and r.day is not None:
            out.setdefault((start, r.month, r.day), r.year)
            whole.setdefault((r.month, r.day), set()).add(r.year)
    out.update({(-1, *k): next(iter(v)) for k, v in whole.items() if len(v) == 1})
    return out


# Adjectives of the relative days, read as the day ("v dnešní etapě", today's
# stage; "ο σημερινός γύρος"; "vyhrál včerejší etapu", yesterday's).
_ADJECTIVE_DAYS: dict[str, dict[str, tuple[str, ...]]] = {
    "cs": {"dnes": ("dnešní",), "vcera": ("včerejší",), "zitra": ("zítřejší",)},
    "el": {"σήμερα": ("σημεριν",), "χθες": ("χθεσιν", "χτεσιν"), "αύριο": ("αυριαν",)},
}
_ADJECTIVE_ENDINGS = {"cs": ("", "ho", "m", "mu", "ch", "mi"),
                      "el": ("ός", "ή", "ό", "ού", "ής", "ών", "οί", "ές", "ούς")}
# Proclitic "and" written onto a date word ("واليوم", and today; "וביום").
from .dates_lexicon_counts import AND_PREFIX as _AND_PREFIX  # noqa: E402


def token_key(key: str, lang: str, known) -> str:
    """The lexicon key a token's ``norm()`` key stands for: an adjective of a
    relative day its day ("dnešní" -> "dnes"); a word with "and" written onto
    it, the word (``known`` tells which keys are date words)."""
    found = _ADJECTIVES.get(lang, {}).get(key)
    if found:
        return found
    prefix = _AND_PREFIX.get(lang)
    if prefix and key.startswith(prefix) and len(key) > 3 and key not in known and key[1:] in known:
        return key[1:]
    return key


_ADJECTIVES: dict[str, dict[str, str]] = {
    lang: {norm(stem + end): norm(day) for day, stems in table.items() for stem in stems
           for end in _ADJECTIVE_ENDINGS[lang]}
    for lang, table in _ADJECTIVE_DAYS.items()}
# Languages that write a day as its number word ("सात और आठ जुलाई", 7 and 8 July).
WORD_DAYS = {"hi"}
# Words that name a day with an English weekday after them: holidays and days of
# history ("Good Friday", "Black Monday", "Super Tuesday", "Bloody Sunday")
_NAMED_DAY_WORDS = frozenset({"good", "black", "bloody", "super", "ash", "holy", "maundy", "cyber", "shrove",
                              "easter", "palm", "whit", "giving", "fat"})

# Ordinal words for a day of the month before its month name ("της εβδόμης
# Ιουλίου", "בשביעי ביולי", "בפיגוע השביעי ביולי"): Hebrew writes a
# one-letter preposition or its article onto them.
_HE_ORDINALS = ("ראשון", "שני", "שלישי", "רביעי", "חמישי", "שישי", "שביעי", "שמיני",
                "תשיעי", "עשירי")
_EL_ORDINALS = ("πρώτη", "δεύτερη", "τρίτη", "τετάρτη", "πέμπτη", "έκτη", "εβδόμη έβδομη",
                "όγδοη", "ένατη ενάτη", "δέκατη δεκάτη")
ORDINAL_DAYS: dict[str, dict[str, int]] = {
    "he": {norm(p + w): n for n, w in enumerate(_HE_ORDINALS, start=1) for p in ("ב", "ה", "ל")},
    "el": {norm(f + end): n for n, forms in enumerate(_EL_ORDINALS, start=1)
           for f in forms.split() for end in ("", "ς")},
}


class ContextChecks:
    """Predicates over the scanner's tokens about the words around token i."""

    def no_week(self, i: int, j: int, unit: str | None) -> bool:
        """Token i (a week word, or last/this/next before token j) is no one
        week: "el fin de semana pasado" is the weekend, "the coming weeks" a span."""
        if unit == "week":
            return bool(_WEEKEND & set(self.words_before(i, 2)))
        return self.key(j) in _WEEKS and self.mod(self.key(i)) is not None

    def in_context(self, i: int) -> bool:
        """A preposition or last/this/next word right before token i."""
        if not self.joined(i - 1, i):
            return False
        prev = self.key(i - 1)
        return prev in self.lex.prepositions or self.mod(prev) is not None or \
            (self.en is not None and prev in self.en.prepositions)

    def name_in_context(self, i: int) -> bool:
        """A month or weekday name (token i) with a preposition or last/next
        word before it, or a postposition after it ("मई में")."""
        after = _POSTPOSITIONS.get(self.lex.lang)
        return self.in_context(i) or bool(after) and self.joined(i, i + 1) and self.key(i + 1) in after

    def words_before(self, i: int, n: int = 4) -> list[str]:
        """The keys of up to ``n`` tokens joined in one phrase before token i."""
        k = i
        while k > max(0, i - n) and self.joined(k - 1, k):
            k -= 1
        return [self.key(j) for j in range(k, i)]

    def inside_number(self, i: int) -> bool:
        """Token i continues a number such as "3.6" or "1,200"."""
        return i > 0 and self.key(i - 1).isdigit() and \
            self.text[self.toks[i - 1].end:self.toks[i].start] in {".", ",", ":"}

    def noun_phrase(self, i: int) -> bool:
        """Token i is a Hebrew or Arabic date word in a noun phrase: an
        adjective of order follows it ("השנה האחרונה", "اليوم التالي"), or it
        is a month that is also a noun in construct before a word with the
        article ("במאי הסרטים") that is no date word ("במאי השנה", in May this year)."""
        if not self.joined(i, i + 1):
            return False
        lang, nxt = self.lex.lang, self.key(i + 1)
        if nxt in _ORDER_ADJECTIVES.get(lang, ()):
            return True
        article = _DEFINITE.get(lang)
        return self.key(i) in _CONSTRUCT_MONTHS.get(lang, ()) and bool(article) and \
            nxt.startswith(article) and (nxt,) not in self.lex.relative

    def ordinal_of_noun(self, i: int) -> bool:
        """Token i is a Hebrew ordinal with the article after a word with it:
        an adjective of that noun ("בסט הפיגועים השני ביולי", in the second
        set of attacks, in July), not a day of the month ("בפיגוע השביעי
        ביולי", in the attack of 7 July, keeps its day)."""
        article = _DEFINITE.get(self.lex.lang)
        return bool(article) and self.key(i).startswith(article) and self.joined(i - 1, i) and \
            self.key(i - 1).startswith(article) and not self.key(i - 1)[1:].isdigit()

    def decade(self, i: int) -> bool:
        """Year token i names a decade ("१९८० के दशक में", in the 1980s)."""
        words = _DECADE.get(self.lex.lang)
        if not words:
            return False
        j = self.nxt(i, self.lex.fillers)
        return j is not None and self.key(j) in words

    def _name_part(self, i: int) -> bool:
        """A capitalised month inside a name ("Rio de Janeiro", "Avenida de Mayo") in a
        language that writes months in lower case: not a date."""
        tok = self.toks[i]
        if not self.lex.lowercase_months or not tok.raw[:1].isupper() or i == 0:
            return False
        before = self.text[:tok.start].rstrip()
        return not before.endswith((".", "!", "?", ":", "\n", "«", "\"", "“")) and before != ""

    def named_day(self, i: int) -> bool:
        """Weekday token i is a day's name with the capitalised word before it
        ("Good Friday Agreement", "Black Monday", "Super Tuesday"; English, a
        closed list): a holiday or a day of history, not a day of the report's week."""
        if self.lex.lang != "en" or i == 0 or not self.joined(i - 1, i):
            return False
        before = self.toks[i - 1]
        return before.raw[:1].isupper() and before.key in _NAMED_DAY_WORDS

    def _before_participle(self, i: int) -> bool:
        """German "wurde 1949 gegründet": a year right before a past participle."""
        if self.lex.lang != "de" or not self.joined(i, i + 1):
            return False
        raw = self.toks[i + 1].raw
        return raw[:1].islower() and regex.fullmatch(r"(?:\p{Ll}+)?ge\p{Ll}{2,}(?:t|en)", raw) is not None
