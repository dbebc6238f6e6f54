"""Typed records of the facts stage: claim sentences, facts, conflicts, summaries.

A *fact* is a group of sentences from one event's reports that state the same
thing, in any language.  Each supporting sentence points back to its article by
offsets (the text itself lives once, in the article), and to the *report* it
belongs to: a source's original article, with its near-duplicate copies
folded in, so that a syndicated story printed five times counts once.

Everything here is plain data; ``to_dict``/``from_dict`` give the JSON the
store keeps and the API returns.
"""
from __future__ import annotations

import base64
from dataclasses import asdict, dataclass, field
from typing import Any, NamedTuple

import numpy as np

CORROBORATED, SINGLE_SOURCE, CONFLICTING = "corroborated", "single-source", "conflicting"
LABELS = (CORROBORATED, SINGLE_SOURCE, CONFLICTING)


class Figure(NamedTuple):
    """A quantity stated in a sentence (:func:`storyline.facts.figures.numbers_in`)."""

    value: float
    kind: str  # "count", "percent", "points" (percentage points), "money", a measure or "duration"
    unit: str  # the word after it (5 letters); for money the currency ("usd", "inr")
    approximate: bool  # "about", "rund", "करीब" before it
    context: frozenset = frozenset()  # words around it (:func:`storyline.facts.context.context_words`)
    concept: str = ""  # what it counts, "dead", "injured" ... (:func:`storyline.facts.context.concept_of`)
    written: str = ""  # as the sentence writes it, with its multiplier and unit ("31 miles", "$5 billion")
    worded: bool = False  # written in words ("five hours", "zwei Prozent"): agrees and settles, never disputes
    part: bool = False  # a part of the figure before it ("1 204 blessés, dont 721 grièvement"): never disputes
    bound: str = ""  # "min" ("at least 5,000"), "max" ("up to 5,000") or "" (:func:`~storyline.facts.figures.bound_of`)


@dataclass
class ClaimSentence:
    """One sentence of one article, with what makes it a claim.

    ``report`` is the independent report it belongs to (the source's name,
    or ``article:ID`` when the source is unknown; a copy takes its original's);
    ``numbers`` are its :class:`Figure` s;
    ``names`` and ``places`` are script-independent name keys; ``dates`` the
    ISO days (or months) it mentions (resolved against the publication date);
    ``fact_dates`` those that date what it states, not its telling (a dateline
    or "said on Sunday" is left out: :func:`.claims.told_at`); ``unsure_dates``
    those the resolver could only guess the direction of (a bare weekday with
    no tense cue: ``DateMention.firm``), which may agree with another
    report's date but never dispute it; ``year_guessed`` the fact dates whose
    year the text does not write (the resolver took the one nearest the
    report); ``date_context`` the words around each date
    (:func:`.context.context_words`); ``years`` the years it names outright.
    """

    article_id: str
    idx: int
    start: int
    end: int
    text: str
    lang: str
    source: str | None
    report: str
    published: str | None = None
    duplicate_of: str | None = None
    position: int = 0  # rank among the article's claim sentences (0 = first)
    numbers: list[Figure] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    fact_dates: list[str] = field(default_factory=list)
    unsure_dates: list[str] = field(default_factory=list)
    year_guessed: list[str] = field(default_factory=list)
    date_context: dict[str, frozenset[str]] = field(default_factory=dict)
    years: list[int] = field(default_factory=list)  # years it names ("en 1960", "April 2019")
    name_context: dict[str, frozenset[str]] = field(default_factory=dict)  # words next to each person or place
    speakers: list[str] = field(default_factory=list)  # people it gives as speaking (:mod:`.speakers`)
    # as the sentence writes each date (ISO key: "Jeudi", "4 septembre") and each name (key: "Lavrov")
    date_text: dict[str, str] = field(default_factory=dict)
    name_text: dict[str, str] = field(default_factory=dict)
    # clock times it states, in minutes after midnight or noon (:func:`.figures.clock_times`): "6.04 pm",
    # "18 h 04" and "शाम 6:04 बजे" are one time of day
    times: list[int] = field(default_factory=list)


@dataclass
class Support:
    """A sentence supporting a fact, as cited to readers."""

    article_id: str
    sentence: int
    start: int
    end: int
    text: str
    lang: str
    source: str | None
    report: str
    unknown_source: bool
    published: str | None = None
    duplicate_of: str | None = None


@dataclass
class ConflictSide:
    """One side of a disagreement.  ``value`` is what its reports wrote ("31
    miles", "Jeudi (2011-03-10)"; forms that differ joined by " / "), so a
    reader checks the sentences, not a conversion; ``normalised`` is what was
    compared (a measure in the kind's base unit, "49.879 km"; an ISO date; a
    name key), and ``written`` each support's own form, in ``supports`` order."""

    value: str
    supports: list[int]  # indexes into the fact's supports
    normalised: str = ""
    written: list[str] = field(default_factory=list)


