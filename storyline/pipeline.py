"""The per-article stages: raw input -> cleaned, analysed :class:`Article`.

Each step is a small function from the stage modules; this file only says in
which order they run and what flows between them.  Grouping (which needs the
state of everything stored so far) lives in :mod:`storyline.group.grouper`.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from typing import Iterable
from urllib.parse import urlparse

from storyline.analyse.dates import date_field_doubt, date_field_problem, publication_date, resolve_dates, strip_date_header
from storyline.analyse.entities import extract_entities
from storyline.analyse.gate import judge_page
from storyline.analyse.language import detect_language
from storyline.analyse.sentences import sentences
from storyline.clean import clean_text, normalise_text
from storyline.clean.boilerplate import SourceBoilerplate
from storyline.clean.headline import strip_repeated_headline
from storyline.clean.page_title import recognise_title
from storyline.embed import E5_SMALL, EmbeddingProfile
from storyline.ingest.readers import MAX_TEXT_CHARS, IngestError
from storyline.language_codes import given_lang
from storyline.records import Article, RawArticle
from storyline.wording import residue_label

MAX_TITLE = 200
MAX_GIVEN = 1000  # a headline, source or author the input names; longer is none of these
MAX_URL = 8000    # longer is no page's address (browsers and sitemaps stop far below)
_SENT_END = re.compile(r"[.!।。؟]\s*$")


def content_hash(text: str) -> str:
    """Hash of the normalised text: the identity used for idempotent ingest."""
    norm = unicodedata.normalize("NFKC", text).casefold()
    norm = re.sub(r"\W+", " ", norm).strip()
    return hashlib.sha1(norm.encode("utf-8")).hexdigest()


def given_name(raw: RawArticle, attr: str, warnings: list[str]) -> str | None:
    """A title, source or author as the input gave it, cleaned (a source
    "s\x1b[5m" drove terminals) and cut to :data:`MAX_GIVEN` characters with a
    warning naming the field: a 3 MB ``source`` (a body pasted in the wrong
    field) was stored whole and repeated on every list of its reports."""
    given = getattr(raw, attr)
    value = repair_title(given[:4 * MAX_GIVEN] if given else given)  # a thousand characters kept: no need to repair megabytes
    if value is not None and len(value) > MAX_GIVEN:
        warnings.append(f"field '{raw.key(attr)}': longer than {MAX_GIVEN} characters; cut")
        value = value[:MAX_GIVEN - 1].rsplit(" ", 1)[0] + "…"
    return value


def given_url(raw: RawArticle, warnings: list[str]) -> str | None:
    """The input's URL when it is an absolute http(s) address of at most
    :data:`MAX_URL` characters, else None with a warning naming the field.

    Why: a stored URL is the report's identity beside its text (a second
    report with the same URL is "already stored").  A scraper writing
    ``"url": "N/A"``, ``"#"``, ``"javascript:…"`` or a relative ``"/news/1"``
    for every record had every report after the first skipped as already
    stored, answering with the first one's id: lost without a word.  The
    value still dates the report when it holds a date (``publication_date``
    reads ``raw.url``)."""
    url = raw.url
    if url is None or not url.strip():
        return None
    try:
        parts = urlparse(url.strip())
        ok = parts.scheme.lower() in ("http", "https") and bool(parts.hostname)
    except ValueError:  # "http://[::1" and other unparseable hosts
        ok = False
    if ok and len(url) <= MAX_URL:
        return url
    shown = url if len(url) <= 60 else url[:59] + "…"
    why = f"longer than {MAX_URL:,} characters" if ok else f"{shown!r} is no http(s) address"
    warnings.append(f"field '{raw.key('url')}': {why}; the report is stored without it")
    return None


def source_of(raw: RawArticle, url: str | None, warnings: list[str]) -> str | None:
    """The outlet: given explicitly, else the host of ``url`` (:func:`given_url`) without ``www.``."""
    if raw.source and raw.source.strip():
        return given_name(raw, "source", warnings)
    if url:
        host = urlparse(url.strip()).hostname or ""
        return host[4:] if host.startswith("www.") else (host or None)
    return None


def split_title(text: str) -> tuple[str | None, str]:
    """A short first line without sentence-final punctuation is a headline."""
    first, sep, rest = text.strip().partition("\n")
    first = first.strip()
    if sep and rest.strip() and 0 < len(first) <= MAX_TITLE and not _SENT_END.search(first):
        return first, rest
    return None, text


def headline_from(text: str) -> str:
    first = sentences(text)[:1]
    t = first[0] if first else text.strip()
    return t if len(t) <= MAX_TITLE else t[:MAX_TITLE - 1].rsplit(" ", 1)[0] + "…"


def cap_text(text: str, limit: int | None = None) -> str:
    """The first ``limit`` (default ``MAX_TEXT_CHARS``) characters, cut at a
    paragraph, line or word end when one is in the last tenth (an article is
    not 50 MB: see ``MAX_TEXT_CHARS``)."""
    limit = limit or MAX_TEXT_CHARS
    if len(text) <= limit:
        return text
    head = text[:limit]
    for sep in ("\n\n", "\n", " "):
        cut = head.rfind(sep)
        if cut >= limit * 0.9:
            return head[:cut]
    return head


def repair_title(title: str | None) -> str | None:
    """A given headline (or source, or author), mojibake repaired and terminal
    escapes removed as the body's are (:func:`normalise_text`), on one line."""
    if not title or not title.strip():
        return None
    fixed, _ = normalise_text(title)
    return " ".join(fixed.split()) or None


