"""Tests for the DATES stage: publication dates and resolved date mentions.

Publication dates are fixed (2024-06-21 is a Friday) so every expected value
below is a calendar fact, worked out by hand from that date.
"""
from __future__ import annotations

import datetime as dt

import pytest

from storyline.analyse.dates import publication_date, resolve_dates, strip_date_header

PUB = dt.date(2024, 6, 21)  # Friday
from conftest import SHARED  # honours STORYLINE_SHARED (worktrees)
D = dt.date


def _find(mentions, needle):
    """The one mention whose text contains ``needle``."""
    hits = [m for m in mentions if needle in m.text]
    assert len(hits) == 1, f"{needle!r}: {[(m.text, m.value) for m in mentions]}"
    return hits[0]


def _check(text, lang, needle, value, precision, pub=PUB):
    m = _find(resolve_dates(text, pub, lang), needle)
    assert (m.value, m.precision) == (value, precision), (needle, m)
    assert text[m.start:m.end] == m.text and m.text in m.sentence
    return m


# (lang, sentence, word inside the mention, value, precision)
CASES = [
    # explicit dates
    ("en", "The treaty was signed on 14 September 2023 in Moscow.", "14 September", D(2023, 9, 14), "day"),
    ("en", "It opened on Sept. 5, 2002, to crowds.", "Sept", D(2002, 9, 5), "day"),
    ("hi", "किम 23 अगस्त 2023 को मास्को पहुंचे थे।", "अगस्त", D(2023, 8, 23), "day"),
    ("ru", "Встреча прошла 13 сентября на космодроме.", "сентября", D(2023, 9, 13), "day"),
    ("de", "Er kam am 6. Juni in Berlin an.", "Juni", D(2024, 6, 6), "day"),
    ("es", "Llegó el 14 de septiembre de 2023 a Moscú.", "septiembre", D(2023, 9, 14), "day"),
    ("fr", "Il est arrivé le 14 septembre 2023 à Moscou.", "septembre", D(2023, 9, 14), "day"),
    ("en", "Results were published on 2024-05-30.", "2024-05-30", D(2024, 5, 30), "day"),
    # weekdays: most recent on or before publication
    ("en", "Putin arrived in Pyongyang on Wednesday.", "Wednesday", D(2024, 6, 19), "day"),
    ("hi", "पुतिन ने बुधवार को उत्तर कोरिया का दौरा किया।", "बुधवार", D(2024, 6, 19), "day"),
    ("ru", "Путин прилетел в Пхеньян в среду.", "среду", D(2024, 6, 19), "day"),
    ("de", "Putin landete am Mittwoch in Pjöngjang.", "Mittwoch", D(2024, 6, 19), "day"),
    ("es", "Putin llegó el miércoles a Pyongyang.", "miércoles", D(2024, 6, 19), "day"),
    ("fr", "Poutine est arrivé mercredi à Pyongyang.", "mercredi", D(2024, 6, 19), "day"),
    ("en", "They met on Friday.", "Friday", PUB, "day"),
    ("en", "Talks ran late on Tuesday evening.", "Tuesday evening", D(2024, 6, 18), "day"),
    ("es", "Se reunieron el martes por la tarde.", "martes por la tarde", D(2024, 6, 18), "day"),
    ("de", "Sie trafen sich am Dienstagabend.", "Dienstagabend", D(2024, 6, 18), "day"),
    # bare months: most recent not after publication
    ("en", "He had gifted a car in February.", "February", D(2024, 2, 1), "month"),
    ("hi", "पुतिन ने फरवरी में कार गिफ्ट की थी।", "फरवरी", D(2024, 2, 1), "month"),
    ("ru", "Он подарил машину в феврале.", "феврале", D(2024, 2, 1), "month"),
    ("de", "Er schenkte ihm im Februar ein Auto.", "Februar", D(2024, 2, 1), "month"),
    ("es", "Le regaló un coche en febrero.", "febrero", D(2024, 2, 1), "month"),
    ("fr", "Il lui a offert une voiture en février.", "février", D(2024, 2, 1), "month"),
    ("en", "Prices rose in September.", "September", D(2023, 9, 1), "month"),
    # "last <month>": the latest such month strictly before the publication month
    ("en", "Kim visited Russia last September.", "September", D(2023, 9, 1), "month"),
    ("hi", "पिछले सितंबर में किम रूस गए थे।", "सितंबर", D(2023, 9, 1), "month"),
    ("ru", "Ким приезжал в Россию в сентябре прошлого года.", "сентябре", D(2023, 9, 1), "month"),
    ("de", "Kim besuchte Russland im vergangenen September.", "September", D(2023, 9, 1), "month"),
    ("es", "Kim visitó Rusia el pasado septiembre.", "septiembre", D(2023, 9, 1), "month"),
    ("fr", "Kim s'est rendu en Russie en septembre dernier.", "septembre", D(2023, 9, 1), "month"),
    ("en", "Sales peaked last June.", "June", D(2023, 6, 1), "month"),
    ("en", "Sales peaked in June.", "June", D(2024, 6, 1), "month"),
    # yesterday / today
    ("en", "Yesterday the leaders met.", "Yesterday", D(2024, 6, 20), "day"),
    ("hi", "कल दोनों नेताओं की मुलाकात हुई थी।", "कल", D(2024, 6, 20), "day"),
    ("ru", "Вчера лидеры встретились.", "Вчера", D(2024, 6, 20), "day"),
    ("de", "Gestern trafen sich die beiden.", "Gestern", D(2024, 6, 20), "day"),
    ("es", "Ayer se reunieron los líderes.", "Ayer", D(2024, 6, 20), "day"),
    ("fr", "Hier, les dirigeants se sont rencontrés.", "Hier", D(2024, 6, 20), "day"),
    ("ru", "Сегодня начался саммит.", "Сегодня", PUB, "day"),
    ("hi", "आज शिखर सम्मेलन शुरू हुआ।", "आज", PUB, "day"),
    # relative units
    ("en", "The talks are due this month.", "this month", D(2024, 6, 1), "month"),
    ("ru", "Переговоры пройдут в этом месяце.", "этом месяце", D(2024, 6, 1), "month"),
    ("hi", "इस महीने बातचीत होगी।", "इस महीने", D(2024, 6, 1), "month"),
    ("en", "Last year, North Korea sent rockets.", "Last year", D(2023, 1, 1), "year"),
    ("ru", "В прошлом году КНДР отправила ракеты.", "прошлом году", D(2023, 1, 1), "year"),
    ("hi", "पिछले साल उत्तर कोरिया ने रॉकेट भेजे थे।", "पिछले साल", D(2023, 1, 1), "year"),
    ("fr", "L'année dernière, la Corée a envoyé des roquettes.", "année", D(2023, 1, 1), "year"),
    ("es", "El mes pasado hubo sanciones.", "mes pasado", D(2024, 5, 1), "month"),
    ("en", "He first came in 2000.", "2000", D(2000, 1, 1), "year"),
    ("en", "The plant opened in March 2019.", "March 2019", D(2019, 3, 1), "month"),
    # a month in a relative year
    ("en", "It happened in September last year.", "September", D(2023, 9, 1), "month"),
    ("hi", "पिछले साल सितंबर में वे मिले थे।", "सितंबर", D(2023, 9, 1), "month"),
    ("es", "Ocurrió en septiembre del año pasado.", "septiembre", D(2023, 9, 1), "month"),
    # future cues
    ("en", "They will meet next Friday.", "Friday", D(2024, 6, 28), "day"),
    ("en", "He will travel to Seoul on Monday.", "Monday", D(2024, 6, 24), "day"),
    ("ru", "Они встретятся в следующую среду.", "среду", D(2024, 6, 26), "day"),
    ("hi", "अगले साल चुनाव होंगे।", "अगले साल", D(2025, 1, 1), "year"),
]


