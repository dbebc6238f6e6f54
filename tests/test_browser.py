"""Real-browser tests: `storyline serve` in a subprocess, Debian's Chromium through playwright.

They click through the pages a reader uses (events -> event -> article), run a
cross-lingual search from the header box, and check that markup inside an
article never runs.  Screenshots go to ``test-artifacts/`` for humans to look at.
Skipped with a reason when Chromium or playwright is not installed
(``apt-get install chromium``; ``pip install playwright``; never ``playwright install``).
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from api_corpus import ARTICLES, build_db
from live_server import serve  # noqa: F401 (the browser modules import it from here)
from test_gate import add_not_articles

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"

if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} not found: install Debian's chromium (apt-get install chromium)",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api",
                               reason="python playwright is not installed (pip install playwright)")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """`storyline serve` on a free loopback port over a freshly ingested database."""
    db = str(tmp_path_factory.mktemp("browser") / "storyline.db")
    build_db(db)
    from storyline.service import Storyline

    app = Storyline(db)
    try:
        add_not_articles(app)  # pages that are not news reports: listed apart, in no event
    finally:
        app.close()
    yield from serve(db)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    pg = context.new_page()
    pg.set_default_timeout(20_000)
    pg.errors = []  # uncaught page errors would mean our own page misbehaves
    pg.on("pageerror", lambda exc: pg.errors.append(str(exc)))
    yield pg
    context.close()


def shot(pg, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_click_through_stories_event_and_article(server, page):
    page.goto(server + "/")
    assert page.locator("main").count() == 1 and page.locator("header nav").count() == 1
    assert page.get_by_role("search").first.is_visible()
    assert page.locator("h1").inner_text() == "Stories"
    moon = page.locator(".card", has_text="Chandrayaan")  # the story told in three languages
    assert set(moon.locator(".badge.lang").all_inner_texts()) == {"en", "hi", "ru"}
    shot(page, "01-stories")

    moon.locator("h2 a").click()
    page.wait_for_url(re.compile(r"/stories/\d+$"))
    assert page.locator("figure.timeline svg").is_visible()
    assert page.locator("ol.chronology li").count() >= 1
    shot(page, "02-story")

    event_card = page.locator("section[aria-labelledby=h-events] .card").first
    size = int(event_card.locator(".size").inner_text().split()[0])
    event_card.locator("h3 a").click()
    page.wait_for_url(re.compile(r"/events/\d+$"))
    reports = page.locator("article.report")
    assert reports.count() == size
    assert page.locator("article.report .text p").count() >= size  # every article's text shown
    langs = set(page.locator("article.report .badge.lang").all_inner_texts())
    shot(page, "03-event")

    event_url = page.url
    name = page.locator(".coverage .badge.entity a").first
    name.click()
    page.wait_for_url(re.compile(r"/entities/"))
    assert page.locator(".sparkline svg").is_visible()
    spellings = page.locator("ul[aria-label='Spellings across scripts'] li")
    assert spellings.count() >= 1
    shot(page, "04-entity")
    page.goto(event_url)

    # each report says what was removed from it: a toggle, or in words when nothing was
    toggles, nothing = page.locator("details.residue"), page.locator("p.residue")
    assert toggles.count() + nothing.count() == size
    assert all(t.startswith("Nothing was removed from this page") for t in nothing.all_inner_texts())
    if toggles.count():
        toggles.first.locator("summary").click()
        assert toggles.first.get_attribute("open") is not None

    title = reports.first.locator("h3 a")
    expected = title.inner_text()
    title.click()
    page.wait_for_url(re.compile(r"/articles/\w+$"))
    assert page.locator("h1").inner_text() == expected
    assert page.locator("main .badge.lang").first.inner_text() in langs
    assert page.locator("section.text p").count() >= 1
    shot(page, "05-article")
    assert page.errors == []


def test_summary_with_badges_and_citations_in_the_reader_language(server, page):
    """Issue 12: the event page opens with its cited summary; badges say which facts
    several reports corroborate; citations expand; the reader's language is a setting."""
    page.goto(server + "/events")
    page.locator(".card", has_text="Chandrayaan").first.locator("h2 a, h3 a").first.click()
    page.wait_for_url(re.compile(r"/events/\d+$"))
    summary = page.locator("section.summary")
    assert summary.is_visible()
    first_section = page.locator("main article > section").first
    assert first_section.get_attribute("class") == "summary"  # the summary is on top
    badges = summary.locator(".badge.fact-label")
    assert badges.count() >= 1 and "corroborated" in badges.all_inner_texts()
    cites = summary.locator("details.citations").first
    cites.locator("summary").click()
    assert cites.get_attribute("open") is not None
    assert cites.locator("li a").first.is_visible()  # each citation links its article
    shot(page, "06-event-summary")
    page.select_option("#reader-lang", "hi")
    page.locator("form.lang-setting button").click()
    page.wait_for_url(re.compile(r"lang=hi"))
    assert "hi" in page.locator("section.summary .fact .badge.lang").all_inner_texts()
    story_link = page.locator("p.kicker a")
    story_link.click()
    page.wait_for_url(re.compile(r"/stories/\d+"))
    assert page.locator("section.summary .badge.fact-label").count() >= 1
    assert page.errors == []


