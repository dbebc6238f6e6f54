"""A publication date read from the lead only when the lead writes it as the
report's own date (issue 10): a dateline, or a date its sentence calls today.
Dates the lead's prose recalls (an anniversary's match, a regulation's entry
into force, a file photo's day) gave pages dates years off on the SemEval
texts, and a date years off opens a lonely event."""
from __future__ import annotations

import datetime as dt

import pytest

from storyline.analyse.dates import publication_date

D = dt.date


@pytest.mark.parametrize("text", [
    "Ten years of the bridge\nIt was on 16.10.2004 that the first cars crossed the river and the whole town came out.",
    "Zehn Jahre Brücke\nEs war der 16.10.2004, als die ersten Autos über den Fluss fuhren und die ganze Stadt feierte.",
    "Aviso de privacidad\nHemos actualizado nuestra política para cumplir con el reglamento que entró en vigor "
    "el 25 de mayo de 2018 en toda la Unión Europea.",
    "Un enfant joue près du camp, au sud-est du pays, le 19 juin 2016. Le gouvernement a annoncé mardi "
    "de nouvelles mesures pour les déplacés.",
    "Годовщина реформы\nВ области до 1 января 2015 года было больше тысячи маленьких общин, а теперь их втрое меньше.",
    # a sentence that opens with its date: a preposition governs it, or it goes on as prose
    "Продуктовое эмбарго\nДо 1 января 2015 года Россия ввозила из Европы почти половину своих продуктов.",
    "Ten years on\nOn 12 March 2003 the court ruled that the law on the bridge tolls was void.",
    "Zehn Jahre Brücke\nAm 3. Mai 2019 hatte die Regierung die neuen Regeln für die Brücke beschlossen.",
    "Ten years on\n12 March 2003 was the day the court ruled that the law on the bridge tolls was void.",
    "7 जुलाई, 2005 बम विस्फोट के बाद रसेल स्क्वायर, लंदन में एंबुलेंस |\nहाइड पार्क में एक स्थायी स्मारक का अनावरण किया गया है |",
])
def test_a_date_the_leads_prose_recalls_is_not_the_publication_date(text):
    assert publication_date(text) is None


@pytest.mark.parametrize("text,expected", [
    ("BERLIN, 09.04.2020 – Die Regierung hat am Donnerstag neue Regeln für Schulen beschlossen.", D(2020, 4, 9)),
    ("Medvedev leads Russia to the title\nSports · December 5, 2021 · 9:15 PM UTC\nRussia took an unassailable "
     "lead over Croatia on Sunday.", D(2021, 12, 5)),
    ("Mineros en huelga\nPor Ana Pérez | 30 de diciembre de 2019\nLos mineros del cobre siguen en huelga.",
     D(2019, 12, 30)),
    ("Москва, 1 февраля 2020 г. — Правительство объявило о новых мерах поддержки семей с детьми.", D(2020, 2, 1)),
    ("MOSCOW, 12 March 2003 (Reuters) - The court ruled on Tuesday that the law on tolls was void.", D(2003, 3, 12)),
    ("12 March 2003 — The court ruled on Tuesday that the law on the bridge tolls was void.", D(2003, 3, 12)),
    ("Bridge tolls void\n12.03.2003 14:20\nThe court ruled on Tuesday that the law on tolls was void.", D(2003, 3, 12)),
    ("Bridge tolls void\n12 March 2003\nThe court ruled on Tuesday that the law on tolls was void.", D(2003, 3, 12)),
    ("1 февраля 2020 г. Правительство объявило о новых мерах поддержки семей с детьми.", D(2020, 2, 1)),
    ("Video shown across the country 6.28PM, Thu Nov 18 2004\nThe new video has been shown on five channels.",
     D(2004, 11, 18)),
    # prose that makes the date its own day
    ("Pasaportes más caros\nA partir de hoy, 1 de enero de 2020, todos los mexicanos en el extranjero pagarán "
     "más por la emisión del pasaporte.", D(2020, 1, 1)),
    ("Результаты экзамена\nИнститут сегодня, 1 января 2020 года, обнародовал предварительные результаты "
     "экзамена для всех кандидатов.", D(2020, 1, 1)),
])
def test_a_dateline_or_a_date_called_today_still_dates_the_page(text, expected):
    assert publication_date(text) == expected


def test_a_slash_date_in_the_lead_is_read_in_the_pages_own_order():
    """"10/4/2001 (14h47)" opening a Portuguese page is 10 April: the lead was
    read English first, so three of Wikinews' four wrong lead dates were
    day-first slash dates read month-first.  An English page keeps month first."""
    pt = ("Sem-terra ocupam fazenda no Pontal\n10/4/2001 (14h47)\nCerca de 300 famílias ligadas ao movimento "
          "ocuparam na manhã de hoje uma fazenda no interior do estado.")
    fr = ("Grève à la SNCF\n05/03/2016 - 11h20\nLes syndicats ont appelé à une nouvelle journée de grève "
          "contre la réforme ferroviaire, annoncée par le gouvernement.")
    en = ("Strike at the port\n10/4/2001 - 2:47 PM\nAbout 300 dock workers walked out this morning over "
          "a new contract offered by the port authority.")
    assert publication_date(pt, lang="pt") == D(2001, 4, 10)
    assert publication_date(fr, lang="fr") == D(2016, 3, 5)
    assert publication_date(en, lang="en") == D(2001, 10, 4)


def test_ingest_reads_a_portuguese_leads_slash_date_day_first():
    """The pipeline passes the lead's detected language to the date reader."""
    from storyline.pipeline import analyse
    from storyline.records import RawArticle
    text = ("Sem-terra ocupam fazenda no Pontal\n10/4/2001 (14h47)\nCerca de 300 famílias ligadas ao movimento "
            "dos trabalhadores rurais sem terra ocuparam na manhã desta terça-feira uma fazenda no interior "
            "do estado de São Paulo, segundo a polícia militar da região.")
    article = analyse(RawArticle(origin="pt.txt", text=text))
    assert article.published == D(2001, 4, 10)
