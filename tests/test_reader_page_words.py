"""The pages a reader reaches from a worded page speak the reader's language too (h-ui22).

h-ui20 and h-ui21 worded the event, story and list pages; a Russian reader who
clicked a report, a name, a search hit or a dead link read an English page
("Dates mentioned", "Named in 7 articles", "Spellings", "words and meaning",
"Not found"), the Not articles lede and reasons, the footer, the badges' and
charts' spoken labels and tooltips stayed English, and the story page read its
events' facts and built their gloss pool twice (chronology, then summary).
"""
from __future__ import annotations

import re

import pytest

from storyline import reader_words
from storyline.reader_words import count, say, worded_in
from storyline.wording import gate_reasons

FOOTER = "Storyline: offline multilingual news events. Article text is shown as plain text; nothing in it runs."
ATTRS = re.compile(r'(?:title|aria-label|placeholder)="([^"]*)"')


def _get(client, path, **params):
    r = client.get(path, params=params)
    client.cookies.clear()  # the language chosen is remembered: each page here is asked for afresh
    return r


def _undated_report(app):
    return next(a for a in app.store.articles() if a.published is None and a.event_id is not None)


@pytest.mark.parametrize("lang", ["ru", "hi", "de"])
def test_an_article_and_a_name_page_are_worded_in_the_readers_language(demo_app, client, lang):
    app, _ = demo_app
    art = _undated_report(app)
    html = _get(client, f"/articles/{art.id}", lang=lang).text
    assert f'<html lang="{lang}">' in html
    for english in ("Dates mentioned", "Names", "Original page", "Placed by its content in", FOOTER):
        assert say(english, lang) in html and say(english, lang) != english, english
    assert f'aria-label="{say("Cleaned text", lang)}"' in html
    assert re.search(rf'<a href="/events/{art.event_id}\?lang={lang}">', html)  # the kicker keeps the language
    ent = app.store.article_entities(art.id)[0]
    html = _get(client, f"/entities/{ent.id}", lang=lang).text
    assert f'<html lang="{lang}">' in html
    for english in ("Spellings", "Mentions over time", "Stories", "As a table", "Period"):
        assert f">{say(english, lang)}<" in html, english
    view = client.get(f"/api/entities/{ent.id}", headers={"Authorization": "Bearer tok"}).json()
    assert say("Named in {articles} and {stories}.", lang, articles=count(view["articles"], "article", lang),
               stories=count(view["stories_total"], "story", lang)) in html
    ticks = re.findall(r'<text class="x-label"[^>]*>([^<]+)</text>', html)
    english = re.findall(r'<text class="x-label"[^>]*>([^<]+)</text>', _get(client, f"/entities/{ent.id}").text)
    assert ticks and not set(ticks) & set(english), ticks  # "июнь 2023 г.", not "Jun 2023"
    assert len(ticks) <= len(english)  # a wider label that would touch its neighbour is left out (h-ui27)
    said = set(ATTRS.findall(html))
    assert not {"Languages", "Sources", "Top names", "Spellings across scripts"} & said
    assert not any(re.fullmatch(r"(?:named )?in \d+ articles|language: \w+|\d+ mentions", t) for t in said), said


@pytest.mark.parametrize("lang", ["ru", "hi"])
def test_the_search_page_its_modes_errors_and_results_are_worded(client, lang):
    html = _get(client, "/search", q="Putin", lang=lang).text
    for mode in ("words and meaning", "exact words", "meaning (any language)"):
        assert f">{say(mode, lang)}</option>" in html, mode
    assert f'placeholder="{say("YYYY-MM-DD", lang)}"' in html
    assert say("matched by", lang) in html and "matched by" not in html
    hits = re.findall(r'<h3 lang="\w+"><a href="([^"]+)">', html)
    assert hits and all(h.endswith(f"?lang={lang}") for h in hits), hits[:3]  # a hit's report page keeps it
    bad = _get(client, "/search", q="x", date_from="13/09/2023", mode="fuzzy", lang=lang).text
    assert f"<h2>{say('Please fix', lang)}</h2>" in bad
    assert say("{label}: “{value}” is not a date (use YYYY-MM-DD)", lang, label=say("Published from", lang),
               value="13/09/2023") in bad
    assert "is not a date" not in bad and "is not one of" not in bad
    none = _get(client, "/search", q="zzqx flibbertigibbet", lang=lang).text
    assert 'class="empty off-topic"' in none and "No report matches" not in none


@pytest.mark.parametrize("path", ["/events/999", "/stories/abc", "/no-such-page", "/articles/nosuch"])
def test_an_error_page_is_worded_in_the_readers_language(client, path):
    r = _get(client, path, lang="ru")
    assert r.status_code == 404 and '<html lang="ru">' in r.text
    assert f"<h1>{say('Not found', 'ru')}</h1>" in r.text
    message = re.search(r'<p role="alert">([^<]+)</p>', r.text).group(1)
    assert not re.search(r"[A-Za-z]{3}", message.replace("nosuch", "").replace("abc", "")), message
    assert f'<a href="/?lang=ru">{say("Back to the front page", "ru")}</a>' in r.text
    english = _get(client, path)
    assert "<h1>Not found</h1>" in english.text and "Back to the front page" in english.text


def test_the_gates_reasons_and_kinds_are_said_in_the_readers_language():
    reason = ("subscription wall: paywall text in 2 lines: 'abonnez-vous pour', 'déjà abonné'; "
              "68 characters of story prose")
    english = gate_reasons(reason)
    assert english == [("2 lines read like a subscription wall", ["abonnez-vous pour", "déjà abonné"]),
                       ("only 68 characters of it read like a news report's sentences", [])]
    with worded_in("ru"):
        russian = gate_reasons(reason, None, reader_words)
        kinds = reader_words.say("{rest} and {last}", rest="a", last="b")
    assert russian[0] == ("2 строки — как на странице «платный доступ»", ["abonnez-vous pour", "déjà abonné"])
    assert russian[1][0] == "лишь 68 знаков похожи на предложения новостного сообщения"  # the plural of 68
    assert kinds == "a и b"


def test_the_story_page_reads_its_facts_and_builds_its_gloss_pool_once(demo_app, client, monkeypatch):
    """The chronology glossed its titles from one pool and the summary built another over the
    same facts, for the same reader: every story page, in every language, builds one."""
    from storyline.facts import gloss

    app, _ = demo_app
    built: list[str] = []
    real = gloss.GlossPool.__init__

    def counted(self, facts, lang, *args, **kwargs):
        built.append(lang)
        real(self, facts, lang, *args, **kwargs)

    monkeypatch.setattr(gloss.GlossPool, "__init__", counted)
    twice = []
    for st in app.store.stories():
        for lang in ("en", "ru", "hi", "de"):
            built.clear()
            assert _get(client, f"/stories/{st.id}", lang=lang).status_code == 200
            if built.count(lang) != 1:
                twice.append((st.id, lang, built.count(lang)))
    assert not twice, twice
