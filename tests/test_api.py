"""HTTP API and pages over a real database file, real pipeline and real embedding model:
what a reader gets (writes, tokens and relinking are in test_api_writes.py)."""
from __future__ import annotations

import json
import re

from api_corpus import ARTICLES, LOCAL, client, db_file, ids_by_external  # noqa: F401 (fixtures)

from storyline.api import MAX_PAGE


def test_openapi_schema_lists_the_endpoints(client):
    schema = client.get("/openapi.json").json()
    for path in ("/api/articles", "/api/articles/{article_id}", "/api/events",
                 "/api/events/{event_id}", "/api/search"):
        assert path in schema["paths"], path
    assert "post" in schema["paths"]["/api/articles"]
    assert "text" in schema["components"]["schemas"]["ArticleIn"]["properties"]
    # writes declare the bearer token (so /docs can "Authorize"); reads declare none
    assert schema["paths"]["/api/articles"]["post"]["security"] == [{"bearerToken": []}]
    assert schema["components"]["securitySchemes"]["bearerToken"]["scheme"] == "bearer"
    assert "security" not in schema["paths"]["/api/articles"]["get"]


def test_articles_list_get_and_paging(client):
    first = client.get("/api/articles", params={"limit": 2}).json()
    assert first["total"] == len(ARTICLES) and len(first["items"]) == 2
    rest = client.get("/api/articles", params={"limit": 2, "offset": 2}).json()
    assert {a["id"] for a in first["items"]}.isdisjoint(a["id"] for a in rest["items"])
    by_ext = ids_by_external(client)
    full = client.get(f"/api/articles/{by_ext['moon-hi']['id']}").json()
    assert full["lang"] == "hi" and "चंद्रयान" in full["text"] and full["event_id"] is not None
    xss = client.get(f"/api/articles/{by_ext['xss-en']['id']}").json()
    assert "<script>" not in xss["text"]  # the cleaner took the markup out ...
    assert any("<script>" in r["text"] for r in xss["removed"])  # ... and says so
    assert client.get("/api/articles/nope").status_code == 404


def test_page_size_limit_names_the_field(client):
    r = client.get("/api/articles", params={"limit": MAX_PAGE + 1})
    assert r.status_code == 422
    assert r.json()["detail"][0]["loc"] == ["query", "limit"]
    r = client.get("/api/events", params={"offset": -1})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["query", "offset"]


def test_events_biggest_first_with_articles(client):
    events = client.get("/api/events").json()
    sizes = [e["articles"] for e in events["items"]]
    assert sizes == sorted(sizes, reverse=True) and sum(sizes) == len(ARTICLES)
    top = client.get(f"/api/events/{events['items'][0]['id']}").json()
    assert len(top["articles_list"]) == top["articles"]
    assert sum(top["coverage"]["languages"].values()) == top["articles"]
    assert client.get("/api/events/99999").status_code == 404


def test_a_numbered_name_is_one_product_in_three_scripts(client):
    """"Chandrayaan-3" / "चंद्रयान-3" / "Чандраян-3": spellings differ by a letter, and a
    name with a number is no person, so the labels agree and the names merge."""
    ent = client.get("/api/entities/Чандраян-3").json()
    assert ent["label"] == "PRODUCT"
    assert {"Chandrayaan-3", "चंद्रयान-3", "Чандраян-3"} <= set(ent["aliases"])
    names = {e["name"] for e in client.get("/api/entities", params={"limit": 200}).json()["items"]}
    # sentence-initial Russian adjectives and descriptors are words, not names
    assert not names & {"Индийская", "Посадочный", "Луноход"}


