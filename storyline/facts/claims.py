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
from bisect import bisect_left

import regex

from storyline.analyse.dates_happenings import happening_word
from storyline.analyse.sentences import (heading_lines, one_line, opens_with_prompt, split_sentences,
                                         written_in_capitals)
from storyline.clean.menus import holds_menu
from storyline.facts.clauses import claim_parts
from storyline.facts.context import (REPORTING_VERBS, REPORTING_VERBS_UNSPACED, SAYING, SOURCE_PHRASES,
                                     SOURCE_PHRASES_UNSPACED, concept_word, context_words, cue_pattern, told_at)
from storyline.facts.figures import clock_times, digits, numbers_in
from storyline.facts.model import ClaimSentence
from storyline.facts.speakers import speaking
from storyline.records import Article

MIN_WORDS = 5  # shorter than this is a heading, a caption or a fragment
MIN_CJK_CHARS = 10  # CJK writes no spaces: count characters instead
MAX_CHARS = 600  # a longer "sentence" is a paragraph the splitter could not cut

_YEAR = re.compile(r"(?<![\d.,])(1[89]\d\d|20\d\d)(?![\d.,]\d)")  # a year named: "en 1960", "in April 2019"
# A decade, which names no one year: "the 1970s", "the 1990's", "die 1970er Jahre", "в 1970-х годах",
# "1980 के दशक में", "les années 1970", "negli anni 2000", "los años 1980", "a década de 1990".
_DECADE = re.compile(r"(?<![\d.,])(?:1[89]\d0|20\d0)(?:s\b|['’]s\b|er\b|\s?-\s?(?:е|х|ые|ых|м|ми)\b|\s+(?:के\s+)?दशक)"
                     r"|\b(?:les\s+années|(?:gli|negli|degli|agli)\s+anni|(?:los|las|os|nos|dos)\s+(?:años|anos)"
                     r"|d[ée]cadas?\s+d[eo])\s+(?:1[89]\d0|20\d0)\b", re.IGNORECASE)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
# a sentence that says who says it is a claim whatever else it holds: the
# reporting cues of :mod:`~storyline.facts.context`, and more that never date a telling
_REPORTING = cue_pattern(
    SOURCE_PHRASES + REPORTING_VERBS
    + ("claimed", "teilte", "bestätigte", "kündigte", "betonte", "warnte", "hieß es",
       "seien", "habe", "werde", "könne"),  # German indirect speech ("sei" is Italian "six": below)
    SOURCE_PHRASES_UNSPACED + REPORTING_VERBS_UNSPACED + ("قال", "وفقا", "据", "表示", "宣布"))
# cues that are other words in other languages, read only in their own: German
# "sei" (Konjunktiv I of "sein", the mood of reported speech: "Der Impuls sei von
# den berechneten Werten abgewichen") is Italian "six" and Portuguese "I know"
_REPORTING_IN = {"de": cue_pattern(("sei",))}
# words of a caseless script in quotation marks: the title of a thing ("… ने 'व्यापक रणनीतिक
# साझेदारी' संधि पर हस्ताक्षर किए", the treaty's name), which a script without capitals marks
# no other way, so the entity stage finds no name there; two words at least, the opening mark
# after a space, so that an apostrophe opens nothing.  (In a cased script quotes are mostly
# speech, which a reporting verb marks: read there, they cost `bench summaries` 0.0007 ROUGE-2.)
_QUOTED = regex.compile(r"""(?:^|(?<=[\s(\[—–-]))['‘"“«„]\s?\p{Lo}[\p{Lo}\p{M}\s]*\s\p{Lo}[\p{Lo}\p{M}]*\s?['’"”»“](?=[\s.,;:!?)\]]|$)""")
_WORD = regex.compile(r"[\p{L}\p{M}]+")
_TOLLS = ("dead", "injured", "missing")  # the concepts a casualty word names; "magnitude" holds "Stärke" (strength)




def report_key(article: Article, originals: dict[str, Article]) -> str:
    """The independent report an article belongs to: a copy counts as its
    original; a named source is one report; an unknown source is its own."""
    a = originals.get(article.duplicate_of or "", article) if article.duplicate_of else article
    return (a.source or "").strip().casefold() or f"article:{a.id}"


def is_substantive(text: str) -> bool:
    """Long enough to be prose (not a heading, caption or fragment) and short
    enough to be one sentence (not a paragraph the splitter could not cut),
    and neither a heading in capitals nor holding a menu of "|"-separated links
    (page furniture the cleaner left inside a line of prose) nor a prompt to
    read another story ("READ MORE: …", the linked headline after it)."""
    if len(text) > MAX_CHARS or holds_menu(text) or written_in_capitals(text) or opens_with_prompt(text):
        return False
    size = len(_CJK.findall(text)) if _CJK.search(text) else len(text.split())
    return size >= (MIN_CJK_CHARS if _CJK.search(text) else MIN_WORDS)


