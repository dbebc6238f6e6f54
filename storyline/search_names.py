"""Search: the stored entities a query names, and the reports that name them.

Why apart from :mod:`storyline.search`: reading names out of a query (which
words spell a stored entity, which of those are people, which spellings are
only a frequent word) is a concept of its own, used by several of the
hybrid search's lists: the whole query as one name (:func:`entity_hits`,
:func:`named_events_only`), the words and word n-grams of a longer query
that name entities (:func:`query_names`, :func:`named_matches`), and the
leave-one-out seeds that must not rest on people's names alone
(:func:`entity_labels`, :func:`names_only`).

A name matches across scripts because the store links an entity's
spellings ("Putin", "Путин", "पुतिन" are one entity), so a report that
writes the name in another script than the query is still found by it.
"""
from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass, replace

from storyline.analyse.entity_lookup import typo_budget
from storyline.analyse.entity_tokens import script_of, without_possessive
from storyline.search_cases import nominatives
from storyline.search_words import unworded
from storyline.store.base import Store
from storyline.store.records import EntityRow, SearchFilters
from storyline.search_spellings import query_key as _key, spelt_as_written, written_entity, written_spellings  # noqa: F401

NAME_WORDS = 6              # the longest word n-gram read as one name ("International Atomic Energy Agency")


def entity_hits(store: Store, entity_id: str, filters: SearchFilters) -> list[str]:
    """Reports that mention the entity the query names (``store.find_entity``),
    newest first: "नरेंद्र मोदी" also finds "Narendra Modi" and "Нарендра Моди"
    once names are linked."""
    return [a for a, _ in store.search_text("", None, 0, replace(filters, entity_ids=[entity_id]))]


def named_events_only(store: Store, entity_id: str, near: list[str]) -> list[str]:
    """The meaning hits (``near``) that belong to an event some report of
    which mentions the entity the query names, whatever the filters.

    Why: a query that is a name asks for that name.  e5 embeds one rare word
    loosely, so "Aurus" (the limousine) also ranked the Moon landings by
    meaning, under every report of the gift; those events never name it.
    The name's own events keep all their meaning hits, so its reports in
    other languages and scripts still come up."""
    named = set(entity_hits(store, entity_id, SearchFilters()))
    event = {r.article_id: r.event_id for r in store.iter_vectors(list(named | set(near)))}
    kept = {event.get(a) for a in named} - {None}
    return [a for a in near if event.get(a) in kept]


