"""A query's trip demotes the hits whose event's trip goes elsewhere
(storyline.search_trips.below_matches): the same two leaders' visit the
other way round ranks below every report of the trip asked for, and a hit
whose event names no trip keeps its place (demo store, real model, real
SQLite file; and the reordering on its own)."""
from __future__ import annotations


def _event_of(app, title: str) -> int:
    return next(a.event_id for a in app.store.articles() if a.title.startswith(title))


def test_the_trip_the_other_way_round_ranks_below_every_report_of_the_trip_asked_for(demo_app):
    """"Putin visit to North Korea": main ranked the German report of Kim's
    2023 visit to Russia (the Vostochny spaceport) 6th, above the English
    report of the Aurus limousine in Pyongyang; "Putin reist nach Nordkorea"
    put four spaceport reports first; "Путин посетил КНДР" one 6th.  Every
    report of the Pyongyang visit now ranks above every one of the spaceport,
    and "Kim visit to Russia" the other way round; the spaceport reports stay
    in the list (they are of the two leaders' story)."""
    app, _ = demo_app
    pyongyang = _event_of(app, "Putin and Kim sign mutual defence pact")
    spaceport = _event_of(app, "Kim Jong Un meets Putin at Russian spaceport")
    for query, asked, other in [("Putin visit to North Korea", pyongyang, spaceport),
                                ("Putin reist nach Nordkorea", pyongyang, spaceport),
                                ("Путин посетил КНДР", pyongyang, spaceport),
                                ("Kim visit to Russia", spaceport, pyongyang)]:
        events = [h.event_id for h in app.search(query, limit=20).hits]
        assert asked in events and other in events, query
        last_asked = max(i for i, e in enumerate(events) if e == asked)
        first_other = min(i for i, e in enumerate(events) if e == other)
        assert last_asked < first_other, (query, events)


def test_only_hits_whose_trip_goes_elsewhere_move_and_scores_still_fall():
    """The reordering itself: a hit going elsewhere (x) above the last one
    going where the query does (g2) moves right below it, in its order; a hit
    whose event names no trip (n) keeps its place, above or below; a hit
    going elsewhere already below stays; scores fall down the list."""
    from storyline.search_trips import below_matches

    fused = [("g1", 0.9, ["text"]), ("x1", 0.8, ["semantic"]), ("n1", 0.7, ["text"]),
             ("x2", 0.6, ["entity"]), ("g2", 0.5, ["text"]), ("n2", 0.4, ["text"]), ("x3", 0.3, ["text"])]
    out = below_matches(fused, ["g1", "g2"], {"x1", "x2", "x3"})
    assert [a for a, _, _ in out] == ["g1", "n1", "g2", "x1", "x2", "n2", "x3"]
    scores = [s for _, s, _ in out]
    assert scores == sorted(scores, reverse=True)
    assert below_matches(fused, [], {"x1"}) == fused  # nothing goes there: no reason to move anything
