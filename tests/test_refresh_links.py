"""Stored links asked again (:mod:`storyline.service_refresh`): a polled feed
fetches again exactly the stored entries it says were updated, ``storyline
refresh`` asks stored pages with a conditional GET, and a page first stored
flagged (a paywall) becomes the report its URL later yields.  A real HTTP
server on 127.0.0.1 (an ephemeral port) serving pages and feeds that change
between calls, with ETag / Last-Modified and 304s; real SQLite files; the
real model."""
from __future__ import annotations

import hashlib
import http.server
import json
import threading

import pytest

from storyline.cli import main as cli_main
from storyline.ingest.netguard import FetchPolicy
from storyline.service import Storyline
from storyline.store import open_store

INTRANET = FetchPolicy(allow_private=True)  # the test site is on loopback, as an intranet's


def page(title: str, *paras: str, day: str = "2024-03-05") -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<html><head><title>{title}</title>"
            f'<meta property="article:published_time" content="{day}T09:00:00Z">'
            '<meta property="og:site_name" content="City Herald"></head><body>'
            f"<nav>Home | World | Sport</nav><article><h1>{title}</h1>{body}</article></body></html>")


QUAKE = page("Earthquake strikes coastal town",
             "A magnitude 6.1 earthquake struck the coastal town of Portmere on Tuesday, killing 12 people "
             "and injuring 40, officials said.",
             "Rescue teams searched collapsed buildings through the night. The mayor said 300 homes were damaged.")
QUAKE_CORRECTED = QUAKE.replace("killing 12 people", "killing 19 people").replace(
    "</article>", "<p>Field hospitals from Dunmore arrived on Wednesday morning.</p></article>")
BUDGET = page("Council passes the city budget",
              "The city council of Portmere passed its budget for 2025 on Monday by 31 votes to 12, "
              "after a debate that lasted nine hours.",
              "The budget raises spending on schools by four percent and cuts the road repair fund.")
PAYWALL = page("Le gouvernement présente son budget 2025",
               "Le gouvernement a présenté jeudi un budget marqué par des économies.",
               "Cet article est réservé aux abonnés. Déjà abonné ? Connectez-vous pour lire la suite.",
               "Abonnez-vous pour 1 € le premier mois, sans engagement.")
BUDGET_FR = page("Le gouvernement présente son budget 2025",
                 "Le gouvernement a présenté jeudi à Paris un budget marqué par quarante milliards d'euros "
                 "d'économies, selon le ministre des Finances.",
                 "Le texte prévoit une hausse des impôts des grandes entreprises pendant deux ans et une baisse "
                 "des dépenses des ministères, a précisé le ministre devant l'Assemblée nationale.")


def rss(base: str, entries: list[tuple[str, str, str, str]]) -> str:
    """(title, path, guid, pubDate) -> an RSS feed whose entries link to ``base + path``."""
    items = "".join(f"<item><title>{t}</title><link>{base}{p}</link><guid>{g}</guid>"
                    f"<pubDate>{d}</pubDate><description>{t}: the summary the feed gives of it.</description></item>"
                    for t, p, g, d in entries)
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>City Herald</title>'
            f"<language>en</language><link>{base}/</link>{items}</channel></rss>")


class Site:
    """Pages by path: (status, content type, body); ETag = the body's hash, and
    Last-Modified; If-None-Match with the current ETag gets a 304."""

    def __init__(self):
        self.pages: dict[str, tuple[int, str, str]] = {}
        self.requests: list[tuple[str, str | None]] = []  # (path, If-None-Match sent)
        site = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (http.server's name)
                site.requests.append((self.path, self.headers.get("If-None-Match")))
                status, ctype, body = site.pages.get(self.path, (404, "text/html", "<p>Not Found</p>"))
                data = body.encode()
                etag = '"' + hashlib.sha1(data).hexdigest()[:16] + '"'
                if status == 200 and self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(data)))
                if status == 200:
                    self.send_header("ETag", etag)
                    self.send_header("Last-Modified", "Tue, 05 Mar 2024 10:00:00 GMT")
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"

    def html(self, path: str, body: str, status: int = 200) -> None:
        self.pages[path] = (status, "text/html; charset=utf-8", body)

    def feed(self, path: str, entries) -> None:
        self.pages[path] = (200, "application/rss+xml", rss(self.base, entries))

    def fetched(self, path: str) -> int:
        return sum(p == path for p, _ in self.requests)