@pytest.mark.parametrize("lang,text,needle,value,precision", CASES)
def test_resolves(lang, text, needle, value, precision):
    _check(text, lang, needle, value, precision)


def test_last_month_is_strictly_before_publication_month():
    """In October, "last September" is the one just gone, not a year earlier."""
    _check("Kim visited Russia last September.", "en", "September", D(2024, 9, 1), "month",
           pub=D(2024, 10, 15))
    _check("पिछले सितंबर में किम रूस गए थे।", "hi", "सितंबर", D(2024, 9, 1), "month",
           pub=D(2024, 10, 15))


def test_hindi_kal_follows_the_tense_of_its_verb():
    past = "कल पुतिन ने किम से मुलाकात की थी।"
    future = "कल पुतिन किम से मुलाकात करेंगे।"
    said_future = "प्रवक्ता ने कहा कि कल बैठक होगी।"
    assert _find(resolve_dates(past, PUB, "hi"), "कल").value == D(2024, 6, 20)
    assert _find(resolve_dates(future, PUB, "hi"), "कल").value == D(2024, 6, 22)
    assert _find(resolve_dates(said_future, PUB, "hi"), "कल").value == D(2024, 6, 22)


def test_numbers_and_common_words_are_not_dates():
    text = "The 71-year-old met 24 officials. Theresa May said 2000 jobs may go after the March on Rome."
    mentions = resolve_dates(text, PUB, "en")
    assert [m.text for m in mentions] == []
    hi = "71 साल के राष्ट्रपति की पिछलें 24 सालों में यह पहली यात्रा थी।"
    assert resolve_dates(hi, PUB, "hi") == []
    ru = "Охрана окружающей среды и среда обитания."
    assert resolve_dates(ru, PUB, "ru") == []


