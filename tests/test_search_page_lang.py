"""``lang`` on the search page is the reader's language, as on every page; the
language filter is ``article_lang`` (h-ui17).

The search page alone read ``?lang=hi`` as "Hindi reports only", while on an
event, story or list page it shows the page to a Hindi reader: a link that
kept the reader's language lost every other report on the search page.  An
old link whose ``lang`` can only be the filter still finds what it did.
"""
from __future__ import annotations

import html
import re

from api_corpus import ARTICLES, client, db_file  # noqa: F401 (fixtures)
from storyline.reader_words import say

HIT = re.compile(r'<h3 lang="(\w+)"><a href="/articles/[0-9a-f]+(?:\?lang=\w+)?">')  # links keep the reader's ?lang (h-ui22)
MOON_HI = ARTICLES[1]["title"]


def _hit_langs(page: str) -> set[str]:
    return set(HIT.findall(page))


def test_article_lang_filters_the_search_page(client):
    page = client.get("/search", params={"q": "Moon landing", "article_lang": "hi"}).text
    assert _hit_langs(page) == {"hi"}
    assert 'name="article_lang" value="hi" checked' in page  # the form shows the filter back
    both = client.get("/search", params=[("q", "Moon landing"), ("article_lang", "hi"), ("article_lang", "ru")]).text
    assert _hit_langs(both) == {"hi", "ru"}


def test_lang_on_the_search_page_is_the_readers_language(client):
    try:
        r = client.get("/search", params={"q": "Moon landing", "lang": "hi"})
        assert {"en", "hi", "ru"} <= _hit_langs(r.text)  # every report, not the Hindi ones only
        # the hits' event is named for a Hindi reader, as the event page names it, and the choice is kept;
        # the page is worded in Hindi (h-ui21), so a Hindi headline needs no lang mark of its own
        assert '<html lang="hi">' in r.text
        said_in = re.escape(say("in", "hi"))  # the page's words for "in" its event (h-ui22)
        assert re.search(r'<span class="in-event">' + said_in + r' <a href="/events/\d+\?lang=hi" title="[^"]*">[^<]*[\u0900-\u097f]',
                         r.text)
        assert "names_lang=hi" in r.headers.get("set-cookie", "")
    finally:
        client.cookies.clear()  # the module's other tests read as an English reader


def test_an_old_link_whose_lang_is_the_filter_still_filters(client):
    """Several languages, or one no reader picks ("ja"), can only be the old filter."""
    r = client.get("/search", params=[("q", "Moon landing"), ("lang", "hi"), ("lang", "ru")], follow_redirects=False)
    assert r.status_code == 307 and "article_lang=hi" in r.headers["location"] and "lang=hi" in r.headers["location"]
    assert _hit_langs(client.get(r.headers["location"]).text) == {"hi", "ru"}
    old = client.get("/search", params={"q": "Derna", "lang": "ja"}).text
    assert "Written in: no stored report is in &#39;ja&#39;" in old


def test_the_api_filters_by_article_lang_and_still_reads_lang(client):
    new = client.get("/api/search", params={"q": "Moon landing", "article_lang": "ru"}).json()["items"]
    old = client.get("/api/search", params={"q": "Moon landing", "lang": "ru"}).json()["items"]
    assert new and {h["lang"] for h in new} == {"ru"} and [h["article_id"] for h in new] == [h["article_id"] for h in old]
    bad = client.get("/api/search", params={"q": "Derna", "article_lang": "ja"})
    assert bad.status_code == 422 and bad.json()["detail"][0]["loc"] == ["query", "article_lang"]


def test_a_hit_whose_title_heads_its_event_does_not_repeat_it(client):
    """"Putin and Kim sign mutual defence pact … · in Putin and Kim sign mutual
    defence pact …": the same title twice read as a mistake (h-ui17)."""
    events = {e["id"]: e["headline"] for e in client.get("/api/events?limit=100").json()["items"]}
    page = client.get("/search", params={"q": "Moon landing"}).text
    hits = re.findall(r'<h3 lang="\w+"><a href="/articles/[0-9a-f]+">(.*?)</a></h3>.*?'
                      r'<span class="in-event">in <a href="/events/(\d+)"[^>]*>(.*?)</a>([^<]*)</span>', page, re.S)
    heads = [(title, link, after) for title, eid, link, after in hits if html.unescape(title) == events[int(eid)]]
    assert heads and all(link == "its event" and after == ", which it titles" for _, link, after in heads), heads
    # no white space before the separator: "which it titles  · matched by" showed two spaces (h-ui18)
    assert not re.search(r"which it titles</span>\s+&nbsp;", page), page
    assert all(link != "its event" for title, eid, link, _ in hits if html.unescape(title) != events[int(eid)])
