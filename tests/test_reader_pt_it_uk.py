"""Portuguese, Italian and Ukrainian readers choose their language on every page (h-ui36, issue 12).

The front page's language menu offered Italian, Portuguese and Ukrainian by name, but the
event and story pages' menus offered only the languages the catalogue is worded in (ar, de,
en, es, fr, hi, ru), and ``?lang=pt`` read the whole page in English.  Each is now worded in
its own table (``reader_words_pt``, ``_it``, ``_uk``), with its CLDR plural forms (Ukrainian's
one / few / many and its genitive after "з"), its dates as CLDR writes them and its quotes.
Read through the real catalogue and the real demo store's pages.
"""
from __future__ import annotations

import datetime as dt
import html as html_lib
import re

import pytest

from storyline import reader_words
from storyline.reader_words import WORDED_LANGS, WORDS, count, count_named_elsewhere, say
from storyline.reader_words_dates import shown_date, tick_date
from storyline.wording import gate_reasons

NEW = ("pt", "it", "uk")
MENU = re.compile(r'<select id="reader-lang" name="lang">(.*?)</select>', re.S)


def test_the_three_are_worded_languages_with_every_phrase():
    assert set(NEW) <= set(WORDED_LANGS)
    for lang in NEW:
        assert not [k for k, by_lang in WORDS.items() if lang not in by_lang], lang
        assert not [n for n, forms in reader_words.COUNTED.items() if lang not in forms], lang
    assert say("Summary", "pt") == "Resumo" and say("Summary", "it") == "Riepilogo" and say("Summary", "uk") == "Зведення"


@pytest.mark.parametrize("n, said", [(1, "1 рядок"), (2, "2 рядки"), (4, "4 рядки"), (5, "5 рядків"), (11, "11 рядків"),
                                     (14, "14 рядків"), (21, "21 рядок"), (22, "22 рядки"), (25, "25 рядків"),
                                     (0, "0 рядків"), (101, "101 рядок"), (112, "112 рядків")])
def test_ukrainian_counts_take_cldrs_one_few_many(n, said):
    assert count(n, "line", "uk") == said


def test_ukrainian_says_a_masculine_noun_and_its_adjective_nominative_after_two_to_four():
    """Unlike Russian ("2 факта", "2 независимых источника"): "2 факти", "3 незалежні джерела"."""
    assert [count(n, "fact", "uk") for n in (1, 3, 5)] == ["1 факт", "3 факти", "5 фактів"]
    assert [count(n, "independent source", "uk") for n in (1, 3, 5)] == \
        ["1 незалежне джерело", "3 незалежні джерела", "5 незалежних джерел"]


@pytest.mark.parametrize("lang, said", [
    ("pt", ["0 artigos", "1 artigo", "2 artigos", "21 artigos"]),  # CLDR's pt_PT: 1 alone is "one" (h-ui37)
    ("it", ["0 articoli", "1 articolo", "2 articoli", "21 articoli"])])
def test_portuguese_and_italian_count_by_cldrs_one_and_other(lang, said):
    assert [count(n, "article", lang) for n in (0, 1, 2, 21)] == said


@pytest.mark.parametrize("lines, said", [(21, "21 з 21 рядка — заголовки"), (22, "22 з 22 рядків — заголовки"),
                                         (25, "25 з 25 рядків — заголовки")])
def test_ukrainian_governs_the_genitive_after_z(lines, said):
    text = say("{n} of its {all} lines are headlines, as on a front page", "uk", n=lines,
               all=count_named_elsewhere(lines, "line", "uk"))
    assert text.startswith(said), text


def test_dates_are_written_as_each_language_writes_them():
    day = dt.date(2023, 9, 13)
    assert [shown_date(day, lang=lang) for lang in NEW] == ["13 de set. de 2023", "13 set 2023", "13 вер. 2023\u202fр."]
    assert shown_date(None, lang="uk") == "дата невідома"
    with reader_words.worded_in("uk"):  # an axis label without the year's word, as Russian's (h-ui28)
        assert tick_date(day, "%b %Y") == "вер. 2023"