def is_claim(text: str, has_name: bool, has_number: bool, has_date: bool, lang: str | None = None) -> bool:
    """Substantive, and states who, how many or when, or says who says it.

    A year the sentence names is a when even where the date stage resolves no
    date from it ("Договор заменит базовые документы 1961 и 2000 годов", "seit
    der Weltmeisterschaft 1966"): figures leave years out as the date stage's
    business, and a bare year is too coarse a date to be stored as one."""
    if not is_substantive(text):
        return False
    cue = _REPORTING_IN.get(lang or "")
    return (has_name or has_number or has_date or bool(_YEAR.search(digits(text)))
            or bool(_REPORTING.search(text)) or bool(cue and cue.search(text)) or bool(_QUOTED.search(text))
            or states_happening(text, lang))


def named_years(text: str) -> list[int]:
    """The years a sentence names outright ("en 1960", "the 2011 uprising"), a
    decade left out ("built … in the 1970s", "les années 1970": :data:`_DECADE`).
    A decade read as its first year set "The Abu Mansour and Derna dams …
    built … in the 1970s …" apart, as said of another time, from every sentence
    naming no year (:func:`~storyline.facts.agreement.one_sided`), and split the
    demo's Derna death-toll fact; a sentence naming one is still a claim
    (:func:`is_claim`: a decade is a when)."""
    plain = _DECADE.sub(lambda m: " " * len(m.group()), digits(text))
    return sorted({int(y) for y in _YEAR.findall(plain)})


def states_happening(text: str, lang: str | None) -> bool:
    """The sentence names the dead, the injured or the missing (a word of
    :data:`~storyline.facts.context.CONCEPTS`: "killed", "blessés", "погибли") or an
    unscheduled happening (:func:`~storyline.analyse.dates_happenings.happening_word`:
    "the disaster", "des éboulements").  Such a sentence states what happened
    with no name in it ("Roads into the mountains were blocked by landslides …
    after the disaster"): it was a claim only while the entity stage took the
    common word opening it for a name ("Roads", "Families": names VERSION 44)."""
    words = [w.casefold() for w in _WORD.findall(text)]
    return any(concept_word(w) in _TOLLS or happening_word(lang or "", w, events=False) for w in words)


def sentence_spans(article: Article) -> list[tuple[int, int, bool]]:
    """``(start, end, is_claim)`` for every sentence of the article's text:
    what the store keeps (offsets, not text)."""
    headings = heading_lines(article.text)
    marks = Marks(article)
    return [(start, end, claim_at(article, start, end, headings, marks))
            for start, end, _ in split_sentences(article.text, article.lang)]


class _ByStart:
    """Mentions found by bisection on their start, returned in their stored order."""

    def __init__(self, items) -> None:
        self.items = sorted(enumerate(items), key=lambda p: p[1].start)
        self.starts = [item.start for _, item in self.items]

    def within(self, start: int, end: int) -> list:
        lo, hi = bisect_left(self.starts, start), bisect_left(self.starts, end)
        return [item for _, item in sorted(self.items[lo:hi], key=lambda p: p[0])]


class Marks:
    """An article's name mentions and the date mentions the facts stage reads
    (not weeks, "last week", "vor zwei Wochen": a week says no day a report
    could state against another's, a day inside it is no conflict), for each
    sentence to take the ones it holds.  Built
    once per article: scanning every mention for every sentence made a
    one-line report of 6,000 sentences and names take seconds per read."""

    def __init__(self, article: Article) -> None:
        self.names = _ByStart(article.entities)
        self.dates = _ByStart([d for d in article.dates if d.precision != "week"])


def claim_at(article: Article, start: int, end: int, headings: list[tuple[int, int]],
             marks: Marks | None = None) -> bool:
    """Whether the sentence at ``[start, end)`` states a claim (a name, figure, date or reporting
    cue; no crosshead): the filter :func:`claim_sentences` applies, public so the summary
    benches can say which of the oracle's sentences it dropped.  ``marks``: the article's
    :class:`Marks`, when many of its sentences are asked."""
    if any(a <= start and end <= b for a, b in headings):
        return False  # a crosshead states no fact of its own
    text = article.text[start:end]
    if marks is None:
        marks = Marks(article)
    names = bool(marks.names.within(start, end))
    dates = marks.dates.within(start, end)
    # numbers in words of the article's language count ("lasted about five hours")
    nums = numbers_in(text, [(d.start - start, d.end - start) for d in dates], article.lang)
    return is_claim(text, names, bool(nums), bool(dates), article.lang)