MIN_BODY_CHARS = 20  # less text than this is no article
LEAD_LANG_CHARS = 600  # the lead a publication date is read from (dates_lead reads 500)


def _lead_lang(text: str, hint: str | None) -> str | None:
    """The language the page's lead is written in, which reads its slash dates
    in its own order ("10/4/2001" is April on a Portuguese page); None when
    too little text says."""
    lang = detect_language(text[:LEAD_LANG_CHARS], hint=hint).lang
    return None if lang == "und" else lang


def _no_text(body: str, removed: list, title_line: bool) -> str:
    """Why an input gave no article: the cleaner took its text ("removing
    residue", naming the rules as the pages do, in words with the id in
    brackets), or there was too little to begin with.  A 15-character file was
    told "no article text left after removing residue" though nothing had been
    removed."""
    if removed:
        rules = ", ".join(f"{residue_label(rule)} [{rule}]" for rule in dict.fromkeys(r.rule for r in removed))
        return (f"no article text left after removing residue ({len(removed)} "
                f"{'piece' if len(removed) == 1 else 'pieces'} removed: {rules})")
    return (f"too short to be an article: {len(body)} characters of text, at least "
            f"{MIN_BODY_CHARS} needed" + (" (its short first line was read as the title)" if title_line else ""))


def analyse(raw: RawArticle, boilerplate: SourceBoilerplate | None = None) -> Article | IngestError:
    """Clean and analyse one raw article (no embedding, no grouping).

    ``boilerplate`` is only read here; the caller teaches it new articles
    (after checking they are new, so a re-sent article is not learned as
    boilerplate of its own source).  Only the first ``MAX_TEXT_CHARS`` of a
    text are analysed and stored, with a warning.
    """
    warnings = list(raw.warnings)
    full = raw.text or ""
    text = cap_text(full)
    if len(text) < len(full):
        warnings.append(f"text longer than {MAX_TEXT_CHARS:,} characters: only the first "
                        f"{len(text):,} are analysed and stored")
    raw_text = text
    hint, wrong = given_lang(raw.lang)
    if wrong:
        warnings.append(f"field '{raw.key('lang')}': {wrong}")
    lead_lang = _lead_lang(text, hint)
    published = publication_date(text, raw.url, raw.date, raw.date_fallback, lang=lead_lang)
    text = strip_date_header(text)
    title = given_name(raw, "title", warnings)
    title_line = False  # whether the text's own first line was taken as its title
    if title is None:
        title, text = split_title(text)
        title_line = title is not None
        title = repair_title(title)
    url = given_url(raw, warnings)
    source = source_of(raw, url, warnings)
    cleaned = clean_text(text, hint, source=source, boilerplate=boilerplate)
    body, repeated = strip_repeated_headline(cleaned.text, title)
    body = body.strip()
    removed = repeated + cleaned.removed
    verdict = None if raw.keep else judge_page(title, raw.text or "", body, removed,
                                               raw.html, hint)
    flagged = verdict is not None and not verdict.is_article
    if flagged and len(body) < MIN_BODY_CHARS:  # nothing but the wall: keep what it said, to show why
        body = " ".join((raw.text or "").split())
    if len(body) < MIN_BODY_CHARS:
        return IngestError(raw.origin, _no_text(body, removed, title_line))
    guess = detect_language(f"{body}", hint=hint)
    lang = guess.lang
    if title and not title_line and not flagged:  # "The Japan Times Online" over a report that opens with its headline
        title, body, page_title = recognise_title(title, body, source, lang)
        removed += page_title
    sents = sentences(body, lang)
    title = title or headline_from(body)
    known = [title] if title else []
    # identity comes from the input text, not the cleaned text: cleaning
    # improves as boilerplate is learned, and a re-sent article must still match
    identity = content_hash(raw_text)
    article = Article(
        id=identity[:16], external_id=raw.external_id, origin=raw.origin,
        title=title, text=body, raw_text=raw_text, url=url, source=source,
        author=given_name(raw, "author", warnings), lang=lang, lang_confidence=guess.confidence, published=published,
        removed=removed, sentences=sents, content_hash=identity, warnings=warnings)
    if flagged:  # not a report: no dates or names to offer facts, stories or search
        article.not_article, article.not_article_reason = verdict.kind, verdict.reason
        return article
    problem = date_field_problem(raw.date) if raw.date and raw.date.strip() else None
    doubt = date_field_doubt(raw.date, lead_lang) if raw.date and not problem else None
    if doubt:  # the field gave the day, which may be the other one ("05/06/2024")
        article.warnings.append(f"field '{raw.key('date')}': {doubt}")
    if problem:
        # "--date" when nothing in the input gave the day (it said "from the text")
        given = raw.date_fallback and publication_date(raw_text, raw.url, raw.date,
                                                       lang=lead_lang) is None
        found = (f"; using {published.isoformat()} from {'--date' if given else 'the text'}"
                 if published else "")
        article.warnings.append(f"field '{raw.key('date')}': {problem}{found}")
    article.dates = resolve_dates(body, published, lang)
    article.entities = extract_entities(body, lang, known=known)
    return article


