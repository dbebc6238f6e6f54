"""Issue 10/12, trustworthy dates (h-dates3): Russian clause tense read by
the dictionary, parts of a day with "this", relative words inside names, a
Sunday's coming week.  The sentences are written for these tests (not taken
from the dates sample or the dev files); every expected value is worked out
by hand from the publication date.
"""
from __future__ import annotations

import datetime as dt

import pytest

from storyline.analyse.dates import resolve_dates
from storyline.analyse.dates_tense import FUTURE, NONE, PAST, lean
from storyline.records import date_iso

PUB = dt.date(2025, 4, 30)  # Wednesday


def _dates(text, lang, pub=PUB):
    return [date_iso(m.value, m.precision) for m in resolve_dates(text, pub, lang)]


@pytest.mark.parametrize("text,expected", [
    # perfective non-pasts are futures whatever their ending
    ("Через три недели пройдут парламентские выборы.", ["2025-W21"]),
    ("В понедельник комиссия огласит результаты проверки.", ["2025-05-05"]),
    ("Во вторник стороны подпишут соглашение.", ["2025-05-06"]),
    # a noun with a past verb's ending ("недели", "цели") is no past
    ("Итоги недели объявят в понедельник.", ["2025-05-05"]),
    # past l-forms still past; a verbal noun's date does not follow the consequence's future
    ("В понедельник стороны подписали соглашение.", ["2025-04-28"]),
    ("Обрушение моста в понедельник затруднит поставки, считают аналитики.", ["2025-04-28"]),
])
def test_russian_tense_from_the_dictionary(text, expected):
    assert _dates(text, "ru") == expected


def test_dictionary_reading_of_single_words():
    sentence = "Переговоры пройдут в понедельник"
    start = sentence.index("понедельник")
    assert lean("ru", sentence, start, start + len("понедельник")) == FUTURE
    sentence = "Обзор недели в понедельник"
    start = sentence.index("понедельник")
    assert lean("ru", sentence, start, start + len("понедельник")) == NONE
    sentence = "Переговоры прошли в понедельник"
    assert lean("ru", sentence, start := sentence.index("понедельник"), start + 11) == PAST


@pytest.mark.parametrize("text,lang,expected", [
    ("Questa mattina il ministro ha firmato il decreto.", "it", ["2025-04-30"]),
    ("Questo pomeriggio la Camera voterà la legge.", "it", ["2025-04-30"]),
    ("Stamane i vigili del fuoco hanno spento l'incendio.", "it", ["2025-04-30"]),
    ("Esta mañana la policía detuvo a dos sospechosos.", "es", ["2025-04-30"]),
    ("Esta tarde el Senado debatirá la reforma.", "es", ["2025-04-30"]),
    ("Nesta manhã o governo anunciou novas medidas.", "pt", ["2025-04-30"]),
    ("Cet après-midi, le ministre s'est rendu sur place.", "fr", ["2025-04-30"]),
    ("La nuit dernière, un incendie a ravagé l'usine.", "fr", ["2025-04-29"]),
    ("Vergangene Nacht brannte ein Wohnhaus.", "de", ["2025-04-29"]),
    ("Этим утром в городе отключили свет.", "ru", ["2025-04-30"]),
    ("Минувшей ночью в городе прошёл ураган.", "ru", ["2025-04-29"]),
    ("Απόψε θα ανακοινωθούν τα αποτελέσματα.", "el", ["2025-04-30"]),
    ("أعلن الوزير هذا الصباح عن خطة جديدة.", "ar", ["2025-04-30"]),
    ("बीती रात शहर में तेज़ आंधी आई।", "hi", ["2025-04-29"]),
    ("Last evening the council approved the budget.", "en", ["2025-04-29"]),
    # not a part of a day of the report
    ("Cada mañana el alcalde recorre el mercado.", "es", []),
])
def test_parts_of_a_day_with_this(text, lang, expected):
    assert _dates(text, lang) == expected


