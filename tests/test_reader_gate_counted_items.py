"""The gate's dated items and archive months are counted nouns (h-ui35, issue 12).

The Not articles page gave the gate's "list of dated items" and "archive list" clauses in
Russian as "в ней {n} датированных пунктов" and "в ней {n} месяцев с числом записей": a bare
number before a fixed genitive plural, wrong where CLDR's category is "one" (1, 21: "21
датированный пункт") or "few" (2-4, 22-24: "4 датированных пункта", "22 месяца").  The gate
gives them from 4 stamps and 4 archive months on, so "4 датированных пунктов" showed.  The
clauses now say ``reader_words.count(n, "dated item")`` and ``count(n, "month")``; every
other language but Arabic says what it said for every count the gate gives (4 and on).  Read through
the real catalogue, the real gate and a real SQLite store's Not articles page.
"""
from __future__ import annotations

import pytest

from storyline import reader_words
from storyline.wording import gate_reasons

from not_articles_page import reasons_read

REASON = "list of dated items ({n} date stamps); archive list ({n} months with their counts of posts)"


class _Catalogue:
    """The reader's catalogue in one language, as the pages pass it to ``gate_reasons``."""

    def __init__(self, lang: str):
        self.lang = lang

    def say(self, text, **fields):
        return reader_words.say(text, self.lang, **fields)

    def count(self, n, noun):
        return reader_words.count(n, noun, self.lang)

    def count_named_elsewhere(self, n, noun):
        return reader_words.count_named_elsewhere(n, noun, self.lang)


def _clauses(n: int, lang: str | None) -> list[str]:
    return [c for c, _ in gate_reasons(REASON.format(n=n), words=_Catalogue(lang) if lang else None)]


@pytest.mark.parametrize("n, items, months", [
    (1, "1 датированный пункт", "1 месяц"), (4, "4 датированных пункта", "4 месяца"),
    (5, "5 датированных пунктов", "5 месяцев"), (21, "21 датированный пункт", "21 месяц"),
    (22, "22 датированных пункта", "22 месяца"), (25, "25 датированных пунктов", "25 месяцев"),
])
def test_the_russian_clauses_take_the_count_s_form(n, items, months):
    assert _clauses(n, "ru") == [f"в ней {items}, как в указателе",
                                 f"в ней {months} с числом записей, как в архиве блога"]


# what each language said on main for every count the gate gives (4 stamps, 4 archive months
# and on), kept byte for byte; "{n}" the count
KEPT = {
    None: ("it lists {n} dated items, as an index does",
           "it lists {n} months with their counts of posts, as a blog's archive does"),
    "en": ("it lists {n} dated items, as an index does",
           "it lists {n} months with their counts of posts, as a blog's archive does"),
    "de": ("sie listet {n} datierte Einträge, wie ein Verzeichnis",
           "sie listet {n} Monate mit ihrer Zahl an Beiträgen, wie ein Blogarchiv"),
    "fr": ("elle liste {n} éléments datés, comme un index",
           "elle liste {n} mois avec leur nombre de billets, comme l'archive d'un blog"),
    "es": ("enumera {n} elementos con fecha, como un índice",
           "enumera {n} meses con su número de entradas, como el archivo de un blog"),
    # Hindi's "इसमें {n} तारीख वाली प्रविष्टियां हैं" took the plural verb after one item too: "a list of" (h-ui36)
    "hi": ("इसमें {n} तारीख वाली प्रविष्टियों की सूची है, जैसे किसी अनुक्रमणिका में",
           "इसमें {n} महीनों की सूची पोस्ट की गिनती के साथ है, जैसे ब्लॉग के संग्रह में"),
}


@pytest.mark.parametrize("lang", list(KEPT), ids=lambda lang: lang or "cli")
def test_the_other_languages_say_what_they_said(lang):
    for n in (4, 5, 11, 21, 22, 100, 101):
        assert _clauses(n, lang) == [k.format(n=n) for k in KEPT[lang]], (lang, n)


def test_one_is_said_in_the_singular_where_the_language_counts_so():
    """The gate gives neither clause under 4; a count of one is said as one where the noun
    has its own form."""
    assert _clauses(1, "de")[0] == "sie listet 1 datierten Eintrag, wie ein Verzeichnis"
    assert _clauses(1, "fr")[0] == "elle liste 1 élément daté, comme un index"
    assert _clauses(1, "es")[1].startswith("enumera 1 mes con su número")
    assert _clauses(1, None)[0] == "it lists 1 dated item, as an index does"


def test_arabic_has_every_cldr_form_of_the_new_nouns():
    """Arabic's counted nouns are whole phrases per CLDR category (the import checks each noun
    has them and a governed dual); the tens take the accusative singular, the hundreds the genitive."""
    said = {n: reader_words.count(n, "dated item", "ar") for n in (0, 1, 2, 3, 11, 100)}
    assert [str(s) for s in said.values()] == ["0 بند مؤرخ", "بند مؤرخ واحد", "بندان مؤرخان", "3 بنود مؤرخة",
                                               "11 بندًا مؤرخًا", "100 بند مؤرخ"]
    assert said[2].oblique == "بندين مؤرخين"
    assert [str(reader_words.count(n, "month", "ar")) for n in (1, 2, 5, 12)] == ["شهر واحد", "شهران", "5 أشهر",
                                                                                 "12 شهرًا"]


@pytest.mark.parametrize("n, items, months", [
    (1, "بند مؤرخ واحد", "شهر واحد"), (2, "بندان مؤرخان", "شهران"), (4, "4 بنود مؤرخة", "4 أشهر"),
    (11, "11 بندًا مؤرخًا", "11 شهرًا"), (100, "100 بند مؤرخ", "100 شهر"),
])
def test_arabic_says_the_count_as_the_subject(n, items, months):
    """Arabic's entry had no count to decline ("تسرد 4 من البنود المؤرخة", a bare number in a
    partitive); a counted noun's field takes its place, said as the subject after "فيها" (as
    Russian's "в ней"), so the nominative of each CLDR form is right at every count."""
    assert _clauses(n, "ar") == [f"فيها {items}، كما في الفهرس",
                                 f"فيها {months} مع عدد منشورات كل منها، كما في أرشيف مدونة"]


def _index_page(n: int) -> dict:
    """A Turkish index page: ``n`` items each under its date stamp, then a blog's archive menu
    of ``n`` months with their counts of posts."""
    months = ("Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim",
              "Kasım", "Aralık")
    items = [f"{1 + i % 28:02d}.{1 + i % 12:02d}.2024 - Belediye meclisi {i + 1}. toplantıda bütçeyi görüştü"
             for i in range(n)]
    archive = [f"{months[i % 12]} {2024 - i // 12} ({3 + i})" for i in range(n)]
    return {"id": f"g-tr-index-{n}", "lang": "tr", "title": "Duyurular", "date": "2024-05-02",
            "source": "index.example.com", "text": "\n".join(items + ["Arşiv"] + archive)}


@pytest.mark.parametrize("n, items, months", [(4, "4 датированных пункта", "4 месяца"),
                                              (21, "21 датированный пункт", "21 месяц"),
                                              (25, "25 датированных пунктов", "25 месяцев")])
def test_the_not_articles_page_in_russian(db_path, n, items, months):
    reasons = reasons_read(db_path, _index_page(n), "test:index")
    assert f"в ней {items}, как в указателе" in reasons, reasons
    assert f"в ней {months} с числом записей, как в архиве блога" in reasons, reasons
