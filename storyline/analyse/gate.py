"""GATE stage: is this page a news report at all?

Scrapers save pages that are not reports: error and unavailable pages ("999
Unable to process request"), bot checks, login and subscription walls,
sign-up forms, cookie walls with nothing behind them, front pages and section
indexes.  Grouped as if they were reports, they join one another across
unrelated sources and pull real events together.  This stage weighs two
things against each other:

* **evidence** that the site speaks about itself instead of reporting:
  title segments that name the page ("Page not found", "Accueil", "Sports
  News | Breaking & Latest Sports News"), phrases of each kind in 18
  languages (:mod:`storyline.analyse.gate_cues`), the cleaner's own notice
  removals (cookie banners, access notices, site promos), lines offering
  news alerts or a trial and runs of a form's field labels
  (:mod:`storyline.analyse.gate_voice`), a stub's lines at half a point
  each (:mod:`storyline.analyse.gate_stubs`: a teaser's "see more", the
  site's tagline, a data-consent text, a share-by-e-mail form, a price
  offer; :mod:`storyline.analyse.gate_notices`: a disclaimer of warranty, an
  affiliate disclosure, a donation appeal, a newsletter pitch), the site
  speaking of the reader's account (:mod:`storyline.analyse.gate_account`: a
  log-out prompt, a login form's fields, "register to continue", "not a
  subscriber?"), and shapes that need no language:
  a list of headline-like lines, a list of date-stamped items, a blog's
  archive menu ("December 2019 (58)"), a weather widget's forecasts under
  "Today" / "Tonight", text that is mostly link text in its HTML;
* **story prose**: characters of sentences that read like reporting
  (eight words or more, sentence-final punctuation, not a run of capitalised
  names, no cue in them, and not the site offering its services to the
  reader, :mod:`storyline.analyse.gate_voice`: a registration form's dozen
  e-mail blurbs are not a report's prose).

A page is flagged when evidence outweighs prose (:data:`PROSE_PER_POINT`
characters of prose per point of evidence), so a long report with a cookie
banner and a breadcrumb stays a report, and a two-sentence wire brief with no
cue is never flagged for being short.  The verdict names its cues so a user
can see why (``storyline not-articles``).
"""
from __future__ import annotations

import re
from collections import Counter

from storyline.analyse.gate_cues import BODY_CUES, INDEX_TITLE, SECTION_HEADS, SECTION_WORDS, TITLE_CUES
from storyline.analyse.gate_notices import NOTICE_CUES, NOTICE_VOICE, SUPPORT_CUES, forecast_lines
from storyline.analyse.gate_prefilter import quick_search
from storyline.analyse.gate_stubs import HALF_POINT, SITE_STUB_VOICE, STUB_CUES
from storyline.analyse.gate_voice import FORM_FIELDS, FORM_LABELS, SIGNUP_OFFERS, SITE_VOICE
from storyline.analyse.sentences import sentences, split_sentences, wrapped_breaks
from storyline.records import PageVerdict, Removal
from storyline.wording import GATE_KIND_WORDS, plural

KINDS = ("error", "bot-check", "login", "paywall", "signup", "cookie-wall", "front-page",
         "age-gate", "app-wall", "media", "disclaimer", "widget", "donation")
LABELS = GATE_KIND_WORDS  # each kind in words; a reason opens with its kind's (wording.gate_reasons reads it)
# the cleaner's notice rules are evidence of these kinds
REMOVAL_KINDS = {"cookie-banner": "cookie-wall", "access-notice": "paywall", "site-promo": "signup",
                 "navigation-menu": "front-page"}
TITLE_POINTS = 2  # a title segment naming the page
SHAPE_POINTS = 2  # a headline list, a dated list, link text
GALLERY_POINTS = 1  # picture counters ("3 / 12"): photo reports have them too
GALLERY_COUNTERS = 3
WIDGET_POINTS = 1  # a weather widget (gate_notices.forecast_lines): a short report may sit under one
MAX_PER_KIND = 3  # lines of one kind add up to this many points
MAX_POINTS = 6
# banners and newsletter boxes are scraped beside real reports too: half a point a line
RESIDUE_KINDS = {"cookie-wall": 0.5, "signup": 0.5}
PROSE_PER_POINT = 300  # characters of story prose that outweigh one point of evidence
NO_PROSE = 150  # less than about one sentence of reporting: any evidence is enough
LONG_LINE = 300  # a longer line is judged sentence by sentence (pages saved as one line)
HEADLINE_WORDS = 5  # a title segment this long that is not all section words is a report's headline

