"""RSS and Atom feeds (``.rss``, ``.atom``, ``.xml`` or a feed URL): one article per entry.

feedparser reads every feed dialect in use (RSS 0.9x-2.0, Atom 0.3/1.0, RDF)
and normalises dates.  An entry's full content (``content:encoded``, Atom
``content``) is preferred to its summary; its link is the article URL, its
published (else updated) time the publication date, the feed's title the
source and the feed's language the article language hint.  Most feeds carry
only summaries: with ``follow`` the linked page is fetched and read instead
(``storyline ingest URL --follow``), the entry's own text being the fallback.
A polled feed repeats its entries: a link already stored is fetched again
only when the entry says it changed since (:func:`entry_stamp`: a newer
``updated``/``pubDate``, another id), and the page then updates the stored one.
"""
from __future__ import annotations

import datetime as dt
import re
import time
from typing import Callable, Iterator

from storyline.ingest.formats import IngestError, Item
from storyline.records import RawArticle

_BLOCKS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
           "pre", "table", "tr", "section", "article", "figure", "figcaption", "hr"}


def fragment_text(fragment: str) -> str:
    """Text of an HTML fragment, one line per block element."""
    from lxml import etree, html as lhtml

    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lhtml.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return re.sub(r"<[^>]+>", " ", fragment).strip()
    for el in root.iter():  # markup whitespace is one space, as a browser shows it
        el.text = re.sub(r"\s+", " ", el.text) if el.text else el.text
        el.tail = re.sub(r"\s+", " ", el.tail) if el.tail else el.tail
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCKS:
            el.tail = "\n" + (el.tail or "")
    lines = (re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def _iso(parsed) -> str | None:
    """feedparser's UTC ``struct_time`` as a date."""
    try:
        return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday).isoformat() if parsed else None
    except (AttributeError, ValueError):
        return None


# what ``seen(link, stamp)`` says of a followed entry's link
NEW, CURRENT, CHANGED = "new", "current", "changed"


def entry_stamp(entry) -> dict[str, str]:
    """What a feed says of an entry's version: its ``updated`` time (else its
    ``published``/``pubDate``) in UTC as "YYYY-MM-DD HH:MM:SS", and its
    id/guid (some sites give a corrected story a new guid version)."""
    stamp = {}
    # read past feedparser's lookup, which maps a missing updated to published with a warning
    when = dict.get(entry, "updated_parsed") or dict.get(entry, "published_parsed")
    if when:
        stamp["entry_updated"] = time.strftime("%Y-%m-%d %H:%M:%S", when)
    if entry.get("id"):
        stamp["entry_id"] = entry["id"]
    return stamp


def read_feed(data: bytes, origin: str, fetch: Callable[[str, str], Item | None] | None = None,
              seen: Callable[[str, dict], str] | None = None) -> Iterator[Item]:
    """Articles from a feed document; ``fetch(url, origin)`` reads an entry's
    linked page (``follow``), returning ``None`` to use the entry's own text;
    ``seen(url, stamp)`` says whether the link is stored (:data:`NEW`,
    :data:`CURRENT`, or :data:`CHANGED`: the entry's stamp says it changed
    since): a current one is not fetched again (a polled feed repeats its
    entries: they are skipped as already stored, by URL), a changed one is,
    and its page (carrying the stamp) updates the stored one."""
    import feedparser

    doc = feedparser.parse(data)
    broken = xml_problem(data) if doc.get("bozo") else None
    if not doc.get("version") and not doc.entries:
        reason = (f"not XML ({broken[0]})" if broken else doc.get("bozo_exception")
                  or "no <rss>, <feed> or <rdf:RDF> root")
        yield IngestError(origin, f"not an RSS or Atom feed: {reason}")
        return
    feed = doc.get("feed", {})
    source = feed.get("title") or None
    lang = (feed.get("language") or "").split("-")[0] or None
    if not doc.entries:
        yield IngestError(origin, "feed has no entries")
        return
    for n, entry in enumerate(doc.entries, 1):
        where = f"{origin}#{n}"
        link = entry.get("link") or None
        date = _iso(entry.get("published_parsed") or entry.get("updated_parsed"))
        title = entry.get("title") or None
        stamp = entry_stamp(entry)
        state = seen(link, stamp) if fetch is not None and link and seen is not None else NEW
        stored = state != NEW
        if fetch is not None and link and state != CURRENT:
            page = fetch(link, where)
            if isinstance(page, RawArticle):
                page.fetched = {**(page.fetched or {}), **stamp}
                page.title = page.title or title
                page.date = page.date or date
                page.source = page.source or source
                page.lang = page.lang or lang
                yield page
                continue
            if isinstance(page, IngestError):  # said, then the entry's own text is used
                yield IngestError(page.origin, f"{page.reason}; the feed entry's own text is used")
        contents = [c.get("value", "") for c in entry.get("content", [])]
        html = max(contents, key=len) if contents else entry.get("summary", "")
        text = fragment_text(html or "")
        if not text:
            yield IngestError(where, "feed entry has no text" + (f" ({link})" if link else ""))
            continue
        yield RawArticle(origin=where, text=text, title=title, url=link, source=source, lang=lang,
                         date=date, author=entry.get("author") or None,
                         external_id=entry.get("id") or None,
                         stand_in=stored)
    if broken and broken[1]:  # as a cut-off WARC archive: said after the entries it kept
        n = len(doc.entries)
        yield IngestError(origin, f"feed cut off ({broken[0]}); {n} "
                          f"entr{'y was' if n == 1 else 'ies were'} read up to the cut")


def xml_problem(data: bytes) -> tuple[str, bool] | None:
    """Why ``data`` is not well-formed XML, in expat's words with the place
    (feedparser's own message read "<unknown>:2:0: syntax error", a line off:
    it parses the document behind a line of its own), and whether the
    document was cut off (it ends before its elements do); None when it is
    well-formed.  Other faults feedparser reads past (an ``&nbsp;`` in an RSS
    feed) are said only when nothing could be read."""
    import xml.parsers.expat as expat

    parser = expat.ParserCreate()
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        what = expat.errors.messages[exc.code]
        cut = what in (expat.errors.XML_ERROR_NO_ELEMENTS, expat.errors.XML_ERROR_UNCLOSED_TOKEN)
        return f"{what} at line {exc.lineno}, column {exc.offset + 1}", cut
    return None
