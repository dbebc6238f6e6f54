"""The typed rows a :class:`~storyline.store.base.Store` takes and returns.

Kept apart from the interface so that the web layer, the service and the
backends share these shapes without importing the storage contract itself.
Every backend returns exactly these types (dates as :class:`datetime.date`,
never ISO strings), which the contract suite (tests/test_store_contract.py)
checks on each backend.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

import numpy as np

from storyline.language_codes import written_in


@dataclass
class EventRow:
    """An event as listed to users: counts, languages, date range, headline."""

    id: int
    headline: str
    n_articles: int = 0
    n_sources: int = 0  # distinct named sources of its original (non-copy) reports
    languages: list[str] = field(default_factory=list)
    first_date: dt.date | None = None  # from its dated reports only
    last_date: dt.date | None = None
    story_id: int | None = None
    n_unknown_source: int = 0  # original reports whose source is unknown (not counted above)
    n_undated: int = 0  # reports with no date of their own: placed by content only
    # the day its happening took place where its reports state one before ``first_date``
    # (stored by the relink: storyline.store.happened_column); None: none earlier
    happened: dt.date | None = None

    @property
    def day(self) -> dt.date | None:
        """The event's day as every view shows it: its happening's where its
        reports state one (Luna-25 was lost on Saturday 19 August 2023 and first
        reported on the Sunday), else its first report's (``first_date``)."""
        return self.happened or self.first_date


@dataclass
class StoryRow:
    """A story: its events (in date order) and coverage."""

    id: int
    headline: str
    event_ids: list[int] = field(default_factory=list)
    n_articles: int = 0
    n_sources: int = 0
    languages: list[str] = field(default_factory=list)
    first_date: dt.date | None = None
    last_date: dt.date | None = None
    n_unknown_source: int = 0
    n_undated: int = 0
    # its earliest event's happening day where that is before ``first_date`` (from its
    # events' stored days: storyline.store.happened_column; the list and the story's own view)
    happened: dt.date | None = None

    @property
    def day(self) -> dt.date | None:
        """The story's first day as its page shows it: its earliest event's happening
        (the Luna-25 story opens on Saturday 19 August 2023, as its first event's
        heading says), else its first report's (``first_date``)."""
        return self.happened or self.first_date


@dataclass
class EntityRow:
    """A canonical entity with its aliases in every script seen."""

    id: str
    name: str
    label: str
    aliases: list[str] = field(default_factory=list)
    mentions: int = 0
    names: dict[str, str] = field(default_factory=dict)  # language -> display name

    def display(self, lang: str | None) -> "EntityRow":
        """This entity named as readers of ``lang`` know it: its name in that
        language where one is stored, else a place's name in that language in the
        gazetteer (:meth:`reader_place`), else the canonical name if it is in the
        reader's script, else a spelling in that script (:meth:`in_script`),
        else the canonical name."""
        lang = (lang or "en").lower()
        name = self.names.get(lang) or self.reader_place(lang)
        if name is None:
            name = self.name if written_in(self.name, lang) else (self.in_script(lang) or self.name)
        return self if name == self.name else replace(self, name=name)

    def reader_place(self, lang: str) -> str | None:
        """A place's name for readers of ``lang`` no report in it named (the gazetteer's
        ``place_names``): a Ukrainian reader was shown "Kyiv" where no Ukrainian report
        is stored, though the gazetteer writes "Київ"; None for any other entity."""
        if self.label != "PLACE" or lang == "en":
            return None
        from storyline.analyse.entity_patterns import lexicon  # lazy: loaded once, for places only

        return lexicon().reader_place(self.names.get("en") or self.name, lang)

    def in_script(self, lang: str) -> str | None:
        """The commonest of the longest spellings of this entity in the script
        ``lang`` readers read (aliases are stored commonest first) where no other
        language's name is in that script; else None.  Why: the names stage
        gives a language a name from its own reports' mentions; an entity
        that has spellings in the reader's script but no name in the
        reader's language (mentions in a report whose language was not told)
        was shown to a Hindi reader in Latin letters.  Never a one-word
        fragment of a longer name ("किम" of Kim Jong Un), which the names
        stage does not show either.  A name another language owns in that
        script is that language's, not the reader's: a Ukrainian reader is
        not shown the Russian reports' "Киев" for Kyiv."""
        if any(written_in(n, lang) for n in self.names.values()):
            return None
        from storyline.analyse.entity_names import fragment  # lazy: the names stage loads dictionaries

        spelled = [a for a in self.aliases if written_in(a, lang) and not fragment(a, self.aliases)]
        return max(spelled, key=lambda a: len(a.split()), default=None)  # the whole name, not "किम" of it

    @property
    def name_lang(self) -> str | None:
        """The language ``name`` is written in as far as the stored names say:
        English when it is the English name, else the one language whose name
        it is (None: none, or several spell it so, as "Paris" in de and fr).
        Why: a page marks a Hindi name ``lang="hi"`` inside its English, or a
        screen reader spells it out letter by letter."""
        langs = [lg for lg, n in self.names.items() if n == self.name]
        return "en" if "en" in langs else (langs[0] if len(langs) == 1 else None)