_SEGMENTS = re.compile(r"\s+(?:\||-|–|—|::|·|»)\s+|\s*\|\s*")
_TERMINAL = re.compile(r"[.!?…।॥؟。！？][\"'”’»)\]]*$")
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_HAN_KANA = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")  # written without spaces between words
_STAMP = r"(?<![\d/.-])(?:\d{1,2}[/.]\d{1,2}[/.](?:19|20)?\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})(?![\d/.-])"
# a stamp that opens an item: at a line's start (after a counter, "3 / 10"), or
# before a dash that leads to the item ("10/4/2001 (14h47) - As informações");
# not a date inside prose ("seit dem 18.06.2020 fahndete"), which press releases repeat
_DATE_STAMP = re.compile(rf"(?:^|\n)[ \t]*(?:\d+\s*/\s*\d+\s+)?{_STAMP}|{_STAMP}\s*(?:\(\d{{1,2}}[h:.]\d{{2}}\)\s*)?[-–—|]\s")
_WORD = re.compile(r"[\w'’&]+")
# a blog's archive menu: a month and year with its count of posts, "December 2019 (58)",
# "декабрь 2019 г. (21)", "2019年12月 (5)"; a report's figures carry units or signs ("(5%)")
_ARCHIVE_MONTH = re.compile(r"(?<!\w)(?:[^\W\d_]{3,}\.?\s+(?:19|20)\d{2}(?:\s*(?:г\.|r\.|년))?|(?:19|20)\d{2}\s*[年년]\s*\d{1,2}\s*[月월])"
                            r"\s*\(\s*\d{1,4}\s*\)")
ARCHIVE_MONTHS = 4
# a gallery's picture counter on a line of its own: "3 / 12", "3 of 12", "3 z 12"
_COUNTER = re.compile(r"^\s*\d{1,3}\s*(?:/|of|z|из|з|von|de|di|sur|van|av|από|מתוך|من|का)\s*\d{1,3}\s*$", re.I)


def judge_page(title: str | None, raw_text: str, body: str, removed: list[Removal] | None = None,
               html: str | None = None, lang: str | None = None) -> PageVerdict:
    """The verdict on one page: ``title``, the text as read (``raw_text``), the
    cleaned story text (``body``), what the cleaner removed, and the HTML if
    the input was a web page."""
    points: Counter[str] = Counter()  # may hold halves (RESIDUE_KINDS)
    cues: list[str] = []
    title_kind = _title_kind(title or "")
    if title_kind:
        points[title_kind] += TITLE_POINTS
        cues.append(f"title {_quote(title or '')}")
    half: set[tuple[str, str]] = set()  # (kind, line) of lines whose only cue is a stub's (gate_stubs): half a point each
    support: set[tuple[str, str]] = set()  # (kind, line) of lines that only support other lines of their kind
    found = _phrase_cues(raw_text, removed or [], half, support)
    for kind, units in found.items():
        if all((kind, unit) in support for unit in units):
            continue  # "registered users can …" alone: a report may say it
        weights = sorted((HALF_POINT if (kind, unit) in half else RESIDUE_KINDS.get(kind, 1) for unit in units), reverse=True)
        points[kind] += sum(weights[:MAX_PER_KIND])
        phrases = sorted(set(units.values()))
        cues.append(f"{kind} text in {plural(len(units), 'line')}: " + ", ".join(_quote(p) for p in phrases[:3]))
    body = _unwrapped(body)  # hard-wrapped prose is prose, not a list of short lines
    for kind, cue in _shape_cues(body, raw_text, html):
        points[kind] += {"media": GALLERY_POINTS, "widget": WIDGET_POINTS}.get(kind, SHAPE_POINTS)
        cues.append(cue)
    evidence = min(MAX_POINTS, sum(points.values()))
    prose = _prose_chars(_without_captions(body), lang)
    if evidence and (evidence >= 2 and prose < PROSE_PER_POINT * evidence or prose < NO_PROSE):
        kind = max(KINDS, key=lambda k: (points[k], -KINDS.index(k)))
        reason = f"{LABELS[kind]}: " + "; ".join(cues) + f"; {prose} characters of story prose"
        return PageVerdict(False, kind, reason, cues)
    return PageVerdict(True, None, "", cues)


