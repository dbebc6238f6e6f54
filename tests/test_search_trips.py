"""A query that states a trip (storyline.search_trips): read as a report is,
and its hits ranked by where their events go (demo store, real model, real
SQLite file)."""
from __future__ import annotations



def _trip(store, query: str) -> set[str]:
    from storyline.search_names import query_names
    from storyline.search_trips import query_trip  # here: the search tests below also run on main

    return set(query_trip(query, query_names(store, query.split())))


def _event_of(app, title: str) -> int:
    return next(a.event_id for a in app.store.articles() if a.title.startswith(title))


def test_a_query_is_read_for_the_trip_it_states(demo_app):
    """A place right after a travel cue of any language the happening stage
    reads is where the query's trip goes, in any script; a place with no
    cue, or before the cue, is none ("North Korea leader visits" says who
    travels), nor is a trip someone is invited to make."""
    store = demo_app[0].store
    assert _trip(store, "Putin visit to North Korea") == {"country:KP"}
    assert _trip(store, "Kim visit to Russia") == {"country:RU"}
    assert _trip(store, "Kim reist nach Russland") == {"country:RU"}
    assert _trip(store, "Путин прибыл в Пхеньян") == {"country:KP"}
    assert _trip(store, "Kim invited Putin to visit North Korea") == set()  # a trip still to be made
    assert _trip(store, "Putin Kim Pyongyang") == set()
    assert _trip(store, "North Korea leader visits") == set()


def test_a_trip_ranks_the_happening_that_goes_there_first(demo_app):
    """"Putin visit to North Korea" names the two leaders' story, and e5
    ranked the German reports of Kim's 2023 visit to Russia (the Vostochny
    spaceport) first; both events' English reports write "Putin", "visit"
    and "North Korea".  The Pyongyang visit's reports mostly say the trip
    goes to North Korea, the spaceport's to Russia: the first five entries
    are the Pyongyang visit's, and the other way round for "Kim visit to
    Russia".  Without a trip ("Putin Kim") both events stay."""
    app, _ = demo_app
    pyongyang = _event_of(app, "Putin and Kim sign mutual defence pact")
    spaceport = _event_of(app, "Kim Jong Un meets Putin at Russian spaceport")
    assert pyongyang != spaceport
    first = [h.event_id for h in app.search("Putin visit to North Korea", limit=5).hits]
    assert first == [pyongyang] * 5
    first = [h.event_id for h in app.search("Kim visit to Russia", limit=5).hits]
    assert first == [spaceport] * 5
    both = {h.event_id for h in app.search("Putin Kim", limit=20).hits}
    assert {pyongyang, spaceport} <= both


def test_where_events_go_is_read_from_the_stored_trips_not_the_reports(demo_app, monkeypatch):
    """Each report's trip is stored with it (storyline.store.trip_column):
    every demo report's stored countries are those its text reads, and a
    query that states a trip ranks alike without loading an event's reports
    (main loaded up to 30 events' reports whole on each such query)."""
    from storyline.analyse.happening import read_stored_trips, trip_countries

    app, _ = demo_app
    store = app.store
    events = sorted({a.event_id for a in store.articles() if a.event_id is not None})
    stored = {a: (e, read_stored_trips(v)) for e, a, v in store.report_trips(events)}
    read = {a.id: (a.event_id, trip_countries(a)) for e in events for a in store.articles(event_id=e)}
    assert stored == read and {"country:KP", "country:RU"} <= {c for _, t in read.values() for c in t}
    expected = [h.article_id for h in app.search("Putin visit to North Korea", limit=10).hits]
    loads = []
    real = type(store).articles
    monkeypatch.setattr(type(store), "articles",
                        lambda self, *a, **kw: loads.append(kw.get("event_id")) or real(self, *a, **kw))
    assert [h.article_id for h in app.search("Putin visit to North Korea", limit=10).hits] == expected
    assert [e for e in loads if e is not None] == []


def test_an_arabic_query_and_arabic_reports_state_their_trips(tmp_path):
    """Arabic travel cues (storyline.analyse.happening): "زيارة بوتين إلى كوريا
    الشمالية" (Putin's visit to North Korea) goes to KP, as the Arabic report of
    that visit does, and the report of Kim's trip to Russia goes to RU (stored
    with each report); main read no Arabic trip, in a query or a report."""
    from storyline.ingest.readers import from_record
    from storyline.analyse.happening import read_stored_trips
    from storyline.search_names import query_names
    from storyline.search_trips import query_trip
    from storyline.service import Storyline

    app = Storyline(str(tmp_path / "ar.db"))
    try:
        app.ingest([from_record(r, f"t:{r['id']}") for r in [
            {"id": "1", "lang": "ar", "date": "2024-06-19", "title": "بوتين في كوريا الشمالية",
             "text": "وصل الرئيس الروسي فلاديمير بوتين يوم الثلاثاء في زيارة رسمية إلى كوريا الشمالية. "
                     "والتقى بالزعيم كيم جونغ أون."},
            {"id": "2", "lang": "ar", "date": "2023-09-13", "title": "كيم في روسيا",
             "text": "التقى الزعيم الكوري الشمالي كيم جونغ أون بالرئيس بوتين في روسيا. "
                     "وكان كيم قد سافر إلى روسيا بالقطار."}]])
        app.relink()
        store = app.store
        by_title = {a.title: a.event_id for a in store.articles()}
        trips = {e: read_stored_trips(v) for e, _, v in store.report_trips(list(by_title.values()))}
        assert trips == {by_title["بوتين في كوريا الشمالية"]: {"country:KP"},
                         by_title["كيم في روسيا"]: {"country:RU"}}
        query = "زيارة بوتين إلى كوريا الشمالية"
        assert query_trip(query, query_names(store, query.split())) == {"country:KP"}
    finally:
        app.close()