@dataclass
class Conflict:
    """Aligned statements that disagree: ``kind`` is number, date, place or participant."""

    kind: str
    sides: list[ConflictSide]


@dataclass
class Fact:
    id: int
    label: str
    supports: list[Support]
    reports: list[str]
    languages: list[str]
    unknown_source_reports: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    score: float = 0.0  # relevance used by the summary (centrality, corroboration, position)
    vector: Any = None  # numpy centroid of the supporting sentences (None: not embedded)
    features: dict[str, float] = field(default_factory=dict)  # what ``score`` weighs (not stored)
    # alignment pair scores among the supports, in their order (None: not embedded);
    # which sentence of the fact glosses which (:mod:`storyline.facts.gloss`)
    near: list[list[float]] | None = None
    # indexes of the supports that state fewer than two particulars
    # (:func:`storyline.facts.features.vague_supports`): a summary does not
    # open with one (:func:`storyline.facts.summarise.opening_first`)
    vague: list[int] = field(default_factory=list)
    # indexes of supports whose sentence names a person (:func:`storyline.facts.features.naming_supports`):
    # what a quotation given to "he" leans on (:func:`storyline.facts.summarise.antecedents`)
    naming: list[int] = field(default_factory=list)

    @property
    def n_reports(self) -> int:
        return len(self.reports)


@dataclass
class EventFacts:
    """Everything the facts stage derives for one event (stored as one JSON blob)."""

    event_id: int
    fingerprint: str
    facts: list[Fact]
    summary: list[int]  # fact ids in reading order
    headlines: dict[str, str]  # language -> chosen headline; "" key: best overall
    embedded: bool = False
    # what the summary was picked with (summarise.SUMMARY_WORDS and MMR_LAMBDA by
    # default); a reader's summary is picked again with them
    budget_words: int = 120
    lam: float = 0.85
    # summary-only candidates (:mod:`storyline.facts.candidates`): sentences no fact
    # holds, each a single-source "fact" of itself, ids after the facts'; a summary
    # may show one, the event's facts, counts, conflicts and glosses never list one
    extras: list[Fact] = field(default_factory=list)


def _vec_out(v: Any) -> str | None:
    if v is None:
        return None
    return base64.b64encode(np.asarray(v, np.float16).tobytes()).decode()


def _vec_in(s: str | None) -> Any:
    if not s:
        return None
    return np.frombuffer(base64.b64decode(s), dtype=np.float16).astype(np.float32)


def fact_to_dict(f: Fact, with_vector: bool = True) -> dict[str, Any]:
    d = {"id": f.id, "label": f.label, "reports": f.reports, "languages": f.languages,
         "unknown_source_reports": f.unknown_source_reports, "score": round(f.score, 4),
         "supports": [asdict(s) for s in f.supports],
         "conflicts": [asdict(c) for c in f.conflicts]}
    if f.vague:
        d["vague"] = f.vague
    if f.naming:
        d["naming"] = f.naming
    if with_vector:
        d["vector"] = _vec_out(f.vector)
        d["near"] = f.near
    return d


def _side_in(x: dict[str, Any]) -> ConflictSide:
    """A stored side; one stored before sides kept their written form (FACTS_VERSION
    12 and older) had only the compared value, which is then both."""
    return ConflictSide(x["value"], x["supports"], x.get("normalised") or x["value"], x.get("written", []))


def fact_from_dict(d: dict[str, Any]) -> Fact:
    return Fact(id=d["id"], label=d["label"], reports=d["reports"], languages=d["languages"],
                unknown_source_reports=d.get("unknown_source_reports", 0), score=d.get("score", 0.0),
                supports=[Support(**s) for s in d["supports"]],
                conflicts=[Conflict(c["kind"], [_side_in(x) for x in c["sides"]])
                           for c in d.get("conflicts", [])],
                vector=_vec_in(d.get("vector")), near=d.get("near"), vague=d.get("vague", []),
                naming=d.get("naming", []))


def event_facts_to_dict(ef: EventFacts) -> dict[str, Any]:
    return {"event_id": ef.event_id, "fingerprint": ef.fingerprint, "embedded": ef.embedded,
            "facts": [fact_to_dict(f) for f in ef.facts], "summary": ef.summary,
            "headlines": ef.headlines, "budget_words": ef.budget_words, "lam": ef.lam,
            "extras": [fact_to_dict(f) for f in ef.extras]}


def event_facts_from_dict(d: dict[str, Any]) -> EventFacts:
    return EventFacts(event_id=d["event_id"], fingerprint=d["fingerprint"],
                      facts=[fact_from_dict(f) for f in d["facts"]], summary=d["summary"],
                      headlines=d.get("headlines", {}), embedded=d.get("embedded", False),
                      budget_words=d.get("budget_words", 120), lam=d.get("lam", 0.85),
                      extras=[fact_from_dict(f) for f in d.get("extras", [])])