def _quote(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else text[:limit - 1] + "…")


def _title_kind(title: str) -> str | None:
    """The kind a title segment names, if any: "404 Not Found", "Accueil - AFP",
    or a segment made only of section words ("Breaking & Latest Sports News").
    Section words, and the names of tag, author, archive and live-ticker
    pages, name a page only when no other segment is a headline: many sites
    are called so ("Building collapses after fire … - News Today")."""
    segments = [seg.strip(" .:!") for seg in _SEGMENTS.split(title.strip().casefold())]
    segments = [seg for seg in segments if seg]
    section = headline = False
    for segment in segments:
        for kind, pattern in TITLE_CUES.items():
            if pattern.search(segment):
                return kind
        if INDEX_TITLE.search(segment):  # "Tag: energy", "Author", "Archive", "Live"
            section = True
            continue
        words = [w for w in re.split(r"[\s,:;]+", segment) if w]
        if all(w in SECTION_WORDS for w in words):
            section = section or any(w in SECTION_HEADS for w in words)
        elif len(segment.split()) >= HEADLINE_WORDS:
            headline = True
    return "front-page" if section and not headline else None


# the cue patterns read on every line and sentence, each behind its substring check (gate_prefilter)
_BODY = [(kind, quick_search(p)) for kind, p in BODY_CUES.items()]
_HALF = [(kind, quick_search(p)) for kind, p in (*STUB_CUES.items(), *NOTICE_CUES.items())]
_SUPPORT = [(kind, quick_search(p)) for kind, p in SUPPORT_CUES.items()]
_NOTICE_TEXT = [quick_search(SITE_STUB_VOICE), quick_search(NOTICE_VOICE)]
_FORM_FIELD = quick_search(FORM_FIELDS)  # (no field label found: no run of them to count)


def _form_labels(text: str) -> set[str]:
    return {m.group(0) for m in FORM_FIELDS.finditer(text)} if _FORM_FIELD(text) else set()


def _phrase_cues(raw_text: str, removed: list[Removal], half: set[tuple[str, str]],
                 support: set[tuple[str, str]]) -> dict[str, dict[str, str]]:
    """Per kind, the lines that carry its cues (line -> first cue phrase), in the
    text as read (the cleaner may have removed them from the story text) and in
    the cleaner's notice removals.  A line counts once however many phrases it
    has: a cookie banner is one banner.  Lines whose only cue is a stub's
    (:data:`gate_stubs.STUB_CUES`: a teaser, a tagline, a consent text) are
    added to ``half`` with their kind; lines whose only cue supports others of
    its kind (:data:`gate_notices.SUPPORT_CUES`) to ``half`` and ``support``."""
    found: dict[str, dict[str, str]] = {}
    for unit in _units(raw_text.casefold()):
        for kind, search in _BODY:
            m = search(unit)
            if m:
                found.setdefault(kind, {}).setdefault(unit, " ".join(m.group(0).split()))
        for kind, search in _HALF:
            m = search(unit)
            if m and unit not in found.get(kind, {}):
                found.setdefault(kind, {})[unit] = " ".join((m.groupdict().get("cue") or m.group(0)).split())
                half.add((kind, unit))
        for kind, search in _SUPPORT:
            m = search(unit)
            if m and unit not in found.get(kind, {}):
                found.setdefault(kind, {})[unit] = " ".join(m.group(0).split())
                half.add((kind, unit))
                support.add((kind, unit))
        m = SIGNUP_OFFERS.search(unit)  # "sent to your inbox", "news alerts": a newsletter box's offer
        if m:
            found.setdefault("signup", {}).setdefault(unit, " ".join(m.group(0).split()))
        labels = sorted(_form_labels(unit))
        if len(labels) >= FORM_LABELS:  # "first name last name e-mail address job title": a form
            found.setdefault("signup", {}).setdefault(unit, "form fields " + ", ".join(labels[:3]))
    for r in removed:
        kind, low = REMOVAL_KINDS.get(r.rule), r.text.casefold()
        if kind and not any(search(low) for _kind, search in _BODY):
            found.setdefault(kind, {}).setdefault(low, " ".join(low.split())[:40])
    return found


