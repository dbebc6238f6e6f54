"""A feed read as an attacker would write it: ten thousand entries, an entry
with no link, one with no text.  Each entry is its own item, named by its
place in the feed (``feed.rss#2``); nothing stops the rest.  Reader only (no
model, no store): what ingest does with the items is tested elsewhere."""
from __future__ import annotations

from storyline.ingest.readers import IngestError, read_path
from storyline.records import RawArticle

TEXT = "The council approved the new transport budget on Tuesday after a long debate."


def _feed(path, items: str) -> str:
    path.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>Herald</title>'
                    f"{items}</channel></rss>", encoding="utf-8")
    return str(path)


def test_an_entry_without_a_link_is_read_and_one_without_text_is_named(tmp_path):
    items = (f"<item><guid isPermaLink='false'>h-1</guid><title>Budget</title><description>{TEXT}"
             "</description></item><item><title>Empty</title><description></description></item>")
    first, second = read_path(_feed(tmp_path / "feed.rss", items))
    assert isinstance(first, RawArticle) and first.url is None and first.external_id == "h-1"
    assert first.source == "Herald" and first.text == TEXT
    assert isinstance(second, IngestError) and second.origin.endswith("feed.rss#2")
    assert second.reason == "feed entry has no text"


def test_ten_thousand_entries_are_ten_thousand_items_in_order(tmp_path):
    items = "".join(f"<item><link>https://herald.example/{i}</link><description>entry {i}</description></item>"
                    for i in range(10_000))
    out = list(read_path(_feed(tmp_path / "big.rss", items)))
    assert len(out) == 10_000 and all(isinstance(x, RawArticle) for x in out)
    assert [x.origin.rsplit("#", 1)[1] for x in out[:3]] == ["1", "2", "3"]
    assert out[-1].url == "https://herald.example/9999"