def _reread(article: Article, spans: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """Stored offsets with each sentence stored as no claim read again: a
    flag stored before numbers in words were read ("fünf Stunden") would
    keep such a sentence out until its article's text is split again."""
    if all(claim for _, _, claim in spans):
        return spans
    headings, marks = heading_lines(article.text), Marks(article)
    return [(s, e, claim or claim_at(article, s, e, headings, marks)) for s, e, claim in spans]


def _date_context(text: str, offset: int, dates) -> dict[str, frozenset[str]]:
    """The words around every mention of each date ("Tuesday (September 12)" is two mentions)."""
    out: dict[str, frozenset[str]] = {}
    for d in dates:
        if d.precision in ("day", "month"):
            out[_iso(d)] = out.get(_iso(d), frozenset()) | context_words(text, d.start - offset, d.end - offset)
    return out


def _name_context(text: str, offset: int, ments) -> dict[str, frozenset[str]]:
    """The words next to every mention of each person or place (two words a side:
    a name's role is said by its neighbours, "Foreign Minister ... took part"),
    a short verb of speech among them (:data:`~storyline.facts.context.SAYING`:
    "मोदी ने कहा", "Lagarde a dit"), so the name reads as its speaker's."""
    out: dict[str, frozenset[str]] = {}
    for m in ments:
        if m.label in ("PERSON", "PLACE"):
            out[m.key] = out.get(m.key, frozenset()) | context_words(text, m.start - offset, m.end - offset, 2,
                                                                     keep=SAYING)
    return out


def _speakers(text: str, offset: int, ments) -> list[str]:
    """The people the sentence gives as speaking (:func:`~storyline.facts.speakers.speaking`,
    any of their mentions), every name it holds (a place, a body) taking a verb after it from
    a person before ("Putin met Kim, who said")."""
    people = [m for m in ments if m.label == "PERSON"]
    said = speaking(text, [(m.start - offset, m.end - offset) for m in people],
                    [(m.start - offset, m.end - offset) for m in ments])
    return sorted({m.key for m, speaks in zip(people, said) if speaks})


def year_written(mention) -> bool:
    """The sentence writes the mention's year ("7 juillet 2005"; "the July 7
    bombings ... on July 7, 2005"), rather than the resolver taking the year
    nearest the report ("7 يوليو" in a 2009 report on the 2005 bombings
    reads 2009-07-07)."""
    return str(mention.value.year) in _YEAR.findall(digits(mention.sentence or mention.text))


def _first_text(texts: dict[str, str]) -> dict[str, str]:
    """Each key's first mention as written, one line (built from the mentions in
    reverse, so the first one wins)."""
    return {k: " ".join(v.split()) for k, v in texts.items()}


def _iso(d) -> str:
    return d.value.isoformat() if d.precision == "day" else d.value.isoformat()[:7]


def claim_sentences(article: Article, report: str,
                    spans: list[tuple[int, int, bool]] | None = None,
                    limit: int | None = None) -> list[ClaimSentence]:
    """The article's claim sentences with their names, numbers and dates; a sentence
    stating two claims joined by a semicolon gives each (:func:`~storyline.facts.clauses.claim_parts`)."""
    spans = sentence_spans(article) if spans is None else _reread(article, spans)
    out: list[ClaimSentence] = []
    marks = Marks(article)
    headings = heading_lines(article.text)
    parts = [(idx, s, e) for idx, (start, end, claim) in enumerate(spans) if claim
             for s, e in claim_parts(article.text, start, end, article.lang,
                                     lambda s, e: claim_at(article, s, e, headings, marks))]
    for idx, start, end in parts:
        text = article.text[start:end]  # offsets are the article's; shown on one line below
        ments = [m for m in marks.names.within(start, end) if m.key]
        dates = marks.dates.within(start, end)
        skip = [(d.start - start, d.end - start) for d in dates]
        facts = [d for d in dates if d.precision in ("day", "month")
                 and not told_at(text, d.start - start, d.end - start)]
        out.append(ClaimSentence(
            article_id=article.id, idx=idx, start=start, end=end, text=one_line(text), lang=article.lang,
            source=article.source, report=report,
            published=article.published.isoformat() if article.published else None,
            duplicate_of=article.duplicate_of, position=len(out),
            numbers=numbers_in(text, skip, article.lang), times=clock_times(text),
            names=sorted({m.key for m in ments}),
            people=sorted({m.key for m in ments if m.label == "PERSON"}),
            places=sorted({m.key for m in ments if m.label == "PLACE"}),
            dates=sorted({_iso(d) for d in dates if d.precision in ("day", "month")}),
            fact_dates=sorted({_iso(d) for d in facts}),
            unsure_dates=sorted({_iso(d) for d in facts if not d.firm} - {_iso(d) for d in facts if d.firm}),
            year_guessed=sorted({_iso(d) for d in facts if not year_written(d)}),
            date_context=_date_context(text, start, dates),
            years=named_years(text),
            name_context=_name_context(text, start, ments),
            speakers=_speakers(text, start, ments),
            date_text=_first_text({_iso(d): d.text for d in reversed(dates) if d.precision in ("day", "month")}),
            name_text=_first_text({m.key: m.text for m in reversed(ments)})))
        if limit is not None and len(out) >= limit:
            break
    return out
