"""What the demo's pages say at their edges: past the last page, a search no
report has a word of, an unknown id, an article nothing was removed from.

Each was seen on the served demo as its readers would see it: a page past the
end said "Nothing has been ingested yet" under "1001–15 of 15"; nonsense
("zzqx flibbertigibbet") listed nine reports as its "results"; the 404 page's
"Back to the events" led to the stories; "Removed as residue (0)" opened on
nothing.
"""
from __future__ import annotations

import html
import re

import pytest

from storyline.reader_words import say


def _main(html: str) -> str:
    return re.search(r"<main.*?</main>", html, flags=re.S).group(0)


def test_a_page_past_the_last_says_so_and_leads_back(demo_app, client):
    app, _ = demo_app
    n_events = len(app.store.events())
    for path, total in (("/events?offset=1000", n_events), ("/search?q=Putin&offset=5000", None),
                        ("/entities?offset=100000", None), ("/not-articles?offset=100", None)):
        r = client.get(path)
        assert r.status_code == 200, path
        main = _main(r.text)
        assert "Past the last page" in main, path
        assert "Nothing has been ingested" not in main and "No names yet" not in main, path
        assert not re.search(r"\d+–\d+ of", main), path  # "1001–15 of 15"
        back = re.search(r'<a href="([^"]+)" rel="prev">', main).group(1).replace("&amp;", "&")
        assert re.search(r"offset=\d+$", back), back
        if total:
            assert f"({total} in all)" in main
            # the link leads to the last page, which lists something
            assert "Past the last page" not in _main(client.get(back).text)
            assert len(re.findall(r'<article class="card">', client.get(back).text)) >= 1
    # the first page is no page past the last
    assert "Past the last page" not in _main(client.get("/events").text)


def test_a_query_no_report_has_a_word_of_says_its_hits_are_only_near_in_meaning(client):
    nonsense = _main(client.get("/search", params={"q": "zzqx flibbertigibbet"}).text)
    hits = len(re.findall(r'<li class="hit">', nonsense))
    # a query about nothing stored lists nothing, and says why; were a nearest report
    # listed (e5 has no zero), the page would say what it is
    assert hits == 0 or "only the closest in meaning" in nonsense, hits
    assert 'class="empty off-topic"' in nonsense and "No report matches" in nonsense
    found = _main(client.get("/search", params={"q": "Putin Kim treaty"}).text)
    assert len(re.findall(r'<li class="hit">', found)) >= 3 and "meaning-only" not in found
    # meaning is what the reader asked for in the meaning mode: no warning there
    asked = _main(client.get("/search", params={"q": "zzqx flibbertigibbet", "mode": "semantic"}).text)
    assert "meaning-only" not in asked


def test_a_blank_query_is_no_search(client):
    """Spaces in the search box read "No results for “ ”" on the page, and
    ``/api/search?q=%20`` answered 200 with no items as if it had searched
    (``q=`` is 422; the CLI says the query is empty)."""
    page = client.get("/search", params={"q": "   "})
    assert page.status_code == 200
    main = _main(page.text)
    assert "No results for" not in main and '<li class="hit">' not in main
    r = client.get("/api/search", params={"q": "   "})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["query", "q"]
    assert "empty" in r.json()["detail"][0]["msg"]


@pytest.mark.parametrize("path", ["/events/999", "/stories/999", "/articles/nope", "/nowhere"])
def test_an_unknown_page_is_a_page_that_says_not_found(client, path):
    r = client.get(path)
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    assert "<title>Not found · Storyline</title>" in r.text
    main = _main(r.text)
    assert '<a href="/">Back to the front page</a>' in main and "Back to the events" not in main
    assert "Traceback" not in r.text


def test_an_article_nothing_was_removed_from_says_so_without_a_toggle(demo_app, client):
    app, _ = demo_app
    arts = [a for a in app.store.articles() if a.event_id is not None]
    clean = next(a for a in arts if not a.removed)
    dirty = next(a for a in arts if a.removed)
    html = _main(client.get(f"/articles/{clean.id}").text)
    assert "Removed from the page: </summary>" not in html and '<details class="residue">' not in html
    assert "Nothing was removed from this page: " in html
    html = _main(client.get(f"/articles/{dirty.id}").text)
    assert "Removed from the page: " in html
    assert "them (%d)" % len(dirty.removed) in html if len(dirty.removed) > 1 else "wrote it:" in html
    event = _main(client.get(f"/events/{clean.event_id}").text)
    assert "Removed from the page: </summary>" not in event


def test_every_single_source_fact_counted_on_an_event_page_is_listed_there(demo_app, client):
    """"3 single-source facts" stood above the summary, and none was shown anywhere."""
    app, _ = demo_app
    seen = 0
    for ev in app.store.events():
        for lang in ("en", "hi"):
            main = _main(client.get(f"/events/{ev.id}?lang={lang}").text)
            counted = re.search(r"(\d+) single-source facts", main)
            if counted is None:  # no facts computed for this event
                continue
            n = int(counted.group(1))
            assert len(re.findall(r'<li class="fact single-source"', main)) == n, (ev.id, lang)
            seen += n
    assert seen >= 10  # the demo's events have such facts: the check above is not empty
    story_id = max(app.store.stories(), key=lambda s: len(s.event_ids)).id
    story = _main(client.get(f"/stories/{story_id}?lang=en").text)  # the Hindi choice above is remembered
    assert "single-source facts in its events: each event's page lists them all" in html.unescape(story)


