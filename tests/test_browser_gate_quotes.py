"""In a real browser: a page kept out quotes its own words as it writes them (h-ui14).

The gate stores its cues folded to small letters, and the reason under a blog's
shopping promo (the gate's new disclaimer cues) read “as an amazon associate i
earn” beside the page's "As an Amazon Associate I earn".  The Not articles list
and the page's own page now quote the text as written (``wording.as_written``);
a cue the text does not hold, as stored.
"""
from __future__ import annotations

import pytest

from test_browser import browser, page, serve, shot  # noqa: F401  (fixtures)


@pytest.fixture(scope="module")
def promo_server(promo_page):
    db, aid, _reason = promo_page
    for base in serve(db):
        yield base, aid


def test_the_reason_quotes_the_page_as_it_writes_its_words(promo_server, page):
    base, aid = promo_server
    for url in (f"{base}/not-articles", f"{base}/articles/{aid}"):
        page.goto(url)
        reason = page.locator(".reason").first.inner_text()
        assert "“As an Amazon Associate I earn”" in reason, reason
        assert "amazon associate i" not in reason, reason
    shot(page, "h-ui14-promo-reason")


def test_as_written_finds_the_cue_in_any_case_and_spacing():
    from storyline.wording import as_written

    text = "Or click  this\nLink to start shopping."
    assert as_written("click this link to", text) == "click this Link to"
    assert as_written("kein roboter", text) == "kein roboter"  # not in the text: as stored
    assert as_written("abc", None) == "abc"
    # a cue the gate cut short ends in an ellipsis, which the page does not write
    long = "By logging in to LiveJournal using a third-party service you accept its user agreement"
    assert as_written("by logging in to livejournal using a third-party service yo…", long) == \
        "By logging in to LiveJournal using a third-party service yo…"