@dataclass
class VectorRow:
    """What the grouping stage needs to rebuild its indexes after a restart."""

    article_id: str
    event_id: int | None
    vector: np.ndarray
    published: dt.date | None
    duplicate_of: str | None
    signature: bytes | None
    lang: str | None = None  # what a scorer's view of a stored report needs besides its vector
    far: bool = False  # it joined its event from beyond its window: its date is not the event's


@dataclass
class SearchFilters:
    """Restrictions shared by full-text and semantic search; all optional, ANDed.

    One definition for every backend, so the API, the UI and both kinds of
    search filter the same way.  ``entity_ids`` are canonical entity ids (see
    :meth:`Store.find_entity`): an article passes if it mentions any of them;
    ``None`` means no entity filter, an empty list matches nothing (unknown name).
    """

    langs: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    entity_ids: list[str] | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    event_id: int | None = None
    not_articles: bool = False  # also pages the gate found not to be news reports

    def active(self) -> bool:
        return bool(self.langs or self.sources or self.entity_ids is not None or self.date_from
                    or self.date_to or self.event_id is not None)


@dataclass
class EventTitles:
    """What a reader's headline of an event is picked from
    (:func:`storyline.service_facts.reader_titles`): the listed headline, the
    title chosen per language for its summary (``{}`` until its facts are
    stored) and the languages of the reports titled with the listed headline,
    in ingest order."""

    listed: str
    chosen: dict[str, str] = field(default_factory=dict)
    listed_langs: list[str] = field(default_factory=list)


def flag_where(flagged: bool | None) -> list[str]:
    """WHERE clauses over ``articles`` (every backend's SQL): reports only
    (False), pages the gate flagged only (True), or both (None)."""
    if flagged is None:
        return []
    return ["not_article IS NOT NULL" if flagged else "not_article IS NULL"]


@dataclass
class MentionSpan:
    """One stored mention of a canonical entity: where in which article (what
    :meth:`Store.replace_entities` takes)."""

    entity_id: str
    article_id: str
    start: int
    end: int
    text: str


@dataclass
class MentionRow:
    """A mention with its article's context (what :meth:`Store.entity_mentions`
    returns), in publication order."""

    article_id: str
    text: str
    start: int
    end: int
    event_id: int | None
    story_id: int | None
    published: dt.date | None
    lang: str | None
    title: str | None


@dataclass
class Changes:
    """What other connections committed since a watermark (:meth:`Store.changes_since`).

    ``added`` are ids of articles inserted elsewhere, in commit order;
    ``moved`` ids of stored articles another connection put in another event
    (in commit order; an id may repeat), ``events_deleted`` how many events it
    deleted (each emptied by such moves); ``other`` is true when anything else
    changed (an article deleted), which derived in-memory state cannot replay
    and must rebuild from.  ``watermark`` is the position to pass next time.
    """

    watermark: int
    added: list[str] = field(default_factory=list)
    other: bool = False
    moved: list[str] = field(default_factory=list)
    events_deleted: int = 0

    def __bool__(self) -> bool:
        return bool(self.added or self.other or self.moved or self.events_deleted)
