"""The events a hybrid search's word matches carry into every language.

Why apart from :mod:`storyline.search`: exact words find reports in the
query's language; the events of the first of them hold the same happening in
every other language (:func:`event_mates`), taken in the order words and
meaning rank them together (:func:`seeds_by_meaning`), widened by the reports
with all the query's words but one (:func:`relaxed_seeds`); and a short
query's meaning hits are narrowed to the languages that could not write its
words (:func:`worded_languages_only`).  :mod:`storyline.search` fuses what
these find with the other lists.
"""
from __future__ import annotations

from dataclasses import replace

from storyline.search_fusion import RRF_K
from storyline.search_names import entity_labels, names_only
from storyline.store.base import Store
from storyline.store.records import SearchFilters

EXPAND_FROM = 5             # hybrid: the events of this many first full-text hits join in
SHORT_QUERY = 2             # hybrid: a query of this many words or fewer is read for its words (worded_languages_only)
RELAX_MIN_WORDS = 3         # hybrid: a query of this many words or more with fewer word hits
                            # than EXPAND_FROM also seeds events with all its words but one


def worded_languages_only(store: Store, near: list[str], worded: list[str], reached: list[str]) -> list[str]:
    """The meaning hits (``near``) less those written in a language some
    report of which has the query's words (``worded``), in an event no word,
    name or event hit reaches (``reached``).

    Why: e5-small embeds one or two words loosely, so "grain deal" ranked
    English reports of the ECB, the Pyongyang pact and the Moon landing by
    meaning after the deal's own.  In a language where reports have the
    words, a report that lacks them, outside every event they reach, is
    none of the query's; other languages are still read by meaning (an
    English "earthquake" keeps the Spanish report of Spain's rescue team).
    Only for queries of ``SHORT_QUERY`` words or fewer: a longer one needs
    every word (the full-text index), so a relevant report lacking one word
    is common, and its report in a split event was lost (Wikinews dev
    headlines R@10 0.820 -> 0.805 at three words, 0.754 at five).
    ``SHORT_QUERY`` was chosen as the search cut was, leaving one set out
    (docs/benchmarks.md "A short query is read for its words")."""
    rows = {r.article_id: r for r in store.iter_vectors(list(set(near) | set(reached) | set(worded)))}
    langs = {rows[a].lang for a in worded if a in rows}
    events = {rows[a].event_id for a in reached if a in rows} - {None}
    return [a for a in near if a not in rows or rows[a].lang not in langs or rows[a].event_id in events]


def event_mates(store: Store, seeds: list[str], filters: SearchFilters) -> list[str]:
    """The other reports (passing ``filters``) of the events of ``seeds``, event
    by event in the seeds' order."""
    events: list[int] = []
    for aid in seeds:
        a = store.get_article(aid)
        if a is not None and a.event_id is not None and a.event_id not in events:
            events.append(a.event_id)
    out: list[str] = []
    for event_id in events:
        in_event = replace(filters, event_id=event_id)
        out += [a for a, _ in store.search_text("", None, 0, in_event) if a not in seeds and a not in out]
    return out


def seeds_by_meaning(seeds: list[str], semantic: list[str]) -> list[str]:
    """The word-match seeds in the order words and meaning rank them together
    (reciprocal rank fusion of their word rank and meaning rank), so the events
    they carry into other languages come in that order.

    Why: the full-text index ranks a report that names the query's words in
    passing ("armoured train Kim Russia": the Pyongyang pact's report recalls
    "Kim travelled by armoured train to Russia" last year) above the report
    the words are about (the 2023 spaceport visit), and its event's reports
    in every language then came first, the pact's Hindi report above the
    visit's own.  The meaning of the whole query tells the two apart; a seed
    the meaning search did not keep counts as ranked last there."""
    if len(seeds) < 2 or not semantic:
        return seeds
    where = {a: i for i, a in enumerate(semantic)}
    score = {a: 1.0 / (RRF_K + i + 1) + 1.0 / (RRF_K + where.get(a, len(semantic)) + 1)
             for i, a in enumerate(seeds)}
    return sorted(seeds, key=lambda a: -score[a])


def relaxed_seeds(store: Store, query: str, seeds: list[str]) -> list[str]:
    """The reports, beyond ``seeds`` (up to ``EXPAND_FROM`` in all), that have
    every query word but one (each such word list's best first, taken in
    turn) and belong to a story of the seeds' events; none unless the query has
    at least ``RELAX_MIN_WORDS`` words (one of two words alone names too much)
    and fewer than ``EXPAND_FROM`` seeds.  :func:`search` lets their events
    confirm, not add, semantic hits.

    Why: one word the other languages write differently ("limousine" is
    "लिमोजिन" in a Hindi report of the gift) leaves a single word match and
    so a single event to carry into other languages; the reports with the
    other words ("Putin Pyongyang") name the events the query is about, and
    their other-language reports then outrank a report that only the
    embedding ties to the query.  Other stories' events sharing all but one
    word cost the true event's reports (Wikinews dev R@10 0.826 -> 0.811)."""
    words = query.split()
    if not seeds or len(seeds) >= EXPAND_FROM or len(words) < RELAX_MIN_WORDS:
        return []
    labels = entity_labels(store, words)
    kept = [i for i in range(len(words)) if not names_only(labels, words[:i] + words[i + 1:], words[i])]
    partial = [[a for a, _ in store.search_text(" ".join(words[:i] + words[i + 1:]), EXPAND_FROM, 0)]
               for i in kept]
    out = list(seeds)
    for rank in range(EXPAND_FROM):
        for found in partial:
            if len(out) < EXPAND_FROM and rank < len(found) and found[rank] not in out:
                out.append(found[rank])
    story_map, story = store.story_map(), {}
    for aid in out:
        a = store.get_article(aid)
        story[aid] = story_map.get(a.event_id) if a is not None and a.event_id is not None else None
    mine = {story[a] for a in seeds} - {None}
    return [a for a in out[len(seeds):] if story[a] in mine]
