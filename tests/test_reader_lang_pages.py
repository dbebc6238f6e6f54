"""The reader's language reaches every page and every part of it (h-ui18).

An event's "dates as a list" quotes each mentioned date in the reader's
language when a report of that language gives it.  The story's timeline
already titled a mentioned happening in the reader's language; the event page
quoted the first report that gave the date, so a Russian reader of the
Pyongyang event read "“February” in “Kim had been given an Aurus in
February…”" beside a Russian report's "Первый он получил в феврале", and a
Hindi reader "“Wednesday”" where two Hindi reports say "बुधवार".  The
quoted sentence is marked with its own language.

``?lang=`` picks the reader's language on the Names list, a name's page and
an article page as on the others: those read only ``?names=``, so
``/entities?lang=hi`` showed English names under an English setting.
"""
from __future__ import annotations

import datetime as dt
import html
import re

from storyline.analyse.dates import range_end
from storyline.reader_words import say
from storyline.records import Article, DateMention, dates_once
from storyline.web.views import event_timeline

# one item of the list: "Feb 2024: mentioned in 3 articles, “феврале” in “<span lang="ru">…</span>”"
ITEM = re.compile(r'<li>([^<:]+): mentioned in \d+ articles?, “[^”]*” in “<span lang="([\w-]+)">')


def _art(i: int, lang: str, sentence: str, phrase: str) -> Article:
    mention = DateMention(phrase, sentence.index(phrase), sentence.index(phrase) + len(phrase),
                          dt.date(2024, 2, 1), "month", sentence)
    return Article(id=f"a{i}", origin="test", title="t", text=sentence, raw_text=sentence, lang=lang,
                   published=dt.date(2024, 6, 19 + i), dates=[mention])


def test_a_mentioned_date_is_quoted_in_the_readers_language_else_english():
    arts = [_art(0, "es", "Putin le envió otra en febrero.", "febrero"),
            _art(1, "ru", "Первый он получил в феврале.", "феврале"),
            _art(2, "en", "Kim had been given an Aurus in February.", "February")]

    def quoted(lang):
        [mark] = [m for m in event_timeline(arts, lang).marks if m.kind == "mentioned"]
        before, title, _ = mark.parts
        return mark.lang, title, before

    assert quoted("ru") == ("ru", "Первый он получил в феврале.", "Feb 2024: mentioned in 3 articles, “феврале” in “")
    assert quoted("en")[:2] == ("en", "Kim had been given an Aurus in February.")
    assert quoted("hi")[:2] == ("en", "Kim had been given an Aurus in February.")  # no Hindi report: English
    assert quoted("es")[:2] == ("es", "Putin le envió otra en febrero.")


def test_the_event_pages_quote_dates_in_the_readers_language(demo_app, client):
    app, _ = demo_app
    checked = 0
    for ev in app.events():
        _, arts = app.event(ev.id)
        by_label: dict[str, set[str]] = {}
        for a in arts:
            starts = [m for n, m in enumerate(a.dates) if not (n and range_end(a.dates[n - 1], m))]
            for same in dates_once(starts):  # a range's last day is placed at its first, as the chart does
                by_label.setdefault(same[0].label, set()).add(a.lang)
        for lang in ev.languages:
            page = client.get(f"/events/{ev.id}", params={"lang": lang}).text
            for label, quoted_lang in ITEM.findall(page):
                langs = by_label.get(html.unescape(label), set())
                if lang in langs and len(langs) > 1:
                    assert quoted_lang == lang, (ev.id, lang, label, quoted_lang)
                    checked += 1
                elif lang not in langs and "en" in langs:
                    assert quoted_lang == "en", (ev.id, lang, label, quoted_lang)
    assert checked >= 5, checked  # the demo's events quote dates that several languages give