class _Catalogue:
    def __init__(self, lang):
        self.lang = lang

    def say(self, text, **fields):
        return say(text, self.lang, **fields)

    def count(self, n, noun):
        return count(n, noun, self.lang)

    def count_named_elsewhere(self, n, noun):
        return count_named_elsewhere(n, noun, self.lang)


@pytest.mark.parametrize("n, lang, said", [
    (1, "hi", "इसमें 1 तारीख वाली प्रविष्टि की सूची है, जैसे किसी अनुक्रमणिका में"),
    (5, "hi", "इसमें 5 तारीख वाली प्रविष्टियों की सूची है, जैसे किसी अनुक्रमणिका में"),
    (1, "uk", "у ній 1 датований пункт, як у покажчику"), (3, "uk", "у ній 3 датовані пункти, як у покажчику"),
    (5, "uk", "у ній 5 датованих пунктів, як у покажчику"), (1, "pt", "lista 1 item com data, como um índice"),
    (5, "it", "elenca 5 voci datate, come un indice")])
def test_the_gates_list_clause_agrees_with_its_count(n, lang, said):
    """Hindi's "इसमें {items} हैं" put the plural verb after one item too: now "a list of"."""
    reason = f"list of dated items ({n} date stamps); archive list ({n} months with their counts of posts)"
    items, months = [c for c, _ in gate_reasons(reason, words=_Catalogue(lang))]
    assert items == said
    if lang == "hi":
        assert months.startswith(f"इसमें {n} {'महीने' if n == 1 else 'महीनों'} की सूची")


def _get(client, path):
    page = client.get(path)
    client.cookies.clear()  # the language chosen is remembered: each page asked for afresh
    assert page.status_code == 200, path
    return page.text


def _visible(text: str) -> str:
    """A page's text as read: no tags, scripts or styles, entities as their characters."""
    text = re.sub(r"<(script|style)\b.*?</\1>", " ", text, flags=re.S)
    return html_lib.unescape(re.sub(r"<[^>]+>", " ", text))


def _said(phrase: str, text: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(phrase.strip())}(?![\w-])", text) is not None


def _english_left(page: str, english_page: str, lang: str) -> set[str]:
    """The catalogue's English phrases (without fields) an English page shows and this one
    (in ``lang``) shows too, but for a word ``lang``'s own wording writes too (Italian "date")."""
    own = " ".join(by_lang.get(lang, "") for by_lang in WORDS.values())
    keys = [k for k in WORDS if "{" not in k and len(k.strip()) > 3 and re.search(r"[A-Za-z]{4}", k)]
    return {k for k in keys if _said(k, english_page) and _said(k, page) and not _said(k, own)}


@pytest.mark.parametrize("path", ["/events/12?cites=open", "/stories/2?cites=open"])
def test_an_event_and_a_story_page_offer_and_speak_the_three(client, path):
    """The menu offers them, and a page read in each shows no more of the catalogue's English
    than the Russian and German pages do (the reports' own English, a source's name)."""
    english = _visible(_get(client, path))
    sep = "&" if "?" in path else "?"
    worded = {lang: _get(client, f"{path}{sep}lang={lang}") for lang in ("ru", "de", *NEW)}
    [menu] = MENU.findall(worded["ru"])
    assert set(NEW) <= set(re.findall(r'<option value="([^"]+)"', menu))
    known = _english_left(_visible(worded["ru"]), english, "ru") | _english_left(_visible(worded["de"]), english, "de")
    for lang in NEW:
        page = worded[lang]
        assert f'<html lang="{lang}"' in page and f'<option value="{lang}" selected>' in page, lang
        assert say("Summary", lang) in page and say("Timeline", lang) in page
        left = _english_left(_visible(page), english, lang) - known
        assert not left, (lang, left)