def strip_learned_boilerplate(article: Article, boilerplate: SourceBoilerplate, known: Iterable = ()) -> bool:
    """Cut from a stored article the lines its source's boilerplate now covers
    (learned from later articles); re-derive sentences, dates and names (with
    ``known``, the names of its event, as its placement found them).  True
    if anything was cut.  The embedding is left as it was: it reads the
    headline and lead, which such lines rarely reach.  A page the gate kept
    out (``not_article``) stays as stored: its text shows why, and it has no
    dates or names to re-derive."""
    from storyline.clean import SOURCE_BOILERPLATE
    from storyline.records import Removal

    if not article.source or article.not_article:
        return False
    kept, cut = [], []
    for line in article.text.split("\n"):
        (cut if line.strip() and boilerplate.is_boilerplate(article.source, line) else kept).append(line)
    body = "\n".join(kept).strip()
    if not cut or len(body) < 20:
        return False
    article.text = body
    article.removed = article.removed + [Removal(SOURCE_BOILERPLATE, c.strip()) for c in cut]
    article.sentences = sentences(body, article.lang)
    article.dates = resolve_dates(body, article.published, article.lang)
    article.entities = extract_entities(body, article.lang, known=[article.title, *known])
    return True


def embedding_text(article: Article, profile: EmbeddingProfile = E5_SMALL) -> str:
    """What the event embedding sees: the headline and the lead
    (:meth:`storyline.embed.EmbeddingProfile.lead`)."""
    return profile.lead(article.title, article.text)