@pytest.fixture()
def site():
    s = Site()
    thread = threading.Thread(target=s.server.serve_forever, daemon=True)
    thread.start()
    yield s
    s.server.shutdown()
    s.server.server_close()


def _by_url(db: str, url: str):
    store = open_store(db)
    try:
        (a,) = [a for a in store.articles() if a.url == url]
        return a, store.revisions(a.id)
    finally:
        store.close()


OLD = "Tue, 05 Mar 2024 10:00:00 GMT"
NEWER = "Tue, 05 Mar 2024 16:30:00 GMT"


def test_a_polled_feed_fetches_again_exactly_the_entries_it_says_were_updated(site, db_path):
    site.html("/quake", QUAKE)
    site.html("/budget", BUDGET)
    site.feed("/feed", [("Quake", "/quake", "q-1", OLD), ("Budget", "/budget", "b-1", OLD)])
    app = Storyline(db_path)
    first = app.ingest_paths([site.base + "/feed"], relink=False, follow=True, fetch_policy=INTRANET)
    assert len(first.added) == 2 and not first.failed
    # the site corrects the quake page and says so in its feed; the budget entry is as it was
    site.html("/quake", QUAKE_CORRECTED)
    site.feed("/feed", [("Quake", "/quake", "q-1", NEWER), ("Budget", "/budget", "b-1", OLD)])
    again = app.ingest_paths([site.base + "/feed"], relink=False, follow=True, fetch_policy=INTRANET)
    assert site.fetched("/quake") == 2 and site.fetched("/budget") == 1
    quake, revisions = _by_url(db_path, site.base + "/quake")
    assert again.updated == [quake.id] and not again.failed
    assert "killing 19 people" in quake.text and "Field hospitals" in quake.text
    assert [("killing 12 people" in r["text"]) for r in revisions] == [True]
    # polled once more with nothing new: neither page is fetched again
    third = app.ingest_paths([site.base + "/feed"], relink=False, follow=True, fetch_policy=INTRANET)
    assert site.fetched("/quake") == 2 and site.fetched("/budget") == 1 and third.updated == []
    app.close()


def test_a_new_guid_version_fetches_again_and_an_unchanged_page_stays(site, db_path):
    site.html("/quake", QUAKE)
    site.feed("/feed", [("Quake", "/quake", "q-1?v=1", OLD)])
    app = Storyline(db_path)
    app.ingest_paths([site.base + "/feed"], relink=False, follow=True, fetch_policy=INTRANET)
    site.feed("/feed", [("Quake", "/quake", "q-1?v=2", OLD)])
    again = app.ingest_paths([site.base + "/feed"], relink=False, follow=True, fetch_policy=INTRANET)
    assert site.fetched("/quake") == 2
    assert again.updated == [] and len(again.skipped) == 1  # the same text: nothing to update
    _, revisions = _by_url(db_path, site.base + "/quake")
    assert revisions == []
    app.close()


def test_an_entry_updated_after_a_page_stored_before_stamps_were_kept_is_fetched(site, db_path):
    """A store from before this change holds no entry stamps: an entry updated
    after its page's text was stored is fetched again; one updated before is not."""
    site.html("/quake", QUAKE)
    site.html("/budget", BUDGET)
    site.feed("/feed", [("Quake", "/quake", "q-1", OLD), ("Budget", "/budget", "b-1", OLD)])
    app = Storyline(db_path)
    app.ingest_paths([site.base + "/feed"], relink=False, follow=True, fetch_policy=INTRANET)
    with app.store.transaction():  # as an older Storyline left it: no stamps
        app.store._exec(f"DELETE FROM state WHERE key LIKE {app.store.dialect.param}", ("fetched:%",))
    site.html("/quake", QUAKE_CORRECTED)
    site.feed("/feed", [("Quake", "/quake", "q-1", "Mon, 01 Jan 2035 08:00:00 GMT"), ("Budget", "/budget", "b-1", OLD)])
    again = app.ingest_paths([site.base + "/feed"], relink=False, follow=True, fetch_policy=INTRANET)
    assert site.fetched("/quake") == 2 and site.fetched("/budget") == 1 and len(again.updated) == 1
    app.close()


