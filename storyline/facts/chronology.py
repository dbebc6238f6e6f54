"""Which sentence a story's chronology titles a past happening by, and its gloss.

Issue 12's rule for every sentence a reader is shown: one in the reader's
language where there is one, else the original with its language tag and a
gloss in the reader's language when an aligned sentence exists anywhere in
the story.  The chronology's mentioned happenings are titled by a sentence
that names their date (:func:`storyline.timeline._told`), which knew only the
sentences citing that date: a Russian reader of the Putin–Kim story read the
German "Kim hatte Pjöngjang bereits am Sonntag verlassen." untagged, and an
English reader of the Chandrayaan story the Russian "«Луна-25» стартовала 11
августа …" although the fact holding it has "Luna-25 was launched on Aug. 11"
for a gloss.  Here each cited sentence is looked up among the story's facts
and glossed as a fact's citation is (:func:`~storyline.facts.render.fact_view`,
one :class:`~storyline.facts.gloss.GlossPool` over the story).  The title stays
the cited sentence, which states the date; the gloss is what the reader
reads it by (a sentence may state two dates, its gloss only one of them).
"""
from __future__ import annotations

from typing import Any

from storyline.facts.gloss import GlossPool
from storyline.facts.model import EventFacts, Fact
from storyline.facts.render import DEFAULT_LANG, fact_view, story_gloss_pool
from storyline.wording import clip

TITLE_CHARS = 240  # as :func:`storyline.timeline._told` clips a title


class _Glosses:
    """The gloss of a cited sentence for a reader of one language, over the story's facts."""

    def __init__(self, events: list[EventFacts], lang: str, pool: GlossPool | None = None):
        listed = [(ef.event_id, f) for ef in events for f in ef.facts]
        self.lang = lang
        self.pool = pool if pool is not None else story_gloss_pool(events, lang)
        self.holders: dict[tuple[str, str], tuple[Fact, int]] = {}
        for _, f in listed:
            for k, s in enumerate(f.supports):
                self.holders.setdefault((s.article_id, s.text.strip()), (f, k))

    def of(self, article_id: str, sentence: str) -> str | None:
        """The reader-language sentence aligned with this cited one, or None."""
        held = self.holders.get((article_id, sentence.strip()))
        if held is None:
            return None
        fact, k = held
        view: dict[str, Any] = fact_view(fact, self.lang, self.pool)
        return view["supports"][k]["gloss"]


def gloss_titles(entries: list, events: list[EventFacts], lang: str, pool: GlossPool | None = None) -> None:
    """Title each mentioned happening with no cited sentence in ``lang`` by
    the rule above (``entries``: :class:`~storyline.timeline.TimelineEntry`,
    changed in place): the first cited sentence with a gloss in ``lang``, as
    it is written, tagged and glossed; without one, an English cited sentence
    as :func:`~storyline.timeline._told` chose it; without that, English is
    the reader's fallback language: a cited sentence with an English gloss;
    else the title stays the original, tagged, with no gloss.  ``pool``: the story's
    :func:`~storyline.facts.render.story_gloss_pool` for ``lang`` where the caller has
    built it for the summary (the story page), else built here when an entry needs it."""
    readers: dict[str, _Glosses] = {}

    def glossed(entry, reader: str) -> bool:
        if reader not in readers:
            readers[reader] = _Glosses(events, reader, pool if reader == lang else None)
        for c in sorted(entry.citations, key=lambda c: c.lang != DEFAULT_LANG):
            gloss = readers[reader].of(c.article_id, c.sentence)
            if gloss:
                entry.title, entry.title_lang = clip(c.sentence, TITLE_CHARS), c.lang
                entry.gloss, entry.gloss_lang = clip(gloss, TITLE_CHARS), reader
                return True
        return False

    for e in entries:
        if e.kind != "mentioned" or not e.citations or any(c.lang == lang for c in e.citations):
            continue
        if glossed(e, lang) or lang == DEFAULT_LANG or any(c.lang == DEFAULT_LANG for c in e.citations):
            continue
        glossed(e, DEFAULT_LANG)


__all__ = ["gloss_titles"]
