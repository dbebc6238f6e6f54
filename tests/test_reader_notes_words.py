"""The last English a reader met on a worded page or ``show``/``story --lang`` (h-ui23).

After h-ui20..22 a Hindi or Russian page still said "cleaning rule: cross-link"
over each removed line, "the same words as Dainik Pravah above", "12 beyond the
summary's 7 above", "Timeline of event 12" and "Jul 2022:" in its charts, "No
single name is “Chandrayan”. Did you mean:" and "partial match on" on the Names
page, and "offset: Input should be a valid integer, unable to parse string as an
integer" on an error page; ``show --lang ru`` said "the summary's are above",
"dates:" and "removed".  English stays as it was.
"""
from __future__ import annotations

import re

import pytest

from storyline.reader_words import WORDS, say

TITLES = re.compile(r'title="([^"]*)"')
MONTH = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\b|week of")


def _get(client, path, **params):
    r = client.get(path, params=params)
    client.cookies.clear()  # the language chosen is remembered: each page here is asked for afresh
    return r


def _marks(html: str) -> list[str]:
    """The timeline's dot tooltips (``<circle …><title>``)."""
    return re.findall(r"<circle [^>]*><title>([^<]*)</title>", html)


@pytest.mark.parametrize("lang", ["ru", "hi", "de"])
def test_an_event_page_says_its_notes_tooltips_and_chart_in_the_readers_language(client, lang):
    html = _get(client, "/events/12", lang=lang).text
    titles = TITLES.findall(html)
    assert not [t for t in titles if t.startswith("cleaning rule")], "English residue tooltips"
    assert say("cleaning rule: {rule}", lang, rule="cross-link") in titles
    assert "beyond the summary" not in html and "Timeline of" not in html
    assert f"<title id=\"tl-title\">{say('Timeline of event {n}', lang, n=12)}</title>" in html
    assert say("{n} beyond the summary's {m} above", lang, n=0, m=0).split("0")[-1].strip() in html
    marks = _marks(html)
    assert marks and not [m for m in marks if MONTH.search(m.split(":")[0])], marks
    english = _get(client, "/events/12").text  # as it was
    assert 'title="cleaning rule: cross-link"' in english and "beyond the summary's" in english
    assert "Timeline of event 12" in english


@pytest.mark.parametrize("lang", ["ru", "hi"])
def test_a_story_page_names_repeated_words_in_the_readers_language(client, lang):
    pages = [_get(client, f"/stories/{n}", lang=lang, cites="open").text for n in (2, 6, 7)]
    joined = "\n".join(pages)
    for english in ("the same words as", "its sentence quoted above", 'aria-label="Disagreement"',
                    "of another report: not counted again", "Timeline of story"):
        assert english not in joined, english
    assert say("its sentence quoted above", lang) in joined
    assert any(say("the same words as {original} above", lang, original="@").split("@")[0] in p for p in pages)
    for html in pages:  # a story's dots: "2023-09-10 – 2023-09-11: …" and "Jul 2022: …" in the reader's dates
        assert not [m for m in _marks(html) if MONTH.search(m.split(":")[0])]


def test_the_names_finder_and_did_you_mean_are_worded(client):
    html = _get(client, "/entities/Chandrayan", lang="de").text
    assert say("No single name is “{find}”. Did you mean:", "de", find="Chandrayan") in html
    assert "Did you mean" not in html and " match on " not in html and " mention" not in html
    assert f'placeholder="{say("any spelling or script, part of a name", "de")}"' in html
    assert say("No name is spelled like “{find}”.", "de", find="zzzq") in _get(client, "/entities",
                                                                                  find="zzzq", lang="de").text
    english = _get(client, "/entities/Chandrayan").text
    assert "No single name is “Chandrayan”. Did you mean:" in english and " match on “" in english


@pytest.mark.parametrize("lang", ["ru", "hi", "fr"])
def test_a_pages_422_says_what_is_wrong_in_the_readers_language(client, lang):
    cases = {("/events", (("offset", "abc"),)): say("not a whole number", lang),
             ("/search", (("q", "x"), ("offset", "-1"))): say("must be at least {limit}", lang, limit=0),
             ("/events/1", (("cites", "zz"),)): say("one of {choices}", lang, choices="“”, “open”"),
             ("/search", (("q", "a" * 501),)): say("at most {limit} characters", lang, limit=500)}
    for (path, params), problem in cases.items():
        r = _get(client, path, lang=lang, **dict(params))
        assert r.status_code == 422
        alert = re.search(r'<p role="alert">([^<]*)</p>', r.text).group(1).replace("&#39;", "'")
        assert problem in alert and "Input should" not in alert and "String should" not in alert, alert
    english = _get(client, "/events", offset="abc").text
    assert "offset: Input should be a valid integer" in english  # the validator's words, as before
    html = _get(client, "/search", q="Putin", article_lang="arabic", lang=lang).text
    assert "is not a language code" not in html and "did you mean" not in html
    assert say(" (did you mean {meant}?)", lang, meant="ar") in html.replace("&#39;", "'")


def test_show_and_story_with_lang_say_their_headings_in_the_readers_words(demo_app, capsys):
    from storyline.cli import main

    app, _ = demo_app
    db = str(app.store.path)
    said = {}
    for lang in ("en", "ru"):
        args = ["--db", db, "show", "12"] + (["--lang", lang] if lang != "en" else [])
        assert main(args) == 0
        said[lang] = capsys.readouterr().out
    assert "the summary's are above" in said["en"] and "  dates: " in said["en"] and "  removed (" in said["en"]
    ru = said["ru"]
    assert say("the summary's are above", "ru") in ru and f"  {say('dates:', 'ru')} " in ru
    assert f"  {say('removed', 'ru')} ({WORDS['photo credit']['ru']} [photo-credit])" in ru
    for english in ("the summary's", "  dates:", "  removed (", "link to another story", "mentions)"):
        assert english not in ru, english
    assert main(["--db", db, "story", "3", "--lang", "de"]) == 0
    story = capsys.readouterr().out
    assert f"; {say('names:', 'de')} " in story and "; names: " not in story
    assert not re.search(r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}", story, re.M), story
