"""What a summary shows of a sentence: the sentence less its wire furniture.

A report's first sentence often carries what says nothing of the event: a
dateline and agency credit ("PYONGYANG — ", "NEW YORK (AP) -- ",
"Wostotschny (dpa) - ", "MADRID (EFE).- "), sometimes behind a byline or a
photo credit ("Saturday November 13, 2004 8:16 PM AP Photo ... By RAVI
NESSMAN Associated Press Writer RAMALLAH, West Bank (AP) - ").  A summary
of a fixed number of words spends them on that, so :func:`trim` shows the
sentence without it.  Only punctuation and the shape of short spans are read
(a dash after a capitalised or upper-case place, a parenthesised credit of a
few words), so the rule is the same in every language the splitter reads.

Two trims, kept apart.  :func:`trim` (the dateline) is what a summary counts
against its budget and what every view shows.  :func:`compact` is for a
summary's show only: the same less asides in round brackets and, in
English, the time of the report's own days (" said on Tuesday", " last
week"), each cut only where the sentence reads whole without it.  The budget
still counts :func:`trim`'s words, so the same sentences are picked and only
what the reader is shown is shorter (h-summ16 measured the cuts counted by
the budget too: the freed words let in the next sentence of the ranking,
less of a reference than what is shown, and ROUGE-2 fell; h-summ17 shipped
them for show only).  A fact listed on its own is shown by :func:`trim`:
there a fact-checker reads the sentence whole.

Provenance holds by construction: a :class:`Trimmed` is a list of spans of
the sentence, and its text is those spans in order (:func:`shown`); the
cited sentence and its offsets stay the full sentence (``supports`` and
``sentence`` in the JSON, ``shown_spans`` the offsets of what is shown), and
:func:`derivable` checks that a text is such an extract.  A trim that would
leave fewer than :data:`MIN_WORDS` words is not made.

What else was measured and left out (docs/benchmarks.md, "Summaries"):
trailing attributions (", officials said on Tuesday.", ", according to
X."), speaker tags after quotes, leading one-word connectives ("However, ")
and appositives; an attribution also says who says so, which a fact-checker
reads.  Non-restrictive relative clauses, closing ", which …" and ", adding
that …" clauses lower ROUGE-2 even for show only: a reference keeps them
(h-summ16).
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from storyline.analyse.dates_lexicon import get_lexicon
from storyline.analyse.datelines import dateline_end

MIN_WORDS = 5  # a trim leaving fewer words than this is not made
ELLIPSIS = "…"

_WORD = regex.compile(r"\w+")
_TOKEN = regex.compile(r"\w+|[^\w\s]")


@dataclass(frozen=True)
class Trimmed:
    """``spans``: the (start, end) character ranges of the sentence shown, in
    order; ``text``: them joined (:func:`shown`)."""

    text: str
    spans: tuple[tuple[int, int], ...]


def shown(sentence: str, spans: tuple[tuple[int, int], ...], mark: bool = True) -> str:
    """The spans of ``sentence`` in order, " … " between two that leave
    something out (a cut at the start or the end is not marked; with
    ``mark`` false, none is: :func:`compact`)."""
    out = ""
    for k, (a, b) in enumerate(spans):
        piece = sentence[a:b]
        if mark and k and sentence[spans[k - 1][1]:a].strip():
            out = out.rstrip() + f" {ELLIPSIS} " + piece.lstrip()
        else:
            out += piece
    return out.strip()


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def trim(sentence: str) -> Trimmed:
    """``sentence`` as a summary shows it: without a leading dateline, unless
    fewer than :data:`MIN_WORDS` words would be left."""
    start, end = 0, len(sentence.rstrip())
    cut = dateline_end(sentence)
    if cut and _words(sentence[cut:end]) >= MIN_WORDS:
        start = cut
    spans = ((start, end),)
    return Trimmed(shown(sentence, spans), spans)


# --- for show only -------------------------------------------------------------------------------
# An aside in round brackets: no bracket inside, up to ASIDE_CHARS characters.  Square brackets are
# an editor's word put into a quotation ("He [Putin] said …") and are never cut.
ASIDE_CHARS = 80
_ASIDE = regex.compile(r"(?:\s+\(|\s*（)([^()（）\[\]]{1,%d})[)）]" % ASIDE_CHARS)  # not "player(s)"
# the dates stage's English weekdays and parts of the day (one vocabulary: analyse/dates_lexicon)
_DAYS = "|".join(sorted(w.capitalize() for w in get_lexicon("en").weekdays))
_WEEKDAY = regex.compile(_DAYS)
_PART = r"(?: (?:%s))?" % "|".join(sorted(get_lexicon("en").dayparts))
# English time adverbials of the report's own days: what day of the week it was, "last week"
_TIME = regex.compile(
    r" (?:(?:on )?(?:%s)%s|(?:earlier|later) (?:today|this (?:week|month|morning|afternoon|evening))"
    r"|(?:yesterday|today|tonight)%s|last (?:week|weekend|month|night|(?:%s)%s)"
    r"|this (?:week|weekend|morning|afternoon|evening))" % (_DAYS, _PART, _PART, _DAYS, _PART))
# the word before a time phrase that makes it the object of something ("since last week"), part of
# a list ("on Monday and on Tuesday") or a noun's ("the Tuesday meeting"): cut, the clause breaks
_BOUND_BEFORE = frozenset(
    "a an the this that these every each next last since until till from before after by than of for "
    "through as like to between during over and or nor but including unlike about around "
    "within late early midday noon midnight dawn dusk".split())
# what may follow a cut time phrase and leave the clause whole: its end, or a word that opens
# what the verb goes on with ("said on Tuesday that …", "crashed on Sunday in …")
_FREE_AFTER = frozenset(
    "that in at to after when while as for with near from amid following during before by on "
    "outside inside into off against across along under where because if".split())
# what a saying's time is said after: the report's date tells it, and nothing else of the event
SAYING = frozenset("said says told added stated confirmed announced reported "
                   "warned claimed insisted explained wrote".split())
_MONTHS = "|".join(sorted((w.capitalize() for w in (*get_lexicon("en").months, *get_lexicon("en").month_abbr)),
                          key=len, reverse=True))  # the dates stage's English months, whole and short
# a quotation, which a summary shows as said: no cut inside it ("We will win today," he said)
_QUOTED = regex.compile(r'“[^”]*”|„[^“”]*[“”]|«[^»]*»|"[^"]*"|\'\'.*?\'\'')


def _quoted(sentence: str) -> list[tuple[int, int]]:
    return [m.span() for m in _QUOTED.finditer(sentence)]


def _word_before(sentence: str, at: int) -> str:
    m = regex.search(r"(\w+)\W*$", sentence[:at])
    return m.group(1) if m else ""


def _asides(sentence: str, start: int) -> list[tuple[int, int]]:
    """Cuts of asides in round brackets after ``start``.  Kept: what facts
    align on and disagree over, a figure ("das Votum der Delegierten (88,9
    Prozent)" is the vote) or a name ("the storm (Daniel)", "the National
    Transportation Safety Board (NTSB)": the reader meets it again, "Janata
    Dal (United)" is a party's name), no word of it in lower case, so that in
    a script without capitals ("जनता दल (यूनाइटेड)") no aside is cut; one that
    opens the sentence; one not followed by a space, a punctuation mark or
    the sentence's end."""
    out = []
    for m in _ASIDE.finditer(sentence, start):
        inner, after = m.group(1).strip(), sentence[m.end():m.end() + 1]
        names = _WORD.findall(inner)
        if m.start() <= start or regex.search(r"\p{Nd}", inner) or (names and not any(w[0].islower() for w in names)):
            continue
        if after and not (after.isspace() or regex.match(r"\p{P}", after)):
            continue
        if after and after in ",.;:!?" and sentence[m.start() - 1:m.start()] in ",;:":
            continue  # ", (…)," would leave two marks together
        out.append((m.start(), m.end()))
    return out


