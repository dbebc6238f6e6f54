"""Search: a query that states a trip asks for the happening that goes there.

Why: "Putin visit to North Korea" names two people's story, and every
meeting of the two has the same names and nearly the same meaning: e5 put
the German reports of Kim's 2023 visit to Russia (the Vostochny spaceport)
above the June 2024 Pyongyang visit, and both events' English reports write
"Putin", "visit" and "North Korea".  What tells them apart is where the trip
goes, which the query states in its word order ("visit to North Korea", not
"North Korea's leader visits Russia") and which grouping already reads out of
every report (:func:`storyline.analyse.happening.destinations`: a place right
after a travel cue, in the report's own time; its country compares across
scripts).  So the query is read as a one-line report: its place names
(:func:`storyline.search_names.query_names`, those stored as places) after a
travel cue of any language the stage reads give the countries it goes to
(:func:`query_trip`), and the hits whose event's reports mostly go there
(:func:`event_goes`) rank as one more list of the fusion (:func:`trip_reading`):
confirmation of what the other lists found, never a new candidate, and no
reader-facing match of its own (it finds nothing, it orders); and the hits
whose event's trip goes elsewhere, the same leaders' visit the other way
round, rank below the last hit that goes there (:func:`below_matches`): one
rank among the lists did not outweigh meaning, words and names.  Where each
report's trip goes is stored with it (:mod:`storyline.store.trip_column`), so
a query reads those values, not the events' reports.
"""
from __future__ import annotations

from collections import Counter

from storyline.analyse.happening import TRAVEL_LANGS, read_stored_trips, trip_countries
from storyline.records import Article, EntityMention
from storyline.search_names import QueryName
from storyline.search_words import unspaced_place
from storyline.store.base import Store

TRIP_EVENTS = 30  # hits, in fused order, whose events are read for where they go


def query_trip(query: str | list[str], names: list[QueryName]) -> frozenset[str]:
    """The countries (``country:XX`` keys) the trip the query states goes to,
    read as :func:`~storyline.analyse.happening.destinations` reads a report in each language it has travel
    cues for: "Putin visit to North Korea" -> KP, "Kim reist nach Russland" ->
    RU; none where no stored place follows a cue ("Putin Kim Pyongyang",
    "North Korea's leader visits"); in a script without spaces, a place the
    where index knows counts though no report names it ("普京抵达 平壤").  ``query`` is the query, or its words as
    ``names`` counts them (:func:`storyline.search_words.query_words`)."""
    words = query.split() if isinstance(query, str) else query
    starts, pos = [], 0
    for w in words:
        starts.append(pos)
        pos += len(w) + 1
    text = " ".join(words)
    places = [EntityMention(text=" ".join(words[n.start:n.end]), start=starts[n.start],
                            end=starts[n.end - 1] + len(words[n.end - 1]), label="PLACE", key=n.entity.id)
              for n in names if n.entity.label == "PLACE"]
    # an unspaced word the where index knows, no stored name ("普京抵达 平壤"): a place too
    named = {i for n in names for i in range(n.start, n.end)}
    places += [EntityMention(text=w, start=starts[i], end=starts[i] + len(w), label="PLACE", key=w)
               for i, w in enumerate(words) if i not in named and unspaced_place(w)]
    if not places:
        return frozenset()
    out: set[str] = set()
    for lang in TRAVEL_LANGS:
        as_report = Article(id="", origin="query", title="", text=text, raw_text=text, lang=lang, entities=places)
        out |= trip_countries(as_report)
    return frozenset(out)


def event_goes(trips: list[frozenset[str]]) -> frozenset[str]:
    """The countries an event's trip goes to, given each of its reports'
    (:func:`~storyline.analyse.happening.trip_countries`): each named by more
    than half of its reports that name a trip's country (one odd report, or a
    connecting flight, "fly on to Hanoi", does not speak for the event; as
    :func:`storyline.analyse.happening.conflicts` counts)."""
    named = [t for t in trips if t]
    counts = Counter(c for t in named for c in t)
    return frozenset(c for c, n in counts.items() if 2 * n > len(named))


def trip_reading(store: Store, fused: list[str], goes_to: frozenset[str]) -> tuple[list[str], set[str]]:
    """The hits ``fused`` (best first) whose event goes where the query's trip
    does (``goes_to``), in their order, and the set of those whose event's trip
    goes elsewhere (none of ``goes_to``: the same two leaders' visit the other
    way round, "Kim visit to Russia" for "Putin visit to North Korea"); an
    event whose reports name no trip is in neither.  The events of the first
    :data:`TRIP_EVENTS` hits are read (each once), from their reports' stored
    trips (:meth:`Store.report_trips`); a report whose value another reading
    stored, or none, is read again (a store written before migration 14 is
    filled by it, so that is only after :data:`~storyline.analyse.happening.TRIPS_VERSION` moved)."""
    event = {r.article_id: r.event_id for r in store.iter_vectors(fused)}
    events = list(dict.fromkeys(e for e in (event.get(a) for a in fused[:TRIP_EVENTS]) if e is not None))
    trips: dict[int, list[frozenset[str]]] = {e: [] for e in events}
    for event_id, article_id, value in store.report_trips(events):
        known = read_stored_trips(value)
        if known is None:
            article = store.get_article(article_id)
            known = trip_countries(article) if article is not None else frozenset()
        trips[event_id].append(known)
    goes = {e: event_goes(trips[e]) for e in events}
    there = {e for e in events if goes[e] & goes_to}
    elsewhere = {e for e in events if goes[e] and not goes[e] & goes_to}
    return [a for a in fused if event.get(a) in there], {a for a in fused if event.get(a) in elsewhere}


def below_matches(fused: list[tuple[str, float, list[str]]], going: list[str], elsewhere: set[str]
                  ) -> list[tuple[str, float, list[str]]]:
    """``fused`` (best first) with every hit whose event's trip goes elsewhere
    (``elsewhere``) moved right below the last hit whose event goes where the
    query's trip does (``going``), in their order; the hits whose events name
    no trip keep their places.  Why: the trip list (:func:`trip_reading`) only
    confirms, one rank among the fusion's lists, and meaning, words and names
    can outweigh it: "Putin visit to North Korea" still ranked a German
    report of Kim's visit to Russia above an English report of the Pyongyang
    visit, both writing both leaders, "visit" and "North Korea".  A trip that
    goes the other way is no report of the trip the query asks for, but it is
    of the two leaders' story, so it stays, below the reports of the trip
    asked for (and a report whose event states no trip, the query's words
    may still describe, is not demoted).  A moved hit takes at most the score
    of the hit it now follows, so the scores still fall down the list."""
    if not going or not elsewhere:
        return fused
    matching = set(going)
    last = max(i for i, (a, _, _) in enumerate(fused) if a in matching)
    kept = [h for i, h in enumerate(fused) if i <= last and h[0] not in elsewhere]
    moved = [h for i, h in enumerate(fused) if i <= last and h[0] in elsewhere]
    floor = kept[-1][1]
    return kept + [(a, min(score, floor), matched) for a, score, matched in moved] + fused[last + 1:]
