"""A query in a script written without spaces (Chinese, Japanese) is read
for the stored names written in it, and a query whose other words no report
writes is about its names' events (storyline.search_words): the demo store
(no Chinese or Japanese report in it), real model, real SQLite file."""
from __future__ import annotations

from storyline.search_words import query_words, unspaced


def _names(*known: str):
    return lambda piece: piece in known


def test_an_unspaced_run_splits_at_the_names_in_it():
    assert query_words("摩洛哥地震", _names("摩洛哥")) == ["摩洛哥", "地震"]
    assert query_words("普京访问朝鲜", _names("朝鲜")) == ["普京访问", "朝鲜"]
    assert query_words("地震摩洛哥余震", _names("摩洛哥")) == ["地震", "摩洛哥", "余震"]
    # the longest name at each place, and a run that is a name stays whole
    assert query_words("朝鲜半岛局势", _names("朝鲜", "朝鲜半岛")) == ["朝鲜半岛", "局势"]
    assert query_words("摩洛哥", _names("摩洛哥", "摩洛")) == ["摩洛哥"]
    # one character is no name on its own ("中" is "middle")
    assert query_words("中东局势", _names("中")) == ["中东局势"]
    # words between spaces are left as typed, in any script
    assert query_words("Morocco earthquake", _names("Morocco", "Mor")) == ["Morocco", "earthquake"]
    assert query_words("मोरक्को भूकंप", _names("मोरक्को")) == ["मोरक्को", "भूकंप"]
    assert unspaced("モロッコ地震") and unspaced("地震") and not unspaced("Erdbeben") and not unspaced("모로코")


def _quake_event(app) -> int:
    hits = app.search("Morocco earthquake", limit=5).hits
    return hits[0].event_id


def test_a_chinese_query_without_spaces_finds_the_happening(demo_app):
    """"摩洛哥地震" (Morocco earthquake): e5 alone ranks it near the average
    passage, and the meaning search turns it away as about nothing stored;
    but "摩洛哥" is the stored Morocco, and no report writes "地震", so meaning
    ranks the events naming Morocco, and only those."""
    from storyline.search_meaning import semantic_hits, stands_out
    from storyline.store.records import SearchFilters

    app = demo_app[0]
    quake = _quake_event(app)
    # the premise: e5 alone sits near the average passage (the plain vector fails the gate;
    # the gate reads it moved out of Chinese's region since search_meaning.moved_vector)
    qvec = app.embedder.embed_one("摩洛哥地震", "query")
    best = app.store.nearest_articles(qvec, 1)[0][1]
    assert not stands_out(best, qvec, app.embedder.profile.search_gate)
    assert semantic_hits(app.store, app.embedder, "摩洛哥地震", SearchFilters(), gated=False)
    res = app.search("摩洛哥地震", limit=10)
    assert not res.off_topic
    assert res.hits and {h.event_id for h in res.hits[:3]} == {quake}
    assert any("entity" in h.matched for h in res.hits)
    named = {h.event_id for h in app.search("摩洛哥", limit=50).hits}
    assert {h.event_id for h in res.hits} <= named
    # the Japanese, which the meaning search keeps, reads the same name
    jp = app.search("モロッコ地震", limit=10)
    assert {h.event_id for h in jp.hits[:3]} == {quake} and any("entity" in h.matched for h in jp.hits)


def test_a_query_naming_nothing_stored_is_still_turned_away(demo_app):
    app = demo_app[0]
    res = app.search("我喜欢吃苹果", limit=10)  # "I like eating apples"
    assert res.off_topic and not res.hits


def test_words_no_stored_language_could_write(demo_app):
    """The demo holds reports in en de fr es ru hi: Chinese and Arabic words
    cannot be checked against it, a German word no report writes can."""
    from storyline.search_words import unworded

    store = demo_app[0].store
    assert unworded(store, ["地震"]) and unworded(store, ["زار", "كيم"])
    assert not unworded(store, ["Transfergerüchte"]) and not unworded(store, ["地震", "Sommerpause"])
    assert not unworded(store, [])