def test_a_name_in_another_script_is_marked_with_its_language(demo_app, client):
    """A Hindi reader's names ("व्लादिमीर पुतिन") sat unmarked in the English page:
    a screen reader read them with English rules, or letter by letter."""
    devanagari = re.compile(r"[\u0900-\u097f]")
    putin = client.get("/entities/Putin", params={"names": "hi"}).text
    # a name's page is worded in the reader's language (h-ui22): the Hindi name is in the page's language
    assert '<html lang="hi">' in putin and re.search(r'<h1>[^<]*[\u0900-\u097f]', putin)
    pages = [client.get(p, params={"names": "hi"}).text for p in ("/entities", "/entities/Putin")]
    pages += [client.get(p, params={"lang": "hi"}).text for p in ("/", "/events/12", "/events/8")]
    # a page worded in Hindi (the lists and event pages, h-ui20 and h-ui21) marks them by its own lang
    names = [('<html lang="hi">' in html, attrs, text) for html in pages
             for attrs, text in re.findall(r'<a href="/entities/[^"]+"([^>]*)>([^<]+)</a>', html)]
    hindi = [(in_hindi, a) for in_hindi, a, t in names if devanagari.search(t)]
    assert len(hindi) >= 10 and all(in_hindi or 'lang="hi"' in a for in_hindi, a in hindi), hindi[:3]
    # an English name among them is not marked as another language's
    assert all('lang="hi"' not in a for _, a, t in names if not devanagari.search(t))
    client.cookies.clear()  # the language chosen is remembered: not for the next test


def test_one_source_past_the_limit_is_shown_not_folded(client):
    """"+1 more ▸" took the room of the one source it hid (event 8's seventh)."""
    for path in ("/", "/events"):
        html = client.get(path).text
        cards = re.findall(r'<article class="card">(.*?)</article>', html, flags=re.S)
        assert cards and "+1 more" not in html, path
        for card in cards:
            shown = re.findall(r'<li class="badge source">', card.split("<details>")[0])
            folded = re.search(r"\+(\d+) more", card)
            assert len(shown) <= 7 and (folded is None or (len(shown) == 6 and int(folded.group(1)) >= 2))
        assert any(len(re.findall(r'<li class="badge source">', c)) == 7 and "<details>" not in c
                   for c in cards) or path == "/", path


def test_the_names_page_calls_the_readers_language_by_its_name(client):
    """"Names in" on the Names page set what the lists and pages call "Reader's language"."""
    html = client.get("/entities", params={"names": "ru"}).text
    label = say("Reader's language", "ru")  # the page is worded in Russian (h-ui21)
    assert f'<label for="names">{label}</label>' in html and "Names in" not in html
    assert '<option value="ru" selected>Русский (ru)</option>' in html
    event = client.get("/events/8").text  # the one setting, remembered
    assert '<option value="ru" selected>Русский (ru)</option>' in event
    client.cookies.clear()


def test_an_undated_report_says_why_its_days_are_not_listed(demo_app, client):
    """The demo's undated Hindi report says "बुधवार" (Wednesday) and "अप्रैल 2019":
    its page listed April 2019 alone, as if the text named no other day.  With
    no date of its own a day without a year cannot be placed: the page says so;
    a dated report's page does not."""
    app, _ = demo_app
    undated = next(a for a in app.store.articles() if a.published is None and a.dates)
    dated = next(a for a in app.store.articles() if a.published is not None and a.dates)
    page = " ".join(client.get(f"/articles/{undated.id}").text.split())
    section = page.split('id="h-dates"', 1)[1].split("</section>", 1)[0]
    assert "This report states no date of its own, so the days it names without a year" in section
    assert "only dates written in full are listed" in section and "<time" in section
    assert "no date of its own" not in client.get(f"/articles/{dated.id}").text.split('id="h-dates"', 1)[1]


def test_a_query_no_report_has_all_the_words_of_is_not_said_to_have_none_of_them(client):
    """The word index wants every word of a query: for "पुतिन लग्ज़री" (Putin, luxury) no demo
    report has both, and the page said "No report has these words or names" above Hindi reports
    naming पुतिन in their first line."""
    page = _main(client.get("/search", params={"q": "पुतिन लग्ज़री"}).text)
    assert "meaning-only" in page and "पुतिन" in page.split('class="empty meaning-only"')[1]
    assert "No report has all of these words together" in page
    assert "No report has these words or names" not in page and "this word or name" not in page
    one = _main(client.get("/search", params={"q": "zzqxflibbertigibbet"}).text)
    assert "all of these words" not in one  # one word: nothing to say about "all"
