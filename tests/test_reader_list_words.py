"""The list pages and the date charts speak the reader's language too (h-ui21).

h-ui20 worded the event and story pages under ``?lang=``; a Hindi reader who
came from the events list read its menu, heading, counts and card key in
English, then a Hindi menu one click later, and the charts' ticks ("Sep
2023"), row captions and broken-axis note stayed English on the Hindi pages.
The lists, the Names list, the search page and Not articles now take their
words from the same catalogue (:mod:`storyline.reader_words`); their links
carry ``?lang`` so the reader stays in it without the cookie.
"""
from __future__ import annotations

import re

import pytest

from storyline.reader_words import count, say

LISTS = {"/": "Stories", "/events": "Events", "/entities": "Names", "/search": "Search",
         "/not-articles": "Not articles"}
MENU = re.compile(r'<nav aria-label="[^"]*">(.*?)</nav>', re.S)  # "Main" in the page's language (h-ui23)


def _get(client, path, **params):
    html = client.get(path, params=params).text
    client.cookies.clear()  # the language chosen is remembered: each page here is asked for afresh
    return html


@pytest.mark.parametrize("lang", ["hi", "ru", "de"])
def test_every_list_page_is_worded_in_the_readers_language(client, lang):
    for path, heading in LISTS.items():
        html = _get(client, path, lang=lang)
        assert f'<html lang="{lang}">' in html, path
        assert f"<h1>{say(heading, lang)}</h1>" in html, path
        menu = MENU.search(html).group(1)
        for where, word in (("/", "Stories"), ("/events", "Events"), ("/entities", "Names")):
            assert f'<a href="{where}?lang={lang}">{say(word, lang)}</a>' in menu, (path, where)
        assert f'<input type="hidden" name="lang" value="{lang}">' in html, path  # the search box keeps it
    events = _get(client, "/events", lang=lang)
    n = len(re.findall(r'<article class="card">', events))
    assert count(n, "event", lang) in events and say("Reader's language", lang) in events
    cards = re.findall(r'<article class="card">\s*<h2[^>]*><a href="([^"]+)"', events)
    assert cards and all(re.fullmatch(rf"/events/\d+\?lang={lang}", href) for href in cards), cards[:3]
    found = _get(client, "/search", q="Putin", lang=lang)
    heading = re.search(r'<h2 id="h-results">([^<]+)</h2>', found).group(1)
    n = int(re.search(r"\d+", heading).group(0))
    assert heading == say("{results} for “{q}”", lang, results=count(n, "result", lang), q="Putin"), heading


def test_an_english_list_page_is_as_it_was(client):
    html = _get(client, "/events", lang="en")
    assert '<html lang="en">' in html and "<h1>Events</h1>" in html
    assert re.search(r"<p class=\"lede\">\d+ events from \d+ articles, biggest and newest first\.\s*</p>", html)
    assert '<a href="/events">Events</a>' in MENU.search(html).group(1)  # no ?lang on English links
    assert 'name="lang" value="en"' not in html


def test_the_charts_ticks_captions_and_note_are_in_the_readers_language(demo_app, client):
    app, _ = demo_app
    broken = 0
    for st in app.store.stories():
        en, ru = (_get(client, f"/stories/{st.id}", lang=lg) for lg in ("en", "ru"))
        ticks_en = re.findall(r'<text class="tick-label"[^>]*>([^<]+)</text>', en)
        ticks_ru = re.findall(r'<text class="tick-label"[^>]*>([^<]+)</text>', ru)
        if not ticks_en:
            continue
        assert any(re.search(r"[A-Z][a-z]{2}", t) for t in ticks_en), ticks_en  # "Sep 2023"
        assert not any(re.search(r"[A-Za-z]", t) for t in ticks_ru), ticks_ru  # "сент. 2023 г.", years
        captions = set(re.findall(r'<text class="row-label" [^>]*>([^<]+)</text>', ru))
        assert captions and captions <= {say(c, "ru") for c in ("events", "mentioned", "published")}, captions
        if 'class="meta axis-note"' in ru:
            broken += 1
            assert say("The axis is broken:", "ru") in ru and "The axis is broken" not in ru
            assert "The axis is broken: the dates" in en
    assert broken  # the demo's stories have a broken axis (a 2019 mention), so the note was read
