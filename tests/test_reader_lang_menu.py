"""The event and story pages' reader-language menu offers every language the pages are worded in (h-ui33).

The menu offered English, the languages of the event's or story's reports and the one chosen:
the demo's story 2 (reports in en, es, fr, hi, ru) offered no German or Arabic, though both
have every word of the page (``reader_words``) and ``?lang=ar`` reads the page mirrored in
Arabic; a German reader found German only on the front page's menu.  Read from the real demo
store through the real app.
"""
from __future__ import annotations

import re

import pytest

from storyline.reader_words import WORDS

MENU = re.compile(r'<select id="reader-lang" name="lang">(.*?)</select>', re.S)


def _offered(client, path: str) -> list[str]:
    page = client.get(path)
    assert page.status_code == 200, path
    [menu] = MENU.findall(page.text)
    return re.findall(r'<option value="([^"]+)"', menu)


@pytest.mark.parametrize("path", ["/stories/2", "/events/12"])
def test_every_worded_language_is_offered(client, path):
    offered = _offered(client, path)
    assert {"en", *WORDS["Summary"]} <= set(offered), offered  # ar, de, es, fr, hi, it, pt, ru, uk
    assert {"it", "pt", "uk"} <= set(offered), offered  # named on the front page's menu, worded since h-ui36
    assert offered == sorted(offered) and len(offered) == len(set(offered)), offered


def test_a_language_picked_there_words_the_page(client):
    assert "de" in _offered(client, "/stories/2")
    page = client.get("/stories/2?lang=de").text  # what the menu's form sends
    assert 'lang="de"' in page and "Zusammenfassung" in page
    assert [o for o in re.findall(r'<option value="de" selected>', page)], "German not shown as chosen"
