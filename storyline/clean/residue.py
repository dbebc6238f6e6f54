"""Scraping-residue rules: what a scraper saves besides the story.

Each rule has a stable name (stored with every ``Removal`` so a user can see
why text went, and so benchmarks can count rule hits).  Rules are general
patterns seen on many sites and languages; phrase lists live in
``phrases.py`` and the "site speaks" detectors in ``notices.py``.

Inline rules (cut only the matched span; the rest of the line stays):

``template-tag``      unrendered template markup: ``{{^adFree}}``, ``{% if %}``, ``{# #}``.
``html-tag``          leftover HTML elements and comments: ``<p>``, ``</div>``, ``<!-- -->``,
                      whole ``<script>``/``<style>`` blocks.
``photo-credit``      bracketed credits "(Photo: AP)", "(Image: Getty)", "(AP Photo/Jane Doe)",
                      "(Representational image)", and a credit at the very end of a caption
                      line: "… Foto: dpa/Bodo Schackow", "… © Weber".
``cross-link``        a trailing "Read more »" / "czytaj dalej »" link after a teaser.
``share-prompt``      a trailing row of share buttons: "… Share Shares Copy Link Copy".
``social-embed``      an embedded Instagram post's own words around the post, in ten languages
                      (``prompts.EMBED_VIEW``, ``EMBED_SHARED_BY``): "View this post on
                      Instagram", "Una publicación compartida por Name (@handle) el 31 de
                      diciembre de 2019 a las 4:19 p. m. PST".  The post's caption between
                      them stays (a minister's post can be the story's source); "shared by"
                      counts only before the ``(@handle)`` the embed always prints ("A post
                      shared by the ministry showed …" is a sentence), and the rest of its
                      line only when it is short and dated, as the embed's time stamp is.
                      An embedded tweet's photo link and byline go the same way
                      ("pic.twitter.com/… — Name (@handle) March 3, 2023", the date in the
                      page's locale, up to its year) while its words stay, and a Twitter
                      timeline's bare link text ("Tweets by @handle", ``prompts.TWEETS_BY``).

Line rules (the whole line goes):

``ad-marker``         "Advertisement", "Anzeige", "REKLAMA", "Story continues below"…
``comment-prompt``    "Leave a Comment", "Comments", "Kommentare", "Yorumlar", "评论"…, and
                      comment-form text ("Your email address will not be published").
``share-prompt``      "Share this", "Jetzt teilen:", "Поделиться", a line of share-button
                      words only ("Facebook Twitter WhatsApp"), short "Follow us on …" lines.
``cross-link``        links to other stories at a line start: "Also Read- …", "ये भी पढ़ें: …",
                      "Читайте также …", "Lesen Sie auch", "Lire aussi", "Lea también",
                      "Czytaj też", "اقرأ أيضا", "相关阅读：…", and list headers such as
                      "MOST READ", "Read Next".
``navigation-menu``   "About us / Contact us / Advertising / Subscribe" (3+ menu items), and
                      any menu of 3+ short "|"-separated labels (``menus.is_menu_line``).
``tags-line``         "Tags: …", "टैग: …", "Теги: …", "Schlagwörter: …" (label + colon).
``photo-credit``      a line that is a credit or caption label: "Photo: AP", "Фото: …".
``copyright``         "© 2024 …", "Copyright …", "All rights reserved" lines.
``staff-credit``      a wire story's credits: "Additional reporting by …", "(Reporting by …;
                      Editing by …)"; not "Reporting by the BBC revealed …", a sentence.
``timestamp-line``    "Published: 2020-03-19 08:43", "publié le 26/03/2020 à 01:38".
``cookie-banner``     consent banners ("We use cookies…").
``access-notice``     paywall / ad-blocker / bot-check text.
``follow-prompt``     follow/subscribe to the outlet elsewhere ("Follow X on Facebook, X and
                      Instagram.", "Подписывайтесь на … в Telegram", "X is now on WhatsApp.").
``newsletter-prompt`` "Newsletter abonnieren", "Suscríbete a nuestra newsletter", "Sign up to
                      our free newsletter…" (a newsletter word and a subscribe verb).
``error-report``      "… select the text and press Ctrl+Enter", "Нашли опечатку?".
                      These three, the button rows ("Partager sur Facebook | Partager sur X")
                      and audience boasts ("Over 4 crore readers turned to us…") are
                      detected in ``prompts.py``.
``site-promo``        the site advertising itself ("… choosing us as India's undisputed
                      platform … Explore the latest updates here!").

Safety: every story sentence must survive.  So phrases that can open a real
sentence ("Read more about…", "Related work…") need a separator after them;
line rules have length limits (a 60-word paragraph is not a tags line); the
"site speaks" rules skip lines with speech quotes (a quoted name of three words
or fewer, «Восточный вестник», is not speech); nothing is matched in the
middle of a line except bracketed credits and markup.
"""
from __future__ import annotations

