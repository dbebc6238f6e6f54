"""The storage contract (storyline/store/base.py), one suite for every backend.

Each case runs on SQLite and on PostgreSQL (``store_url`` in conftest.py;
PostgreSQL skips without ``$STORYLINE_TEST_PG``).  What the interface's
docstrings promise is asserted here, so a new backend is done when this passes.
"""
from __future__ import annotations

import datetime as dt
import threading
import time

import numpy as np
import pytest

from store_kit import D, hit_ids, make_article, store, unit_vector  # noqa: F401 (fixture)

from storyline.records import DateMention, EntityMention, Removal
from storyline.store import open_store
from storyline.store.records import EntityRow, MentionRow, MentionSpan, SearchFilters

def test_articles_round_trip_typed(store):
    a = make_article(1, url="https://x/1", removed=[Removal("tags-line", "Tags: a")], sentences=["Text 1"],
                 dates=[DateMention("June", 0, 4, dt.date(2024, 6, 1), "month", "In June.")],
                 entities=[EntityMention("Putin", 0, 5, "PERSON", "putin")], source="Wire")
    with store.transaction():
        eid = store.save_event(None, "Ev", unit_vector(1, 0, 0, 0), 1, D, D)
        a.event_id = eid
        store.add_article(a, unit_vector(0, 1, 2, 3), b"sig")
    assert store.get_article("a1") == a and store.get_article("zz") is None
    assert store.find_existing("https://x/1", "other") == "a1"
    assert store.find_existing(None, "h1") == "a1" and store.find_existing(None, "nope") is None
    (row,) = list(store.iter_vectors())
    assert np.allclose(row.vector, unit_vector(0, 1, 2, 3)) and row.vector.dtype == np.float32
    assert row.signature == b"sig" and row.published == D and row.event_id == eid
    assert row.lang == "en" and row.duplicate_of is None  # what the event index loads, without articles
    assert store.source_article_ids("Wire") == ["a1"]
    ev = store.event(eid)
    assert (ev.n_articles, ev.languages, ev.n_sources, ev.first_date) == (1, ["en"], 1, D)


def test_input_text_round_trips_exactly_even_with_nul_characters(store):
    raw = "Title\x00 of a page\r\n\tcafé \U0001F600 नमस्ते"
    a = make_article(1, raw_text=raw, url="https://x/\x00", text="Clean text")
    store.add_article(a, None, None)
    got = store.get_article("a1")
    assert got.raw_text == raw and got.text == "Clean text"
    assert got.url in ("https://x/\x00", "https://x/\ufffd")  # metadata: kept, or NUL replaced (PostgreSQL)
    a.text = "Cleaner"
    store.update_cleaned(a)
    assert store.articles()[0].raw_text == raw


def test_flagged_pages_are_apart(store):
    store.add_article(make_article(1), unit_vector(1, 0), None)
    store.add_article(make_article(2, not_article="error-page", not_article_reason="404"), None, None)
    assert [a.id for a in store.articles()] == ["a1"]
    assert [a.id for a in store.articles(flagged=True)] == ["a2"]
    assert [a.id for a in store.articles(flagged=None)] == ["a1", "a2"]
    assert (store.count_articles(), store.count_articles(True), store.count_articles(None)) == (1, 1, 2)
    assert [r.article_id for r in store.iter_vectors()] == ["a1"]


def test_articles_in_ingest_order_paged_and_by_event(store):
    with store.transaction():
        e1 = store.save_event(None, "E1", unit_vector(1, 0), 2, None, None)
        e2 = store.save_event(None, "E2", unit_vector(0, 1), 1, None, None)
        for i, e in [(3, e1), (1, e2), (2, e1)]:
            store.add_article(make_article(i, event_id=e), unit_vector(1, i), None)
    assert [a.id for a in store.articles()] == ["a3", "a1", "a2"]
    assert [a.id for a in store.articles(limit=1, offset=1)] == ["a1"]
    assert [a.id for a in store.articles(event_id=e1)] == ["a3", "a2"]
    assert [r.article_id for r in store.iter_vectors(["a2", "a3"])] == ["a3", "a2"]
    assert [e.id for e in store.events()] == [e1, e2]  # biggest first