def _times(sentence: str, start: int, act_days_kept: bool) -> list[tuple[int, int]]:
    """Cuts of English time adverbials (" on Tuesday", " last week"): only
    where the clause reads whole without it (:data:`_BOUND_BEFORE`,
    :data:`_FREE_AFTER`; "last week's", "on Tuesday, June 4" kept).  A word
    relative to the report's day ("today", "yesterday", "last week") goes:
    read in a summary of reports of several days, on another day, it tells
    the reader a wrong day, and each citation shows its report's date.  A
    day of the week goes, with ``act_days_kept``, only where it dates a saying
    (:data:`SAYING`): "The dam collapsed on Tuesday" keeps when it happened,
    "…, the ministry said on Tuesday" loses when it was said (the report's
    date tells that); without ``act_days_kept`` (measured, not shipped) every
    day goes.  "A day's date besides" was tried as a licence and read wrong:
    "Fattouh was to meet Sunday …" lost the meeting's day to the poll's
    "Jan. 9"; "cut rates on Thursday for the first time since 2019".
    """
    out = []
    for m in _TIME.finditer(sentence, start):
        a, b = m.start(), m.end()
        before = _word_before(sentence, a)
        tail = sentence[b:]
        if not before or before.casefold() in _BOUND_BEFORE or sentence[a - 1:a] in "([\"“'‘":
            continue
        if not m.group().startswith((" on ", " last ")) and _WEEKDAY.match(m.group(), 1) and not before.islower():
            continue  # a bare day after a name: "Black Friday", "Super Tuesday", "met Kim Tuesday"
        if regex.match(r"['’]s\b|-|,? (?:%s|\d)" % _MONTHS, tail):
            continue  # "last week's vote", "on Tuesday, June 4": a part of a name or of the date
        nxt = regex.match(r"\s*(\w+)", tail)
        if tail[:1] == "," and sentence[a - 1:a] == ",":
            a, b = a - 1, b + 1  # ", on Tuesday," between commas: both go
        elif not (regex.match(r"\s*(?:[\p{P}]|$)", tail) or (nxt and nxt.group(1) in _FREE_AFTER)):
            continue
        if act_days_kept and _WEEKDAY.search(m.group()) and before.casefold() not in SAYING:
            continue  # the day an act happened on
        out.append((a, b))
    return out