def in_named_events(store: Store, entity_ids: list[str], near: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """The meaning hits of ``near`` (id, cosine) in events naming every one of
    ``entity_ids`` (:func:`named_events_only` for each), in their order."""
    ids = [a for a, _ in near]
    for entity_id in dict.fromkeys(entity_ids):
        ids = named_events_only(store, entity_id, ids)
    kept = set(ids)
    return [(a, s) for a, s in near if a in kept]


def entity_labels(store: Store, words: list[str]) -> dict[str, str | None]:
    """Each word's stored entity label ("PERSON", "PLACE", …), ``None`` for a
    word that spells no stored entity (``store.find_entity``), looked up once."""
    out: dict[str, str | None] = {}
    for w in words:
        if w not in out:
            found = store.find_entity(w)
            out[w] = found.label if found is not None else None
    return out


def names_only(labels: dict[str, str | None], rest: list[str], dropped: str) -> bool:
    """Would dropping ``dropped`` (a word that names no stored entity) leave
    only people's names (``rest``, each a stored person's spelling; ``labels``
    from :func:`entity_labels`)?

    Why: "पुतिन किम लिमोजिन" (Putin Kim limousine) less its one topic word is
    "Putin Kim", which every meeting of the two has; its Hindi report of the
    2023 spaceport visit confirmed that event above the limousine gift's,
    whose reports are English and Russian only.  A query's people say whose
    story, its other words which happening of it.  A place is kept as a
    happening's word ("Putin Pyongyang" less "limousine" still names the
    2024 visit)."""
    return labels.get(dropped) is None and all(labels.get(w) == "PERSON" for w in rest)


@dataclass(frozen=True)
class QueryName:
    """Words ``start:end`` of a query that spell the stored ``entity``."""

    start: int
    end: int
    entity: EntityRow


def _bare(word: str) -> str:
    """A query word without the punctuation around it ("Putin," -> "Putin")."""
    cats = ("L", "M", "N")
    i, j = 0, len(word)
    while i < j and unicodedata.category(word[i])[0] not in cats:
        i += 1
    while j > i and unicodedata.category(word[j - 1])[0] not in cats:
        j -= 1
    return word[i:j]


def store_frequent_words(store: Store) -> frozenset[str]:
    """The frequent words (jusText's stop lists) of the languages the store
    holds reports in, keyed as :func:`_key` keys them."""
    return _frequent_keys(tuple(sorted(store.language_vector_sums())))


@functools.lru_cache(maxsize=16)
def _frequent_keys(langs: tuple[str, ...]) -> frozenset[str]:
    """Keyed once per set of languages: keying some 6,000 words took 5 ms a query."""
    from storyline.analyse.where_subdivisions import frequent_words

    return frozenset(_key(w) for lang in langs for w in frequent_words(lang))


def common_word(store: Store, word: str) -> bool:
    """Is ``word`` one word that is a frequent word of the store's languages,
    not typed as an acronym ("on", "us"; not "UN", "US")?  Such a word asks
    for itself: the store's lookup keys ("on" for ONU) and the aliases that
    are also common words must not read it as a name and add every report
    of that entity (a one-word query, and each word of a longer one)."""
    words = word.split()
    if len(words) != 1 or _acronym(_bare(words[0])):
        return False
    return _key(_bare(words[0])) in store_frequent_words(store)


def query_entity(store: Store, query: str) -> EntityRow | None:
    """The stored entity the whole ``query`` names, if any: not a frequent
    word (:func:`common_word`), and a query too short to carry a typo
    (``entity_lookup.typo_budget``: under 4 letters) only as some report
    writes the name.

    Why: the store also looks an entity up by keys no report writes (a
    spelling key folds doubled letters, "mon" for "Moon"; a gazetteer key,
    "moskva" for Moscow).  A longer key is a fair way in ("Moskva" is how a
    reader may spell Москва), but a three-letter query that is one letter
    from a name is the typo :func:`typo_budget` refuses: "mon" listed every
    report of the Moon landings as name matches.  A query that is a name in
    the possessive ("Putin's") names it as :func:`query_names` reads it."""
    words = query.split()
    for phrase in [query, *_spellings([*words[:-1], _bare(words[-1])])[1:]] if words else [query]:
        found = None if common_word(store, phrase) else store.find_entity(phrase) or written_entity(store, phrase)
        if found is None:
            continue
        if typo_budget(_bare(phrase).casefold()) == 0 and not spelt_as_written(_bare(phrase), found):
            continue
        return found
    if not words or common_word(store, query):
        return None
    spelt = [_bare(query), *nominatives(_bare(query))]  # "Ливии" names Libya as "Ливия", "Лівії" as "Лівія"
    return next(filter(None, (country_entity(store, p) for p in spelt)), None)


def _spellings(run: list[str]) -> list[str]:
    """The words of ``run`` as typed, then with the last less its possessive
    where it has one (``entity_tokens.without_possessive``: "Kim Jong Un's"),
    then the nominatives a Russian or Ukrainian case form may stand for
    (:func:`storyline.search_cases.nominatives`: "Ливии", "Лівії")."""
    out = [" ".join(run)]
    if run and (owner := without_possessive(run[-1])) != run[-1]:
        out.append(" ".join([*run[:-1], owner]))
    out += [base for base in (nominatives(out[0]) if run else []) if base not in out]
    return out


def _acronym(phrase: str) -> bool:
    letters = [c for c in phrase if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def query_names(store: Store, words: list[str]) -> list[QueryName]:
    """The runs of ``words`` that spell a stored entity, left to right, the
    longest run first at each word ("Kim Jong Un Moscow": Kim Jong Un, then
    Moscow, never "Kim" alone), none overlapping.

    A run reads as a name only when it is written as the entity is written
    (:func:`written_spellings`; the store's lookup keys ("on" for ONU, "mon"
    for Mond) are no one's spelling) and, a single word, when it is no
    frequent word of the store's languages unless typed as an acronym
    ("US", not "us"): a common word that happens to be an alias must not
    pull in every report of its entity.  A run's last word is also read
    less a possessive, as the names stage reads a report's words
    (``entity_tokens.without_possessive``): "Putin's limousine gift" names
    Putin, "Kim Jong Un’s train" Kim Jong Un, as a report writing them does."""
    bare = [_bare(w) for w in words]
    out: list[QueryName] = []
    i = 0
    while i < len(bare):
        for j in range(min(len(bare), i + NAME_WORDS), i, -1):
            if not bare[i] or not bare[j - 1]:
                continue
            found = _run_entity(store, [b for b in bare[i:j] if b])
            if found is None:
                continue
            out.append(QueryName(i, j, found))
            i = j - 1
            break
        i += 1
    return out


def spells_name(store: Store, word: str) -> bool:
    """Does the one word ``word`` name a stored entity as :func:`query_names` reads it?"""
    return bool(bare := _bare(word)) and _run_entity(store, [bare]) is not None


def rest_words(words: list[str], names: list[QueryName]) -> list[str]:
    """The words of ``words`` that none of ``names`` covers, without punctuation."""
    covered = {k for n in names for k in range(n.start, n.end)}
    return [b for k, w in enumerate(words) if k not in covered and (b := _bare(w))]


def _run_entity(store: Store, run: list[str]) -> EntityRow | None:
    """The stored entity the words of ``run`` spell (:func:`query_names`'s
    rules), as typed, else with the last word less its possessive."""
    for phrase in _spellings(run):
        found = written_entity(store, phrase)
        if found is None:
            continue
        if len(run) == 1 and common_word(store, phrase):
            continue
        return found
    if len(run) == 1 and common_word(store, run[0]):
        return None
    return next(filter(None, (country_entity(store, phrase) for phrase in _spellings(run))), None)


def country_entity(store: Store, phrase: str) -> EntityRow | None:
    """The stored country that ``phrase`` names in a language no stored
    report writes it in: "روسيا", "俄罗斯" (Russia) in a store of English,
    Russian and Hindi reports.  Read by the where index, which names every
    country in every language official somewhere (``where.country_named``:
    a country's own name, never a city's or a lookup key), and found as a
    report writes it (:func:`written_spellings`) by any of those names.

    Why: a query names a country in the reader's language, and no report
    need share it; the name stage links a country's spellings across
    scripts only as reports write them, so "روسيا" named nothing and its
    query had no names list, and a trip to "كوريا الشمالية" went nowhere."""
    from storyline.analyse.where import country_named

    code = country_named(phrase)
    if code is None:
        return None
    for name in _country_spellings(code):
        found = store.find_entity(name)
        if (found is not None and found.label == "PLACE" and _key(name) in written_spellings(found)
                and country_named(found.name) == code):
            return found
    return None


@functools.lru_cache(maxsize=256)
def _country_spellings(code: str) -> tuple[str, ...]:
    """A country's names, English's first (GeoNames), then every official
    language's (CLDR, folded as the where index folds them)."""
    from storyline.analyse.where_countries import country_names_anywhere, geonames_countries

    english = geonames_countries().get(code, ("",))[0]
    others = sorted(k for k, codes in country_names_anywhere().items() if code in codes)
    return tuple(n for n in dict.fromkeys([english, *others]) if n)


def named_matches(store: Store, words: list[str], names: list[QueryName], filters: SearchFilters,
                  semantic: list[str], worded: list[str]) -> list[str]:
    """The reports (passing ``filters``) that mention every entity ``names``
    reads in the query, in any script, and meet its other words: by words
    (the full-text index; first, in its order), or by meaning (among the
    ``semantic`` hits, in their order) in an event where a report naming
    them has those words (in any language and whatever the filters).  A
    query of names alone: :func:`_names_only_matches` (``worded``: the
    query's word matches, best first).

    Why: the full-text index needs every word as typed, so "पुतिन लग्ज़री"
    missed the reports that write "Putin", and "Putin limousine" a Hindi
    report that writes "पुतिन" found by meaning alone.  A name is a word
    match in every script the store links to it; the query's other words
    still choose the happening.  Meaning alone does not: e5 embeds
    "Putin limousine" near every report of Putin and Kim (their spaceport
    meeting and defence pact too), so a meaning hit counts only in the
    event the other words name.  Where no report has the other words,
    none is a name match: taking the event of the first meaning hit naming
    them instead put another event's report second for headlines whose own
    report lacks one of their names (multilingual dev MRR 0.974 -> 0.958:
    "Le gouvernement des États Unis va reprendre les évacuations en Haïti"
    named another Haiti event)."""
    if not names:
        return []
    ids = list(dict.fromkeys(n.entity.id for n in names))
    named = _naming_all(store, ids, filters)
    if not named:
        return []
    others = rest_words(words, names)
    if not others:
        return _names_only_matches(store, named, semantic, worded)
    within = set(named)
    if unworded(store, others, {r.lang for r in store.iter_vectors(named)}):
        # none of the names' reports can write them (no stored report, or none of the
        # names' languages: "наводнение в Ливии" over Libya's English, French, Spanish
        # and German reports): the names' reports meaning finds, in its order
        return [a for a in semantic if a in within]
    rest = " ".join(others)
    has_words = [a for a, _ in store.search_text(rest, None, 0, replace(filters, entity_ids=ids[:1]))
                 if a in within]
    taken = set(has_words)
    meant = [a for a in semantic if a in within and a not in taken]
    if not meant:
        return has_words
    anywhere = set(_naming_all(store, ids, SearchFilters()))
    worded_anywhere = [a for a, _ in store.search_text(rest, None, 0, SearchFilters(entity_ids=ids[:1]))
                       if a in anywhere]
    event = {r.article_id: r.event_id for r in store.iter_vectors(list(set(meant) | set(worded_anywhere)))}
    events = {event.get(a) for a in worded_anywhere} - {None}
    return has_words + [a for a in meant if event.get(a) in events]


def _names_only_matches(store: Store, named: list[str], semantic: list[str], worded: list[str]) -> list[str]:
    """For a query of names alone: the reports naming them all in the event
    of the word match the meaning ranks first (else the first word match),
    meaning hits first; none without a word match.

    Why one event: names say whose story, not which happening of it.  Every
    report naming them all counted ("Ким Чен Ын Восточный" then listed the
    2024 reports that recall the 2023 Vostochny meeting above it: the honest
    typed name queries' P@10 0.754 -> 0.729); the best word match's event
    is the happening the words and meaning point to ("Aurus Putin Kim": the
    gift's Russian report, which writes "Аурус", "Путин", "Ким")."""
    if not worded:
        return []
    where = set(worded)
    best = next((a for a in semantic if a in where), worded[0])
    event = {r.article_id: r.event_id for r in store.iter_vectors(list(set(named) | {best}))}
    if event.get(best) is None:
        return []
    return by_meaning([a for a in named if event.get(a) == event[best]], semantic)


def by_meaning(ids: list[str], semantic: list[str]) -> list[str]:
    """``ids`` in the order of the meaning hits (``semantic``), then the others in theirs."""
    kept = set(ids)
    first = [a for a in semantic if a in kept]
    seen = set(first)
    return first + [a for a in ids if a not in seen]


def _naming_all(store: Store, entity_ids: list[str], filters: SearchFilters) -> list[str]:
    """The reports (passing ``filters``) that mention each of the entities, newest first."""
    named = entity_hits(store, entity_ids[0], filters)
    for other in entity_ids[1:]:
        also = set(entity_hits(store, other, filters))
        named = [a for a in named if a in also]
    return named