def test_event_heads_are_events_rows_by_id_without_the_article_scan(store):
    with store.transaction():
        e1 = store.save_event(None, "Small", unit_vector(1, 0), 5, D, D + dt.timedelta(days=2))  # stale count
        e2 = store.save_event(None, "", unit_vector(0, 1), 1, None, None)
        e3 = store.save_event(None, "Empty", unit_vector(1, 1), 0, None, None)
        for i, e in [(1, e2), (2, e2), (3, e1), (4, e2)]:
            store.add_article(make_article(i, event_id=e, published=None if e == e2 else D), unit_vector(1, i), None)
        store.add_article(make_article(5), unit_vector(1, 5), None)  # no event
    heads = store.event_heads()
    assert [h.id for h in heads] == [e1, e2, e3]  # by id
    full = {e.id: e for e in store.events()}
    assert [(h.headline, h.n_articles, h.first_date, h.last_date) for h in heads] == \
        [(full[h.id].headline, full[h.id].n_articles, full[h.id].first_date, full[h.id].last_date) for h in heads]
    assert [h.n_articles for h in heads] == [1, 3, 0]  # counted from the articles, not the stored count
    # the stored happening day too: a story is named by its earliest happening on a tie (h-dates12)
    with store.transaction():
        store.put_happened({e1: D - dt.timedelta(days=1)})
    assert [h.happened for h in store.event_heads()] == [D - dt.timedelta(days=1), None, None]


def test_a_failed_transaction_leaves_nothing(store):
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.add_article(make_article(1), None, None)
            store.set_state("k", 1)
            raise RuntimeError("killed")
    assert store.count_articles() == 0 and store.get_state("k") is None
    store.add_article(make_article(1), None, None)
    with pytest.raises(Exception):  # the same text twice is refused, whatever the backend's error
        with store.transaction():
            store.add_article(make_article(2), None, None)
            store.add_article(make_article(3, content_hash="h1"), None, None)
    assert store.count_articles() == 1 and store.get_article("a2") is None


def test_events_update_move_delete_and_stories(store):
    with store.transaction():
        e1 = store.save_event(None, "First", unit_vector(1, 0), 1, D, D)
        e2 = store.save_event(None, "Second", unit_vector(0, 1), 1, None, None)
        store.add_article(make_article(1, event_id=e1, lang="fr", source="Le Monde"), unit_vector(1, 0), None)
        store.add_article(make_article(2, event_id=e2, published=None), unit_vector(0, 1), None)
    assert store.save_event(e1, "First, renamed", unit_vector(1, 1), 2, D, D + dt.timedelta(days=1)) == e1
    store.move_article("a2", e1, [EntityMention("Paris", 0, 5, "PLACE", "paris")])
    store.delete_event(e2)
    (ev,) = store.events()
    assert (ev.id, ev.headline, ev.n_articles, ev.languages, ev.n_undated) == (e1, "First, renamed", 2, ["en", "fr"], 1)
    assert ev.last_date == D + dt.timedelta(days=1) and store.event(e2) is None
    assert store.get_article("a2").entities[0].text == "Paris"
    centroids = list(store.event_centroids())
    assert [(c[0], c[2]) for c in centroids] == [(e1, 2)] and np.allclose(centroids[0][1], unit_vector(1, 1))
    store.replace_stories({e1: 7}, {7: "A story"})
    (story,) = store.stories()
    assert (story.id, story.headline, story.event_ids, story.n_articles) == (7, "A story", [e1], 2)
    assert store.story(7) == story and store.story(8) is None and store.story_map() == {e1: 7}


def test_update_cleaned_rewrites_text_and_what_derives_from_it(store):
    store.add_article(make_article(1, text="Share this. Floods hit the city."), None, None)
    a = store.get_article("a1")
    a.text, a.removed = "Floods hit the city.", [Removal("share", "Share this.")]
    store.update_cleaned(a)
    assert store.get_article("a1").text == "Floods hit the city."
    assert store.search_text("share") == [] and [x for x, _ in store.search_text("floods")] == ["a1"]