@pytest.mark.parametrize("text,lang", [
    ("Подписывайтесь на «Космос Сегодня» в Telegram.", "ru"),
    ("Фото: Вестник Сегодня", "ru"),
    ("Die Sendung Deutschland Heute berichtete darüber.", "de"),
    ("She told USA Today about the plan.", "en"),
])
def test_a_relative_word_in_a_name(text, lang):
    assert _dates(text, lang) == []


def test_a_relative_word_opening_a_line_stays_a_date():
    assert _dates("Москва\nСегодня в столице прошёл митинг.", "ru") == ["2025-04-30"]


def test_a_sundays_coming_week():
    sunday = dt.date(2025, 5, 4)
    assert _dates("The crew is scheduled to launch this week.", "en", sunday) == ["2025-W19"]
    assert _dates("Prices rose sharply this week.", "en", sunday) == ["2025-W18"]
    # a weekday report's week is its own
    assert _dates("The crew is scheduled to launch this week.", "en") == ["2025-W18"]


def test_an_arabic_latin_name_is_no_future():
    sunday = dt.date(2010, 1, 31)
    text = "في رسالة إلى الوزيرة كاثلين سيبيليوس في وقت سابق من هذا الأسبوع، طلب الحاكم المساعدة."
    assert _dates(text, "ar", sunday) == ["2010-W04"]


@pytest.mark.parametrize("text,expected", [
    # a Saturday report: "was to meet Sunday" is the next day; a saying's
    # "would be held by" a day without its year lies ahead of it
    ("The minister said Saturday that elections would be held by Jan. 9.", ["2025-05-03", "2026-01-09"]),
    ("The envoy was to meet Sunday with election officials.", ["2025-05-04"]),
    ("The talks are to resume on Monday.", ["2025-05-05"]),
    # "would have" is a past that did not happen, not a future
    ("She would have turned 80 on Monday, her family said.", ["2025-04-28"]),
])
def test_english_plans_with_be_to_and_would(text, expected):
    assert _dates(text, "en", dt.date(2025, 5, 3)) == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("Προχθές μίλησε ο υπουργός.", "el", ["2025-04-28"]),
    ("Μεθαύριο θα μιλήσει ο υπουργός.", "el", ["2025-05-02"]),
    ("שלשום נאם השר.", "he", ["2025-04-28"]),
    ("השר ינאם מחרתיים.", "he", ["2025-05-02"]),
    ("تحدث الوزير أول أمس.", "ar", ["2025-04-28"]),
    ("سيتحدث الوزير صباح الغد.", "ar", ["2025-05-01"]),
    ("سيتحدث الوزير بعد غد.", "ar", ["2025-05-02"]),
    # "الغد" alone is also "the future": "the world of tomorrow"
    ("عالم الغد سيكون مختلفا.", "ar", []),
])
def test_two_days_off_and_tomorrow_morning(text, lang, expected):
    assert _dates(text, lang) == expected


def test_a_participle_after_present_be_is_no_past():
    # a November report: the assembly is restored from the coming January
    text = "The assembly is fully restored from January, officials said."
    assert _dates(text, "en", dt.date(2004, 11, 29)) == ["2005-01"]
    # "was" still makes it past
    assert _dates("The assembly was restored in January.", "en", dt.date(2004, 11, 29)) == ["2004-01"]


@pytest.mark.parametrize("text,expected", [
    # a weekday after a word that names a day is a holiday or a day of history
    ("Power sharing under the Good Friday Agreement was suspended in 1998.", ["1998"]),
    ("Stocks fell on Black Monday, the exchange recalled.", []),
    ("Voters in 14 states went to the polls on Super Tuesday.", []),
    # guards: a weekday after another capitalised word, or alone, is this week's
    ("Kim met Putin Friday in Moscow.", ["2025-04-25"]),
    ("On Friday the talks resumed.", ["2025-04-25"]),
])
def test_a_weekday_that_names_a_day_is_no_date(text, expected):
    assert _dates(text, "en") == expected
