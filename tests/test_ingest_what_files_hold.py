"""Inputs whose name or bytes say less than their content: files saved as
"Unicode" by Windows tools (UTF-16, UTF-32) are text, not the binary files
their NUL bytes would make them; a `.txt` file or a record's `text` that is a
whole HTML page is read as HTML; a metadata date that reads but cannot be a
publication day says why.  Real files read by the real readers."""
from __future__ import annotations

import gzip
import io
import json
import random

import pytest

from storyline.analyse.dates import date_field_problem
from storyline.ingest.readers import IngestError, read_path
from storyline.pipeline import analyse
from storyline.records import RawArticle

EN = ("Flood in Derna\n\nFloods hit the Libyan city of Derna after two dams burst on Sunday "
      "night, and thousands of people are missing, officials said on Tuesday.")
RU = ("Наводнение в ливийском городе Дерна унесло тысячи жизней: в ночь на воскресенье "
      "прорвало две плотины, сообщили власти во вторник.")


@pytest.mark.parametrize("codec, bom", [("utf-16", True), ("utf-16-le", False), ("utf-16-be", False),
                                        ("utf-32", True)])
def test_a_text_file_in_utf16_or_utf32_is_read_as_text(tmp_path, codec, bom):
    path = tmp_path / "report.txt"
    path.write_bytes(EN.encode(codec))
    [item] = read_path(path)
    assert isinstance(item, RawArticle), item
    assert item.text.startswith("Flood in Derna\n") and "two dams burst" in item.text
    noted = [w for w in item.warnings if "byte-order mark" in w]
    assert noted == ([] if bom else [noted[0]]) and (bom or codec.upper() in noted[0])


def test_a_cyrillic_html_page_in_utf16_without_a_mark_is_read(tmp_path):
    page = f"<html><head><title>Наводнение в Дерне</title></head><body><p>{RU}</p><p>{RU}</p></body></html>"
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("utf-16-le"))
    [item] = read_path(path)
    assert isinstance(item, RawArticle), item
    assert "прорвало две плотины" in item.text


@pytest.mark.parametrize("name", ["feed.jsonl", "feed.jsonl.gz"])
def test_a_jsonl_file_in_utf16_is_read_line_by_line(tmp_path, name):
    recs = [{"id": "r1", "title": "Дерна", "text": RU, "date": "2023-09-12"},
            {"id": "e1", "title": "Derna", "text": EN, "date": "2023-09-12"}]
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-16")
    path = tmp_path / name
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    items = list(read_path(path))
    assert [type(i) for i in items] == [RawArticle, RawArticle], items
    assert [i.external_id for i in items] == ["r1", "e1"] and "плотины" in items[0].text
    assert items[1].origin.endswith(":2")
    # the same bytes on stdin
    items = list(read_path("-", stdin=io.BufferedReader(io.BytesIO(data))))
    assert [i.external_id for i in items] == ["r1", "e1"]


def test_binary_data_with_nul_bytes_is_still_refused(tmp_path):
    rng = random.Random(7)
    blob = bytes(rng.choice([0, 0, rng.randrange(256)]) for _ in range(6000))  # zeros at both offsets
    for name in ("blob.txt", "blob.jsonl"):
        (tmp_path / name).write_bytes(blob)
        [item] = read_path(tmp_path / name)
        assert isinstance(item, IngestError) and "binary" in item.reason, item


@pytest.mark.parametrize("value, said", [("2024-13-45", "cannot read '2024-13-45' as a date"),
                                         ("2999-01-01", "'2999-01-01' is in the future"),
                                         ("1850-05-01", "'1850-05-01' is before 1900"),
                                         ("2024-06-19", None)])
def test_a_date_field_that_gives_no_day_says_why(value, said):
    problem = date_field_problem(value)
    assert (problem is None) if said is None else said in problem


@pytest.mark.parametrize("value", ["31224", "10324", "1203", "240305", "12345", "202403", "123456789"])
def test_a_bare_number_that_is_no_day_is_not_read_as_one(value):
    """``"date": 31224`` was stored as 12 March 2024 and ``"2403"`` as
    4 February 2003 (dateparser's no-spaces reading), ``12345`` said "in the
    future": digits alone are a day only as YYYYMMDD or as Unix time."""
    problem = date_field_problem(value)
    assert problem == (f"{value!r} is a bare number, not a day: write a day as YYYY-MM-DD "
                       "(or YYYYMMDD), or Unix time in seconds (10 digits)")
    raw = RawArticle(text=EN, origin="in.jsonl:1", date=value, title="Flood in Derna")
    article = analyse(raw)
    assert article.published is None
    assert any(problem in w for w in article.warnings), article.warnings


@pytest.mark.parametrize("value, day", [("20240305", "2024-03-05"), ("1718755200", "2024-06-19"),
                                        ("1718755200000", "2024-06-19"),
                                        ("20240305120000", "2024-03-05")])
def test_digits_that_write_a_day_or_unix_time_are_still_read(value, day):
    assert date_field_problem(value) is None
    article = analyse(RawArticle(text=EN, origin="in.jsonl:1", date=value, title="Flood in Derna"))
    assert article.published is not None and article.published.isoformat() == day


def test_a_future_date_field_warns_in_words_and_the_text_dates_the_report():
    raw = RawArticle(text="Pyongyang, June 19, 2024 - Russian President Vladimir Putin arrived in "
                          "Pyongyang for talks with North Korean leader Kim Jong Un on Wednesday.",
                     origin="in.jsonl:1", date="2999-01-01", title="Putin arrives in Pyongyang")
    article = analyse(raw)
    assert article.published is not None and article.published.isoformat() == "2024-06-19"
    [warning] = [w for w in article.warnings if "field 'date'" in w]
    assert "in the future" in warning and "using 2024-06-19 from the text" in warning


PAGE = ("<!DOCTYPE html><html><head><title>Floods in Derna</title></head><body>"
        "<nav><a href='/'>Home</a> | <a href='/news'>News</a> | <a href='/sport'>Sport</a></nav>"
        f"<article><p>{EN.split(chr(10))[-1]}</p><p>{EN.split(chr(10))[-1]}</p></article>"
        "<footer>Subscribe to our newsletter</footer></body></html>")


def test_a_text_file_that_is_a_whole_html_page_is_read_as_html(tmp_path):
    path = tmp_path / "saved-page.txt"
    path.write_text("\n" + PAGE, encoding="utf-8")
    [item] = read_path(path)
    assert isinstance(item, RawArticle), item
    assert "two dams burst" in item.text and "<nav>" not in item.text and "Home" not in item.text
    assert item.title == "Floods in Derna"
    assert any("read as HTML" in w for w in item.warnings)
    # a text that only mentions markup stays text
    path.write_text("How to write <html> by hand\n\n" + EN, encoding="utf-8")
    [item] = read_path(path)
    assert item.text.startswith("How to write <html>") and not item.warnings


def test_a_record_whose_text_is_a_whole_html_page_is_read_as_html(tmp_path):
    path = tmp_path / "scraped.jsonl"
    path.write_text(json.dumps({"id": "p1", "text": PAGE, "date": "2023-09-12"}) + "\n", encoding="utf-8")
    [item] = read_path(path)
    assert isinstance(item, RawArticle), item
    assert "two dams burst" in item.text and "Home" not in item.text and item.external_id == "p1"
    assert any("field 'text' holds a whole HTML page" in w for w in item.warnings)