import re

from storyline.records import Removal

from . import phrases as P
from .menus import is_menu_line
from .notices import has_cue, is_access_notice, is_cookie_banner, is_site_promo
from .prompts import EMBED_SHARED_BY, EMBED_VIEW, TWEET_BYLINE, TWEET_LINK, TWEETS_BY, has_prompt_cue, prompt_rule


def _alt(items) -> str:
    """Regex alternation of literal phrases, longest first, tolerant of spacing."""
    parts = sorted({p.casefold() for p in items}, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in parts)


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_SPEECH = re.compile(r"[\"“”„«»「」『』]")
_APOS = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"})
_EDGE = " \t-–—•·*|>»<«[](){}:;.,!?…=_#~/\\+'\"：（）【】「」。、"
_COUNTS = re.compile(r"(?<!\S)[(\[]?\d[\d.,]*[kKmM]?[)\]]?(?!\S)")

# Leading decoration a link line may start with: "[RELATED: …", ">> …", "• …".
_LEAD = r"^[\s\-–—•·*|>»\[(（【#]*"
# A dash separates only when followed by a space: "Also Read- …" but not "Read-only".
_SEP = r"\s*(?:[:：|»>→@]+|[-–—]+(?=\s)|\.{2,}|…)"

_CROSS_STRICT = re.compile(_LEAD + f"(?:{_alt(P.CROSS_LINK_STRICT)})(?!\\w)(?:{_SEP}|\\s*$)")
_CROSS_LOOSE = re.compile(_LEAD + f"(?:{_alt(P.CROSS_LINK_LOOSE)})(?!\\w)(?:{_SEP}|\\s|$)")
_TAGS = re.compile(_LEAD + f"(?:{_alt(P.TAG_LABELS)})\\s*[:：]")
_PHOTO_LINE = re.compile(r"^[\s\-–—•·*|©]*" + f"(?:{_alt(P.PHOTO_LABELS)})\\.?\\s*[:：]")
_TS_PREP = [p for p in P.TIMESTAMP_LABELS if p.rsplit(" ", 1)[-1] in {"on", "am", "le", "em", "il"}]
_TIMESTAMP = re.compile(
    _LEAD + f"(?:(?:{_alt(P.TIMESTAMP_LABELS)})\\s*[:：]|(?:{_alt(_TS_PREP)})(?!\\w))"
)
_DATEISH = re.compile(r"\d{1,4}[./\-]\d{1,2}|\d{1,2}:\d{2}|\b(?:19|20)\d{2}\b")
# "Copyright infringement…" and a list item "(c) the court…" are story text.
_COPYRIGHT = re.compile(
    r"^[\s\-–—•|(]*(?:©|℗|(?:copyright|\(c\))\s*(?:©|\(c\)|(?:19|20)\d\d|all rights))"
)
_RIGHTS = re.compile(_alt(P.RIGHTS_RESERVED))
# a wire story's staff credit: "Additional reporting by …", "(Reporting by …; Editing by …)".
# "Reporting by the BBC revealed …" opens a sentence, so the line must not end as one
_CREDIT = re.compile(r"^[\s(]*(?i:additional reporting|reporting|writing|editing|compiled)"
                     r"(?i: and (?:writing|editing))? by\s+[A-ZÀ-ÖØ-Þ]")  # a name: "by Jane Doe", not "by hand"
_SENTENCE_END = re.compile(r"[.!?…]['\"”’»]*$")
_SHARE_PREFIX = re.compile(_LEAD + f"(?:{_alt(P.SHARE_PREFIXES)})(?!\\w)")
_COMMENT_FORM = re.compile(_alt(P.COMMENT_FORM))
_NAV_SPLIT = re.compile(r"\s+[/|•·]\s+|\s*[|•·]\s*")