def _units(text: str) -> list[str]:
    """Lines, and the sentences of lines too long to be one banner or notice."""
    out = []
    for line in text.split("\n"):
        line = line.strip()
        if line:
            out.extend(sentences(line) if len(line) > LONG_LINE else [line])
    return out


def _shape_cues(body: str, raw_text: str, html: str | None) -> list[tuple[str, str]]:
    """Cues that need no language: lists of headlines, of dated items or of
    archive months ("December 2019 (58)"), picture counters, link text."""
    out = []
    lines = [ln.strip() for ln in body.split("\n") if ln.strip()]
    heads = [ln for ln in lines if _headline_like(ln)]
    # most lines *and* most of the text: a report followed by its related links is not a list
    if (len(heads) >= 8 and len(heads) >= 0.6 * len(lines)
            and sum(map(len, heads)) >= 0.5 * sum(map(len, lines))):
        out.append(("front-page", f"list of headlines ({len(heads)} of {len(lines)} lines)"))
    stamps = len(_DATE_STAMP.findall(raw_text))
    if stamps >= 4:
        out.append(("front-page", f"list of dated items ({stamps} date stamps)"))
    months = len(_ARCHIVE_MONTH.findall(raw_text))
    if months >= ARCHIVE_MONTHS:
        out.append(("front-page", f"archive list ({months} months with their counts of posts)"))
    counters = sum(1 for ln in lines if _COUNTER.match(ln))
    if counters >= GALLERY_COUNTERS:
        out.append(("media", f"photo gallery ({counters} picture counters)"))
    forecasts = len(forecast_lines([ln.casefold() for ln in lines])) // 2
    if forecasts:
        out.append(("widget", f"weather widget ({forecasts} forecasts)"))
    if html:
        share = link_text_share(body, html)
        if share >= 0.5:
            out.append(("front-page", f"{round(100 * share)}% of the text is link text"))
    return out


def _unwrapped(body: str) -> str:
    """Lines joined where one only wraps a sentence
    (:func:`storyline.analyse.sentences.wrapped_breaks`): hard-wrapped prose is
    one sentence, not a list of short lines."""
    for start, end in reversed(wrapped_breaks(body)):
        body = body[:start] + " " + body[end:]
    return body


def _without_captions(body: str) -> str:
    """The text less a gallery's counters and the caption line after each, and
    less a weather widget's lines (:func:`gate_notices.forecast_lines`):
    captions describe pictures and a widget's forecasts are no sentences of a
    report, they are not the report's prose."""
    out, after_counter = [], False
    for line in body.split("\n"):
        counter = _COUNTER.match(line) is not None
        if not counter and not (after_counter and line.strip()):
            out.append(line)
        after_counter = counter
    kept = [i for i, ln in enumerate(out) if ln.strip()]  # forecast_lines counts non-empty lines
    widget = {kept[i] for i in forecast_lines([out[i].strip().casefold() for i in kept])}
    return "\n".join(ln for i, ln in enumerate(out) if i not in widget)


def _headline_like(line: str) -> bool:
    """A short line of words without sentence-final punctuation."""
    words = line.split()
    if _TERMINAL.search(line) or not (2 <= len(words) <= 16):
        return False
    letters = sum(ch.isalpha() for ch in line)
    return letters >= 0.6 * sum(not ch.isspace() for ch in line)


