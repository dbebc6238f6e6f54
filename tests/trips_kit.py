"""What the trips stage reads from one sentence, its places marked as the name
finder would: shared by the trip tests of every language."""
from __future__ import annotations

import datetime as dt

from storyline.analyse.happening import destinations
from storyline.records import Article, EntityMention


def trip_countries(text: str, lang: str, *places: str) -> frozenset[str]:
    """The countries of ``text``'s trip, ``places`` marked as PLACE mentions."""
    marks = [EntityMention(text=p, start=text.index(p), end=text.index(p) + len(p), label="PLACE", key=p)
             for p in places]
    article = Article(id="a", origin="t", title="", text=text, raw_text=text, lang=lang,
                      published=dt.date(2024, 6, 19), entities=marks)
    return frozenset(k for k in destinations(article) if k.startswith("country:"))
