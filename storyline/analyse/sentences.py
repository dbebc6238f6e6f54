"""Sentence splitting for many scripts.

Sentences are the unit of citation (dates, facts, summaries all point back to
one), so the splitter must work for Latin, Cyrillic, Devanagari (danda "।"),
Arabic and CJK punctuation without a per-language model.  A regex splitter with
an abbreviation guard is enough for news prose and costs nothing to load.
"""
from __future__ import annotations

import re

import regex

from storyline.clean.phrases import CROSS_LINK_LOOSE
from storyline.analyse.datelines import dateline_end

# Sentence-final punctuation across scripts: . ! ? … । ॥ ؟ 。 ！ ？
_END = r"[.!?…।॥؟。！？]"
# CJK full-width stops end a sentence with no space after them (CJK writes none)
_CJK_END = r"[。！？]+[”’」』）》]*"
# Hindi typed with a bar for its danda ("… लंदन से हैं | सभी ब्रिटिश नागरिक हैं |", the
# multilingual file): a bar after a Devanagari letter ends a sentence as "।" does (a menu's bars
# stand between labels in any script, and the cleaner takes menu lines out first)
_BAR_DANDA = r"(?<=[\u0900-\u097F]) ?\|(?!\|)"
_SPLIT = re.compile(rf"({_CJK_END}|{_END}+[\"'”’»)\]]*|{_BAR_DANDA})(\s+|$|(?<=[。！？”’」』）》]))|(\n+)")
# Short tokens before a period that do not end a sentence (titles, initials).
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Col|Lt|Sgt|Gov|Sen|Rep|Jr|Sr|Co|"
    r"No|Nr|vs|etc|ca|z\.B|bzw|Hr|Fr|Dres|Sra|Sr|Mme|M|г|гг|т\.е|им|ул|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b[A-ZА-Я])\.$"
)
# A company's legal form ends a sentence only where the next word starts one, in capitals: "Time
# Warner Cable and Sprint Corp. are close to a deal", "Vonage Holdings Corp. and Packet8",
# "Cablevision Systems Corp. (NYSE: CVC)", "Union Corp. инвестировал", "… International Inc.
# 的首席执行官" go on (Wikinews wn083's summary showed "are close to a deal …" alone); so do
# another legal form and a title after it ("… Co. NV", "Apple Inc. Chief Executive …"), but
# "… Exhibitor Relations, Inc. Cartoon-turned-live-action comedy Fat Albert debuted …" (wn091)
# is two sentences.  "Co." stays in :data:`_ABBREV`: it is also a county ("Co. Cork") and
# "& Co.", followed by a name either way.
_COMPANY = re.compile(r"\b(?:Corp|Corpn|Cos|Inc|Ltd|LLC|Plc|PLC|Bhd|Pty)\.$")
_STARTS_SENTENCE = regex.compile(r"[\"'“‘«]?\p{Lu}")
_COMPANY_GOES_ON = regex.compile(
    r"(?:Co|Corp|Inc|Ltd|LLC|Limited|plc|PLC|Plc|N\.?V|AG|SA|S\.A|SE|KG|GmbH|AB|ASA|Pty|Bhd"
    r"|CEO|CFO|COO|Chief|Chairman|Chairwoman|President|Vice|Executive|Managing|Director|Founder|[Ss]pokes\w+)\b")
_NUMBER_STOP = re.compile(r"(?<!\d)\d{1,2}\.$")  # "13. September", "am 3. Mai"
# A month abbreviated after its day, in the lower case of the Romance languages too: a wire
# dateline's "Berlín, 14 jul. — La selección …" is one sentence (the demo's timeline quoted the
# Euro final's Spanish lead as "— La selección …", its dateline cut off as a sentence of its own).
# Abbreviations only: a whole month's name ("le 14 mai.", "on 4 May.") may end a sentence.
_DAY_MONTH = re.compile(
    r"(?<!\d)\d{1,2}\s+(?:jan|janv|ene|gen|feb|fév|févr|fev|mar|mär|abr|apr|avr|mag|jun|giu|jul|juil|lug|"
    r"aug|ago|sep|sept|set|oct|okt|ott|out|nov|dec|déc|dic|dez)\.$", re.IGNORECASE)
