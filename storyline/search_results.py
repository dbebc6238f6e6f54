"""What a search answers: its hits, the near-copies folded under them, and each hit's snippet.

Why apart from :mod:`storyline.search`: these are the records every reader of
search shows (the API's JSON, the page, the CLI) and the one text window a hit
is shown with; how the hits are found and ranked is :mod:`storyline.search`'s.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field

from storyline.store.word_key import folded_with_offsets, word_key

SNIPPET_CHARS = 240


@dataclass
class SearchHit:
    """One result: enough to list it and link to its article and event."""

    article_id: str
    event_id: int | None
    lang: str
    title: str
    score: float                       # fused score, higher is better
    source: str | None = None
    published: dt.date | None = None
    snippet: str = ""
    # "text", "semantic", "entity" (mentions the named entity), "event" (same event as a text hit)
    matched: list[str] = field(default_factory=list)
    # cosine with the query, the report centred on its language (search_centre), when computed
    similarity: float | None = None
    duplicate_of: str | None = None    # set when this hit is itself a near-copy shown alone
    copies: list[SearchCopy] = field(default_factory=list)  # its near-copies among the results
    # (when its site last updated its text, earlier texts kept), as :attr:`Article.revised`:
    # filled by ``ReadModels.search`` so a hit says "updated <when>" as the report's page does
    revised: tuple[str, int] | None = None
    gone: str | None = None  # since when its page is gone from its site, as :attr:`Article.gone`

    def as_dict(self) -> dict:
        from storyline.serialize import on_its_site

        d = asdict(self)
        d["published"] = self.published.isoformat() if self.published else None
        d["copies"] = [c.as_dict() for c in self.copies]
        del d["revised"], d["gone"]  # the API's words for them, as an article's (serialize.on_its_site)
        return {**d, **on_its_site(self)}


@dataclass
class SearchCopy:
    """A near-copy folded under the hit it copies: who reprinted it, and when."""

    article_id: str
    source: str | None
    lang: str
    title: str
    published: dt.date | None = None

    def as_dict(self) -> dict:
        d = asdict(self)
        d["published"] = self.published.isoformat() if self.published else None
        return d


@dataclass
class SearchResult:
    query: str
    mode: str
    total: int
    limit: int
    offset: int
    hits: list[SearchHit]
    # the meaning search ran and no stored report is about the query (:func:`stands_out`)
    off_topic: bool = False

    def as_dict(self) -> dict:
        return {"query": self.query, "mode": self.mode, "total": self.total,
                "limit": self.limit, "offset": self.offset, "off_topic": self.off_topic,
                "items": [h.as_dict() for h in self.hits]}


def snippet(text: str, query: str, width: int = SNIPPET_CHARS) -> str:
    """A window of the text around the first query word found (keyed as the
    word index keys it, :func:`~storyline.store.word_key.word_key`), else its start."""
    folded, origin = folded_with_offsets(text)
    pos = -1
    for word in sorted(word_key(query).split(), key=len, reverse=True):
        pos = folded.find(folded_with_offsets(word)[0])
        if pos >= 0:
            pos = origin[pos]
            break
    start = 0 if pos < 0 else max(0, pos - width // 3)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < pos else start
    end = start + width
    if end < len(text) and not text[end].isspace():
        space = max(text.rfind(" ", start, end), text.rfind("\n", start, end))
        end = space if space > start + width // 2 else end  # whole words, unless one is huge
    piece = " ".join(text[start:end].split())
    return ("…" if start else "") + piece + ("…" if end < len(text) else "")
