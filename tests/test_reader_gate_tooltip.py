"""The tooltip over a kept-out page's "Why:" is in the reader's language (h-ui25).

The Not articles list and the page's own page say why in the reader's words, but
the tooltip that quotes the gate's stored reason opened with the English "gate's
reason:" on a Russian or Arabic page.  The stored reason after it stays as stored:
it is the data (the API's ``reason``), as a removal's rule id is in its tooltip.
"""
from __future__ import annotations

import html
import re

import pytest

from storyline.reader_words import say


@pytest.fixture(scope="module")
def kept_out(promo_page):
    from fastapi.testclient import TestClient

    from storyline.api import create_app

    db, aid, reason = promo_page
    with TestClient(create_app(db, "tok"), base_url="http://localhost") as c:
        yield c, aid, reason


@pytest.mark.parametrize("lang", ["ar", "ru", "de"])
def test_the_reasons_tooltip_is_in_the_readers_language(kept_out, lang):
    client, aid, reason = kept_out
    for path in ("/not-articles", f"/articles/{aid}"):
        page = client.get(path, params={"lang": lang}).text
        client.cookies.clear()
        titles = [html.unescape(t) for t in re.findall(r'<p class="reason" title="([^"]*)"', page)]
        assert titles, path
        assert titles[0] == say("gate's reason: {reason}", lang, reason=reason), (path, titles[0])
        assert not titles[0].startswith("gate's reason"), (path, titles[0])


def test_in_english_it_reads_as_before(kept_out):
    client, aid, reason = kept_out
    page = client.get(f"/articles/{aid}", params={"lang": "en"}).text
    client.cookies.clear()
    assert f"gate's reason: {reason}" in [html.unescape(t) for t in re.findall(r'<p class="reason" title="([^"]*)"', page)]
