"""DATES stage: when was the article published, and which dates does it mention?

Events are grouped and stories laid out on a timeline, so "Putin visited on
Wednesday" must become 2024-06-19, not the string "Wednesday".  Two jobs:

* ``publication_date`` finds the article's own date from metadata, a header
  line, the URL or an explicit date at the top of the text;
* ``resolve_dates`` finds every date mention and resolves relative ones
  ("last September", "बुधवार को", "в прошлом году") against that date.

The publication date is read in dates_published.py (re-exported here); the
mention grammar lives in dates_scan.py (vocabulary in dates_lexicon.py,
resolution in dates_relative.py).  dateparser -- the maintained library for
parsing dates in 200 locales -- supplies the vocabulary, parses metadata
strings and adds the "N days/months/years ago" offsets the grammar leaves to it.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import lru_cache

import regex

from storyline.records import DateMention

from .dates_anchored import anchored_day, anchored_phrases
from .dates_context import counts_from_event, stated_years, superlative_span
from .dates_published import (  # noqa: F401 -- re-exported: the stage's public names
    date_field_doubt, date_field_problem, publication_date, read_date_field, strip_date_header)
from .dates_lexicon import get_lexicon, norm
from .dates_relative import resolve
from .dates_numbers import COORDINATORS
from .dates_scan import Ref, scan_dates
from .dates_tense import NONE, PAST, lean, sentence_leans

_SENT_BREAK = regex.compile(r"[.!?।॥]+[\"'”’»)\]]*\s+|\s*\n\s*")


# --- sentences ----------------------------------------------------------------------
def _fallback_sentences(text: str) -> list[tuple[int, int, str]]:
    """Split at . ! ? । and newlines, not after "6." or an initial ("J.")."""
    out, start = [], 0
    for m in _SENT_BREAK.finditer(text):
        if m.group()[0] == "." and regex.search(r"(?:^|[^\w])(?:\d{1,2}|\p{Lu})$", text[start:m.start()]):
            continue
        end = m.start() + len(m.group().rstrip())
        if text[start:end].strip():
            out.append((start, end, text[start:end].strip()))
        start = m.end()
    if text[start:].strip():
        out.append((start, len(text), text[start:].strip()))
    return out


def _sentences(text: str, lang: str) -> list[tuple[int, int, str]]:
    try:
        from storyline.analyse.sentences import split_sentences
    except ImportError:
        return _fallback_sentences(text)
    return split_sentences(text, lang)


# --- mentions -------------------------------------------------------------------------
@lru_cache(maxsize=32)
def _ago_words(lang: str) -> tuple[set[str], set[str], set[str], set[tuple[str, ...]]]:
    """dateparser's "ago", unit and skip words for ``lang`` (norm()-ed), and
    its "ago" phrases as word tuples (("il", "y", "a"))."""
    from dateparser.languages.loader import default_loader

    try:
        info = default_loader.get_locale(lang).info
    except Exception:
        return set(), set(), set(), set()
    not_ago = get_lexicon(lang).not_ago
    phrases = {tuple(norm(w) for w in regex.findall(r"\w+", p)) for p in info.get("ago", [])}
    phrases = {p for p in phrases if p and not set(p) & not_ago}
    ago = {w for p in phrases for w in p}
    units = {norm(w) for u in ("day", "month", "year") for w in info.get(u, []) if len(w) > 1}
    skip = {norm(w) for w in info.get("skip", []) if w.strip()}
    return ago, units, skip, phrases


def _has_phrase(keys: list[str], phrases: set[tuple[str, ...]]) -> bool:
    """A whole "ago" phrase stands in ``keys``: "il y a", not the "a" of "âgé
    de 70 ans, a eu des problèmes" (read as 70 years ago before)."""
    return any(tuple(keys[k:k + len(p)]) == p for p in phrases for k in range(len(keys) - len(p) + 1))


