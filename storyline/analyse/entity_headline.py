"""The names of a report's headline: those its body gives, found again there.

Why: a headline often names what the report is about in a spelling its body
does not write (the Russian "Аурус, кортик и пхунсаны: …" of a report whose body
writes "Aurus"), and the names index counted the body only, so the report was
missing from that name's page.  Why only the body's names: a headline is a line
of a few words with no sentence around it, often in title case ("Putin Gives
Kim a Limousine") and opening with a noun in capitals ("Schweres Erdbeben in
Marokko", "Séisme dans la région de Marrakech", "Treffen im Fernen Osten"),
where capitals say nothing; read alone, the extractor guessed such runs as
people or places (the demo's headlines: 16 of their 52 words it read alone as a
name were none).  Read against the body's names
(:class:`~storyline.analyse.entity_known.KnownNames`), a headline name is one
the report already names, by key, stem, another script or a partial form
("Ким Чен Ына", "Аурус", "Putin"), and takes its label.

Kept apart from the body's mentions (:attr:`~storyline.records.Article.entities`,
offsets into the body, which facts, placement and stories read): name resolution
reads them after the body's (:mod:`storyline.service_names`) and stores them with
the report's other mentions, offsets into the headline
(:attr:`~storyline.records.Article.title`).
"""
from __future__ import annotations

from typing import Iterable

from storyline.analyse.entities import extract_entities
from storyline.analyse.entity_known import KnownNames
from storyline.analyse.entity_windows import name_windows
from storyline.analyse.entity_tokens import tokenize
from storyline.records import EntityMention


def headline_names(title: str | None, lang: str | None, body: Iterable[EntityMention]) -> list[EntityMention]:
    """The mentions of ``title`` (offsets into it) that are names of ``body`` (the
    report's own mentions) found again: a span the extractor reads with the body's
    names as known, and that a body name's key, stem or spelling covers exactly, or
    that keys as a body name does."""
    body = list(body)
    known = [(m.text, m.label) for m in body]
    if not title or not title.strip() or not known:
        return []
    lang = (lang or "und").split("-")[0].split("_")[0].lower()
    names = KnownNames(known, lang)
    toks = tokenize(title)
    hits = {(toks[c.i].start, toks[c.j - 1].start + len(toks[c.j - 1].bare))
            for c in names.find(title, toks, full_prio=1, partial_prio=0,
                                windows=lambda: name_windows(title, toks, lang))}
    keys = {m.key for m in body}  # (a one-word name the body writes alike is found by its capitals, not as known)
    return [m for m in extract_entities(title, lang, known=known) if (m.start, m.end) in hits or m.key in keys]


__all__ = ["headline_names"]