_WHOLE_LINE = [
    ("ad-marker", {p.casefold() for p in P.AD_LINES}),
    ("comment-prompt", {p.casefold() for p in P.COMMENT_LINES}),
    ("share-prompt", {p.casefold().rstrip(":") for p in P.SHARE_LINES}),
]

# Inline patterns.
_TEMPLATE = re.compile(r"\{\{\{?[^{}\n]{0,200}\}\}\}?|\{%[^%\n]{0,200}%\}|\{#[^#\n]{0,200}#\}")
_HTML_ELEMENTS = (
    "a|abbr|article|aside|audio|b|blockquote|body|br|button|caption|center|cite|code|dd|div|dl|dt"
    "|em|embed|figcaption|figure|font|footer|form|h[1-6]|head|header|hr|html|i|iframe|img|input"
    "|label|li|link|main|meta|nav|noscript|ol|option|p|picture|pre|s|section|select|small|source"
    "|span|strike|strong|sub|sup|svg|table|tbody|td|th|thead|time|tr|u|ul|video"
)
_HTML_TAG = re.compile(rf"</?(?:{_HTML_ELEMENTS})(?:\s[^<>]{{0,300}})?\s*/?>|<!--.*?-->", re.I)
_HTML_BLOCK = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.I | re.S)
_PHOTO_BRACKET = re.compile(
    r"\s*[(\[（【]\s*(?:"
    + f"(?:{_alt(P.PHOTO_LABELS)})\\.?(?:\\s*[:：/]\\s*[^()\\[\\]（）【】\\n]{{1,150}})?"
    + r"|(?:[\w.&-]+\s+){1,3}photos?\s*/\s*[^()\[\]\n]{1,100}"
    + f"|(?:{_alt(P.PHOTO_NOTES)})"
    + r")\s*[)\]）】]",
    re.I,
)
_PHOTO_TRAIL = re.compile(
    r"(?:(?<=[.!?)\]])|\s+[-–—|]?\s*)(?:©\s*)?"
    + f"(?:{_alt(P.PHOTO_LABELS)})\\.?\\s*[:：]\\s*[^.!?:;\\n]{{1,80}}\\.?$"
    + r"|\s+[-–—|]?\s*©\s*[^©\n.!?]{1,60}$",
    re.I,
)
_READ_MORE_TRAIL = re.compile(
    r"(?:\s*(?:\.{2,}|…|\|)\s*|\s+)(?:" + _alt(P.READ_MORE_SUFFIX) + r")(?:\s*[:»>→…]+\s*|\s*\.{3}\s*)$"
    + r"|(?:\s*(?:\.{2,}|…|\|)\s*)(?:" + _alt(P.READ_MORE_SUFFIX) + r")\s*$",
    re.I,
)
_EMBED = re.compile(rf"(?:{EMBED_VIEW})(?!\w)|(?:{EMBED_SHARED_BY})(?P<tail>[^\n]{{0,80}})"
                    rf"|\s*(?:{TWEET_LINK}\s*)?{TWEET_BYLINE}|\s*{TWEET_LINK}|^\W*{TWEETS_BY}\W*$", re.I)
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?।。！？])\s+")
_PROMPT_RULES = {"follow-prompt", "newsletter-prompt", "error-report"}
_SPEAKING_RULES = {"cookie-banner", "access-notice", "site-promo"} | _PROMPT_RULES
# a short quoted name («Восточный вестник», »Alle akzeptieren«) is not speech
_SHORT_QUOTE = re.compile(r"[\"“„«»「『]([^\"“”„«»「」『』\n]{1,40})[\"”“»«」』]")
_GAP = "\x00"  # marks where something was cut, until _close_gaps joins the text
_SENTENCE_END = re.compile(r"[.!?。！？\"”»)]\s*$")


def token_count(text: str) -> int:
    """Rough word count that also works for CJK (two characters ~ one word)."""
    cjk = len(_CJK.findall(text))
    words = [t for t in _CJK.sub(" ", text).split() if any(c.isalnum() for c in t)]
    return len(words) + (cjk + 1) // 2


def _lower(text: str) -> str:
    """Case-fold for matching; Turkish "İ" folds to "i", not "i" + combining dot."""
    return text.replace("İ", "i").casefold().translate(_APOS)


def _core(line: str) -> str:
    """The line without decoration, counts and case: what whole-line phrases match."""
    low = _lower(line)
    low = _COUNTS.sub(" ", low)
    return " ".join(low.strip(_EDGE).split()).strip(_EDGE)