# Initials and titles in scripts without capitals.  Indian news writes Latin
# initials by their letter names ("एस. सोमनाथ" = S. Somanath, "के. चंद्रशेखर
# राव") and abbreviates titles ("डॉ.", "प्रो."); a Hindi sentence ends on its
# verb, so these words hardly ever end one.  In cased scripts any one capital
# letter before a period is an initial ("Ж.", "Σ.").
DEVANAGARI_LETTER_NAMES = dict(zip(  # the Latin letter each Devanagari letter name writes
    "ए बी सी डी ई एफ जी एच जे के एल एम एन ओ पी क्यू आर एस टी यू वी डब्ल्यू एक्स वाई जेड ज़ेड".split(),
    "abcdefghjklmnopqrstuvwxyzz"))  # not "आई" (I): it is also the verb "came"
_DEVANAGARI_INITIALS = [*DEVANAGARI_LETTER_NAMES, *"डॉ प्रो श्री श्रीमती सुश्री".split()]
_INITIAL = regex.compile(
    r"(?:(?<![\p{L}\p{M}])\p{Lu}"
    rf"|(?<![\p{{L}}\p{{M}}])(?:{'|'.join(sorted(map(regex.escape, _DEVANAGARI_INITIALS), key=len, reverse=True))}))\.$")


_CASELESS_INITIALS = frozenset(_DEVANAGARI_INITIALS)


def caseless_initial(word: str) -> bool:
    """``word``, written before a period, is an initial or an abbreviated title
    of a script without capitals ("एस." of "एस. सोमनाथ", "डॉ."): the name goes
    on after the period (the entity rules read it so, as this module does)."""
    return word in _CASELESS_INITIALS


def abbreviated(before: str) -> bool:
    """``before`` ends with a period that closes an abbreviation, a title or an
    initial ("U.S.", "Dr.", "St.", "Jan.", "J.", "एस."), not a sentence: the
    sentence goes on after it, on the same line or (:func:`wrapped_breaks`)
    the next."""
    return bool(_ABBREV.search(before[-12:]) or _INITIAL.search(before[-24:]) or _DAY_MONTH.search(before[-12:]))


def company_goes_on(before: str, after: str) -> bool:
    """``before`` ends with a company's legal form and a period ("Sprint Corp.")
    and ``after`` goes on with the sentence: it does not start with a capital
    (a lower-case word, a bracket, a dash, a script without capitals), or
    with another legal form or a title (:data:`_COMPANY_GOES_ON`)."""
    return bool(_COMPANY.search(before[-8:])) and (
        not _STARTS_SENTENCE.match(after) or bool(_COMPANY_GOES_ON.match(after)))


def split_sentences(text: str, lang: str | None = None) -> list[tuple[int, int, str]]:
    """Split ``text`` into sentences as ``(start, end, sentence)`` offsets
    (``sentence`` is ``text[start:end]``, on one line: :func:`one_line`).

    A line break ends a sentence (headings, list items, paragraphs) unless it
    only wraps one (:func:`wrapped_breaks`); ``lang`` is accepted for future
    per-language rules but not needed today.
    """
    out: list[tuple[int, int, str]] = []
    start = 0
    joins = {p for a, b in wrapped_breaks(text) for p in range(a, b)} if "\n" in text else set()
    for m in _SPLIT.finditer(text):
        if m.group(3) is not None:  # newline break
            if m.start() in joins:
                continue  # "…in northern" / "Valdoria, cutting power…": one sentence
            end = m.start()
        else:
            end = m.end(1)
            # a line break after the period ends the sentence whatever precedes it: the
            # guard read "$1.07.\n\nPresident Lagarde" as "13. September" and joined two
            # paragraphs into one summary sentence
            if m.group(2) and (end in joins or "\n" not in m.group(2) and (
                    abbreviated(text[start:end]) or _NUMBER_STOP.search(text[max(start, end - 12):end])
                    or company_goes_on(text[start:end], text[m.end():m.end() + 12]))):
                continue  # "Dr. Smith", "13. September", "U.S. officials", "एस. सोमनाथ", "Corp. are"
        _emit(text, start, end, out)
        start = m.end()
    _emit(text, start, len(text), out)
    return out