def test_without_publication_date_only_absolute_dates_resolve():
    text = "On Wednesday, officials recalled the summit of 14 September 2023 and the year 2000."
    got = [(m.text, m.value) for m in resolve_dates(text, None, "en")]
    assert got == [("14 September 2023", D(2023, 9, 14)), ("2000", D(2000, 1, 1))]


def test_ago_offsets_via_dateparser():
    _check("Three days ago the talks began.", "en", "days ago", D(2024, 6, 18), "day")
    _check("Vor zwei Jahren begannen die Gespräche.", "de", "Jahren", D(2022, 1, 1), "year")
    _check("2 दिन पहले बातचीत शुरू हुई।", "hi", "पहले", D(2024, 6, 19), "day")
    # counted from another event, not from publication
    assert resolve_dates("Two months before the vote, talks began.", PUB, "en") == []
    assert resolve_dates("चुनाव से 2 महीने पहले बातचीत शुरू हुई।", PUB, "hi") == []


def test_mentions_are_in_text_order_with_their_sentences():
    text = "Kim came on Wednesday. In February he got a car. Last year he got rockets."
    mentions = resolve_dates(text, PUB, "en")
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    assert [m.sentence for m in mentions] == [
        "Kim came on Wednesday.", "In February he got a car.", "Last year he got rockets."]


@pytest.mark.parametrize("text,url,meta,expected", [
    (None, None, "2024-06-21T23:10:00+05:30", D(2024, 6, 21)),
    (None, None, "Fri, 21 Jun 2024 10:00:00 GMT", D(2024, 6, 21)),
    ("Date: 21 June 2024\nThe summit opened.", None, None, D(2024, 6, 21)),
    ("Published: June 21, 2024 10:30 IST The summit opened.", None, None, D(2024, 6, 21)),
    ("Datum: 6. Juni 2024 Der Gipfel begann.", None, None, D(2024, 6, 6)),
    ("The summit opened.", "https://example.com/world/2024/06/21/summit/", None, D(2024, 6, 21)),
    ("The summit opened.", "https://example.in/world/summit-20240621.html", None, D(2024, 6, 21)),
    ("The summit opened.", "https://example.com/summit-2024-06-21-kim", None, D(2024, 6, 21)),
    ("Moscow, 14 September 2023 — The leaders met.", None, None, D(2023, 9, 14)),
    # a sentence that opens with its date is no dateline (dates_lead._opens_prose): a
    # later report recalls the day so too
    ("Moscow\nOn 14 September 2023, the leaders met.", None, None, None),
    ("The leaders met on Wednesday.", "https://example.com/story/123456", "not a date", None),
])
def test_publication_date(text, url, meta, expected):
    assert publication_date(text, url, meta) == expected


def test_metadata_beats_header_and_url():
    assert publication_date(" date 2024-06-21 Text", "https://x.com/2023/01/02/a", "2024-06-20") \
        == D(2024, 6, 20)


def test_strip_date_header():
    assert strip_date_header(" date 2024-06-21 A recent video shows") == "A recent video shows"
    assert strip_date_header("Published: 21 June 2024, 10:30 IST\nBody.") == "Body."
    body = "Kim met Putin on 14 September 2023."
    assert strip_date_header(body) == body


# --- the seed articles ------------------------------------------------------------
def _seed(prefix: str) -> str:
    if not (SHARED / "seeds").is_dir():
        pytest.skip(f"seed articles not found at {SHARED / 'seeds'}")
    return next((SHARED / "seeds").glob(prefix + "_*.txt")).read_text(encoding="utf-8")


def test_seed_000_english():
    text = _seed("000")
    pub = publication_date(text)
    assert pub == D(2024, 6, 21)
    mentions = resolve_dates(strip_date_header(text), pub, "en")
    for needle, value, precision in [("February", D(2024, 2, 1), "month"),
                                     ("last September", D(2023, 9, 1), "month"),
                                     ("Thursday", D(2024, 6, 20), "day"),
                                     ("2000", D(2000, 1, 1), "year")]:
        m = _find(mentions, needle)
        assert (m.value, m.precision) == (value, precision)
    assert not any(m.text in {"3.6", "6"} for m in mentions)


def test_seed_001_hindi():
    text = _seed("001")
    mentions = resolve_dates(text, D(2024, 6, 20), "hi")
    for needle, value, precision in [("बुधवार", D(2024, 6, 19), "day"),
                                     ("पिछले सितंबर", D(2023, 9, 1), "month"),
                                     ("फरवरी", D(2024, 2, 1), "month")]:
        m = _find(mentions, needle)
        assert (m.value, m.precision) == (value, precision)
        assert m.text in m.sentence
    assert {m.value for m in mentions if m.precision == "year"} == {D(2013, 1, 1)}