def _is_share_row(core: str) -> bool:
    tokens = [t.strip(_EDGE) for t in core.split()]
    tokens = [t for t in tokens if t]
    return (
        len(tokens) >= 1
        and all(t in P.SHARE_TOKENS for t in tokens)
        and (len(tokens) >= 2 or tokens[0] not in {"x", "link", "save", "mail", "pin"})
    )


def _rights_notice(low: str) -> bool:
    """"All rights reserved" as a notice: with a © mark, or closing the line."""
    m = _RIGHTS.search(low)
    return m is not None and ("©" in low or "copyright" in low or not low[m.end():].strip(" .)"))


def _is_nav_menu(core: str) -> bool:
    """"About us / Contact us / Advertising / Subscribe": 3+ short items, mostly menu words."""
    items = [i.strip(_EDGE) for i in _NAV_SPLIT.split(core)]
    items = [i for i in items if i]
    if len(items) < 3 or any(len(i.split()) > 4 for i in items):
        return False
    return sum(i in P.NAV_ITEMS for i in items) >= max(2, (len(items) + 1) // 2)


def classify_line(line: str) -> str | None:
    """Return the name of the line rule that removes ``line`` entirely, or None."""
    core = _core(line)
    if not core:
        return "navigation-menu" if is_menu_line(line) else None  # "| |"
    for name, phrases in _WHOLE_LINE:
        if core in phrases:
            return name
    if _is_share_row(core):
        return "share-prompt"
    if _is_nav_menu(core):
        return "navigation-menu"
    low = _lower(line).strip()
    size = token_count(line)
    quoted = _SPEECH.search(_SHORT_QUOTE.sub(_unquote_name, line)) is not None

    m = _CROSS_STRICT.match(low) or _CROSS_LOOSE.match(low)
    if m and token_count(low[m.end():]) <= 40:
        return "cross-link"
    m = _TAGS.match(low)
    if m and token_count(low[m.end():]) <= 60:
        return "tags-line"
    if _PHOTO_LINE.match(low) and size <= 25:
        return "photo-credit"
    if size <= 30 and (_COPYRIGHT.match(low) or _rights_notice(low)):
        return "copyright"
    if size <= 25 and _CREDIT.match(line) and not _SENTENCE_END.search(low.rstrip(" )")):
        return "staff-credit"
    m = _TIMESTAMP.match(low)
    if m and token_count(low[m.end():]) <= 10 and _DATEISH.search(low[m.end():]):
        return "timestamp-line"
    if size <= 40 and _COMMENT_FORM.search(low):
        return "comment-prompt"
    if quoted:
        return _menu(line)
    if size <= 20 and _SHARE_PREFIX.match(low):
        return "share-prompt"
    if size <= 120 and is_cookie_banner(low):
        return "cookie-banner"
    if size <= 80 and is_access_notice(low):
        return "access-notice"
    if size <= 80 and is_site_promo(low):
        return "site-promo"
    if size <= 45 and (rule := prompt_rule(low)):
        return rule
    return _menu(line)


def _menu(line: str) -> str | None:
    """A menu of short "|"-separated labels nothing more specific named
    ("Printable version | Send it to a friend | Save story"): the rules above
    keep their own names for the rows they know ("Teilen auf X | …" is a
    share prompt)."""
    return "navigation-menu" if is_menu_line(line) else None


def _unquote_name(m: re.Match) -> str:
    """Drop the quote marks around a name or a button label (three words at most)."""
    return m.group(1) if len(m.group(1).split()) <= 3 else m.group(0)


def _cut(pattern: re.Pattern, rule: str, line: str, removals: list[Removal], check=None) -> str:
    """Remove every match of ``pattern`` from ``line``, logging each under ``rule``."""

    def repl(m: re.Match) -> str:
        if check is not None and not check(m):
            return m.group(0)
        removals.append(Removal(rule, m.group(0).strip()))
        return _GAP

    return _close_gaps(pattern.sub(repl, line))


def _close_gaps(line: str) -> str:
    """Join the text around cuts: no space left before punctuation, one elsewhere."""
    if _GAP not in line:
        return line
    line = re.sub(f"[ \\t]*{_GAP}[ \\t{_GAP}]*(?=[.,;:!?)\\]…。，])", "", line)
    return re.sub(f"[ \\t]*{_GAP}[ \\t{_GAP}]*", " ", line)


def _trailing_share_row(line: str, removals: list[Removal]) -> str:
    """Cut a run of 3+ share-button words glued to the end of a headline."""
    if _SENTENCE_END.search(line):
        return line
    words = line.split()
    n = 0
    while n < len(words) and words[-1 - n].strip(_EDGE).casefold() in P.SHARE_TOKENS:
        n += 1
    tail = [w.strip(_EDGE).casefold() for w in words[len(words) - n:]]
    if n >= 3 and n < len(words) and P.SHARE_ACTIONS.intersection(tail):
        removals.append(Removal("share-prompt", " ".join(words[len(words) - n:])))
        return " ".join(words[: len(words) - n])
    return line


def _is_trailing_credit(m: re.Match) -> bool:
    """A caption credit follows other text, is short and starts with a capital
    ("Foto: dpa"), unlike a truncated sentence such as "… three images: a map"."""
    label = m.group(0).lstrip(" \t-–—|©")
    return m.start() > 0 and token_count(m.group(0)) <= 9 and not label[:1].islower()


def _cut_embed(line: str, removals: list[Removal]) -> str:
    """Cut an embedded post's link line and byline (rule ``social-embed``); the
    byline's time stamp goes with it when it is all that is left of the line."""
    def repl(m: re.Match) -> str:
        tail = m.group("tail") or ""
        dated = not tail.strip(" .,:;-–—|") or (token_count(tail) <= 16 and _DATEISH.search(tail))
        cut = m.group(0) if dated else m.group(0)[: len(m.group(0)) - len(tail)]
        removals.append(Removal("social-embed", cut.strip()))
        return _GAP + ("" if dated else tail)

    return _close_gaps(_EMBED.sub(repl, line))


def strip_inline(line: str, removals: list[Removal]) -> str:
    """Apply the inline rules to one line that the line rules kept."""
    line = _cut_embed(line, removals)
    line = _cut(_PHOTO_BRACKET, "photo-credit", line, removals)
    line = _cut(
        _PHOTO_TRAIL,
        "photo-credit",
        line,
        removals,
        check=_is_trailing_credit,
    )
    line = _cut(_READ_MORE_TRAIL, "cross-link", line, removals, check=lambda m: m.start() > 0)
    return _trailing_share_row(line.rstrip(), removals)


def strip_markup(line: str, removals: list[Removal]) -> str:
    """Remove template tags and HTML tags from one line."""
    line = _cut(_TEMPLATE, "template-tag", line, removals)
    return _cut(_HTML_TAG, "html-tag", line, removals)


def split_story_prefix(line: str, rule: str) -> tuple[str, str]:
    """Split a "site speaks" line into (story prefix, notice) when they share a paragraph.

    "The fair is free. Download our app and stay updated!" keeps its first
    sentence: leading sentences with no cue of the notice are story, provided
    the rest still is a notice of the same kind on its own.
    """
    sentences = _SENTENCE_SPLIT.split(line.strip())
    n = 0
    prompts = rule in _PROMPT_RULES or rule == "site-promo"
    while n < len(sentences) - 1 and not (has_cue(rule, _lower(sentences[n])) or
                                         (prompts and has_prompt_cue(_lower(sentences[n])))):
        n += 1
    if n == 0:
        return "", line.strip()
    rest = " ".join(sentences[n:])
    if classify_line(rest) != rule:
        return "", line.strip()
    return " ".join(sentences[:n]), rest


def remove_residue(text: str) -> tuple[str, list[Removal]]:
    """Remove all residue from normalised ``text``; return (text, removals in reading order).

    The returned text may contain doubled spaces or empty lines where things
    were cut; ``clean_text`` normalises whitespace afterwards.
    """
    removals: list[Removal] = []
    text = _cut(_HTML_BLOCK, "html-tag", text, removals)
    kept: list[str] = []
    for line in text.split("\n"):
        if not line.strip():
            kept.append(line)
            continue
        line = strip_markup(line, removals)
        rule = classify_line(line)
        if rule is not None:
            story, residue = split_story_prefix(line, rule) if rule in _SPEAKING_RULES else ("", line)
            removals.append(Removal(rule, residue.strip()))
            if story:
                kept.append(story)
            continue
        kept.append(strip_inline(line, removals))
    return "\n".join(kept), removals