def test_cross_lingual_search_from_the_header(server, page):
    page.goto(server + "/")
    box = page.get_by_label("Search articles in any language")
    box.fill("Indian spacecraft landing on the Moon")
    box.press("Enter")
    page.wait_for_url(re.compile(r"/search\?"))
    hits = page.locator("li.hit")
    assert hits.count() >= 3
    langs = set(page.locator("li.hit .badge.lang").all_inner_texts())
    assert {"en", "hi", "ru"} <= langs, langs
    titles = page.locator("li.hit h3").all_inner_texts()
    assert ARTICLES[1]["title"] in titles and ARTICLES[2]["title"] in titles
    shot(page, "06-search")
    # the language choices sit side by side, not one per line beside an empty
    # column (the fieldset's own rule lost to `.filters .field`)
    tops = {round(b["y"]) for b in (c.bounding_box() for c in page.locator("form.filters .check").all())}
    assert len(page.locator("form.filters .check").all()) >= 3 and len(tops) == 1, tops

    page.get_by_label("Русский (ru)", exact=True).check()  # named as the reader picks it
    page.locator("form.filters button[type=submit]").click()
    page.wait_for_url(re.compile(r"lang=ru"))
    assert set(page.locator("li.hit .badge.lang").all_inner_texts()) == {"ru"}
    assert page.errors == []


def test_names_are_found_by_any_spelling_from_the_names_page(server, page):
    """The Names page's finder: a misspelt name in another script lands on the
    entity; a part shared by two names offers both ("did you mean")."""
    page.goto(server + "/entities")
    page.fill("#find", "Нарендра Моди")
    page.locator("form.find-name button").click()
    page.wait_for_url(re.compile(r"/entities/[^?]+$"))
    assert page.locator("h1").inner_text() == "Narendra Modi"
    page.goto(server + "/entities")
    page.fill("#find", "Narendra Modl")  # one letter off
    page.locator("form.find-name button").click()
    page.wait_for_url(re.compile(r"/entities/[^?]+$"))
    assert page.locator("h1").inner_text() == "Narendra Modi"
    page.goto(server + "/entities?find=Zzyzx")
    assert "No name is spelled like" in page.locator("main").inner_text()
    shot(page, "06-names-finder")
    assert not page.errors


def test_markup_in_an_article_never_runs(server, page):
    page.goto(server + "/search?q=library+budget&mode=text")
    page.locator("li.hit h3 a").first.click()
    page.wait_for_url(re.compile(r"/articles/\w+$"))
    for summary in page.locator("details summary").all():
        summary.click()  # show the removed residue, which holds the <img onerror=…>
    page.wait_for_timeout(300)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("main img").count() == 0 and page.locator("main script").count() == 0
    assert "<script>window.__pwned=1</script>" in page.locator("h1").inner_text()
    assert "onerror" in page.locator("details.residue").inner_text()
    shot(page, "07-escaped-article")

    page.locator(".kicker a").click()  # its event page shows the same text and residue
    page.wait_for_url(re.compile(r"/events/\d+$"))
    for summary in page.locator("details summary").all():
        summary.click()
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.errors == []