def test_lang_in_the_address_names_the_names_pages_and_articles(demo_app, client):
    app, _ = demo_app
    russia = next(e for e in app.store.entities() if e.name == "Russia")
    hindi, spanish = russia.display("hi").name, russia.display("es").name
    assert "Russia" not in (hindi, spanish)
    listed = client.get("/entities", params={"lang": "hi"}).text
    # worded in Hindi (h-ui21): a Hindi name is in the page's language, marked by the page's lang
    assert '<html lang="hi">' in listed and f'>{hindi}</a>' in listed and '<option value="hi" selected>' in listed
    page = client.get(f"/entities/{russia.id}", params={"lang": "es"}).text
    assert re.search(rf"<h1[^>]*>{re.escape(spanish)}<", page), page[:2000]
    russian = [a for a in app.store.articles() if a.event_id is not None and a.lang == "ru"]
    # an article page is worded in Hindi too (h-ui22): the Hindi name in the page's language, unmarked
    assert any(f'>{hindi}</a>' in (html := client.get(f"/articles/{a.id}", params={"lang": "hi"}).text)
               and '<html lang="hi">' in html for a in russian)
    # the old name of the setting still works, and the reader's choice is remembered as before
    for listed in (client.get("/entities", params={"names": "es"}).text, client.get("/entities").text):
        assert '<html lang="es">' in listed and f'>{spanish}</a>' in listed
    client.get("/entities", params={"lang": "en"})


def test_a_facts_near_copy_is_named_by_its_originals_source(demo_app, client):
    """A fact cited by a near-copy whose original states another fact only read
    "(copy of 9bba710c18d4fd9c: not counted again)" to a Russian reader of the
    Pyongyang event: the API's ``copy_of`` names only an original among the
    fact's own reports; the page names it from its reports (h-ui18)."""
    app, _ = demo_app
    hex_id = re.compile(r"\(copy of [0-9a-f]{16}: not counted again\)")
    unnamed = 0
    for ev in app.events():
        for lang in ev.languages:
            facts = client.get(f"/api/events/{ev.id}", params={"lang": lang}).json().get("facts") or []
            unnamed += sum(1 for f in facts for s in f["supports"] if s.get("duplicate_of") and not s.get("copy_of"))
            page = client.get(f"/events/{ev.id}", params={"lang": lang}).text
            assert not hex_id.search(page), (ev.id, lang, hex_id.search(page).group())
    for st in app.stories():
        assert not hex_id.search(client.get(f"/stories/{st.id}", params={"lang": "ru"}).text), st.id
    assert unnamed, "no fact cites a copy without its original: the test checks nothing"


def _text(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", fragment)).strip()


def test_a_heading_is_not_named_again_in_the_line_above_it(demo_app, client):
    """"Event 13 · part of story 9: Euro 2024 final: …" over the heading "Euro
    2024 final: …": every one-event story's event page, an event whose headline
    titles its story, and an article whose title heads its event read their
    heading twice (h-ui18).  The line names the story or event by number then."""
    app, _ = demo_app
    seen = {"only": 0, "titles": 0, "named": 0, "article": 0}
    for ev in app.events():
        for lang in ev.languages:
            page = client.get(f"/events/{ev.id}", params={"lang": lang}).text
            kicker = _text(re.search(r'<p class="kicker">(.*?)</p>', page, re.S).group(1))
            heading = _text(re.search(r"<h1[^>]*>(.*?)</h1>", page, re.S).group(1))
            assert heading not in kicker, (ev.id, lang, kicker)
            n_events = len(app.store.story(ev.story_id).event_ids) if ev.story_id is not None else 0
            # the kicker is worded in the reader's language (storyline.reader_words, h-ui20)
            if f"{say('the only event of', lang)} {say('story {n}', lang, n=ev.story_id)}" in kicker:
                assert n_events == 1
                seen["only"] += 1
            elif kicker.endswith(say(", which it titles", lang)):
                assert n_events > 1
                seen["titles"] += 1
            else:
                assert ": " in kicker, kicker  # another story's title, named
                seen["named"] += 1
        _, arts = app.event(ev.id)
        for a in arts:
            page = client.get(f"/articles/{a.id}", params={"lang": "en"}).text
            kicker = _text(re.search(r'<p class="kicker">(.*?)</p>', page, re.S).group(1))
            assert a.title not in kicker, (a.id, kicker)
            seen["article"] += kicker.endswith(", which it titles")
    assert all(seen.values()), seen