# A heading in capitals glued to the sentence after it, as scrapes join a crosshead to its
# paragraph ("PUBLIC HEALTH TARGETS Focus on … Mr Reid said", "TROUBLED SOUTH …", menus
# "E-MAIL THIS STORY | PRINTER-FRIENDLY FORMAT"): two words in capitals or more, two of them of
# four letters or more (acronyms are short: "US FDA Commissioner …", "UN", "BBC" open a
# sentence), then a capitalised word in lower case ("NATO said" is one sentence), in any cased
# script; one ending in a colon only from three words (a transcript's speaker is one or two).  A quote in capitals opens with its quote mark and is no heading.
_CAPS_WORD = r"\p{Lu}[\p{Lu}\p{M}'’&.\-]*\p{Lu}:?"
_CAPS_RUN = regex.compile(rf"(?:(?:{_CAPS_WORD}|\|)\s+)+(?=\p{{Lu}}\p{{Ll}})")
_CLOSED = re.compile(rf"{_END}[\"'”’»)\]]*\s*$")  # a sentence's closing mark (a heading's colon is none)
_QUOTE_MARK = re.compile(r"[\"“”„«»「」]")
_LETTERS = regex.compile(r"[\p{L}\p{M}]")
CAPS_LABEL_WORDS = 3  # a run ending in a colon is a heading from this many words ("NOPE FROM THE POPE:")
CAPS_HEADING_LONG_WORDS = 2  # words of 4+ letters a heading holds ("TROUBLED SOUTH"; not "US FDA")


def capitals_heading(text: str) -> int:
    """Length of the heading in capitals that opens ``text`` (0 if none): the
    splitter cuts it off as a line of its own."""
    m = _CAPS_RUN.match(text)
    if not m:
        return 0
    words = [w for w in m.group(0).split() if w != "|"]
    if len(words) < 2 or words[-1].endswith(":") and len(words) < CAPS_LABEL_WORDS:
        return 0  # a speaker's name, "BILL GATES: We had the challenge …", belongs to what they say
    if sum(len(_LETTERS.findall(w)) >= 4 for w in words) < CAPS_HEADING_LONG_WORDS:
        return 0
    return len(m.group(0).rstrip())