def test_usable_on_a_phone(server, browser):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True,
                                  device_scale_factor=2)
    pg = context.new_page()
    try:
        pg.goto(server + "/")
        story = pg.locator(".card h2 a[href^='/stories/']").first.get_attribute("href")
        pg.goto(server + "/search?q=Moon")
        article = pg.locator("li.hit h3 a").first.get_attribute("href")  # its dates mentioned, quoted
        for path, name in (("/", "08-phone-stories"), ("/search?q=Moon", "09-phone-search"),
                           ("/entities", "09-phone-names"), (story, "09-phone-story"),
                           (article, "09-phone-article")):
            pg.goto(server + path)
            overflow = pg.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 1, f"{path} scrolls sideways by {overflow}px on a phone"
            # a phone zooms out to fit a too-wide page, widening innerWidth: that hides overflow
            assert pg.evaluate("window.innerWidth") == 390, f"{path} is zoomed out to fit"
            shot(pg, name)
        # the names table shows every column on the screen ("Mentions" was cut off)
        pg.goto(server + "/entities")
        width = pg.evaluate("window.innerWidth")
        for cell in pg.locator("table.entities tbody tr").first.locator("td").all():
            box = cell.bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= width + 1, box
        # ... each heading whole on one line ("Mentions" broke as "Mentio / ns"), and the
        # finder's box shows its whole hint ("any spelling or script, part of a name")
        fits = ("(e, text) => { const c = document.createElement('canvas').getContext('2d');"
                " const s = getComputedStyle(e); c.font = s.font; return c.measureText(text).width"
                " <= e.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight); }")
        for head in pg.locator("table.entities thead th").all():
            if head.is_visible():
                assert head.evaluate(fits, head.inner_text().strip()), head.inner_text()
        box = pg.locator("#find")
        assert box.evaluate(fits, box.get_attribute("placeholder"))
        # the mentions chart's labels stay readable (shrunk to the screen they read at 6px)
        pg.locator("table.entities tbody tr").first.locator("a").first.click()
        pg.wait_for_url(re.compile(r"/entities/[^?]+$"))
        label = pg.locator("figure.sparkline text.x-label").first
        assert label.bounding_box()["height"] >= 9, label.bounding_box()
        # a date range is not broken across lines ("– 2024-06-20" alone on the next)
        pg.goto(server + "/")
        ranges = pg.locator(".card .meta .date-range").all()
        lines = "e => new Set([...e.getClientRects()].map(r => Math.round(r.y))).size"
        assert ranges and all(r.evaluate(lines) == 1 for r in ranges)
        # the story timeline's labels stay readable: the chart scrolls sideways
        # inside its figure instead of shrinking to the screen (11px labels became 5px)
        pg.goto(server + story)
        label = pg.locator("figure.timeline text.tick-label").first
        assert label.bounding_box()["height"] >= 9, label.bounding_box()
    finally:
        context.close()


def test_api_docs_work_offline(server, page):
    """/docs is Swagger UI from the installed package (no CDN), started by our
    own script under the site's CSP, and it can call the API ("Try it out")."""
    outside = []
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(server) else None)
    page.goto(server + "/docs")
    page.wait_for_selector(".swagger-ui .opblock")
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert "/api/search" in paths and "/api/events" in paths
    assert page.locator(".btn.authorize").count() == 1  # writes take the bearer token
    health = page.locator(".opblock", has_text="/api/health")
    health.locator(".opblock-summary").click()
    health.get_by_role("button", name="Try it out").click()
    health.get_by_role("button", name="Execute").click()
    # the server's answer, not the documented example above it (which renders
    # first and is all a slow machine shows for a moment)
    body = health.locator(".live-responses-table .highlight-code").first
    body.wait_for()
    assert '"status": "ok"' in body.inner_text()
    assert outside == [] and page.errors == []
    shot(page, "10-api-docs")


def test_not_articles_page_lists_flagged_pages_with_reasons(server, page):
    page.goto(server + "/")
    page.get_by_role("link", name="Not articles").click()
    page.wait_for_url(re.compile(r"/not-articles$"))
    items = page.locator("li.not-article")
    assert items.count() == 6
    assert "Страница не найдена" in page.locator("main").inner_text()
    kinds = set(page.locator("li.not-article .badge.kind").all_inner_texts())  # in words, the id kept as data
    assert {"error or unavailable page", "bot check", "subscription wall", "login or registration wall"} <= kinds
    ids = page.eval_on_selector_all("li.not-article .badge.kind", "els => els.map(e => e.dataset.kind)")
    assert {"error", "bot-check", "paywall", "login"} <= set(ids)
    assert all(r.strip() for r in page.locator("li.not-article .reason").all_inner_texts())
    shot(page, "11-not-articles")
    items.first.locator("h2 a").click()
    page.wait_for_url(re.compile(r"/articles/\w+$"))
    assert "Not a news report" in page.locator(".kicker.not-article").inner_text()
    page.goto(server + "/events")  # none of them is an event
    assert "Страница не найдена" not in page.locator("main").inner_text()
    assert page.errors == []