def test_sources_fold_case_in_every_script(store):
    """A source filter and a source count fold capitals beyond ASCII on both
    backends (SQLite's own lower() does not: "ÄRZTEBLATT" missed "Ärzteblatt")."""
    with store.transaction():
        e = store.save_event(None, "One", unit_vector(1, 0), 3, D, D)
        for i, source in enumerate(["Ärzteblatt", "ärzteblatt", "ВЕДОМОСТИ"], 1):
            store.add_article(make_article(i, event_id=e, source=source), unit_vector(1, 0), None)
    for name in ("ÄRZTEBLATT", "ärzteblatt"):
        assert set(hit_ids(store.search_text("", filters=SearchFilters(sources=[name])))) == {"a1", "a2"}
    assert hit_ids(store.search_text("", filters=SearchFilters(sources=["ведомости"]))) == ["a3"]
    (ev,) = store.events()
    assert ev.n_sources == 2  # "Ärzteblatt" and "ärzteblatt" are one source


def test_article_values_are_the_stored_sources_and_languages(store):
    """What a search filter's value is checked against (``filter_problems``):
    distinct, sorted, no empty values, flagged pages only when asked for."""
    with store.transaction():
        for i, (source, lang, flag) in enumerate([("Wire", "en", None), ("Wire", "de", None), (None, "ru", None),
                                                  ("", "en", None), ("Spam", "und", "error-page")], 1):
            store.add_article(make_article(i, source=source, lang=lang, not_article=flag), None, None)
    assert store.article_values("source") == ["Wire"]
    assert store.article_values("lang") == ["de", "en", "ru"]
    assert store.article_values("source", flagged=None) == ["Spam", "Wire"]
    with pytest.raises(ValueError):
        store.article_values("text")  # not a filtered column

# -- semantic search -------------------------------------------------------------------------
def test_story_evidence_rows_and_event_evidence_by_event(store):
    names = [EntityMention("Putin", 0, 5, "PERSON", "putin")]
    with store.transaction():
        e1 = store.save_event(None, "One", unit_vector(1, 0), 1, D, D)
        e2 = store.save_event(None, "Two", unit_vector(0, 1), 1, D, D)
        for i, e in ((1, e1), (2, e2), (3, e1)):  # ingest order a1, a2, a3
            store.add_article(make_article(i, event_id=e, entities=names if i != 2 else []), unit_vector(1, i), None)
        store.add_article(make_article(4, event_id=e1, not_article="listing"), unit_vector(1, 4), None)
    assert [a.id for a in store.event_evidence()] == ["a1", "a2", "a3"]  # reports only, ingest order
    assert [a.id for a in store.event_evidence([e1])] == ["a1", "a3"]
    assert next(iter(store.event_evidence([e1]))).entities == names
    assert list(store.event_evidence([])) == []
    assert store.story_evidence() == {}
    one = {"names": {"putin": 2}, "refs": [["2024-05-01", "day", "On 1 May, «он» said."]]}
    store.put_story_evidence({e1: one, e2: {"names": {}, "refs": []}})
    assert store.story_evidence() == {e1: one, e2: {"names": {}, "refs": []}}
    store.put_story_evidence({e2: None, e1: {"names": {"x": 1}, "refs": []}})  # None drops a row
    assert store.story_evidence() == {e1: {"names": {"x": 1}, "refs": []}}
    store.put_story_evidence({e2: one}, whole=True)  # whole: every other row goes
    assert store.story_evidence() == {e2: one}


