"""Search ranking on the demo corpus (real SQLite file, real model): near-copies
folded under their original, and a query's events found by all its words but
one when one word is written differently in other languages."""
from __future__ import annotations

import json
from pathlib import Path

from storyline import demo
from storyline.cli import main as cli_main
from storyline.search import filters_from

QUERIES = Path(__file__).parent / "data" / "demo_search_queries.jsonl"


def _gold_event(app, article_id: str) -> str:
    return demo.labels()[app.article(article_id).external_id]["event"]


def test_a_copy_is_folded_under_its_original_wherever_both_are_found(demo_app):
    """For every typed query of the search bench and a few more: no hit is a
    copy whose original is listed too; each folded copy is a copy of its hit
    (or of the same original); an entry is never listed twice."""
    app, _ = demo_app
    queries = [json.loads(line)["query"] for line in QUERIES.read_text(encoding="utf-8").splitlines()]
    folded = 0
    for q in queries + ["Putin Vostochny spaceport", "Luna-25 crash", "grain deal"]:
        res = app.search(q, limit=200)
        heads = [h.article_id for h in res.hits]
        shown = heads + [c.article_id for h in res.hits for c in h.copies]
        assert len(shown) == len(set(shown)), q
        assert res.total == len(res.hits), q  # every entry fits one page of 200
        for h in res.hits:
            assert h.duplicate_of not in shown, (q, h.article_id)
            root = h.duplicate_of or h.article_id
            for c in h.copies:
                assert app.article(c.article_id).duplicate_of == root, (q, c.article_id)
            folded += len(h.copies)
    assert folded >= 5  # the demo's syndicated copies are found and folded


def test_the_original_heads_its_copy_even_when_the_copy_matched_better(demo_app):
    """"Putin Vostochny spaceport": Coastal Times Online's reprint of Asia Wire
    Service matches the words better (its headline has them), yet the original
    heads their entry with the reprint under it; filtering by the reprint's
    source lists the reprint alone, naming its original.  (The entry was the
    first hit until the meeting's German, Hindi and Russian reports, which
    write "Putin" and "Vostochny" in their own way, became name matches:
    docs/benchmarks.md "h-search4".)"""
    app, _ = demo_app
    hits = app.search("Putin Vostochny spaceport").hits
    first = next(h for h in hits if "Coastal Times Online" in [h.source] + [c.source for c in h.copies])
    assert first.source == "Asia Wire Service" and first.duplicate_of is None
    assert [c.source for c in first.copies] == ["Coastal Times Online"]
    alone = app.search("Putin Vostochny spaceport", filters_from(app.store, sources=["Coastal Times Online"]))
    assert [h.source for h in alone.hits] == ["Coastal Times Online"]
    assert alone.hits[0].duplicate_of == first.article_id and not alone.hits[0].copies


def test_cli_api_and_page_show_the_folded_copies(demo_app, client, capsys):
    app, _ = demo_app
    db = str(app.store.path)
    q = "Putin Vostochny spaceport"
    assert cli_main(["--db", db, "search", q, "--json"]) == 0
    cli = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    api = client.get("/api/search", params={"q": q}, headers={"Authorization": "Bearer tok"}).json()
    assert cli["items"] == api["items"]
    copy = next(c for item in api["items"] for c in item["copies"] if c["source"] == "Coastal Times Online")
    assert copy["published"] == "2023-09-13"
    assert set(copy) == {"article_id", "source", "lang", "title", "published"}
    assert cli_main(["--db", db, "search", q, "--limit", "5"]) == 0
    assert "+ 1 copy: Coastal Times Online" in capsys.readouterr().out
    page = client.get("/search", params={"q": q}).text
    assert "1 near-copy of this report: Coastal Times Online" in page
    assert f'href="/articles/{copy["article_id"]}"' in page


def test_a_word_other_languages_spell_differently_still_finds_its_event(demo_app):
    """"Putin Pyongyang limousine": only the English report of the Aurus gift
    has all three words, and the embedding puts an (undated) Hindi report of
    the Vostochny meeting a year earlier closest after it.  The reports with
    "Putin Pyongyang" name the visit, so its reports in other languages
    (Khabar Setu's Hindi report of the gift among them) come first."""
    app, _ = demo_app
    hits = app.search("Putin Pyongyang limousine").hits
    events = [_gold_event(app, h.article_id) for h in hits]
    # the first three (four before each language was centred on its own reports
    # too: the German report of the 2023 visit now edges the gift's Russian
    # one for 4th by 0.0001 of fused score; docs/benchmarks.md "Search: a
    # language without a shipped mean")
    assert events[:3] == ["putin-pyongyang-2024-06"] * 3, events[:6]
    khabar = next(i for i, h in enumerate(hits)
                  if "Khabar Setu" in [h.source] + [c.source for c in h.copies])
    vostochny = events.index("kim-russia-visit-2023-09")
    assert khabar < vostochny


def test_a_query_that_is_a_name_lists_only_the_events_that_name_it(demo_app):
    """"Aurus" names the limousine: every hit belongs to an event one of whose
    reports mentions it (the Moon landings, ranked by meaning alone, had
    followed the gift's reports), and the gift's Russian report, which writes
    "Аурус", is still found.  A query that names nothing keeps its meaning
    hits in events the words do not reach."""
    app, _ = demo_app
    named = app.store.find_entity("Aurus")
    assert named is not None
    mentioning = {app.article(m.article_id).event_id for m in app.store.entity_mentions(named.id)}
    hits = app.search("Aurus", limit=50).hits
    worded = {h.event_id for h in hits if {"text", "entity"} & set(h.matched)}
    assert hits and mentioning <= worded and {h.event_id for h in hits} <= worded
    assert "ru" in {h.lang for h in hits}
    moon = app.search("lunar lander", limit=50).hits
    assert any("semantic" in h.matched and "text" not in h.matched for h in moon)


def test_a_short_query_is_read_for_its_words_in_the_languages_that_have_them(demo_app):
    """"grain deal": English reports of the ECB, the Pyongyang pact and the
    Moon landing had followed the grain deal's reports by meaning alone;
    where English reports have the words, an English report outside every
    event the words reach is none of the query's.  Other languages are
    still read by meaning: "earthquake" keeps the Spanish report of Spain's
    rescue team, whose event no English word reaches."""
    app, _ = demo_app
    hits = app.search("grain deal", limit=50).hits
    worded = {h.event_id for h in hits if {"text", "entity", "event"} & set(h.matched)}
    assert hits and all(h.event_id in worded for h in hits if h.lang == "en")
    quake = app.search("earthquake", limit=50).hits
    assert any(h.lang == "es" and h.matched == ["semantic"] for h in quake)
    assert not any(h.lang == "en" and h.matched == ["semantic"] for h in quake)