def test_fallback_date_is_used_only_when_the_input_gives_none():
    assert publication_date("No date here at all.", None, None, "2023-09-12") == dt.date(2023, 9, 12)
    assert publication_date("No date here.", "https://x.com/2024/06/21/a", None, "2023-09-12") \
        == dt.date(2024, 6, 21)
    assert publication_date(" date 2024-06-21 Text", None, None, "2023-09-12") == dt.date(2024, 6, 21)
    assert publication_date("No date here.", None, "2024-06-20", "2023-09-12") == dt.date(2024, 6, 20)


def test_seed_002_without_publication_date_has_no_relative_dates():
    text = _seed("002")
    assert publication_date(text) is None
    assert resolve_dates(text, None, "en") == []
    tuesdays = [m for m in resolve_dates(text, D(2023, 9, 12), "en") if "Tuesday" in m.text]
    assert len(tuesdays) == 3 and {m.value for m in tuesdays} == {D(2023, 9, 12)}


# Found by reading the multilingual dev file's translations side by side: one
# report in seven languages should resolve to the same dates.
@pytest.mark.parametrize("text,lang,needle,value,precision", [
    # Hebrew glues its preposition onto the day ("ב23 למרץ", on 23 March)
    ("הם נלקחו בשבי ב23 למרץ על ידי הכוחות.", "he", "23", D(2024, 3, 23), "day"),
    ("הפיגוע ב11 למרץ, 2004, במדריד.", "he", "11", D(2004, 3, 11), "day"),
    # a day and month the same sentence gives with its year
    ("The July 7 bombings struck London on the morning of July 7, 2005.", "en", "July 7 bombings"[:6],
     D(2005, 7, 7), "day"),
])
def test_dates_a_translation_agrees_on(text, lang, needle, value, precision):
    hits = [m for m in resolve_dates(text, PUB, lang) if needle in m.text]
    assert hits and all((m.value, m.precision) == (value, precision) for m in hits), \
        [(m.text, m.value) for m in resolve_dates(text, PUB, lang)]


@pytest.mark.parametrize("text,lang", [
    ("Das Video wurde nur 9 Tage vor den Anschlägen aufgenommen.", "de"),
    ("Záznam byl pořízen jen 9 dnů před útoky.", "cs"),
    ("Alejandro Valverde a Iban Mayo, اليخاندرو فالفيردي و ايبان مايو كلاهما خسر موقعه", "ar"),
])
def test_not_dates_counted_from_publication(text, lang):
    """N days before *something else*, and a month name that is a surname."""
    assert resolve_dates(text, PUB, lang) == []


def test_prepositional_ago_words_still_count_back():
    assert _find(resolve_dates("Er starb vor 9 Tagen.", PUB, "de"), "9").value == D(2024, 6, 12)
    assert _find(resolve_dates("Útok se stal před 9 dny.", PUB, "cs"), "9").value == D(2024, 6, 12)
    assert _find(resolve_dates("وقع الحادث في مايو", PUB, "ar"), "مايو").value == D(2024, 5, 1)


@pytest.mark.parametrize("text,lang", [
    ("Le chanteur, alors âgé de 70 ans, a eu des problèmes avec un rhume.", "fr"),
    ("Une femme de 84 ans a été retrouvée dans les décombres.", "fr"),
    ("Ο Millar παραμένει στην τρίτη θέση, 33 δευτερόλεπτα πίσω.", "el"),
])
def test_ages_and_ordinals_are_not_dates(text, lang):
    """French "70 ans, a eu" holds the words of "il y a" but not the phrase;
    Greek "τρίτη" is Tuesday only capitalised (lower case: third)."""
    assert resolve_dates(text, PUB, lang) == []


def test_french_ago_still_counts_back_after_the_whole_phrase_check():
    text = "Le séisme a frappé la région il y a onze jours."
    assert _find(resolve_dates(text, PUB, "fr"), "onze").value == D(2024, 6, 10)


@pytest.mark.parametrize("text", [
    "Kar ve tipi ulaşımı aksattı 09.04.2020 20:30 | Son Güncelleme: 09.04.2020 20:32\nVan'da kar yağışı etkili oldu.",
    "Denzlingen: Nächtlicher Brand\nDenzlingen, 09.04.2020 – In der Nacht fiel einer Streife Brandgeruch auf.",
])
def test_a_dotted_date_in_the_lead_is_day_first_whatever_language_is_sniffed(text):
    """Dots are written day-first (de, ru, tr, pl, cs …); the lead's date is
    read with every sniffed language, English first, which writes "4/9/2020"
    month-first: "09.04.2020" was read as 4 September (SemEval texts)."""
    assert publication_date(text) == D(2020, 4, 9)
    assert publication_date("Posted 6/21/2024 by the desk\nText.") == D(2024, 6, 21)