# -- entities, sentences, facts, state ----------------------------------------------------------
def test_entities_typed_in_and_out(store):
    with store.transaction():
        eid = store.save_event(None, "Ev", unit_vector(1, 0), 2, None, None)
        store.add_article(make_article(1, event_id=eid, published=dt.date(2024, 5, 1), title="Visit"), None, None)
        store.add_article(make_article(2, event_id=eid, published=None, lang="hi"), None, None)
    store.replace_stories({eid: 1}, {1: "S"})
    people = [EntityRow(id="narendra modi", name="Narendra Modi", label="PERSON",
                        aliases=["Narendra Modi", "नरेंद्र मोदी", "Нарендра Моди"], mentions=3,
                        names={"hi": "नरेंद्र मोदी"}),
              EntityRow(id="modi", name="Modi", label="PERSON", aliases=["Modi"], mentions=1)]
    store.replace_entities(people, [MentionSpan("narendra modi", "a1", 0, 5, "Modi"),
                                    MentionSpan("narendra modi", "a2", 3, 8, "मोदी"),
                                    MentionSpan("modi", "a1", 9, 13, "Modi")])
    assert store.find_entity(" нарендра моди ").name == "Narendra Modi"
    assert store.find_entity("Modi").id == "modi" and store.find_entity("Putin") is None
    assert store.get_entity("narendra modi") == people[0]
    assert store.get_entity("narendra modi").display("hi").name == "नरेंद्र मोदी"
    assert store.entities() == people and store.entities(limit=1, offset=1) == [people[1]]
    assert [e.id for e in store.article_entities("a1")] == ["narendra modi", "modi"]
    mentions = store.entity_mentions("narendra modi")
    assert mentions == [MentionRow("a2", "मोदी", 3, 8, eid, 1, None, "hi", "Title 2"),
                        MentionRow("a1", "Modi", 0, 5, eid, 1, dt.date(2024, 5, 1), "en", "Visit")]
    spells = {(r.entity_id, r.alias) for r in store.entity_alias_rows()}
    assert ("narendra modi", "нарендра моди") in spells
    store.replace_entities([people[1]], [])  # rewritten whole
    assert store.find_entity("Narendra Modi") is None and store.entity_mentions("narendra modi") == []
    assert [e.id for e in store.entities()] == ["modi"]
    found = store.search_text("", filters=SearchFilters(entity_ids=["modi"]))
    assert found == []  # its mentions went with the rewrite


def test_entities_updated_in_place(store):
    """An incremental relink's write: mentions move whole to a new id (a chain
    of renames moves each mention once), removed ids lose rows and mentions,
    changed rows replace theirs with their spellings, new mentions are added."""
    with store.transaction():
        eid = store.save_event(None, "Ev", unit_vector(1, 0), 2, None, None)
        for i in (1, 2):
            store.add_article(make_article(i, event_id=eid), None, None)
    rows = [EntityRow(id=i, name=n, label="PERSON", aliases=[n], mentions=1)
            for i, n in (("e1", "Putin"), ("e2", "Modi"), ("e3", "Biden"), ("e4", "Footage"))]
    store.replace_entities(rows, [MentionSpan("e1", "a1", 0, 5, "Putin"), MentionSpan("e2", "a1", 6, 10, "Modi"),
                                  MentionSpan("e3", "a1", 11, 16, "Biden"), MentionSpan("e4", "a2", 0, 7, "Footage")])
    merged = EntityRow(id="e2", name="Vladimir Putin", label="PERSON", aliases=["Putin", "Vladimir Putin"],
                       mentions=2)
    moved = EntityRow(id="e3", name="Narendra Modi", label="PERSON", aliases=["Modi"], mentions=1)
    with store.transaction():
        store.update_entities([merged, moved], removed=["e1", "e4"], renamed={"e1": "e2", "e2": "e3"},
                              mentions=[MentionSpan("e2", "a2", 8, 22, "Vladimir Putin")])
    assert [e.id for e in store.entities()] == ["e2", "e3"]
    assert store.get_entity("e2") == merged and store.get_entity("e1") is None
    assert sorted((m.article_id, m.start) for m in store.entity_mentions("e2")) == [("a1", 0), ("a2", 8)]
    assert sorted((m.article_id, m.start) for m in store.entity_mentions("e3")) == [("a1", 6), ("a1", 11)]
    assert store.entity_mentions("e4") == [] and store.find_entity("Footage") is None
    assert store.find_entity("Vladimir Putin").id == "e2" and store.find_entity("Biden") is None
    assert [e.id for e in store.article_entities("a2")] == ["e2"]
    # a report read again: its stored mentions go first (whatever entity holds them), then
    # renames apply to the rest, and its new mentions come in
    with store.transaction():
        store.update_entities([], removed=[], renamed={"e3": "e2"},
                              mentions=[MentionSpan("e3", "a2", 0, 7, "Footage")], reread=["a2"])
    assert sorted((m.article_id, m.start) for m in store.entity_mentions("e2")) == [("a1", 0), ("a1", 6),
                                                                                      ("a1", 11)]
    assert [(m.article_id, m.start) for m in store.entity_mentions("e3")] == [("a2", 0)]