def test_entity_is_one_name_across_scripts(client):
    r = client.get("/api/entities/Narendra Modi")
    assert r.status_code == 200
    ent = r.json()
    langs = {lg for sp in ent["spellings"] for lg in sp["langs"]}
    assert len(langs) >= 2, ent["spellings"]  # the same person found in several scripts
    for alias in ent["aliases"]:  # any spelling leads to the same entity
        again = client.get(f"/api/entities/{alias}").json()
        assert again["id"] == ent["id"] and again["articles"] == ent["articles"]
    assert sum(p["articles"] for p in ent["mentions_by_period"]) == ent["articles"]
    assert ent["stories"] and ent["articles"] == len(ent["articles_list"])
    assert client.get("/api/entities/Nobody Atall").status_code == 404
    listed = client.get("/api/entities", params={"limit": 200}).json()["items"]
    assert ent["id"] in {e["id"] for e in listed}
    assert [e["mentions"] for e in listed] == sorted((e["mentions"] for e in listed), reverse=True)
    hindi = next(a for a in ent["aliases"] if not a.isascii())
    found = client.get("/api/search", params={"q": "Moon", "entity": hindi}).json()["items"]
    assert found and {h["article_id"] for h in found} <= {a["id"] for a in ent["articles_list"]}
    nobody = client.get("/api/search", params={"q": "Moon", "entity": "Nobody Atall"})
    assert nobody.status_code == 422 and nobody.json()["detail"][0]["loc"] == ["query", "entity"]


def test_stories_with_timelines(client):
    stories = client.get("/api/stories").json()
    assert stories["total"] >= 1
    assert sum(s["articles"] for s in stories["items"]) == len(ARTICLES)
    moon_event = ids_by_external(client)["moon-en"]["event_id"]
    story = next(s for s in stories["items"] if moon_event in s["events"])
    full = client.get(f"/api/stories/{story['id']}").json()
    assert {e["id"] for e in full["events_list"]} == set(story["events"])
    entries = [t for t in full["timeline"] if t["kind"] == "event"]
    assert {t["event_id"] for t in entries} == set(story["events"])
    assert all(t["citations"] for t in entries)  # every event is cited to its articles
    assert sum(full["coverage"]["languages"].values()) == story["articles"]
    assert client.get("/api/stories/99999").status_code == 404


def test_cross_lingual_search_finds_hindi_and_russian(client):
    r = client.get("/api/search", params={"q": "Indian spacecraft landing on the Moon"}).json()
    ext = {a["id"]: a["external_id"] for a in ids_by_external(client).values()}
    found = [ext[h["article_id"]] for h in r["items"]]
    assert {"moon-en", "moon-hi", "moon-ru"} <= set(found), found
    assert found.index("moon-en") < found.index("ecb-en") if "ecb-en" in found else True
    for h in r["items"]:
        assert {"article_id", "event_id", "lang", "title", "score"} <= h.keys()
    scores = [h["score"] for h in r["items"]]
    assert scores == sorted(scores, reverse=True)


def test_search_filters_and_modes(client):
    ru = client.get("/api/search", params={"q": "Moon landing", "lang": "ru"}).json()
    assert ru["items"] and {h["lang"] for h in ru["items"]} == {"ru"}
    text = client.get("/api/search", params={"q": "deposit rate", "mode": "text"}).json()
    assert [h["title"] for h in text["items"]] == [ARTICLES[3]["title"]]
    assert text["items"][0]["matched"] == ["text"]
    late = client.get("/api/search", params={"q": "Moon", "date_from": "2023-08-24"}).json()
    assert late["items"] and all(h["published"] >= "2023-08-24" for h in late["items"])
    src = client.get("/api/search", params={"q": "Moon", "source": "samachar.example.in"}).json()
    assert [h["lang"] for h in src["items"]] == ["hi"]
    page = client.get("/api/search", params={"q": "Moon", "limit": 1, "offset": 1}).json()
    assert len(page["items"]) <= 1 and page["offset"] == 1 and page["total"] >= 2


