"""WARC archives, RSS/Atom feeds and URLs (a real HTTP server on 127.0.0.1)."""
from __future__ import annotations

import gzip
import http.server
import io
import random
import threading
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from storyline.cli import main as cli_main
from storyline.ingest.netguard import FetchPolicy
from storyline.ingest.readers import IngestError, iter_inputs, read_path
from storyline.records import RawArticle
from storyline.service import Storyline

PAGE = """<html><head><title>Summit ends</title>
<meta property="article:published_time" content="2024-06-20T10:00:00Z">
<meta property="og:site_name" content="Daily Planet"></head><body>
<nav>Home | World | Sport</nav><article><h1>Summit ends</h1>
<p>The two leaders signed a treaty in Pyongyang on Wednesday, officials said.</p>
<p>Analysts expect closer military cooperation between the two countries.</p></article>
</body></html>"""

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Daily Planet World</title><language>en-gb</language><link>{base}/</link>
<item><title>Summit ends with a treaty</title><link>{base}/summit.html</link>
<guid>summit-1</guid><pubDate>Thu, 20 Jun 2024 10:00:00 GMT</pubDate>
<description>Short summary only.</description>
<content:encoded><![CDATA[<p>The two leaders signed a treaty in Pyongyang.</p><p>Analysts expect
closer cooperation.</p>]]></content:encoded></item>
<item><title>Dam bursts in Libya</title><link>{base}/missing.html</link>
<pubDate>Tue, 12 Sep 2023 08:00:00 GMT</pubDate>
<description>&lt;p&gt;Floods swept through Derna after two dams collapsed.&lt;/p&gt;</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de"><title>Tagesblatt</title>
<entry><title>Gipfel endet</title><link href="https://example.org/gipfel"/><id>urn:1</id>
<updated>2024-06-21T09:00:00Z</updated>
<content type="html">&lt;p&gt;Die beiden Staatschefs unterzeichneten einen Vertrag.&lt;/p&gt;</content>
</entry></feed>"""


def _warc(path: Path, records: list[tuple[str, str, int, str, bytes]]) -> None:
    """(record type, uri, status, content type, body) -> a gzipped WARC file."""
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for rec_type, uri, status, ctype, body in records:
            http_headers = None
            if rec_type == "response":
                http_headers = StatusAndHeaders(f"{status} OK", [("Content-Type", ctype)],
                                                protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, rec_type, payload=io.BytesIO(body),
                                                          http_headers=http_headers))


def test_warc_pages_become_articles_and_everything_else_is_passed_over(tmp_path):
    f = tmp_path / "crawl.warc.gz"
    _warc(f, [("request", "https://news.example/summit", 0, "", b"GET /summit HTTP/1.1\r\n\r\n"),
              ("response", "https://news.example/summit", 200, "text/html; charset=utf-8",
               PAGE.encode()),
              ("response", "https://news.example/gone", 404, "text/html", b"<p>not found</p>"),
              ("response", "https://news.example/logo.png", 200, "image/png", b"\x89PNG\r\n"),
              ("response", "https://news.example/latin1", 200, "text/html; charset=iso-8859-1",
               PAGE.replace("officials said", "officials said in Orléans").encode("latin-1"))])
    items = list(read_path(f))
    assert [type(i) for i in items] == [RawArticle, RawArticle]
    a, b = items
    assert a.url == "https://news.example/summit" and a.title == "Summit ends"
    assert a.date == "2024-06-20" and "signed a treaty" in a.text and "Home | World" not in a.text
    assert a.origin.startswith(str(f) + "#2")
    assert "Orléans" in b.text
    assert f in list(iter_inputs([str(tmp_path)]))  # found inside folders too


def test_broken_and_empty_warc_files_are_reported_by_path(tmp_path):
    good = tmp_path / "good.warc.gz"
    _warc(good, [("response", "https://news.example/summit", 200, "text/html", PAGE.encode())])
    two = tmp_path / "two.warc.gz"
    _warc(two, [("response", f"https://news.example/{n}", 200, "text/html", PAGE.encode()) for n in "ab"])
    data = two.read_bytes()
    for cut in (len(data) - 40, len(data) * 3 // 4):  # inside the last record, or before it
        broken = tmp_path / f"cut{cut}.warc.gz"
        broken.write_bytes(data[:cut])
        out = list(read_path(broken))
        assert isinstance(out[0], RawArticle) and out[0].url == "https://news.example/a"  # kept
        errors = [o for o in out if isinstance(o, IngestError)]
        assert errors and all(e.origin.startswith(str(broken)) for e in errors)
        assert any("truncated" in e.reason for e in errors)
    plain = tmp_path / "plain.warc"
    plain.write_bytes(gzip.decompress(data)[:-200])
    out = list(read_path(plain))
    assert isinstance(out[0], RawArticle) and "record truncated" in out[-1].reason
    garbage = tmp_path / "garbage.warc.gz"
    garbage.write_bytes(good.read_bytes() + b"garbage garbage\n" * 5)
    out = list(read_path(garbage))
    assert isinstance(out[0], RawArticle) and "broken WARC archive after 1 page" in out[-1].reason
    junk = tmp_path / "junk.warc"
    junk.write_bytes(b"this is not an archive\n" * 5)
    (err,) = list(read_path(junk))
    assert isinstance(err, IngestError) and "WARC" in err.reason
    images = tmp_path / "images.warc.gz"
    _warc(images, [("response", "https://news.example/a.png", 200, "image/png", b"\x89PNG")])
    (err,) = list(read_path(images))
    assert isinstance(err, IngestError) and "no HTML page" in err.reason


def test_a_file_that_is_no_warc_archive_is_named_so_without_its_bytes(tmp_path, db_path, capsys):
    """warcio's message quoted the file's "first line": random bytes, printed to the terminal."""
    junk = tmp_path / "junk.warc.gz"
    junk.write_bytes(random.Random(7).randbytes(300))
    assert cli_main(["--db", db_path, "ingest", "-q", str(junk)]) == 1
    err = capsys.readouterr().err
    assert f"{junk}: not a WARC archive" in err and "first line" not in err and "\\x" not in err, err


def test_a_warc_record_with_malformed_headers_is_reported_not_raised(tmp_path):
    """A response record without WARC-Target-URI made warcio raise
    AttributeError through the whole ingest; now it is the file's error and
    the pages before it are kept."""
    good = tmp_path / "good.warc"
    _warc(good, [("response", "https://news.example/summit", 200, "text/html", PAGE.encode())])
    bad = tmp_path / "nouri.warc"
    bad.write_bytes(gzip.decompress(good.read_bytes())
                    + b"WARC/1.0\r\nWARC-Type: response\r\n\r\n")
    out = list(read_path(bad))
    assert isinstance(out[0], RawArticle) and out[0].url == "https://news.example/summit"
    assert isinstance(out[-1], IngestError) and out[-1].origin == str(bad)
    assert "broken WARC archive after 1 page" in out[-1].reason and "malformed" in out[-1].reason
    app = Storyline(str(tmp_path / "t.db"))
    try:
        report = app.ingest_paths([str(bad)], relink=False)
        assert len(report.added) == 1 and [e.origin for e in report.failed] == [str(bad)]
    finally:
        app.close()


def test_rss_and_atom_entries_become_articles(tmp_path):
    rss = tmp_path / "world.rss"
    rss.write_text(RSS.format(base="https://news.example"), encoding="utf-8")
    a, b = list(read_path(rss))
    assert (a.title, a.url, a.date, a.source, a.lang) == (
        "Summit ends with a treaty", "https://news.example/summit.html", "2024-06-20",
        "Daily Planet World", "en")
    assert a.text.splitlines() == ["The two leaders signed a treaty in Pyongyang.",
                                   "Analysts expect closer cooperation."]  # full content, not the summary
    assert b.text == "Floods swept through Derna after two dams collapsed." and b.date == "2023-09-12"
    atom = tmp_path / "tagesblatt.atom"
    atom.write_text(ATOM, encoding="utf-8")
    (c,) = list(read_path(atom))
    assert (c.title, c.lang, c.date, c.url) == ("Gipfel endet", "de", "2024-06-21", "https://example.org/gipfel")
    sitemap = tmp_path / "sitemap.xml"
    sitemap.write_text('<?xml version="1.0"?><urlset><url><loc>https://x</loc></url></urlset>')
    (err,) = list(read_path(sitemap))  # named explicitly: said why it is not read
    assert isinstance(err, IngestError) and "not an RSS or Atom feed" in err.reason
    (tmp_path / "world.xml").write_text(RSS.format(base="https://news.example"), encoding="utf-8")
    found = [p.name for p in iter_inputs([str(tmp_path)])]  # in a folder: feeds only
    assert "world.xml" in found and "world.rss" in found and "sitemap.xml" not in found


REQUESTS: list[str] = []  # paths the test site was asked for, in order
# The test site is on 127.0.0.1: following its links needs private addresses
# allowed, as for an intranet feed (tests/reliability/test_security_fetch.py
# shows they are refused by default).
INTRANET = FetchPolicy(allow_private=True)


@pytest.fixture(scope="module")
def site():
    """A news site on a free loopback port: a page, a feed, JSONL, a 404."""
    pages: dict[str, tuple[str, bytes]] = {}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server's name)
            REQUESTS.append(self.path)
            if self.path not in pages:
                self.send_error(404, "Not Found")
                return
            ctype, body = pages[self.path]
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):  # keep test output quiet
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    pages.update({
        "/summit.html": ("text/html; charset=utf-8", PAGE.encode()),
        "/feed": ("application/rss+xml", RSS.format(base=base).encode()),
        "/feed.xml": ("text/xml", RSS.format(base=base).encode()),
        "/lines": ("application/x-ndjson", b'{"id": "x1", "title": "T", "text": "Leaders met today."}\n'),
    })
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield base
    server.shutdown()


def test_urls_of_pages_feeds_and_jsonl(site):
    (page,) = list(read_path(site + "/summit.html"))
    assert isinstance(page, RawArticle) and page.url == site + "/summit.html"
    assert page.title == "Summit ends" and "signed a treaty" in page.text
    for feed in ("/feed", "/feed.xml"):  # by Content-Type, or sniffed from an XML body
        a, b = list(read_path(site + feed))
        assert a.title == "Summit ends with a treaty" and b.url == site + "/missing.html"
    (line,) = list(read_path(site + "/lines"))
    assert line.external_id == "x1" and line.text == "Leaders met today."
    (err,) = list(read_path(site + "/nothing"))
    assert isinstance(err, IngestError) and "HTTP 404" in err.reason and site + "/nothing" in err.reason
    (err,) = list(read_path("http://127.0.0.1:9/"))  # nothing listens on the discard port
    assert isinstance(err, IngestError) and "cannot fetch" in err.reason


def test_following_feed_links_reads_the_pages(site):
    followed = list(read_path(site + "/feed", follow=True, policy=INTRANET))
    page, note, fallback = followed
    assert page.url == site + "/summit.html" and "Analysts expect closer military" in page.text
    assert page.source == "Daily Planet"  # the page's own metadata wins over the feed's
    assert isinstance(note, IngestError) and "HTTP 404" in note.reason and "own text is used" in note.reason
    assert fallback.text.startswith("Floods swept through Derna")


def test_ingesting_a_feed_url_is_idempotent(site, tmp_path):
    app = Storyline(str(tmp_path / "f.db"))
    first = app.ingest_paths([site + "/feed"], relink=False)
    assert len(first.added) == 2 and not first.failed
    again = app.ingest_paths([site + "/feed"], relink=False)
    assert again.added == [] and len(again.skipped) == 2
    assert {a.url for a in app.store.articles()} == {site + "/summit.html", site + "/missing.html"}
    app.close()


def test_a_polled_feed_does_not_fetch_stored_pages_again(site, tmp_path):
    app = Storyline(str(tmp_path / "p.db"))
    REQUESTS.clear()
    first = app.ingest_paths([site + "/feed"], relink=False, follow=True, fetch_policy=INTRANET)
    assert len(first.added) == 2 and REQUESTS.count("/summit.html") == 1
    again = app.ingest_paths([site + "/feed"], relink=False, follow=True, fetch_policy=INTRANET)
    assert again.added == [] and len(again.skipped) == 2
    assert REQUESTS.count("/summit.html") == 1  # stored: not fetched a second time
    app.close()


def test_a_polled_feed_does_not_replace_a_followed_page_with_its_summary(site, tmp_path):
    """The page a followed entry linked to is stored whole; polling the feed again reads
    the entry's summary in its place (the page is not fetched again), and that summary is
    no update of the page: the stored text stays the page's."""
    app = Storyline(str(tmp_path / "s.db"))
    app.ingest_paths([site + "/feed"], relink=False, follow=True, fetch_policy=INTRANET)
    (page,) = [a for a in app.store.articles() if a.url == site + "/summit.html"]
    again = app.ingest_paths([site + "/feed"], relink=False, follow=True, fetch_policy=INTRANET)
    assert again.updated == []
    assert app.store.get_article(page.id).text == page.text
    assert "Analysts expect closer military" in app.store.get_article(page.id).text
    assert app.store.revisions(page.id) == []
    app.close()