def test_sentences_facts_and_state(store):
    store.add_article(make_article(1), None, None)
    store.put_sentences("a1", [(0, 4, True), (5, 9, False)])
    store.put_sentences("a1", [(0, 6, False)])  # rewritten, not appended
    assert store.sentence_spans(["a1", "zz"]) == {"a1": [(0, 6, False)]}
    store.save_event_facts(1, "fp1", {"facts": [1]})
    store.save_event_facts(1, "fp2", {"facts": [2], "é": "ü"})  # upsert
    store.save_event_facts(2, "fp", {})
    assert store.event_fingerprints() == {1: "fp2", 2: "fp"} and store.get_event_facts(1) == {"facts": [2], "é": "ü"}
    store.keep_event_facts([2])
    assert store.event_fingerprints() == {2: "fp"} and store.get_event_facts(1) is None
    store.set_state("k", {"a": [1, 2], "é": "ü"})
    store.set_state("k", {"b": None})
    assert store.get_state("k") == {"b": None} and store.get_state("nope") is None


# -- several connections: visibility, the change feed, the writer lock --------------------------
def test_change_feed_reports_other_connections_only(store_url):
    mine, other = open_store(store_url), open_store(store_url)
    try:
        with mine.transaction():
            e = mine.save_event(None, "E", unit_vector(1, 0), 1, None, None)
            mine.add_article(make_article(1, event_id=e), unit_vector(1, 0), None)
        assert not mine.changes_elsewhere() and not mine.changed_elsewhere()
        got = other.changes_elsewhere()
        assert got.added == ["a1"] and not got.other
        assert not other.changes_elsewhere()  # consumed
        with other.transaction():
            other.add_article(make_article(3, event_id=e), None, None)
            other.add_article(make_article(2, event_id=e), None, None)
        mine.set_state("x", 1)  # not a placement change
        got = mine.changes_elsewhere()
        assert got.added == ["a3", "a2"] and not got.other and got.watermark > 0
        other.move_article("a2", e + 1)
        got = mine.changes_elsewhere()
        assert got.moved == ["a2"] and not got.added and not got.other and not other.changes_elsewhere()
        other.delete_event(e)
        got = mine.changes_elsewhere()
        assert got.events_deleted == 1 and not got.moved and got and not mine.changed_elsewhere()
        assert mine.get_article("a3").event_id == e  # reads outside a transaction see the latest commit
    finally:
        mine.close()
        other.close()


def test_writers_are_serialised(store_url):
    """A writer transaction waits for another's to end, then sees its writes."""
    first, second = open_store(store_url), open_store(store_url)
    inside, release = threading.Event(), threading.Event()
    seen: list[object] = []

    def hold():
        with first.transaction():
            first.add_article(make_article(1), None, None)
            inside.set()
            release.wait(10)

    def write():
        with second.transaction():
            seen.append(second.find_existing(None, "h1"))
            second.add_article(make_article(2), None, None)

    try:
        a = threading.Thread(target=hold)
        a.start()
        assert inside.wait(10)
        b = threading.Thread(target=write)
        b.start()
        time.sleep(0.5)
        assert seen == [] and b.is_alive()  # still waiting for the lock
        release.set()
        a.join(10)
        b.join(10)
        assert seen == ["a1"] and second.count_articles() == 2
    finally:
        release.set()
        first.close()
        second.close()