def test_hybrid_search_adds_the_events_of_word_matches_in_every_language(client):
    """"Pragyan" is written so only in English; the event of that report holds
    its Hindi and Russian versions, which hybrid search adds (matched "event"),
    also when a filter leaves out the English report; text mode stays words only."""
    ext = {a["id"]: a["external_id"] for a in ids_by_external(client).values()}
    text = client.get("/api/search", params={"q": "Pragyan", "mode": "text"}).json()
    assert [ext[h["article_id"]] for h in text["items"]] == ["moon-en"]
    both = client.get("/api/search", params={"q": "Pragyan"}).json()["items"]
    found = {ext[h["article_id"]]: h["matched"] for h in both}
    assert {"moon-en", "moon-hi", "moon-ru"} <= set(found)
    assert "text" in found["moon-en"] and "event" in found["moon-hi"] and "event" in found["moon-ru"]
    assert "ecb-en" not in found
    hindi = client.get("/api/search", params={"q": "Pragyan", "lang": "hi"}).json()["items"]
    assert [ext[h["article_id"]] for h in hindi][:1] == ["moon-hi"]  # via the English word match
    assert {h["lang"] for h in hindi} == {"hi"}
    # a word of 6+ letters also finds its other forms ("inflation" -> "inflatio*")
    forms = client.get("/api/search", params={"q": "inflations", "mode": "text"}).json()["items"]
    assert [ext[h["article_id"]] for h in forms] == ["ecb-en"]


def test_hybrid_search_for_a_name_finds_it_in_every_script(client):
    """The Hindi spelling of Modi finds the English and Russian reports that
    name him (matched "entity"); text mode finds only the Hindi one."""
    ext = {a["id"]: a["external_id"] for a in ids_by_external(client).values()}
    text = client.get("/api/search", params={"q": "नरेंद्र मोदी", "mode": "text"}).json()["items"]
    assert [ext[h["article_id"]] for h in text] == ["moon-hi"]
    named = {ext[h["article_id"]]: h["matched"]
             for h in client.get("/api/search", params={"q": "नरेंद्र मोदी"}).json()["items"]}
    assert {"moon-en", "moon-hi", "moon-ru"} <= set(named)
    assert "entity" in named["moon-en"] and "entity" in named["moon-ru"]
    russian = client.get("/api/search", params={"q": "नरेंद्र मोदी", "lang": "ru"}).json()["items"]
    assert [ext[h["article_id"]] for h in russian][:1] == ["moon-ru"]


def test_search_rejects_bad_input_with_field_names(client):
    assert client.get("/api/search").json()["detail"][0]["loc"] == ["query", "q"]
    r = client.get("/api/search", params={"q": "x", "date_from": "2024-01-02", "date_to": "2024-01-01"})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["query", "date_to"]
    r = client.get("/api/search", params={"q": "x", "date_from": "yesterday"})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["query", "date_from"]
    r = client.get("/api/search", params={"q": "x", "mode": "psychic"})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["query", "mode"]


def test_pages_render_and_escape_article_markup(client):
    home = client.get("/")
    assert home.status_code == 200 and "Chandrayaan-3" in home.text
    assert "script-src 'self'" in home.headers["content-security-policy"]
    xss_id = ids_by_external(client)["xss-en"]["id"]
    page = client.get(f"/articles/{xss_id}").text
    assert "<script>window" not in page and "onerror=\"window" not in page
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in page
    ev = client.get(f"/events/{ids_by_external(client)['moon-en']['event_id']}").text
    assert ("Removed from the page: " in ev or "Nothing was removed from this page" in ev) and "<svg" in ev
    story_id = client.get("/api/stories").json()["items"][0]["id"]
    assert "<svg" in client.get(f"/stories/{story_id}").text
    assert "Narendra Modi" in client.get("/entities").text
    missing = client.get("/events/99999")
    assert missing.status_code == 404 and "There is no event 99999" in missing.text
    bad = client.get("/search", params={"q": "Moon", "date_from": "soon"})
    assert bad.status_code == 200 and "is not a date" in bad.text and "li class=\"hit\"" not in bad.text
    assert client.get("/events", params={"offset": -3}).status_code == 422
    found = client.get("/search", params={"q": "Moon landing", "article_lang": "hi"}).text
    hits = re.findall(r'<h3 lang="(\w+)"><a href="/articles/([0-9a-f]+)">', found)
    english = ids_by_external(client)["moon-en"]["id"]
    # only the Hindi report is a hit (its event is named by its headline, which may be English)
    assert ARTICLES[1]["title"] in found and hits and all(lang == "hi" and aid != english for lang, aid in hits)