def _prose_chars(body: str, lang: str | None) -> int:
    """Characters of sentences that read like reporting (a Chinese or Japanese
    character counts twice) and carry no cue, no offer of the site to its
    reader (:data:`gate_voice.SITE_VOICE`: "sent to your inbox", "special
    offers", "required fields") and no run of a form's field labels.

    A sentence set between two of a notice's (a consent text's, a
    disclaimer's …) in one paragraph is the notice's too: a consent
    popup's "Nie znamy twojego imienia i nazwiska" ("we do not know your
    name") between "Będzie administratorowi Twoich
    danych?" and "Przetwarzamy tylko dane…" (a SemEval page that was all
    consent text, 391 characters of "prose" before).  A report does not
    wedge its sentences inside the site's notice; where it quotes one, its
    own sentences stand before and after it."""
    counted: list[tuple[int, int, int]] = []  # (start, end, characters) of each sentence that is prose
    notice: list[tuple[int, int]] = []  # (start, end) of each sentence of a notice's text
    for start, end, s in split_sentences(body, lang):
        low = s.casefold()
        if any(search(low) for search in _NOTICE_TEXT):
            notice.append((start, end))  # short ones too: "Przetwarzamy tylko dane, które podajesz."
            continue
        # the sentence's shape first: it is cheap, and a sentence of another
        # shape is not prose whatever its words are, so the cue patterns (the
        # gate's dearest reading, some 30 µs a character) are not run on it
        words = s.split()
        long_enough = (sum(map(_words_in, words)) >= 8
                       or (len(s) >= 30 and _UNSPACED.search(s) is not None))
        if not long_enough or not _TERMINAL.search(s):
            continue
        # words in scripts without case (Hangul, kana, Arabic, Devanagari …)
        # count as lower case: "KIA 선발 양현종은 …" is a sentence, not names,
        # and so is "Universal Credit 支付将发生重大变化，…" (many words, two names)
        lettered = [w for w in words if w[:1].isalpha()]
        upper = sum(w[0].isupper() for w in lettered)
        if upper and upper > 0.6 * sum(map(_words_in, lettered)):
            continue  # a run of names or a form's field labels, not a sentence
        if (SITE_VOICE.search(low) or any(search(low) for _kind, search in _BODY)
                or len(_form_labels(low)) >= FORM_LABELS):
            continue
        # a Chinese or Japanese character holds about what two letters do (a
        # word is about two of them): counted twice, a four-sentence brief of
        # 114 characters weighs what its English translation would
        counted.append((start, end, len(s) + len(_HAN_KANA.findall(s))))
    return sum(n for start, end, n in counted if not _inside_notice(body, start, end, notice))


def _inside_notice(body: str, start: int, end: int, notice: list[tuple[int, int]]) -> bool:
    """Whether the sentence at ``start:end`` has a sentence of a notice's text
    (a stub's or a notice's cue, :data:`gate_stubs.SITE_STUB_VOICE`,
    :data:`gate_notices.NOTICE_VOICE`) before it and one after it with no
    line break between them.  Not the site's offers (:data:`SITE_VOICE`): a
    report on a fine names the "privacy policy" and tells readers where to
    "click here" in sentences of its own, its story between them."""
    before = [b for a, b in notice if b <= start and "\n" not in body[b:start]]
    after = [a for a, b in notice if a >= end and "\n" not in body[end:a]]
    return bool(before and after)


def _words_in(token: str) -> int:
    """Words in a space-delimited token: Chinese and Japanese write a clause
    without spaces, about two characters a word, so "强调了今年需要注意的八项重要法律"
    is eight words, not one."""
    han = len(_HAN_KANA.findall(token))
    return max(1, han // 2) if han else 1


def link_text_share(text: str, html: str) -> float:
    """Share of the extracted text's characters in lines that are a link's whole
    text: front pages and section indexes are lists of links to reports."""
    from lxml import html as lxml_html

    try:
        root = lxml_html.fromstring(html)
    except Exception:  # unparsable markup: no evidence either way
        return 0.0
    anchors = {" ".join(a.text_content().split()).casefold() for a in root.iter("a")}
    anchors = {a for a in anchors if len(a) >= 12}
    lines = [" ".join(ln.split()).lstrip("-•*·– ") for ln in text.split("\n") if ln.strip()]
    total = sum(len(ln) for ln in lines)
    linked = sum(len(ln) for ln in lines if ln.casefold() in anchors)
    return linked / total if total and sum(1 for ln in lines if ln.casefold() in anchors) >= 4 else 0.0