def compact(sentence: str, lang: str, act_days_kept: bool = True) -> Trimmed:
    """``sentence`` as a summary shows it (:func:`trim`), less what a reader of
    a summary does without and the sentence reads whole without: asides in
    round brackets in every language (:func:`_asides`), and in English the
    time of the report's own days (:func:`_times`; English only: the phrases
    are words, and only English summaries have references to measure them).
    For show only: the budget counts :func:`trim`'s words, so a summary picks
    the same sentences and shows them shorter, and the citation is the whole
    sentence.  Cut mid-sentence without a mark: what is left is a sentence of
    its own, and " … " mid-sentence reads as a misquote.
    Nothing is cut inside a quotation: a summary shows it as said.
    Not made where fewer than :data:`MIN_WORDS` words would be left."""
    base = trim(sentence)
    (start, end), = base.spans
    cuts = _asides(sentence, start)
    if lang == "en":
        cuts += [c for c in _times(sentence, start, act_days_kept)
                 if not any(a < c[1] and c[0] < b for a, b in cuts)]
    quotes = _quoted(sentence)
    cuts = [(a, b) for a, b in cuts if not any(q < b and a < r for q, r in quotes)]
    if not cuts:
        return base
    spans, at = [], start
    for a, b in sorted(cuts):
        if a > at:
            spans.append((at, a))
        at = max(at, b)
    if at < end:
        spans.append((at, end))
    text = shown(sentence, tuple(spans), mark=False)
    if _words(text) < MIN_WORDS:
        return base
    return Trimmed(text, tuple(spans))


def derivable(text: str, sentence: str) -> bool:
    """``text`` is pieces of ``sentence`` in order, joined by " … " or by
    nothing (:func:`compact`): what a reader is shown can be found in the
    sentence cited for it, every word and mark of it in the sentence's order."""
    own = iter(_TOKEN.findall(sentence))
    return all(any(t == o for o in own) for t in _TOKEN.findall(text.replace(ELLIPSIS, " ")))
