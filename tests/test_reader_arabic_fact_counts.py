"""An Arabic summary's count line names its noun once and counts in Arabic's
number grammar (h-ui28).

The line read "38 حقيقةً مؤكَّدةً · 0 حقيقة متعارضة · 17 حقيقةً من مصدر واحد": "fact"
three times, where Arabic names a counted noun once and lets the counts after
it stand for it ("38 حقيقةً مؤكَّدةً · 0 متعارضة · 17 من مصدر واحد"), and "two"
in the governed dual ("حقيقتين مؤكَّدتين") in a line that stands alone, whose
dual is nominative ("حقيقتان مؤكَّدتان").  The forms follow CLDR's categories:
1 and 2 said without a digit, 3-10 the plural ("حقائق"), 11-99 the singular
in the accusative ("حقيقةً"), 100 the singular."""
from __future__ import annotations

import html
import re

import pytest

from storyline.reader_words import count

# one word of "fact": حقيقة, its dual حقيقتان/حقيقتين, its plural حقائق
FACT_WORD = re.compile(r"حقيق|حقائق")


@pytest.mark.parametrize(("n", "corroborated", "conflicting", "single"), [
    (1, "حقيقة مؤكَّدة واحدة", "متعارضة واحدة", "واحدة من مصدر واحد"),
    (2, "حقيقتان مؤكَّدتان", "متعارضتان", "اثنتان من مصدر واحد"),
    (3, "3 حقائق مؤكَّدة", "3 متعارضة", "3 من مصدر واحد"),
    (10, "10 حقائق مؤكَّدة", "10 متعارضة", "10 من مصدر واحد"),
    (11, "11 حقيقةً مؤكَّدةً", "11 متعارضةً", "11 من مصدر واحد"),
    (38, "38 حقيقةً مؤكَّدةً", "38 متعارضةً", "38 من مصدر واحد"),
    (100, "100 حقيقة مؤكَّدة", "100 متعارضة", "100 من مصدر واحد"),
])
def test_the_counts_take_arabics_number_forms(n, corroborated, conflicting, single):
    assert [count(n, noun, "ar") for noun in ("corroborated fact", "conflicting fact", "single-source fact")] == [
        corroborated, conflicting, single]


def _count_line(page: str) -> str:
    summary = page[page.index('class="summary"'):]
    return html.unescape(re.findall(r'<p class="meta">(.*?)</p>', summary, re.S)[0])


@pytest.mark.parametrize("kind", ["events", "stories"])
def test_the_demos_arabic_count_line_says_fact_once(demo_app, client, kind):
    app, _ = demo_app
    rows = app.store.events() if kind == "events" else app.store.stories()
    for row in rows:
        line = _count_line(client.get(f"/{kind}/{row.id}?lang=ar").text)
        assert len(FACT_WORD.findall(line)) == 1, (kind, row.id, line)
        assert FACT_WORD.search(line.split("\u00a0· ")[0]), line  # in the first count