def _offsets(text: str, published: dt.date, lang: str, taken: list[Ref],
             sentences: list[tuple[int, int, str]]) -> list[tuple[Ref, dt.date, str]]:
    """"3 days ago", "vor zwei Jahren", "2 दिन पहले" via dateparser's search.

    Only spans made of an "ago" word and a day/month/year unit are kept:
    everything else dateparser finds (bare numbers, "may", month and weekday
    names) is either a false positive or already covered by the grammar.
    dateparser's search is slow, so it only reads sentences with an "ago" word.
    """
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    ago, units, skip, phrases = _ago_words(lang)
    lex = get_lexicon(lang)
    if not ago:
        return []
    settings = {"RELATIVE_BASE": dt.datetime.combine(published, dt.time(12)),
                "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    found: list[tuple[int, str]] = []
    try:
        parser = DateDataParser(languages=[lang], settings=settings)
        for s_start, s_end, _ in sentences:
            chunk = text[s_start:s_end]
            if ago & {norm(w) for w in regex.findall(r"\w+", chunk)}:
                found += [(s_start, span) for span, _ in
                          search_dates(chunk, languages=[lang], settings=settings) or []]
    except Exception:  # dateparser has no data for this language
        return []
    out, cursor = [], 0
    for s_start, span in found:
        start = text.find(span, max(cursor, s_start))
        if start < 0:
            continue
        cursor = start + len(span)
        words = [(w.start(), w.end(), norm(w.group())) for w in regex.finditer(r"\w+", span)]
        keys = {k for _, _, k in words}
        around = [norm(w) for w in regex.findall(r"\w+", text[max(0, start - 12):start + len(span)])]
        if not (keys & ago and keys & units and _has_phrase(around, phrases)):
            continue
        # Trim the words dateparser swept in around the offset ("five years
        # ago the", "से 2 महीने पहले"); a word naming another event ("से")
        # just before the offset means it is not counted from publication.
        first = next((k for k, w in enumerate(words) if w[2] not in skip), len(words) - 1)
        last = max(k for k, w in enumerate(words) if w[2] in ago | units)
        before = [norm(w) for w in regex.findall(r"\w+", regex.split(r"[.!?।;]", text[max(0, start - 60):start])[-1])]
        if {w[2] for w in words[:first]} & lex.event_before or counts_from_event(before, lex) \
                or superlative_span(before, lang):
            continue
        said = [k for k, w in enumerate(words) if w[2] in ago]
        if said and all(words[k][2] in lex.preposed_ago for k in said) and \
                min(said) > min(k for k, w in enumerate(words) if w[2] in units):
            continue  # "9 Tage vor den Anschlägen": before something else
        start, end = start + words[first][0], start + words[last][1]
        span = text[start:end]
        if any(r.start < end and start < r.end for r in taken):
            continue
        data = parser.get_date_data(span)
        if data.date_obj is None or data.period not in ("day", "time", "month", "year"):
            continue
        d = data.date_obj.date()
        if data.period == "month":
            d, precision = d.replace(day=1), "month"
        elif data.period == "year":
            d, precision = d.replace(month=1, day=1), "year"
        else:
            precision = "day"
        out.append((Ref(start, end), d, precision))
    return out


def resolve_dates(text: str, published: dt.date | None, lang: str) -> list[DateMention]:
    """Every date ``text`` mentions, resolved against ``published``, in text order.

    ``value`` is the first day of the period, ``precision`` "day", "month" or
    "year", ``sentence`` the sentence holding the mention (for citations).
    Without a publication date only absolute dates are returned.
    """
    if not text:
        return []
    lang = (lang or "en").split("-")[0].split("_")[0].lower()
    lex = get_lexicon(lang)
    sentences = _sentences(text, lang)
    refs = scan_dates(text, lang)
    resolved: list[tuple[Ref, dt.date, str, bool]] = []
    prev: tuple[Ref, str] | None = None
    stated = stated_years(refs, [_sentence_at(sentences, r.start, text)[0] for r in refs])
    for ref in refs:
        sent = _sentence_at(sentences, ref.start, text)
        if ref.year is None and ref.day is not None and ref.mod is None and ref.year_delta is None:
            year = stated.get((sent[0], ref.month, ref.day)) or stated.get((-1, ref.month, ref.day))
            ref = replace(ref, year=year) if year else ref
        toward = NONE
        if prev and _coordinated(text[prev[0].end:ref.start]):
            toward = prev[1]  # "für Donnerstag und Freitag": one lean for both
        elif published and ref.year is None and ref.mod in (None, 0) and not _attribute(text, ref, lex):
            toward = lean(lang, text[sent[0]:sent[1]], ref.start - sent[0], ref.end - sent[0], ref.ambiguous)
        prev = (ref, toward)
        if ref.ahead and sentence_leans(lang, _semicolon_part(text, sent, ref)) == {PAST}:
            continue  # "for the second time in two days", "killed 20 in three days": a span, not a date
        hit = resolve(ref, published, toward)
        if hit:
            resolved.append((ref, *hit, toward != NONE or not _turns(ref)))
    if published:
        resolved += [(*hit, True) for hit in _offsets(text, published, lang, refs, sentences)]
    resolved.sort(key=lambda item: item[0].start)
    resolved = _anchor_days(text, lang, sentences, resolved)
    return [DateMention(text=text[r.start:r.end], start=r.start, end=r.end, value=value,
                        precision=precision, sentence=_sentence_at(sentences, r.start, text)[2], firm=firm)
            for r, value, precision, firm in resolved]


def _anchor_days(text: str, lang: str, sentences: list[tuple[int, int, str]],
                 resolved: list[tuple[Ref, dt.date, str, bool]]) -> list[tuple[Ref, dt.date, str, bool]]:
    """``resolved`` with each "the previous day", "la veille", "накануне" counted from the
    last day named before it in its sentence (dates_anchored.py), or, when its sentence
    names no day at all, from the last day the sentence just before it in its paragraph
    names ("The Prologue will be on Saturday, the 7th of July. Stage One will be on the
    following day"), when it counts forward: a day *before* the one the sentence before names
    is background to it ("встретились в среду … бронепоезде, который накануне пересёк
    границу", the demo's a-003), and :func:`storyline.timeline.happened_day` takes the
    earliest day two reports' leads name, so reading it put the Putin–Kim meeting on the
    train's crossing day.  One with neither is left as it was read (Arabic "اليوم السابق",
    from the report's day) or unread."""
    phrases = anchored_phrases(text, lang)
    if not phrases:
        return resolved
    named = [item for item in resolved if item[2] == "day"
             and not any(_overlaps(item[0], phrase) for phrase in phrases)]
    out = list(resolved)
    for phrase in phrases:
        sent = _sentence_at(sentences, phrase.start, text)
        # a named day, not another counted one: in "el miércoles dimitió; el día anterior lo había
        # negado y al día siguiente se fue" he left the day after Wednesday, not after Tuesday
        anchor = next((item for item in reversed(named)
                       if sent[0] <= item[0].start and item[0].end <= phrase.start), None)
        if anchor is None and phrase.days > 0 and not any(sent[0] <= item[0].start < sent[1] for item in named):
            anchor = _previous_sentence_day(text, sentences, sent, named)
        if anchor is None:
            continue
        out = [item for item in out if not _overlaps(item[0], phrase)]
        out.append((Ref(phrase.start, phrase.end), anchored_day(anchor[1], phrase), "day", anchor[3]))
    out.sort(key=lambda item: item[0].start)
    return out


def _previous_sentence_day(text: str, sentences: list[tuple[int, int, str]], sent: tuple[int, int, str],
                           named: list[tuple[Ref, dt.date, str, bool]]) -> tuple[Ref, dt.date, str, bool] | None:
    """The last day named in the sentence just before ``sent``, when both stand in one
    paragraph: "on August 7, 2002, … Secretary Roche wrote …. The day after, William
    Swanson … asked" (Wikinews dev, wn038-0).  Only that one sentence: a day named two
    sentences back is as often another story's as the one counted from, and a month or
    year named there gives no day to count from."""
    before = [s for s in sentences if s[1] <= sent[0]]
    if not before or "\n" in text[before[-1][1]:sent[0]]:
        return None
    prev = before[-1]
    return next((item for item in reversed(named) if prev[0] <= item[0].start and item[0].end <= prev[1]),
                None)


def _overlaps(ref: Ref, phrase) -> bool:
    return ref.start < phrase.end and phrase.start < ref.end


def _semicolon_part(text: str, sent: tuple[int, int, str], ref: Ref) -> str:
    """The part of the sentence holding ``ref`` between semicolons, which
    join two sentences ("met the strikers; talks resume in three days")."""
    lo = text.rfind(";", sent[0], ref.start) + 1 or sent[0]
    hi = text.find(";", ref.end, sent[1])
    return text[lo:hi if hi >= 0 else sent[1]]


def _turns(ref: Ref) -> bool:
    """The day ``ref`` names depends on which way it points, and it does not
    say: a bare weekday ("ve středu"), a day of an unnamed month ("el día 15")
    or an offset whose sign the tense gives (Hindi "कल", Arabic "خلال يومين").
    With no tense cue the resolver takes the nearer day, which is not firm.
    (A day and month without a year turn only in their year, which the
    facts stage tells apart: :func:`storyline.facts.claims.year_written`.)"""
    if ref.year is not None or ref.mod in (-1, 1) or ref.week_delta is not None:
        return False
    if ref.unit:
        return ref.ambiguous
    if ref.weekday is not None:
        return ref.month is None and ref.mod is None
    return ref.day is not None and ref.month is None



def _attribute(text: str, ref: Ref, lex) -> bool:
    """A month named after "of" ("les chiffres de février", "los datos de mayo"):
    the period something is about, which the verb's tense does not place."""
    if ref.month is None or ref.day is not None or ref.weekday is not None:
        return False
    before = regex.search(r"(\w+)[\s']*$", text[max(0, ref.start - 20):ref.start])
    return bool(before) and norm(before.group(1)) in lex.fillers and norm(before.group(1)) != "the"


def range_end(first: DateMention, second: DateMention) -> bool:
    """``second`` closes a range of days that ``first`` opens in one sentence
    ("the night of 10 to 11 September", "с 15 по 17 марта", "du 30 novembre au
    12 décembre"): both days are dates the text gives, but a timeline places the
    range once, at its first day.  The words between them are found in the
    sentence by the mentions' texts and distance."""
    gap_len = second.start - first.end
    if first.precision != "day" or second.precision != "day" or first.sentence != second.sentence \
            or not first.value < second.value or not 0 < gap_len <= 16:
        return False
    sentence, p = first.sentence, first.sentence.find(first.text)
    while p >= 0:
        after = p + len(first.text)
        if sentence.startswith(second.text, after + gap_len):
            gap = sentence[after:after + gap_len]
            return bool(regex.search(r"\w|[-–]", gap)) and _coordinated(gap)
        p = sentence.find(first.text, p + 1)
    return False


def _coordinated(gap: str) -> bool:
    """The text between two date expressions only joins them ("and", "bis", "–")."""
    words = regex.findall(r"\w+", gap)
    return len(words) <= 2 and all(norm(w) in COORDINATORS for w in words) and \
        not regex.search(r"[.;!?]", gap)


def _sentence_at(sentences: list[tuple[int, int, str]], pos: int, text: str) -> tuple[int, int, str]:
    """The (start, end, text) sentence holding ``pos``; its line as a fallback."""
    for s in sentences:
        if s[0] <= pos < s[1]:
            return s
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    return start, end, text[start:end].strip()