def written_in_capitals(sentence: str) -> bool:
    """``sentence`` is a heading in capitals: every letter a capital (a Hindi or Chinese
    sentence holding "BST" or "UPMC" is no heading), no closing sentence mark, no quote."""
    if _QUOTE_MARK.search(sentence):
        return False  # a quote in capitals ("\"BU TÜR PAYLAŞIMLARA İTİBAR EDİLMEMELİ\"") is what someone said
    letters = [c for c in sentence if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and not _CLOSED.search(sentence)


# A prompt to read another story ("READ MORE:", "Also Read -", "ALSO READ :", "Read also:",
# "RELATED:", "Читайте также:") inside a line, as flattened pages keep it: "… the TV hanging
# out. READ MORE: More downtown Vancouver store owners say …", "… his ideology.Also Read -
# 'While You Were Busy …'".  The cleaner takes such a line out where it stands alone
# (``cross-link``); inside a line it starts a sentence of its own, which is no claim
# (:func:`opens_with_prompt`), so the linked headline is not told as this report's fact.  A
# separator must follow ("read more about …" is prose), and the prompt is capitalised.
_PROMPTS = sorted({"read more", "also read", "read also", "see also", "must read", "read next", "related",
                   *CROSS_LINK_LOOSE}, key=len, reverse=True)
_PROMPT = regex.compile(r"(?<![\p{L}\p{M}\p{N}'’])(?:" + "|".join(regex.escape(p).replace(r"\ ", r"\s+") for p in _PROMPTS)
                        + r")\s*(?:[:：]|[-–—]+(?=\s))\s*", regex.IGNORECASE)


_CLOSES = regex.compile(r"[.!?…।॥؟。！？][\"'”’»)\]]*\s*$")


def _prompt_at(sentence: str, pos: int = 0) -> int:
    """Where the first read-more prompt (:data:`_PROMPT`) at or after ``pos`` starts
    (-1: none).  Capitalised at a sentence's start or right after a sentence mark
    ("ideology.Also Read -"); inside a sentence only in capitals ("… with a pow
    READ MORE: B.C.'s top …"): "The sign said Related: …" is prose."""
    for m in _PROMPT.finditer(sentence, pos):
        word = m.group(0).rstrip(" :：-–—\t")
        if word[0].islower():
            continue
        if m.start() == 0 or word.isupper() or not any(c.isupper() or c.islower() for c in word) \
                or _CLOSES.search(sentence[:m.start()]):
            return m.start()
    return -1


def opens_with_prompt(sentence: str) -> bool:
    """``sentence`` is a prompt to read another story and that story's headline
    ("READ MORE: 2019 carbon tax rebate decreases in Saskatchewan"): no claim."""
    return _prompt_at(sentence.lstrip()) == 0


def _emit(text: str, start: int, end: int, out: list[tuple[int, int, str]]) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    s = start + lead
    cut = _prompt_at(stripped, 1)
    if cut > 0:
        _emit(text, s, s + cut, out)
        _emit(text, s + cut, s + len(stripped), out)
        return
    head = capitals_heading(stripped)
    if head:
        out.append((s, s + head, one_line(stripped[:head])))
        _emit(text, s + head, s + len(stripped), out)
        return
    out.append((s, s + len(stripped), one_line(stripped)))


def one_line(sentence: str) -> str:
    """A sentence as a reader is shown it: the line breaks a hard-wrapped
    text put inside it (:func:`wrapped_breaks`) read as one space, or as
    nothing between two characters of a script written without spaces.
    Offsets are the text's, not this string's: read dates and names in the
    slice itself."""
    return _INNER_BREAK.sub(lambda m: "" if _UNSPACED.match(sentence[m.start() - 1: m.start()])
                            and _UNSPACED.match(sentence[m.end():m.end() + 1]) else " ", sentence)


# how a line of prose ends: a sentence mark, or a colon or semicolon before what follows
_LINE_END = re.compile(r"[.!?…।॥؟。！？:;][\"'”’»)\]]*\s*$")
WRAP_WIDTH_MAX = 100  # hard wraps are at 64-80 columns (e-mail 72, RFC 5322 78); a longer line is unwrapped prose
WRAP_LINES_MIN = 3  # lines that fill the width before the text is taken for hard-wrapped
_LIST_ITEM = re.compile(r"(?:[-*•·–—▪◦●]|\(?\d{1,3}[.)])\s")
_INNER_BREAK = re.compile(r"[ \t]*\n\s*")
_UNSPACED = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]")  # CJK: no spaces between words (Korean has them)


