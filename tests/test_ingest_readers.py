"""Readers: every format, and every kind of bad input reported by path."""
from __future__ import annotations

import gzip
import io
import json

from storyline.ingest import readers
from storyline.ingest.readers import IngestError, iter_inputs, read_path
from storyline.records import RawArticle


def _one(path):
    items = list(read_path(path))
    assert len(items) == 1
    return items[0]


def test_txt_with_header_lines(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("title: Big summit\ndate: 2024-06-21\nsource: Daily\n\nLeaders met today.\n")
    a = _one(f)
    assert isinstance(a, RawArticle)
    assert (a.title, a.date, a.source) == ("Big summit", "2024-06-21", "Daily")
    assert a.text.strip() == "Leaders met today."


def test_txt_without_header_keeps_text(tmp_path):
    f = tmp_path / "b.txt"
    f.write_text("Headline here\n\nBody text.")
    a = _one(f)
    assert a.title is None and a.text.startswith("Headline here")


def test_html_main_text_and_metadata(tmp_path):
    f = tmp_path / "p.html"
    f.write_text("""<html><head><title>Summit ends</title>
    <meta property="article:published_time" content="2024-06-20T10:00:00Z">
    <meta property="og:site_name" content="Daily Planet"></head><body>
    <nav>Home | World | Sport</nav><article><h1>Summit ends</h1>
    <p>The two leaders signed a treaty in Pyongyang on Wednesday, officials said.</p>
    <p>Analysts expect closer military cooperation between the two countries.</p></article>
    <footer>All rights reserved</footer></body></html>""")
    a = _one(f)
    assert isinstance(a, RawArticle)
    assert a.title == "Summit ends" and a.date == "2024-06-20" and a.source == "Daily Planet"
    assert "signed a treaty" in a.text and "Home | World" not in a.text


def test_jsonl_and_gzip_and_stdin(tmp_path):
    recs = [{"id": "x1", "text": "Some article text here.", "title": "T", "lang": "en",
             "url": "https://e.com/a", "date": "2024-01-02", "source": "E"},
            {"html": "<html><body><article><p>Body of an HTML article that is long enough "
                     "to be extracted as main text by the extractor.</p></article></body></html>"}]
    data = "".join(json.dumps(r) + "\n" for r in recs)
    (tmp_path / "a.jsonl").write_text(data)
    with gzip.open(tmp_path / "b.jsonl.gz", "wt") as fh:
        fh.write(data)
    for name in ("a.jsonl", "b.jsonl.gz"):
        items = list(read_path(tmp_path / name))
        assert [type(i) for i in items] == [RawArticle, RawArticle], items
        assert items[0].external_id == "x1" and items[0].url == "https://e.com/a"
        assert "HTML article" in items[1].text
    items = list(read_path("-", stdin=io.BytesIO(data.encode())))
    assert items[0].origin == "<stdin>:1" and len(items) == 2


def test_bad_inputs_are_reported_with_path_and_reason(tmp_path):
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "empty.txt").write_bytes(b"")
    # (not at the very start: "\xff\xfe" there is a UTF-16 byte-order mark)
    (tmp_path / "bad.txt").write_bytes(b"a\xff\xfe\xfa\xc3\x28 caf\xe9 \x81\x8d")
    (tmp_path / "lines.jsonl").write_text('{"text": "fine article text"}\n{broken\n{"title": "no text"}\n[1]\n')
    errors = {}
    for p in iter_inputs([str(tmp_path)]):
        for item in read_path(p):
            if isinstance(item, IngestError):
                errors[item.origin] = item.reason
    assert "binary" in errors[str(tmp_path / "bin.txt")]
    assert "empty" in errors[str(tmp_path / "empty.txt")]
    assert "UTF-8" in errors[str(tmp_path / "bad.txt")]
    assert "broken JSON" in errors[str(tmp_path / "lines.jsonl") + ":2"]
    assert "'text' or 'html'" in errors[str(tmp_path / "lines.jsonl") + ":3"]
    assert "JSON object" in errors[str(tmp_path / "lines.jsonl") + ":4"]
    assert str(tmp_path / "lines.jsonl") + ":1" not in errors


def test_legacy_encoding_is_decoded_when_confident(tmp_path):
    text = "Президент России встретился с лидером Северной Кореи на космодроме. " * 5
    (tmp_path / "cp.txt").write_bytes(text.encode("cp1251"))
    a = _one(tmp_path / "cp.txt")
    assert isinstance(a, RawArticle) and "Президент" in a.text


def test_huge_file_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "MAX_FILE_BYTES", 1000)
    (tmp_path / "big.txt").write_text("word " * 1000)
    a = _one(tmp_path / "big.txt")
    assert isinstance(a, IngestError) and "too large" in a.reason


def test_missing_and_unsupported_paths(tmp_path):
    (tmp_path / "x.pdf").write_text("nope")
    out = list(iter_inputs([str(tmp_path / "nope"), str(tmp_path / "x.pdf")]))
    assert all(isinstance(o, IngestError) for o in out)
    assert "no such file" in out[0].reason and "unsupported" in out[1].reason
    # inside a folder, unsupported files are skipped quietly
    assert list(iter_inputs([str(tmp_path)])) == []
