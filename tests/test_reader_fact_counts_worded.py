"""A summary's fact counts read as a sentence of the reader's language (h-ui27).

The story page's count line was "एक स्रोत वाले तथ्य: 16 इसकी घटनाओं में", "из
одного источника: 16 в его событиях" ("single-source facts: 16 in its
events"): a label-and-count form with the English word order's "in its events"
glued after the number.  The counts are now counted nouns in the language's
plural forms ("16 фактов из одного источника", "1 подтверждённый"), and the
story's scope is one phrase around them ("इसकी घटनाओं में 16 एक स्रोत वाले तथ्य")."""
from __future__ import annotations

import html
import re

import pytest

from storyline.reader_words import WORDS, count, say

SCOPE = "{facts} in its events: each event's page lists them all"
READERS = ("ru", "hi", "ar", "de", "fr", "es")


def _count_line(page: str) -> str:
    summary = page[page.index('class="summary"'):]
    return html.unescape(re.findall(r'<p class="meta">(.*?)</p>', summary, re.S)[0])


@pytest.mark.parametrize("lang", READERS)
def test_a_storys_count_line_is_one_phrase_in_the_readers_words(demo_app, client, lang):
    app, _ = demo_app
    story_id = max(app.store.stories(), key=lambda s: len(s.event_ids)).id
    line = _count_line(client.get(f"/stories/{story_id}?lang={lang}").text)
    n = app.story_summary(story_id, lang)["counts"]["single-source"]
    assert n > 1, n
    assert line.endswith(say(SCOPE, lang, facts=count(n, "single-source fact", lang))), line
    assert not re.search(r":\s*\d", line), line  # no "label: 16"


@pytest.mark.parametrize("lang", READERS + ("en",))
def test_an_events_counts_take_the_plural_forms(demo_app, client, lang):
    app, _ = demo_app
    ev = max(app.store.events(), key=lambda e: e.n_articles)
    counts = app.event_summary(ev.id, lang)["counts"]
    line = _count_line(client.get(f"/events/{ev.id}?lang={lang}").text)
    said = [count(counts[k], noun, lang) for k, noun in (("corroborated", "corroborated fact"),
                                                         ("conflicting", "conflicting fact"),
                                                         ("single-source", "single-source fact"))]
    assert line == "\u00a0· ".join(said), line
    assert not re.search(r":\s*\d", line), line


def test_the_counted_facts_agree_with_their_number():
    assert [count(n, "corroborated fact", "ru") for n in (1, 3, 5, 21)] == [
        "1 подтверждённый", "3 подтверждённых", "5 подтверждённых", "21 подтверждённый"]
    assert [count(n, "single-source fact", "ru") for n in (1, 3, 16)] == [
        "1 факт из одного источника", "3 факта из одного источника", "16 фактов из одного источника"]
    # Arabic names the noun in the first count only (h-ui28: tests/test_reader_arabic_fact_counts.py)
    assert count(2, "single-source fact", "ar") == "اثنتان من مصدر واحد"
    assert count(16, "single-source fact", "ar") == "16 من مصدر واحد"
    assert count(1, "single-source fact", "en") == "1 single-source fact"
    assert set(WORDS[SCOPE]) == set(WORDS["Summary"])  # every reader language, Arabic too