def test_refresh_asks_conditionally_and_counts_unchanged_updated_gone_and_failed(site, db_path, capsys,
                                                                                 monkeypatch):
    for path, body in [("/quake", QUAKE), ("/budget", BUDGET), ("/gone", QUAKE.replace("Portmere", "Dunmore")),
                       ("/broken", BUDGET.replace("Portmere", "Dunmore"))]:
        site.html(path, body)
    app = Storyline(db_path)
    added = app.ingest_paths([site.base + p for p in ("/quake", "/budget", "/gone", "/broken")],
                             fetch_policy=INTRANET)
    assert len(added.added) == 4 and not added.failed
    app.close()
    site.html("/quake", QUAKE_CORRECTED)  # corrected on its site
    site.html("/gone", "<p>Gone</p>", status=410)
    site.html("/broken", "<p>Internal error</p>", status=500)
    site.requests.clear()
    assert cli_main(["--db", db_path, "refresh", "--json", "--allow-private-urls", "-q"]) == 1  # one failed
    out = json.loads(capsys.readouterr().out)
    assert {k: out[k] for k in ("checked", "unchanged", "updated", "gone")} == {
        "checked": 4, "unchanged": 1, "updated": 1, "gone": 1}
    assert len(out["failed"]) == 1 and "HTTP 500" in out["failed"][0]["reason"]
    # every stored page was asked with the ETag it was stored with: the budget page got a 304
    assert all(etag for _, etag in site.requests)
    quake, revisions = _by_url(db_path, site.base + "/quake")
    assert "killing 19 people" in quake.text and len(revisions) == 1 and quake.event_id is not None
    for path in ("/gone", "/broken"):  # nothing lost: their stored texts stand, unflagged
        a, revs = _by_url(db_path, site.base + path)
        assert "Dunmore" in a.text and revs == [] and not a.not_article and a.event_id is not None
    # asked again: the corrected page is now unchanged (a 304 for its new ETag)
    app = Storyline(db_path)
    second = app.refresh(source="City Herald", fetch_policy=INTRANET)
    assert len(second.unchanged) == 2 and second.updated == [] and len(second.gone) == 1
    assert app.refresh(source="Another Paper", fetch_policy=INTRANET).checked == 0
    assert app.refresh(since_days=1, fetch_policy=INTRANET).checked == 4
    app.close()


def test_a_page_first_stored_flagged_becomes_the_report_its_url_later_yields(site, db_path):
    site.html("/budget-fr", PAYWALL)
    app = Storyline(db_path)
    first = app.ingest_paths([site.base + "/budget-fr"], fetch_policy=INTRANET)
    assert len(first.not_articles) == 1
    site.html("/budget-fr", BUDGET_FR)  # the wall lifted: the report itself
    report = app.ingest_paths([site.base + "/budget-fr"], fetch_policy=INTRANET)  # sent again
    assert len(report.updated) == 1 and not report.failed and report.new_events == 1
    app.close()
    a, revisions = _by_url(db_path, site.base + "/budget-fr")
    assert a.not_article is None and a.event_id is not None and "quarante milliards" in a.text
    assert len(revisions) == 1 and "Abonnez-vous" in revisions[0]["text"]
    store = open_store(db_path)
    try:
        assert [v.article_id for v in store.iter_vectors([a.id])] == [a.id]  # in the grouping index
    finally:
        store.close()


def test_refresh_turns_a_flagged_page_into_its_report_and_never_back(site, db_path):
    site.html("/budget-fr", PAYWALL)
    app = Storyline(db_path)
    app.ingest_paths([site.base + "/budget-fr"], fetch_policy=INTRANET)
    site.html("/budget-fr", BUDGET_FR)
    assert len(app.refresh(fetch_policy=INTRANET).updated) == 1
    site.html("/budget-fr", PAYWALL.replace("1 €", "2 €"))  # the wall is back: the report stays
    again = app.refresh(fetch_policy=INTRANET)
    assert again.updated == [] and len(again.unchanged) == 1
    app.close()
    a, revisions = _by_url(db_path, site.base + "/budget-fr")
    assert a.not_article is None and "quarante milliards" in a.text and len(revisions) == 1