def wrapped_breaks(text: str) -> list[tuple[int, int]]:
    """Spans of the whitespace between two lines that are one sentence, as a
    reader joins them:

    * the line ends with no closing punctuation and the next goes on in lower
      case ("…trust in the" / "country's democratic system.", blank lines
      between them or not: some scrapes put one after every wrapped line);
      headlines start with a capital, so a list of them is never joined;
    * in text hard-wrapped at a width (a .txt saved from e-mail or a wire
      terminal; :data:`WRAP_LINES_MIN` lines fill a width of at most
      :data:`WRAP_WIDTH_MAX`), a line with no closing punctuation that the next
      line's first word would not have fitted on ("…in northern" /
      "Valdoria, cutting power…"), one line break apart, the next no list
      item, when the lines so joined end with closing punctuation: it reads the
      same in scripts without capitals (Hindi, Arabic; CJK wraps at any
      character).  A headline or crosshead is shorter than the width, and a
      list of headlines never closes a sentence, so neither is joined;
    * a line that ends with an abbreviation or initial (:func:`abbreviated`:
      "…imposed by the U.S." / "Treasury on Monday.") has no closing
      punctuation for either rule: the splitter does not end a sentence at
      one inside a line, so not at a line's end either.
    The page gate reads text so too (hard-wrapped prose is no list of short
    lines)."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    rows = [text[a:b].strip() for a, b in lines]
    ends = [a + len(text[a:b].rstrip()) for a, b in lines]
    starts = [b - len(text[a:b].lstrip()) for a, b in lines]
    width = max((e - a for (a, _), e in zip(lines, ends)), default=0)
    fills = [ends[i] - lines[i][0] + _wrap_unit(rows[i + 1]) > width for i in range(len(rows) - 1)]
    wrapped = width <= WRAP_WIDTH_MAX and sum(fills) >= WRAP_LINES_MIN
    out: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []  # width joins waiting for the punctuation that closes them
    for i in range(len(rows) - 1):
        gap, nxt = (ends[i], starts[i + 1]), rows[i + 1]
        if dateline_alone(rows[i], nxt):
            out.append(gap)  # "MOSCOW, June 19 (Reuters) -" / "The Kremlin said …": one sentence
            run = []
        elif _LINE_END.search(rows[i]) and not abbreviated(rows[i]):
            out += run
            run = []
        elif nxt[:1].isalpha() and nxt[:1].islower():
            out.append(gap)
        elif wrapped and fills[i] and text.count("\n", *gap) == 1 and not _LIST_ITEM.match(nxt):
            run.append(gap)
        elif _LINE_END.search(rows[i]):  # "… by the U.S." closing a paragraph: a sentence's end
            out += run
            run = []
        else:
            run = []
    if rows and _LINE_END.search(rows[-1]):
        out += run
    return sorted(out)


DATELINE_MAX_CHARS = 80  # a dateline names a place, a date and an agency; a longer line is prose


def dateline_alone(line: str, after: str) -> bool:
    """``line`` is a wire dateline and nothing else ("MOSCOW, June 19 (Reuters) -",
    "BAGHDAD, Iraq (CNN) --", "Wostotschny (dpa) -"), its report going on on
    the next line ``after``: the two are one sentence, as on one line, and a
    summary shows it without the dateline (:func:`storyline.facts.trim.trim`).
    Alone, the dateline stood as a sentence of its own, and as a claim (a
    place, a date)."""
    line = line.rstrip()
    return (len(line) <= DATELINE_MAX_CHARS and line[-1:] in "-–—"
            and dateline_end(f"{line} {after}") > len(line))


def _wrap_unit(line: str) -> int:
    """Columns a wrapper needed to fit the start of ``line`` on the line before:
    a space and its first word, or one character of a script written without
    spaces (CJK wraps between any two)."""
    return 1 if _UNSPACED.match(line) else 1 + len(line.split(None, 1)[0])


HEADING_MAX_WORDS = 15  # a crosshead is a phrase; a line this long without a stop is prose missing one


def heading_lines(text: str) -> list[tuple[int, int]]:
    """Offsets of the lines that head a paragraph: a crosshead ("Possible meeting in
    Moscow on Tuesday evening", "Many sanctions have been imposed on North Korea" in
    the seed report; "Green belt", "Trade booms" in Wikinews) is a line with no
    sentence mark, shorter than the prose line after it, which ends with one, and
    not after another such line (a list of items, "Hasib Hussain, 18 ετών", goes on
    line after line).  Read as sentences, headings stood in summaries as facts."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    out = []
    for i, (start, end) in enumerate(lines[:-1]):
        line, after = text[start:end], text[lines[i + 1][0]:lines[i + 1][1]]
        before = text[lines[i - 1][0]:lines[i - 1][1]] if i else None
        if (not _LINE_END.search(line) and len(line.split()) < HEADING_MAX_WORDS
                and _LINE_END.search(after) and len(after.split()) > len(line.split())
                and (before is None or _LINE_END.search(before))):
            out.append((start + len(line) - len(line.lstrip()), start + len(line.rstrip())))
    return out


def sentences(text: str, lang: str | None = None) -> list[str]:
    """Just the sentence strings of :func:`split_sentences`."""
    return [s for _, _, s in split_sentences(text, lang)]