def test_event_and_story_carry_cited_summary_and_labelled_facts(client):
    """Issue 12: the moon landing, told in three languages by three sources, has
    corroborated facts; a reader of Hindi gets Hindi sentences, an English reader
    gets the Hindi report's facts glossed by the aligned English sentence."""
    moon = ids_by_external(client)["moon-en"]["event_id"]
    ev = client.get(f"/api/events/{moon}").json()
    assert ev["lang"] == "en" and ev["summary"] and ev["summary_headline"]
    assert ev["fact_counts"]["corroborated"] >= 1
    for f in ev["summary"] + ev["facts"]:
        assert f["label"] in ("corroborated", "single-source", "conflicting")
        assert f["supports"] and all({"article_id", "source", "lang", "text"} <= set(s)
                                     for s in f["supports"])
    corroborated = [f for f in ev["facts"] if f["label"] == "corroborated"]
    assert all(f["reports"] >= 2 for f in corroborated)
    glossed = [s for f in corroborated for s in f["supports"] if s["lang"] != "en"]
    assert glossed and all(s["gloss"] for s in glossed)
    hi = client.get(f"/api/events/{moon}", params={"lang": "hi"}).json()
    assert hi["lang"] == "hi" and any(f["lang"] == "hi" for f in hi["summary"])
    none = client.get(f"/api/events/{moon}", params={"lang": "ja"}).json()  # no report in it
    assert none["summary"] and all(f["gloss"] is None for f in none["summary"])
    story = client.get(f"/api/stories/{ev['story_id']}").json()
    assert story["summary"] and all(f["supports"] for f in story["summary"])


def test_event_page_shows_summary_badges_and_citations(client):
    moon = ids_by_external(client)["moon-en"]["event_id"]
    html = client.get(f"/events/{moon}").text
    assert 'id="h-summary"' in html and "badge fact-label corroborated" in html
    assert "<details class=\"citations\">" in html


def test_cli_and_api_serialise_events_and_stories_alike(client, db_file, capsys):
    """One serializer (storyline.serialize): `show --json` is /api/events/{id},
    `story --json` is /api/stories/{id}, and the lists agree field by field."""
    from storyline.cli import main as cli_main

    def cli(*argv):
        assert cli_main(["--db", db_file, *argv, "--json"]) == 0
        return json.loads(capsys.readouterr().out)

    events = client.get(f"{LOCAL}/api/events?limit=100").json()["items"]
    assert events and cli("events") == events
    for ev in events:
        shown = cli("show", str(ev["id"]))
        assert shown == client.get(f"{LOCAL}/api/events/{ev['id']}").json()
        assert shown["articles"] == len(shown["articles_list"]) and shown["summary"]
        assert all("lead" in a and "dates" in a for a in shown["articles_list"])
    stories = client.get(f"{LOCAL}/api/stories?limit=100").json()["items"]
    assert stories and cli("stories") == stories
    for st in stories:
        assert cli("story", str(st["id"])) == client.get(f"{LOCAL}/api/stories/{st['id']}").json()
    names = client.get(f"{LOCAL}/api/entities?limit=5").json()["items"]
    assert names
    for ent in names:
        shown = cli("entity", ent["id"])
        assert shown == client.get(f"{LOCAL}/api/entities/{ent['id']}").json()
        assert shown["articles"] == len(shown["articles_list"]) >= 1
